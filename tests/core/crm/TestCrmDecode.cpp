#include "TestSupport.h"
#include "crm/CrmDecode.h"
#include "crm/CrmResponse.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::CrmDecode;
using rd::ErrorCode;
using rd::Result;

namespace {

Result<QJsonObject> sample(const QString &name)
{
    QFile file(rd::test::samplePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return rd::Error(ErrorCode::Io, u"cannot read "_s + file.fileName());
    rd::CrmResponse response;
    response.method = u"GET"_s;
    response.path = u"/api/v5/"_s + name;
    response.httpStatus = 200;
    response.contentType = "application/json";
    response.body = file.readAll();
    response.batchUpload = true;
    return response.interpret();
}

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestCrmDecode final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySampleIsASuccessEnvelope();
    void apiVersions();
    void credentials();
    void sites();
    void deliveryTypes();
    void paymentTypes();
    void statuses();
    void stores();
    void customer();
    void customerLists_data();
    void customerLists();
    void orderPaymentsKeyedById();
    void orderCreateAndEdit();
    void ordersHistory();
    void customersHistory();
    void orderStatuses();
    void ordersUpload();
    void customersUploadWithFailures();
    void partialUploadReasons_data();
    void partialUploadReasons();
    void storeUploads();
    void emptyArraysWhereObjectsAreExpected();
    void numbersBeyondInt64();
    void errorsPassThrough();
    void missingPayloadIsMalformed_data();
    void missingPayloadIsMalformed();
    void errorEnvelopes_data();
    void errorEnvelopes();
};

void TestCrmDecode::everySampleIsASuccessEnvelope()
{
    const QDir dir(qEnvironmentVariable("RETAILDESK_SAMPLES_DIR"));
    const QStringList files = dir.entryList({ u"*.json"_s }, QDir::Files);
    QVERIFY2(files.size() >= 30, qPrintable(dir.absolutePath()));
    for (const QString &name : files) {
        const Result<QJsonObject> r = sample(name);
        if (name.startsWith(u"error-"_s)) {
            QVERIFY2(!r, qPrintable(name));
            QCOMPARE(r.error().code, ErrorCode::Validation); // success:false with HTTP 200
        } else {
            QVERIFY2(r, qPrintable(name + u": "_s + (r ? QString() : r.error().message)));
        }
    }
}

void TestCrmDecode::apiVersions()
{
    const auto v = CrmDecode::apiVersions(sample(u"api-api-versions.json"_s));
    QVERIFY(v);
    QCOMPARE(*v, (QStringList { u"3.0"_s, u"4.0"_s, u"5.0"_s }));
}

void TestCrmDecode::credentials()
{
    const auto c = CrmDecode::credentials(sample(u"api-credentials.json"_s));
    QVERIFY(c);
    QCOMPARE(c->scopes, (QStringList { u"order_read"_s, u"customer_read"_s, u"reference_read"_s }));
    QCOMPARE(c->siteAccess, u"access_full"_s);
    QVERIFY(c->hasScope(u"order_read"_s));
    QVERIFY(!c->hasScope(u"order_write"_s));
    QVERIFY(c->canUseSite(u"anything"_s));
    QCOMPARE(c->credentials.size(), 2);

    const auto selective = CrmDecode::credentials(
        parse(R"({"success":true,"scopes":["order_write"],"siteAccess":"access_selective","sitesAvailable":["a"]})"));
    QVERIFY(selective);
    QVERIFY(selective->canUseSite(u"a"_s));
    QVERIFY(!selective->canUseSite(u"b"_s));
}

void TestCrmDecode::sites()
{
    const auto s = CrmDecode::sites(sample(u"references-sites.json"_s));
    QVERIFY(s);
    QCOMPARE(s->size(), 2);
    QCOMPARE(s->at(0).code, u"test"_s);
    QCOMPARE(s->at(0).ymlUrl, QUrl(u"https://example.com"_s));
    QCOMPARE(s->at(0).currency, u"RUB"_s);
    QVERIFY(s->at(0).loadFromYml);
    QCOMPARE(s->at(1).code, u"test-ru"_s);
    QCOMPARE(s->at(1).ymlUrl, QUrl(u"https://example.com/2/test_catalog.xml"_s));
    QCOMPARE(s->at(1).raw.value(u"id"_s).toInt(), 101);
}

void TestCrmDecode::deliveryTypes()
{
    const auto d = CrmDecode::deliveryTypes(sample(u"references-delivery-types.json"_s));
    QVERIFY(d);
    QCOMPARE(d->size(), 4);
    const auto courier = std::find_if(d->cbegin(), d->cend(), [](const auto &t) { return t.code == u"2"_s; });
    QVERIFY(courier != d->cend());
    QCOMPARE(courier->name, u"Доставка курьером"_s);
    QCOMPARE(courier->defaultCost, 500.0);
    // deliveryPaymentTypes[].code first, then the deprecated paymentTypes[] list.
    QCOMPARE(courier->paymentTypes.mid(0, 2), (QStringList { u"p_type1"_s, u"p_type2"_s }));
    QVERIFY(courier->paymentTypes.contains(u"cash"_s));
    QCOMPARE(courier->sites, QStringList { u"site1"_s });
}

void TestCrmDecode::paymentTypes()
{
    const auto p = CrmDecode::paymentTypes(sample(u"references-payment-types.json"_s));
    QVERIFY(p);
    QCOMPARE(p->size(), 6);
    const auto card = std::find_if(p->cbegin(), p->cend(), [](const auto &t) { return t.code == u"12"_s; });
    QVERIFY(card != p->cend());
    QCOMPARE(card->paymentStatuses, (QStringList { u"not-paid"_s, u"paid"_s }));
    QVERIFY(card->deliveryTypes.contains(u"3"_s));
    QVERIFY(card->active);
}

void TestCrmDecode::statuses()
{
    const auto s = CrmDecode::statuses(sample(u"references-statuses.json"_s));
    QVERIFY(s);
    QCOMPARE(s->size(), 39);
    for (qsizetype i = 1; i < s->size(); ++i)
        QVERIFY(s->at(i - 1).ordering <= s->at(i).ordering);
    const auto fresh = std::find_if(s->cbegin(), s->cend(), [](const auto &t) { return t.code == u"new"_s; });
    QVERIFY(fresh != s->cend());
    QCOMPARE(fresh->name, u"Новый"_s);
    QCOMPARE(fresh->group, u"new"_s);
}

void TestCrmDecode::stores()
{
    const auto r = sample(u"references-stores.json"_s);
    QVERIFY(r);
    QCOMPARE(CrmDecode::asArray(r->value(u"stores"_s)).size(), 10);
}

void TestCrmDecode::customer()
{
    const auto c = CrmDecode::entity(sample(u"customers-get.json"_s), u"customer"_s);
    QVERIFY(c);
    QVERIFY(c->value(u"id"_s).toInt() > 0);
    if (c->contains(u"customFields"_s))
        QVERIFY(c->value(u"customFields"_s).isObject());
    QVERIFY(CrmDecode::createdId(sample(u"customers-create.json"_s)));
    QCOMPARE(*CrmDecode::createdId(sample(u"customers-create.json"_s)), 1);
    QCOMPARE(*CrmDecode::createdId(sample(u"customers-edit.json"_s)), 4770);
}

void TestCrmDecode::customerLists_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("count");
    QTest::newRow("customers") << u"customers-list.json"_s << u"customers"_s << 1;
    QTest::newRow("orders") << u"orders-list.json"_s << u"orders"_s << 1;
    QTest::newRow("products") << u"store-products.json"_s << u"products"_s << 1;
    QTest::newRow("offers") << u"store-offers.json"_s << u"offers"_s << 1;
    QTest::newRow("inventories") << u"store-inventories.json"_s << u"offers"_s << 20;
}

void TestCrmDecode::customerLists()
{
    QFETCH(QString, file);
    QFETCH(QString, key);
    QFETCH(int, count);
    const auto p = CrmDecode::page(sample(file), key);
    QVERIFY(p);
    QCOMPARE(p->items.size(), count);
    QVERIFY(p->pagination.limit > 0);
    QVERIFY(p->pagination.currentPage >= 1);
    QVERIFY(p->pagination.totalCount >= count);
    QCOMPARE(p->pagination.hasNext(), p->pagination.currentPage < p->pagination.totalPageCount);
    for (const QJsonValue &v : p->items) {
        QVERIFY(v.isObject());
        const QJsonObject o = v.toObject();
        if (o.contains(u"payments"_s))
            QVERIFY(o.value(u"payments"_s).isArray());
        if (o.contains(u"customFields"_s))
            QVERIFY(o.value(u"customFields"_s).isObject());
    }
}

void TestCrmDecode::orderPaymentsKeyedById()
{
    const auto o = CrmDecode::entity(sample(u"orders-get.json"_s), u"order"_s);
    QVERIFY(o);
    const QJsonArray payments = o->value(u"payments"_s).toArray();
    QCOMPARE(payments.size(), 1);
    QCOMPARE(payments.at(0).toObject().value(u"id"_s).toInt(), 4326);
    QCOMPARE(payments.at(0).toObject().value(u"type"_s).toString(), u"bank-card"_s);
    QVERIFY(o->value(u"customFields"_s).isObject());
    QCOMPARE(o->value(u"items"_s).toArray().at(0).toObject().value(u"properties"_s).toArray().size(), 0);

    // Several payments keyed by id come out in numeric id order.
    const QJsonObject order = parse(R"({"payments":{"10":{"id":10},"9":{"id":9}},"customFields":[]})");
    const QJsonObject normal = CrmDecode::normaliseOrder(order);
    QCOMPARE(normal.value(u"payments"_s).toArray().at(0).toObject().value(u"id"_s).toInt(), 9);
    QCOMPARE(normal.value(u"payments"_s).toArray().at(1).toObject().value(u"id"_s).toInt(), 10);
    QVERIFY(normal.value(u"customFields"_s).isObject());
    // A list stays a list.
    const QJsonObject listed = CrmDecode::normaliseOrder(parse(R"({"payments":[{"id":3}]})"));
    QCOMPARE(listed.value(u"payments"_s).toArray().size(), 1);
}

void TestCrmDecode::orderCreateAndEdit()
{
    const auto created = sample(u"orders-create.json"_s);
    QCOMPARE(*CrmDecode::createdId(created), 7146);
    const auto order = CrmDecode::entity(created, u"order"_s);
    QVERIFY(order);
    QVERIFY(order->value(u"payments"_s).isArray());
    QCOMPARE(*CrmDecode::createdId(sample(u"orders-edit.json"_s)), 6722);
    QVERIFY(CrmDecode::entity(sample(u"orders-edit.json"_s), u"order"_s));
    QCOMPARE(*CrmDecode::createdId(sample(u"orders-payments-create.json"_s)), 1);
}

void TestCrmDecode::ordersHistory()
{
    const auto h = CrmDecode::history(sample(u"orders-history.json"_s));
    QVERIFY(h);
    QCOMPARE(h->entries.size(), 100);
    QCOMPARE(h->generatedAt.size(), 19);
    qint64 maxId = 0;
    int created = 0;
    int withApiKey = 0;
    for (const QJsonValue &v : h->entries) {
        const QJsonObject e = v.toObject();
        maxId = qMax<qint64>(maxId, e.value(u"id"_s).toInteger());
        created += e.value(u"created"_s).toBool() ? 1 : 0;
        withApiKey += e.contains(u"apiKey"_s) ? 1 : 0;
        QVERIFY(e.value(u"order"_s).isObject());
        const QJsonObject order = e.value(u"order"_s).toObject();
        if (order.contains(u"payments"_s))
            QVERIFY(order.value(u"payments"_s).isArray());
        if (order.contains(u"customFields"_s))
            QVERIFY(order.value(u"customFields"_s).isObject());
    }
    QCOMPARE(h->lastId, maxId);
    QVERIFY(h->lastId > 0);
    QVERIFY(created > 0);
    QVERIFY(withApiKey > 0);
    QVERIFY(h->pagination.limit > 0);
}

void TestCrmDecode::customersHistory()
{
    const auto h = CrmDecode::history(sample(u"customers-history.json"_s));
    QVERIFY(h);
    QCOMPARE(h->entries.size(), 100);
    int emptyCustomFields = 0;
    for (const QJsonValue &v : h->entries) {
        const QJsonObject customer = v.toObject().value(u"customer"_s).toObject();
        if (customer.contains(u"customFields"_s)) {
            QVERIFY(customer.value(u"customFields"_s).isObject()); // [] in the file
            emptyCustomFields += customer.value(u"customFields"_s).toObject().isEmpty() ? 1 : 0;
        }
        if (customer.contains(u"tags"_s))
            QVERIFY(customer.value(u"tags"_s).isArray());
    }
    QVERIFY(emptyCustomFields > 0);
}

void TestCrmDecode::orderStatuses()
{
    const auto s = CrmDecode::orderStatuses(sample(u"orders-statuses.json"_s));
    QVERIFY(s);
    QCOMPARE(s->size(), 1);
    QCOMPARE(s->at(0).id, 6722);
    QCOMPARE(s->at(0).externalId, u"8123522898559160"_s);
    QCOMPARE(s->at(0).status, u"delivering"_s);
    QCOMPARE(s->at(0).group, u"delivery"_s);
}

void TestCrmDecode::ordersUpload()
{
    const auto u = CrmDecode::upload(sample(u"orders-upload.json"_s));
    QVERIFY(u);
    QCOMPARE(u->uploaded.size(), 1);
    QCOMPARE(u->uploaded.at(0).id, 7146);
    QCOMPARE(u->uploaded.at(0).externalId, u"external_id_7146"_s);
    // The sample answers success:true and still lists failed orders: they count as failed items.
    QCOMPARE(u->failed.size(), 2);
    QCOMPARE(u->failed.at(0).externalId, u"100"_s);
    QCOMPARE(u->failed.at(1).externalId, u"101"_s);
    QVERIFY(u->partial);
    QCOMPARE(u->entities.size(), 1);
    QCOMPARE(u->entities.at(0).toObject().value(u"number"_s).toString(), u"7146A"_s);

    // All uploaded: not partial.
    const auto all = CrmDecode::upload(
        parse(R"({"success":true,"uploadedOrders":[{"id":1,"externalId":"a"},{"id":2,"externalId":"b"}]})"));
    QVERIFY(all);
    QCOMPARE(all->uploaded.size(), 2);
    QVERIFY(all->failed.isEmpty());
    QVERIFY(!all->partial);
}

void TestCrmDecode::customersUploadWithFailures()
{
    const auto u = CrmDecode::upload(sample(u"customers-upload.json"_s));
    QVERIFY(u);
    QCOMPARE(u->uploaded.size(), 1);
    QCOMPARE(u->uploaded.at(0).externalId, u"test_10"_s);
    QCOMPARE(u->failed.size(), 2);
    QCOMPARE(u->failed.at(0).externalId, u"100"_s);
    QCOMPARE(u->failed.at(1).externalId, u"101"_s);
    QVERIFY(u->partial);
    const rd::Error e = u->toError();
    QCOMPARE(e.code, ErrorCode::PartialUpload);
    QCOMPARE(e.fieldErrors.size(), 2);
    QVERIFY(e.message.contains(u"2 of 3"_s));
}

void TestCrmDecode::partialUploadReasons_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("batch");
    QTest::addColumn<QStringList>("failed"); // externalId=reason
    QTest::newRow("go client shape: one failed, errors list")
        << QByteArray(R"({"success":false,"uploadedOrders":[],"failedOrders":[{"externalId":"7"}],
                          "errorMsg":"Orders are loaded with errors","errors":["items[0].offer.id: Offer with id 7 not found."]})")
        << QByteArray("[]") << QStringList { u"7=items[0].offer.id: Offer with id 7 not found."_s };
    QTest::newRow("errors list paired by position") << QByteArray(
        R"({"success":false,"uploadedOrders":[{"id":1,"externalId":"a"}],"failedOrders":[{"externalId":"b"},{"externalId":"c"}],
                          "errorMsg":"Orders are loaded with errors","errors":["bad b","bad c"]})")
                                                    << QByteArray("[]") << QStringList { u"b=bad b"_s, u"c=bad c"_s };
    QTest::newRow("errors map keyed by externalId")
        << QByteArray(R"({"success":false,"uploadedOrders":[],"failedOrders":[{"externalId":"b"},{"externalId":"c"}],
                          "errorMsg":"Orders are loaded with errors","errors":{"c":"Customer not found","b":"Order already exists."}})")
        << QByteArray("[]") << QStringList { u"b=Order already exists."_s, u"c=Customer not found"_s };
    QTest::newRow("errors map keyed by batch position")
        << QByteArray(
               R"({"success":false,"uploadedOrders":[{"id":5,"externalId":"a"}],"failedOrders":[{"externalId":"c"}],
                          "errorMsg":"Orders are loaded with errors","errors":{"orders[2].customer":"Customer with externalId=9 not found."}})")
        << QByteArray(R"([{"externalId":"a"},{"externalId":"b"},{"externalId":"c"}])")
        << QStringList { u"c=Customer with externalId=9 not found."_s };
    QTest::newRow("reason on the failed item itself") << QByteArray(
        R"({"success":false,"failedCustomers":[{"externalId":"x","errors":{"email":"invalid"}}],"uploadedCustomers":[]})")
                                                      << QByteArray("[]") << QStringList { u"x=email: invalid"_s };
    QTest::newRow("unattributable errors go to every failed item")
        << QByteArray(R"({"success":false,"failedOrders":[{"externalId":"b"},{"externalId":"c"}],"uploadedOrders":[],
                          "errorMsg":"Orders are loaded with errors","errors":["one reason"]})")
        << QByteArray("[]")
        << QStringList { u"b=Orders are loaded with errors: one reason"_s,
                         u"c=Orders are loaded with errors: one reason"_s };
}

void TestCrmDecode::partialUploadReasons()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, batch);
    QFETCH(QStringList, failed);
    rd::CrmResponse response;
    response.method = u"POST"_s;
    response.path = u"/api/v5/orders/upload"_s;
    response.httpStatus = 460;
    response.body = body;
    response.batchUpload = true;
    const Result<QJsonObject> reply = response.interpret();
    QVERIFY(reply);
    const auto u = CrmDecode::upload(reply, QJsonDocument::fromJson(batch).array());
    QVERIFY(u);
    QVERIFY(u->partial);
    QStringList got;
    for (const rd::CrmFailedItem &item : u->failed)
        got.append(item.externalId + u'=' + item.reason);
    QCOMPARE(got, failed);
}

void TestCrmDecode::storeUploads()
{
    const auto inv = CrmDecode::storeUpload(sample(u"store-inventories-upload.json"_s));
    QVERIFY(inv);
    QCOMPARE(inv->processedOffersCount, 1);
    QVERIFY(inv->notFoundOffers.isEmpty());
    const auto prices = CrmDecode::storeUpload(sample(u"store-prices-upload.json"_s));
    QVERIFY(prices);
    QCOMPARE(prices->processedOffersCount, 1);
}

void TestCrmDecode::emptyArraysWhereObjectsAreExpected()
{
    // An empty reference comes as [] instead of {}.
    const auto statuses = CrmDecode::statuses(parse(R"({"success":true,"statuses":[]})"));
    QVERIFY(statuses);
    QVERIFY(statuses->isEmpty());
    const auto sites = CrmDecode::sites(parse(R"({"success":true,"sites":[]})"));
    QVERIFY(sites);
    QVERIFY(sites->isEmpty());
    const QJsonObject c
        = CrmDecode::normaliseCustomer(parse(R"({"customFields":[],"address":[],"phones":{"0":{"number":"1"}}})"));
    QVERIFY(c.value(u"customFields"_s).isObject());
    QVERIFY(c.value(u"address"_s).isObject());
    QCOMPARE(c.value(u"phones"_s).toArray().size(), 1);
    const QJsonObject o
        = CrmDecode::normaliseOrder(parse(R"({"delivery":{"address":[]},"customer":{"customFields":[]}})"));
    QVERIFY(o.value(u"delivery"_s).toObject().value(u"address"_s).isObject());
    QVERIFY(o.value(u"customer"_s).toObject().value(u"customFields"_s).isObject());
    const auto page = CrmDecode::page(parse(R"({"success":true,"orders":[],"pagination":[]})"), u"orders"_s);
    QVERIFY(page);
    QCOMPARE(page->pagination.totalCount, 0);
    QVERIFY(!page->pagination.hasNext());
}

void TestCrmDecode::numbersBeyondInt64()
{
    // Found by fuzz/crm_history.cpp: converting such a double to qint64 is undefined behaviour (UBSan
    // aborts; on x86 it gave INT64_MIN). An id out of range reads as no id (0); an externalId as its text.
    const auto h
        = CrmDecode::history(parse(R"({"success":true,"history":[{"id":5},{"id":1e300},{"id":-1e300},{"id":1e19}]})"));
    QVERIFY(h);
    QCOMPARE(h->entries.size(), 4);
    QCOMPARE(h->lastId, 5);
    const auto upload = CrmDecode::upload(
        parse(R"({"success":true,"uploadedOrders":[{"id":1e19,"externalId":1e300},{"id":-1e19,"externalId":12}]})"));
    QVERIFY(upload);
    QCOMPARE(upload->uploaded.size(), 2);
    QCOMPARE(upload->uploaded.at(0).id, 0);
    QCOMPARE(upload->uploaded.at(0).externalId, QString::number(1e300));
    QCOMPARE(upload->uploaded.at(1).id, 0);
    QCOMPARE(upload->uploaded.at(1).externalId, u"12"_s);
}

void TestCrmDecode::errorsPassThrough()
{
    const Result<QJsonObject> failed = rd::Error(ErrorCode::Auth, u"refused"_s);
    QCOMPARE(CrmDecode::credentials(failed).error().code, ErrorCode::Auth);
    QCOMPARE(CrmDecode::upload(failed).error().code, ErrorCode::Auth);
    QCOMPARE(CrmDecode::page(failed, u"orders"_s).error().code, ErrorCode::Auth);
    QCOMPARE(CrmDecode::history(failed).error().message, u"refused"_s);
}

void TestCrmDecode::missingPayloadIsMalformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("decoder");
    QTest::newRow("versions") << QByteArray(R"({"success":true})") << u"apiVersions"_s;
    QTest::newRow("credentials") << QByteArray(R"({"success":true})") << u"credentials"_s;
    QTest::newRow("statuses") << QByteArray(R"({"success":true})") << u"statuses"_s;
    QTest::newRow("order") << QByteArray(R"({"success":true,"order":[]})") << u"order"_s;
    QTest::newRow("history") << QByteArray(R"({"success":true})") << u"history"_s;
    QTest::newRow("upload") << QByteArray(R"({"success":true})") << u"upload"_s;
    QTest::newRow("store upload") << QByteArray(R"({"success":true})") << u"storeUpload"_s;
}

void TestCrmDecode::missingPayloadIsMalformed()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, decoder);
    const Result<QJsonObject> r = QJsonDocument::fromJson(body).object();
    rd::Error error;
    if (decoder == u"apiVersions"_s)
        error = CrmDecode::apiVersions(r).error();
    else if (decoder == u"credentials"_s)
        error = CrmDecode::credentials(r).error();
    else if (decoder == u"statuses"_s)
        error = CrmDecode::statuses(r).error();
    else if (decoder == u"order"_s)
        error = CrmDecode::entity(r, u"order"_s).error();
    else if (decoder == u"history"_s)
        error = CrmDecode::history(r).error();
    else if (decoder == u"upload"_s)
        error = CrmDecode::upload(r).error();
    else
        error = CrmDecode::storeUpload(r).error();
    QCOMPARE(error.code, ErrorCode::MalformedResponse);
    QVERIFY(!error.message.isEmpty());
}

void TestCrmDecode::errorEnvelopes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("method");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("inMessage");
    QTest::newRow("405 json") << u"error-error-response-handling.json"_s << 405 << u"GET"_s << ErrorCode::NotFound
                              << u"Method Not Allowed"_s;
    QTest::newRow("400 invalid data") << u"error-post-error-response-handling.json"_s << 400 << u"POST"_s
                                      << ErrorCode::Validation << u"Invalid data"_s;
    QTest::newRow("500") << u"error-post-error-response-handling.json"_s << 500 << u"POST"_s << ErrorCode::Server
                         << u"Invalid data"_s;
}

void TestCrmDecode::errorEnvelopes()
{
    QFETCH(QString, file);
    QFETCH(int, status);
    QFETCH(QString, method);
    QFETCH(ErrorCode, code);
    QFETCH(QString, inMessage);
    QFile f(rd::test::samplePath(file));
    QVERIFY(f.open(QIODevice::ReadOnly));
    rd::CrmResponse response;
    response.method = method;
    response.path = u"/api/v5/orders/create"_s;
    response.httpStatus = status;
    response.contentType = "application/json";
    response.body = f.readAll();
    const Result<QJsonObject> r = response.interpret();
    QVERIFY(!r);
    QCOMPARE(r.error().code, code);
    QCOMPARE(r.error().httpStatus, status);
    QVERIFY2(r.error().message.contains(inMessage), qPrintable(r.error().message));
}

QTEST_GUILESS_MAIN(TestCrmDecode)
#include "TestCrmDecode.moc"
