// The Uploads page against the sandbox CRM and a demo-shop SQLite: an order upload whose orders of one
// status the CRM refuses (the status maps to a code the CRM does not know) lists exactly those orders
// with the CRM's reason while transient 503s injected by the sandbox are retried away; "Retry failed"
// sends them once the mapping is fixed; an interrupted run is offered to resume; the ICML export
// writes the file chosen; bad ids are refused beside the field.
#include "UiTestShop.h"
#include "UploadsPage.h"
#include "config/Profile.h"
#include "config/SecretStore.h"
#include "demo/SandboxProcess.h"
#include "shop/ShopDatabase.h"
#include "sync/StateStore.h"

#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Task = rd::UploadsPage::Task;

class TestUploadsPage final : public QObject
{
    Q_OBJECT

    rd::Profile makeProfile(const QString &name)
    {
        const QString shop = m_dir.filePath(name + u".sqlite"_s);
        auto made = rd::test::makeDemoShop(shop, true);
        if (!made)
            qFatal("demo shop: %s", qPrintable(made.error().toString()));
        rd::Profile p;
        p.crm.url = m_url;
        p.crm.site = u"demo-shop"_s;
        p.shop.driver = rd::ShopSettings::Driver::Sqlite;
        p.shop.path = shop;
        p.shop.prefix = u"modx_"_s;
        auto saved = p.saveAs(m_dir.filePath(name + u".conf"_s));
        if (!saved)
            qFatal("profile: %s", qPrintable(saved.error().toString()));
        return p;
    }

    std::function<std::unique_ptr<rd::SecretStore>()> factory() const
    {
        return [] {
            auto store = std::make_unique<rd::SecretStore>(u"ui-test"_s);
            store->setOverride(rd::SecretKind::CrmApiKey, u"uploads-key"_s);
            return store;
        };
    }

    static bool exec(const rd::Profile &p, const QString &sql, QList<QStringList> *rows = nullptr)
    {
        rd::ShopDatabase db(p.shop);
        bool ok = false;
        {
            auto conn = db.connection();
            if (!conn)
                return false;
            QSqlQuery q(*conn);
            ok = q.exec(sql);
            while (ok && rows && q.next()) {
                QStringList row;
                for (int i = 0; i < q.record().count(); ++i)
                    row << q.value(i).toString();
                rows->append(row);
            }
        }
        db.closeConnection();
        return ok;
    }

    static QSet<QString> column(const QTableWidget *t, int c)
    {
        QSet<QString> out;
        for (int row = 0; row < t->rowCount(); ++row)
            out.insert(t->item(row, c)->text());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        rd::SandboxOptions options;
        options.apiKey = u"uploads-key"_s;
        auto url = m_sandbox.start(options);
        QVERIFY2(url, url ? "" : qPrintable(url.error().toString()));
        m_url = *url;
    }

    void uploadListsFailedItemsAndRetries()
    {
        const rd::Profile profile = makeProfile(u"orders"_s);
        // The busiest confirmed status now maps to a code the CRM does not know: its orders fail (460).
        QList<QStringList> busiest;
        QVERIFY(exec(profile,
                     u"SELECT status, COUNT(*) FROM modx_ms2_orders WHERE status BETWEEN 1 AND 5 "
                     u"GROUP BY status ORDER BY 2 DESC, 1 LIMIT 1"_s,
                     &busiest));
        QCOMPARE(busiest.size(), 1);
        const QString status = busiest.first().first();
        QList<QStringList> code;
        QVERIFY(
            exec(profile, u"SELECT retailcrm_status_code FROM modx_ms2_order_statuses WHERE id = "_s + status, &code));
        QVERIFY(exec(profile,
                     u"UPDATE modx_ms2_order_statuses SET retailcrm_status_code = 'no-such-status' WHERE id = "_s
                         + status));
        QList<QStringList> nums;
        QVERIFY(exec(profile, u"SELECT num FROM modx_ms2_orders WHERE status = "_s + status, &nums));
        QSet<QString> expected;
        for (const QStringList &row : nums)
            expected.insert(QString(row.first()).replace(u'/', u'-'));
        QVERIFY(expected.size() >= 2);

        // Transient faults on top: 503s the client retries; they must not show up as failed items.
        QVERIFY(m_sandbox.configure({ { u"fault503"_s, 0.4 }, { u"randomSeed"_s, 11 } }).ok());
        QVERIFY(m_sandbox.control("POST", u"/_sandbox/stats/reset"_s).ok());

        rd::UploadsPage page(profile, factory());
        page.setStatePath(m_dir.filePath(u"orders-state.sqlite"_s));
        QSignalSpy refreshed(&page, &rd::UploadsPage::refreshed);
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 30000);
        QCOMPARE(refreshed.first().first().toBool(), true);
        QVERIFY(!page.failedTable()->isVisible()); // empty state instead
        QVERIFY(!page.resumeLabel()->isVisible());

        QSignalSpy finished(&page, &rd::UploadsPage::finished);
        QTest::mouseClick(page.button(Task::Orders), Qt::LeftButton);
        QVERIFY(page.isRunning());
        QVERIFY(page.cancelButton()->isEnabled());
        QVERIFY(!page.button(Task::Customers)->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        QCOMPARE(finished.first().at(1).toBool(), true);
        const rd::UploadSummary summary = *page.lastSummary();
        QVERIFY(summary.addsUp());
        QCOMPARE(summary.failed, expected.size());

        QTableWidget *table = page.failedTable();
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), expected.size());
        QCOMPARE(column(table, rd::UploadsPage::ExternalIdColumn), expected);
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString reason = table->item(row, rd::UploadsPage::ReasonColumn)->text();
            QVERIFY2(reason.contains(u"no-such-status"_s), qPrintable(reason));
            QVERIFY(table->item(row, rd::UploadsPage::ShopIdColumn)->data(Qt::DisplayRole).toInt() > 0);
        }
        QVERIFY2(page.summaryLabel()->text().contains(u"failed %1"_s.arg(expected.size())),
                 qPrintable(page.summaryLabel()->text()));
        QCOMPARE(page.progressBar()->value(), page.progressBar()->maximum());
        QVERIFY(page.retryButton()->isEnabled());
        auto stats = m_sandbox.stats();
        QVERIFY(stats);
        const int injected = stats->value(u"injected503"_s).toInt();
        qInfo("503s injected and retried: %d", injected);
        QVERIFY(injected > 0);

        // The CRM holds every other confirmed order.
        auto dump = m_sandbox.control("GET", u"/_sandbox/dump"_s);
        QVERIFY(dump);
        QSet<QString> inCrm;
        for (const QJsonValue &o : dump->value(u"orders"_s).toArray())
            inCrm.insert(o.toObject().value(u"externalId"_s).toString());
        QCOMPARE(qsizetype(inCrm.size()), qsizetype(summary.sent));
        for (const QString &id : expected)
            QVERIFY(!inCrm.contains(id));

        // Fix the mapping, retry: exactly the failed ones are sent.
        QVERIFY(m_sandbox.configure({ { u"fault503"_s, 0 } }).ok());
        QVERIFY(exec(profile,
                     u"UPDATE modx_ms2_order_statuses SET retailcrm_status_code = '%1' WHERE id = %2"_s.arg(
                         code.first().first(), status)));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 30000);
        QTest::mouseClick(page.retryButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 120000);
        QCOMPARE(finished.at(1).at(1).toBool(), true);
        QCOMPARE(page.lastSummary()->sent, expected.size());
        QCOMPARE(page.lastSummary()->read, expected.size());
        QCOMPARE(page.lastSummary()->failed, 0);
        QCOMPARE(page.failedTable()->rowCount(), 0);
        QVERIFY(!page.failedTable()->isVisible());
        QVERIFY(!page.retryButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 30000);
    }

    void interruptedRunIsOfferedToResume()
    {
        QVERIFY(m_sandbox.control("POST", u"/_sandbox/reset"_s).ok());
        const rd::Profile profile = makeProfile(u"resume"_s);
        const QString statePath = m_dir.filePath(u"resume-state.sqlite"_s);
        {
            // A run that a killed process left "running" (its lock is gone).
            auto state = rd::StateStore::open(statePath);
            QVERIFY(state);
            QVERIFY((*state)->beginRun(u"upload customers"_s));
            (*state)->closeConnection();
        }
        rd::UploadsPage page(profile, factory());
        page.setStatePath(statePath);
        QSignalSpy refreshed(&page, &rd::UploadsPage::refreshed);
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 30000);
        QVERIFY(page.resumeLabel()->isVisible());
        QVERIFY2(page.resumeLabel()->text().contains(u"customers"_s), qPrintable(page.resumeLabel()->text()));
        QVERIFY(page.resumeButton()->isEnabled());

        QSignalSpy started(&page, &rd::UploadsPage::started);
        QSignalSpy finished(&page, &rd::UploadsPage::finished);
        QTest::mouseClick(page.resumeButton(), Qt::LeftButton);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first().value<Task>(), Task::Customers);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        QCOMPARE(finished.first().at(1).toBool(), true);
        QVERIFY(page.lastSummary()->sent > 0);
        QCOMPARE(page.lastSummary()->kind, rd::EntityKind::Customer);
        // The page reads the runs again: the newest finished, nothing to resume any more.
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 2, 30000);
        QVERIFY(!page.resumeLabel()->isVisible());
        auto state = rd::StateStore::open(statePath);
        QVERIFY(state);
        auto runs = (*state)->runs(10);
        QVERIFY(runs);
        QCOMPARE(runs->size(), 2);
        QCOMPARE(runs->at(0).outcome, rd::RunRecord::Outcome::Finished);
        QCOMPARE(runs->at(1).outcome, rd::RunRecord::Outcome::Interrupted);
        (*state)->closeConnection();
    }

    void cancelThenResume()
    {
        QVERIFY(m_sandbox.control("POST", u"/_sandbox/reset"_s).ok());
        QVERIFY(m_sandbox.configure({ { u"latencyMs"_s, 1500 } }).ok()); // the first call is still in flight
        const rd::Profile profile = makeProfile(u"cancel"_s);
        rd::UploadsPage page(profile, factory());
        page.setStatePath(m_dir.filePath(u"cancel-state.sqlite"_s));
        QSignalSpy refreshed(&page, &rd::UploadsPage::refreshed);
        QSignalSpy finished(&page, &rd::UploadsPage::finished);
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 30000);
        QTest::mouseClick(page.button(Task::Customers), Qt::LeftButton);
        // Running once the job reported its first count (the total of customers to read).
        QTRY_VERIFY_WITH_TIMEOUT(page.progressLabel()->text().contains(u" of "_s), 30000);
        QVERIFY(page.cancelButton()->isEnabled());
        QTest::mouseClick(page.cancelButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.first().at(1).toBool(), false);
        QVERIFY(page.lastSummary()->cancelled);
        QVERIFY(page.lastSummary()->addsUp());
        QVERIFY2(page.summaryLabel()->text().contains(u"Cancelled"_s), qPrintable(page.summaryLabel()->text()));
        // The cancelled run is offered to resume; resuming sends every customer exactly once.
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 2, 30000);
        QVERIFY(page.resumeLabel()->isVisible());
        QVERIFY2(page.resumeLabel()->text().contains(u"cancelled"_s), qPrintable(page.resumeLabel()->text()));
        QVERIFY(m_sandbox.configure({ { u"latencyMs"_s, 0 } }).ok());
        QTest::mouseClick(page.resumeButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QCOMPARE(finished.at(1).at(1).toBool(), true);
        QCOMPARE(page.lastSummary()->failed, 0);
        auto dump = m_sandbox.control("GET", u"/_sandbox/dump"_s);
        QVERIFY(dump);
        QSet<QString> ids;
        const QJsonArray customers = dump->value(u"customers"_s).toArray();
        for (const QJsonValue &c : customers)
            ids.insert(c.toObject().value(u"externalId"_s).toString());
        QCOMPARE(ids.size(), customers.size()); // no duplicates
        QCOMPARE(qint64(customers.size()), page.lastSummary()->sent + page.lastSummary()->foundInCrm);
        QTRY_VERIFY_WITH_TIMEOUT(!page.resumeLabel()->isVisible(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 30000);
    }

    void badIdsAreRefusedBesideTheField()
    {
        const rd::Profile profile = makeProfile(u"ids"_s);
        rd::UploadsPage page(profile, factory());
        page.setStatePath(m_dir.filePath(u"ids-state.sqlite"_s));
        QSignalSpy started(&page, &rd::UploadsPage::started);
        page.show();
        QTest::keyClicks(page.idsEdit(), u"3, 7x"_s);
        QTest::mouseClick(page.button(Task::Customers), Qt::LeftButton);
        QCOMPARE(started.size(), 0);
        QVERIFY(!page.isRunning());
        bool shown = false;
        for (QLabel *label : page.findChildren<QLabel *>())
            if (label->isVisible() && label->text().contains(u"7x"_s))
                shown = true;
        QVERIFY(shown);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 30000);
    }

    void exportsIcmlToTheChosenFile()
    {
        const rd::Profile profile = makeProfile(u"icml"_s);
        rd::UploadsPage page(profile, factory());
        page.setStatePath(m_dir.filePath(u"icml-state.sqlite"_s));
        const QString path = m_dir.filePath(u"out/catalog.xml"_s);
        QVERIFY(QDir().mkpath(m_dir.filePath(u"out"_s)));
        page.setIcmlPathChooser([path] { return path; });
        QSignalSpy finished(&page, &rd::UploadsPage::finished);
        page.show();
        QTest::mouseClick(page.button(Task::Icml), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.first().at(1).toBool(), true);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray xml = file.readAll();
        QVERIFY(xml.startsWith("<?xml"));
        QVERIFY(xml.contains("<offers>"));
        QVERIFY2(page.summaryLabel()->text().contains(u"catalog.xml"_s), qPrintable(page.summaryLabel()->text()));

        // The CRM loads it; then stock and prices go to its offers.
        auto loaded = m_sandbox.control("POST", u"/_sandbox/icml"_s, { { u"path"_s, path } });
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 30000);
        QTest::mouseClick(page.button(Task::Stock), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 120000);
        QVERIFY2(finished.at(1).at(1).toBool(), qPrintable(page.summaryLabel()->text()));
        QVERIFY2(page.summaryLabel()->text().contains(u"taken by the CRM"_s), qPrintable(page.summaryLabel()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 30000);
    }

    void cleanupTestCase() { m_sandbox.stop(); }

private:
    QTemporaryDir m_dir;
    rd::SandboxProcess m_sandbox;
    QUrl m_url;
};

QTEST_MAIN(TestUploadsPage)
#include "TestUploadsPage.moc"
