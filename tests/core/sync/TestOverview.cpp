// The dashboard's overview: run details kept in the state file, activity per day, and loadOverview()
// over a real SQLite demo shop and state file (the CRM part against an unreachable address).
#include "demo/DemoShopGenerator.h"
#include "sync/Overview.h"
#include "sync/StateStore.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rd;

namespace {

RunRecord syncRun(const QDateTime &started, qint64 orders, qint64 toCrm, qint64 whole, qint64 toShop, qint64 failed)
{
    RunRecord r;
    r.kind = u"sync"_s;
    r.startedAt = started;
    r.details = QJsonObject { { u"orders"_s, QJsonObject { { u"sent"_s, orders } } },
                              { u"customers"_s, QJsonObject { { u"sent"_s, 1 } } },
                              { u"statusOut"_s, QJsonObject { { u"sent"_s, toCrm }, { u"uploadedWhole"_s, whole } } },
                              { u"historyIn"_s, QJsonObject { { u"applied"_s, toShop } } },
                              { u"failed"_s, failed } };
    return r;
}

} // namespace

class TestOverview final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compactDetailsDropFailureLists()
    {
        UploadSummary up;
        up.kind = EntityKind::Order;
        up.read = 3;
        up.sent = 2;
        up.failed = 1;
        FailedItem f;
        f.shopId = 7;
        f.externalId = u"7"_s;
        f.reason = u"bad"_s;
        up.failures.append(f);
        SyncRoundSummary round;
        round.orders = up;
        round.failures.append(f);
        const QJsonObject compact = compactRunDetails(round.toJson());
        QVERIFY(!compact.contains(u"failures"_s));
        QVERIFY(!compact.value(u"orders"_s).toObject().contains(u"failures"_s));
        QCOMPARE(compact.value(u"orders"_s).toObject().value(u"sent"_s).toInt(), 2);
        QCOMPARE(compact.value(u"failed"_s).toInt(), 1);
    }

    void activityPerDay()
    {
        const QDate today(2026, 11, 30);
        const QDateTime morning(today, QTime(9, 0));
        QList<RunRecord> runs;
        runs.append(syncRun(morning, 5, 2, 1, 3, 1));
        runs.append(syncRun(morning.addSecs(3600), 1, 0, 0, 1, 0));
        runs.append(syncRun(morning.addDays(-2), 4, 1, 0, 0, 0));
        runs.append(syncRun(morning.addDays(-30), 100, 100, 100, 100, 100)); // outside the window
        RunRecord upload;
        upload.kind = u"upload orders"_s;
        upload.startedAt = morning.addDays(-1);
        upload.sent = 40;
        upload.failed = 2;
        runs.append(upload);
        RunRecord dry = upload;
        dry.details = QJsonObject { { u"dryRun"_s, true } };
        runs.append(dry); // a dry run sends nothing
        RunRecord customers;
        customers.kind = u"upload customers"_s;
        customers.startedAt = morning.addDays(-1);
        customers.sent = 9;
        runs.append(customers);

        const QList<DayActivity> days = dailyActivity(runs, today, 7);
        QCOMPARE(days.size(), 7);
        QCOMPARE(days.first().day, today.addDays(-6));
        QCOMPARE(days.last().day, today);
        const DayActivity &t = days.last();
        QCOMPARE(t.runs, 2);
        QCOMPARE(t.ordersSent, 6);
        QCOMPARE(t.customersSent, 2);
        QCOMPARE(t.statusesToCrm, 3); // edits + orders uploaded whole
        QCOMPARE(t.statusesToShop, 4);
        QCOMPARE(t.failed, 1);
        const DayActivity &y = days.at(5);
        QCOMPARE(y.ordersSent, 40);
        QCOMPARE(y.customersSent, 9);
        QCOMPARE(y.failed, 4);
        QCOMPARE(y.runs, 3);
        QCOMPARE(days.at(4).ordersSent, 4);
        QCOMPARE(days.at(0).runs, 0);
        QVERIFY(dailyActivity(runs, today, 0).isEmpty());
    }

    void detailsSurviveTheStateFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto store = StateStore::open(dir.filePath(u"state.sqlite"_s));
        QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
        QCOMPARE(*(*store)->schemaVersion(), 2);
        auto id = (*store)->beginRun(u"sync"_s);
        QVERIFY(id);
        RunRecord run = syncRun(QDateTime::currentDateTimeUtc(), 3, 1, 0, 2, 0);
        run.id = *id;
        run.outcome = RunRecord::Outcome::Finished;
        run.sent = 6;
        QVERIFY((*store)->finishRun(run));
        auto runs = (*store)->runsSince(QDateTime::currentDateTimeUtc().addSecs(-60));
        QVERIFY(runs);
        QCOMPARE(runs->size(), 1);
        QCOMPARE(runs->first().details, run.details);
        QVERIFY((*store)->runsSince(QDateTime::currentDateTimeUtc().addSecs(60))->isEmpty());
        auto again = (*store)->run(*id);
        QVERIFY(again && *again);
        QCOMPARE((*again)->details.value(u"historyIn"_s).toObject().value(u"applied"_s).toInt(), 2);
    }

    void overviewOfADemoShop()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString shopPath = dir.filePath(u"shop.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"overview-demo"_s);
            db.setDatabaseName(shopPath);
            QVERIFY(db.open());
            DemoShopOptions options;
            options.products = 10;
            options.customers = 12;
            options.orders = 25;
            QVERIFY(generateDemoShop(db, options));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"overview-demo"_s);

        JobEnvironment env;
        env.profile.shop.driver = ShopSettings::Driver::Sqlite;
        env.profile.shop.path = shopPath;
        env.profile.crm.url = QUrl(u"http://127.0.0.1:9"_s); // nothing listens there
        env.profile.crm.site = u"demo"_s;
        env.apiKey = u"k"_s;
        env.statePath = dir.filePath(u"state/never-ran.sqlite"_s);
        env.tuneCrm = [](CrmConfig &c) {
            c.maxRetries = 0;
            c.timeoutMs = 2000;
        };

        // A profile that never ran: no state file is created, the journal figures are zero.
        Overview o = loadOverview(env);
        QVERIFY(!QFile::exists(env.statePath));
        QCOMPARE(o.shopOrders, 25 + 0); // every order row, whatever its status
        QCOMPARE(o.shopCustomers, 12 + 1); // the generator adds one staff user
        QCOMPARE(o.ordersSent, 0);
        QCOMPARE(o.days.size(), 14);
        QCOMPARE(o.crmOrders, -1);
        QCOMPARE(o.crmCustomers, -1);
        QVERIFY2(o.problems.size() == 2, qPrintable(o.problems.join(u'\n')));
        QVERIFY(o.problems.first().startsWith(u"CRM orders: "_s));

        // With journal rows and a run.
        env.statePath = dir.filePath(u"state/ran.sqlite"_s);
        auto store = StateStore::open(env.statePath);
        QVERIFY(store);
        JournalEntry sent;
        sent.shopId = 1;
        sent.externalId = u"1"_s;
        sent.state = JournalState::Sent;
        JournalEntry failed = sent;
        failed.shopId = 2;
        failed.externalId = u"2"_s;
        failed.state = JournalState::Failed;
        failed.reason = u"Refused"_s;
        QVERIFY((*store)->record(EntityKind::Order, { sent, failed }, 0));
        QVERIFY((*store)->setPending(QString::fromLatin1(StateStore::pendingStatusPush), u"5"_s, u"timeout"_s));
        auto id = (*store)->beginRun(u"upload orders"_s);
        QVERIFY(id);
        RunRecord run;
        run.id = *id;
        run.kind = u"upload orders"_s;
        run.outcome = RunRecord::Outcome::Finished;
        run.sent = 1;
        run.failed = 1;
        QVERIFY((*store)->finishRun(run));
        (*store)->closeConnection();

        OverviewOptions noCrm;
        noCrm.crm = false;
        o = loadOverview(env, noCrm);
        QVERIFY2(o.problems.isEmpty(), qPrintable(o.problems.join(u'\n')));
        QCOMPARE(o.ordersSent, 1);
        QCOMPARE(o.ordersFailed, 1);
        QCOMPARE(o.pendingStatusPushes, 1);
        QCOMPARE(o.failedTotal(), 2);
        QCOMPARE(o.recentRuns.size(), 1);
        QCOMPARE(o.days.last().ordersSent, 1);
        QCOMPARE(o.days.last().failed, 1);
    }
};

QTEST_GUILESS_MAIN(TestOverview)
#include "TestOverview.moc"
