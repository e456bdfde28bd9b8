// The Log page: an empty state that says what fills it; the CRM requests of the process (real calls to the
// sandbox, one refused for a wrong key) with the key never shown; the upload runs of the state store;
// filtering by text and kind. And the request log itself under concurrent writers.
#include "LogPage.h"
#include "config/Profile.h"
#include "crm/CrmClient.h"
#include "crm/CrmRequestLog.h"
#include "demo/SandboxProcess.h"
#include "sync/StateStore.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <thread>

using namespace Qt::Literals::StringLiterals;

class TestLogPage final : public QObject
{
    Q_OBJECT

    rd::Profile makeProfile(const QString &name) const
    {
        rd::Profile p;
        p.crm.url = m_url;
        p.crm.site = u"demo-shop"_s;
        p.shop.driver = rd::ShopSettings::Driver::Sqlite;
        p.shop.path = m_dir.filePath(name + u".sqlite"_s);
        p.shop.prefix = u"modx_"_s;
        auto saved = p.saveAs(m_dir.filePath(name + u".conf"_s));
        if (!saved)
            qFatal("profile: %s", qPrintable(saved.error().toString()));
        return p;
    }

    QStringList allRows(const rd::LogPage &page) const
    {
        QStringList rows;
        for (int i = 0; i < page.visibleRows(); ++i)
            rows << page.rowText(i);
        return rows;
    }

    rd::Status call(const QString &key)
    {
        rd::CrmConfig config;
        config.baseUrl = m_url;
        config.apiKey = key;
        config.site = u"demo-shop"_s;
        config.maxRetries = 0;
        rd::CrmClient client(config);
        auto answer = client.waitFor(client.credentials());
        if (!answer)
            return answer.error();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        rd::SandboxOptions options;
        options.apiKey = u"log-secret-key"_s;
        auto url = m_sandbox.start(options);
        QVERIFY2(url, url ? "" : qPrintable(url.error().toString()));
        m_url = *url;
    }

    void emptyStateSaysWhatToDo()
    {
        rd::CrmRequestLog::instance().clear();
        rd::LogPage page(makeProfile(u"empty"_s));
        page.setStatePath(m_dir.filePath(u"no-state.sqlite"_s));
        QSignalSpy loaded(&page, &rd::LogPage::runsLoaded);
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
        QCOMPARE(loaded.first().first().toBool(), true);
        QVERIFY(page.isShowingEmptyState());
        QVERIFY2(page.emptyLabel()->text().contains(u"upload"_s), qPrintable(page.emptyLabel()->text()));
        QCOMPARE(page.visibleRows(), 0);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"no-state.sqlite"_s))); // a look creates no file
    }

    void showsRequestsWithoutTheKey()
    {
        rd::LogPage page(makeProfile(u"requests"_s));
        page.setStatePath(m_dir.filePath(u"requests-state.sqlite"_s));
        page.show();
        QVERIFY(call(u"log-secret-key"_s).ok());
        const rd::Status refused = call(u"wrong-secret-key"_s);
        QVERIFY(!refused.ok());
        // A sink gets entries from anywhere: even a URL carrying the key must not show it.
        rd::CrmLogEntry leaked;
        leaked.method = u"GET"_s;
        leaked.url = QUrl(m_url.toString() + u"/api/v5/orders?apiKey=log-secret-key&limit=20"_s);
        leaked.httpStatus = 200;
        std::thread([&leaked] { rd::CrmRequestLog::instance().append(leaked); }).join();

        QTRY_VERIFY_WITH_TIMEOUT(page.visibleRows() >= 3, 5000);
        QVERIFY(!page.isShowingEmptyState());
        const QStringList rows = allRows(page);
        const QString all = rows.join(u'\n');
        QVERIFY2(!all.contains(u"secret-key"_s), qPrintable(all));
        QVERIFY2(all.contains(u"/api/credentials"_s), qPrintable(all));
        QVERIFY2(all.contains(u"403"_s), qPrintable(all));
        QVERIFY2(all.contains(u"apiKey=***"_s), qPrintable(all));

        // Kind: only the refused call.
        page.setKind(rd::LogPage::Kind::FailedRequests);
        QCOMPARE(page.visibleRows(), 1);
        QVERIFY(page.rowText(0).contains(u"403"_s));
        // Text: what matches, in any column; then nothing.
        page.setKind(rd::LogPage::Kind::All);
        QTest::keyClicks(page.filterEdit(), u"orders?"_s);
        QCOMPARE(page.visibleRows(), 1);
        QVERIFY(page.rowText(0).contains(u"limit=20"_s));
        page.filterEdit()->clear();
        QTest::keyClicks(page.filterEdit(), u"no-such-thing"_s);
        QCOMPARE(page.visibleRows(), 0);
        QVERIFY(page.isShowingEmptyState());
        QVERIFY2(page.emptyLabel()->text().contains(u"filter"_s), qPrintable(page.emptyLabel()->text()));
        page.filterEdit()->clear();
        QVERIFY(!page.isShowingEmptyState());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 30000);
    }

    void showsTheJobHistory()
    {
        const QString statePath = m_dir.filePath(u"history-state.sqlite"_s);
        {
            auto state = rd::StateStore::open(statePath);
            QVERIFY(state);
            auto id = (*state)->beginRun(u"upload orders"_s);
            QVERIFY(id);
            rd::RunRecord run;
            run.id = *id;
            run.outcome = rd::RunRecord::Outcome::Finished;
            run.read = 1234;
            run.sent = 1200;
            run.skipped = 30;
            run.failed = 4;
            QVERIFY((*state)->finishRun(run));
            auto second = (*state)->beginRun(u"sync"_s);
            QVERIFY(second);
            rd::RunRecord failed;
            failed.id = *second;
            failed.outcome = rd::RunRecord::Outcome::Failed;
            failed.message = u"The CRM did not answer within 30 s."_s;
            QVERIFY((*state)->finishRun(failed));
            (*state)->closeConnection();
        }
        rd::LogPage page(makeProfile(u"history"_s));
        page.setStatePath(statePath);
        QSignalSpy loaded(&page, &rd::LogPage::runsLoaded);
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
        page.setKind(rd::LogPage::Kind::Jobs);
        QCOMPARE(page.visibleRows(), 2);
        const QString all = allRows(page).join(u'\n');
        QVERIFY2(all.contains(u"Upload of orders"_s), qPrintable(all));
        QVERIFY2(all.contains(u"sent 1,200"_s) || all.contains(u"sent 1200"_s), qPrintable(all));
        QVERIFY2(all.contains(u"finished with failed items"_s), qPrintable(all));
        QVERIFY2(all.contains(u"did not answer"_s), qPrintable(all));
        QTest::keyClicks(page.filterEdit(), u"sync round"_s);
        QCOMPARE(page.visibleRows(), 1);
        QVERIFY(page.rowText(0).contains(u"stopped by an error"_s));
    }

    void requestLogKeepsOrderUnderConcurrentWriters()
    {
        rd::CrmRequestLog log(1000);
        constexpr int threads = 4;
        constexpr int each = 2000;
        QList<QThread *> writers;
        for (int t = 0; t < threads; ++t) {
            writers << QThread::create([&log, t] {
                rd::CrmLogEntry e;
                e.method = u"GET"_s;
                for (int i = 0; i < each; ++i) {
                    e.attempt = t * each + i;
                    log.append(e);
                }
            });
            writers.last()->start();
        }
        qint64 seen = 0;
        qint64 read = 0;
        while (std::any_of(writers.begin(), writers.end(), [](QThread *w) { return !w->isFinished(); })) {
            const QList<rd::CrmRequestLog::Record> got = log.since(seen);
            for (const auto &r : got) {
                QVERIFY(r.sequence > seen); // strictly increasing, never repeated
                seen = r.sequence;
                ++read;
            }
        }
        for (QThread *w : writers) {
            w->wait();
            delete w;
        }
        QCOMPARE(log.lastSequence(), qint64(threads * each));
        const QList<rd::CrmRequestLog::Record> kept = log.since(0);
        QCOMPARE(kept.size(), 1000); // capacity
        QCOMPARE(kept.first().sequence, qint64(threads * each - 999));
        QCOMPARE(kept.last().sequence, qint64(threads * each));
        QVERIFY(read > 0);
    }

    void cleanupTestCase() { m_sandbox.stop(); }

private:
    QTemporaryDir m_dir;
    rd::SandboxProcess m_sandbox;
    QUrl m_url;
};

QTEST_MAIN(TestLogPage)
#include "TestLogPage.moc"
