#include "CaptureServer.h"
#include "TestSupport.h"
#include "config/Profile.h"
#include "crm/CrmClient.h"
#include "crm/CrmDecode.h"
#include "crm/CrmRateLimiter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <atomic>
#include <functional>

using namespace Qt::Literals::StringLiterals;
using rd::CrmClient;
using rd::CrmConfig;
using rd::CrmQuery;
using rd::CrmReply;
using rd::ErrorCode;
using rd::Result;
using rd::test::CannedResponse;
using rd::test::CaptureServer;

using Call = std::function<CrmReply *(CrmClient &)>;
Q_DECLARE_METATYPE(Call)
Q_DECLARE_METATYPE(CannedResponse)

namespace {

const QString apiKey = u"test-key-9f8e7d"_s;

CrmConfig configFor(const QUrl &url)
{
    CrmConfig c;
    c.baseUrl = url;
    c.apiKey = apiKey;
    c.site = u"shop"_s;
    c.rateLimit = 1000;
    c.maxInFlight = 16;
    c.timeoutMs = 5000;
    c.maxRetries = 2;
    c.retryBaseMs = 10;
    c.retryCapMs = 20;
    return c;
}

QStringList pairs(const QList<std::pair<QString, QString>> &items)
{
    QStringList out;
    for (const auto &[k, v] : items)
        out.append(k + u'=' + v);
    return out;
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString json(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

const QJsonObject customer { { u"externalId"_s, u"c1"_s },
                             { u"firstName"_s, u"Анна"_s },
                             { u"email"_s, u"a+b@example.com"_s } };
const QJsonObject order { { u"externalId"_s, u"o1"_s },
                          { u"status"_s, u"new"_s },
                          { u"customerComment"_s, u"a&b=c+d"_s } };
const QJsonArray customers { customer, QJsonObject { { u"externalId"_s, u"c2"_s } } };
const QJsonArray orders { order, QJsonObject { { u"externalId"_s, u"o2"_s } } };

} // namespace

class TestCrmClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endpoints_data();
    void endpoints();
    void bodyEncodingOnTheWire();
    void errorMapping_data();
    void errorMapping();
    void created201IsSuccess();
    void partialUpload460();
    void retriesThenSucceeds_data();
    void retriesThenSucceeds();
    void resetForever();
    void connectionRefused();
    void timeoutForever();
    void pauseAfter503IsGlobal();
    void rateLimitSharedAcrossThreads();
    void severalRequestsInFlight();
    void throughputReachesLimitWithSlowAnswers();
    void maxInFlightIsHonoured();
    void urlChecks_data();
    void urlChecks();
    void invalidConfigFailsWithoutNetwork();
    void externalIdWithSlashIsRefused();
    void logNeverShowsTheKey();
    void abortAndDelete();
    void deleteInFinishedSlot();
    void waitForOnWorkerThread();
};

void TestCrmClient::endpoints_data()
{
    QTest::addColumn<Call>("call");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("query");
    QTest::addColumn<QStringList>("form");

    const QStringList none;
    QTest::newRow("api-versions") << Call([](CrmClient &c) { return c.apiVersions(); }) << QByteArray("GET")
                                  << u"/api/api-versions"_s << none << none;
    QTest::newRow("credentials") << Call([](CrmClient &c) { return c.credentials(); }) << QByteArray("GET")
                                 << u"/api/credentials"_s << none << none;
    QTest::newRow("sites") << Call([](CrmClient &c) { return c.sites(); }) << QByteArray("GET")
                           << u"/api/v5/reference/sites"_s << none << none;
    QTest::newRow("delivery-types") << Call([](CrmClient &c) { return c.deliveryTypes(); }) << QByteArray("GET")
                                    << u"/api/v5/reference/delivery-types"_s << none << none;
    QTest::newRow("payment-types") << Call([](CrmClient &c) { return c.paymentTypes(); }) << QByteArray("GET")
                                   << u"/api/v5/reference/payment-types"_s << none << none;
    QTest::newRow("statuses") << Call([](CrmClient &c) { return c.statuses(); }) << QByteArray("GET")
                              << u"/api/v5/reference/statuses"_s << none << none;
    QTest::newRow("stores") << Call([](CrmClient &c) { return c.stores(); }) << QByteArray("GET")
                            << u"/api/v5/reference/stores"_s << none << none;
    const QJsonObject site { { u"code"_s, u"shop"_s }, { u"ymlUrl"_s, u"https://shop.example/icml.xml?a=1&b=2"_s } };
    QTest::newRow("site edit") << Call([site](CrmClient &c) { return c.siteEdit(u"shop"_s, site); })
                               << QByteArray("POST") << u"/api/v5/reference/sites/shop/edit"_s << none
                               << QStringList { u"site="_s + json(site) };

    QTest::newRow("customers get") << Call([](CrmClient &c) { return c.customersGet(u"ext 1"_s); }) << QByteArray("GET")
                                   << u"/api/v5/customers/ext 1"_s << QStringList { u"by=externalId"_s, u"site=shop"_s }
                                   << none;
    QTest::newRow("customers get by id") << Call([](CrmClient &c) {
        return c.customersGet(u"42"_s, CrmClient::By::Id);
    }) << QByteArray("GET") << u"/api/v5/customers/42"_s
                                         << QStringList { u"by=id"_s, u"site=shop"_s } << none;
    QTest::newRow("customers create") << Call([](CrmClient &c) { return c.customersCreate(customer); })
                                      << QByteArray("POST") << u"/api/v5/customers/create"_s << none
                                      << QStringList { u"site=shop"_s, u"customer="_s + json(customer) };
    QTest::newRow("customers edit") << Call([](CrmClient &c) { return c.customersEdit(u"c1"_s, customer); })
                                    << QByteArray("POST") << u"/api/v5/customers/c1/edit"_s << none
                                    << QStringList { u"site=shop"_s, u"by=externalId"_s,
                                                     u"customer="_s + json(customer) };
    QTest::newRow("customers upload") << Call([](CrmClient &c) { return c.customersUpload(customers); })
                                      << QByteArray("POST") << u"/api/v5/customers/upload"_s << none
                                      << QStringList { u"site=shop"_s, u"customers="_s + json(customers) };
    QTest::newRow("customers list") << Call([](CrmClient &c) {
        return c.customersList(CrmQuery().filter(u"email"_s, u"a+b@x.ru"_s), 50, 2);
    }) << QByteArray("GET") << u"/api/v5/customers"_s
                                    << QStringList { u"filter[email]=a+b@x.ru"_s, u"filter[sites][]=shop"_s,
                                                     u"limit=50"_s, u"page=2"_s }
                                    << none;
    QTest::newRow("customers list, own sites, odd limit")
        << Call([](CrmClient &c) { return c.customersList(CrmQuery().filterList(u"sites"_s, { u"other"_s }), 5); })
        << QByteArray("GET") << u"/api/v5/customers"_s
        << QStringList { u"filter[sites][]=other"_s, u"limit=20"_s, u"page=1"_s } << none;
    QTest::newRow("customers history") << Call([](CrmClient &c) {
        return c.customersHistory(CrmQuery().filter(u"sinceId"_s, u"10"_s));
    }) << QByteArray("GET") << u"/api/v5/customers/history"_s
                                       << QStringList { u"filter[sinceId]=10"_s, u"limit=100"_s, u"page=1"_s } << none;
    const QJsonArray fix { QJsonObject { { u"id"_s, 1 }, { u"externalId"_s, u"e1"_s } } };
    QTest::newRow("customers fix-external-ids")
        << Call([fix](CrmClient &c) { return c.customersFixExternalIds(fix); }) << QByteArray("POST")
        << u"/api/v5/customers/fix-external-ids"_s << none << QStringList { u"customers="_s + json(fix) };

    QTest::newRow("orders get") << Call([](CrmClient &c) { return c.ordersGet(u"A-1"_s); }) << QByteArray("GET")
                                << u"/api/v5/orders/A-1"_s << QStringList { u"by=externalId"_s, u"site=shop"_s }
                                << none;
    QTest::newRow("orders create") << Call([](CrmClient &c) { return c.ordersCreate(order); }) << QByteArray("POST")
                                   << u"/api/v5/orders/create"_s << none
                                   << QStringList { u"site=shop"_s, u"order="_s + json(order) };
    QTest::newRow("orders edit by id") << Call([](CrmClient &c) {
        return c.ordersEdit(u"5"_s, order, CrmClient::By::Id);
    }) << QByteArray("POST") << u"/api/v5/orders/5/edit"_s
                                       << none << QStringList { u"site=shop"_s, u"by=id"_s, u"order="_s + json(order) };
    QTest::newRow("orders upload") << Call([](CrmClient &c) { return c.ordersUpload(orders); }) << QByteArray("POST")
                                   << u"/api/v5/orders/upload"_s << none
                                   << QStringList { u"site=shop"_s, u"orders="_s + json(orders) };
    QTest::newRow("orders list") << Call([](CrmClient &c) {
        return c.ordersList(
            CrmQuery().filterList(u"numbers"_s, { u"1"_s, u"2"_s }).filterMap(u"customFields"_s, u"x"_s, u"y z"_s),
            100);
    }) << QByteArray("GET") << u"/api/v5/orders"_s
                                 << QStringList { u"filter[numbers][]=1"_s,
                                                  u"filter[numbers][]=2"_s,
                                                  u"filter[customFields][x]=y z"_s,
                                                  u"filter[sites][]=shop"_s,
                                                  u"limit=100"_s,
                                                  u"page=1"_s }
                                 << none;
    QTest::newRow("orders history") << Call([](CrmClient &c) {
        return c.ordersHistory(CrmQuery().filter(u"startDate"_s, u"2024-01-02 03:04:05"_s), 100, 1);
    }) << QByteArray("GET") << u"/api/v5/orders/history"_s
                                    << QStringList { u"filter[startDate]=2024-01-02 03:04:05"_s, u"limit=100"_s,
                                                     u"page=1"_s }
                                    << none;
    QTest::newRow("orders statuses") << Call([](CrmClient &c) {
        return c.ordersStatuses({ 1, 2 }, { u"a"_s });
    }) << QByteArray("GET") << u"/api/v5/orders/statuses"_s
                                     << QStringList { u"ids[]=1"_s, u"ids[]=2"_s, u"externalIds[]=a"_s } << none;
    QTest::newRow("orders fix-external-ids")
        << Call([fix](CrmClient &c) { return c.ordersFixExternalIds(fix); }) << QByteArray("POST")
        << u"/api/v5/orders/fix-external-ids"_s << none << QStringList { u"orders="_s + json(fix) };
    const QJsonObject payment { { u"order"_s, QJsonObject { { u"externalId"_s, u"o1"_s } } }, { u"amount"_s, 10.5 } };
    QTest::newRow("payment create") << Call([payment](CrmClient &c) { return c.ordersPaymentCreate(payment); })
                                    << QByteArray("POST") << u"/api/v5/orders/payments/create"_s << none
                                    << QStringList { u"site=shop"_s, u"payment="_s + json(payment) };
    QTest::newRow("payment edit") << Call([payment](CrmClient &c) { return c.ordersPaymentEdit(u"7"_s, payment); })
                                  << QByteArray("POST") << u"/api/v5/orders/payments/7/edit"_s << none
                                  << QStringList { u"site=shop"_s, u"by=id"_s, u"payment="_s + json(payment) };

    QTest::newRow("store products") << Call([](CrmClient &c) {
        return c.storeProducts(CrmQuery().filter(u"name"_s, u"Чай"_s), 250);
    }) << QByteArray("GET") << u"/api/v5/store/products"_s
                                    << QStringList { u"filter[name]=Чай"_s, u"filter[sites][]=shop"_s, u"limit=250"_s,
                                                     u"page=1"_s }
                                    << none;
    QTest::newRow("store offers") << Call([](CrmClient &c) {
        return c.storeOffers(CrmQuery().filterList(u"externalIds"_s, { u"1"_s }), 20, 3);
    }) << QByteArray("GET") << u"/api/v5/store/offers"_s
                                  << QStringList { u"filter[externalIds][]=1"_s, u"filter[sites][]=shop"_s,
                                                   u"limit=20"_s, u"page=3"_s }
                                  << none;
    QTest::newRow("store inventories") << Call([](CrmClient &c) { return c.storeInventories(); }) << QByteArray("GET")
                                       << u"/api/v5/store/inventories"_s
                                       << QStringList { u"filter[sites][]=shop"_s, u"limit=250"_s, u"page=1"_s }
                                       << none;
    const QJsonArray offers { QJsonObject {
        { u"externalId"_s, u"1"_s },
        { u"stores"_s, QJsonArray { QJsonObject { { u"code"_s, u"main"_s }, { u"available"_s, 3 } } } } } };
    QTest::newRow("inventories upload") << Call([offers](CrmClient &c) { return c.storeInventoriesUpload(offers); })
                                        << QByteArray("POST") << u"/api/v5/store/inventories/upload"_s << none
                                        << QStringList { u"site=shop"_s, u"offers="_s + json(offers) };
    const QJsonArray prices {
        QJsonObject { { u"externalId"_s, u"1"_s },
                      { u"prices"_s, QJsonArray { QJsonObject { { u"code"_s, u"base"_s }, { u"price"_s, 99.9 } } } } },
        QJsonObject { { u"externalId"_s, u"2"_s }, { u"site"_s, u"other"_s } }
    };
    QJsonArray pricesWithSite = prices;
    QJsonObject first = prices.at(0).toObject();
    first.insert(u"site"_s, u"shop"_s);
    pricesWithSite.replace(0, first);
    QTest::newRow("prices upload") << Call([prices](CrmClient &c) { return c.storePricesUpload(prices); })
                                   << QByteArray("POST") << u"/api/v5/store/prices/upload"_s << none
                                   << QStringList { u"prices="_s + json(pricesWithSite) };
    QTest::newRow("generic get") << Call([](CrmClient &c) { return c.get(u"reference/price-types"_s); })
                                 << QByteArray("GET") << u"/api/v5/reference/price-types"_s << none << none;
    QTest::newRow("generic post") << Call([](CrmClient &c) {
        return c.post(u"orders/combine"_s, CrmQuery().add(u"technique"_s, u"ours"_s));
    }) << QByteArray("POST") << u"/api/v5/orders/combine"_s
                                  << none << QStringList { u"technique=ours"_s };
}

void TestCrmClient::endpoints()
{
    QFETCH(Call, call);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QStringList, query);
    QFETCH(QStringList, form);

    CaptureServer server;
    QVERIFY(server.listen());
    CrmClient client(configFor(server.url()));
    const Result<QJsonObject> result = client.waitFor(call(client));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(server.requestCount(), 1);

    const rd::test::CapturedRequest r = server.last();
    QCOMPARE(r.method, method);
    QCOMPARE(r.path(), path);
    QCOMPARE(pairs(r.queryItems()), query);
    QCOMPARE(r.header("X-API-KEY"), apiKey.toUtf8());
    QCOMPARE(r.header("Accept"), QByteArray("application/json"));
    QVERIFY2(!r.target.toLower().contains("apikey"), r.target.constData());
    QVERIFY(!r.target.contains(apiKey.toUtf8()));
    QVERIFY(!r.body.contains(apiKey.toUtf8()));
    QVERIFY(!r.body.toLower().contains("apikey"));
    if (method == "POST") {
        QCOMPARE(r.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(pairs(r.formItems()), form);
    } else {
        QVERIFY(r.body.isEmpty());
        QVERIFY(form.isEmpty());
    }
}

void TestCrmClient::bodyEncodingOnTheWire()
{
    CaptureServer server;
    QVERIFY(server.listen());
    CrmClient client(configFor(server.url()));
    const QJsonObject tricky { { u"externalId"_s, u"x"_s }, { u"customerComment"_s, u"1+1=2 & ok; Привет 100%"_s } };
    QVERIFY(client.waitFor(client.ordersCreate(tricky)));
    const QByteArray body = server.last().body;
    QVERIFY2(body.startsWith("site=shop&order=%7B%22"), body.constData());
    QVERIFY(!body.contains('+'));
    QCOMPARE(body.count('&'), 1);
    QCOMPARE(body.count('='), 2);
    QVERIFY(body.contains("1%2B1%3D2%20%26%20ok"));
    QVERIFY(body.contains("%D0%9F%D1%80%D0%B8%D0%B2%D0%B5%D1%82")); // Привет as UTF-8
    QVERIFY(body.contains("100%25"));
    const QString orderField = server.last().formItems().value(1).second;
    QCOMPARE(QJsonDocument::fromJson(orderField.toUtf8()).object(), tricky);
    // A path segment is percent-encoded too.
    QVERIFY(client.waitFor(client.ordersGet(u"a b+c?d"_s)));
    QVERIFY2(server.last().target.startsWith("/api/v5/orders/a%20b%2Bc%3Fd?"), server.last().target.constData());
}

void TestCrmClient::errorMapping_data()
{
    QTest::addColumn<Call>("call");
    QTest::addColumn<CannedResponse>("response");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("inMessage");
    QTest::addColumn<QString>("inHint");
    QTest::addColumn<int>("fieldErrors");
    QTest::addColumn<int>("messages");
    QTest::addColumn<int>("attempts");

    const Call credentials = [](CrmClient &c) { return c.credentials(); };
    const Call list = [](CrmClient &c) { return c.ordersList(); };
    const Call get = [](CrmClient &c) { return c.ordersGet(u"77"_s); };
    const Call create = [](CrmClient &c) { return c.ordersCreate(order); };
    const Call customerCreate = [](CrmClient &c) { return c.customersCreate(customer); };
    auto html = [](int status) {
        CannedResponse r;
        r.status = status;
        r.contentType = "text/html; charset=UTF-8";
        r.body = "<!DOCTYPE html><html><body>Not here</body></html>";
        return r;
    };
    const QString keyHint
        = u"Settings → Integration → API access keys (Настройки → Интеграция → Ключи доступа к API)"_s;

    QTest::newRow("403 wrong key") << credentials
                                   << CannedResponse::json(403,
                                                           R"({"success":false,"errorMsg":"Wrong \"apiKey\" value."})")
                                   << ErrorCode::Auth << u"RetailCRM refused the API key"_s << keyHint << 0 << 0 << 1;
    QTest::newRow("403 key missing") << list
                                     << CannedResponse::json(403,
                                                             R"({"success":false,"errorMsg":"\"apiKey\" is missing."})")
                                     << ErrorCode::Auth << u"refused the API key"_s << u"secret set crm-api-key"_s << 0
                                     << 0 << 1;
    QTest::newRow("401") << list << CannedResponse::json(401, R"({"success":false})") << ErrorCode::Auth
                         << u"refused the API key"_s << keyHint << 0 << 0 << 1;
    QTest::newRow("403 access denied, read")
        << list << CannedResponse::json(403, R"({"success":false,"errorMsg":"Access denied."})") << ErrorCode::Access
        << u"\"order_read\" permission or may not use site \"shop\""_s
        << u"tick \"order_read\" and allow site \"shop\""_s << 0 << 0 << 1;
    QTest::newRow("403 access denied, write")
        << customerCreate << CannedResponse::json(403, R"({"success":false,"errorMsg":"Access denied."})")
        << ErrorCode::Access << u"customer_write"_s << u"Ключи доступа к API"_s << 0 << 0 << 1;
    QTest::newRow("404 entity") << get << CannedResponse::json(404, R"({"success":false,"errorMsg":"Not found"})")
                                << ErrorCode::NotFound << u"GET /api/v5/orders/77 (Not found)"_s << QString() << 0 << 0
                                << 1;
    QTest::newRow("404 account") << credentials
                                 << CannedResponse::json(404,
                                                         R"({"success":false,"errorMsg":"Account does not exist."})")
                                 << ErrorCode::AccountNotFound << u"does not exist"_s << u"crm/url"_s << 0 << 0 << 1;
    QTest::newRow("404 api method") << list
                                    << CannedResponse::json(404,
                                                            R"({"success":false,"errorMsg":"API method not found"})")
                                    << ErrorCode::NotFound << u"does not know the API method"_s << u"crm/url"_s << 0
                                    << 0 << 1;
    QTest::newRow("405 html on POST") << create << html(405) << ErrorCode::AccountNotFound << u"HTTP 405"_s
                                      << u"crm/url"_s << 0 << 0 << 1;
    QTest::newRow("405 json (fixture)") << list
                                        << CannedResponse::fromFile(
                                               405, rd::test::samplePath(u"error-error-response-handling.json"_s))
                                        << ErrorCode::NotFound << u"Method Not Allowed"_s << u"crm/url"_s << 0 << 0
                                        << 1;
    QTest::newRow("html body 200") << credentials << html(200) << ErrorCode::AccountNotFound << u"web page"_s
                                   << u"crm/url"_s << 0 << 0 << 1;
    QTest::newRow("html body 404") << credentials << html(404) << ErrorCode::AccountNotFound << u"web page"_s
                                   << u"crm/url"_s << 0 << 0 << 1;
    QTest::newRow("400 errors map") << create
                                    << CannedResponse::json(
                                           400, R"({"success":false,"errorMsg":"Errors in the entity format",
                                        "errors":{"items[0].offer":"Offer not found","delivery.code":"Unknown code"}})")
                                    << ErrorCode::Validation << u"Errors in the entity format"_s << QString() << 2 << 0
                                    << 1;
    QTest::newRow("400 errors list")
        << create
        << CannedResponse::json(
               400, R"({"success":false,"errorMsg":"Order is not loaded","errors":["Order already exists.","second"]})")
        << ErrorCode::Validation << u"Order is not loaded"_s << QString() << 0 << 2 << 1;
    QTest::newRow("400 fixture") << create
                                 << CannedResponse::fromFile(
                                        400, rd::test::samplePath(u"error-post-error-response-handling.json"_s))
                                 << ErrorCode::Validation << u"Invalid data"_s << QString() << 0 << 0 << 1;
    QTest::newRow("460 outside an upload")
        << create << CannedResponse::json(460, R"({"success":false,"errorMsg":"Partly"})") << ErrorCode::PartialUpload
        << u"Partly"_s << QString() << 0 << 0 << 1;
    QTest::newRow("418 other 4xx") << list << CannedResponse::json(418, R"({"success":false,"errorMsg":"teapot"})")
                                   << ErrorCode::Validation << u"teapot"_s << QString() << 0 << 0 << 1;
    QTest::newRow("500 not retried") << create << CannedResponse::json(500, R"({"success":false,"errorMsg":"boom"})")
                                     << ErrorCode::Server << u"HTTP 500: boom"_s << u"Try again later"_s << 0 << 0 << 1;
    QTest::newRow("502 retried") << list << CannedResponse::json(502, "{}") << ErrorCode::Server << u"HTTP 502"_s
                                 << QString() << 0 << 0 << 3;
    QTest::newRow("503 forever") << list << CannedResponse::json(503, "") << ErrorCode::RateLimited << u"rate limit"_s
                                 << u"crm/rate_limit"_s << 0 << 0 << 3;
    QTest::newRow("429 forever") << list << CannedResponse::json(429, "") << ErrorCode::RateLimited << u"3 attempts"_s
                                 << u"crm/rate_limit"_s << 0 << 0 << 3;
    QTest::newRow("200 not json") << list << CannedResponse::json(200, "OK then") << ErrorCode::MalformedResponse
                                  << u"not the JSON"_s << u"crm/url"_s << 0 << 0 << 1;
    QTest::newRow("200 truncated json") << list << CannedResponse::json(200, R"({"success":true,"orders":[{"id":1)")
                                        << ErrorCode::MalformedResponse << u"HTTP 200"_s << QString() << 0 << 0 << 1;
    QTest::newRow("200 json array") << list << CannedResponse::json(200, "[]") << ErrorCode::MalformedResponse
                                    << u"not the JSON"_s << QString() << 0 << 0 << 1;
    QTest::newRow("200 success false") << list << CannedResponse::json(200, R"({"success":false,"errorMsg":"Nope"})")
                                       << ErrorCode::Validation << u"Nope"_s << QString() << 0 << 0 << 1;
    CannedResponse redirect = CannedResponse::json(302, "");
    redirect.headers.append(std::pair<QByteArray, QByteArray>("Location", "https://login.example.com/"));
    QTest::newRow("302 not followed") << credentials << redirect << ErrorCode::AccountNotFound
                                      << u"https://login.example.com/"_s << u"crm/url"_s << 0 << 0 << 1;
}

void TestCrmClient::errorMapping()
{
    QFETCH(Call, call);
    QFETCH(CannedResponse, response);
    QFETCH(ErrorCode, code);
    QFETCH(QString, inMessage);
    QFETCH(QString, inHint);
    QFETCH(int, fieldErrors);
    QFETCH(int, messages);
    QFETCH(int, attempts);

    CaptureServer server;
    QVERIFY(server.listen());
    server.setDefault(response);
    CrmClient client(configFor(server.url()));
    CrmReply *reply = call(client);
    reply->setAutoDelete(false);
    const Result<QJsonObject> result = client.waitFor(reply);
    QVERIFY(!result);
    const rd::Error &e = result.error();
    QCOMPARE(rd::errorCodeName(e.code), rd::errorCodeName(code));
    QVERIFY2(e.message.contains(inMessage), qPrintable(e.message));
    QVERIFY2(e.hint.contains(inHint), qPrintable(e.hint));
    QCOMPARE(e.fieldErrors.size(), fieldErrors);
    QCOMPARE(e.messages.size(), messages);
    QCOMPARE(server.requestCount(), attempts);
    QCOMPARE(reply->attempts(), attempts);
    QVERIFY(!e.toString().contains(apiKey));
    delete reply;
}

void TestCrmClient::created201IsSuccess()
{
    CaptureServer server;
    QVERIFY(server.listen());
    server.setDefault(CannedResponse::fromFile(201, rd::test::samplePath(u"orders-create.json"_s)));
    CrmClient client(configFor(server.url()));
    const Result<QJsonObject> result = client.waitFor(client.ordersCreate(order));
    QVERIFY(result);
    QCOMPARE(*rd::CrmDecode::createdId(result), 7146);
}

void TestCrmClient::partialUpload460()
{
    CaptureServer server;
    QVERIFY(server.listen());
    server.setDefault(CannedResponse::json(460, R"({"success":false,"uploadedOrders":[{"id":11,"externalId":"o1"}],
        "failedOrders":[{"externalId":"o2"}],"errorMsg":"Orders are loaded with errors",
        "errors":{"orders[1].customer.externalId":"Customer with externalId=9 not found."}})"));
    CrmClient client(configFor(server.url()));
    CrmReply *reply = client.ordersUpload(orders);
    reply->setAutoDelete(false);
    QSignalSpy finished(reply, &CrmReply::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY(reply->result()); // a partial upload is not a failure of the call
    QCOMPARE(reply->httpStatus(), 460);
    QVERIFY(reply->isPartialUpload());
    const Result<rd::CrmUploadResult> up = reply->uploadResult();
    QVERIFY(up);
    QVERIFY(up->partial);
    QCOMPARE(up->uploaded.size(), 1);
    QCOMPARE(up->uploaded.at(0).id, 11);
    QCOMPARE(up->failed.size(), 1);
    QCOMPARE(up->failed.at(0).externalId, u"o2"_s);
    QCOMPARE(up->failed.at(0).reason, u"Customer with externalId=9 not found."_s);
    QCOMPARE(server.requestCount(), 1); // 460 is never retried
    delete reply;

    // The blocking helper gives the same.
    const Result<rd::CrmUploadResult> sync = client.waitForUpload(client.ordersUpload(orders));
    QVERIFY(sync);
    QCOMPARE(sync->failed.at(0).reason, u"Customer with externalId=9 not found."_s);
}

void TestCrmClient::retriesThenSucceeds_data()
{
    QTest::addColumn<QList<CannedResponse>>("first");
    QTest::addColumn<bool>("pauses");
    QTest::newRow("503 then success") << QList<CannedResponse> { CannedResponse::json(503, "") } << true;
    QTest::newRow("503 twice then success")
        << QList<CannedResponse> { CannedResponse::json(503, ""), CannedResponse::json(503, "") } << true;
    QTest::newRow("429 then success") << QList<CannedResponse> { CannedResponse::json(429, "") } << true;
    QTest::newRow("reset then success") << QList<CannedResponse> { CannedResponse::reset() } << false;
    QTest::newRow("502 then success") << QList<CannedResponse> { CannedResponse::json(502, "<html>bad gateway</html>") }
                                      << false;
    QTest::newRow("timeout then success") << QList<CannedResponse> { CannedResponse::hang() } << false;
    QTest::newRow("reset, 503, timeout, then success")
        << QList<CannedResponse> { CannedResponse::reset(), CannedResponse::json(503, ""), CannedResponse::hang() }
        << true;
}

void TestCrmClient::retriesThenSucceeds()
{
    QFETCH(QList<CannedResponse>, first);
    QFETCH(bool, pauses);
    CaptureServer server;
    QVERIFY(server.listen());
    for (const CannedResponse &r : first)
        server.enqueue(r);
    server.setDefault(CannedResponse::fromFile(200, rd::test::samplePath(u"references-statuses.json"_s)));
    CrmConfig config = configFor(server.url());
    config.maxRetries = 5;
    config.timeoutMs = 300;
    CrmClient client(config);
    const auto limiter = rd::CrmRateLimiter::forUrl(server.url());
    const int pausesBefore = limiter->pauseCount();
    const auto statuses = rd::CrmDecode::statuses(client.waitFor(client.statuses()));
    QVERIFY2(statuses, qPrintable(statuses ? QString() : statuses.error().toString()));
    QCOMPARE(statuses->size(), 39);
    QCOMPARE(server.requestCount(), first.size() + 1);
    QCOMPARE(limiter->pauseCount() > pausesBefore, pauses);
}

void TestCrmClient::resetForever()
{
    CaptureServer server;
    QVERIFY(server.listen());
    server.setDefault(CannedResponse::reset());
    CrmClient client(configFor(server.url()));
    CrmReply *reply = client.ordersUpload(orders);
    reply->setAutoDelete(false);
    const Result<QJsonObject> r = client.waitFor(reply);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Network);
    QVERIFY2(r.error().message.contains(u"closed"_s), qPrintable(r.error().message));
    QCOMPARE(reply->attempts(), 3);
    // Qt itself may resend once on a dropped keep-alive connection, so the wire can see more.
    QVERIFY(server.requestCount() >= 3);
    delete reply;
}

void TestCrmClient::connectionRefused()
{
    QUrl url;
    {
        CaptureServer server;
        QVERIFY(server.listen());
        url = server.url();
    } // closed: nothing listens on that port now
    CrmClient client(configFor(url));
    const Result<QJsonObject> r = client.waitFor(client.credentials());
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Network);
    QVERIFY2(r.error().message.contains(u"refused"_s), qPrintable(r.error().message));
    QCOMPARE(rd::exitCodeFor(r.error().code), 3);
}

void TestCrmClient::timeoutForever()
{
    CaptureServer server;
    QVERIFY(server.listen());
    server.setDefault(CannedResponse::hang());
    CrmConfig config = configFor(server.url());
    config.timeoutMs = 200;
    config.maxRetries = 1;
    CrmClient client(config);
    QElapsedTimer clock;
    clock.start();
    const Result<QJsonObject> r = client.waitFor(client.ordersGet(u"1"_s));
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Timeout);
    QVERIFY2(r.error().message.contains(u"within 0.2 s (2 attempts)"_s), qPrintable(r.error().message));
    QCOMPARE(server.requestCount(), 2);
    QVERIFY2(clock.elapsed() >= 395, qPrintable(QString::number(clock.elapsed()))); // two full timeouts
    QVERIFY(clock.elapsed() < 3000);
}

void TestCrmClient::pauseAfter503IsGlobal()
{
    CaptureServer server;
    QVERIFY(server.listen());
    server.enqueue(CannedResponse::json(503, ""));
    CrmConfig config = configFor(server.url());
    config.retryBaseMs = 800;
    config.retryCapMs = 800; // the pause is 400..800 ms
    config.maxRetries = 3;
    CrmClient first(config);
    CrmClient second(config); // another client of the same host (could be another thread)
    const auto limiter = rd::CrmRateLimiter::forUrl(server.url());

    CrmReply *a = first.statuses();
    QSignalSpy aDone(a, &CrmReply::finished);
    QTRY_VERIFY_WITH_TIMEOUT(limiter->pausedForMs() > 0, 5000);
    const qint64 refusedAt = server.last().receivedAtMs;
    CrmReply *b = second.sites();
    QSignalSpy bDone(b, &CrmReply::finished);
    QTRY_COMPARE_WITH_TIMEOUT(bDone.size(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(aDone.size(), 1, 5000);
    QCOMPARE(server.requestCount(), 3);
    for (int i = 1; i < 3; ++i) {
        const qint64 waited = server.requests().at(i).receivedAtMs - refusedAt;
        QVERIFY2(waited >= 380, qPrintable(u"request %1 came %2 ms after the 503"_s.arg(i).arg(waited)));
    }
}

void TestCrmClient::rateLimitSharedAcrossThreads()
{
    CaptureServer server;
    QVERIFY(server.listen());
    CrmConfig config = configFor(server.url());
    config.rateLimit = 20;
    constexpr int perClient = 20;

    std::atomic<int> workerOk { 0 };
    QThread thread;
    thread.start();
    QObject context;
    context.moveToThread(&thread);
    QMetaObject::invokeMethod(&context, [&config, &workerOk] {
        CrmClient client(config); // lives in the worker thread
        QList<CrmReply *> replies;
        for (int i = 0; i < perClient; ++i) {
            replies.append(client.statuses());
            replies.last()->setAutoDelete(false);
        }
        for (CrmReply *r : replies) {
            if (client.waitFor(r))
                ++workerOk;
        }
    });

    CrmClient client(config);
    int mainOk = 0;
    for (int i = 0; i < perClient; ++i) {
        CrmReply *r = client.sites();
        connect(r, &CrmReply::finished, this, [r, &mainOk] { mainOk += r->result() ? 1 : 0; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(mainOk, perClient, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(workerOk.load(), perClient, 10000);
    thread.quit();
    QVERIFY(thread.wait(5000));

    QCOMPARE(server.requestCount(), 2 * perClient);
    const qint64 span = server.requests().last().receivedAtMs - server.requests().first().receivedAtMs;
    // 40 requests at 20/s together: 39 intervals of 50 ms.
    QVERIFY2(span >= 1850, qPrintable(QString::number(span)));
    QVERIFY2(span < 3500, qPrintable(QString::number(span)));
    // Never more than rate + 1 in any one-second window.
    const auto &reqs = server.requests();
    for (qsizetype i = 0; i < reqs.size(); ++i) {
        qsizetype j = i;
        while (j + 1 < reqs.size() && reqs.at(j + 1).receivedAtMs - reqs.at(i).receivedAtMs < 1000)
            ++j;
        QVERIFY2(j - i + 1 <= 21, qPrintable(u"%1 requests within a second"_s.arg(j - i + 1)));
    }
}

void TestCrmClient::severalRequestsInFlight()
{
    CaptureServer server;
    QVERIFY(server.listen());
    CannedResponse slow;
    slow.delayMs = 300;
    server.setDefault(slow);
    CrmClient client(configFor(server.url())); // 16 in flight, 1000/s
    int done = 0;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 32; ++i) {
        CrmReply *r = client.ordersGet(QString::number(i));
        connect(r, &CrmReply::finished, this, [r, &done] { done += r->result() ? 1 : 0; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, 32, 10000);
    // More than the 6 connections one QNetworkAccessManager opens: all 16 at once.
    QVERIFY2(server.maxConcurrent() >= 12, qPrintable(QString::number(server.maxConcurrent())));
    QVERIFY2(server.maxConcurrent() <= 16, qPrintable(QString::number(server.maxConcurrent())));
    QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(client.pendingCount(), 0);
    QCOMPARE(client.inFlightCount(), 0);
}

void TestCrmClient::throughputReachesLimitWithSlowAnswers()
{
    CaptureServer server;
    QVERIFY(server.listen());
    CannedResponse slow;
    slow.delayMs = 1000;
    server.setDefault(slow);
    CrmConfig config = configFor(server.url());
    config.rateLimit = 20;
    config.maxInFlight = 32;
    CrmClient client(config);
    int done = 0;
    QElapsedTimer clock;
    clock.start();
    constexpr int n = 40;
    for (int i = 0; i < n; ++i) {
        CrmReply *r = client.customersGet(QString::number(i));
        connect(r, &CrmReply::finished, this, [r, &done] { done += r->result() ? 1 : 0; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, n, 15000);
    const qint64 elapsed = clock.elapsed();
    // (n - 1) / rate + one answer = 2.95 s at best; one request at a time would take 40 s.
    QVERIFY2(elapsed >= 2800 && elapsed < 3800, qPrintable(QString::number(elapsed)));
    const qint64 span = server.requests().last().receivedAtMs - server.requests().first().receivedAtMs;
    const double rate = (n - 1) * 1000.0 / static_cast<double>(span);
    // Arrivals at the server jitter a little (the first ones also open connections), hence the slack above 20.
    QVERIFY2(rate >= 0.95 * 20 && rate <= 22, qPrintable(QString::number(rate)));
}

void TestCrmClient::maxInFlightIsHonoured()
{
    CaptureServer server;
    QVERIFY(server.listen());
    CannedResponse slow;
    slow.delayMs = 200;
    server.setDefault(slow);
    CrmConfig config = configFor(server.url());
    config.maxInFlight = 3;
    CrmClient client(config);
    int done = 0;
    for (int i = 0; i < 9; ++i) {
        CrmReply *r = client.statuses();
        connect(r, &CrmReply::finished, this, [&done] { ++done; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, 9, 10000);
    QCOMPARE(server.maxConcurrent(), 3);
}

void TestCrmClient::urlChecks_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::newRow("https") << u"https://demo.retailcrm.ru"_s << true;
    QTest::newRow("http remote") << u"http://demo.retailcrm.ru"_s << false;
    QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8080"_s << true;
    QTest::newRow("http 127.1.2.3") << u"http://127.1.2.3"_s << true;
    QTest::newRow("http ::1") << u"http://[::1]:9000"_s << true;
    QTest::newRow("http localhost") << u"http://localhost:9000"_s << true;
    QTest::newRow("ftp") << u"ftp://demo.retailcrm.ru"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestCrmClient::urlChecks()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    rd::Profile profile;
    profile.crm.url = QUrl(url);
    profile.crm.site = u"shop"_s;
    profile.crm.rateLimit = 15;
    const Result<CrmConfig> config = CrmConfig::fromProfile(profile, apiKey);
    QCOMPARE(config.ok(), ok);
    if (ok) {
        QCOMPARE(config->rateLimit, 15.0);
        QCOMPARE(config->site, u"shop"_s);
        QCOMPARE(config->maxInFlight, 30);
        QCOMPARE(config->timeoutMs, 30000);
    } else {
        QCOMPARE(config.error().code, ErrorCode::Config);
        QVERIFY(config.error().message.contains(u"crm/url"_s));
    }
    // The key is checked too.
    profile.crm.url = QUrl(u"https://demo.retailcrm.ru"_s);
    QCOMPARE(CrmConfig::fromProfile(profile, QString()).error().code, ErrorCode::MissingSecret);
    QCOMPARE(CrmConfig::fromProfile(profile, u"abc\ndef"_s).error().code, ErrorCode::Config);
}

void TestCrmClient::invalidConfigFailsWithoutNetwork()
{
    CaptureServer server;
    QVERIFY(server.listen());
    QUrl url = server.url();
    url.setHost(u"example.com"_s); // plain http to a remote host: refused before sending
    CrmClient client(configFor(url));
    const Result<QJsonObject> r = client.waitFor(client.credentials());
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Config);
    QCOMPARE(server.requestCount(), 0);
}

void TestCrmClient::externalIdWithSlashIsRefused()
{
    CaptureServer server;
    QVERIFY(server.listen());
    CrmClient client(configFor(server.url()));
    CrmReply *reply = client.ordersGet(u"12/3"_s);
    QSignalSpy finished(reply, &CrmReply::finished);
    QCOMPARE(finished.size(), 0); // never synchronous
    const Result<QJsonObject> r = client.waitFor(reply);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Validation);
    QVERIFY(r.error().message.contains(u"12/3"_s));
    QVERIFY(!client.waitFor(client.ordersEdit(QString(), order)));
    QCOMPARE(server.requestCount(), 0);
}

namespace {
QMutex logMutex;
QStringList logLines;
QtMessageHandler previousHandler = nullptr;
void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArray(context.category) == "retaildesk.crm") {
        QMutexLocker lock(&logMutex);
        logLines.append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}
} // namespace

void TestCrmClient::logNeverShowsTheKey()
{
    CaptureServer server;
    QVERIFY(server.listen());
    server.enqueue(CannedResponse::json(503, ""));
    QLoggingCategory::setFilterRules(u"retaildesk.crm.info=true\nretaildesk.crm.debug=true"_s);
    previousHandler = qInstallMessageHandler(captureLog);
    logLines.clear();

    CrmClient client(configFor(server.url()));
    QList<rd::CrmLogEntry> entries;
    client.setLogSink([&entries](const rd::CrmLogEntry &e) { entries.append(e); });
    QVERIFY(client.waitFor(client.get(u"orders"_s, CrmQuery().add(u"apiKey"_s, apiKey).add(u"limit"_s, 20))));
    QVERIFY(client.waitFor(
        client.post(u"orders/create"_s, CrmQuery().add(u"apiKey"_s, apiKey).addJson(u"order"_s, order))));
    qInstallMessageHandler(previousHandler);
    QLoggingCategory::setFilterRules(QString());

    QCOMPARE(entries.size(), 3); // 503, then success, then the POST
    QCOMPARE(entries.at(0).httpStatus, 503);
    QVERIFY(entries.at(0).willRetry);
    QCOMPARE(entries.at(1).attempt, 2);
    QCOMPARE(entries.at(1).httpStatus, 200);
    QCOMPARE(entries.at(2).method, u"POST"_s);
    for (const rd::CrmLogEntry &e : entries) {
        QVERIFY2(!e.toString().contains(apiKey), qPrintable(e.toString()));
        QVERIFY(e.durationMs >= 0);
    }
    QVERIFY2(entries.at(0).url.toString().contains(u"apiKey=***"_s), qPrintable(entries.at(0).url.toString()));
    QVERIFY(logLines.size() >= 3);
    bool sawBody = false;
    for (const QString &line : std::as_const(logLines)) {
        QVERIFY2(!line.contains(apiKey), qPrintable(line));
        sawBody = sawBody || line.contains(u"apiKey=***"_s);
    }
    QVERIFY(sawBody); // debug shows bodies, redacted
}

void TestCrmClient::abortAndDelete()
{
    CaptureServer server;
    QVERIFY(server.listen());
    server.setDefault(CannedResponse::hang());
    CrmClient client(configFor(server.url()));

    CrmReply *aborted = client.statuses();
    aborted->setAutoDelete(false);
    QSignalSpy abortedDone(aborted, &CrmReply::finished);
    CrmReply *deleted = client.sites();
    CrmReply *queued = client.paymentTypes();
    QSignalSpy queuedDone(queued, &CrmReply::finished);
    QTRY_COMPARE_WITH_TIMEOUT(server.requestCount(), 3, 5000);
    QCOMPARE(client.pendingCount(), 3);

    aborted->abort();
    QCOMPARE(abortedDone.size(), 1);
    QCOMPARE(aborted->result().error().code, ErrorCode::Cancelled);
    delete aborted;

    delete deleted; // silently cancelled
    QCOMPARE(client.pendingCount(), 1);
    client.abortAll();
    QCOMPARE(queuedDone.size(), 1);
    QCOMPARE(client.pendingCount(), 0);
    QCOMPARE(client.inFlightCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(server.openRequests(), 0, 5000); // the connections were closed
}

void TestCrmClient::deleteInFinishedSlot()
{
    CaptureServer server;
    QVERIFY(server.listen());
    auto *client = new CrmClient(configFor(server.url()));
    CrmReply *first = client->statuses();
    CrmReply *kept = client->sites();
    CrmReply *dropped = client->paymentTypes();
    const QPointer<CrmReply> keptGuard(kept);
    const QPointer<CrmReply> droppedGuard(dropped);
    bool firstDone = false;
    connect(first, &CrmReply::finished, this, [first, &firstDone] {
        firstDone = true;
        delete first; // allowed although it would delete itself later
    });
    connect(kept, &CrmReply::finished, this, [kept] { kept->setAutoDelete(false); });
    int finishedCount = 0;
    connect(kept, &CrmReply::finished, this, [&finishedCount] { ++finishedCount; });
    connect(dropped, &CrmReply::finished, this, [&finishedCount] { ++finishedCount; });
    QTRY_VERIFY_WITH_TIMEOUT(firstDone && finishedCount == 2, 5000);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!droppedGuard); // deleted itself after finished()
    QVERIFY(keptGuard); // autoDelete was switched off in the slot
    QVERIFY(kept->isFinished());
    QVERIFY(kept->result());
    delete client;
    QVERIFY(!keptGuard); // freed with its client
}

void TestCrmClient::waitForOnWorkerThread()
{
    CaptureServer server;
    QVERIFY(server.listen());
    server.setDefault(CannedResponse::fromFile(200, rd::test::samplePath(u"api-credentials.json"_s)));
    const CrmConfig config = configFor(server.url());
    std::atomic<bool> done { false };
    QStringList scopes;
    QThread *thread = QThread::create([&] {
        CrmClient client(config);
        const auto creds = rd::CrmDecode::credentials(client.waitFor(client.credentials()));
        if (creds)
            scopes = creds->scopes;
        done = true;
    });
    thread->start();
    QTRY_VERIFY_WITH_TIMEOUT(done.load(), 5000);
    QVERIFY(thread->wait(5000));
    delete thread;
    QCOMPARE(scopes.size(), 3);
}

QTEST_GUILESS_MAIN(TestCrmClient)
#include "TestCrmClient.moc"
