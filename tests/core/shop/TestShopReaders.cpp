// Every shop reader on SQLite and on a real MariaDB, for miniShop2 2.9, 3.0 and 4.4, with the
// modx_ prefix (all companions installed) and the shop7_ prefix (none).
#include "MariaDbServer.h"
#include "ShopFixture.h"
#include "shop/ShopCategoryReader.h"
#include "shop/ShopCustomerReader.h"
#include "shop/ShopDatabase.h"
#include "shop/ShopOrderReader.h"
#include "shop/ShopProductReader.h"
#include "shop/ShopReferenceReader.h"
#include "shop/ShopStatusLogReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using rd::MiniShopGeneration;
using rd::test::ShopTarget;

namespace {

template<typename T> QList<int> idsOf(const QList<T> &rows)
{
    QList<int> ids;
    for (const T &r : rows)
        ids << r.id;
    return ids;
}

template<typename Reader, typename Row> QList<Row> readAll(Reader &reader, QString *error, int *pages = nullptr)
{
    QList<Row> all;
    int n = 0;
    while (!reader.atEnd()) {
        auto page = reader.nextPage();
        if (!page) {
            *error = page.error().toString();
            return all;
        }
        if (page->isEmpty()) {
            // Only the end of the table may show as an empty page (found by asking once more).
            if (!reader.atEnd())
                *error = u"empty page before the end"_s;
            break;
        }
        ++n;
        all += *page;
    }
    if (pages)
        *pages = n;
    return all;
}

QList<rd::ShopOrder> readOrders(rd::ShopDatabase &db, const rd::ShopReadFilter &filter, QString *error,
                                rd::ShopOrderReader::Parts parts = rd::ShopOrderReader::All, int *pages = nullptr)
{
    rd::ShopOrderReader reader(db, filter, parts);
    return readAll<rd::ShopOrderReader, rd::ShopOrder>(reader, error, pages);
}

QList<rd::ShopCustomer> readCustomers(rd::ShopDatabase &db, const rd::ShopReadFilter &filter, QString *error,
                                      int *pages = nullptr)
{
    rd::ShopCustomerReader reader(db, filter);
    return readAll<rd::ShopCustomerReader, rd::ShopCustomer>(reader, error, pages);
}

// Everything an order carries, as text: equal dumps = equal orders (page-size invariance).
QString dump(const rd::ShopOrder &o)
{
    QStringList parts { QString::number(o.id),
                        o.num,
                        o.cost.toString(),
                        o.weight.toString(),
                        o.createdOn.toString(Qt::ISODate),
                        QString::number(o.status),
                        o.statusCode.value_or(u"-"_s),
                        o.managerComment,
                        o.address ? QString::number(o.address->id) + o.address->receiver + o.address->comment
                                  : u"no address"_s,
                        o.customer ? o.customer->fullname : u"no customer"_s,
                        o.promoDiscount ? o.promoDiscount->toString() : u"no promo"_s,
                        o.issues.join(u'|') };
    for (const rd::ShopOrderItem &i : o.items)
        parts << QString::number(i.id) + i.name + i.price.toString()
                + QString::fromUtf8(QJsonDocument(i.options).toJson(QJsonDocument::Compact));
    return parts.join(u';');
}

bool isV2(const ShopTarget &t)
{
    return t.generation == MiniShopGeneration::V2_9;
}
bool isV4(const ShopTarget &t)
{
    return t.generation == MiniShopGeneration::V4_4;
}

} // namespace

class TestShopReaders final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void detect_data();
    void detect();
    void customers_data();
    void customers();
    void customerFilters_data();
    void customerFilters();
    void orders_data();
    void orders();
    void orderFilters_data();
    void orderFilters();
    void orderPagingIsInvariant_data();
    void orderPagingIsInvariant();
    void orderParts_data();
    void orderParts();
    void references_data();
    void references();
    void categories_data();
    void categories();
    void products_data();
    void products();
    void statusLog_data();
    void statusLog();
    void twoPrefixesInOneDatabase_data();
    void twoPrefixesInOneDatabase();
    void connectionPerThread_data();
    void connectionPerThread();

private:
    void addTargetRows();
    ShopTarget currentTarget();

    rd::test::MariaDbServer m_server;
    QTemporaryDir m_dir;
    QList<ShopTarget> m_targets;
};

void TestShopReaders::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const rd::Status started = m_server.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));

    const rd::SchemaAddons all { true, true, true };
    const rd::SchemaAddons none;
    int n = 0;
    for (MiniShopGeneration g : { MiniShopGeneration::V2_9, MiniShopGeneration::V3_0, MiniShopGeneration::V4_4 }) {
        for (const QString &prefix : { u"modx_"_s, u"shop7_"_s }) {
            const rd::SchemaAddons addons = prefix == u"modx_"_s ? all : none;
            auto lite = rd::test::createSqliteShop(m_dir.path(), g, prefix, addons);
            QVERIFY2(lite.ok(), qPrintable(lite.ok() ? QString() : lite.error().toString()));
            m_targets << *lite;
            auto maria = rd::test::createMariaDbShop(m_server, u"readers%1"_s.arg(++n), g, prefix, addons);
            QVERIFY2(maria.ok(), qPrintable(maria.ok() ? QString() : maria.error().toString()));
            m_targets << *maria;
        }
    }
}

void TestShopReaders::cleanupTestCase()
{
    m_server.stop();
}

void TestShopReaders::addTargetRows()
{
    QTest::addColumn<int>("target");
    for (int i = 0; i < m_targets.size(); ++i)
        QTest::newRow(qPrintable(m_targets[i].label())) << i;
}

ShopTarget TestShopReaders::currentTarget()
{
    QFETCH(int, target);
    return m_targets.value(target);
}

void TestShopReaders::detect_data()
{
    addTargetRows();
}

void TestShopReaders::detect()
{
    const ShopTarget t = currentTarget();
    rd::ShopDatabase db(t.settings, t.password);
    auto info = db.detect();
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().toString()));
    switch (t.generation) {
    case MiniShopGeneration::V2_9:
        QCOMPARE(info->generation, rd::ShopInfo::Generation::V2);
        break;
    case MiniShopGeneration::V3_0:
        QCOMPARE(info->generation, rd::ShopInfo::Generation::V3_0_5);
        break;
    case MiniShopGeneration::V4_4:
        QCOMPARE(info->generation, rd::ShopInfo::Generation::V4_4_1);
        break;
    }
    QCOMPARE(info->prefix, t.settings.prefix);
    QCOMPARE(info->orderAddressColumn, !isV4(t));
    QCOMPARE(info->addressOrderId, isV4(t));
    QCOMPARE(info->sessionId, !isV2(t));
    QCOMPARE(info->orderComment, !isV2(t));
    QCOMPARE(info->remains, isV4(t));
    QCOMPARE(info->msOptionsPrice, t.addons.msOptionsPrice);
    QCOMPARE(info->msPromoCode, t.addons.msPromoCode);
    QCOMPARE(info->deliveryCodeColumn, t.addons.modRetailCrmColumns);
    QCOMPARE(info->paymentCodeColumn, t.addons.modRetailCrmColumns);
    QCOMPARE(info->statusCodeColumn, t.addons.modRetailCrmColumns);
    QCOMPARE(info->hasAllCodeColumns(), t.addons.modRetailCrmColumns);
    QVERIFY(info->sudo);
    QVERIFY(info->hasTable(u"ms2_orders"_s));
    QVERIFY(!info->hasTable(t.settings.prefix + u"ms2_orders"_s));
    QVERIFY(info->hasColumn(u"ms2_order_addresses"_s, u"index"_s));
    QVERIFY(!info->serverVersion.isEmpty());
    QVERIFY(info->warnings.isEmpty());
    if (t.settings.driver == rd::ShopSettings::Driver::Sqlite) {
        QVERIFY(info->rowCountsExact);
        QCOMPARE(info->rowCount(u"ms2_orders"_s), 4);
        QCOMPARE(info->rowCount(u"ms2_order_products"_s), 6);
        QCOMPARE(info->rowCount(u"users"_s), 5);
    } else {
        QVERIFY(!info->rowCountsExact);
        QVERIFY(info->rowCounts.contains(u"ms2_orders"_s)); // an estimate
    }
    // The result is kept.
    QCOMPARE(db.info().generation, info->generation);
}

void TestShopReaders::customers_data()
{
    addTargetRows();
}

void TestShopReaders::customers()
{
    const ShopTarget t = currentTarget();
    rd::ShopDatabase db(t.settings, t.password);
    QString error;
    const QList<rd::ShopCustomer> rows = readCustomers(db, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(idsOf(rows), (QList<int> { 1, 2, 3, 5 })); // user 4 has no profile

    const rd::ShopCustomer &admin = rows[0];
    QVERIFY(admin.sudo);
    QCOMPARE(admin.fullname, u"Администратор"_s);
    QCOMPARE(admin.createdOnUnix, 1600000000);
    QCOMPARE(admin.createdOn, QDateTime::fromSecsSinceEpoch(1600000000));

    const rd::ShopCustomer &ivan = rows[1];
    QVERIFY(!ivan.sudo);
    QVERIFY(ivan.active);
    QCOMPARE(ivan.username, u"ivan@example.com"_s);
    QCOMPARE(ivan.fullname, u"Иванов Иван Иванович"_s);
    QCOMPARE(ivan.email, u"ivan@example.com"_s);
    QCOMPARE(ivan.phone, u"+7 900 000-00-01"_s);
    QCOMPARE(ivan.mobilephone, QString());
    QCOMPARE(ivan.address, u"Москва"_s);
    QCOMPARE(ivan.dob, QDateTime::fromSecsSinceEpoch(631152000));
    QCOMPARE(ivan.gender, 1);
    QCOMPARE(ivan.extended.value(u"city"_s).toString(), u"Москва"_s);
    QCOMPARE(ivan.extended.value(u"tags"_s).toArray().size(), 2);
    QVERIFY(ivan.issues.isEmpty());

    const rd::ShopCustomer &emoji = rows[2];
    QCOMPARE(emoji.fullname, u"Emoji 🛒 Buyer"_s);
    QVERIFY(!emoji.active);
    QCOMPARE(emoji.createdOnUnix, 0);
    QVERIFY(!emoji.createdOn.isValid());
    QVERIFY(!emoji.dob.isValid());
    QCOMPARE(emoji.mobilephone, u"+79001112233"_s);
    QVERIFY(emoji.extended.isEmpty());
    QCOMPARE(emoji.issues.size(), 1); // bad JSON in extended: reported, not fatal
    QVERIFY(emoji.issues[0].contains(u"extended"_s));

    const rd::ShopCustomer &late = rows[3];
    QCOMPARE(late.fullname, u"  Late   Comer  "_s);
    QVERIFY(late.extended.isEmpty());
    QVERIFY(late.issues.isEmpty()); // NULL extended is fine

    rd::ShopCustomerReader counter(db);
    auto count = counter.count();
    QVERIFY(count.ok());
    QCOMPARE(*count, 4);
}

void TestShopReaders::customerFilters_data()
{
    addTargetRows();
}

void TestShopReaders::customerFilters()
{
    const ShopTarget t = currentTarget();
    rd::ShopDatabase db(t.settings, t.password);
    QString error;

    rd::ShopReadFilter since;
    since.since = QDateTime::fromSecsSinceEpoch(1700000000);
    QCOMPARE(idsOf(readCustomers(db, since, &error)), (QList<int> { 2, 5 }));
    rd::ShopCustomerReader sinceCounter(db, since);
    QCOMPARE(sinceCounter.count().valueOr(-1), 2);

    rd::ShopReadFilter ids;
    ids.ids = { 5, 3, 4, 3, 42 };
    QCOMPARE(idsOf(readCustomers(db, ids, &error)), (QList<int> { 3, 5 }));
    ids.pageSize = 1; // chunks without rows (4, 42) are skipped, not reported as the end
    int pages = 0;
    QCOMPARE(idsOf(readCustomers(db, ids, &error, &pages)), (QList<int> { 3, 5 }));
    QCOMPARE(pages, 2);

    rd::ShopReadFilter after;
    after.afterId = 2;
    QCOMPARE(idsOf(readCustomers(db, after, &error)), (QList<int> { 3, 5 }));

    rd::ShopReadFilter paged;
    paged.pageSize = 1;
    QCOMPARE(idsOf(readCustomers(db, paged, &error, &pages)), (QList<int> { 1, 2, 3, 5 }));
    QVERIFY(pages >= 4);

    rd::ShopReadFilter limited;
    limited.limit = 2;
    limited.pageSize = 3;
    rd::ShopCustomerReader reader(db, limited);
    const auto rows = readAll<rd::ShopCustomerReader, rd::ShopCustomer>(reader, &error);
    QCOMPARE(idsOf(rows), (QList<int> { 1, 2 }));
    QCOMPARE(reader.lastId(), 2); // the resume point

    auto byIds = rd::ShopCustomerReader::fetchByIds(db, { 3, 1, 4 });
    QVERIFY(byIds.ok());
    QCOMPARE(byIds->size(), 2);
    QCOMPARE(byIds->value(3).fullname, u"Emoji 🛒 Buyer"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestShopReaders::orders_data()
{
    addTargetRows();
}

void TestShopReaders::orders()
{
    const ShopTarget t = currentTarget();
    const bool addons = t.addons.msOptionsPrice;
    rd::ShopDatabase db(t.settings, t.password);
    QString error;
    const QList<rd::ShopOrder> orders = readOrders(db, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(idsOf(orders), (QList<int> { 1, 2, 3, 4 }));

    // Order 1: everything set.
    const rd::ShopOrder &o1 = orders[0];
    QCOMPARE(o1.userId, 2);
    QCOMPARE(o1.num, u"2401/1"_s);
    QCOMPARE(o1.externalId(), u"2401-1"_s);
    QCOMPARE(o1.sessionId, isV2(t) ? QString() : u"sess1"_s);
    QCOMPARE(o1.createdOn, QDateTime(QDate(2024, 1, 15), QTime(10, 20, 30)));
    QCOMPARE(o1.cost.toString(), u"1234.50"_s);
    QCOMPARE(o1.cartCost.toString(), u"1034.50"_s);
    QCOMPARE(o1.deliveryCost.toString(), u"200.00"_s);
    QCOMPARE(o1.cartCost + o1.deliveryCost, o1.cost);
    QCOMPARE(o1.weight.toString(), u"1.250"_s);
    QCOMPARE(o1.status, 1);
    QCOMPARE(o1.statusName, u"Новый"_s);
    QCOMPARE(o1.statusCode, addons ? std::optional<QString>(u"new"_s) : std::nullopt);
    QCOMPARE(o1.deliveryName, u"Самовывоз"_s);
    QCOMPARE(o1.deliveryCode, addons ? std::optional<QString>(u"self-delivery"_s) : std::nullopt);
    QCOMPARE(o1.paymentName, u"Оплата наличными"_s);
    QCOMPARE(o1.paymentCode, std::nullopt);
    QCOMPARE(o1.managerComment, u"Позвонить до 18:00"_s);
    QCOMPARE(o1.properties.value(u"x"_s).toInt(), 1);
    QCOMPARE(o1.addressId, isV4(t) ? std::nullopt : std::optional<int>(101));
    QVERIFY(o1.address.has_value());
    const rd::ShopAddress &a = *o1.address;
    QCOMPARE(a.id, 101);
    QCOMPARE(a.orderId, isV4(t) ? std::optional<int>(1) : std::nullopt);
    QCOMPARE(a.receiver, u"Петров Пётр Петрович"_s);
    QCOMPARE(a.phone, u"+7 900 000-00-02"_s);
    QCOMPARE(a.email, isV2(t) ? QString() : u"petrov@example.com"_s);
    QCOMPARE(a.country, u"Россия"_s);
    QCOMPARE(a.index, u"101000"_s);
    QCOMPARE(a.region, u"Московская обл."_s);
    QCOMPARE(a.city, u"Москва"_s);
    QCOMPARE(a.metro, u"Тверская"_s);
    QCOMPARE(a.street, u"ул. Тверская"_s);
    QCOMPARE(a.building, u"1"_s);
    QCOMPARE(a.entrance, u"2"_s);
    QCOMPARE(a.floor, u"3"_s);
    QCOMPARE(a.room, u"10"_s);
    QCOMPARE(a.comment, u"Код домофона 10 🔔"_s);
    QCOMPARE(a.textAddress, u"Москва, Тверская 1"_s);
    QCOMPARE(a.createdOn, QDateTime(QDate(2024, 1, 15), QTime(10, 20, 30)));
    QCOMPARE(a.properties.value(u"lat"_s).toDouble(), 55.7);
    QCOMPARE(idsOf(o1.items), (QList<int> { 1001, 1002 })); // by id, not insertion order
    const rd::ShopOrderItem &shirt = o1.items[0];
    QCOMPARE(shirt.orderId, 1);
    QCOMPARE(shirt.productId, 10);
    QCOMPARE(shirt.name, u"Футболка"_s);
    QCOMPARE(shirt.count, 2);
    QCOMPARE(shirt.price.toString(), u"500.25"_s);
    QCOMPARE(shirt.cost.toString(), u"1000.50"_s);
    QCOMPARE(shirt.price * shirt.count, shirt.cost);
    QCOMPARE(shirt.weight.toString(), u"0.500"_s);
    QCOMPARE(shirt.options.value(u"size"_s).toString(), u"L"_s);
    QCOMPARE(shirt.options.value(u"color"_s).toArray(), (QJsonArray { u"red"_s, u"blue"_s }));
    QCOMPARE(shirt.optionsMap().value(u"color"_s).toStringList(), (QStringList { u"red"_s, u"blue"_s }));
    QCOMPARE(shirt.modificationId(), std::optional<int>(7));
    QCOMPARE(shirt.properties.value(u"p"_s).toBool(), !isV2(t));
    QCOMPARE(o1.items[1].name, u"Кружка ☕"_s);
    QVERIFY(o1.items[1].options.isEmpty()); // "[]" is PHP's empty array
    QCOMPARE(o1.items[1].modificationId(), std::nullopt);
    QVERIFY(o1.customer.has_value());
    QCOMPARE(o1.customer->fullname, u"Иванов Иван Иванович"_s);
    QCOMPARE(o1.promoCode, std::nullopt);
    QVERIFY2(o1.issues.isEmpty(), qPrintable(o1.issues.join(u'\n')));

    // Order 2: NULLs and broken JSON.
    const rd::ShopOrder &o2 = orders[1];
    QCOMPARE(o2.status, 0);
    QCOMPARE(o2.statusName, QString());
    QCOMPARE(o2.statusCode, std::nullopt);
    QCOMPARE(o2.delivery, 7);
    QCOMPARE(o2.deliveryName, QString()); // no such delivery
    QCOMPARE(o2.cost.toString(), u"0.10"_s);
    QCOMPARE(o2.managerComment, QString());
    QVERIFY(o2.properties.isEmpty());
    QVERIFY(o2.address.has_value());
    QCOMPARE(o2.address->receiver, QString());
    QCOMPARE(o2.address->email, QString());
    QCOMPARE(o2.items.size(), 1);
    const rd::ShopOrderItem &broken = o2.items[0];
    QCOMPARE(broken.name, QString());
    QCOMPARE(broken.price.toString(), u"0.00"_s);
    QCOMPARE(broken.weight.toString(), u"0.000"_s);
    QVERIFY(broken.options.isEmpty());
    QCOMPARE(broken.issues.size(), 1);
    QVERIFY(broken.issues[0].contains(u"options"_s));
    QVERIFY(broken.issues[0].contains(u"1003"_s));
    QCOMPARE(o2.issues.size(), 2); // the item's and the address properties'
    QCOMPARE(o2.customer->id, 3);

    // Order 3: draft, no date, no address, no items, the largest decimal(12,2).
    const rd::ShopOrder &o3 = orders[2];
    QCOMPARE(o3.status, 999);
    QCOMPARE(o3.statusName.isEmpty(), isV2(t)); // 2.x has no status 999
    QCOMPARE(o3.num, u"2402-3"_s);
    QCOMPARE(o3.externalId(), u"2402-3"_s);
    QVERIFY(!o3.createdOn.isValid());
    QCOMPARE(o3.cost.toString(), u"99999999.99"_s);
    QCOMPARE(o3.addressId, std::nullopt);
    QVERIFY(!o3.address.has_value());
    QVERIFY(o3.items.isEmpty());
    QVERIFY(o3.issues.isEmpty());

    // Order 4: a user without an account; promo code.
    const rd::ShopOrder &o4 = orders[3];
    QCOMPARE(o4.userId, 99);
    QVERIFY(!o4.customer.has_value());
    QCOMPARE(o4.status, 2);
    QCOMPARE(o4.statusCode, addons ? std::optional<QString>(u"paid"_s) : std::nullopt);
    QCOMPARE(idsOf(o4.items), (QList<int> { 1004, 1005, 1006 }));
    QCOMPARE(o4.items[2].options.value(u"size"_s).toInt(), 42);
    QVERIFY(o4.items[1].options.isEmpty()); // "null"
    QVERIFY(!o4.address.has_value());
    if (t.addons.msPromoCode) {
        QCOMPARE(o4.promoCode, std::optional<QString>(u"SALE10"_s)); // the latest row
        QCOMPARE(o4.promoDiscount->toString(), u"150.00"_s);
    } else {
        QCOMPARE(o4.promoCode, std::nullopt);
        QCOMPARE(o4.promoDiscount, std::nullopt);
    }

    auto fetched = rd::ShopOrderReader::fetchByIds(db, { 4, 1 });
    QVERIFY(fetched.ok());
    QCOMPARE(idsOf(*fetched), (QList<int> { 1, 4 }));
    QCOMPARE(dump(fetched->at(0)), dump(o1));
}

void TestShopReaders::orderFilters_data()
{
    addTargetRows();
}

void TestShopReaders::orderFilters()
{
    const ShopTarget t = currentTarget();
    rd::ShopDatabase db(t.settings, t.password);
    QString error;

    rd::ShopReadFilter since;
    since.since = QDateTime(QDate(2024, 2, 1), QTime(0, 0));
    QCOMPARE(idsOf(readOrders(db, since, &error)), (QList<int> { 2, 4 })); // order 3 has no date
    rd::ShopOrderReader sinceCount(db, since);
    QCOMPARE(sinceCount.count().valueOr(-1), 2);

    rd::ShopReadFilter statuses;
    statuses.statuses = { 0, 999 };
    QCOMPARE(idsOf(readOrders(db, statuses, &error)), (QList<int> { 2, 3 }));

    rd::ShopReadFilter ids;
    ids.ids = { 4, 1, 4, 100 };
    const QList<rd::ShopOrder> byIds = readOrders(db, ids, &error);
    QCOMPARE(idsOf(byIds), (QList<int> { 1, 4 }));
    QCOMPARE(byIds[0].items.size(), 2);
    QCOMPARE(byIds[1].items.size(), 3);
    QVERIFY(byIds[0].address.has_value());
    rd::ShopOrderReader idsCount(db, ids);
    QCOMPARE(idsCount.count().valueOr(-1), 2);

    rd::ShopReadFilter after;
    after.afterId = 1;
    QCOMPARE(idsOf(readOrders(db, after, &error)), (QList<int> { 2, 3, 4 }));

    rd::ShopReadFilter limited;
    limited.limit = 3;
    limited.pageSize = 2;
    int pages = 0;
    QCOMPARE(idsOf(readOrders(db, limited, &error, rd::ShopOrderReader::All, &pages)), (QList<int> { 1, 2, 3 }));
    QCOMPARE(pages, 2);

    rd::ShopOrderReader all(db);
    QCOMPARE(all.count().valueOr(-1), 4);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestShopReaders::orderPagingIsInvariant_data()
{
    addTargetRows();
}

void TestShopReaders::orderPagingIsInvariant()
{
    const ShopTarget t = currentTarget();
    rd::ShopDatabase db(t.settings, t.password);
    QString error;
    QStringList reference;
    for (const rd::ShopOrder &o : readOrders(db, {}, &error))
        reference << dump(o);
    QCOMPARE(reference.size(), 4);
    // Page sizes 1..3 (id ranges) and with an ids filter (IN lists) give the same orders.
    for (int size : { 1, 2, 3 }) {
        for (bool byIds : { false, true }) {
            rd::ShopReadFilter f;
            f.pageSize = size;
            if (byIds)
                f.ids = { 1, 2, 3, 4 };
            QStringList dumps;
            for (const rd::ShopOrder &o : readOrders(db, f, &error))
                dumps << dump(o);
            QCOMPARE(dumps, reference);
        }
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestShopReaders::orderParts_data()
{
    addTargetRows();
}

void TestShopReaders::orderParts()
{
    const ShopTarget t = currentTarget();
    rd::ShopDatabase db(t.settings, t.password);
    QString error;
    const QList<rd::ShopOrder> bare = readOrders(db, {}, &error, rd::ShopOrderReader::None);
    QCOMPARE(bare.size(), 4);
    for (const rd::ShopOrder &o : bare) {
        QVERIFY(o.items.isEmpty());
        QVERIFY(!o.address.has_value());
        QVERIFY(!o.customer.has_value());
        QVERIFY(!o.promoCode.has_value());
    }
    QCOMPARE(bare[0].statusName, u"Новый"_s); // references come anyway
    const QList<rd::ShopOrder> items = readOrders(db, {}, &error, rd::ShopOrderReader::Items);
    QCOMPARE(items[0].items.size(), 2);
    QVERIFY(!items[0].address.has_value());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestShopReaders::references_data()
{
    addTargetRows();
}

void TestShopReaders::references()
{
    const ShopTarget t = currentTarget();
    const bool codes = t.addons.modRetailCrmColumns;
    rd::ShopDatabase db(t.settings, t.password);
    auto refs = rd::ShopReferenceReader::read(db);
    QVERIFY2(refs.ok(), qPrintable(refs.ok() ? QString() : refs.error().toString()));
    QCOMPARE(refs->hasDeliveryCodeColumn, codes);
    QCOMPARE(refs->hasPaymentCodeColumn, codes);
    QCOMPARE(refs->hasStatusCodeColumn, codes);

    QCOMPARE(idsOf(refs->statuses), isV2(t) ? (QList<int> { 1, 2, 3, 4 }) : (QList<int> { 1, 2, 3, 4, 999 }));
    QCOMPARE(refs->status(1)->crmCode, codes ? std::optional<QString>(u"new"_s) : std::nullopt);
    QCOMPARE(refs->status(2)->crmCode, codes ? std::optional<QString>(u"paid"_s) : std::nullopt);
    QCOMPARE(refs->status(3)->crmCode, std::nullopt);
    QVERIFY(refs->status(3)->isFinal);
    QVERIFY(refs->status(1)->fixed);
    QCOMPARE(refs->status(2)->color, u"008000"_s);
    QCOMPARE(refs->status(4)->rank, isV4(t) ? 4 : 3);
    QVERIFY(refs->status(5) == nullptr);

    QCOMPARE(idsOf(refs->deliveries), (QList<int> { 1 }));
    const rd::ShopDelivery &d = refs->deliveries[0];
    QCOMPARE(d.name, u"Самовывоз"_s);
    QCOMPARE(d.requiredFields, u"email,receiver"_s);
    QCOMPARE(d.crmCode, codes ? std::optional<QString>(u"self-delivery"_s) : std::nullopt);
    QCOMPARE(d.paymentIds, (QList<int> { 1 }));
    QVERIFY(d.freeDeliveryAmount.has_value());
    QCOMPARE(d.weightPrice.toString(), u"0.00"_s);

    QCOMPARE(idsOf(refs->payments), isV2(t) ? (QList<int> { 1, 2 }) : (QList<int> { 1 }));
    QCOMPARE(refs->payment(1)->name, u"Оплата наличными"_s);
    QCOMPARE(refs->payment(1)->crmCode, std::nullopt);
    QCOMPARE(refs->deliveryPayments.size(), 1);
    QCOMPARE(refs->deliveryPayments[0].deliveryId, 1);
    QCOMPARE(refs->deliveryPayments[0].paymentId, 1);
}

void TestShopReaders::categories_data()
{
    addTargetRows();
}

void TestShopReaders::categories()
{
    const ShopTarget t = currentTarget();
    rd::ShopDatabase db(t.settings, t.password);
    rd::ShopReadFilter f;
    f.pageSize = 1;
    rd::ShopCategoryReader reader(db, f);
    QString error;
    const auto rows = readAll<rd::ShopCategoryReader, rd::ShopCategory>(reader, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(idsOf(rows), (QList<int> { 5, 6 })); // not unpublished 7, deleted 8, page 9
    QCOMPARE(rows[0].pagetitle, u"Одежда"_s);
    QCOMPARE(rows[0].parent, 0);
    QCOMPARE(rows[0].uri, u"odezhda/"_s);
    QCOMPARE(rows[0].createdOn, QDateTime::fromSecsSinceEpoch(1700000005));
    QCOMPARE(rows[1].pagetitle, u"Футболки & майки <new>"_s);
    QCOMPARE(rows[1].parent, 5);
    QCOMPARE(rows[1].uri, QString());
    QCOMPARE(rows[1].menuindex, 0);
    QCOMPARE(rows[1].contextKey, u"web"_s);
}

void TestShopReaders::products_data()
{
    addTargetRows();
}

void TestShopReaders::products()
{
    const ShopTarget t = currentTarget();
    rd::ShopDatabase db(t.settings, t.password);
    rd::ShopProductReader reader(db);
    QString error;
    const auto rows = readAll<rd::ShopProductReader, rd::ShopProduct>(reader, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(idsOf(rows), (QList<int> { 10, 11, 13 }));

    const rd::ShopProduct &p = rows[0];
    QCOMPARE(p.pagetitle, u"Футболка \"Лето\" 🌞"_s);
    QCOMPARE(p.parent, 6);
    QCOMPARE(p.uri, u"odezhda/futbolka.html"_s);
    QVERIFY(p.hasData);
    QCOMPARE(p.article, u"TS-1"_s);
    QCOMPARE(p.price.toString(), u"500.25"_s);
    QCOMPARE(p.oldPrice.toString(), u"600.00"_s);
    QCOMPARE(p.weight.toString(), u"0.500"_s);
    QCOMPARE(p.image, u"/assets/images/10.jpg"_s);
    QCOMPARE(p.vendorId, 1);
    QCOMPARE(p.vendorName, u"Вендор & Co"_s);
    QCOMPARE(p.madeIn, u"Россия"_s);
    QVERIFY(p.isNew);
    QVERIFY(!p.popular);
    QCOMPARE(p.tags, (QStringList { u"new"_s, u"sale"_s }));
    QCOMPARE(p.colors, (QStringList { u"red"_s, u"blue"_s }));
    QVERIFY(p.sizes.isEmpty());
    QCOMPARE(p.extraCategories, (QList<int> { 5 })); // 6 is the parent
    QCOMPARE(p.options.size(), 2);
    QCOMPARE(p.options[0].key, u"material"_s);
    QCOMPARE(p.options[0].values, (QStringList { u"хлопок"_s }));
    QCOMPARE(p.options[1].key, u"size"_s);
    QCOMPARE(p.options[1].values, (QStringList { u"S"_s, u"M"_s, u"L"_s })); // one row per value, table order
    QCOMPARE(p.remains, isV4(t) ? std::optional<int>(5) : std::nullopt);
    QCOMPARE(p.reserved, isV4(t) ? std::optional<int>(0) : std::nullopt);
    QVERIFY2(p.issues.isEmpty(), qPrintable(p.issues.join(u'\n')));
    if (t.addons.msOptionsPrice) {
        QCOMPARE(idsOf(p.modifications), (QList<int> { 7, 8 })); // by rank
        const rd::ShopModification &m = p.modifications[0];
        QCOMPARE(m.productId, 10);
        QCOMPARE(m.name, u"Красная L"_s);
        QCOMPARE(m.price, u"550"_s);
        QCOMPARE(m.article, u"TS-1-RL"_s);
        QCOMPARE(m.weight.toString(), u"0.600"_s);
        QCOMPARE(m.count, 3);
        QVERIFY(m.active);
        QCOMPARE(m.options.size(), 2);
        QCOMPARE(m.options[0].key, u"color"_s);
        QCOMPARE(m.options[0].value, u"red"_s);
        QCOMPARE(m.options[1].key, u"size"_s);
        QCOMPARE(m.options[1].value, u"L"_s);
        QVERIFY(!p.modifications[1].active);
        QCOMPARE(p.modifications[1].price, u"+10"_s);
        QCOMPARE(p.modifications[1].options.size(), 1);
    } else {
        QVERIFY(p.modifications.isEmpty());
    }

    const rd::ShopProduct &noData = rows[1];
    QVERIFY(!noData.hasData);
    QCOMPARE(noData.price.toString(), u"0.00"_s);
    QCOMPARE(noData.remains, std::nullopt);
    QCOMPARE(noData.issues.size(), 1);

    const rd::ShopProduct &badTags = rows[2];
    QVERIFY(badTags.tags.isEmpty());
    QCOMPARE(badTags.issues.size(), 1);
    QVERIFY(badTags.issues[0].contains(u"tags"_s));
    QCOMPARE(badTags.vendorName, QString()); // vendor 99 does not exist
    QCOMPARE(badTags.options.size(), 1);
    QCOMPARE(badTags.options[0].key, u"empty"_s);
    QVERIFY(badTags.options[0].values.isEmpty());
    QCOMPARE(badTags.remains, isV4(t) ? std::optional<int>(0) : std::nullopt);

    // Without modifications and by ids.
    rd::ShopReadFilter f;
    f.ids = { 13, 10 };
    rd::ShopProductReader plain(db, f, false);
    const auto some = readAll<rd::ShopProductReader, rd::ShopProduct>(plain, &error);
    QCOMPARE(idsOf(some), (QList<int> { 10, 13 }));
    QVERIFY(some[0].modifications.isEmpty());
}

void TestShopReaders::statusLog_data()
{
    addTargetRows();
}

void TestShopReaders::statusLog()
{
    const ShopTarget t = currentTarget();
    rd::ShopDatabase db(t.settings, t.password);
    QString error;
    rd::ShopStatusLogReader reader(db);
    const auto rows = readAll<rd::ShopStatusLogReader, rd::ShopStatusLogEntry>(reader, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(idsOf(rows), (QList<int> { 1, 3, 4 })); // 2 is not a status change
    QCOMPARE(rows[0].orderId, 1);
    QCOMPARE(rows[0].statusId, 1);
    QCOMPARE(rows[0].entry, u"1"_s);
    QCOMPARE(rows[0].orderNum, u"2401/1"_s);
    QVERIFY(rows[0].orderExists);
    QCOMPARE(rows[0].userId, 2);
    QCOMPARE(rows[0].timestamp, QDateTime(QDate(2024, 1, 15), QTime(10, 21)));
    QCOMPARE(rows[0].ip.value(u"ip"_s).toString(), u"127.0.0.1"_s);
    QVERIFY(!rows[0].writtenByRetailDesk);
    QCOMPARE(rows[1].statusId, 2);
    QCOMPARE(rows[1].orderNum, u"2403/4"_s);
    QVERIFY(!rows[2].orderExists);
    QCOMPARE(rows[2].orderNum, QString());
    QVERIFY(rows[2].writtenByRetailDesk);
    QCOMPARE(reader.lastId(), 4);

    rd::ShopReadFilter after;
    after.afterId = 1;
    after.pageSize = 1;
    rd::ShopStatusLogReader later(db, after);
    QCOMPARE(idsOf(readAll<rd::ShopStatusLogReader, rd::ShopStatusLogEntry>(later, &error)), (QList<int> { 3, 4 }));

    auto last = rd::ShopStatusLogReader::lastLogId(db);
    QVERIFY(last.ok());
    QCOMPARE(*last, 4);
}

void TestShopReaders::twoPrefixesInOneDatabase_data()
{
    QTest::addColumn<bool>("sqlite");
    QTest::newRow("sqlite") << true;
    QTest::newRow("mariadb") << false;
}

void TestShopReaders::twoPrefixesInOneDatabase()
{
    QFETCH(bool, sqlite);
    // One database, two sites: modx_ on miniShop2 2.9, shop7_ on 4.4 with one more order.
    ShopTarget modx;
    ShopTarget shop7;
    if (sqlite) {
        auto a = rd::test::createSqliteShop(m_dir.path(), MiniShopGeneration::V2_9, u"modx_"_s, {}, u"two.sqlite"_s);
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().toString()));
        modx = *a;
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"two"_s);
        raw.setDatabaseName(modx.settings.path);
        QVERIFY(raw.open());
        QVERIFY(rd::test::fillShopFixture(raw, MiniShopGeneration::V4_4, u"shop7_"_s, {}).ok());
        QVERIFY(rd::test::insertRow(raw, u"shop7_"_s, u"ms2_orders"_s,
                                    { { u"id"_s, 50 }, { u"user_id"_s, 2 }, { u"num"_s, u"2404/50"_s } })
                    .ok());
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"two"_s);
        shop7 = modx;
        shop7.settings.prefix = u"shop7_"_s;
    } else {
        auto a = rd::test::createMariaDbShop(m_server, u"two"_s, MiniShopGeneration::V2_9, u"modx_"_s, {});
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().toString()));
        modx = *a;
        auto b = rd::test::createMariaDbShop(m_server, u"two"_s, MiniShopGeneration::V4_4, u"shop7_"_s, {}, false);
        QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().toString()));
        shop7 = *b;
        QVERIFY(m_server.exec(u"INSERT INTO shop7_ms2_orders (id, user_id, num) VALUES (50, 2, '2404/50')"_s, u"two"_s)
                    .ok());
    }
    rd::ShopDatabase a(modx.settings, modx.password);
    rd::ShopDatabase b(shop7.settings, shop7.password);
    QCOMPARE(a.detect().value().generation, rd::ShopInfo::Generation::V2);
    QCOMPARE(b.detect().value().generation, rd::ShopInfo::Generation::V4_4_1);
    QString error;
    QCOMPARE(idsOf(readOrders(a, {}, &error)), (QList<int> { 1, 2, 3, 4 }));
    const QList<rd::ShopOrder> seven = readOrders(b, {}, &error);
    QCOMPARE(idsOf(seven), (QList<int> { 1, 2, 3, 4, 50 }));
    QVERIFY(seven[0].address.has_value()); // 4.x link
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // A wrong prefix names the ones that exist.
    rd::ShopSettings wrong = modx.settings;
    wrong.prefix = u"wrong_"_s;
    rd::ShopDatabase c(wrong, modx.password);
    auto info = c.detect();
    QVERIFY(!info.ok());
    QCOMPARE(info.error().code, rd::ErrorCode::Schema);
    QVERIFY2(info.error().message.contains(u"no table wrong_ms2_orders"_s), qPrintable(info.error().message));
    QVERIFY2(info.error().message.contains(u"is the prefix right?"_s), qPrintable(info.error().message));
    QVERIFY2(info.error().hint.contains(u"These prefixes have miniShop2 tables: modx_, shop7_"_s),
             qPrintable(info.error().hint));
}

void TestShopReaders::connectionPerThread_data()
{
    QTest::addColumn<int>("target");
    for (int i = 0; i < m_targets.size(); ++i)
        if (m_targets[i].generation == MiniShopGeneration::V4_4 && m_targets[i].settings.prefix == u"modx_"_s)
            QTest::newRow(qPrintable(m_targets[i].label())) << i;
}

void TestShopReaders::connectionPerThread()
{
    const ShopTarget t = currentTarget();
    rd::ShopDatabase db(t.settings, t.password);
    QVERIFY(db.detect().ok());
    const QString mainName = db.connectionName();
    QVERIFY(QSqlDatabase::contains(mainName));

    // Two worker threads read at the same time, each on its own connection, removed when they finish.
    QStringList names(2);
    QList<int> counts(2, -1);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < 2; ++i) {
        threads.emplace_back(QThread::create([&db, &names, &counts, i] {
            names[i] = db.connectionName();
            QString error;
            const QList<rd::ShopOrder> orders = readOrders(db, {}, &error);
            counts[i] = error.isEmpty() ? static_cast<int>(orders.size()) : -1;
        }));
        threads.back()->start();
    }
    for (auto &th : threads)
        QVERIFY(th->wait(30000));
    QCOMPARE(counts, (QList<int> { 4, 4 }));
    QVERIFY(names[0] != names[1]);
    QVERIFY(names[0] != mainName);
    QVERIFY(!QSqlDatabase::contains(names[0]));
    QVERIFY(!QSqlDatabase::contains(names[1]));
    QVERIFY(QSqlDatabase::contains(mainName));
    db.closeConnection();
    QVERIFY(!QSqlDatabase::contains(mainName));
    // Opens again on demand.
    QVERIFY(db.connection().ok());
    QVERIFY(QSqlDatabase::contains(mainName));
}

QTEST_GUILESS_MAIN(TestShopReaders)
#include "TestShopReaders.moc"
