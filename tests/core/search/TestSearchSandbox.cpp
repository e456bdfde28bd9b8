// SearchService and QuickEntry against the real sandbox CRM: every search kind with its filters and
// paging over data created through the API (customers, orders) and /_sandbox/products (catalog),
// contact and one-item order creation end to end.
#include "crm/CrmClient.h"
#include "crm/CrmDecode.h"
#include "demo/SandboxProcess.h"
#include "search/QuickEntry.h"
#include "search/SearchService.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace rd;

namespace {

QString errorText(const Error &e)
{
    return e.toString();
}

} // namespace

class TestSearchSandbox final : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<CrmClient> m_client;
    const QString m_key = u"search-test-key"_s;
    qint64 m_ivanId = 0;
    qint64 m_annaId = 0;
    static constexpr int bulkCount = 45; // bulk customers, each with one order; every third order is complete

    QJsonObject crmGet(CrmReply *reply, const QString &key)
    {
        const Result<QJsonObject> o = CrmDecode::entity(m_client->waitFor(reply), key);
        if (!o)
            qWarning() << o.error().toString();
        return o.valueOr({});
    }

    static QSet<qint64> idsOf(const QList<CrmOrderSummary> &orders)
    {
        QSet<qint64> out;
        for (const auto &o : orders)
            out.insert(o.id);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions options;
        options.apiKey = m_key;
        const Result<QUrl> url = m_sandbox.start(options);
        QVERIFY2(url.ok(), qPrintable(url ? QString() : url.error().toString()));
        CrmConfig config;
        config.baseUrl = *url;
        config.apiKey = m_key;
        config.site = u"demo-shop"_s;
        config.timeoutMs = 15000;
        m_client = std::make_unique<CrmClient>(config);

        // Catalog.
        QJsonArray products {
            QJsonObject { { u"externalId"_s, u"p1"_s },
                          { u"name"_s, u"Oak chair"_s },
                          { u"article"_s, u"OAK-1"_s },
                          { u"offers"_s,
                            QJsonArray { QJsonObject { { u"externalId"_s, u"p1-s"_s },
                                                       { u"name"_s, u"Oak chair, small"_s },
                                                       { u"article"_s, u"OAK-1-S"_s },
                                                       { u"price"_s, 100 },
                                                       { u"quantity"_s, 2 } },
                                         QJsonObject { { u"externalId"_s, u"p1-l"_s },
                                                       { u"name"_s, u"Oak chair, large"_s },
                                                       { u"article"_s, u"OAK-1-L"_s },
                                                       { u"price"_s, 150 },
                                                       { u"quantity"_s, 1 } } } } },
            QJsonObject { { u"externalId"_s, u"p2"_s },
                          { u"name"_s, u"Pine table"_s },
                          { u"article"_s, u"PINE-2"_s },
                          { u"price"_s, 300 },
                          { u"quantity"_s, 5 } },
            QJsonObject {
                { u"externalId"_s, u"p3"_s },
                { u"name"_s, u"Oak table"_s },
                { u"article"_s, u"OAK-3"_s },
                { u"offers"_s,
                  QJsonArray { QJsonObject {
                      { u"externalId"_s, u"p3"_s }, { u"article"_s, u"SHARED"_s }, { u"price"_s, 500 } } } } },
            QJsonObject { { u"externalId"_s, u"p4"_s },
                          { u"name"_s, u"Birch stool"_s },
                          { u"article"_s, u"B-4"_s },
                          { u"offers"_s,
                            QJsonArray { QJsonObject {
                                { u"externalId"_s, u"p4"_s }, { u"article"_s, u"SHARED"_s }, { u"price"_s, 50 } } } } },
        };
        for (int i = 1; i <= 25; ++i)
            products.append(QJsonObject {
                { u"externalId"_s, u"w%1"_s.arg(i) }, { u"name"_s, u"Widget %1"_s.arg(i) }, { u"price"_s, i } });
        const auto loaded = m_sandbox.control("POST", u"/_sandbox/products"_s, { { u"products"_s, products } });
        QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().toString()));

        // Two customers made one by one, the bulk ones uploaded.
        const auto ivan = CrmDecode::createdId(m_client->waitFor(m_client->customersCreate(
            { { u"lastName"_s, u"Иванов"_s },
              { u"firstName"_s, u"Иван"_s },
              { u"patronymic"_s, u"Иванович"_s },
              { u"email"_s, u"ivan@example.com"_s },
              { u"phones"_s, QJsonArray { QJsonObject { { u"number"_s, u"+7 915 111-22-33"_s } } } } })));
        QVERIFY2(ivan.ok(), qPrintable(ivan ? QString() : errorText(ivan.error())));
        m_ivanId = *ivan;
        const auto anna = CrmDecode::createdId(m_client->waitFor(m_client->customersCreate(
            { { u"firstName"_s, u"Anna Petrova"_s },
              { u"email"_s, u"anna@example.org"_s },
              { u"phones"_s, QJsonArray { QJsonObject { { u"number"_s, u"8 922 911 23 22"_s } } } } })));
        QVERIFY(anna.ok());
        m_annaId = *anna;
        QJsonArray bulk;
        QJsonArray orders;
        for (int i = 1; i <= bulkCount; ++i) {
            bulk.append(QJsonObject { { u"externalId"_s, u"b%1"_s.arg(i) },
                                      { u"firstName"_s, u"Bulk%1"_s.arg(i) },
                                      { u"lastName"_s, u"Person"_s },
                                      { u"email"_s, u"bulk%1@bulk.test"_s.arg(i) } });
            orders.append(
                QJsonObject { { u"externalId"_s, u"o%1"_s.arg(i) },
                              { u"firstName"_s, u"Bulk%1"_s.arg(i) },
                              { u"lastName"_s, u"Person"_s },
                              { u"email"_s, u"bulk%1@bulk.test"_s.arg(i) },
                              { u"status"_s, i % 3 == 0 ? u"complete"_s : u"new"_s },
                              { u"customer"_s, QJsonObject { { u"externalId"_s, u"b%1"_s.arg(i) } } },
                              { u"items"_s,
                                QJsonArray { QJsonObject { { u"offer"_s, QJsonObject { { u"externalId"_s, u"p2"_s } } },
                                                           { u"quantity"_s, 1 },
                                                           { u"initialPrice"_s, 300 } } } } });
        }
        const auto upC = m_client->waitForUpload(m_client->customersUpload(bulk));
        QVERIFY2(upC.ok() && upC->failed.isEmpty(), "bulk customers were not uploaded");
        const auto upO = m_client->waitForUpload(m_client->ordersUpload(orders));
        QVERIFY2(upO.ok() && upO->failed.isEmpty(), "bulk orders were not uploaded");

        // One order with everything on it.
        const auto made = CrmDecode::createdId(m_client->waitFor(m_client->ordersCreate(
            { { u"number"_s, u"SRCH-1"_s },
              { u"externalId"_s, u"srch-1"_s },
              { u"lastName"_s, u"Иванов"_s },
              { u"firstName"_s, u"Иван"_s },
              { u"patronymic"_s, u"Иванович"_s },
              { u"phone"_s, u"+7 915 111-22-33"_s },
              { u"email"_s, u"ivan@example.com"_s },
              { u"status"_s, u"assembling"_s },
              { u"customer"_s, QJsonObject { { u"id"_s, m_ivanId } } },
              { u"delivery"_s,
                QJsonObject { { u"code"_s, u"courier"_s },
                              { u"cost"_s, 300 },
                              { u"address"_s, QJsonObject { { u"text"_s, u"Москва, Тверская 1"_s } } } } },
              { u"payments"_s,
                QJsonArray { QJsonObject { { u"type"_s, u"cash"_s }, { u"status"_s, u"paid"_s }, { u"amount"_s, 200 } },
                             QJsonObject { { u"type"_s, u"bank-card"_s }, { u"amount"_s, 500 } } } },
              { u"items"_s,
                QJsonArray { QJsonObject { { u"offer"_s, QJsonObject { { u"externalId"_s, u"p1-s"_s } } },
                                           { u"productName"_s, u"Oak chair, small"_s },
                                           { u"quantity"_s, 4 },
                                           { u"initialPrice"_s, 100 } } } } })));
        QVERIFY2(made.ok(), qPrintable(made ? QString() : errorText(made.error())));
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_sandbox.stop();
    }

    void orderByNumberIsDecoded()
    {
        SearchService search(*m_client);
        const auto page = search.orders({ .number = u"SRCH-1"_s });
        QVERIFY2(page.ok(), qPrintable(page ? QString() : errorText(page.error())));
        QCOMPARE(page->pagination.totalCount, 1);
        QCOMPARE(page->items.size(), 1);
        const CrmOrderSummary &o = page->items.first();
        QCOMPARE(o.number, u"SRCH-1"_s);
        QCOMPARE(o.externalId, u"srch-1"_s);
        QCOMPARE(o.status, u"assembling"_s);
        QCOMPARE(o.site, u"demo-shop"_s);
        QCOMPARE(o.customerName, u"Иванов Иван Иванович"_s);
        QCOMPARE(o.email, u"ivan@example.com"_s);
        QCOMPARE(o.phone, u"+7 915 111-22-33"_s);
        QCOMPARE(o.customerId, m_ivanId);
        QCOMPARE(o.deliveryCode, u"courier"_s);
        QCOMPARE(o.deliveryCost, 300.0);
        QCOMPARE(o.deliveryAddress, u"Москва, Тверская 1"_s);
        QCOMPARE(o.payments.size(), 2); // the sandbox keys them by id, like the CRM
        QCOMPARE(o.payments.at(0).type, u"cash"_s);
        QCOMPARE(o.payments.at(0).status, u"paid"_s);
        QCOMPARE(o.payments.at(0).amount, 200.0);
        QCOMPARE(o.payments.at(1).type, u"bank-card"_s);
        QCOMPARE(o.items.size(), 1);
        QCOMPARE(o.items.first().offerExternalId, u"p1-s"_s);
        QCOMPARE(o.items.first().name, u"Oak chair, small"_s);
        QCOMPARE(o.items.first().quantity, 4.0);
        QCOMPARE(o.items.first().price, 100.0);
        QCOMPARE(o.totalSumm, 700.0); // 4 × 100 + 300 delivery
        QVERIFY(!o.createdAt.isEmpty());
    }

    void ordersByContact_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("customer");
        QTest::addColumn<int>("count");
        QTest::newRow("email") << u"ivan@example.com"_s << QString() << QString() << 1;
        QTest::newRow("email part") << u"@bulk.test"_s << QString() << QString() << bulkCount;
        QTest::newRow("phone formatted") << QString() << u"+7 (915) 111-22-33"_s << QString() << 1;
        QTest::newRow("phone part") << QString() << u"111-22"_s << QString() << 1;
        QTest::newRow("customer name") << QString() << QString() << u"Иванов"_s << 1;
        QTest::newRow("customer bulk") << QString() << QString() << u"bulk17"_s << 1;
        QTest::newRow("nobody") << u"nobody@nowhere.test"_s << QString() << QString() << 0;
    }
    void ordersByContact()
    {
        QFETCH(QString, email);
        QFETCH(QString, phone);
        QFETCH(QString, customer);
        QFETCH(int, count);
        SearchService search(*m_client);
        const auto page = search.orders({ .email = email, .phone = phone, .customer = customer }, 1, 100);
        QVERIFY2(page.ok(), qPrintable(page ? QString() : errorText(page.error())));
        QCOMPARE(page->pagination.totalCount, count);
        QCOMPARE(page->items.size(), count);
        for (const CrmOrderSummary &o : page->items) {
            if (!email.isEmpty())
                QVERIFY(o.email.contains(email));
        }
    }

    void ordersByStatusArePaged()
    {
        SearchService search(*m_client);
        const int complete = bulkCount / 3; // 15
        QSet<qint64> seen;
        int pages = 0;
        for (int page = 1;; ++page) {
            const auto p = search.orders({ .status = u"complete"_s }, page, 20);
            QVERIFY(p.ok());
            QCOMPARE(p->pagination.totalCount, complete);
            QCOMPARE(p->pagination.limit, 20);
            QCOMPARE(p->pagination.currentPage, page);
            for (const auto &o : p->items)
                QCOMPARE(o.status, u"complete"_s);
            seen.unite(idsOf(p->items));
            ++pages;
            if (!p->pagination.hasNext())
                break;
        }
        QCOMPARE(pages, 1);
        QCOMPARE(seen.size(), complete);

        // 45 + 1 orders with "new"/"assembling"...: every order, 20 per page, 3 pages, no overlap.
        QSet<qint64> all;
        const auto p1 = search.orders({ .email = u"bulk.test"_s }, 1, 20);
        const auto p2 = search.orders({ .email = u"bulk.test"_s }, 2, 20);
        const auto p3 = search.orders({ .email = u"bulk.test"_s }, 3, 20);
        QVERIFY(p1.ok() && p2.ok() && p3.ok());
        QCOMPARE(p1->pagination.totalPageCount, 3);
        QCOMPARE(p1->items.size(), 20);
        QCOMPARE(p2->items.size(), 20);
        QCOMPARE(p3->items.size(), bulkCount - 40);
        all.unite(idsOf(p1->items)).unite(idsOf(p2->items)).unite(idsOf(p3->items));
        QCOMPARE(all.size(), bulkCount);
        const auto p50 = search.orders({ .email = u"bulk.test"_s }, 1, 50);
        QVERIFY(p50.ok());
        QCOMPARE(p50->items.size(), bulkCount);
        QCOMPARE(idsOf(p50->items), all);
    }

    void refusedQueries()
    {
        SearchService search(*m_client);
        auto o = search.orders({ .phone = u"915"_s, .customer = u"Иван"_s });
        QVERIFY(!o.ok());
        QCOMPARE(o.error().code, ErrorCode::Usage);
        o = search.orders({ .number = u"SRCH-1"_s }, 1, 30);
        QVERIFY(!o.ok());
        QCOMPARE(o.error().code, ErrorCode::Usage);
        const auto c = search.customers({ .name = u"x"_s, .phone = u"123"_s });
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, ErrorCode::Usage);
        const auto p = search.products({ .name = u"oak"_s }, 0, 20);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, ErrorCode::Usage);
    }

    void customersByFilters_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QList<qint64>>("ids"); // empty + count for the bulk rows
        QTest::addColumn<int>("count");
        QTest::newRow("last name") << u"Иванов"_s << QString() << QString() << QList<qint64> { -1 } << 1;
        QTest::newRow("full name, any case") << u"иванов иван"_s << QString() << QString() << QList<qint64> { -1 } << 1;
        QTest::newRow("phone") << QString() << QString() << u"8 (922) 911-23-22"_s << QList<qint64> { -2 } << 1;
        QTest::newRow("phone part") << QString() << QString() << u"911 23"_s << QList<qint64> { -2 } << 1;
        QTest::newRow("email") << QString() << u"anna@example.org"_s << QString() << QList<qint64> { -2 } << 1;
        QTest::newRow("email and name") << u"Anna"_s << u"ivan@example.com"_s << QString() << QList<qint64> {} << 0;
        QTest::newRow("bulk by email") << QString() << u"@bulk.test"_s << QString() << QList<qint64> {} << bulkCount;
    }
    void customersByFilters()
    {
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(QString, phone);
        QFETCH(QList<qint64>, ids);
        QFETCH(int, count);
        SearchService search(*m_client);
        const auto page = search.customers({ .name = name, .email = email, .phone = phone }, 1, 100);
        QVERIFY2(page.ok(), qPrintable(page ? QString() : errorText(page.error())));
        QCOMPARE(page->pagination.totalCount, count);
        QCOMPARE(page->items.size(), count);
        for (qsizetype i = 0; i < ids.size(); ++i)
            QCOMPARE(page->items.at(i).id, ids.at(i) == -1 ? m_ivanId : m_annaId);
        if (!ids.isEmpty() && ids.first() == -1) {
            const CrmCustomerSummary &c = page->items.first();
            QCOMPARE(c.fullName(), u"Иванов Иван Иванович"_s);
            QCOMPARE(c.email, u"ivan@example.com"_s);
            QCOMPARE(c.phones, QStringList { u"+7 915 111-22-33"_s });
            QVERIFY(!c.createdAt.isEmpty());
        }
    }

    void customersArePaged()
    {
        SearchService search(*m_client);
        QSet<qint64> all;
        int pages = 0;
        for (int page = 1; page <= 5; ++page) {
            const auto p = search.customers({ .email = u"bulk.test"_s }, page, 20);
            QVERIFY(p.ok());
            QCOMPARE(p->pagination.totalCount, bulkCount);
            QCOMPARE(p->pagination.totalPageCount, 3);
            for (const auto &c : p->items) {
                QVERIFY(c.email.endsWith(u"@bulk.test"_s));
                QVERIFY(c.externalId.startsWith(u'b'));
                all.insert(c.id);
            }
            ++pages;
            if (!p->pagination.hasNext())
                break;
        }
        QCOMPARE(pages, 3);
        QCOMPARE(all.size(), bulkCount);
    }

    void productsByName()
    {
        SearchService search(*m_client);
        auto p = search.products({ .name = u"oak"_s });
        QVERIFY(p.ok());
        QCOMPARE(p->pagination.totalCount, 2);
        QCOMPARE(p->items.size(), 2);
        const CrmProductSummary &chair = p->items.first();
        QCOMPARE(chair.externalId, u"p1"_s);
        QCOMPARE(chair.name, u"Oak chair"_s);
        QCOMPARE(chair.article, u"OAK-1"_s);
        QCOMPARE(chair.offers.size(), 2);
        QCOMPARE(chair.minPrice, 100.0);
        QCOMPARE(chair.maxPrice, 150.0);
        QCOMPARE(chair.quantity, 3.0);
        QCOMPARE(chair.offers.at(1).externalId, u"p1-l"_s);
        QCOMPARE(chair.offers.at(1).article, u"OAK-1-L"_s);
        QCOMPARE(chair.offers.at(1).price, 150.0);
        QVERIFY(chair.offers.at(1).id > 0);

        // 25 widgets: pages of 20.
        p = search.products({ .name = u"widget"_s }, 2, 20);
        QVERIFY(p.ok());
        QCOMPARE(p->pagination.totalCount, 25);
        QCOMPARE(p->pagination.totalPageCount, 2);
        QCOMPARE(p->items.size(), 5);
        p = search.products({ .name = u"widget"_s }, 1, 50);
        QVERIFY(p.ok());
        QCOMPARE(p->items.size(), 25);
    }

    void productsByArticle_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("article");
        QTest::addColumn<QStringList>("externalIds");
        QTest::newRow("product article") << QString() << u"OAK-1"_s << QStringList { u"p1"_s };
        QTest::newRow("offer article") << QString() << u"OAK-1-L"_s << QStringList { u"p1"_s };
        QTest::newRow("single-offer product") << QString() << u"PINE-2"_s << QStringList { u"p2"_s };
        QTest::newRow("shared by two") << QString() << u"SHARED"_s << QStringList { u"p3"_s, u"p4"_s };
        QTest::newRow("shared + name") << u"stool"_s << u"SHARED"_s << QStringList { u"p4"_s };
        QTest::newRow("prefix is not a match") << QString() << u"OAK"_s << QStringList {};
        QTest::newRow("unknown") << QString() << u"NOPE-9"_s << QStringList {};
    }
    void productsByArticle()
    {
        QFETCH(QString, name);
        QFETCH(QString, article);
        QFETCH(QStringList, externalIds);
        SearchService search(*m_client);
        const auto p = search.products({ .name = name, .article = article });
        QVERIFY2(p.ok(), qPrintable(p ? QString() : errorText(p.error())));
        QStringList got;
        for (const auto &product : p->items)
            got.append(product.externalId);
        QCOMPARE(got, externalIds);
        QCOMPARE(p->pagination.totalCount, externalIds.size());
        QCOMPARE(p->pagination.totalPageCount, externalIds.isEmpty() ? 0 : 1);
        QCOMPARE(p->pagination.currentPage, 1);
    }

    void productsByArticleArePagedLocally()
    {
        SearchService search(*m_client);
        const auto p = search.products({ .article = u"SHARED"_s }, 2, 20);
        QVERIFY(p.ok());
        QVERIFY(p->items.isEmpty());
        QCOMPARE(p->pagination.totalCount, 2);
        QCOMPARE(p->pagination.currentPage, 2);
        QVERIFY(!p->pagination.hasNext());
    }

    void createContact()
    {
        QuickEntry quick(*m_client);
        const auto id
            = quick.createContact({ u"Сидоров  Пётр Ильич"_s, u"+7 (999) 123-45-67"_s, u"petr@example.net"_s });
        QVERIFY2(id.ok(), qPrintable(id ? QString() : errorText(id.error())));
        QVERIFY(*id > 0);
        const QJsonObject c = crmGet(m_client->customersGet(QString::number(*id), CrmClient::By::Id), u"customer"_s);
        QCOMPARE(c.value(u"lastName"_s).toString(), u"Сидоров"_s);
        QCOMPARE(c.value(u"firstName"_s).toString(), u"Пётр"_s);
        QCOMPARE(c.value(u"patronymic"_s).toString(), u"Ильич"_s);
        QCOMPARE(c.value(u"email"_s).toString(), u"petr@example.net"_s);
        QCOMPARE(c.value(u"phones"_s).toArray().first().toObject().value(u"number"_s).toString(),
                 u"+7 (999) 123-45-67"_s);
        // Found by the search too.
        const auto found = SearchService(*m_client).customers({ .phone = u"9991234567"_s });
        QVERIFY(found.ok());
        QCOMPARE(found->items.size(), 1);
        QCOMPARE(found->items.first().id, *id);
    }

    void createContactRefusesBadInputBeforeSending()
    {
        const auto before = m_sandbox.stats();
        QVERIFY(before.ok());
        QuickEntry quick(*m_client);
        auto id = quick.createContact({ u"Bad Mail"_s, {}, u"bad@mail"_s });
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, ErrorCode::Usage);
        id = quick.createContact({ u"Bad Phone"_s, u"12-ab"_s, {} });
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, ErrorCode::Usage);
        id = quick.createContact({ u" "_s, {}, {} });
        QVERIFY(!id.ok());
        const auto after = m_sandbox.stats();
        QVERIFY(after.ok());
        QCOMPARE(after->value(u"apiRequests"_s).toInteger(), before->value(u"apiRequests"_s).toInteger());
    }

    void quickOrderByExternalId()
    {
        QuickEntry quick(*m_client);
        QuickOrderDraft draft;
        draft.product = u"p2"_s;
        draft.quantity = 3;
        draft.contact = { u"Кузнецов Кузьма Кузьмич"_s, u"+7 900 555-00-11"_s, u"kuzma@example.net"_s };
        const auto made = quick.createOrder(draft);
        QVERIFY2(made.ok(), qPrintable(made ? QString() : errorText(made.error())));
        QVERIFY(made->id > 0);
        QVERIFY(!made->number.isEmpty());
        QCOMPARE(made->customerId, 0); // nobody with that e-mail or phone yet
        QCOMPARE(made->offer.externalId, u"p2"_s);
        QCOMPARE(made->offer.price, 300.0);

        const QJsonObject o = crmGet(m_client->ordersGet(QString::number(made->id), CrmClient::By::Id), u"order"_s);
        QCOMPARE(o.value(u"number"_s).toString(), made->number);
        QCOMPARE(o.value(u"status"_s).toString(), u"new"_s);
        QCOMPARE(o.value(u"lastName"_s).toString(), u"Кузнецов"_s);
        QCOMPARE(o.value(u"firstName"_s).toString(), u"Кузьма"_s);
        QCOMPARE(o.value(u"patronymic"_s).toString(), u"Кузьмич"_s);
        QCOMPARE(o.value(u"phone"_s).toString(), u"+7 900 555-00-11"_s);
        QCOMPARE(o.value(u"email"_s).toString(), u"kuzma@example.net"_s);
        const QJsonArray items = CrmDecode::asArray(o.value(u"items"_s));
        QCOMPARE(items.size(), 1);
        const QJsonObject item = items.first().toObject();
        QCOMPARE(item.value(u"offer"_s).toObject().value(u"id"_s).toInteger(), made->offer.id);
        QCOMPARE(item.value(u"quantity"_s).toDouble(), 3.0);
        QCOMPARE(item.value(u"initialPrice"_s).toDouble(), 300.0);

        // The search finds it by number and by the buyer's phone.
        const auto byNumber = SearchService(*m_client).orders({ .number = made->number });
        QVERIFY(byNumber.ok());
        QCOMPARE(byNumber->items.size(), 1);
        QCOMPARE(byNumber->items.first().id, made->id);
        QCOMPARE(byNumber->items.first().totalSumm, 900.0);
        const auto byPhone = SearchService(*m_client).orders({ .phone = u"9005550011"_s });
        QVERIFY(byPhone.ok());
        QCOMPARE(byPhone->items.size(), 1);
    }

    void quickOrderByOfferIdTiesToExistingCustomer()
    {
        // The large oak chair by its CRM offer id, for Ivan (found by e-mail).
        const auto chair = SearchService(*m_client).products({ .article = u"OAK-1-L"_s });
        QVERIFY(chair.ok() && chair->items.size() == 1);
        qint64 offerId = 0;
        for (const CrmOfferSummary &o : chair->items.first().offers) {
            if (o.externalId == u"p1-l"_s)
                offerId = o.id;
        }
        QVERIFY(offerId > 0);
        QuickEntry quick(*m_client);
        QuickOrderDraft draft;
        draft.product = QString::number(offerId);
        draft.by = OfferRefKind::Id;
        draft.contact = { u"Ivan"_s, {}, u"IVAN@example.com"_s };
        const auto made = quick.createOrder(draft);
        QVERIFY2(made.ok(), qPrintable(made ? QString() : errorText(made.error())));
        QCOMPARE(made->customerId, m_ivanId);
        QCOMPARE(made->offer.id, offerId);
        const QJsonObject o = crmGet(m_client->ordersGet(QString::number(made->id), CrmClient::By::Id), u"order"_s);
        QCOMPARE(o.value(u"customer"_s).toObject().value(u"id"_s).toInteger(), m_ivanId);
        QCOMPARE(CrmDecode::asArray(o.value(u"items"_s)).first().toObject().value(u"quantity"_s).toDouble(), 1.0);

        // Tied by phone when there is no e-mail.
        draft.contact = { u"Anna"_s, u"+7 922 911-23-22"_s, {} };
        draft.product = u"p2"_s;
        draft.by = OfferRefKind::ExternalId;
        const auto byPhone = quick.createOrder(draft);
        QVERIFY(byPhone.ok());
        // Anna's stored phone is "8 922 911 23 22": other digits, so no match is claimed.
        QCOMPARE(byPhone->customerId, 0);
        draft.contact = { u"Anna"_s, u"8-922-911-23-22"_s, {} };
        const auto sameDigits = quick.createOrder(draft);
        QVERIFY(sameDigits.ok());
        QCOMPARE(sameDigits->customerId, m_annaId);
    }

    void quickOrderRefusals()
    {
        QuickEntry quick(*m_client);
        QuickOrderDraft draft;
        draft.product = u"no-such-offer"_s;
        draft.contact = { u"Nobody"_s, {}, {} };
        auto made = quick.createOrder(draft);
        QVERIFY(!made.ok());
        QCOMPARE(made.error().code, ErrorCode::NotFound);
        QVERIFY(made.error().message.contains(u"no-such-offer"_s));
        draft.product = u"abc"_s;
        draft.by = OfferRefKind::Id;
        made = quick.createOrder(draft);
        QVERIFY(!made.ok());
        QCOMPARE(made.error().code, ErrorCode::Usage);
        draft.product = u"p2"_s;
        draft.by = OfferRefKind::ExternalId;
        draft.quantity = 0;
        made = quick.createOrder(draft);
        QVERIFY(!made.ok());
        QCOMPARE(made.error().code, ErrorCode::Usage);
    }

    void wrongKeyIsAuthError()
    {
        CrmConfig config = m_client->config();
        config.apiKey = u"wrong-key"_s;
        CrmClient other(config);
        const auto p = SearchService(other).orders({ .number = u"1"_s });
        QVERIFY(!p.ok());
        QCOMPARE(exitCodeFor(p.error().code), 3);
    }
};

QTEST_GUILESS_MAIN(TestSearchSandbox)
#include "TestSearchSandbox.moc"
