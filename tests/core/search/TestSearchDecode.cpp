// core/search without a server: decoding the real API samples, defensive decoding, the filters the
// search sends, contact checks and the CRM web URLs.
#include "TestSupport.h"
#include "crm/CrmDecode.h"
#include "search/CrmWebUrl.h"
#include "search/QuickEntry.h"
#include "search/SearchDecode.h"
#include "search/SearchService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rd;

class TestSearchDecode final : public QObject
{
    Q_OBJECT

private:
    static QJsonObject sample(const QString &name)
    {
        QFile f(rd::test::samplePath(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read sample %s", qPrintable(f.fileName()));
        return QJsonDocument::fromJson(f.readAll()).object();
    }

private Q_SLOTS:
    void ordersListSample()
    {
        const auto page = SearchDecode::ordersPage(sample(u"orders-list.json"_s));
        QVERIFY(page.ok());
        QCOMPARE(page->pagination.totalCount, 1);
        QCOMPARE(page->pagination.currentPage, 1);
        QCOMPARE(page->pagination.limit, 20);
        QCOMPARE(page->items.size(), 1);
        const CrmOrderSummary &o = page->items.first();
        QCOMPARE(o.id, 7141);
        QCOMPARE(o.number, u"7141C"_s);
        QCOMPARE(o.status, u"assembling"_s);
        QCOMPARE(o.createdAt, u"2021-02-25 09:37:48"_s);
        QCOMPARE(o.site, u"moysklad"_s);
        QCOMPARE(o.customerName, u"М Андрей В"_s);
        QCOMPARE(o.phone, u"+79515151515"_s);
        QCOMPARE(o.email, u"andrey@andrey.ru"_s);
        QCOMPARE(o.totalSumm, 0.0);
        QCOMPARE(o.deliveryCost, 0.0);
        QCOMPARE(o.deliveryCode, QString());
        QCOMPARE(o.deliveryAddress, u"ул. Пушкинская, д. 10"_s);
        QVERIFY(o.payments.isEmpty()); // "payments": {} in the sample
        QVERIFY(!o.items.isEmpty());
        QCOMPARE(o.items.first().offerId, 61121);
        QCOMPARE(o.items.first().offerExternalId, u"tGunLo27jlPGmbA8BrHxY2"_s);
        QCOMPARE(o.items.first().name, u"сбьорка№1445123"_s); // productName null → offer.displayName
        QCOMPARE(o.items.first().quantity, 1.0);
        QCOMPARE(o.customerId, 4924);
        QCOMPARE(o.raw.value(u"id"_s).toInteger(), 7141);
        const QJsonObject j = SearchDecode::toJson(o);
        QCOMPARE(j.value(u"number"_s).toString(), u"7141C"_s);
        QCOMPARE(j.value(u"delivery"_s).toObject().value(u"address"_s).toString(), u"ул. Пушкинская, д. 10"_s);
        QVERIFY(!j.contains(u"raw"_s));
    }

    void orderPaymentsKeyedById()
    {
        const auto order = CrmDecode::entity(sample(u"orders-get.json"_s), u"order"_s);
        QVERIFY(order.ok());
        const CrmOrderSummary o = SearchDecode::order(*order);
        QCOMPARE(o.payments.size(), 1);
        QCOMPARE(o.payments.first().id, 4326);
        QCOMPARE(o.payments.first().type, u"bank-card"_s);
        QCOMPARE(o.payments.first().amount, 0.0);
    }

    void customersListSample()
    {
        const auto page = SearchDecode::customersPage(sample(u"customers-list.json"_s));
        QVERIFY(page.ok());
        QCOMPARE(page->items.size(), 1);
        const CrmCustomerSummary &c = page->items.first();
        QCOMPARE(c.id, 1233);
        QCOMPARE(c.externalId, u"11"_s);
        QCOMPARE(c.lastName, u"Иванов"_s);
        QCOMPARE(c.firstName, u"Иван"_s);
        QCOMPARE(c.patronymic, u"Иванович23"_s);
        QCOMPARE(c.fullName(), u"Иванов Иван Иванович23"_s);
        QCOMPARE(c.email, QString());
        QCOMPARE(c.phones, QStringList { u"89229112322"_s });
        QCOMPARE(c.createdAt, u"2019-05-27 09:42:45"_s);
        QCOMPARE(c.ordersCount, 1);
        QVERIFY(c.totalSumm.has_value());
        QCOMPARE(*c.totalSumm, 50.0);
        QCOMPARE(c.site, u"moysklad"_s);
        QCOMPARE(SearchDecode::toJson(c).value(u"totalSumm"_s).toDouble(), 50.0);
    }

    void storeProductsSample()
    {
        const auto page = SearchDecode::productsPage(sample(u"store-products.json"_s));
        QVERIFY(page.ok());
        QCOMPARE(page->items.size(), 1);
        const CrmProductSummary &p = page->items.first();
        QCOMPARE(p.id, 828272);
        QCOMPARE(p.externalId, u"38311"_s);
        QCOMPARE(p.name, u"Test Product"_s);
        QCOMPARE(p.article, u"38311"_s);
        QVERIFY(p.active);
        QCOMPARE(p.quantity, 0.0);
        QCOMPARE(p.minPrice, 624.0);
        QCOMPARE(p.maxPrice, 624.0);
        QCOMPARE(p.offers.size(), 1);
        QCOMPARE(p.offers.first().id, 1941833);
        QCOMPARE(p.offers.first().externalId, u"38311"_s);
        QCOMPARE(p.offers.first().name, u"Test #1"_s);
        QCOMPARE(p.offers.first().article, u"38311"_s);
        QCOMPARE(p.offers.first().price, 624.0);
    }

    void offerPriceFromPrices()
    {
        // store/offers sends no top-level price: the base price type wins, else the first one.
        const auto page = CrmDecode::page(sample(u"store-offers.json"_s), u"offers"_s);
        QVERIFY(page.ok());
        QCOMPARE(SearchDecode::offer(page->items.first().toObject()).price, 624.0);
        const QJsonObject o { { u"prices"_s,
                                QJsonArray { QJsonObject { { u"priceType"_s, u"sale"_s }, { u"price"_s, 5 } },
                                             QJsonObject { { u"priceType"_s, u"base"_s }, { u"price"_s, 7 } } } } };
        QCOMPARE(SearchDecode::offer(o).price, 7.0);
        const QJsonObject first { { u"prices"_s,
                                    QJsonArray { QJsonObject { { u"priceType"_s, u"sale"_s }, { u"price"_s, 5 } } } } };
        QCOMPARE(SearchDecode::offer(first).price, 5.0);
    }

    void defensiveShapes()
    {
        // Missing fields, [] for objects, payments keyed by id, numbers as strings, customer fallbacks.
        const QJsonObject order {
            { u"id"_s, u"12"_s },
            { u"externalId"_s, 55 },
            { u"delivery"_s, QJsonArray() },
            { u"customer"_s,
              QJsonObject {
                  { u"id"_s, 3 },
                  { u"externalId"_s, u"c3"_s },
                  { u"firstName"_s, u"Ann"_s },
                  { u"email"_s, u"ann@x.org"_s },
                  { u"phones"_s, QJsonObject { { u"0"_s, QJsonObject { { u"number"_s, u"+1 555"_s } } } } } } },
            { u"payments"_s,
              QJsonObject {
                  { u"9"_s, QJsonObject { { u"id"_s, 9 }, { u"type"_s, u"cash"_s }, { u"amount"_s, u"12.5"_s } } },
                  { u"10"_s,
                    QJsonObject { { u"id"_s, 10 }, { u"type"_s, u"card"_s }, { u"status"_s, u"paid"_s } } } } },
            { u"items"_s, QJsonObject() },
            { u"totalSumm"_s, QJsonValue::Null },
        };
        const CrmOrderSummary o = SearchDecode::order(order);
        QCOMPARE(o.id, 12);
        QCOMPARE(o.externalId, u"55"_s);
        QCOMPARE(o.customerName, u"Ann"_s);
        QCOMPARE(o.email, u"ann@x.org"_s);
        QCOMPARE(o.phone, u"+1 555"_s);
        QCOMPARE(o.customerId, 3);
        QCOMPARE(o.customerExternalId, u"c3"_s);
        QCOMPARE(o.payments.size(), 2);
        QCOMPARE(o.payments.at(0).type, u"cash"_s);
        QCOMPARE(o.payments.at(0).amount, 12.5);
        QCOMPARE(o.payments.at(1).status, u"paid"_s);
        QVERIFY(o.items.isEmpty());
        QCOMPARE(o.totalSumm, 0.0);
        QCOMPARE(o.deliveryAddress, QString());

        const CrmOrderSummary empty = SearchDecode::order({});
        QCOMPARE(empty.id, 0);
        QVERIFY(empty.items.isEmpty());

        const CrmCustomerSummary c = SearchDecode::customer({ { u"id"_s, 4 }, { u"phones"_s, QJsonArray() } });
        QCOMPARE(c.id, 4);
        QVERIFY(c.phones.isEmpty());
        QVERIFY(!c.totalSumm.has_value());
        QVERIFY(SearchDecode::toJson(c).value(u"totalSumm"_s).isNull());

        // A product without totals takes them from its offers.
        const CrmProductSummary p = SearchDecode::product(
            { { u"id"_s, 1 },
              { u"offers"_s,
                QJsonArray { QJsonObject { { u"id"_s, 1 }, { u"price"_s, 10 }, { u"quantity"_s, 2 } },
                             QJsonObject { { u"id"_s, 2 }, { u"price"_s, 30 }, { u"quantity"_s, 3 } } } } });
        QCOMPARE(p.minPrice, 10.0);
        QCOMPARE(p.maxPrice, 30.0);
        QCOMPARE(p.quantity, 5.0);
        QVERIFY(p.active);
    }

    void listErrorsPassThrough()
    {
        const Error e(ErrorCode::Network, u"down"_s);
        const auto page = SearchDecode::ordersPage(Result<QJsonObject>(e));
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code, ErrorCode::Network);
        const auto bad = SearchDecode::customersPage(QJsonObject { { u"success"_s, true } });
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::MalformedResponse);
    }

    void ordersFilter_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("customer");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("encoded"); // ERROR = Error(Usage)
        QTest::newRow("number") << u"7A"_s << QString() << QString() << QString() << QString()
                                << u"filter%5Bnumbers%5D%5B%5D=7A"_s;
        QTest::newRow("phone → digits in customer") << QString() << QString() << u"+7 (915) 151-51"_s << QString()
                                                    << QString() << u"filter%5Bcustomer%5D=791515151"_s;
        QTest::newRow("customer text") << QString() << QString() << QString() << u"Иван"_s << QString()
                                       << u"filter%5Bcustomer%5D=%D0%98%D0%B2%D0%B0%D0%BD"_s;
        QTest::newRow("email and status") << QString() << u" a@b.c "_s << QString() << QString() << u"new"_s
                                          << u"filter%5Bemail%5D=a%40b.c&filter%5BextendedStatus%5D%5B%5D=new"_s;
        QTest::newRow("phone and customer") << QString() << QString() << u"123"_s << u"x"_s << QString() << u"ERROR"_s;
        QTest::newRow("phone too short") << QString() << QString() << u"+1"_s << QString() << QString() << u"ERROR"_s;
        QTest::newRow("empty lists all") << QString() << QString() << QString() << QString() << QString() << QString();
    }
    void ordersFilter()
    {
        QFETCH(QString, number);
        QFETCH(QString, email);
        QFETCH(QString, phone);
        QFETCH(QString, customer);
        QFETCH(QString, status);
        QFETCH(QString, encoded);
        const auto q = SearchService::ordersFilter({ number, email, phone, customer, status });
        if (encoded == u"ERROR"_s) {
            QVERIFY(!q.ok());
            QCOMPARE(q.error().code, ErrorCode::Usage);
            return;
        }
        QVERIFY(q.ok());
        QCOMPARE(QString::fromLatin1(q->toEncoded()), encoded);
    }

    void customersFilter()
    {
        auto q = SearchService::customersFilter({ {}, {}, u"8 (922) 911-23-22"_s });
        QVERIFY(q.ok());
        QCOMPARE(q->value(u"filter[name]"_s), u"89229112322"_s);
        q = SearchService::customersFilter({ u"Иван"_s, u"i@x.ru"_s, {} });
        QVERIFY(q.ok());
        QCOMPARE(q->value(u"filter[name]"_s), u"Иван"_s);
        QCOMPARE(q->value(u"filter[email]"_s), u"i@x.ru"_s);
        q = SearchService::customersFilter({ u"Иван"_s, {}, u"1234"_s });
        QVERIFY(!q.ok());
        QCOMPARE(q.error().code, ErrorCode::Usage);
        QCOMPARE(SearchService::productsFilter({ u" Chair "_s, u"A-1"_s }).toEncoded(), "filter%5Bname%5D=Chair");
    }

    void paging_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<int>("limit");
        QTest::addColumn<bool>("ok");
        QTest::newRow("20") << 1 << 20 << true;
        QTest::newRow("50") << 3 << 50 << true;
        QTest::newRow("100") << 1 << 100 << true;
        QTest::newRow("10") << 1 << 10 << false;
        QTest::newRow("250") << 1 << 250 << false;
        QTest::newRow("page 0") << 0 << 20 << false;
    }
    void paging()
    {
        QFETCH(int, page);
        QFETCH(int, limit);
        QFETCH(bool, ok);
        const Status s = SearchService::checkPaging(page, limit);
        QCOMPARE(s.ok(), ok);
        if (!ok)
            QCOMPARE(s.error().code, ErrorCode::Usage);
    }

    void emailCheck_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << u"ivan@example.com"_s << true;
        QTest::newRow("plus and dots") << u"i.v+shop@mail.example.ru"_s << true;
        QTest::newRow("cyrillic domain") << u"info@пример.рф"_s << true;
        QTest::newRow("trimmed") << u"  a@b.org "_s << true;
        QTest::newRow("no at") << u"ivan.example.com"_s << false;
        QTest::newRow("no tld") << u"ivan@localhost"_s << false;
        QTest::newRow("two at") << u"a@b@c.com"_s << false;
        QTest::newRow("space") << u"iv an@example.com"_s << false;
        QTest::newRow("dot end") << u"ivan@example."_s << false;
    }
    void emailCheck()
    {
        QFETCH(QString, email);
        QFETCH(bool, ok);
        const auto r = QuickEntry::checkEmail(email);
        QCOMPARE(r.ok(), ok);
        if (ok)
            QCOMPARE(*r, email.trimmed());
        else
            QVERIFY(r.error().message.contains(email.trimmed()));
    }

    void phoneCheck_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("normalised"); // null = refused
        QTest::newRow("e164") << u"+79151234567"_s << u"+79151234567"_s;
        QTest::newRow("formatted") << u" +7 (915)  123-45-67 "_s << u"+7 (915) 123-45-67"_s;
        QTest::newRow("local") << u"8 922 911.23.22"_s << u"8 922 911.23.22"_s;
        QTest::newRow("letters") << u"+7 915 CALL-ME"_s << QString();
        QTest::newRow("too short") << u"1234"_s << QString();
        QTest::newRow("too long") << u"1234567890123456"_s << QString();
        QTest::newRow("plus inside") << u"7+9151234567"_s << QString();
    }
    void phoneCheck()
    {
        QFETCH(QString, phone);
        QFETCH(QString, normalised);
        const auto r = QuickEntry::checkPhone(phone);
        QCOMPARE(r.ok(), !normalised.isNull());
        if (r)
            QCOMPARE(*r, normalised);
        else
            QCOMPARE(r.error().code, ErrorCode::Usage);
    }

    void customerJson_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("lastName");
        QTest::addColumn<QString>("firstName");
        QTest::addColumn<QString>("patronymic");
        QTest::newRow("three words") << u"Иванов  Иван Иванович"_s << u"Иванов"_s << u"Иван"_s << u"Иванович"_s;
        QTest::newRow("two words") << u" Ivan   Petrov "_s << QString() << u"Ivan Petrov"_s << QString();
        QTest::newRow("four words") << u"a b c d"_s << QString() << u"a b c d"_s << QString();
    }
    void customerJson()
    {
        QFETCH(QString, name);
        QFETCH(QString, lastName);
        QFETCH(QString, firstName);
        QFETCH(QString, patronymic);
        const auto j = QuickEntry::customerJson({ name, u"+7 915 000-00-01"_s, u"x@y.ru"_s });
        QVERIFY(j.ok());
        QCOMPARE(j->value(u"lastName"_s).toString(), lastName);
        QCOMPARE(j->value(u"firstName"_s).toString(), firstName);
        QCOMPARE(j->value(u"patronymic"_s).toString(), patronymic);
        QCOMPARE(j->contains(u"lastName"_s), !lastName.isEmpty());
        QCOMPARE(j->value(u"email"_s).toString(), u"x@y.ru"_s);
        const QJsonArray phones { QJsonObject { { u"number"_s, u"+7 915 000-00-01"_s } } };
        QCOMPARE(j->value(u"phones"_s).toArray(), phones);
    }

    void customerJsonRefusals()
    {
        QCOMPARE(QuickEntry::customerJson({ u"  "_s, {}, {} }).error().code, ErrorCode::Usage);
        QCOMPARE(QuickEntry::customerJson({ u"Ann"_s, u"abc"_s, {} }).error().code, ErrorCode::Usage);
        QCOMPARE(QuickEntry::customerJson({ u"Ann"_s, {}, u"ann@"_s }).error().code, ErrorCode::Usage);
        const auto bare = QuickEntry::customerJson({ u"Ann"_s, {}, {} });
        QVERIFY(bare.ok());
        const QJsonObject expected { { u"firstName"_s, u"Ann"_s } };
        QCOMPARE(*bare, expected);
    }

    void orderJson()
    {
        CrmOfferSummary offer;
        offer.id = 17;
        offer.name = u"Chair"_s;
        offer.price = 1250.5;
        const QJsonObject contact { { u"lastName"_s, u"Иванов"_s },
                                    { u"firstName"_s, u"Иван"_s },
                                    { u"email"_s, u"i@x.ru"_s },
                                    { u"phones"_s, QJsonArray { QJsonObject { { u"number"_s, u"+7 1"_s } } } } };
        QJsonObject o = QuickEntry::orderJson(offer, 2, contact, 0);
        QCOMPARE(o.value(u"status"_s).toString(), u"new"_s);
        QCOMPARE(o.value(u"phone"_s).toString(), u"+7 1"_s);
        QCOMPARE(o.value(u"lastName"_s).toString(), u"Иванов"_s);
        QVERIFY(!o.contains(u"phones"_s));
        QVERIFY(!o.contains(u"customer"_s));
        const QJsonObject item = o.value(u"items"_s).toArray().first().toObject();
        QCOMPARE(item.value(u"offer"_s).toObject().value(u"id"_s).toInteger(), 17);
        QCOMPARE(item.value(u"quantity"_s).toDouble(), 2.0);
        QCOMPARE(item.value(u"initialPrice"_s).toDouble(), 1250.5);
        QCOMPARE(item.value(u"productName"_s).toString(), u"Chair"_s);
        o = QuickEntry::orderJson(offer, 1, contact, 99);
        QCOMPARE(o.value(u"customer"_s).toObject().value(u"id"_s).toInteger(), 99);
    }

    void webUrls()
    {
        QCOMPARE(crmWebUrl(QUrl(u"https://x.retailcrm.ru"_s), CrmWebKind::Order, 7),
                 QUrl(u"https://x.retailcrm.ru/orders/7/edit"_s));
        QCOMPARE(crmWebUrl(QUrl(u"https://x.retailcrm.ru/"_s), CrmWebKind::Customer, 9),
                 QUrl(u"https://x.retailcrm.ru/customers/9"_s));
        QCOMPARE(crmWebUrl(QUrl(u"https://x.simla.com/api/v5?x=1"_s), CrmWebKind::Order, 1),
                 QUrl(u"https://x.simla.com/orders/1/edit"_s));
        QCOMPARE(crmWebUrl(QUrl(u"http://127.0.0.1:8080"_s), CrmWebKind::Customer, 3),
                 QUrl(u"http://127.0.0.1:8080/customers/3"_s));
        QVERIFY(crmWebUrl(QUrl(), CrmWebKind::Order, 1).isEmpty());
        QVERIFY(crmWebUrl(QUrl(u"https://x.retailcrm.ru"_s), CrmWebKind::Order, 0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearchDecode)
#include "TestSearchDecode.moc"
