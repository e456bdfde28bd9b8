// Sync rounds against the real sandbox CRM and a demo shop on a private MariaDB: the first round
// uploads and takes the history position; a status a CRM "user" sets reaches the shop (status, updatedon,
// log row) and is not sent back; a status the shop sets (as miniShop2 does: update + log row) reaches the
// CRM and does not come back; unlisted statuses stay put; a new shop order goes up once; an order the
// CRM lacks is uploaded whole; a failing push is retried next round; watch mode repeats and cancels.
#include "SyncFixture.h"
#include "sync/StateStore.h"
#include "sync/SyncJob.h"
#include "sync/UploadJob.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rd;
using rd::test::SyncFixture;

namespace {

QString errorText(const std::optional<Error> &e)
{
    return e ? e->toString() : QString();
}

} // namespace

class TestSyncRound final : public QObject
{
    Q_OBJECT

private:
    SyncFixture m_fx;
    int m_serial = 0;

    struct Shop
    {
        ShopSettings settings;
        Profile profile;
        QString statePath;
        QSqlDatabase db; // a test connection to the shop
    };
    Shop m_shop;

    void newShop(const QList<int> &statuses = { 1, 2, 3, 4, 5 }, int orders = 150)
    {
        if (m_shop.db.isValid())
            SyncFixture::closeShopConnection(m_shop.db);
        DemoShopOptions o;
        o.products = 30;
        o.customers = 50;
        o.orders = orders;
        o.seed = 21;
        const QString name = u"syncshop%1"_s.arg(++m_serial);
        auto settings = m_fx.createShop(name, o);
        QVERIFY2(settings.ok(), qPrintable(settings.ok() ? QString() : settings.error().toString()));
        m_shop.settings = *settings;
        m_shop.profile = m_fx.profile(m_shop.settings, statuses);
        m_shop.statePath = m_fx.statePath(name);
        auto db = m_fx.shopConnection(name);
        QVERIFY(db.ok());
        m_shop.db = *db;
    }

    SyncRoundSummary syncOnce(const SyncOptions &options = {})
    {
        auto *job = new SyncJob(m_fx.environment(m_shop.profile, m_shop.statePath), options);
        job->start();
        if (!job->waitForFinished(300000))
            qFatal("sync did not finish");
        SyncRoundSummary s = job->lastRound();
        if (job->setupError())
            s.error = job->setupError();
        delete job;
        return s;
    }

    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(m_shop.db);
        if (!q.exec(sql) || !q.next()) {
            qWarning() << sql << q.lastError().text();
            return {};
        }
        return q.value(0);
    }

    bool exec(const QString &sql)
    {
        QSqlQuery q(m_shop.db);
        if (!q.exec(sql)) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        return true;
    }

    // An order of the shop in `status` that the CRM has: {id, externalId}.
    std::pair<int, QString> orderInStatus(int status, int skip = 0)
    {
        QSqlQuery q(m_shop.db);
        q.exec(u"SELECT id, num FROM modx_ms2_orders WHERE status = %1 ORDER BY id LIMIT 1 OFFSET %2"_s.arg(status).arg(
            skip));
        if (!q.next())
            return { 0, {} };
        return { q.value(0).toInt(), q.value(1).toString().replace(u'/', u'-') };
    }

    // What miniShop2's changeOrderStatus does: the status, and a log row.
    bool shopSetsStatus(int orderId, int status)
    {
        return exec(u"UPDATE modx_ms2_orders SET status = %1, updatedon = NOW() WHERE id = %2"_s.arg(status).arg(
                   orderId))
            && exec(u"INSERT INTO modx_ms2_order_logs (user_id, order_id, timestamp, action, entry, ip) VALUES "
                    u"(1, %1, NOW(), 'status', '%2', '{\"ip\":\"10.1.2.3\",\"suspected\":[],\"network\":[]}')"_s
                        .arg(orderId)
                        .arg(status));
    }

    bool crmUserSetsStatus(const QString &externalId, const QString &code)
    {
        auto r = m_fx.sandbox().control("POST", u"/_sandbox/orders/%1/status"_s.arg(externalId),
                                        { { u"status"_s, code } });
        if (!r)
            qWarning() << r.error().toString();
        return r.ok();
    }

    QJsonObject crmOrder(const QString &externalId)
    {
        auto dump = m_fx.dump();
        for (const QJsonValue &v : dump->value(u"orders"_s).toArray())
            if (v.toObject().value(u"externalId"_s).toString() == externalId)
                return v.toObject();
        return {};
    }

    int logRows(int orderId)
    {
        return scalar(u"SELECT COUNT(*) FROM modx_ms2_order_logs WHERE order_id = %1"_s.arg(orderId)).toInt();
    }
    int shopStatus(int orderId)
    {
        return scalar(u"SELECT status FROM modx_ms2_orders WHERE id = %1"_s.arg(orderId)).toInt();
    }

    // A quiet round: nothing moves either way.
    void verifyQuiet()
    {
        const SyncRoundSummary s = syncOnce();
        QVERIFY2(!s.error, qPrintable(errorText(s.error)));
        QCOMPARE(s.statusSent, 0);
        QCOMPARE(s.statusUploadedWhole, 0);
        QCOMPARE(s.historyApplied, 0);
        QCOMPARE(s.customers.sent + s.orders.sent, 0);
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

    void cleanupTestCase()
    {
        if (m_shop.db.isValid())
            SyncFixture::closeShopConnection(m_shop.db);
    }

    void firstRoundUploadsAndIgnoresOldHistory()
    {
        newShop();
        // The shop's orders were uploaded before (another state file); then a CRM user changed one.
        {
            auto *job = new UploadJob(
                m_fx.environment(m_shop.profile, m_fx.statePath(u"other"_s + QString::number(m_serial))),
                UploadOptions {});
            job->start();
            QVERIFY(job->waitForFinished(120000));
            QVERIFY(!job->summary().error);
            delete job;
        }
        const auto [oldId, oldExt] = orderInStatus(2);
        QVERIFY(crmUserSetsStatus(oldExt, u"complete"_s));

        const SyncRoundSummary first = syncOnce();
        QVERIFY2(!first.error, qPrintable(errorText(first.error)));
        QVERIFY(first.historyInitialised);
        QCOMPARE(first.historyApplied, 0);
        QCOMPARE(shopStatus(oldId), 2); // history before the first round is not applied
        // Everything was in the CRM already: found, not duplicated.
        QCOMPARE(first.orders.sent, 0);
        QVERIFY(first.orders.foundInCrm > 0);
        for (const FailedItem &f : first.customers.failures + first.orders.failures + first.failures)
            qWarning() << f.externalId << f.reason;
        QCOMPARE(first.failedCount(), 0);
        QCOMPARE(first.statusSent, 0); // old status-log rows are not replayed
        auto dump = m_fx.dump();
        const auto counts = SyncFixture::externalIdCounts(dump->value(u"orders"_s).toArray());
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            QCOMPARE(it.value(), 1);

        auto state = StateStore::open(m_shop.statePath);
        QVERIFY((*state)->watermark(QString::fromLatin1(StateStore::orderWatermark))->value_or(0) > 0);
        QVERIFY((*state)->watermark(QString::fromLatin1(StateStore::statusLogWatermark))->has_value());
        QCOMPARE((*state)->runs()->first().kind, u"sync"_s);
        QCOMPARE((*state)->runs()->first().outcome, RunRecord::Outcome::Finished);
        verifyQuiet();
    }

    void crmChangeReachesShopAndDoesNotComeBack()
    {
        newShop();
        QVERIFY(!syncOnce().error);
        const auto [id, ext] = orderInStatus(2);
        QVERIFY(id > 0);
        const int rowsBefore = logRows(id);
        const QString updatedBefore
            = scalar(u"SELECT updatedon FROM modx_ms2_orders WHERE id = %1"_s.arg(id)).toString();
        QVERIFY(crmUserSetsStatus(ext, u"send-to-delivery"_s)); // shop status 3

        const qint64 editsBefore = m_fx.stats()
                                       ->value(u"endpoints"_s)
                                       .toObject()
                                       .value(u"POST /api/v5/orders/{externalId}/edit"_s)
                                       .toInteger();
        const SyncRoundSummary s = syncOnce();
        QVERIFY2(!s.error, qPrintable(errorText(s.error)));
        QCOMPARE(s.historyApplied, 1);
        QCOMPARE(shopStatus(id), 3);
        QCOMPARE(logRows(id), rowsBefore + 1);
        QSqlQuery q(m_shop.db);
        QVERIFY(q.exec(
            u"SELECT l.user_id, l.action, l.entry, l.ip, o.updatedon FROM modx_ms2_order_logs l JOIN modx_ms2_orders o "
            u"ON o.id = l.order_id WHERE l.order_id = %1 ORDER BY l.id DESC LIMIT 1"_s.arg(id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(q.value(1).toString(), u"status"_s);
        QCOMPARE(q.value(2).toString(), u"3"_s);
        QVERIFY(q.value(3).toString().contains(u"RetailDesk"_s));
        QVERIFY(q.value(4).toString() != updatedBefore);

        // No edit goes back to the CRM, now or in the next rounds; the CRM keeps the user's status.
        verifyQuiet();
        verifyQuiet();
        const qint64 editsAfter = m_fx.stats()
                                      ->value(u"endpoints"_s)
                                      .toObject()
                                      .value(u"POST /api/v5/orders/{externalId}/edit"_s)
                                      .toInteger();
        QCOMPARE(editsAfter, editsBefore);
        QCOMPARE(crmOrder(ext).value(u"status"_s).toString(), u"send-to-delivery"_s);
        QCOMPARE(logRows(id), rowsBefore + 1);

        // Replaying the same history (position lost) changes nothing.
        auto state = StateStore::open(m_shop.statePath);
        const qint64 since = (*state)->watermark(QString::fromLatin1(StateStore::historySinceId))->value_or(0);
        QVERIFY((*state)->setWatermark(QString::fromLatin1(StateStore::historySinceId), since - 5).ok());
        const SyncRoundSummary replay = syncOnce();
        QCOMPARE(replay.historyApplied, 0);
        QCOMPARE(logRows(id), rowsBefore + 1);
    }

    void shopChangeReachesCrmAndDoesNotComeBack()
    {
        newShop();
        QVERIFY(!syncOnce().error);
        const auto [id, ext] = orderInStatus(1);
        QVERIFY(id > 0);
        QCOMPARE(crmOrder(ext).value(u"status"_s).toString(), u"new"_s);
        QVERIFY(shopSetsStatus(id, 2));
        const int rows = logRows(id);

        const SyncRoundSummary s = syncOnce();
        QVERIFY2(!s.error, qPrintable(errorText(s.error)));
        QCOMPARE(s.statusSent, 1);
        QCOMPARE(crmOrder(ext).value(u"status"_s).toString(), u"prepayed"_s);
        // Our edit's history entry (read in the same round) is ours: not applied back.
        QCOMPARE(s.historyApplied, 0);
        QVERIFY(s.historySkipped >= 1);
        const SyncRoundSummary next = syncOnce();
        QCOMPARE(next.historyApplied, 0);
        QCOMPARE(shopStatus(id), 2);
        QCOMPARE(logRows(id), rows);
        verifyQuiet();

        // Two shop changes between rounds: only the newest is sent.
        QVERIFY(shopSetsStatus(id, 3));
        QVERIFY(shopSetsStatus(id, 5));
        const SyncRoundSummary two = syncOnce();
        QCOMPARE(two.statusSent, 1);
        QCOMPARE(two.statusSkipped, 1);
        QCOMPARE(crmOrder(ext).value(u"status"_s).toString(), u"complete"_s);
    }

    void unlistedStatusesStayPut()
    {
        newShop({ 1, 2, 3 });
        QVERIFY(!syncOnce().error);
        const auto [a, aExt] = orderInStatus(1);
        const auto [b, bExt] = orderInStatus(2);
        QVERIFY(shopSetsStatus(a, 5)); // 5 is not listed
        QVERIFY(crmUserSetsStatus(bExt, u"complete"_s)); // complete maps to 5: not listed
        const SyncRoundSummary s = syncOnce();
        QVERIFY(!s.error);
        QCOMPARE(s.statusSent, 0);
        QCOMPARE(s.historyApplied, 0);
        QCOMPARE(crmOrder(aExt).value(u"status"_s).toString(), u"new"_s);
        QCOMPARE(shopStatus(b), 2);
    }

    void newShopOrderGoesUpOnce()
    {
        newShop();
        QVERIFY(!syncOnce().error);
        // A new order (a copy of order 20 under a new id and number), logged as miniShop2 logs a new order.
        const int src = 20;
        const int fresh = scalar(u"SELECT MAX(id) + 1 FROM modx_ms2_orders"_s).toInt();
        QVERIFY(exec(u"CREATE TEMPORARY TABLE t_o AS SELECT * FROM modx_ms2_orders WHERE id = %1"_s.arg(src)));
        QVERIFY(exec(u"UPDATE t_o SET id = %1, num = '2611/%1', status = 1, createdon = NOW()"_s.arg(fresh)));
        QVERIFY(exec(u"INSERT INTO modx_ms2_orders SELECT * FROM t_o"_s));
        QVERIFY(exec(
            u"CREATE TEMPORARY TABLE t_p AS SELECT * FROM modx_ms2_order_products WHERE order_id = %1"_s.arg(src)));
        QVERIFY(exec(u"UPDATE t_p SET id = id + 1000000, order_id = %1"_s.arg(fresh)));
        QVERIFY(exec(u"INSERT INTO modx_ms2_order_products SELECT * FROM t_p"_s));
        QVERIFY(exec(
            u"CREATE TEMPORARY TABLE t_a AS SELECT * FROM modx_ms2_order_addresses WHERE order_id = %1"_s.arg(src)));
        QVERIFY(exec(u"UPDATE t_a SET id = id + 1000000, order_id = %1"_s.arg(fresh)));
        QVERIFY(exec(u"INSERT INTO modx_ms2_order_addresses SELECT * FROM t_a"_s));
        QVERIFY(exec(u"INSERT INTO modx_ms2_order_logs (user_id, order_id, timestamp, action, entry, ip) VALUES "
                     u"(5, %1, NOW(), 'status', '1', '{\"ip\":\"10.9.9.9\"}')"_s.arg(fresh)));
        const QString ext = u"2611-%1"_s.arg(fresh);

        const SyncRoundSummary s = syncOnce();
        QVERIFY2(!s.error, qPrintable(errorText(s.error)));
        QCOMPARE(s.orders.sent, 1);
        QCOMPARE(s.statusSent, 0); // its creation row: the upload carried the status already
        const QJsonObject stored = crmOrder(ext);
        QCOMPARE(stored.value(u"status"_s).toString(), u"new"_s);
        QVERIFY(!stored.value(u"items"_s).toArray().isEmpty());
        verifyQuiet();
        const auto counts = SyncFixture::externalIdCounts(m_fx.dump()->value(u"orders"_s).toArray());
        QCOMPARE(counts.value(ext), 1);
    }

    void confirmedOrderIsUploaded()
    {
        newShop();
        QVERIFY(!syncOnce().error);
        // An order still in status 0 was skipped; the buyer confirms it (status 1 + log row).
        const auto [id, ext] = orderInStatus(0);
        QVERIFY(id > 0);
        QVERIFY(crmOrder(ext).isEmpty());
        QVERIFY(shopSetsStatus(id, 1));
        const SyncRoundSummary s = syncOnce();
        QVERIFY2(!s.error, qPrintable(errorText(s.error)));
        QCOMPARE(crmOrder(ext).value(u"status"_s).toString(), u"new"_s);
        QCOMPARE(SyncFixture::externalIdCounts(m_fx.dump()->value(u"orders"_s).toArray()).value(ext), 1);
    }

    void orderMissingInCrmIsUploadedWhole()
    {
        newShop();
        QVERIFY(!syncOnce().error);
        // The CRM loses everything; then the shop changes a status: the edit answers 404 → the order goes up whole.
        QVERIFY(m_fx.resetCrm().ok());
        const auto [id, ext] = orderInStatus(1);
        QVERIFY(shopSetsStatus(id, 2));
        const SyncRoundSummary s = syncOnce();
        QVERIFY2(!s.error, qPrintable(errorText(s.error)));
        QCOMPARE(s.statusUploadedWhole, 1);
        QCOMPARE(s.statusFailed, 0);
        QCOMPARE(crmOrder(ext).value(u"status"_s).toString(), u"prepayed"_s);
    }

    void failingPushIsRetriedNextRound()
    {
        newShop();
        QVERIFY(!syncOnce().error);
        const auto [id, ext] = orderInStatus(1);
        QVERIFY(exec(u"UPDATE modx_ms2_order_statuses SET retailcrm_status_code = 'no-such-status' WHERE id = 4"_s));
        QVERIFY(shopSetsStatus(id, 4));
        const SyncRoundSummary s = syncOnce();
        QVERIFY(!s.error);
        QCOMPARE(s.statusFailed, 1);
        QCOMPARE(s.failures.size(), 1);
        QCOMPARE(s.failures.first().externalId, ext);
        QVERIFY2(s.failures.first().reason.contains(u"no-such-status"_s), qPrintable(s.failures.first().reason));
        QCOMPARE(crmOrder(ext).value(u"status"_s).toString(), u"new"_s);
        // Fixed mapping: the next round pushes the order's current status.
        QVERIFY(exec(u"UPDATE modx_ms2_order_statuses SET retailcrm_status_code = 'cancel-other' WHERE id = 4"_s));
        const SyncRoundSummary next = syncOnce();
        QVERIFY(!next.error);
        QCOMPARE(next.statusFailed, 0);
        QCOMPARE(next.statusSent, 1);
        QCOMPARE(crmOrder(ext).value(u"status"_s).toString(), u"cancel-other"_s);
        verifyQuiet();
    }

    void watchRepeatsAndCancels()
    {
        newShop({ 1, 2, 3, 4, 5 }, 60);
        SyncOptions o;
        o.watch = true;
        o.intervalSeconds = 1;
        o.maxRounds = 3;
        auto *job = new SyncJob(m_fx.environment(m_shop.profile, m_shop.statePath), o);
        QSignalSpy rounds(job, &SyncJob::roundFinished);
        job->start();
        QVERIFY(job->waitForFinished(120000));
        QCOMPARE(rounds.size(), 3);
        QCOMPARE(job->rounds(), 3);
        QVERIFY(!job->wasCancelled());
        delete job;

        // Cancel while it waits between rounds: it ends at once, cleanly.
        o.maxRounds = 0;
        o.intervalSeconds = 3600;
        job = new SyncJob(m_fx.environment(m_shop.profile, m_shop.statePath), o);
        QSignalSpy more(job, &SyncJob::roundFinished);
        job->start();
        QTRY_COMPARE_WITH_TIMEOUT(more.size(), 1, 60000);
        QElapsedTimer t;
        t.start();
        job->cancel();
        QVERIFY(job->waitForFinished(10000));
        QVERIFY(t.elapsed() < 5000);
        QVERIFY(job->wasCancelled());
        delete job;
        auto state = StateStore::open(m_shop.statePath);
        QVERIFY(!(*state)->runs()->isEmpty());
        QVERIFY((*state)->lock().ok()); // the lock was given back
        (*state)->unlock();
    }

    void secondJobIsRefused()
    {
        newShop({ 1, 2, 3, 4, 5 }, 40);
        auto state = StateStore::open(m_shop.statePath);
        QVERIFY(state.ok());
        QVERIFY((*state)->lock().ok());
        const SyncRoundSummary s = syncOnce();
        QVERIFY(s.error);
        QCOMPARE(s.error->code, ErrorCode::Config);
        (*state)->unlock();
    }
};

QTEST_GUILESS_MAIN(TestSyncRound)
#include "TestSyncRound.moc"
