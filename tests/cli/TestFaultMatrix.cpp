// The fault matrix (issue #7), end to end through retaildesk-cli: sandbox faults (503s, connection resets,
// malformed bodies, answers lost after the CRM stored the data, no answer at all, 2 s latency, all at once)
// × operations (customer and order upload, a sync round both ways, stock and price upload, search). For
// every cell: nothing lost (every sendable row is in the CRM, every status change arrives), nothing
// duplicated (each externalId once), and a rerun finishes what a run could not. Then the shop's MariaDB
// server is restarted in the middle of an upload: the run fails clearly or waits and goes on, and a rerun
// completes with every order exactly once.
#include "CliRunner.h"
#include "MariaDbServer.h"
#include "demo/DemoShopGenerator.h"
#include "demo/SandboxProcess.h"
#include "sync/StateStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::test::CliRun;
using rd::test::runCli;

class TestFaultMatrix final : public QObject
{
    Q_OBJECT

    QString writeProfile(const QString &name, const QMap<QString, QString> &shop)
    {
        const QString path = m_dir.filePath(name + u".conf"_s);
        QFile::remove(path);
        QSettings s(path, QSettings::IniFormat);
        s.setValue(u"crm/url"_s, m_url.toString());
        s.setValue(u"crm/site"_s, u"demo-shop"_s);
        s.setValue(u"crm/rate_limit"_s, 50);
        s.setValue(u"sync/statuses"_s, u"1,2,3,4,5"_s);
        s.setValue(u"shop/site_url"_s, u"https://shop.example"_s);
        for (auto it = shop.cbegin(); it != shop.cend(); ++it)
            s.setValue(it.key(), it.value());
        s.sync();
        return path;
    }

    QProcessEnvironment env() const
    {
        QProcessEnvironment e;
        e.insert(u"RETAILDESK_API_KEY"_s, m_key);
        e.insert(u"RETAILDESK_DB_PASSWORD"_s, m_server.password());
        e.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
        e.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"home/data"_s));
        return e;
    }

    CliRun cli(const QString &profile, const QStringList &args)
    {
        return runCli(QStringList { u"--config"_s, profile, u"--quiet"_s } + args, {}, env(), 600000);
    }

    static QString describe(const CliRun &r)
    {
        return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(r.exitCode)
            .arg(QString::fromUtf8(r.out.right(1500)), QString::fromUtf8(r.err.right(1500)));
    }

    // Runs the command until it exits 0 (at most `runs` times); every run must end in 0, 1 or 3 with a
    // message, never a crash. Returns the number of runs it took, or -1.
    int untilDone(const QString &profile, const QStringList &args, int runs = 4)
    {
        for (int i = 1; i <= runs; ++i) {
            const CliRun r = cli(profile, args);
            if (r.exitCode == 0)
                return i;
            if (r.exitCode != 1 && r.exitCode != 3) {
                qWarning("%s: %s", qPrintable(args.join(u' ')), qPrintable(describe(r)));
                return -1;
            }
            if (r.exitCode == 3 && r.err.trimmed().isEmpty() && r.out.trimmed().isEmpty()) {
                qWarning("%s: exit 3 without a message", qPrintable(args.join(u' ')));
                return -1;
            }
        }
        return -1;
    }

    static QHash<QString, int> externalIdCounts(const QJsonArray &entities)
    {
        QHash<QString, int> counts;
        for (const QJsonValue &v : entities)
            ++counts[v.toObject().value(u"externalId"_s).toString()];
        return counts;
    }

    // Every row the journal says was sent is in the CRM exactly once, and the CRM holds nothing else.
    void verifyExactlyOnce(const QString &state, qint64 minimumOrders)
    {
        auto dump = m_sandbox.control("GET", u"/_sandbox/dump"_s);
        QVERIFY2(dump, dump ? "" : qPrintable(dump.error().toString()));
        auto store = rd::StateStore::open(state);
        QVERIFY(store);
        for (const rd::EntityKind kind : { rd::EntityKind::Customer, rd::EntityKind::Order }) {
            const bool orders = kind == rd::EntityKind::Order;
            const QHash<QString, int> counts
                = externalIdCounts(dump->value(orders ? u"orders"_s : u"customers"_s).toArray());
            auto sent = (*store)->records(kind, rd::JournalState::Sent);
            QVERIFY(sent);
            QSet<QString> journal;
            for (const rd::JournalRecord &r : std::as_const(*sent)) {
                journal.insert(r.externalId);
                QVERIFY2(
                    counts.value(r.externalId) == 1,
                    qPrintable(u"%1 %2 is in the CRM %3 times"_s.arg(orders ? u"order"_s : u"customer"_s, r.externalId)
                                   .arg(counts.value(r.externalId))));
            }
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                QVERIFY2(journal.contains(it.key()),
                         qPrintable(u"the CRM has %1 %2 the journal does not know"_s.arg(
                             orders ? u"order"_s : u"customer"_s, it.key())));
            auto failed = (*store)->count(kind, rd::JournalState::Failed);
            QVERIFY(failed);
            QCOMPARE(*failed, 0);
            if (orders)
                QVERIFY2(sent->size() >= minimumOrders, qPrintable(QString::number(sent->size())));
        }
        (*store)->closeConnection();
    }

    static QHash<QString, int> shopStatusIds(const QString &shopPath)
    {
        QHash<QString, int> out;
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fault-matrix-statuses"_s);
        db.setDatabaseName(shopPath);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(u"SELECT id, retailcrm_status_code FROM modx_ms2_order_statuses"_s);
            while (q.next())
                out.insert(q.value(1).toString(), q.value(0).toInt());
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"fault-matrix-statuses"_s);
        return out;
    }

    static int shopOrderStatus(const QString &shopPath, int orderId)
    {
        int status = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fault-matrix-order"_s);
            db.setDatabaseName(shopPath);
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(u"SELECT status FROM modx_ms2_orders WHERE id = ?"_s);
                q.addBindValue(orderId);
                if (q.exec() && q.next())
                    status = q.value(0).toInt();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"fault-matrix-order"_s);
        return status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        rd::SandboxOptions sandbox;
        sandbox.apiKey = m_key;
        auto url = m_sandbox.start(sandbox);
        QVERIFY2(url, url ? "" : qPrintable(url.error().toString()));
        m_url = *url;

        m_baseShop = m_dir.filePath(u"base.sqlite"_s);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fault-matrix-base"_s);
        db.setDatabaseName(m_baseShop);
        QVERIFY(db.open());
        rd::DemoShopOptions options;
        options.products = 30;
        options.customers = 40;
        options.orders = 70;
        QVERIFY(rd::generateDemoShop(db, options));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"fault-matrix-base"_s);
    }

    void faults_data()
    {
        QTest::addColumn<QJsonObject>("faults");
        QTest::newRow("503 20%") << QJsonObject { { u"fault503"_s, 0.2 } };
        QTest::newRow("connection resets 10%") << QJsonObject { { u"faultReset"_s, 0.1 } };
        QTest::newRow("malformed bodies 10%") << QJsonObject { { u"faultMalformed"_s, 0.1 } };
        QTest::newRow("answers lost after the CRM stored the data 15%")
            << QJsonObject { { u"faultReset"_s, 0.15 }, { u"faultsAfterProcessing"_s, true } };
        QTest::newRow("no answer 2%") << QJsonObject { { u"faultHang"_s, 0.02 } };
        QTest::newRow("2 s latency") << QJsonObject { { u"latencyMs"_s, 2000 } };
        QTest::newRow("all at once") << QJsonObject { { u"fault503"_s, 0.1 },
                                                      { u"faultReset"_s, 0.05 },
                                                      { u"faultMalformed"_s, 0.05 },
                                                      { u"faultsAfterProcessing"_s, true },
                                                      { u"latencyMs"_s, 300 } };
    }

    void faults()
    {
        QFETCH(QJsonObject, faults);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-').remove(u'%');
        // A fresh CRM, shop and state for each cell.
        QVERIFY(m_sandbox.configure({ { u"fault503"_s, 0 },
                                      { u"faultReset"_s, 0 },
                                      { u"faultMalformed"_s, 0 },
                                      { u"faultHang"_s, 0 },
                                      { u"latencyMs"_s, 0 },
                                      { u"faultsAfterProcessing"_s, false } }));
        QVERIFY(m_sandbox.control("POST", u"/_sandbox/reset"_s, { { u"catalog"_s, true } }));
        const QString shop = m_dir.filePath(tag + u".sqlite"_s);
        QFile::remove(shop);
        QVERIFY(QFile::copy(m_baseShop, shop));
        const QString profile = writeProfile(
            tag, { { u"shop/driver"_s, u"sqlite"_s }, { u"shop/path"_s, shop }, { u"shop/prefix"_s, u"modx_"_s } });
        const QString state = m_dir.filePath(tag + u"-state.sqlite"_s);
        const QStringList stateArgs { u"--state"_s, state };
        // The catalog the CRM would load from the ICML (before the faults: no CRM call is under test there).
        const QString icml = m_dir.filePath(tag + u".xml"_s);
        QCOMPARE(cli(profile, { u"catalog"_s, u"icml"_s, u"--output"_s, icml }).exitCode, 0);
        QVERIFY(m_sandbox.control("POST", u"/_sandbox/icml"_s, { { u"path"_s, icml } }));

        QJsonObject withSeed = faults;
        withSeed.insert(u"randomSeed"_s, 7);
        QVERIFY(m_sandbox.configure(withSeed));

        // Uploads: customers, then orders; reruns finish what a run left.
        QVERIFY(untilDone(profile, QStringList { u"upload"_s, u"customers"_s } + stateArgs) > 0);
        QVERIFY(untilDone(profile, QStringList { u"upload"_s, u"orders"_s } + stateArgs) > 0);
        verifyExactlyOnce(state, 50);
        if (QTest::currentTestFailed())
            return;

        // A sync round both ways: CRM users change three orders; the shop changes one.
        QVERIFY(untilDone(profile, QStringList { u"sync"_s, u"--once"_s } + stateArgs)
                > 0); // takes the history position
        const QHash<QString, int> statusIds = shopStatusIds(shop);
        QVERIFY(statusIds.contains(u"complete"_s) || !statusIds.isEmpty());
        auto dump = m_sandbox.control("GET", u"/_sandbox/dump"_s);
        QVERIFY(dump);
        const QJsonArray crmOrders = dump->value(u"orders"_s).toArray();
        QVERIFY(crmOrders.size() >= 3);
        // A CRM status that maps to a synced shop status different from the order's current one.
        QString target;
        int targetId = 0;
        for (auto it = statusIds.cbegin(); it != statusIds.cend(); ++it)
            if (!it.key().isEmpty() && it.value() >= 1 && it.value() <= 5
                && (target.isEmpty() || it.value() > targetId)) {
                target = it.key();
                targetId = it.value();
            }
        QVERIFY(!target.isEmpty());
        QList<QString> changed;
        for (const QJsonValue &v : crmOrders) {
            const QJsonObject o = v.toObject();
            if (o.value(u"status"_s).toString() == target || changed.size() == 3)
                continue;
            const QString ext = o.value(u"externalId"_s).toString();
            QVERIFY(m_sandbox.control(
                "POST", u"/_sandbox/orders/%1/status"_s.arg(QString::fromUtf8(QUrl::toPercentEncoding(ext))),
                { { u"status"_s, target } }));
            changed << ext;
        }
        QCOMPARE(changed.size(), 3);
        QVERIFY(untilDone(profile, QStringList { u"sync"_s, u"--once"_s } + stateArgs) > 0);
        auto store = rd::StateStore::open(state);
        QVERIFY(store);
        for (const QString &ext : std::as_const(changed)) {
            // The journal knows which shop order has this externalId.
            auto all = (*store)->records(rd::EntityKind::Order, rd::JournalState::Sent);
            QVERIFY(all);
            int shopId = 0;
            for (const rd::JournalRecord &r : std::as_const(*all))
                if (r.externalId == ext)
                    shopId = r.shopId;
            QVERIFY(shopId > 0);
            QVERIFY2(
                shopOrderStatus(shop, shopId) == targetId,
                qPrintable(
                    u"order %1 has status %2, not %3"_s.arg(ext).arg(shopOrderStatus(shop, shopId)).arg(targetId)));
        }
        (*store)->closeConnection();
        verifyExactlyOnce(state, 50); // the round sent nothing twice

        // Stock and prices: every offer answered in the end.
        QVERIFY(untilDone(profile, { u"catalog"_s, u"stock"_s }) > 0);
        const CliRun stock = cli(profile, { u"--json"_s, u"catalog"_s, u"stock"_s, u"--restart"_s });
        QVERIFY2(stock.exitCode == 0 || stock.exitCode == 1, qPrintable(describe(stock)));
        if (stock.exitCode == 0) {
            const QJsonObject s = QJsonDocument::fromJson(stock.out).object();
            QVERIFY2(!s.isEmpty(), qPrintable(describe(stock)));
        }

        // Search: the first order by its number.
        const QString number = crmOrders.first().toObject().value(u"number"_s).toString();
        CliRun search;
        for (int i = 0; i < 3; ++i) {
            search = cli(profile, { u"--json"_s, u"search"_s, u"orders"_s, u"--number"_s, number });
            if (search.exitCode == 0)
                break;
            QVERIFY2(search.exitCode == 3, qPrintable(describe(search)));
        }
        QVERIFY2(search.exitCode == 0, qPrintable(describe(search)));
        const QJsonArray items = QJsonDocument::fromJson(search.out).object().value(u"items"_s).toArray();
        QCOMPARE(items.size(), 1);

        auto stats = m_sandbox.stats();
        QVERIFY(stats);
        qInfo("faults injected: 503 %lld, resets %lld, malformed %lld, hangs %lld, of %lld API requests",
              static_cast<long long>(stats->value(u"injected503"_s).toInteger()),
              static_cast<long long>(stats->value(u"resets"_s).toInteger()),
              static_cast<long long>(stats->value(u"malformed"_s).toInteger()),
              static_cast<long long>(stats->value(u"hangs"_s).toInteger()),
              static_cast<long long>(stats->value(u"apiRequests"_s).toInteger()));
        QVERIFY(m_sandbox.control("POST", u"/_sandbox/stats/reset"_s));
    }

    void shopDatabaseRestartsMidUpload()
    {
        QVERIFY(m_sandbox.configure({ { u"fault503"_s, 0 },
                                      { u"faultReset"_s, 0 },
                                      { u"faultMalformed"_s, 0 },
                                      { u"faultHang"_s, 0 },
                                      { u"latencyMs"_s, 150 },
                                      { u"faultsAfterProcessing"_s, false } }));
        QVERIFY(m_sandbox.control("POST", u"/_sandbox/reset"_s));
        auto started = m_server.start();
        QVERIFY2(started, started ? "" : qPrintable(started.error().toString()));
        {
            auto db = m_server.openConnection();
            QVERIFY(db);
            rd::DemoShopOptions options;
            options.products = 20;
            options.customers = 100;
            options.orders = 1500;
            const rd::Status made = rd::generateDemoShop(*db, options);
            rd::test::MariaDbServer::closeConnection(*db);
            QVERIFY2(made, made ? "" : qPrintable(made.error().toString()));
        }
        const QString profile = writeProfile(u"mariadb"_s,
                                             { { u"shop/driver"_s, u"mysql"_s },
                                               { u"shop/host"_s, m_server.host() },
                                               { u"shop/port"_s, QString::number(m_server.port()) },
                                               { u"shop/database"_s, m_server.database() },
                                               { u"shop/user"_s, m_server.user() },
                                               { u"shop/prefix"_s, u"modx_"_s } });
        const QString state = m_dir.filePath(u"mariadb-state.sqlite"_s);
        QVERIFY(untilDone(profile, { u"upload"_s, u"customers"_s, u"--state"_s, state }) > 0);

        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(u"RETAILDESK_API_KEY"_s);
        const QProcessEnvironment mine = env();
        for (const QString &k : mine.keys())
            e.insert(k, mine.value(k));
        p.setProcessEnvironment(e);
        p.start(qEnvironmentVariable("RETAILDESK_BIN_DIR") + u"/retaildesk-cli"_s,
                { u"--config"_s, profile, u"--quiet"_s, u"upload"_s, u"orders"_s, u"--state"_s, state });
        QVERIFY(p.waitForStarted());
        // Wait until some orders are in, then take the database away for 3 s.
        auto store = rd::StateStore::open(state);
        QVERIFY(store);
        QElapsedTimer t;
        t.start();
        qint64 sent = 0;
        while (t.elapsed() < 120000 && p.state() == QProcess::Running) {
            auto n = (*store)->count(rd::EntityKind::Order, rd::JournalState::Sent);
            sent = n ? *n : 0;
            if (sent >= 100)
                break;
            QTest::qWait(20);
        }
        QVERIFY2(p.state() == QProcess::Running, "the upload ended before the restart: make the shop bigger");
        const rd::Status restarted = m_server.restart(3000);
        QVERIFY2(restarted, restarted ? "" : qPrintable(restarted.error().toString()));
        QVERIFY(p.waitForFinished(300000));
        const QByteArray err = p.readAllStandardError();
        qInfo("upload during the restart: exit %d after %lld orders were in; stderr: %s", p.exitCode(),
              static_cast<long long>(sent), err.right(400).constData());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        if (p.exitCode() != 0)
            QVERIFY2(!err.trimmed().isEmpty(), "the run failed without saying why");
        // A rerun completes, every order exactly once.
        QVERIFY(untilDone(profile, { u"upload"_s, u"orders"_s, u"--state"_s, state }) > 0);
        (*store)->closeConnection();
        verifyExactlyOnce(state, 1000);
        m_server.stop();
    }

private:
    QTemporaryDir m_dir;
    rd::SandboxProcess m_sandbox;
    rd::test::MariaDbServer m_server;
    QUrl m_url;
    QString m_baseShop;
    const QString m_key = u"fault-matrix-key"_s;
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "TestFaultMatrix.moc"
