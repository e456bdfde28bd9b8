// retaildesk-cli upload / sync end to end: the real binary, the real sandbox CRM and a demo shop on a
// private MariaDB. kill -9 in the middle of an upload and a rerun give every order exactly once;
// SIGINT/SIGTERM stop cleanly with exit code 130; item failures give exit code 1 with the CRM's reasons;
// --dry-run --json is one JSON document; usage and key problems give 2 and 3.
#include "SyncFixture.h"
#include "sync/StateStore.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>
#include <csignal>

using namespace Qt::Literals::StringLiterals;
using namespace rd;
using rd::test::SyncFixture;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QJsonObject parse(const QByteArray &out)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &e);
    if (e.error != QJsonParseError::NoError)
        qWarning() << "not one JSON document:" << e.errorString() << out.left(2000);
    return doc.object();
}

} // namespace

class TestSyncCli final : public QObject
{
    Q_OBJECT

private:
    SyncFixture m_fx;
    int m_serial = 0;
    ShopSettings m_settings;
    Profile m_profile;
    QString m_config;
    QString m_state;
    QList<MappedEntity> m_mapped;
    int m_sendable = 0;

    QProcessEnvironment env(bool withKey = true) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(u"RETAILDESK_API_KEY"_s);
        if (withKey)
            e.insert(u"RETAILDESK_API_KEY"_s, m_fx.apiKey());
        e.insert(u"RETAILDESK_DB_PASSWORD"_s, m_fx.server().password());
        e.insert(u"XDG_DATA_HOME"_s, m_fx.tempPath(u"xdg"_s));
        return e;
    }

    QString cli() const { return qEnvironmentVariable("RETAILDESK_BIN_DIR") + u"/retaildesk-cli"_s; }

    Run run(const QStringList &args, bool withKey = true, int timeoutMs = 300000)
    {
        QProcess p;
        p.setProcessEnvironment(env(withKey));
        if (qEnvironmentVariableIsSet("RD_TEST_GDB"))
            p.start(u"gdb"_s,
                    QStringList { u"-q"_s, u"-batch"_s, u"-ex"_s, u"run"_s, u"-ex"_s, u"thread apply all bt 30"_s,
                                  u"--args"_s, cli() }
                        + args);
        else
            p.start(cli(), args);
        Run r;
        if (!p.waitForStarted() || !p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        if (qEnvironmentVariableIsSet("RD_TEST_GDB") && r.out.contains("SIGSEGV"))
            qWarning().noquote() << "GDB" << r.out;
        if (p.exitStatus() != QProcess::NormalExit)
            r.err += "\n[retaildesk-cli crashed: " + p.errorString().toUtf8() + ", exit code "
                + QByteArray::number(p.exitCode()) + "]";
        return r;
    }

    void newShop(int orders = 300)
    {
        DemoShopOptions o;
        o.products = 40;
        o.customers = 80;
        o.orders = orders;
        o.seed = 31;
        const QString name = u"clishop%1"_s.arg(++m_serial);
        auto settings = m_fx.createShop(name, o);
        QVERIFY2(settings.ok(), qPrintable(settings.ok() ? QString() : settings.error().toString()));
        m_settings = *settings;
        m_profile = m_fx.profile(m_settings);
        m_config = m_fx.writeProfileFile(name + u".conf"_s, m_profile);
        m_state = m_fx.statePath(name);
        auto mapped = m_fx.mappedOrders(m_settings, m_profile);
        QVERIFY(mapped.ok());
        m_mapped = *mapped;
        m_sendable = 0;
        for (const MappedEntity &m : std::as_const(m_mapped))
            m_sendable += m.isSkipped() ? 0 : 1;
    }

    QStringList base() const { return { u"--config"_s, m_config }; }

    qint64 journalSent()
    {
        if (!QFile::exists(m_state))
            return 0;
        StateStore store(m_state);
        return store.count(EntityKind::Order, JournalState::Sent).valueOr(0);
    }

    void verifyExactlyOnce()
    {
        auto dump = m_fx.dump();
        QVERIFY(dump.ok());
        const QJsonArray orders = dump->value(u"orders"_s).toArray();
        const auto counts = SyncFixture::externalIdCounts(orders);
        QHash<QString, QJsonObject> byExt;
        for (const QJsonValue &v : orders)
            byExt.insert(v.toObject().value(u"externalId"_s).toString(), v.toObject());
        for (const MappedEntity &m : std::as_const(m_mapped)) {
            if (m.isSkipped())
                continue;
            QVERIFY2(
                counts.value(m.externalId()) == 1,
                qPrintable(u"order %1 is in the CRM %2 times"_s.arg(m.externalId()).arg(counts.value(m.externalId()))));
            const QString diff = SyncFixture::difference(m.json, byExt.value(m.externalId()));
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
        QCOMPARE(orders.size(), m_sendable);
        const auto customers = SyncFixture::externalIdCounts(dump->value(u"customers"_s).toArray());
        for (auto it = customers.cbegin(); it != customers.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(u"customer "_s + it.key()));
    }

    // Starts `upload orders` and waits until the journal holds at least `sent` orders.
    bool startUploadAndWait(QProcess &p, qint64 sent)
    {
        p.setProcessEnvironment(env());
        p.start(cli(), base() + QStringList { u"--quiet"_s, u"upload"_s, u"orders"_s, u"--state"_s, m_state });
        if (!p.waitForStarted())
            return false;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 120000 && p.state() == QProcess::Running) {
            if (journalSent() >= sent)
                return true;
            QTest::qWait(20);
        }
        qWarning() << "upload never got to" << sent << p.readAllStandardError();
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const Status st = m_fx.start();
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().toString()));
    }

    void init()
    {
        QVERIFY(m_fx.resetCrm().ok());
        QVERIFY(m_fx.configureCrm({ { u"latencyMs"_s, 50 }, { u"fault503"_s, 0 }, { u"faultReset"_s, 0 } }).ok());
    }

    void killNineThenRerunGivesExactlyOnce()
    {
        newShop();
        // Slow answers keep several batches in flight (already stored by the CRM) when the process dies.
        QVERIFY(m_fx.configureCrm({ { u"latencyMs"_s, 500 } }).ok());
        QProcess p;
        QVERIFY(startUploadAndWait(p, 50));
        p.kill(); // SIGKILL: no chance to tidy up
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        const qint64 sentBefore = journalSent();
        QVERIFY2(sentBefore < m_sendable, "the upload finished before it could be killed");

        QVERIFY(m_fx.configureCrm({ { u"latencyMs"_s, 50 } }).ok());
        const Run r
            = run(base() + QStringList { u"--json"_s, u"--quiet"_s, u"upload"_s, u"orders"_s, u"--state"_s, m_state });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject summary = parse(r.out).value(u"summary"_s).toObject();
        QCOMPARE(summary.value(u"failed"_s).toInt(), 0);
        QCOMPARE(summary.value(u"read"_s).toInt(), 300);
        QCOMPARE(summary.value(u"alreadySent"_s).toInt(), sentBefore);
        // The batches in flight at the kill reached the CRM: the rerun heard "already exists" and looked them up.
        QVERIFY2(summary.value(u"foundInCrm"_s).toInt() > 0, r.out.constData());
        QCOMPARE(summary.value(u"sent"_s).toInt() + summary.value(u"alreadySent"_s).toInt()
                     + summary.value(u"foundInCrm"_s).toInt(),
                 m_sendable);
        verifyExactlyOnce();

        auto state = StateStore::open(m_state);
        const auto runs = (*state)->runs();
        QCOMPARE(runs->size(), 2);
        QCOMPARE(runs->at(0).outcome, RunRecord::Outcome::Finished);
        QCOMPARE(runs->at(1).outcome, RunRecord::Outcome::Interrupted);
    }

    void sigintStopsCleanly()
    {
        newShop();
        QVERIFY(m_fx.configureCrm({ { u"latencyMs"_s, 400 } }).ok());
        QProcess p;
        QVERIFY(startUploadAndWait(p, 50));
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        QVERIFY(p.readAllStandardError().contains("Interrupted"));
        auto state = StateStore::open(m_state);
        QCOMPARE((*state)->runs()->first().outcome, RunRecord::Outcome::Cancelled);
        QVERIFY((*state)->lock().ok()); // given back
        (*state)->unlock();

        QVERIFY(m_fx.configureCrm({ { u"latencyMs"_s, 50 } }).ok());
        const Run r = run(base() + QStringList { u"--quiet"_s, u"upload"_s, u"orders"_s, u"--state"_s, m_state });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("Orders: read 300"));
        verifyExactlyOnce();
    }

    void watchEndsOnSigterm()
    {
        newShop(60);
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(cli(),
                base()
                    + QStringList { u"--json"_s, u"--quiet"_s, u"sync"_s, u"--watch"_s, u"--interval"_s, u"1"_s,
                                    u"--state"_s, m_state });
        QVERIFY(p.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).count('\n') >= 2, 60000);
        p.terminate(); // SIGTERM
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        out += p.readAllStandardOutput();
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QVERIFY(lines.size() >= 2);
        for (const QByteArray &line : lines) {
            const QJsonObject round = parse(line);
            QVERIFY(round.contains(u"historyIn"_s));
        }
        QVERIFY(parse(lines.first()).value(u"historyIn"_s).toObject().value(u"initialised"_s).toBool());
        QCOMPARE(parse(lines.first()).value(u"orders"_s).toObject().value(u"sent"_s).toInt(), m_sendable);
    }

    void syncOnceJsonAndText()
    {
        newShop(60);
        Run r = run(base() + QStringList { u"--json"_s, u"sync"_s, u"--once"_s, u"--state"_s, m_state });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject doc = parse(r.out);
        QVERIFY(doc.value(u"ok"_s).toBool());
        QCOMPARE(doc.value(u"orders"_s).toObject().value(u"sent"_s).toInt(), m_sendable);
        r = run(base() + QStringList { u"sync"_s, u"--once"_s, u"--state"_s, m_state });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("orders sent 0"), r.out.constData());
    }

    void itemFailuresExitOneWithReasons()
    {
        newShop(120);
        auto db = m_fx.shopConnection(m_settings.database);
        QVERIFY(db.ok());
        int expected = 0;
        {
            QSqlQuery q(*db);
            QVERIFY(
                q.exec(u"UPDATE modx_ms2_order_statuses SET retailcrm_status_code = 'no-such-status' WHERE id = 5"_s));
            QVERIFY(q.exec(u"SELECT COUNT(*) FROM modx_ms2_orders WHERE status = 5"_s));
            QVERIFY(q.next());
            expected = q.value(0).toInt();
        }
        SyncFixture::closeShopConnection(*db);
        QVERIFY(expected > 0);
        Run r
            = run(base() + QStringList { u"--json"_s, u"--quiet"_s, u"upload"_s, u"orders"_s, u"--state"_s, m_state });
        QCOMPARE(r.exitCode, 1);
        const QJsonObject summary = parse(r.out).value(u"summary"_s).toObject();
        const QJsonArray failures = summary.value(u"failures"_s).toArray();
        QCOMPARE(failures.size(), expected);
        QCOMPARE(summary.value(u"failed"_s).toInt(), expected);
        QCOMPARE(summary.value(u"read"_s).toInt(),
                 summary.value(u"sent"_s).toInt() + summary.value(u"skipped"_s).toInt() + expected);
        for (const QJsonValue &f : failures) {
            QVERIFY(!f.toObject().value(u"externalId"_s).toString().isEmpty());
            QVERIFY(f.toObject().value(u"reason"_s).toString().contains(u"no-such-status"_s));
        }
        // Text: each failed order on its own line with the reason.
        r = run(base() + QStringList { u"--quiet"_s, u"upload"_s, u"orders"_s, u"--state"_s, m_state });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("Failed (the CRM's reasons):"));
        QCOMPARE(r.out.count("no-such-status"), expected);
    }

    void dryRunJsonIsOneDocument()
    {
        newShop(80);
        const qint64 before = m_fx.stats()->value(u"apiRequests"_s).toInteger();
        const Run r = run(base()
                          + QStringList { u"--json"_s, u"--quiet"_s, u"upload"_s, u"orders"_s, u"--dry-run"_s,
                                          u"--state"_s, m_state });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject doc = parse(r.out);
        QVERIFY(doc.value(u"dryRun"_s).toBool());
        int orders = 0;
        for (const QJsonValue &v : doc.value(u"requests"_s).toArray()) {
            const QJsonObject req = v.toObject();
            if (req.value(u"endpoint"_s).toString() == u"orders/upload")
                orders += req.value(u"orders"_s).toArray().size();
        }
        QCOMPARE(orders, m_sendable);
        QCOMPARE(doc.value(u"summary"_s).toObject().value(u"sent"_s).toInt(), m_sendable);
        QCOMPARE(m_fx.stats()->value(u"apiRequests"_s).toInteger(), before);
        // Text mode prints the payloads as JSON too.
        const Run text = run(base()
                             + QStringList { u"--quiet"_s, u"upload"_s, u"customers"_s, u"--dry-run"_s, u"--ids"_s,
                                             u"2,3"_s, u"--state"_s, m_state });
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("\"endpoint\": \"customers/upload\""));
        QVERIFY(text.out.contains("Dry run, nothing was sent."));
    }

    void usageConfigAndKeyErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("withKey");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no kind") << QStringList { u"upload"_s } << true << 2;
        QTest::newRow("bad kind") << QStringList { u"upload"_s, u"products"_s } << true << 2;
        QTest::newRow("bad ids") << QStringList { u"upload"_s, u"orders"_s, u"--ids"_s, u"1,x"_s } << true << 2;
        QTest::newRow("bad since") << QStringList { u"upload"_s, u"orders"_s, u"--since"_s, u"2024-13-01"_s } << true
                                   << 2;
        QTest::newRow("dry-run restart") << QStringList { u"upload"_s, u"orders"_s, u"--dry-run"_s, u"--restart"_s }
                                         << true << 2;
        QTest::newRow("sync no mode") << QStringList { u"sync"_s } << true << 2;
        QTest::newRow("sync both modes") << QStringList { u"sync"_s, u"--once"_s, u"--watch"_s } << true << 2;
        QTest::newRow("sync bad interval")
            << QStringList { u"sync"_s, u"--watch"_s, u"--interval"_s, u"0"_s } << true << 2;
        QTest::newRow("upload without key") << QStringList { u"upload"_s, u"orders"_s } << false << 3;
        QTest::newRow("sync without key") << QStringList { u"sync"_s, u"--once"_s } << false << 3;
    }

    void usageConfigAndKeyErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, withKey);
        QFETCH(int, exitCode);
        if (m_config.isEmpty())
            newShop(20);
        const Run r = run(base() + args + QStringList { u"--state"_s, m_fx.statePath(u"usage"_s) }, withKey);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(!r.err.isEmpty());
    }

    void defaultStateFileIsPerProfile()
    {
        newShop(20);
        const Run r = run(base() + QStringList { u"--quiet"_s, u"upload"_s, u"customers"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QStringList files;
        QDirIterator it(m_fx.tempPath(u"xdg"_s), { u"*.sqlite"_s }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        QCOMPARE(files.size(), 1);
        QVERIFY(QRegularExpression(u"/state/[0-9a-f]{16}\\.sqlite$"_s).match(files.first()).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "TestSyncCli.moc"
