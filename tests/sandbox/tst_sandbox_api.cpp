// The sandbox CRM's data API: customers, orders, history, store, and the /_sandbox/ data endpoints.
// Starts the real retaildesk-sandbox binary; every test starts from an empty data set (/_sandbox/reset).

#include "SandboxTestClient.h"
#include "demo/SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::test::SandboxTestClient;

namespace {

QJsonObject customer(const QString &externalId, const QString &first = u"Иван"_s, const QString &last = u"Петров"_s)
{
    return { { u"externalId"_s, externalId },
             { u"firstName"_s, first },
             { u"lastName"_s, last },
             { u"email"_s, QString(externalId + u"@example.com"_s) },
             { u"phones"_s, QJsonArray { QJsonObject { { u"number"_s, u"+7 999 100-%1"_s.arg(externalId) } } } } };
}

QJsonObject order(const QString &externalId, const QString &customerExternalId)
{
    return { { u"externalId"_s, externalId },
             { u"customer"_s, QJsonObject { { u"externalId"_s, customerExternalId } } },
             { u"firstName"_s, u"Иван"_s },
             { u"lastName"_s, u"Петров"_s },
             { u"phone"_s, u"+79991234567"_s },
             { u"email"_s, u"ivan@example.com"_s },
             { u"status"_s, u"new"_s },
             { u"createdAt"_s, u"2023-03-04 05:06:07"_s },
             { u"items"_s,
               QJsonArray { QJsonObject { { u"offer"_s, QJsonObject { { u"externalId"_s, u"12"_s } } },
                                          { u"productName"_s, u"Чайник"_s },
                                          { u"initialPrice"_s, 1500.5 },
                                          { u"quantity"_s, 2 } } } },
             { u"delivery"_s, QJsonObject { { u"code"_s, u"courier"_s }, { u"cost"_s, 300 } } },
             { u"payments"_s, QJsonArray { QJsonObject { { u"type"_s, u"cash"_s } } } } };
}

} // namespace

class TestSandboxApi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void customerCreateGetEdit();
    void customerValidation_data();
    void customerValidation();
    void customerListFiltersAndPagination();
    void customersUpload();
    void orderCreateGetEdit();
    void orderValidation_data();
    void orderValidation();
    void ordersUpload();
    void orderListFilters();
    void orderStatuses();
    void historyPagingAndSources();
    void historyFilters();
    void store();
    void icmlLoadsTheCatalog();
    void formDecodingIsStrict();
    void resetWipesData();

private:
    SandboxTestClient::Reply createCustomer(const QJsonObject &c);
    SandboxTestClient::Reply createOrder(const QJsonObject &o);
    QJsonObject control(const QByteArray &method, const QString &path, const QJsonObject &body = {});

    rd::SandboxProcess m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
    const QString m_key = u"api-test-key"_s;
};

void TestSandboxApi::initTestCase()
{
    rd::SandboxOptions options;
    options.apiKey = m_key;
    const rd::Result<QUrl> url = m_sandbox.start(options);
    QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().message));
    m_client = std::make_unique<SandboxTestClient>(*url, m_key);
}

void TestSandboxApi::init()
{
    control("POST", u"/_sandbox/reset"_s, { { u"catalog"_s, true } });
    m_client->setApiKey(m_key);
}

void TestSandboxApi::cleanupTestCase()
{
    m_client.reset();
    m_sandbox.stop();
}

SandboxTestClient::Reply TestSandboxApi::createCustomer(const QJsonObject &c)
{
    return m_client->post(u"/api/v5/customers/create"_s, { { u"customer"_s, SandboxTestClient::json(c) } });
}

SandboxTestClient::Reply TestSandboxApi::createOrder(const QJsonObject &o)
{
    return m_client->post(u"/api/v5/orders/create"_s, { { u"order"_s, SandboxTestClient::json(o) } });
}

QJsonObject TestSandboxApi::control(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    const rd::Result<QJsonObject> r = m_sandbox.control(method, path, body);
    if (!r) {
        qWarning("%s", qPrintable(r.error().message));
        return {};
    }
    return *r;
}

void TestSandboxApi::customerCreateGetEdit()
{
    const auto created = createCustomer(customer(u"c1"_s));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json.value(u"success"_s).toBool(), true);
    const int id = created.json.value(u"id"_s).toInt();
    QVERIFY(id > 0);

    auto got = m_client->get(u"/api/v5/customers/c1"_s);
    QCOMPARE(got.status, 200);
    QJsonObject c = got.json.value(u"customer"_s).toObject();
    QCOMPARE(c.value(u"id"_s).toInt(), id);
    QCOMPARE(c.value(u"firstName"_s).toString(), u"Иван"_s);
    QCOMPARE(c.value(u"site"_s).toString(), u"demo-shop"_s);
    QCOMPARE(c.value(u"phones"_s).toArray().first().toObject().value(u"number"_s).toString(), u"+7 999 100-c1"_s);
    QVERIFY(c.value(u"customFields"_s).isArray()); // empty map as []
    QVERIFY(!c.value(u"createdAt"_s).toString().isEmpty());

    got = m_client->get(u"/api/v5/customers/%1"_s.arg(id), { { u"by"_s, u"id"_s } });
    QCOMPARE(got.json.value(u"customer"_s).toObject().value(u"externalId"_s).toString(), u"c1"_s);

    const auto missing = m_client->get(u"/api/v5/customers/nope"_s);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.body, QByteArray(R"({"success":false,"errorMsg":"Not found"})"));

    const auto edited = m_client->post(
        u"/api/v5/customers/c1/edit"_s,
        { { u"by"_s, u"externalId"_s }, { u"customer"_s, u"{\"firstName\":\"Пётр\",\"vip\":true}"_s } });
    QCOMPARE(edited.status, 200);
    QCOMPARE(edited.json.value(u"id"_s).toInt(), id);
    c = m_client->get(u"/api/v5/customers/c1"_s).json.value(u"customer"_s).toObject();
    QCOMPARE(c.value(u"firstName"_s).toString(), u"Пётр"_s);
    QCOMPARE(c.value(u"lastName"_s).toString(), u"Петров"_s); // untouched
    QCOMPARE(c.value(u"vip"_s).toBool(), true);

    QCOMPARE(m_client->post(u"/api/v5/customers/nope/edit"_s, { { u"customer"_s, u"{}"_s } }).status, 404);

    const auto duplicate = createCustomer(customer(u"c1"_s));
    QCOMPARE(duplicate.status, 400);
    QCOMPARE(duplicate.json.value(u"errorMsg"_s).toString(), u"Errors in the entity format"_s);
    QVERIFY(duplicate.body.contains("Customer with externalId=c1 already exists."));
}

void TestSandboxApi::customerValidation_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("field");

    QTest::newRow("phones as object") << u"{\"phones\": {\"0\": {\"number\": \"1\"}}}"_s << u"phones"_s;
    QTest::newRow("phone without number") << u"{\"phones\": [{\"phone\": \"1\"}]}"_s << u"phones[0].number"_s;
    QTest::newRow("bad email") << u"{\"email\": \"not-an-email\"}"_s << u"email"_s;
    QTest::newRow("numeric externalId") << u"{\"externalId\": 15}"_s << u"externalId"_s;
    QTest::newRow("bad birthday") << u"{\"birthday\": \"01.02.2000\"}"_s << u"birthday"_s;
    QTest::newRow("bad createdAt") << u"{\"createdAt\": \"2020-01-01T10:00:00Z\"}"_s << u"createdAt"_s;
    QTest::newRow("firstName not text") << u"{\"firstName\": [\"a\"]}"_s << u"firstName"_s;
}

void TestSandboxApi::customerValidation()
{
    QFETCH(QString, json);
    QFETCH(QString, field);
    const auto r = m_client->post(u"/api/v5/customers/create"_s, { { u"customer"_s, json } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(u"success"_s).toBool(true), false);
    QCOMPARE(r.json.value(u"errorMsg"_s).toString(), u"Errors in the entity format"_s);
    QVERIFY2(r.json.value(u"errors"_s).toObject().contains(field), r.body.constData());
    const auto dump = control("GET", u"/_sandbox/dump"_s);
    QCOMPARE(dump.value(u"customers"_s).toArray().size(), 0);
}

void TestSandboxApi::customerListFiltersAndPagination()
{
    QJsonArray first;
    QJsonArray second;
    for (int i = 1; i <= 45; ++i)
        (i <= 40 ? first : second).append(customer(u"k%1"_s.arg(i), i == 7 ? u"Зинаида"_s : u"Иван"_s));
    for (const QJsonArray &batch : { first, second }) {
        const auto r
            = m_client->post(u"/api/v5/customers/upload"_s, { { u"customers"_s, SandboxTestClient::json(batch) } });
        QCOMPARE(r.status, 200);
    }

    auto page3 = m_client->get(u"/api/v5/customers"_s, { { u"limit"_s, u"20"_s }, { u"page"_s, u"3"_s } });
    QCOMPARE(page3.status, 200);
    QCOMPARE(page3.json.value(u"customers"_s).toArray().size(), 5);
    const QJsonObject pagination = page3.json.value(u"pagination"_s).toObject();
    QCOMPARE(pagination.value(u"limit"_s).toInt(), 20);
    QCOMPARE(pagination.value(u"totalCount"_s).toInt(), 45);
    QCOMPARE(pagination.value(u"currentPage"_s).toInt(), 3);
    QCOMPARE(pagination.value(u"totalPageCount"_s).toInt(), 3);
    QCOMPARE(page3.json.value(u"customers"_s).toArray().first().toObject().value(u"externalId"_s).toString(), u"k41"_s);

    // Default limit 20; only 20, 50 and 100 are accepted.
    QCOMPARE(m_client->get(u"/api/v5/customers"_s).json.value(u"customers"_s).toArray().size(), 20);
    QCOMPARE(
        m_client->get(u"/api/v5/customers"_s, { { u"limit"_s, u"50"_s } }).json.value(u"customers"_s).toArray().size(),
        45);
    for (const QString &bad : { u"10"_s, u"25"_s, u"250"_s, u"x"_s }) {
        const auto r = m_client->get(u"/api/v5/customers"_s, { { u"limit"_s, bad } });
        QCOMPARE(r.status, 400);
        QVERIFY(r.json.value(u"errors"_s).toObject().contains(u"limit"_s));
    }
    QCOMPARE(m_client->get(u"/api/v5/customers"_s, { { u"page"_s, u"0"_s } }).status, 400);

    auto count = [this](const SandboxTestClient::Params &filter) {
        return m_client->get(u"/api/v5/customers"_s, filter)
            .json.value(u"pagination"_s)
            .toObject()
            .value(u"totalCount"_s)
            .toInt();
    };
    QCOMPARE(count({ { u"filter[email]"_s, u"k12@example.com"_s } }), 1);
    QCOMPARE(count({ { u"filter[name]"_s, u"зинаида"_s } }), 1); // case-insensitive, Cyrillic
    QCOMPARE(count({ { u"filter[name]"_s, u"Иван"_s } }), 44);
    QCOMPARE(count({ { u"filter[name]"_s, u"999100"_s } }), 45); // phone digits
    QCOMPARE(count({ { u"filter[externalIds][]"_s, u"k1"_s }, { u"filter[externalIds][]"_s, u"k2"_s } }), 2);
    QCOMPARE(count({ { u"filter[ids][]"_s, u"3"_s } }), 1);
    QCOMPARE(count({ { u"filter[sites][]"_s, u"demo-shop"_s } }), 45);
    QCOMPARE(count({ { u"filter[sites][]"_s, u"other"_s } }), 0);
}

void TestSandboxApi::customersUpload()
{
    QJsonArray fifty;
    for (int i = 0; i < 50; ++i)
        fifty.append(customer(u"u%1"_s.arg(i)));
    auto r = m_client->post(u"/api/v5/customers/upload"_s, { { u"customers"_s, SandboxTestClient::json(fifty) } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"success"_s).toBool(), true);
    const QJsonArray uploaded = r.json.value(u"uploadedCustomers"_s).toArray();
    QCOMPARE(uploaded.size(), 50);
    QCOMPARE(uploaded.at(49).toObject().value(u"externalId"_s).toString(), u"u49"_s);
    QVERIFY(uploaded.at(49).toObject().value(u"id"_s).toInt() > 0);

    QJsonArray fiftyOne;
    for (int i = 0; i < 51; ++i)
        fiftyOne.append(customer(u"v%1"_s.arg(i)));
    r = m_client->post(u"/api/v5/customers/upload"_s, { { u"customers"_s, SandboxTestClient::json(fiftyOne) } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(u"errorMsg"_s).toString(), u"Errors in the input parameters"_s);
    QCOMPARE(control("GET", u"/_sandbox/dump"_s).value(u"customers"_s).toArray().size(), 50); // nothing of the 51

    // Partial: item 1 has phones as an object, item 2 reuses an existing externalId.
    QJsonObject badPhones = customer(u"w1"_s);
    badPhones.insert(u"phones"_s, QJsonObject { { u"number"_s, u"1"_s } });
    const QJsonArray mixed { customer(u"w0"_s), badPhones, customer(u"u3"_s), customer(u"w3"_s) };
    r = m_client->post(u"/api/v5/customers/upload"_s, { { u"customers"_s, SandboxTestClient::json(mixed) } });
    QCOMPARE(r.status, 460);
    QCOMPARE(r.json.value(u"success"_s).toBool(true), false);
    QCOMPARE(r.json.value(u"errorMsg"_s).toString(), u"Customers are loaded with errors"_s);
    const QJsonObject errors = r.json.value(u"errors"_s).toObject();
    QCOMPARE(errors.keys(), (QStringList { u"1"_s, u"2"_s }));
    QVERIFY(errors.value(u"1"_s).toString().startsWith(u"phones:"_s));
    QCOMPARE(errors.value(u"2"_s).toString(), u"Customer with externalId=u3 already exists."_s);
    QJsonArray okIds;
    for (const QJsonValue &v : r.json.value(u"uploadedCustomers"_s).toArray())
        okIds.append(v.toObject().value(u"externalId"_s));
    QCOMPARE(okIds, (QJsonArray { u"w0"_s, u"w3"_s }));
    QCOMPARE(
        r.json.value(u"failedCustomers"_s).toArray(),
        (QJsonArray { QJsonObject { { u"externalId"_s, u"w1"_s } }, QJsonObject { { u"externalId"_s, u"u3"_s } } }));

    // Not an array / not JSON.
    QCOMPARE(m_client->post(u"/api/v5/customers/upload"_s, { { u"customers"_s, u"{}"_s } }).status, 400);
    QCOMPARE(m_client->post(u"/api/v5/customers/upload"_s, { { u"customers"_s, u"[{"_s } })
                 .json.value(u"errorMsg"_s)
                 .toString(),
             u"Errors in the entity format"_s);
}

void TestSandboxApi::orderCreateGetEdit()
{
    QCOMPARE(createCustomer(customer(u"5"_s)).status, 201);
    const QJsonObject payload = order(u"2103-308"_s, u"5"_s);
    const auto created = createOrder(payload);
    QCOMPARE(created.status, 201);
    const int id = created.json.value(u"id"_s).toInt();
    QVERIFY(id > 0);
    QJsonObject o = created.json.value(u"order"_s).toObject();
    QCOMPARE(o.value(u"number"_s).toString(), u"%1A"_s.arg(id));
    QCOMPARE(o.value(u"createdAt"_s).toString(), u"2023-03-04 05:06:07"_s);
    QCOMPARE(o.value(u"status"_s).toString(), u"new"_s);
    QCOMPARE(o.value(u"site"_s).toString(), u"demo-shop"_s);
    QCOMPARE(o.value(u"customer"_s).toObject().value(u"externalId"_s).toString(), u"5"_s);
    QCOMPARE(o.value(u"summ"_s).toDouble(), 3001.0);
    QCOMPARE(o.value(u"totalSumm"_s).toDouble(), 3301.0);
    QVERIFY(o.value(u"payments"_s).isObject()); // keyed by payment id, like the CRM
    const QJsonObject payment = o.value(u"payments"_s).toObject().begin().value().toObject();
    QCOMPARE(payment.value(u"type"_s).toString(), u"cash"_s);
    QCOMPARE(o.value(u"customFields"_s), QJsonValue(QJsonArray {}));

    auto got = m_client->get(u"/api/v5/orders/2103-308"_s);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.json.value(u"order"_s).toObject().value(u"id"_s).toInt(), id);
    got = m_client->get(u"/api/v5/orders/%1"_s.arg(id), { { u"by"_s, u"id"_s } });
    QCOMPARE(got.json.value(u"order"_s).toObject().value(u"externalId"_s).toString(), u"2103-308"_s);
    QCOMPARE(m_client->get(u"/api/v5/orders/nope"_s).status, 404);

    // The dump keeps what the client sent, plus the ids the CRM assigned.
    const QJsonObject stored = control("GET", u"/_sandbox/dump"_s).value(u"orders"_s).toArray().first().toObject();
    for (const QString &key : payload.keys()) {
        if (key == u"items" || key == u"payments" || key == u"customer")
            continue;
        QCOMPARE(stored.value(key), payload.value(key));
    }
    QCOMPARE(stored.value(u"items"_s).toArray().first().toObject().value(u"productName"_s).toString(), u"Чайник"_s);

    // Edit: only the changed fields; status history follows.
    const auto edited
        = m_client->post(u"/api/v5/orders/2103-308/edit"_s,
                         { { u"by"_s, u"externalId"_s },
                           { u"order"_s, u"{\"status\":\"assembling\",\"managerComment\":\"звонок\"}"_s } });
    QCOMPARE(edited.status, 200);
    o = edited.json.value(u"order"_s).toObject();
    QCOMPARE(o.value(u"status"_s).toString(), u"assembling"_s);
    QCOMPARE(o.value(u"managerComment"_s).toString(), u"звонок"_s);
    QCOMPARE(o.value(u"firstName"_s).toString(), u"Иван"_s);
    QCOMPARE(o.value(u"delivery"_s).toObject().value(u"code"_s).toString(), u"courier"_s);

    // A delivery change keeps the other delivery fields.
    QCOMPARE(m_client
                 ->post(u"/api/v5/orders/%1/edit"_s.arg(id),
                        { { u"by"_s, u"id"_s }, { u"order"_s, u"{\"delivery\":{\"address\":{\"city\":\"Тула\"}}}"_s } })
                 .status,
             200);
    o = m_client->get(u"/api/v5/orders/2103-308"_s).json.value(u"order"_s).toObject();
    QCOMPARE(o.value(u"delivery"_s).toObject().value(u"cost"_s).toDouble(), 300.0);
    QCOMPARE(o.value(u"delivery"_s).toObject().value(u"address"_s).toObject().value(u"city"_s).toString(), u"Тула"_s);

    QCOMPARE(m_client->post(u"/api/v5/orders/nope/edit"_s, { { u"order"_s, u"{\"status\":\"new\"}"_s } }).status, 404);
    const auto badEdit
        = m_client->post(u"/api/v5/orders/2103-308/edit"_s, { { u"order"_s, u"{\"status\":\"bogus\"}"_s } });
    QCOMPARE(badEdit.status, 400);
    QVERIFY(badEdit.json.value(u"errors"_s).toObject().contains(u"status"_s));

    // An order without a customer gets a new one from its contact fields.
    QJsonObject anonymous = order(u"anon-1"_s, QString());
    anonymous.remove(u"customer"_s);
    const auto anon = createOrder(anonymous);
    QCOMPARE(anon.status, 201);
    QVERIFY(anon.json.value(u"order"_s).toObject().value(u"customer"_s).toObject().value(u"id"_s).toInt() > 0);
}

void TestSandboxApi::orderValidation_data()
{
    QTest::addColumn<QString>("change"); // JSON object merged into a valid order
    QTest::addColumn<QString>("errorKey");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown delivery") << u"{\"delivery\":{\"code\":\"teleport\"}}"_s << u"delivery.code"_s
                                      << u"Delivery type \"teleport\" not found."_s;
    QTest::newRow("unknown payment type") << u"{\"payments\":[{\"type\":\"bitcoin\"}]}"_s << u"payments[0].type"_s
                                          << u"Payment type \"bitcoin\" not found."_s;
    QTest::newRow("unknown status") << u"{\"status\":\"lost\"}"_s << u"status"_s << u"Status \"lost\" not found."_s;
    QTest::newRow("payment not allowed for delivery")
        << u"{\"delivery\":{\"code\":\"russian-post\"},\"payments\":[{\"type\":\"cash\"}]}"_s << u"payments[0].type"_s
        << u"This payment type is not supported for the type of delivery"_s;
    QTest::newRow("missing customer") << u"{\"externalId\":\"767\",\"customer\":{\"externalId\":\"355\"}}"_s << u"0"_s
                                      << u"Customer with externalId=355 not found. Order externalId=767."_s;
    QTest::newRow("duplicate externalId") << u"{\"externalId\":\"dup\"}"_s << u"0"_s << u"Order already exists."_s;
    QTest::newRow("zero quantity") << u"{\"items\":[{\"productName\":\"x\",\"quantity\":0}]}"_s
                                   << u"items[0].quantity"_s << u"This value should be greater than 0."_s;
    QTest::newRow("unknown offer id") << u"{\"items\":[{\"offer\":{\"id\":424242},\"quantity\":1}]}"_s
                                      << u"items[0].offer.id"_s << u"Offer with id 424242 not found."_s;
    QTest::newRow("bad createdAt") << u"{\"createdAt\":\"yesterday\"}"_s << u"createdAt"_s
                                   << u"This value is not a valid datetime (Y-m-d H:i:s)."_s;
}

void TestSandboxApi::orderValidation()
{
    QFETCH(QString, change);
    QFETCH(QString, errorKey);
    QFETCH(QString, message);
    QCOMPARE(createCustomer(customer(u"5"_s)).status, 201);
    QCOMPARE(createOrder(order(u"dup"_s, u"5"_s)).status, 201);

    QJsonObject o = order(u"fresh"_s, u"5"_s);
    const QJsonObject patch = QJsonDocument::fromJson(change.toUtf8()).object();
    for (auto it = patch.begin(); it != patch.end(); ++it)
        o.insert(it.key(), it.value());
    const auto r = createOrder(o);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(u"errorMsg"_s).toString(), u"Errors in the entity format"_s);
    QCOMPARE(r.json.value(u"errors"_s).toObject().value(errorKey).toString(), message);
    QCOMPARE(control("GET", u"/_sandbox/dump"_s).value(u"orders"_s).toArray().size(), 1);

    // The same order in an upload fails alone, with the message under its index.
    const QJsonArray batch { order(u"ok-1"_s, u"5"_s), o };
    const auto up = m_client->post(u"/api/v5/orders/upload"_s, { { u"orders"_s, SandboxTestClient::json(batch) } });
    QCOMPARE(up.status, 460);
    QVERIFY2(up.json.value(u"errors"_s).toObject().value(u"1"_s).toString().contains(message), up.body.constData());
}

void TestSandboxApi::ordersUpload()
{
    QCOMPARE(createCustomer(customer(u"5"_s)).status, 201);
    QJsonArray fifty;
    for (int i = 0; i < 50; ++i)
        fifty.append(order(u"o%1"_s.arg(i), u"5"_s));
    auto r = m_client->post(u"/api/v5/orders/upload"_s, { { u"orders"_s, SandboxTestClient::json(fifty) } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"uploadedOrders"_s).toArray().size(), 50);
    QCOMPARE(r.json.value(u"orders"_s).toArray().size(), 50);
    QCOMPARE(r.json.value(u"orders"_s).toArray().at(7).toObject().value(u"externalId"_s).toString(), u"o7"_s);

    fifty.append(order(u"o50"_s, u"5"_s));
    r = m_client->post(u"/api/v5/orders/upload"_s, { { u"orders"_s, SandboxTestClient::json(fifty) } });
    QCOMPARE(r.status, 400);
    QVERIFY(r.json.value(u"errors"_s).toObject().value(u"orders"_s).toString().contains(u"50"_s));

    // Re-uploading an existing externalId fails ("Order already exists."), the new ones land.
    const QJsonArray mixed { order(u"o1"_s, u"5"_s), order(u"p1"_s, u"5"_s), order(u"p2"_s, u"nobody"_s) };
    r = m_client->post(u"/api/v5/orders/upload"_s, { { u"orders"_s, SandboxTestClient::json(mixed) } });
    QCOMPARE(r.status, 460);
    QCOMPARE(r.json.value(u"errorMsg"_s).toString(), u"Orders are loaded with errors"_s);
    QCOMPARE(r.json.value(u"errors"_s).toObject().value(u"0"_s).toString(), u"Order already exists."_s);
    QCOMPARE(r.json.value(u"errors"_s).toObject().value(u"2"_s).toString(),
             u"Customer with externalId=nobody not found. Order externalId=p2."_s);
    QCOMPARE(r.json.value(u"uploadedOrders"_s).toArray().size(), 1);
    QCOMPARE(r.json.value(u"uploadedOrders"_s).toArray().first().toObject().value(u"externalId"_s).toString(), u"p1"_s);
    QCOMPARE(r.json.value(u"orders"_s).toArray().size(), 1);
    QCOMPARE(
        r.json.value(u"failedOrders"_s).toArray(),
        (QJsonArray { QJsonObject { { u"externalId"_s, u"o1"_s } }, QJsonObject { { u"externalId"_s, u"p2"_s } } }));
    QCOMPARE(control("GET", u"/_sandbox/dump"_s).value(u"orders"_s).toArray().size(), 51);
}

void TestSandboxApi::orderListFilters()
{
    QCOMPARE(createCustomer(customer(u"5"_s)).status, 201);
    QCOMPARE(createCustomer(customer(u"6"_s, u"Анна"_s, u"Смирнова"_s)).status, 201);
    QJsonArray batch;
    for (int i = 0; i < 30; ++i) {
        QJsonObject o = order(u"f%1"_s.arg(i), i < 10 ? u"6"_s : u"5"_s);
        o.insert(u"createdAt"_s, u"2023-01-%1 12:00:00"_s.arg(i + 1, 2, 10, QLatin1Char('0')));
        o.insert(u"number"_s, u"N-%1"_s.arg(i));
        if (i < 10) {
            o.insert(u"firstName"_s, u"Анна"_s);
            o.insert(u"email"_s, u"anna@example.com"_s);
            o.insert(u"phone"_s, u"+7 (912) 000-11-22"_s);
        }
        if (i % 3 == 0)
            o.insert(u"status"_s, u"complete"_s);
        batch.append(o);
    }
    QCOMPARE(m_client->post(u"/api/v5/orders/upload"_s, { { u"orders"_s, SandboxTestClient::json(batch) } }).status,
             200);

    auto count = [this](const SandboxTestClient::Params &filter) {
        const auto r = m_client->get(u"/api/v5/orders"_s, filter);
        return r.json.value(u"pagination"_s).toObject().value(u"totalCount"_s).toInt();
    };
    QCOMPARE(count({}), 30);
    QCOMPARE(count({ { u"filter[numbers][]"_s, u"N-3"_s }, { u"filter[numbers][]"_s, u"N-4"_s } }), 2);
    QCOMPARE(count({ { u"filter[externalIds][]"_s, u"f29"_s } }), 1);
    QCOMPARE(count({ { u"filter[customer]"_s, u"анна"_s } }), 10);
    QCOMPARE(count({ { u"filter[customer]"_s, u"9120001122"_s } }), 10);
    QCOMPARE(count({ { u"filter[customerExternalId]"_s, u"6"_s } }), 10);
    QCOMPARE(count({ { u"filter[email]"_s, u"anna@example.com"_s } }), 10);
    QCOMPARE(count({ { u"filter[extendedStatus][]"_s, u"complete"_s } }), 10);
    QCOMPARE(count({ { u"filter[extendedStatus][]"_s, u"complete"_s }, { u"filter[extendedStatus][]"_s, u"new"_s } }),
             30);
    QCOMPARE(count({ { u"filter[createdAtFrom]"_s, u"2023-01-05"_s }, { u"filter[createdAtTo]"_s, u"2023-01-07"_s } }),
             3);
    QCOMPARE(count({ { u"filter[sites][]"_s, u"demo-shop"_s } }), 30);

    const auto page = m_client->get(u"/api/v5/orders"_s, { { u"limit"_s, u"20"_s }, { u"page"_s, u"2"_s } });
    QCOMPARE(page.json.value(u"orders"_s).toArray().size(), 10);
    QCOMPARE(page.json.value(u"pagination"_s).toObject().value(u"totalPageCount"_s).toInt(), 2);
    QCOMPARE(m_client->get(u"/api/v5/orders"_s, { { u"limit"_s, u"30"_s } }).status, 400);
}

void TestSandboxApi::orderStatuses()
{
    QCOMPARE(createCustomer(customer(u"5"_s)).status, 201);
    QJsonObject a = order(u"s1"_s, u"5"_s);
    a.insert(u"status"_s, u"send-to-delivery"_s);
    QCOMPARE(createOrder(a).status, 201);
    const int id = createOrder(order(u"s2"_s, u"5"_s)).json.value(u"id"_s).toInt();
    const auto r = m_client->get(u"/api/v5/orders/statuses"_s,
                                 { { u"externalIds[]"_s, u"s1"_s }, { u"ids[]"_s, QString::number(id) } });
    QCOMPARE(r.status, 200);
    const QJsonArray orders = r.json.value(u"orders"_s).toArray();
    QCOMPARE(orders.size(), 2);
    for (const QJsonValue &v : orders) {
        const QJsonObject o = v.toObject();
        if (o.value(u"externalId"_s).toString() == u"s1") {
            QCOMPARE(o.value(u"status"_s).toString(), u"send-to-delivery"_s);
            QCOMPARE(o.value(u"group"_s).toString(), u"delivery"_s);
        } else {
            QCOMPARE(o.value(u"id"_s).toInt(), id);
            QCOMPARE(o.value(u"group"_s).toString(), u"new"_s);
        }
    }
}

void TestSandboxApi::historyPagingAndSources()
{
    QCOMPARE(createCustomer(customer(u"5"_s)).status, 201);
    QJsonArray batch;
    for (int i = 0; i < 25; ++i)
        batch.append(order(u"h%1"_s.arg(i), u"5"_s));
    QCOMPARE(m_client->post(u"/api/v5/orders/upload"_s, { { u"orders"_s, SandboxTestClient::json(batch) } }).status,
             200);
    // One change through the API, one by a CRM user, one through the API with another key.
    QCOMPARE(
        m_client->post(u"/api/v5/orders/h3/edit"_s, { { u"order"_s, u"{\"status\":\"client-confirmed\"}"_s } }).status,
        200);
    const QJsonObject user
        = control("POST", u"/_sandbox/orders/h4/status"_s, { { u"status"_s, u"cancel-other"_s }, { u"userId"_s, 7 } });
    QCOMPARE(user.value(u"order"_s).toObject().value(u"status"_s).toString(), u"cancel-other"_s);
    QVERIFY(control("POST", u"/_sandbox/api-keys"_s, { { u"key"_s, u"second-key"_s } }).value(u"success"_s).toBool());
    m_client->setApiKey(u"second-key"_s);
    QCOMPARE(m_client->post(u"/api/v5/orders/h5/edit"_s, { { u"order"_s, u"{\"status\":\"prepayed\"}"_s } }).status,
             200);
    m_client->setApiKey(m_key);

    // Read it all the way the official modules do: page 1 with sinceId = last id seen.
    QJsonArray all;
    qint64 sinceId = 0;
    int calls = 0;
    while (true) {
        const auto r = m_client->get(u"/api/v5/orders/history"_s,
                                     { { u"filter[sinceId]"_s, QString::number(sinceId) }, { u"limit"_s, u"20"_s } });
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json.value(u"generatedAt"_s).toString().isEmpty());
        const QJsonArray page = r.json.value(u"history"_s).toArray();
        ++calls;
        if (page.isEmpty())
            break;
        QVERIFY(page.size() <= 20);
        for (const QJsonValue &v : page) {
            QVERIFY(v.toObject().value(u"id"_s).toInteger() > sinceId);
            sinceId = v.toObject().value(u"id"_s).toInteger();
            all.append(v);
        }
    }
    QCOMPARE(calls, 3);
    QCOMPARE(all.size(), 28);

    int created = 0;
    for (const QJsonValue &v : all) {
        const QJsonObject e = v.toObject();
        const QString ext = e.value(u"order"_s).toObject().value(u"externalId"_s).toString();
        QCOMPARE(e.value(u"field"_s).toString(), u"status"_s);
        if (e.value(u"created"_s).toBool()) {
            ++created;
            QCOMPARE(e.value(u"oldValue"_s), QJsonValue(QJsonValue::Null));
            QCOMPARE(e.value(u"newValue"_s).toObject().value(u"code"_s).toString(), u"new"_s);
            QCOMPARE(e.value(u"source"_s).toString(), u"api"_s);
            QCOMPARE(e.value(u"apiKey"_s).toObject().value(u"current"_s).toBool(), true);
            QCOMPARE(e.value(u"order"_s).toObject().value(u"items"_s).toArray().size(), 1); // the whole order
            const QJsonObject c = e.value(u"order"_s).toObject().value(u"customer"_s).toObject();
            QCOMPARE(c.value(u"externalId"_s).toString(), u"5"_s);
            QCOMPARE(c.value(u"firstName"_s).toString(), u"Иван"_s);
            continue;
        }
        QCOMPARE(e.value(u"oldValue"_s).toObject().value(u"code"_s).toString(), u"new"_s);
        if (ext == u"h3") {
            QCOMPARE(e.value(u"newValue"_s).toObject().value(u"code"_s).toString(), u"client-confirmed"_s);
            QCOMPARE(e.value(u"source"_s).toString(), u"api"_s);
            QCOMPARE(e.value(u"apiKey"_s).toObject().value(u"current"_s).toBool(), true);
        } else if (ext == u"h4") {
            QCOMPARE(e.value(u"newValue"_s).toObject().value(u"code"_s).toString(), u"cancel-other"_s);
            QCOMPARE(e.value(u"source"_s).toString(), u"user"_s);
            QCOMPARE(e.value(u"user"_s).toObject().value(u"id"_s).toInt(), 7);
            QVERIFY(!e.contains(u"apiKey"_s));
        } else {
            QCOMPARE(ext, u"h5"_s);
            QCOMPARE(e.value(u"source"_s).toString(), u"api"_s);
            QCOMPARE(e.value(u"apiKey"_s).toObject().value(u"current"_s).toBool(), false); // another key
        }
    }
    QCOMPARE(created, 25);

    // The same entries seen with the second key: "current" flips.
    m_client->setApiKey(u"second-key"_s);
    const auto second = m_client->get(u"/api/v5/orders/history"_s, { { u"filter[orderExternalId]"_s, u"h5"_s } });
    const QJsonArray h5 = second.json.value(u"history"_s).toArray();
    QCOMPARE(h5.size(), 2);
    QCOMPARE(h5.at(0).toObject().value(u"apiKey"_s).toObject().value(u"current"_s).toBool(), false);
    QCOMPARE(h5.at(1).toObject().value(u"apiKey"_s).toObject().value(u"current"_s).toBool(), true);
}

void TestSandboxApi::historyFilters()
{
    QCOMPARE(createCustomer(customer(u"5"_s)).status, 201);
    QCOMPARE(createOrder(order(u"x1"_s, u"5"_s)).status, 201);
    QCOMPARE(createOrder(order(u"x2"_s, u"5"_s)).status, 201);
    QCOMPARE(m_client
                 ->post(u"/api/v5/orders/x1/edit"_s,
                        { { u"order"_s, u"{\"firstName\":\"Олег\",\"delivery\":{\"code\":\"self-delivery\"}}"_s } })
                 .status,
             200);
    auto history = [this](const SandboxTestClient::Params &p) {
        return m_client->get(u"/api/v5/orders/history"_s, p).json.value(u"history"_s).toArray();
    };
    const QJsonArray x1 = history({ { u"filter[orderExternalId]"_s, u"x1"_s } });
    QCOMPARE(x1.size(), 3);
    QStringList fields;
    for (const QJsonValue &v : x1)
        fields.append(v.toObject().value(u"field"_s).toString());
    QVERIFY(fields.contains(u"first_name"_s));
    QVERIFY(fields.contains(u"delivery_type"_s));
    for (const QJsonValue &v : x1) {
        if (v.toObject().value(u"field"_s).toString() == u"delivery_type") {
            QCOMPARE(v.toObject().value(u"oldValue"_s).toObject().value(u"code"_s).toString(), u"courier"_s);
            QCOMPARE(v.toObject().value(u"newValue"_s).toObject().value(u"code"_s).toString(), u"self-delivery"_s);
        }
    }
    // A CRM user marks the payment paid: one payments.status entry, values as {"code": ...}.
    const QJsonObject edited = control(
        "POST", u"/_sandbox/orders/x2/edit"_s,
        { { u"order"_s,
            QJsonObject { { u"payments"_s,
                            QJsonArray { QJsonObject { { u"type"_s, u"cash"_s }, { u"status"_s, u"paid"_s } } } } } },
          { u"userId"_s, 3 } });
    QVERIFY(edited.value(u"success"_s).toBool());
    const QJsonArray x2 = history({ { u"filter[orderExternalId]"_s, u"x2"_s } });
    QCOMPARE(x2.size(), 2);
    const QJsonObject paid = x2.at(1).toObject();
    QCOMPARE(paid.value(u"field"_s).toString(), u"payments.status"_s);
    QCOMPARE(paid.value(u"oldValue"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(paid.value(u"newValue"_s).toObject().value(u"code"_s).toString(), u"paid"_s);
    QCOMPARE(paid.value(u"payment"_s).toObject().value(u"type"_s).toString(), u"cash"_s);
    QCOMPARE(paid.value(u"source"_s).toString(), u"user"_s);
    QCOMPARE(paid.value(u"user"_s).toObject().value(u"id"_s).toInt(), 3);
    QCOMPARE(paid.value(u"order"_s).toObject().value(u"externalId"_s).toString(), u"x2"_s);
    QCOMPARE(m_client->get(u"/api/v5/orders/x2"_s).json.value(u"order"_s).toObject().value(u"prepaySum"_s).toDouble(),
             0.0);

    QCOMPARE(history({ { u"filter[startDate]"_s, u"2099-01-01 00:00:00"_s } }).size(), 0);
    QCOMPARE(history({ { u"filter[endDate]"_s, u"2000-01-01"_s } }).size(), 0);
    QCOMPARE(history({ { u"filter[startDate]"_s, u"2000-01-01"_s } }).size(), 5);
    QCOMPARE(m_client->get(u"/api/v5/orders/history"_s, { { u"filter[startDate]"_s, u"soon"_s } }).status, 400);
    QCOMPARE(m_client->get(u"/api/v5/orders/history"_s, { { u"limit"_s, u"250"_s } }).status, 400);
    // Customers have their own history.
    const auto customers = m_client->get(u"/api/v5/customers/history"_s);
    QCOMPARE(customers.status, 200);
    QCOMPARE(customers.json.value(u"history"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"customer"_s)
                 .toObject()
                 .value(u"externalId"_s)
                 .toString(),
             u"5"_s);
}

void TestSandboxApi::store()
{
    QJsonArray products;
    for (int i = 1; i <= 3; ++i)
        products.append(QJsonObject {
            { u"externalId"_s, QString::number(i) },
            { u"name"_s, i == 2 ? u"Чайник электрический"_s : u"Кружка %1"_s.arg(i) },
            { u"article"_s, u"ART-%1"_s.arg(i) },
            { u"offers"_s,
              QJsonArray {
                  QJsonObject { { u"externalId"_s, QString::number(i) }, { u"price"_s, 100 * i } },
                  QJsonObject { { u"externalId"_s, u"mod-%1-1"_s.arg(i) }, { u"price"_s, 100 * i + 50 } } } } });
    const QJsonObject loaded = control("POST", u"/_sandbox/products"_s, { { u"products"_s, products } });
    QCOMPARE(loaded.value(u"products"_s).toInt(), 3);
    QCOMPARE(loaded.value(u"offers"_s).toInt(), 6);

    auto r = m_client->get(u"/api/v5/store/products"_s, { { u"filter[name]"_s, u"чайник"_s } });
    QCOMPARE(r.status, 200);
    QJsonArray list = r.json.value(u"products"_s).toArray();
    QCOMPARE(list.size(), 1);
    QJsonObject p = list.first().toObject();
    QCOMPARE(p.value(u"externalId"_s).toString(), u"2"_s);
    QCOMPARE(p.value(u"offers"_s).toArray().size(), 2);
    QCOMPARE(p.value(u"minPrice"_s).toDouble(), 200.0);
    QCOMPARE(p.value(u"maxPrice"_s).toDouble(), 250.0);
    QCOMPARE(m_client->get(u"/api/v5/store/products"_s, { { u"limit"_s, u"250"_s } })
                 .json.value(u"products"_s)
                 .toArray()
                 .size(),
             3);
    QCOMPARE(m_client->get(u"/api/v5/store/products"_s, { { u"filter[externalId]"_s, u"3"_s } })
                 .json.value(u"products"_s)
                 .toArray()
                 .size(),
             1);
    r = m_client->get(u"/api/v5/store/offers"_s, { { u"filter[externalIds][]"_s, u"mod-1-1"_s } });
    QCOMPARE(r.json.value(u"offers"_s).toArray().size(), 1);
    QCOMPARE(r.json.value(u"offers"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"prices"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"price"_s)
                 .toDouble(),
             150.0);

    // Stock: known offers are updated, unknown ones reported.
    const QJsonArray stock {
        QJsonObject { { u"externalId"_s, u"1"_s },
                      { u"stores"_s, QJsonArray { QJsonObject { { u"code"_s, u"main"_s }, { u"available"_s, 7 } } } } },
        QJsonObject { { u"externalId"_s, u"missing"_s },
                      { u"stores"_s, QJsonArray { QJsonObject { { u"code"_s, u"main"_s }, { u"available"_s, 1 } } } } }
    };
    r = m_client->post(u"/api/v5/store/inventories/upload"_s, { { u"offers"_s, SandboxTestClient::json(stock) } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"processedOffersCount"_s).toInt(), 1);
    QCOMPARE(r.json.value(u"notFoundOffers"_s).toArray(),
             (QJsonArray { QJsonObject { { u"externalId"_s, u"missing"_s } } }));
    r = m_client->get(u"/api/v5/store/inventories"_s,
                      { { u"filter[offerExternalId]"_s, u"1"_s }, { u"filter[details]"_s, u"1"_s } });
    QJsonObject inv = r.json.value(u"offers"_s).toArray().first().toObject();
    QCOMPARE(inv.value(u"quantity"_s).toDouble(), 7.0);
    QCOMPARE(inv.value(u"stores"_s).toArray().first().toObject().value(u"store"_s).toString(), u"main"_s);
    const QJsonArray unknownStore { QJsonObject {
        { u"externalId"_s, u"1"_s },
        { u"stores"_s, QJsonArray { QJsonObject { { u"code"_s, u"nowhere"_s }, { u"available"_s, 1 } } } } } };
    QCOMPARE(
        m_client
            ->post(u"/api/v5/store/inventories/upload"_s, { { u"offers"_s, SandboxTestClient::json(unknownStore) } })
            .status,
        400);
    QJsonArray tooMany;
    for (int i = 0; i < 251; ++i)
        tooMany.append(QJsonObject { { u"externalId"_s, QString::number(i) }, { u"stores"_s, QJsonArray {} } });
    QCOMPARE(
        m_client->post(u"/api/v5/store/inventories/upload"_s, { { u"offers"_s, SandboxTestClient::json(tooMany) } })
            .status,
        400);
    tooMany.removeLast();
    QCOMPARE(
        m_client->post(u"/api/v5/store/inventories/upload"_s, { { u"offers"_s, SandboxTestClient::json(tooMany) } })
            .status,
        200);

    // Prices.
    const QJsonArray prices {
        QJsonObject { { u"externalId"_s, u"2"_s },
                      { u"site"_s, u"demo-shop"_s },
                      { u"prices"_s, QJsonArray { QJsonObject { { u"code"_s, u"base"_s }, { u"price"_s, 999.9 } } } } },
        QJsonObject { { u"externalId"_s, u"nope"_s },
                      { u"prices"_s, QJsonArray { QJsonObject { { u"code"_s, u"base"_s }, { u"price"_s, 1 } } } } }
    };
    r = m_client->post(u"/api/v5/store/prices/upload"_s, { { u"prices"_s, SandboxTestClient::json(prices) } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"processedOffersCount"_s).toInt(), 1);
    QCOMPARE(r.json.value(u"notFoundOffers"_s).toArray().size(), 1);
    r = m_client->get(u"/api/v5/store/offers"_s, { { u"filter[externalIds][]"_s, u"2"_s } });
    QCOMPARE(r.json.value(u"offers"_s).toArray().first().toObject().value(u"price"_s).toDouble(), 999.9);
    const QJsonArray badType { QJsonObject {
        { u"externalId"_s, u"2"_s },
        { u"prices"_s, QJsonArray { QJsonObject { { u"code"_s, u"vip"_s }, { u"price"_s, 1 } } } } } };
    QCOMPARE(
        m_client->post(u"/api/v5/store/prices/upload"_s, { { u"prices"_s, SandboxTestClient::json(badType) } }).status,
        400);

    // Orders referencing a loaded offer show it as the catalog knows it; unknown offers stay as sent.
    QCOMPARE(createCustomer(customer(u"5"_s)).status, 201);
    QJsonObject withOffer = order(u"with-offer"_s, u"5"_s);
    QJsonArray items = withOffer.value(u"items"_s).toArray();
    items.append(QJsonObject { { u"offer"_s, QJsonObject { { u"externalId"_s, u"2"_s } } },
                               { u"quantity"_s, 1 },
                               { u"initialPrice"_s, 999.9 } });
    withOffer.insert(u"items"_s, items);
    const auto o = createOrder(withOffer);
    QCOMPARE(o.status, 201);
    const QJsonArray viewItems = o.json.value(u"order"_s).toObject().value(u"items"_s).toArray();
    QCOMPARE(viewItems.at(0).toObject().value(u"offer"_s).toObject(), (QJsonObject { { u"externalId"_s, u"12"_s } }));
    const QJsonObject known = viewItems.at(1).toObject().value(u"offer"_s).toObject();
    QVERIFY(known.value(u"id"_s).toInt() > 0);
    QCOMPARE(known.value(u"name"_s).toString(), u"Чайник электрический"_s);
}

void TestSandboxApi::icmlLoadsTheCatalog()
{
    const QByteArray icml = R"(<?xml version="1.0" encoding="UTF-8"?>
<yml_catalog date="2024-01-01 10:00:00"><shop><name>Демо</name>
<categories><category id="1">Посуда</category><category id="2" parentId="1">Чашки</category></categories>
<offers>
<offer id="10" productId="10" quantity="4"><url>https://shop.example/cup</url><price>250</price><categoryId>2</categoryId>
<name>Чашка &amp; блюдце</name><productName>Чашка &amp; блюдце</productName><param name="Артикул" code="article">CUP-1</param></offer>
<offer id="mod-10-3" productId="10" quantity="1"><price>300</price><name>Чашка &amp; блюдце, синяя</name><productName>Чашка &amp; блюдце</productName></offer>
<offer id="11" productId="11"><price>99.5</price><name>Ложка</name><productName>Ложка</productName><vendor>Завод</vendor></offer>
</offers></shop></yml_catalog>)";
    QNetworkAccessManager nam;
    QUrl url = m_sandbox.url();
    url.setPath(u"/_sandbox/icml"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/xml"));
    QNetworkReply *reply = nam.post(request, icml);
    QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000));
    const QJsonObject loaded = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    QCOMPARE(loaded.value(u"products"_s).toInt(), 2);
    QCOMPARE(loaded.value(u"offers"_s).toInt(), 3);
    QCOMPARE(loaded.value(u"categories"_s).toInt(), 2);

    const auto r = m_client->get(u"/api/v5/store/products"_s, { { u"filter[externalId]"_s, u"10"_s } });
    const QJsonObject cup = r.json.value(u"products"_s).toArray().first().toObject();
    QCOMPARE(cup.value(u"name"_s).toString(), u"Чашка & блюдце"_s);
    QCOMPARE(cup.value(u"article"_s).toString(), u"CUP-1"_s);
    QCOMPARE(cup.value(u"url"_s).toString(), u"https://shop.example/cup"_s);
    QCOMPARE(cup.value(u"offers"_s).toArray().size(), 2);
    QCOMPARE(cup.value(u"quantity"_s).toDouble(), 5.0);
    QCOMPARE(cup.value(u"maxPrice"_s).toDouble(), 300.0);
    QCOMPARE(m_client->get(u"/api/v5/store/products"_s, { { u"filter[name]"_s, u"cup-1"_s } })
                 .json.value(u"products"_s)
                 .toArray()
                 .size(),
             1); // the article is searched too

    // Not ICML, or a file that is not there.
    QVERIFY(!m_sandbox.control("POST", u"/_sandbox/icml"_s, { { u"path"_s, u"/nonexistent/file.xml"_s } }).ok());
    const QJsonObject site = m_client->get(u"/api/v5/reference/sites"_s)
                                 .json.value(u"sites"_s)
                                 .toObject()
                                 .value(u"demo-shop"_s)
                                 .toObject();
    QVERIFY(!site.value(u"catalogUpdatedAt"_s).toString().isEmpty());
}

void TestSandboxApi::formDecodingIsStrict()
{
    // In form encoding '+' is a space: a client must send a literal plus as %2B.
    QJsonObject c = customer(u"plus"_s);
    c.insert(u"phones"_s, QJsonArray { QJsonObject { { u"number"_s, u"+79990000000"_s } } });
    const QByteArray raw = "customer=" + SandboxTestClient::json(c).toUtf8().toPercentEncoding("+");
    QVERIFY(raw.contains('+'));
    QCOMPARE(m_client->postRaw(u"/api/v5/customers/create"_s, "application/x-www-form-urlencoded", raw).status, 201);
    const QJsonObject got = m_client->get(u"/api/v5/customers/plus"_s).json.value(u"customer"_s).toObject();
    QCOMPARE(got.value(u"phones"_s).toArray().first().toObject().value(u"number"_s).toString(), u" 79990000000"_s);

    QCOMPARE(createCustomer(customer(u"encoded"_s)).status, 201); // formEncode writes %2B
    QVERIFY(m_client->get(u"/api/v5/customers/encoded"_s).body.contains("+7 999 100-encoded"));
}

void TestSandboxApi::resetWipesData()
{
    QCOMPARE(createCustomer(customer(u"5"_s)).status, 201);
    QCOMPARE(createOrder(order(u"r1"_s, u"5"_s)).status, 201);
    QCOMPARE(control("GET", u"/_sandbox/dump"_s).value(u"orders"_s).toArray().size(), 1);
    control("POST", u"/_sandbox/reset"_s);
    const QJsonObject dump = control("GET", u"/_sandbox/dump"_s);
    QCOMPARE(dump.value(u"orders"_s).toArray().size(), 0);
    QCOMPARE(dump.value(u"customers"_s).toArray().size(), 0);
    QCOMPARE(m_client->get(u"/api/v5/orders/history"_s).json.value(u"history"_s).toArray().size(), 0);
    // References survive a reset; ids start over.
    QCOMPARE(m_client->get(u"/api/v5/reference/statuses"_s).json.value(u"statuses"_s).toObject().size(), 7);
    QCOMPARE(createCustomer(customer(u"5"_s)).json.value(u"id"_s).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandbox_api.moc"
