// Upload jobs (customers, orders) against the real sandbox CRM and a demo shop on a private MariaDB:
// the CRM ends up holding exactly the mapper's JSON, reruns and restarts send nothing twice, 460
// partial failures carry the CRM's reasons, cancel + resume and injected faults (503, resets after
// processing) still give every order exactly once.
#include "SyncFixture.h"
#include "sync/StateStore.h"
#include "sync/UploadJob.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rd;
using rd::test::SyncFixture;

namespace {

DemoShopOptions smallShop(int orders = 300, int customers = 80)
{
    DemoShopOptions o;
    o.products = 40;
    o.customers = customers;
    o.orders = orders;
    o.seed = 11;
    return o;
}

QString errorText(const UploadSummary &s)
{
    return s.error ? s.error->toString() : QString();
}

} // namespace

class TestUploadJob final : public QObject
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
    };

    Shop newShop(const DemoShopOptions &options = smallShop())
    {
        Shop s;
        const QString name = u"shop%1"_s.arg(++m_serial);
        auto settings = m_fx.createShop(name, options);
        if (!settings)
            qFatal("%s", qPrintable(settings.error().toString()));
        s.settings = *settings;
        s.profile = m_fx.profile(s.settings);
        s.statePath = m_fx.statePath(name);
        return s;
    }

    UploadSummary upload(const Shop &shop, UploadOptions options, QList<QString> *failedIds = nullptr,
                         const std::function<void(UploadJob *)> &whileRunning = {})
    {
        auto *job = new UploadJob(m_fx.environment(shop.profile, shop.statePath), options);
        QSignalSpy failed(job, &Job::itemFailed);
        job->start();
        if (whileRunning)
            whileRunning(job);
        if (!job->waitForFinished(300000))
            qFatal("upload did not finish");
        const UploadSummary s = job->summary();
        if (failedIds)
            for (const auto &args : failed)
                failedIds->append(args.at(0).toString());
        delete job;
        return s;
    }

    // Every sendable order/customer is in the CRM exactly once, holding the mapper's JSON; nothing else is.
    void verifyCrmHolds(const QList<MappedEntity> &mapped, const QString &listKey,
                        const QSet<QString> &allowedFailures = {})
    {
        auto dump = m_fx.dump();
        QVERIFY2(dump.ok(), qPrintable(dump.ok() ? QString() : dump.error().toString()));
        const QJsonArray stored = dump->value(listKey).toArray();
        const QHash<QString, int> counts = SyncFixture::externalIdCounts(stored);
        QHash<QString, QJsonObject> byExt;
        for (const QJsonValue &v : stored)
            byExt.insert(v.toObject().value(u"externalId"_s).toString(), v.toObject());
        int sendable = 0;
        for (const MappedEntity &m : mapped) {
            if (m.isSkipped())
                continue;
            if (allowedFailures.contains(m.externalId())) {
                QVERIFY2(!counts.contains(m.externalId()), qPrintable(m.externalId()));
                continue;
            }
            ++sendable;
            QVERIFY2(
                counts.value(m.externalId()) == 1,
                qPrintable(
                    u"%1 %2 is in the CRM %3 times"_s.arg(listKey, m.externalId()).arg(counts.value(m.externalId()))));
            const QString diff = SyncFixture::difference(m.json, byExt.value(m.externalId()));
            QVERIFY2(diff.isEmpty(), qPrintable(m.externalId() + u": "_s + diff));
        }
        if (listKey == u"orders")
            QCOMPARE(stored.size(), sendable);
    }

    qint64 endpointCount(const QString &endpoint)
    {
        auto stats = m_fx.stats();
        return stats ? stats->value(u"endpoints"_s).toObject().value(endpoint).toInteger() : -1;
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
        QVERIFY(m_fx.configureCrm({ { u"latencyMs"_s, 50 },
                                    { u"fault503"_s, 0 },
                                    { u"faultReset"_s, 0 },
                                    { u"faultsAfterProcessing"_s, false },
                                    { u"rateLimit"_s, 0 } })
                    .ok());
    }

    void customersMatchMapping()
    {
        const Shop shop = newShop(smallShop(20, 60));
        UploadOptions o;
        o.kind = EntityKind::Customer;
        const UploadSummary s = upload(shop, o);
        QVERIFY2(!s.error, qPrintable(errorText(s)));
        QCOMPARE(s.read, 61); // 60 customers + the staff user
        QCOMPARE(s.sent, 60);
        QCOMPARE(s.skipped, 1);
        QCOMPARE(s.skipReasons.value(u"super user (staff)"_s), 1);
        QCOMPARE(s.failed, 0);
        QVERIFY(s.addsUp());
        QCOMPARE(s.total, 61);

        auto mapped = m_fx.mappedCustomers(shop.settings, shop.profile);
        QVERIFY(mapped.ok());
        verifyCrmHolds(*mapped, u"customers"_s);
        auto dump = m_fx.dump();
        QCOMPARE(dump->value(u"customers"_s).toArray().size(), 60);

        auto state = StateStore::open(shop.statePath);
        QVERIFY(state.ok());
        QCOMPARE(*(*state)->count(EntityKind::Customer, JournalState::Sent), 60);
        QCOMPARE(*(*state)->count(EntityKind::Customer, JournalState::Skipped), 1);
        QCOMPARE((*state)->runs()->first().outcome, RunRecord::Outcome::Finished);
        QCOMPARE((*state)->runs()->first().sent, 60);

        // A rerun sends nothing.
        const qint64 uploadsBefore = endpointCount(u"POST /api/v5/customers/upload"_s);
        const UploadSummary again = upload(shop, o);
        QVERIFY(!again.error);
        QCOMPARE(again.sent, 0);
        QCOMPARE(again.alreadySent, 60);
        QVERIFY(again.addsUp());
        QCOMPARE(endpointCount(u"POST /api/v5/customers/upload"_s), uploadsBefore);

        // --restart: every customer is offered again; the CRM's "already exists" (its errors keyed by the
        // position in the batch, while the externalIds are numbers too) is tied to the right customer,
        // the look-up confirms each, and nothing fails or doubles.
        o.restart = true;
        const UploadSummary restarted = upload(shop, o);
        QVERIFY2(!restarted.error, qPrintable(errorText(restarted)));
        QCOMPARE(restarted.failed, 0);
        QCOMPARE(restarted.foundInCrm, 60);
        QCOMPARE(restarted.sent, 0);
        QVERIFY(restarted.addsUp());
        QCOMPARE(m_fx.dump()->value(u"customers"_s).toArray().size(), 60);
    }

    void ordersMatchMappingAndRerunSendsNothing()
    {
        const Shop shop = newShop();
        UploadOptions o;
        o.kind = EntityKind::Order;
        const UploadSummary s = upload(shop, o);
        QVERIFY2(!s.error, qPrintable(errorText(s)));
        QCOMPARE(s.read, 300);
        QVERIFY(s.addsUp());
        QCOMPARE(s.failed, 0);
        QVERIFY(s.skipped > 0); // the demo shop has status 0 and 999 orders
        QVERIFY(s.customersCreated > 0);

        auto mapped = m_fx.mappedOrders(shop.settings, shop.profile);
        QVERIFY(mapped.ok());
        int sendable = 0;
        QMap<QString, qint64> skipReasons;
        for (const MappedEntity &m : *mapped) {
            if (m.isSkipped())
                skipReasons[*m.skipReason] += 1;
            else
                ++sendable;
        }
        QCOMPARE(s.sent, sendable);
        QCOMPARE(s.skipReasons, skipReasons);
        verifyCrmHolds(*mapped, u"orders"_s);

        // Every customer an order references is in the CRM (staff too), once.
        auto dump = m_fx.dump();
        const QHash<QString, int> customers = SyncFixture::externalIdCounts(dump->value(u"customers"_s).toArray());
        for (const QJsonValue &v : dump->value(u"orders"_s).toArray()) {
            const QString ref = v.toObject().value(u"customer"_s).toObject().value(u"externalId"_s).toString();
            QVERIFY2(customers.value(ref) == 1, qPrintable(ref));
        }
        QCOMPARE(customers.size(), dump->value(u"customers"_s).toArray().size());
        QCOMPARE(s.customersCreated, customers.size());

        // Rerun: no new upload call, nothing new in the CRM.
        const qint64 uploadsBefore = endpointCount(u"POST /api/v5/orders/upload"_s);
        const UploadSummary again = upload(shop, o);
        QVERIFY(!again.error);
        QCOMPARE(again.sent, 0);
        QCOMPARE(again.alreadySent, sendable);
        QCOMPARE(again.read, 300);
        QVERIFY(again.addsUp());
        QCOMPARE(endpointCount(u"POST /api/v5/orders/upload"_s), uploadsBefore);
        QCOMPARE(m_fx.dump()->value(u"orders"_s).toArray().size(), sendable);

        // --restart forgets the journal: every order is offered again, the CRM says "already exists",
        // the look-up confirms it, and still nothing is duplicated.
        o.restart = true;
        const UploadSummary restarted = upload(shop, o);
        QVERIFY2(!restarted.error, qPrintable(errorText(restarted)));
        QCOMPARE(restarted.sent, 0);
        QCOMPARE(restarted.foundInCrm, sendable);
        QCOMPARE(restarted.failed, 0);
        QVERIFY(restarted.addsUp());
        verifyCrmHolds(*mapped, u"orders"_s);
    }

    void partialFailuresCarryReasons()
    {
        const Shop shop = newShop();
        // Status 3 now maps to a code the CRM does not know: those orders fail with the CRM's reason (460).
        auto db = m_fx.shopConnection(shop.settings.database);
        QVERIFY(db.ok());
        {
            QSqlQuery q(*db);
            QVERIFY(
                q.exec(u"UPDATE modx_ms2_order_statuses SET retailcrm_status_code = 'no-such-status' WHERE id = 3"_s));
        }
        QSet<QString> expectedFailures;
        {
            QSqlQuery q(*db);
            QVERIFY(q.exec(u"SELECT num FROM modx_ms2_orders WHERE status = 3"_s));
            while (q.next())
                expectedFailures.insert(q.value(0).toString().replace(u'/', u'-'));
        }
        SyncFixture::closeShopConnection(*db);
        QVERIFY(expectedFailures.size() > 5);

        UploadOptions o;
        QList<QString> signalled;
        const UploadSummary s = upload(shop, o, &signalled);
        QVERIFY2(!s.error, qPrintable(errorText(s)));
        QCOMPARE(s.failed, expectedFailures.size());
        QVERIFY(s.addsUp());
        QCOMPARE(s.failures.size(), expectedFailures.size());
        QSet<QString> failedIds;
        for (const FailedItem &f : s.failures) {
            failedIds.insert(f.externalId);
            QVERIFY2(f.reason.contains(u"no-such-status"_s), qPrintable(f.reason));
            QVERIFY(f.shopId > 0);
        }
        QCOMPARE(failedIds, expectedFailures);
        QCOMPARE(QSet<QString>(signalled.begin(), signalled.end()), expectedFailures);

        auto mapped = m_fx.mappedOrders(shop.settings, shop.profile);
        QVERIFY(mapped.ok());
        verifyCrmHolds(*mapped, u"orders"_s, expectedFailures);

        auto state = StateStore::open(shop.statePath);
        QVERIFY(state.ok());
        auto failedRows = (*state)->records(EntityKind::Order, JournalState::Failed);
        QCOMPARE(failedRows->size(), expectedFailures.size());
        QVERIFY(failedRows->first().reason.contains(u"no-such-status"_s));
        QCOMPARE(failedRows->first().attempts, 1);

        // A rerun retries only the failed ones (still failing), sends nothing else.
        const UploadSummary again = upload(shop, o);
        QCOMPARE(again.failed, expectedFailures.size());
        QCOMPARE(again.sent, 0);
        QVERIFY(again.addsUp());
        QCOMPARE((*state)->records(EntityKind::Order, JournalState::Failed)->first().attempts, 2);
    }

    void faultsStillGiveExactlyOnce()
    {
        const Shop shop = newShop();
        QVERIFY(m_fx.configureCrm({ { u"latencyMs"_s, 80 },
                                    { u"fault503"_s, 0.2 },
                                    { u"faultReset"_s, 0.05 },
                                    { u"faultsAfterProcessing"_s, true },
                                    { u"randomSeed"_s, 5 } })
                    .ok());
        UploadOptions o;
        o.batchSize = 10; // more calls, more faults
        JobEnvironment env = m_fx.environment(shop.profile, shop.statePath);
        env.tuneCrm = [](CrmConfig &c) {
            c.retryBaseMs = 100;
            c.retryCapMs = 800;
            c.maxRetries = 8;
        };
        auto *job = new UploadJob(env, o);
        job->start();
        QVERIFY(job->waitForFinished(300000));
        const UploadSummary s = job->summary();
        delete job;
        QVERIFY(m_fx.configureCrm({ { u"fault503"_s, 0 }, { u"faultReset"_s, 0 } }).ok());
        QVERIFY2(!s.error, qPrintable(errorText(s)));
        QCOMPARE(s.failed, 0);
        QVERIFY(s.addsUp());
        auto stats = m_fx.stats();
        QVERIFY(stats->value(u"injected503"_s).toInt() > 0);
        QVERIFY2(stats->value(u"resets"_s).toInt() > 0, QJsonDocument(*stats).toJson().constData());
        // Lost answers were looked up (a reset after processing → the retry hears "already exists").
        const QJsonObject endpoints = stats->value(u"endpoints"_s).toObject();
        QVERIFY2(endpoints.value(u"GET /api/v5/orders"_s).toInt() + endpoints.value(u"GET /api/v5/customers"_s).toInt()
                     > 0,
                 QJsonDocument(*stats).toJson().constData());
        auto mapped = m_fx.mappedOrders(shop.settings, shop.profile);
        verifyCrmHolds(*mapped, u"orders"_s);
        // Customers too: exactly once each.
        const QHash<QString, int> customers
            = SyncFixture::externalIdCounts(m_fx.dump()->value(u"customers"_s).toArray());
        for (auto it = customers.cbegin(); it != customers.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
    }

    // The case: 1 s answers, 20 % 503s and 5 % connection resets, the profile's rate limit
    // (10/s, enforced by the sandbox too), several calls in flight. A full upload (customers, then
    // orders) leaves every sendable row exactly once in the CRM, holding the mapper's JSON. Resets
    // come before processing for the customers (the retry resends) and after it for the orders (the
    // answer is lost, the CRM has the order: the retry hears "already exists" and looks it up).
    void fullUploadUnderFaultsAndOneSecondLatency()
    {
        const Shop shop = newShop(smallShop(300, 120));
        QVERIFY(m_fx.configureCrm({ { u"latencyMs"_s, 1000 },
                                    { u"rateLimit"_s, 10 },
                                    { u"fault503"_s, 0.2 },
                                    { u"faultReset"_s, 0.05 },
                                    { u"faultsAfterProcessing"_s, false },
                                    { u"randomSeed"_s, 17 } })
                    .ok());
        QVERIFY(m_fx.sandbox().control("POST", u"/_sandbox/stats/reset"_s).ok());
        JobEnvironment env = m_fx.environment(shop.profile, shop.statePath);
        env.tuneCrm = [](CrmConfig &c) {
            c.retryBaseMs = 200;
            c.retryCapMs = 2000;
            c.maxRetries = 8;
        };
        const auto run = [&env](EntityKind kind) {
            UploadOptions o;
            o.kind = kind;
            o.batchSize = 10; // more calls (43 uploads), so more faults, many in flight together
            auto *job = new UploadJob(env, o);
            job->start();
            if (!job->waitForFinished(300000))
                qFatal("upload did not finish");
            const UploadSummary s = job->summary();
            delete job;
            return s;
        };
        QElapsedTimer clock;
        clock.start();
        const UploadSummary customers = run(EntityKind::Customer);
        QVERIFY2(!customers.error, qPrintable(errorText(customers)));
        QVERIFY(m_fx.configureCrm({ { u"faultsAfterProcessing"_s, true } }).ok());
        const UploadSummary orders = run(EntityKind::Order);
        QVERIFY2(!orders.error, qPrintable(errorText(orders)));
        const qint64 elapsed = clock.elapsed();
        auto stats = m_fx.stats();
        QVERIFY(m_fx.configureCrm({ { u"latencyMs"_s, 50 }, { u"fault503"_s, 0 }, { u"faultReset"_s, 0 } }).ok());
        qInfo("customers %lld sent in %lld calls, orders %lld sent in %lld calls, %lld ms; sandbox: %s", customers.sent,
              customers.requests, orders.sent, orders.requests, elapsed,
              QJsonDocument(QJsonObject { { u"injected503"_s, stats->value(u"injected503"_s) },
                                          { u"resets"_s, stats->value(u"resets"_s) },
                                          { u"rateLimited503"_s, stats->value(u"rateLimited503"_s) },
                                          { u"maxInFlight"_s, stats->value(u"maxInFlight"_s) } })
                  .toJson(QJsonDocument::Compact)
                  .constData());

        QCOMPARE(customers.failed, 0);
        QCOMPARE(orders.failed, 0);
        QVERIFY(customers.addsUp());
        QVERIFY(orders.addsUp());
        QCOMPARE(customers.read, 121); // 120 customers + the staff user
        QCOMPARE(orders.read, 300);
        // The faults did happen, and several calls were on the wire at once.
        QVERIFY2(stats->value(u"injected503"_s).toInt() > 0, QJsonDocument(*stats).toJson().constData());
        QVERIFY2(stats->value(u"resets"_s).toInt() > 0, QJsonDocument(*stats).toJson().constData());
        QVERIFY2(stats->value(u"maxInFlight"_s).toInt() >= 4, QJsonDocument(*stats).toJson().constData());

        // What the CRM stores: every sendable customer and order once, with the mapper's JSON.
        auto mappedCustomers = m_fx.mappedCustomers(shop.settings, shop.profile);
        QVERIFY(mappedCustomers.ok());
        verifyCrmHolds(*mappedCustomers, u"customers"_s);
        auto mappedOrders = m_fx.mappedOrders(shop.settings, shop.profile);
        QVERIFY(mappedOrders.ok());
        verifyCrmHolds(*mappedOrders, u"orders"_s);
        int sendable = 0;
        for (const MappedEntity &m : *mappedOrders)
            sendable += m.isSkipped() ? 0 : 1;
        QCOMPARE(orders.sent + orders.foundInCrm, sendable);
        const QJsonArray storedCustomers = m_fx.dump()->value(u"customers"_s).toArray();
        const QHash<QString, int> counts = SyncFixture::externalIdCounts(storedCustomers);
        QCOMPARE(counts.size(), storedCustomers.size()); // no customer twice (nor one without externalId)
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
    }

    void cancelThenResume()
    {
        const Shop shop = newShop();
        QVERIFY(m_fx.configureCrm({ { u"latencyMs"_s, 300 } }).ok());
        Profile slow = shop.profile;
        slow.crm.rateLimit = 3;
        Shop s2 = shop;
        s2.profile = slow;
        UploadOptions o;
        const UploadSummary first = upload(s2, o, nullptr, [](UploadJob *job) {
            QSignalSpy progress(job, &Job::progress);
            QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(0).toLongLong() >= 60, 60000);
            job->cancel();
        });
        QVERIFY(first.cancelled);
        QVERIFY(!first.error);
        QVERIFY(first.addsUp());
        QVERIFY(first.read < 300);
        auto state = StateStore::open(shop.statePath);
        QCOMPARE((*state)->runs()->first().outcome, RunRecord::Outcome::Cancelled);

        QVERIFY(m_fx.configureCrm({ { u"latencyMs"_s, 50 } }).ok());
        const UploadSummary second = upload(shop, o);
        QVERIFY2(!second.error, qPrintable(errorText(second)));
        QVERIFY(!second.cancelled);
        QCOMPARE(second.read, 300);
        QCOMPARE(second.failed, 0);
        QVERIFY(second.alreadySent > 0);
        auto mapped = m_fx.mappedOrders(shop.settings, shop.profile);
        verifyCrmHolds(*mapped, u"orders"_s);
    }

    void dryRunSendsNothing()
    {
        const Shop shop = newShop(smallShop(120, 40));
        const qint64 before = m_fx.stats()->value(u"apiRequests"_s).toInteger();
        UploadOptions o;
        o.dryRun = true;
        auto *job = new UploadJob(m_fx.environment(shop.profile, shop.statePath), o);
        QSignalSpy payloads(job, &UploadJob::payload);
        job->start();
        QVERIFY(job->waitForFinished(60000));
        const UploadSummary s = job->summary();
        delete job;
        QVERIFY2(!s.error, qPrintable(errorText(s)));
        QVERIFY(s.dryRun);
        QVERIFY(s.addsUp());
        QCOMPARE(m_fx.stats()->value(u"apiRequests"_s).toInteger(), before);
        QCOMPARE(m_fx.dump()->value(u"orders"_s).toArray().size(), 0);

        auto mapped = m_fx.mappedOrders(shop.settings, shop.profile);
        QHash<QString, QJsonObject> expected;
        for (const MappedEntity &m : *mapped)
            if (!m.isSkipped())
                expected.insert(m.externalId(), m.json);
        int orders = 0;
        int customers = 0;
        for (const auto &args : payloads) {
            const QJsonArray items = args.at(1).toJsonArray();
            QVERIFY(items.size() <= 50);
            if (args.at(0).toString() == u"orders/upload") {
                for (const QJsonValue &v : items) {
                    ++orders;
                    QCOMPARE(v.toObject(), expected.value(v.toObject().value(u"externalId"_s).toString()));
                }
            } else {
                QCOMPARE(args.at(0).toString(), u"customers/upload"_s);
                customers += items.size();
            }
        }
        QCOMPARE(orders, expected.size());
        QCOMPARE(s.sent, expected.size());
        QVERIFY(customers > 0);
        QCOMPARE(customers, s.customersCreated);
        // Nothing stored.
        auto state = StateStore::open(shop.statePath);
        QCOMPARE(*(*state)->count(EntityKind::Order), 0);
        QVERIFY((*state)->runs()->isEmpty());
    }

    void idsAndSinceFilters()
    {
        const Shop shop = newShop(smallShop(120, 40));
        UploadOptions o;
        o.ids = { 5, 7, 9 };
        const UploadSummary s = upload(shop, o);
        QVERIFY(!s.error);
        QCOMPARE(s.read, 3);
        QVERIFY(s.addsUp());

        auto db = m_fx.shopConnection(shop.settings.database);
        QVERIFY(db.ok());
        QSqlQuery q(*db);
        QVERIFY(q.exec(u"SELECT DATE(createdon) FROM modx_ms2_orders ORDER BY createdon LIMIT 1 OFFSET 100"_s));
        QVERIFY(q.next());
        const QDate since = q.value(0).toDate();
        QVERIFY(
            q.exec(u"SELECT COUNT(*) FROM modx_ms2_orders WHERE createdon >= '%1'"_s.arg(since.toString(Qt::ISODate))));
        QVERIFY(q.next());
        const int expected = q.value(0).toInt();
        q = QSqlQuery();
        SyncFixture::closeShopConnection(*db);
        UploadOptions bySince;
        bySince.since = since;
        const UploadSummary s2 = upload(shop, bySince);
        QVERIFY(!s2.error);
        QCOMPARE(s2.read, expected);
        QVERIFY(s2.addsUp());
    }

    void staleJournalHeals()
    {
        const Shop shop = newShop(smallShop(100, 40));
        UploadOptions o;
        QVERIFY(!upload(shop, o).error);
        // The CRM loses everything (a reset account): the journal still says the customers exist.
        QVERIFY(m_fx.resetCrm().ok());
        o.restart = true;
        const UploadSummary s = upload(shop, o);
        QVERIFY2(!s.error, qPrintable(errorText(s)));
        QCOMPARE(s.failed, 0);
        QVERIFY(s.addsUp());
        auto mapped = m_fx.mappedOrders(shop.settings, shop.profile);
        verifyCrmHolds(*mapped, u"orders"_s);
    }
};

QTEST_GUILESS_MAIN(TestUploadJob)
#include "TestUploadJob.moc"
