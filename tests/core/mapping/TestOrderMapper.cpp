#include "mapping/OrderMapper.h"
#include "mapping/StatusMapping.h"

#include <QJsonDocument>
#include <QTest>
#include <functional>

using namespace Qt::Literals::StringLiterals;
using rd::Decimal;
using rd::ShopSettings;

// Changes a fixture order and/or the options before mapping (one per _data row).
using Mutation = std::function<void(rd::ShopOrder &, rd::MappingOptions &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

const QString Absent = u"<absent>"_s;

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// An expected literal re-serialised (key order in the literal does not matter). Quotes inside raw-string
// literals are written \u0022 and \u0027: Qt 6.4's moc misreads \" and a lone ' in a raw string and then
// loses slots or the whole Q_OBJECT class.
QString normalised(const QString &literal)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(literal.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return u"<bad expected literal: "_s + error.errorString() + u">"_s;
    return compact(doc.object());
}

// A value as compact JSON ("\"text\"", "12.5", "[...]", "{...}"), or Absent.
QString valueText(const QJsonValue &value)
{
    if (value.isUndefined())
        return Absent;
    const QString array = QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact));
    return array.mid(1, array.size() - 2);
}

// A JSON value literal re-serialised, or Absent as is.
QString normalisedValue(const QString &literal)
{
    if (literal == Absent)
        return Absent;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson((u"["_s + literal + u"]"_s).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return u"<bad expected literal: "_s + error.errorString() + u">"_s;
    return valueText(doc.array().at(0));
}

QJsonObject jsonObject(const QString &literal)
{
    return QJsonDocument::fromJson(literal.toUtf8()).object();
}

rd::ShopCustomer profile()
{
    rd::ShopCustomer c;
    c.id = 42;
    c.username = u"ivan@example.com"_s;
    c.fullname = u"Петров Иван Сергеевич"_s;
    c.email = u"ivan@example.com"_s;
    c.phone = u"+7 900 111-22-33"_s;
    c.mobilephone = u"+79004445566"_s;
    c.createdOnUnix = 1615799107;
    c.createdOn = QDateTime::fromSecsSinceEpoch(1615799107, Qt::UTC);
    return c;
}

// miniShop2 4.4: the address points to its order, every column present.
rd::ShopAddress address44()
{
    rd::ShopAddress a;
    a.id = 10;
    a.orderId = 100;
    a.userId = 42;
    a.receiver = u"Сидорова Анна Петровна"_s;
    a.phone = u"+79991112233"_s;
    a.email = u"anna@example.com"_s;
    a.country = u"Россия"_s;
    a.index = u"101000"_s;
    a.region = u"Московская обл."_s;
    a.city = u"Москва"_s;
    a.metro = u"Охотный ряд"_s;
    a.street = u"ул. Тверская"_s;
    a.building = u"7"_s;
    a.entrance = u"2"_s;
    a.floor = u"5"_s;
    a.room = u"12"_s;
    a.comment = u"Позвонить за час"_s;
    a.textAddress = u"Москва, Тверская 7-12"_s;
    return a;
}

// miniShop2 2.9.0 shape: no email, entrance, floor, text_address (read as empty), no order_id.
rd::ShopAddress address29()
{
    rd::ShopAddress a = address44();
    a.orderId.reset();
    a.email.clear();
    a.entrance.clear();
    a.floor.clear();
    a.textAddress.clear();
    return a;
}

rd::ShopOrderItem item(int id, int productId, const QString &name, int count, const QString &price,
                       const QString &optionsJson = QString())
{
    rd::ShopOrderItem i;
    i.id = id;
    i.orderId = 100;
    i.productId = productId;
    i.name = name;
    i.count = count;
    i.price = Decimal::money(price);
    i.cost = i.price * count;
    if (!optionsJson.isEmpty())
        i.options = jsonObject(optionsJson);
    return i;
}

// A complete miniShop2 4.4 order with every mapped field set.
rd::ShopOrder order44()
{
    rd::ShopOrder o;
    o.id = 100;
    o.userId = 42;
    o.num = u"2103/308"_s;
    o.createdOn = QDateTime(QDate(2021, 3, 15), QTime(14, 5, 9), QTimeZone("Europe/Moscow"));
    o.cartCost = Decimal::money(u"2569.30");
    o.deliveryCost = Decimal::money(u"300.00");
    o.cost = o.cartCost + o.deliveryCost;
    o.weight = Decimal::weight(u"1.250");
    o.status = 2;
    o.statusName = u"Оплачен"_s;
    o.statusCode = u"paid"_s;
    o.delivery = 2;
    o.deliveryName = u"Курьер"_s;
    o.deliveryCode = u"courier"_s;
    o.payment = 3;
    o.paymentName = u"Картой"_s;
    o.paymentCode = u"bank-card"_s;
    o.managerComment = u"Упаковать как подарок"_s;
    o.promoCode = u"SPRING"_s;
    o.promoDiscount = Decimal::money(u"150.50");
    o.address = address44();
    o.items = {
        item(1, 15, u"Футболка"_s, 2, u"1234.50"_s, uR"({"size":"L","color":["red","blue"],"modification":"12"})"_s),
        item(2, 16, u"Кружка"_s, 1, u"100.00"_s),
        item(3, 17, u"Носки"_s, 3, u"0.10"_s, uR"({"material":"хлопок","weight":250})"_s),
    };
    o.customer = profile();
    return o;
}

// The same order as miniShop2 2.9 stores it: address through ms2_orders.address, 2.9 address columns.
rd::ShopOrder order29()
{
    rd::ShopOrder o = order44();
    o.addressId = 10;
    o.address = address29();
    o.promoCode.reset();
    o.promoDiscount.reset();
    o.customer.reset();
    o.weight = Decimal::weight(u"350.5");
    return o;
}

rd::MappingOptions options(bool msOptionsPrice = true, bool addCrmNumber = true,
                           ShopSettings::WeightUnit unit = ShopSettings::WeightUnit::Kilogram)
{
    rd::MappingOptions o;
    o.weightUnit = unit;
    o.msOptionsPrice = msOptionsPrice;
    o.addCrmNumber = addCrmNumber;
    o.shopTimeZone = QTimeZone("Europe/Moscow");
    return o;
}

} // namespace

class TestOrderMapper final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Whole-object comparisons: any regression in any field fails here.
    void completeFixtures_data()
    {
        QTest::addColumn<Mutation>("mutation");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("warnings");

        QTest::newRow("4.4, msOptionsPrice, add_crm_number, kg") << Mutation(
            [](rd::ShopOrder &o, rd::MappingOptions &m) {
                o = order44();
                m = options(true, true, ShopSettings::WeightUnit::Kilogram);
            }) << uR"({
                "externalId": "2103-308",
                "number": "2103/308",
                "createdAt": "2021-03-15 14:05:09",
                "status": "paid",
                "customer": {"externalId": "42"},
                "lastName": "Сидорова", "firstName": "Анна", "patronymic": "Петровна",
                "phone": "+79991112233",
                "email": "ivan@example.com",
                "customerComment": "Позвонить за час",
                "managerComment": "Упаковать как подарок",
                "items": [
                    {"initialPrice": 1234.5, "productName": "Футболка", "quantity": 2,
                     "offer": {"externalId": "mod-15-12"},
                     "properties": [{"code": "color", "name": "Цвет", "value": "red, blue"},
                                    {"code": "size", "name": "Размер", "value": "L"}]},
                    {"initialPrice": 100, "productName": "Кружка", "quantity": 1, "offer": {"externalId": "16"}},
                    {"initialPrice": 0.1, "productName": "Носки", "quantity": 3, "offer": {"externalId": "17"},
                     "properties": [{"code": "material", "name": "material", "value": "хлопок"},
                                    {"code": "weight", "name": "weight", "value": "250"}]}
                ],
                "weight": 1250,
                "delivery": {
                    "code": "courier",
                    "cost": 300,
                    "address": {"index": "101000", "region": "Московская обл.", "city": "Москва",
                                "metro": "Охотный ряд", "street": "ул. Тверская", "building": "7",
                                "flat": "12", "floor": "5", "block": "2",
                                "text": "Россия, 101000, Московская обл., Москва, Охотный ряд, ул. Тверская, 7, 12, 5, 2"}
                },
                "payments": [{"type": "bank-card"}],
                "discountManualAmount": 150.5
            })"_s << 0;

        QTest::newRow("2.9, no msOptionsPrice, no number, grams, no profile") << Mutation(
            [](rd::ShopOrder &o, rd::MappingOptions &m) {
                o = order29();
                m = options(false, false, ShopSettings::WeightUnit::Gram);
            }) << uR"({
                "externalId": "2103-308",
                "createdAt": "2021-03-15 14:05:09",
                "status": "paid",
                "customer": {"externalId": "42"},
                "lastName": "Сидорова", "firstName": "Анна", "patronymic": "Петровна",
                "phone": "+79991112233",
                "customerComment": "Позвонить за час",
                "managerComment": "Упаковать как подарок",
                "items": [
                    {"initialPrice": 1234.5, "productName": "Футболка", "quantity": 2,
                     "offer": {"externalId": "15"},
                     "properties": [{"code": "color", "name": "Цвет", "value": "red, blue"},
                                    {"code": "size", "name": "Размер", "value": "L"}]},
                    {"initialPrice": 100, "productName": "Кружка", "quantity": 1, "offer": {"externalId": "16"}},
                    {"initialPrice": 0.1, "productName": "Носки", "quantity": 3, "offer": {"externalId": "17"},
                     "properties": [{"code": "material", "name": "material", "value": "хлопок"},
                                    {"code": "weight", "name": "weight", "value": "250"}]}
                ],
                "weight": 350.5,
                "delivery": {
                    "code": "courier",
                    "cost": 300,
                    "address": {"index": "101000", "region": "Московская обл.", "city": "Москва",
                                "metro": "Охотный ряд", "street": "ул. Тверская", "building": "7", "flat": "12",
                                "text": "Россия, 101000, Московская обл., Москва, Охотный ряд, ул. Тверская, 7, 12"}
                },
                "payments": [{"type": "bank-card"}]
            })"_s << 0;

        QTest::newRow("bare order: nothing mapped, no address, no profile, no items")
            << Mutation([](rd::ShopOrder &o, rd::MappingOptions &m) {
                   o = rd::ShopOrder();
                   o.id = 5;
                   o.num = u"1"_s;
                   o.status = 1;
                   o.statusName = u"Новый"_s;
                   o.delivery = 1;
                   o.deliveryName = u"Самовывоз"_s;
                   o.payment = 1;
                   o.paymentName = u"Наличные"_s;
                   m = options();
               })
            << uR"({"externalId": "1", "number": "1", "items": [], "delivery": {"cost": 0}})"_s
            << 4; // status, user 0, delivery, payment
    }
    void completeFixtures()
    {
        QFETCH(Mutation, mutation);
        QFETCH(QString, expected);
        QFETCH(int, warnings);
        rd::ShopOrder order;
        rd::MappingOptions opts;
        mutation(order, opts);
        const rd::MappedEntity mapped = rd::mapOrder(order, opts);
        QCOMPARE(compact(mapped.json), normalised(expected));
        QVERIFY(!mapped.isSkipped());
        QCOMPARE(mapped.warnings.size(), warnings);
    }

    // One field at a time, on top of the 4.4 fixture: field = a top-level key of the order JSON.
    void field_data()
    {
        QTest::addColumn<Mutation>("mutation");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected"); // a JSON value literal or <absent>

        // externalId and number
        QTest::newRow("externalId: slash") << Mutation() << u"externalId"_s << u"\"2103-308\""_s;
        QTest::newRow("externalId: num already with dash")
            << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) { o.num = u"2103-308"_s; }) << u"externalId"_s
            << u"\"2103-308\""_s;
        QTest::newRow("number: dash num kept")
            << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) { o.num = u"2103-308"_s; }) << u"number"_s
            << u"\"2103-308\""_s;
        QTest::newRow("number: add_crm_number on") << Mutation() << u"number"_s << u"\"2103/308\""_s;
        QTest::newRow("number: add_crm_number off")
            << Mutation([](rd::ShopOrder &, rd::MappingOptions &m) { m.addCrmNumber = false; }) << u"number"_s
            << Absent;

        // createdAt
        QTest::newRow("createdAt: UTC instant in Moscow") << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) {
            o.createdOn = QDateTime(QDate(2021, 3, 15), QTime(21, 30, 0), Qt::UTC);
        }) << u"createdAt"_s << u"\"2021-03-16 00:30:00\""_s;
        QTest::newRow("createdAt: shop in New York") << Mutation([](rd::ShopOrder &o, rd::MappingOptions &m) {
            o.createdOn = QDateTime(QDate(2021, 7, 1), QTime(12, 0, 0), Qt::UTC);
            m.shopTimeZone = QTimeZone("America/New_York");
        }) << u"createdAt"_s << u"\"2021-07-01 08:00:00\""_s;
        QTest::newRow("createdAt: local DATETIME, default (system) zone")
            << Mutation([](rd::ShopOrder &o, rd::MappingOptions &m) {
                   o.createdOn = QDateTime(QDate(2019, 11, 2), QTime(8, 9, 10)); // as the readers return it
                   m.shopTimeZone = rd::MappingOptions().shopTimeZone;
               })
            << u"createdAt"_s << u"\"2019-11-02 08:09:10\""_s;
        QTest::newRow("createdAt: NULL date omitted")
            << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) { o.createdOn = QDateTime(); }) << u"createdAt"_s
            << Absent;

        // status
        QTest::newRow("status: mapped") << Mutation() << u"status"_s << u"\"paid\""_s;
        QTest::newRow("status: not mapped")
            << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) { o.statusCode.reset(); }) << u"status"_s << Absent;
        QTest::newRow("status: blank code")
            << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) { o.statusCode = u" "_s; }) << u"status"_s << Absent;

        // customer
        QTest::newRow("customer: user id") << Mutation() << u"customer"_s << uR"({"externalId":"42"})"_s;
        QTest::newRow("customer: staff order still references the user")
            << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) {
                   o.userId = 1;
                   o.customer->id = 1;
                   o.customer->sudo = true;
               })
            << u"customer"_s << uR"({"externalId":"1"})"_s;
        QTest::newRow("customer: user 0")
            << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) { o.userId = 0; }) << u"customer"_s << Absent;

        // phone: address.phone, else a.phone, else a.mobilephone
        QTest::newRow("phone: address") << Mutation() << u"phone"_s << u"\"+79991112233\""_s;
        QTest::newRow("phone: a.phone") << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) {
            o.address->phone = u"  "_s;
        }) << u"phone"_s << u"\"+7 900 111-22-33\""_s;
        QTest::newRow("phone: a.mobilephone") << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) {
            o.address->phone.clear();
            o.customer->phone.clear();
        }) << u"phone"_s << u"\"+79004445566\""_s;
        QTest::newRow("phone: a.mobilephone, no address") << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) {
            o.address.reset();
            o.customer->phone.clear();
        }) << u"phone"_s << u"\"+79004445566\""_s;
        QTest::newRow("phone: trimmed") << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) {
            o.address->phone = u" +7999 \t"_s;
        }) << u"phone"_s << u"\"+7999\""_s;
        QTest::newRow("phone: none") << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) {
            o.address->phone.clear();
            o.customer.reset();
        }) << u"phone"_s << Absent;

        // email: a.email, else address.email
        QTest::newRow("email: profile first") << Mutation() << u"email"_s << u"\"ivan@example.com\""_s;
        QTest::newRow("email: address when profile has none")
            << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) { o.customer->email.clear(); }) << u"email"_s
            << u"\"anna@example.com\""_s;
        QTest::newRow("email: address when no profile")
            << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) { o.customer.reset(); }) << u"email"_s
            << u"\"anna@example.com\""_s;
        QTest::newRow("email: none (2.9 address, no profile)") << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) {
            o.customer.reset();
            o.address = address29();
        }) << u"email"_s << Absent;

        // comments
        QTest::newRow("customerComment: address comment")
            << Mutation() << u"customerComment"_s << u"\"Позвонить за час\""_s;
        QTest::newRow("customerComment: blank omitted")
            << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) { o.address->comment = u"\n "_s; })
            << u"customerComment"_s << Absent;
        QTest::newRow("customerComment: kept as typed (spaces, newlines)")
            << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) { o.address->comment = u" Код\nдомофона: 12 "_s; })
            << u"customerComment"_s << u"\" Код\\nдомофона: 12 \""_s;
        QTest::newRow("managerComment: empty omitted")
            << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) { o.managerComment.clear(); }) << u"managerComment"_s
            << Absent;

        // weight
        QTest::newRow("weight: 1.250 kg") << Mutation() << u"weight"_s << u"1250"_s;
        QTest::newRow("weight: 0.250 kg")
            << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) { o.weight = Decimal::weight(u"0.250"); })
            << u"weight"_s << u"250"_s;
        QTest::newRow("weight: 0.0005 kg rounds at the column's scale")
            << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) { o.weight = Decimal::weight(u"0.0005"); })
            << u"weight"_s << u"1"_s;
        QTest::newRow("weight: 1.5 g") << Mutation([](rd::ShopOrder &o, rd::MappingOptions &m) {
            o.weight = Decimal::weight(u"1.5");
            m.weightUnit = ShopSettings::WeightUnit::Gram;
        }) << u"weight"_s << u"1.5"_s;
        QTest::newRow("weight: 250 g") << Mutation([](rd::ShopOrder &o, rd::MappingOptions &m) {
            o.weight = Decimal::weight(u"250.000");
            m.weightUnit = ShopSettings::WeightUnit::Gram;
        }) << u"weight"_s << u"250"_s;
        QTest::newRow("weight: 0 kg omitted")
            << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) { o.weight = Decimal::weight(u"0.000"); })
            << u"weight"_s << Absent;
        QTest::newRow("weight: 0 g omitted") << Mutation([](rd::ShopOrder &o, rd::MappingOptions &m) {
            o.weight = Decimal::weight(u"0");
            m.weightUnit = ShopSettings::WeightUnit::Gram;
        }) << u"weight"_s << Absent;
        QTest::newRow("weight: negative omitted")
            << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) { o.weight = Decimal::weight(u"-0.5"); })
            << u"weight"_s << Absent;

        // delivery
        QTest::newRow("delivery: unmapped code, cost 0 still sent")
            << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) {
                   o.deliveryCode.reset();
                   o.deliveryCost = Decimal::money(u"0.00");
                   o.address.reset();
               })
            << u"delivery"_s << uR"({"cost":0})"_s;
        QTest::newRow("delivery: fractional cost") << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) {
            o.deliveryCost = Decimal::money(u"349.99");
            o.address.reset();
        }) << u"delivery"_s << uR"({"code":"courier","cost":349.99})"_s;
        QTest::newRow("delivery: empty address row gives no address")
            << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) {
                   rd::ShopAddress empty;
                   empty.receiver = u"Анна"_s;
                   empty.comment = u"x"_s;
                   o.address = empty;
               })
            << u"delivery"_s << uR"({"code":"courier","cost":300})"_s;
        QTest::newRow("delivery: only country") << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) {
            rd::ShopAddress a;
            a.country = u"Беларусь"_s;
            o.address = a;
        }) << u"delivery"_s << uR"({"code":"courier","cost":300,"address":{"text":"Беларусь"}})"_s;
        QTest::newRow("delivery: blank parts left out of fields and text")
            << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) {
                   rd::ShopAddress a;
                   a.city = u"Казань"_s;
                   a.street = u" "_s;
                   a.building = u"3а"_s;
                   a.floor = u"\t"_s;
                   a.entrance = u"1"_s;
                   o.address = a;
               })
            << u"delivery"_s << uR"({"code":"courier","cost":300,
                    "address":{"city":"Казань","building":"3а","block":"1","text":"Казань, 3а, 1"}})"_s;
        QTest::newRow("delivery: text_address is not sent") << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) {
            rd::ShopAddress a;
            a.textAddress = u"Москва, где-то"_s;
            o.address = a;
        }) << u"delivery"_s << uR"({"code":"courier","cost":300})"_s;

        // payments
        QTest::newRow("payments: mapped") << Mutation() << u"payments"_s << uR"([{"type":"bank-card"}])"_s;
        QTest::newRow("payments: unmapped omitted")
            << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) { o.paymentCode.reset(); }) << u"payments"_s
            << Absent;
        QTest::newRow("payments: empty code omitted")
            << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) { o.paymentCode = QString(); }) << u"payments"_s
            << Absent;

        // promo discount
        QTest::newRow("discount: non-zero") << Mutation() << u"discountManualAmount"_s << u"150.5"_s;
        QTest::newRow("discount: whole") << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) {
            o.promoDiscount = Decimal::money(u"200.00");
        }) << u"discountManualAmount"_s << u"200"_s;
        QTest::newRow("discount: zero omitted")
            << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) { o.promoDiscount = Decimal::money(u"0.00"); })
            << u"discountManualAmount"_s << Absent;
        QTest::newRow("discount: no msPromoCode") << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) {
            o.promoDiscount.reset();
            o.promoCode.reset();
        }) << u"discountManualAmount"_s << Absent;

        // never sent
        QTest::newRow("site is a request parameter, not a field") << Mutation() << u"site"_s << Absent;
        QTest::newRow("totals are read-only") << Mutation() << u"summ"_s << Absent;
    }
    void field()
    {
        QFETCH(Mutation, mutation);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        rd::ShopOrder order = order44();
        rd::MappingOptions opts = options();
        if (mutation)
            mutation(order, opts);
        const rd::MappedEntity mapped = rd::mapOrder(order, opts);
        QCOMPARE(valueText(mapped.json.value(field)), normalisedValue(expected));
    }

    void names_data()
    {
        QTest::addColumn<QString>("receiver");
        QTest::addColumn<bool>("withProfile");
        QTest::addColumn<QString>("fullname");
        QTest::addColumn<QString>("lastName");
        QTest::addColumn<QString>("firstName");
        QTest::addColumn<QString>("patronymic");
        QTest::newRow("receiver, 3 words")
            << u"Сидорова Анна Петровна"_s << true << u"X Y Z"_s << u"Сидорова"_s << u"Анна"_s << u"Петровна"_s;
        QTest::newRow("receiver, 1 word") << u"Анна"_s << true << u"X Y Z"_s << QString() << u"Анна"_s << QString();
        QTest::newRow("receiver, 2 words")
            << u"Анна Сидорова"_s << true << u"X Y Z"_s << QString() << u"Анна Сидорова"_s << QString();
        QTest::newRow("receiver, 4 words, tabs") << u" Анна\tМария  Сидорова Петровна "_s << true << u"X Y Z"_s
                                                 << QString() << u"Анна Мария Сидорова Петровна"_s << QString();
        QTest::newRow("receiver, 3 words with runs")
            << u"  Сидорова \t Анна   Петровна"_s << true << u"X"_s << u"Сидорова"_s << u"Анна"_s << u"Петровна"_s;
        QTest::newRow("blank receiver → fullname, 3 words")
            << u"  "_s << true << u"Петров Иван Сергеевич"_s << u"Петров"_s << u"Иван"_s << u"Сергеевич"_s;
        QTest::newRow("empty receiver → fullname, 2 words")
            << QString() << true << u"Иван  Петров"_s << QString() << u"Иван Петров"_s << QString();
        QTest::newRow("no receiver, no profile")
            << QString() << false << QString() << QString() << QString() << QString();
        QTest::newRow("no receiver, blank fullname")
            << QString() << true << u"\t"_s << QString() << QString() << QString();
        QTest::newRow("special characters")
            << u"O'Neil &<Сын>\t\"🦔\""_s << false << QString() << u"O'Neil"_s << u"&<Сын>"_s << u"\"🦔\""_s;
    }
    void names()
    {
        QFETCH(QString, receiver);
        QFETCH(bool, withProfile);
        QFETCH(QString, fullname);
        QFETCH(QString, lastName);
        QFETCH(QString, firstName);
        QFETCH(QString, patronymic);
        rd::ShopOrder order = order44();
        order.address->receiver = receiver;
        if (withProfile)
            order.customer->fullname = fullname;
        else
            order.customer.reset();
        const QJsonObject json = rd::mapOrder(order, options()).json;
        QCOMPARE(json.contains(u"lastName"_s), !lastName.isEmpty());
        QCOMPARE(json.contains(u"firstName"_s), !firstName.isEmpty());
        QCOMPARE(json.contains(u"patronymic"_s), !patronymic.isEmpty());
        QCOMPARE(json.value(u"lastName"_s).toString(), lastName);
        QCOMPARE(json.value(u"firstName"_s).toString(), firstName);
        QCOMPARE(json.value(u"patronymic"_s).toString(), patronymic);
    }

    void offer_data()
    {
        QTest::addColumn<bool>("msOptionsPrice");
        QTest::addColumn<QString>("options"); // the item's options JSON
        QTest::addColumn<QString>("offerId");
        QTest::addColumn<bool>("warning");
        QTest::newRow("on, modification string") << true << uR"({"modification":"12"})"_s << u"mod-15-12"_s << false;
        QTest::newRow("on, modification number") << true << uR"({"modification":12})"_s << u"mod-15-12"_s << false;
        QTest::newRow("on, modification padded") << true << uR"({"modification":" 7 "})"_s << u"mod-15-7"_s << false;
        QTest::newRow("on, no options") << true << u"{}"_s << u"15"_s << false;
        QTest::newRow("on, other options only") << true << uR"({"size":"L"})"_s << u"15"_s << false;
        QTest::newRow("on, modification empty") << true << uR"({"modification":""})"_s << u"15"_s << false;
        QTest::newRow("on, modification null") << true << uR"({"modification":null})"_s << u"15"_s << false;
        QTest::newRow("on, modification 0") << true << uR"({"modification":"0"})"_s << u"15"_s << false;
        QTest::newRow("on, modification not numeric") << true << uR"({"modification":"abc"})"_s << u"15"_s << true;
        QTest::newRow("on, modification negative") << true << uR"({"modification":-3})"_s << u"15"_s << true;
        QTest::newRow("on, modification array") << true << uR"({"modification":["1","2"]})"_s << u"15"_s << true;
        QTest::newRow("on, only modifications (plural)") << true << uR"({"modifications":"12"})"_s << u"15"_s << false;
        QTest::newRow("off, modification set") << false << uR"({"modification":"12"})"_s << u"15"_s << false;
        QTest::newRow("off, modification not numeric") << false << uR"({"modification":"abc"})"_s << u"15"_s << false;
    }
    void offer()
    {
        QFETCH(bool, msOptionsPrice);
        QFETCH(QString, options);
        QFETCH(QString, offerId);
        QFETCH(bool, warning);
        const rd::ShopOrderItem line = item(1, 15, u"Футболка"_s, 1, u"10"_s, options);
        QStringList warnings;
        const QJsonObject json = rd::mapOrderItem(line, ::options(msOptionsPrice), &warnings);
        QCOMPARE(json.value(u"offer"_s).toObject().value(u"externalId"_s).toString(), offerId);
        QCOMPARE(json.value(u"offer"_s).toObject().size(), 1);
        QCOMPARE(warnings.size(), warning ? 1 : 0);
        if (warning)
            QVERIFY2(warnings.first().contains(u"Футболка"_s) && warnings.first().contains(u"15"_s),
                     qPrintable(warnings.first()));

        // The same warning reaches the order.
        rd::ShopOrder order = order44();
        order.items = { line };
        const QStringList orderWarnings = rd::mapOrder(order, ::options(msOptionsPrice)).warnings;
        QCOMPARE(orderWarnings.size(), warning ? 1 : 0);
        if (warning)
            QVERIFY2(orderWarnings.first().startsWith(u"Order 2103/308: "_s)
                         && orderWarnings.first().contains(u"Футболка"_s),
                     qPrintable(orderWarnings.first()));
    }

    void properties_data()
    {
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("properties"); // JSON array literal or <absent>
        QTest::newRow("none") << u"{}"_s << Absent;
        QTest::newRow("size and color named")
            << uR"({"size":"XL","color":"Синий"})"_s
            << uR"([{"code":"color","name":"Цвет","value":"Синий"},{"code":"size","name":"Размер","value":"XL"}])"_s;
        QTest::newRow("other key named by key")
            << uR"({"Материал":"лён","fit":"slim"})"_s
            << uR"([{"code":"fit","name":"fit","value":"slim"},{"code":"Материал","name":"Материал","value":"лён"}])"_s;
        QTest::newRow("array joined") << uR"({"color":["red","green","blue"]})"_s
                                      << uR"([{"code":"color","name":"Цвет","value":"red, green, blue"}])"_s;
        QTest::newRow("numbers as text")
            << uR"({"size":42,"volume":0.5,"count":[1,2]})"_s
            << uR"([{"code":"count","name":"count","value":"1, 2"},{"code":"size","name":"Размер","value":"42"},
                    {"code":"volume","name":"volume","value":"0.5"}])"_s;
        QTest::newRow("empty values left out")
            << uR"({"size":"","color":[],"gift":null,"note":"  ","engraving":"Маше"})"_s
            << uR"([{"code":"engraving","name":"engraving","value":"Маше"}])"_s;
        QTest::newRow("modification and modifications left out")
            << uR"({"modification":"12","modifications":{"12":{"price":100}},"size":"S"})"_s
            << uR"([{"code":"size","name":"Размер","value":"S"}])"_s;
        QTest::newRow("only modification") << uR"({"modification":"12"})"_s << Absent;
        QTest::newRow("case-sensitive names")
            << uR"({"Size":"M","COLOR":"red"})"_s
            << uR"([{"code":"COLOR","name":"COLOR","value":"red"},{"code":"Size","name":"Size","value":"M"}])"_s;
        QTest::newRow("value kept as is")
            << uR"({"text":" Тёма & <друзья> \u0022ура\u0022 \u0027да\u0027 🎉 "})"_s
            << uR"([{"code":"text","name":"text","value":" Тёма & <друзья> \u0022ура\u0022 \u0027да\u0027 🎉 "}])"_s;
        QTest::newRow("boolean and object")
            << uR"({"gift":true,"meta":{"a":1}})"_s
            << uR"([{"code":"gift","name":"gift","value":"true"},{"code":"meta","name":"meta","value":"{\u0022a\u0022:1}"}])"_s;
    }
    void properties()
    {
        QFETCH(QString, options);
        QFETCH(QString, properties);
        const rd::ShopOrderItem line = item(1, 15, u"Футболка"_s, 1, u"10"_s, options);
        QCOMPARE(valueText(rd::mapOrderItem(line, ::options()).value(u"properties"_s)), normalisedValue(properties));
        const QJsonArray direct = rd::mapItemProperties(line.options);
        QCOMPARE(direct.isEmpty(), properties == Absent);
    }

    void itemFields()
    {
        rd::ShopOrder order = order44();
        order.items = {
            item(7, 99, u"Кофе «Арабика» & <чай> \"зелёный\" 'ok' ☕"_s, 5, u"0.01"_s),
            item(3, 98, QString(), 0, u"-5.50"_s),
            item(9, 97, u"Набор"_s, 1000, u"99999999.99"_s),
        };
        const QJsonArray items = rd::mapOrder(order, options()).json.value(u"items"_s).toArray();
        QCOMPARE(items.size(), 3); // in the order given (the reader sorts by id)
        QCOMPARE(
            compact(items.at(0).toObject()),
            normalised(
                uR"({"initialPrice":0.01,"productName":"Кофе «Арабика» & <чай> \u0022зелёный\u0022 \u0027ok\u0027 ☕",
                                 "quantity":5,"offer":{"externalId":"99"}})"_s));
        QCOMPARE(compact(items.at(1).toObject()),
                 normalised(uR"({"initialPrice":-5.5,"productName":"","quantity":0,"offer":{"externalId":"98"}})"_s));
        QCOMPARE(compact(items.at(2).toObject()),
                 normalised(uR"({"initialPrice":99999999.99,"productName":"Набор","quantity":1000,
                                 "offer":{"externalId":"97"}})"_s));
    }

    void addressGenerations_data()
    {
        QTest::addColumn<Mutation>("mutation");
        QTest::addColumn<QString>("address");
        QTest::newRow("4.4 (order_id, all columns)")
            << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) { o.address = address44(); })
            << uR"({"index":"101000","region":"Московская обл.","city":"Москва","metro":"Охотный ряд",
                    "street":"ул. Тверская","building":"7","flat":"12","floor":"5","block":"2",
                    "text":"Россия, 101000, Московская обл., Москва, Охотный ряд, ул. Тверская, 7, 12, 5, 2"})"_s;
        QTest::newRow("3.0 (email, entrance, floor; through o.address)")
            << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) {
                   o.addressId = 10;
                   o.address = address44();
                   o.address->orderId.reset();
               })
            << uR"({"index":"101000","region":"Московская обл.","city":"Москва","metro":"Охотный ряд",
                    "street":"ул. Тверская","building":"7","flat":"12","floor":"5","block":"2",
                    "text":"Россия, 101000, Московская обл., Москва, Охотный ряд, ул. Тверская, 7, 12, 5, 2"})"_s;
        QTest::newRow("2.9 (no email, entrance, floor)") << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) {
            o.addressId = 10;
            o.address = address29();
        }) << uR"({"index":"101000","region":"Московская обл.","city":"Москва","metro":"Охотный ряд",
                    "street":"ул. Тверская","building":"7","flat":"12",
                    "text":"Россия, 101000, Московская обл., Москва, Охотный ряд, ул. Тверская, 7, 12"})"_s;
        QTest::newRow("no address row") << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) { o.address.reset(); })
                                        << Absent;
        QTest::newRow("text kept as typed") << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) {
            rd::ShopAddress a;
            a.city = u"Санкт-Петербург"_s;
            a.street = u"пр. «Невский» & <Ко> \"1\" 'А' 🏙"_s;
            o.address = a;
        }) << uR"({"city":"Санкт-Петербург","street":"пр. «Невский» & <Ко> \u00221\u0022 \u0027А\u0027 🏙",
                    "text":"Санкт-Петербург, пр. «Невский» & <Ко> \u00221\u0022 \u0027А\u0027 🏙"})"_s;
    }
    void addressGenerations()
    {
        QFETCH(Mutation, mutation);
        QFETCH(QString, address);
        rd::ShopOrder order = order44();
        rd::MappingOptions opts = options();
        mutation(order, opts);
        const QJsonObject delivery = rd::mapOrder(order, opts).json.value(u"delivery"_s).toObject();
        QCOMPARE(valueText(delivery.value(u"address"_s)), normalisedValue(address));
        QCOMPARE(delivery.value(u"cost"_s).toDouble(), 300.0);
    }

    void unmappedCodes_data()
    {
        QTest::addColumn<Mutation>("mutation");
        QTest::addColumn<QStringList>("absentFields"); // "delivery.code" = key inside delivery
        QTest::addColumn<QStringList>("warningParts"); // one string per expected warning: its must-have words

        QTest::newRow("all mapped") << Mutation() << QStringList() << QStringList();
        QTest::newRow("status") << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) { o.statusCode.reset(); })
                                << QStringList { u"status"_s }
                                << QStringList { u"Shop status|«Оплачен»|id 2|2103/308|mappings set status 2 CODE"_s };
        QTest::newRow("delivery")
            << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) { o.deliveryCode.reset(); })
            << QStringList { u"delivery.code"_s }
            << QStringList { u"Shop delivery|«Курьер»|id 2|2103/308|delivery type|mappings set delivery 2 CODE"_s };
        QTest::newRow("payment")
            << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) { o.paymentCode = u""_s; })
            << QStringList { u"payments"_s }
            << QStringList { u"Shop payment|«Картой»|id 3|2103/308|payment type|mappings set payment 3 CODE"_s };
        QTest::newRow("all three, referenced rows gone")
            << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) {
                   o.statusCode.reset();
                   o.statusName.clear();
                   o.status = 7;
                   o.deliveryCode.reset();
                   o.deliveryName.clear();
                   o.delivery = 8;
                   o.paymentCode.reset();
                   o.paymentName.clear();
                   o.payment = 9;
               })
            << QStringList { u"status"_s, u"delivery.code"_s, u"payments"_s }
            << QStringList { u"status id 7|not found"_s, u"delivery id 8|not found"_s, u"payment id 9|not found"_s };
        QTest::newRow("delivery and payment 0: nothing chosen, no warning")
            << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) {
                   o.deliveryCode.reset();
                   o.delivery = 0;
                   o.deliveryName.clear();
                   o.paymentCode.reset();
                   o.payment = 0;
                   o.paymentName.clear();
               })
            << QStringList { u"delivery.code"_s, u"payments"_s } << QStringList();
        QTest::newRow("user 0") << Mutation([](rd::ShopOrder &o, rd::MappingOptions &) { o.userId = 0; })
                                << QStringList { u"customer"_s } << QStringList { u"no shop user|2103/308"_s };
    }
    void unmappedCodes()
    {
        QFETCH(Mutation, mutation);
        QFETCH(QStringList, absentFields);
        QFETCH(QStringList, warningParts);
        rd::ShopOrder order = order44();
        rd::MappingOptions opts = options();
        if (mutation)
            mutation(order, opts);
        const rd::MappedEntity mapped = rd::mapOrder(order, opts);
        QVERIFY(!mapped.isSkipped());
        for (const QString &field : absentFields) {
            const QStringList path = field.split(u'.');
            const QJsonObject parent = path.size() == 2 ? mapped.json.value(path[0]).toObject() : mapped.json;
            QVERIFY2(!parent.contains(path.last()), qPrintable(field));
        }
        QCOMPARE(mapped.warnings.size(), warningParts.size());
        for (qsizetype i = 0; i < warningParts.size(); ++i)
            for (const QString &part : warningParts[i].split(u'|'))
                QVERIFY2(mapped.warnings[i].contains(part), qPrintable(mapped.warnings[i] + u" lacks "_s + part));
        // The rest of the order is still there.
        QVERIFY(mapped.json.contains(u"items"_s));
        QVERIFY(mapped.json.value(u"delivery"_s).toObject().contains(u"cost"_s));
    }

    void skipped_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("num");
        QTest::addColumn<QString>("reason"); // "" = sent
        QTest::newRow("status 0") << 0 << u"2103/308"_s << u"order in status 0 (not confirmed yet)"_s;
        QTest::newRow("status 999") << 999 << u"2103/308"_s << u"draft order (status 999)"_s;
        QTest::newRow("no number") << 2 << QString() << u"order has no number"_s;
        QTest::newRow("blank number") << 2 << u"  "_s << u"order has no number"_s;
        QTest::newRow("status 0 without number: status first")
            << 0 << QString() << u"order in status 0 (not confirmed yet)"_s;
        QTest::newRow("status 1") << 1 << u"2103/308"_s << QString();
        QTest::newRow("status 4") << 4 << u"2103/308"_s << QString();
        QTest::newRow("status 998") << 998 << u"2103/308"_s << QString();
        QTest::newRow("status 1000") << 1000 << u"2103/308"_s << QString();
    }
    void skipped()
    {
        QFETCH(int, status);
        QFETCH(QString, num);
        QFETCH(QString, reason);
        rd::ShopOrder order = order44();
        order.status = status;
        order.statusCode.reset(); // an unmapped status of a skipped order adds no warning
        order.num = num;
        const rd::MappedEntity mapped = rd::mapOrder(order, options());
        QCOMPARE(mapped.skipReason.value_or(QString()), reason);
        QCOMPARE(mapped.warnings.size(), reason.isEmpty() ? 1 : 0);
        QVERIFY(mapped.json.contains(u"items"_s)); // json built all the same
    }

    void referencedCustomers()
    {
        const rd::MappingOptions opts = options();
        QList<rd::MappedEntity> mapped;
        const auto add = [&](int userId, int status) {
            rd::ShopOrder o = order44();
            o.userId = userId;
            o.status = status;
            o.num = u"2103/"_s + QString::number(mapped.size() + 1);
            mapped.append(rd::mapOrder(o, opts));
        };
        add(42, 2);
        add(7, 1);
        add(42, 3); // duplicate
        add(0, 2); // no customer reference
        add(8, 0); // skipped: not confirmed
        add(9, 999); // skipped: draft
        add(1, 2);
        add(7, 4); // duplicate
        QCOMPARE(rd::referencedCustomerIds(mapped), (QStringList { u"42"_s, u"7"_s, u"1"_s }));
        QCOMPARE(rd::referencedCustomerIds({}), QStringList());
    }

    void statusPayloadMatchesOrderStatus()
    {
        // The status sync sends the same code the order upload sends.
        rd::ShopReferences refs;
        rd::ShopStatus paid;
        paid.id = 2;
        paid.name = u"Оплачен"_s;
        paid.crmCode = u"paid"_s;
        refs.statuses = { paid };
        const std::optional<QString> code = rd::syncedStatusCode(2, refs, { 2 });
        QVERIFY(code);
        const QJsonObject order = rd::mapOrder(order44(), options()).json;
        QCOMPARE(compact(rd::statusChangePayload(*code)),
                 u"{\"status\":\""_s + order.value(u"status"_s).toString() + u"\"}"_s);
        QVERIFY(rd::numMatchesExternalId(order44().num, order.value(u"externalId"_s).toString()));
    }

    void textsPassedThrough()
    {
        const QString nasty = u"AND & and <b>bold</b> \"quoted\" 'single' Ёлка 🎄 \\ / %1 %2"_s;
        rd::ShopOrder order = order44();
        order.num = u"2103/%1"_s;
        order.address->receiver = nasty;
        order.address->comment = nasty;
        order.managerComment = nasty;
        order.customer->email = u"a&b'<x>\"@example.com"_s;
        order.items = { item(1, 15, nasty, 1, u"1"_s, uR"({"note":"AND & <i>"})"_s) };
        order.statusName = nasty;
        order.statusCode.reset();
        const rd::MappedEntity mapped = rd::mapOrder(order, options());
        QCOMPARE(mapped.json.value(u"externalId"_s).toString(), u"2103-%1"_s);
        QCOMPARE(mapped.json.value(u"firstName"_s).toString(), nasty);
        QCOMPARE(mapped.json.value(u"customerComment"_s).toString(), nasty);
        QCOMPARE(mapped.json.value(u"managerComment"_s).toString(), nasty);
        QCOMPARE(mapped.json.value(u"email"_s).toString(), u"a&b'<x>\"@example.com"_s);
        const QJsonObject line = mapped.json.value(u"items"_s).toArray().at(0).toObject();
        QCOMPARE(line.value(u"productName"_s).toString(), nasty);
        QCOMPARE(line.value(u"properties"_s).toArray().at(0).toObject().value(u"value"_s).toString(), u"AND & <i>"_s);
        // The warning names the status exactly, placeholders in names are not expanded.
        QCOMPARE(mapped.warnings.size(), 1);
        QVERIFY2(mapped.warnings.first().contains(u"«"_s + nasty + u"»"_s), qPrintable(mapped.warnings.first()));
        QVERIFY2(mapped.warnings.first().contains(u"2103/%1"_s), qPrintable(mapped.warnings.first()));

        // And they survive serialisation unchanged.
        const QJsonObject back
            = QJsonDocument::fromJson(QJsonDocument(mapped.json).toJson(QJsonDocument::Compact)).object();
        QCOMPARE(back, mapped.json);
    }
};

QTEST_GUILESS_MAIN(TestOrderMapper)
#include "TestOrderMapper.moc"
