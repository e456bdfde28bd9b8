// Stock and price upload against the sandbox CRM: batches of 250, offers the CRM lacks reported one by
// one, counts that add up, stores and price types checked, resume after a cancel, shops without stock.
#include "CatalogFixture.h"
#include "catalog/CatalogOfferBuilder.h"
#include "catalog/CatalogProductReader.h"
#include "catalog/CatalogShopContext.h"
#include "catalog/CatalogStockJournal.h"
#include "catalog/StockUploader.h"
#include "crm/CrmClient.h"
#include "crm/CrmDecode.h"
#include "demo/DemoShopGenerator.h"
#include "demo/SandboxProcess.h"
#include "shop/ShopDatabase.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

template<typename R> QString errorText(const R &result)
{
    return result ? QString() : result.error().toString();
}

struct ExpectedOffer
{
    QString id;
    std::optional<int> quantity;
    double price = 0;
};

} // namespace

class TestStockUploader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void journal();
    void uploadsInBatches();
    void resumesAfterCancel();
    void noStockColumn();
    void unknownStoreAndPriceType();
    void wrongKey();

private:
    rd::CrmConfig config(const QString &key = {}) const;
    QList<ExpectedOffer> expectedOffers(rd::ShopDatabase &db, const rd::CatalogOptions &options);
    // Loads these offers into the sandbox CRM (as if it had read the ICML).
    void loadIntoCrm(const QList<ExpectedOffer> &offers);
    qint64 endpointCalls(const QString &path);
    QJsonObject crmOffer(const QString &externalId);

    QTemporaryDir m_tmp;
    rd::SandboxProcess m_sandbox;
    QUrl m_url;
    const QString m_key = u"stock-test-key"_s;
    const QString m_site = u"demo-shop"_s;
    std::shared_ptr<rd::ShopDatabase> m_demo;
};

void TestStockUploader::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    rd::SandboxOptions options;
    options.apiKey = m_key;
    options.site = m_site;
    const rd::Result<QUrl> url = m_sandbox.start(options);
    QVERIFY2(url, qPrintable(errorText(url)));
    m_url = *url;

    const QString path = m_tmp.path() + u"/demo.sqlite"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"stock-demo"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        rd::DemoShopOptions o;
        o.products = 600;
        o.customers = 5;
        o.orders = 5;
        o.msOptionsPrice = true;
        const rd::Status st = rd::generateDemoShop(db, o);
        QVERIFY2(st, qPrintable(errorText(st)));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"stock-demo"_s);
    rd::ShopSettings s;
    s.driver = rd::ShopSettings::Driver::Sqlite;
    s.path = path;
    auto db = rd::ShopDatabase::open(s);
    QVERIFY2(db, qPrintable(errorText(db)));
    m_demo = *db;
}

void TestStockUploader::init()
{
    QVERIFY(m_sandbox.control("POST", u"/_sandbox/reset"_s, { { u"catalog"_s, true } }).ok());
    QVERIFY(m_sandbox.control("POST", u"/_sandbox/stats/reset"_s).ok());
}

void TestStockUploader::cleanupTestCase()
{
    m_sandbox.stop();
}

rd::CrmConfig TestStockUploader::config(const QString &key) const
{
    rd::CrmConfig c;
    c.baseUrl = m_url;
    c.apiKey = key.isEmpty() ? m_key : key;
    c.site = m_site;
    c.timeoutMs = 20000;
    c.maxRetries = 1;
    c.rateLimit = 100;
    return c;
}

QList<ExpectedOffer> TestStockUploader::expectedOffers(rd::ShopDatabase &db, const rd::CatalogOptions &options)
{
    QList<ExpectedOffer> out;
    auto ctx = rd::CatalogShopContext::load(db, options);
    if (!ctx)
        return out;
    rd::CatalogOfferBuilder builder(options, *ctx);
    rd::CatalogProductReader reader(db, ctx->info, 0, 500, ctx->modifications);
    rd::CatalogSkipLog skips;
    while (!reader.atEnd()) {
        auto page = reader.nextPage();
        if (!page)
            return {};
        for (const rd::ShopProduct &p : *page) {
            QList<rd::CatalogOffer> offers;
            builder.build(p, offers, skips);
            for (const rd::CatalogOffer &o : offers)
                out.append({ o.id, o.quantity, o.price.toDouble() });
        }
    }
    return out;
}

void TestStockUploader::loadIntoCrm(const QList<ExpectedOffer> &offers)
{
    QJsonArray products;
    for (qsizetype i = 0; i < offers.size(); i += 100) {
        products = {};
        for (qsizetype j = i; j < qMin(offers.size(), i + 100); ++j) {
            QJsonObject offer;
            offer.insert(u"externalId"_s, offers[j].id);
            QJsonObject product;
            product.insert(u"externalId"_s, QString(u"p-"_s + offers[j].id));
            product.insert(u"name"_s, QString(u"Offer "_s + offers[j].id));
            product.insert(u"offers"_s, QJsonArray { offer });
            products.append(product);
        }
        const auto r = m_sandbox.control("POST", u"/_sandbox/products"_s, { { u"products"_s, products } }, 30000);
        QVERIFY2(r, qPrintable(errorText(r)));
    }
}

qint64 TestStockUploader::endpointCalls(const QString &path)
{
    const auto stats = m_sandbox.stats();
    if (!stats)
        return -1;
    const QJsonObject endpoints = stats->value(u"endpoints"_s).toObject();
    qint64 n = 0;
    for (auto it = endpoints.begin(); it != endpoints.end(); ++it)
        if (it.key().contains(path))
            n += it.value().toInteger();
    return n;
}

QJsonObject TestStockUploader::crmOffer(const QString &externalId)
{
    rd::CrmClient client(config());
    rd::CrmQuery q;
    q.add(u"filter[externalIds][]"_s, externalId);
    auto page = rd::CrmDecode::page(client.waitFor(client.storeOffers(q)), u"offers"_s);
    if (!page || page->items.isEmpty())
        return {};
    return page->items.first().toObject();
}

void TestStockUploader::journal()
{
    const QString path = m_tmp.path() + u"/state/j1.sqlite"_s;
    {
        auto j = rd::CatalogStockJournal::open(path);
        QVERIFY2(j, qPrintable(errorText(j)));
        auto pos = (*j)->position();
        QVERIFY(pos && !pos->has_value());
        QVERIFY((*j)->setPosition(42));
        QVERIFY((*j)->setPosition(84));
        auto run = (*j)->beginRun(84);
        QVERIFY(run && *run > 0);
        QVERIFY((*j)->recordItems(*run, { { u"stock"_s, u"mod-1-2"_s, u"not-found"_s, u"why"_s } }));
        auto items = (*j)->items(*run);
        QVERIFY(items);
        QCOMPARE(items->size(), 1);
        QCOMPARE(items->first().offerId, u"mod-1-2"_s);
        QVERIFY((*j)->finishRun(*run, u"finished"_s, { { u"offers"_s, 3 } }));
        QCOMPARE((*j)->runSummary(*run)->value(u"offers"_s).toInt(), 3);
    }
    {
        auto j = rd::CatalogStockJournal::open(path); // reopened: the position survives
        QVERIFY(j);
        QCOMPARE((*j)->position()->value_or(0), 84);
        QVERIFY((*j)->clearPosition());
        QVERIFY(!(*j)->position()->has_value());
    }
    // A file from a newer RetailDesk is refused.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"j-newer"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"UPDATE catalog_schema SET version = 99"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"j-newer"_s);
    auto newer = rd::CatalogStockJournal::open(path);
    QVERIFY(!newer);
    QCOMPARE(newer.error().code, rd::ErrorCode::Config);
}

void TestStockUploader::uploadsInBatches()
{
    rd::CatalogOptions options;
    options.modifications = true;
    options.pageSize = 100;
    const QList<ExpectedOffer> offers = expectedOffers(*m_demo, options);
    QVERIFY(offers.size() > 600); // products and modifications: several batches of 250
    // The CRM knows all offers but every 7th.
    QList<ExpectedOffer> known;
    QSet<QString> missing;
    for (qsizetype i = 0; i < offers.size(); ++i) {
        if (i % 7 == 3)
            missing.insert(offers[i].id);
        else
            known.append(offers[i]);
    }
    loadIntoCrm(known);
    QVERIFY(m_sandbox.control("POST", u"/_sandbox/stats/reset"_s).ok());

    rd::CrmClient client(config());
    auto journal = rd::CatalogStockJournal::open(m_tmp.path() + u"/state/batches.sqlite"_s);
    QVERIFY(journal);
    rd::StockUploader uploader(*m_demo, client, options, {});
    uploader.setJournal(journal->get());
    QList<qint64> progress;
    uploader.setProgress([&progress](qint64 done, qint64) { progress.append(done); });
    auto summary = uploader.run();
    QVERIFY2(summary, qPrintable(errorText(summary)));
    QVERIFY2(!summary->error, qPrintable(summary->error ? summary->error->toString() : QString()));
    QVERIFY(summary->finished());
    QCOMPARE(summary->storeCode, u"main"_s); // the first active store
    QCOMPARE(summary->priceType, u"base"_s);
    QCOMPARE(summary->offers, offers.size());

    qint64 withQuantity = 0;
    for (const ExpectedOffer &o : offers)
        withQuantity += o.quantity ? 1 : 0;
    QCOMPARE(withQuantity, offers.size()); // 4.4.1: every offer has stock

    for (const rd::StockSummary::Leg *leg : { &summary->stock, &summary->prices }) {
        QVERIFY(leg->enabled);
        QCOMPARE(leg->queued, offers.size());
        QCOMPARE(leg->sent, leg->queued);
        QVERIFY(leg->addsUp());
        QCOMPARE(leg->notFound, missing.size());
        QCOMPARE(leg->processed, offers.size() - missing.size());
        QCOMPARE(leg->failed, 0);
        QCOMPARE(leg->unconfirmed, 0);
        QCOMPARE(leg->batches, (offers.size() + 249) / 250);
    }
    QCOMPARE(endpointCalls(u"store/inventories/upload"_s), summary->stock.batches);
    QCOMPARE(endpointCalls(u"store/prices/upload"_s), summary->prices.batches);
    QCOMPARE(summary->problemCount(), 2 * missing.size());

    // Every missing offer reported once per leg, with the reason.
    QSet<QString> stockMissing;
    QSet<QString> priceMissing;
    for (const rd::StockItemOutcome &i : summary->items) {
        QCOMPARE(i.outcome, u"not-found"_s);
        QVERIFY(i.reason.contains(i.offerId));
        QVERIFY(i.reason.contains(u"ICML"_s));
        (i.kind == u"stock" ? stockMissing : priceMissing).insert(i.offerId);
    }
    QCOMPARE(stockMissing, missing);
    QCOMPARE(priceMissing, missing);
    auto recorded = (*journal)->items(summary->runId);
    QVERIFY(recorded);
    QCOMPARE(recorded->size(), 2 * missing.size());
    QVERIFY(!(*journal)->position()->has_value()); // finished: no position left

    // The CRM now holds the shop's figures.
    for (const ExpectedOffer &o : { known.first(), known.at(known.size() / 2), known.last() }) {
        const QJsonObject offer = crmOffer(o.id);
        QVERIFY2(!offer.isEmpty(), qPrintable(o.id));
        QCOMPARE(offer.value(u"quantity"_s).toDouble(), double(*o.quantity));
        QCOMPARE(offer.value(u"price"_s).toDouble(), o.price);
    }
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last(), summary->products);
    const QJsonObject json = summary->toJson();
    QCOMPARE(json.value(u"stock"_s).toObject().value(u"notFound"_s).toInteger(), missing.size());
}

void TestStockUploader::resumesAfterCancel()
{
    rd::CatalogOptions options;
    options.modifications = true;
    options.pageSize = 50;
    const QList<ExpectedOffer> offers = expectedOffers(*m_demo, options);
    loadIntoCrm(offers);
    auto journal = rd::CatalogStockJournal::open(m_tmp.path() + u"/state/resume.sqlite"_s);
    QVERIFY(journal);
    rd::CrmClient client(config());

    std::atomic<bool> cancel = false;
    rd::StockOptions so;
    so.maxBatchesInFlight = 1;
    rd::StockUploader first(*m_demo, client, options, so);
    first.setJournal(journal->get());
    first.setCancelFlag(&cancel);
    first.setProgress([&cancel](qint64 done, qint64) {
        if (done >= 400)
            cancel = true;
    });
    auto s1 = first.run();
    QVERIFY2(s1, qPrintable(errorText(s1)));
    QVERIFY(s1->cancelled);
    QVERIFY(!s1->finished());
    QVERIFY(s1->products >= 400 && s1->products < 600);
    QVERIFY(s1->stock.addsUp() && s1->prices.addsUp());
    const auto position = (*journal)->position();
    QVERIFY(position && position->has_value());
    QVERIFY(**position > 0);

    rd::StockUploader second(*m_demo, client, options, so);
    second.setJournal(journal->get());
    auto s2 = second.run();
    QVERIFY2(s2, qPrintable(errorText(s2)));
    QVERIFY(s2->finished());
    QCOMPARE(s2->resumedAfter, **position);
    QVERIFY(s2->products < 600 - 300);
    // Together the two runs answered every offer (the first one's last partial batches were sent too,
    // so some offers may have been sent twice: harmless for absolute values).
    QVERIFY(s1->stock.sent + s2->stock.sent >= offers.size());
    QCOMPARE(s1->stock.notFound + s2->stock.notFound, 0);
    QVERIFY(!(*journal)->position()->has_value());

    // --restart ignores a position.
    QVERIFY((*journal)->setPosition(**position));
    so.restart = true;
    rd::StockUploader third(*m_demo, client, options, so);
    third.setJournal(journal->get());
    auto s3 = third.run();
    QVERIFY(s3 && s3->finished());
    QCOMPARE(s3->resumedAfter, 0);
    QCOMPARE(s3->stock.sent, offers.size());
}

void TestStockUploader::noStockColumn()
{
    rd::SchemaAddons addons;
    auto settings = rd::test::createSqliteCatalogShop(m_tmp.path() + u"/v30.sqlite"_s, rd::MiniShopGeneration::V3_0,
                                                      u"modx_"_s, addons);
    QVERIFY2(settings, qPrintable(errorText(settings)));
    auto db = rd::ShopDatabase::open(*settings);
    QVERIFY(db);
    rd::CatalogOptions options;
    const QList<ExpectedOffer> offers = expectedOffers(**db, options);
    QCOMPARE(offers.size(), 5);
    rd::CrmClient client(config());
    rd::StockUploader uploader(**db, client, options, {});
    auto summary = uploader.run();
    QVERIFY2(summary, qPrintable(errorText(summary)));
    QVERIFY(!summary->stock.enabled);
    QVERIFY(summary->stock.skippedBecause.contains(u"remains"_s));
    QCOMPARE(summary->stock.queued, 0);
    QVERIFY(summary->prices.enabled);
    QCOMPARE(summary->prices.sent, 5);
    QCOMPARE(summary->prices.notFound, 5); // nothing loaded into the CRM
    QCOMPARE(summary->skipped.total(), 2); // products 14 and 15, as in the ICML
    QCOMPARE(endpointCalls(u"store/inventories/upload"_s), 0);
    QCOMPARE(endpointCalls(u"reference/stores"_s), 0);
}

void TestStockUploader::unknownStoreAndPriceType()
{
    rd::CrmClient client(config());
    auto store = rd::StockUploader::resolveStore(client, u"nope"_s);
    QVERIFY(!store);
    QCOMPARE(store.error().code, rd::ErrorCode::Config);
    QVERIFY(store.error().hint.contains(u"main"_s));
    auto main = rd::StockUploader::resolveStore(client, u"main"_s);
    QVERIFY(main);
    QCOMPARE(*main, u"main"_s);

    rd::StockOptions so;
    so.priceType = u"wholesale"_s;
    rd::StockUploader uploader(*m_demo, client, {}, so);
    auto summary = uploader.run();
    QVERIFY(!summary);
    QCOMPARE(summary.error().code, rd::ErrorCode::Config);
    QVERIFY(summary.error().message.contains(u"wholesale"_s));
    QVERIFY(summary.error().hint.contains(u"base"_s));
}

void TestStockUploader::wrongKey()
{
    rd::CrmClient client(config(u"wrong-key"_s));
    rd::StockUploader uploader(*m_demo, client, {}, {});
    auto summary = uploader.run();
    QVERIFY(!summary);
    QCOMPARE(summary.error().code, rd::ErrorCode::Auth);
}

QTEST_GUILESS_MAIN(TestStockUploader)
#include "TestStockUploader.moc"
