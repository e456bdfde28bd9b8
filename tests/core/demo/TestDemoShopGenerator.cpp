#include "DemoTestUtil.h"
#include "MariaDbServer.h"
#include "demo/DemoShopGenerator.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::MiniShopGeneration;

Q_DECLARE_METATYPE(rd::MiniShopGeneration)

namespace {

rd::DemoShopOptions smallShop(MiniShopGeneration g = MiniShopGeneration::V4_4)
{
    rd::DemoShopOptions o;
    o.products = 300;
    o.customers = 200;
    o.orders = 2000;
    o.seed = 7;
    o.generation = g;
    return o;
}

QStringList column(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setNumericalPrecisionPolicy(QSql::HighPrecision); // decimals as exact text on MySQL too
    QStringList values;
    if (query.exec(sql))
        while (query.next())
            values << query.value(0).toString();
    return values;
}

QString q(const QSqlDatabase &db, const QString &name)
{
    return db.driverName() == u"QSQLITE"_s ? u'"' + name + u'"' : u'`' + name + u'`';
}

} // namespace

class TestDemoShopGenerator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void sqliteShop_data();
    void sqliteShop();
    void determinism();
    void withoutAddons();
    void invalidPrefixRefused();
    void cancel();
    void mariaDbShop();
    void largeShopTiming(); // RETAILDESK_DEMO_ORDERS=N enables it

private:
    void checkShop(const QSqlDatabase &db, const rd::DemoShopOptions &o);

    QTemporaryDir m_dir;
    rd::test::MariaDbServer m_server;
    bool m_mariaDb = false;
    QString m_mariaDbError;
};

void TestDemoShopGenerator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (auto st = m_server.start(); st)
        m_mariaDb = true;
    else
        m_mariaDbError = st.error().toString();
}

void TestDemoShopGenerator::cleanupTestCase()
{
    m_server.stop();
}

void TestDemoShopGenerator::checkShop(const QSqlDatabase &db, const rd::DemoShopOptions &o)
{
    using rd::test::count;
    using rd::test::scalar;
    const QString p = o.prefix;
    const bool v29 = o.generation == MiniShopGeneration::V2_9;
    const bool v44 = o.generation == MiniShopGeneration::V4_4;
    auto t = [&](const QString &name) { return q(db, p + name); };

    // Counts follow the options.
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM "_s + t(u"site_content"_s) + u" WHERE class_key = 'msProduct'"_s),
             o.products);
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM "_s + t(u"ms2_products"_s)), o.products);
    QCOMPARE(count(db,
                   u"SELECT COUNT(*) FROM "_s + t(u"site_content"_s) + u" c JOIN "_s + t(u"ms2_products"_s)
                       + u" d ON d.id = c.id WHERE c.class_key = 'msProduct'"_s),
             o.products);
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM "_s + t(u"users"_s) + u" WHERE sudo = 0"_s), o.customers);
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM "_s + t(u"users"_s) + u" WHERE sudo = 1"_s), 1);
    QCOMPARE(count(db,
                   u"SELECT COUNT(*) FROM "_s + t(u"user_attributes"_s) + u" a JOIN "_s + t(u"users"_s)
                       + u" u ON u.id = a.internalKey"_s),
             o.customers + 1);
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM "_s + t(u"ms2_orders"_s)), o.orders);
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM "_s + t(u"ms2_order_addresses"_s)), o.orders);
    QVERIFY(count(db, u"SELECT COUNT(*) FROM "_s + t(u"ms2_order_products"_s)) >= o.orders);

    // Three category levels under the catalogue root, every product in a leaf category.
    QVERIFY(count(db,
                  u"SELECT COUNT(*) FROM "_s + t(u"site_content"_s) + u" c3 JOIN "_s + t(u"site_content"_s)
                      + u" c2 ON c2.id = c3.parent JOIN "_s + t(u"site_content"_s) + u" c1 ON c1.id = c2.parent JOIN "_s
                      + t(u"site_content"_s)
                      + u" r ON r.id = c1.parent WHERE c3.class_key = 'msCategory' AND r.pagetitle = 'Каталог'"_s)
            >= 20);
    QCOMPARE(count(db,
                   u"SELECT COUNT(*) FROM "_s + t(u"site_content"_s) + u" c JOIN "_s + t(u"site_content"_s)
                       + u" k ON k.id = c.parent WHERE c.class_key = 'msProduct' AND k.class_key <> 'msCategory'"_s),
             0);

    // Statuses: 1–5 used, 0 and 999 present, reference rows as documented.
    for (int s : { 0, 1, 2, 3, 4, 5, 999 })
        QVERIFY2(count(db, u"SELECT COUNT(*) FROM "_s + t(u"ms2_orders"_s) + u" WHERE status = ?"_s, { s }) > 0,
                 qPrintable(u"no order in status "_s + QString::number(s)));
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM "_s + t(u"ms2_orders"_s) + u" WHERE status NOT IN (0,1,2,3,4,5,999)"_s),
             0);
    QCOMPARE(scalar(db, u"SELECT name FROM "_s + t(u"ms2_order_statuses"_s) + u" WHERE id = 5"_s).toString(),
             u"Доставлен"_s);
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM "_s + t(u"ms2_order_statuses"_s) + u" WHERE id = 999"_s), 1);

    // Every order's payment is allowed for its delivery; all four deliveries are used.
    QCOMPARE(
        count(db,
              u"SELECT COUNT(*) FROM "_s + t(u"ms2_orders"_s) + u" o LEFT JOIN "_s + t(u"ms2_delivery_payments"_s)
                  + u" m ON m.delivery_id = o.delivery AND m.payment_id = o.payment WHERE m.delivery_id IS NULL"_s),
        0);
    QCOMPARE(count(db, u"SELECT COUNT(DISTINCT delivery) FROM "_s + t(u"ms2_orders"_s)), 4);
    QCOMPARE(count(db, u"SELECT COUNT(DISTINCT payment) FROM "_s + t(u"ms2_orders"_s)), 3);
    {
        QSqlQuery links(db);
        QVERIFY(links.exec(u"SELECT delivery_id, payment_id FROM "_s + t(u"ms2_delivery_payments"_s)
                           + u" ORDER BY delivery_id, payment_id"_s));
        QStringList pairs;
        while (links.next())
            pairs << links.value(0).toString() + u'-' + links.value(1).toString();
        QCOMPARE(pairs,
                 (QStringList { u"1-1"_s, u"1-2"_s, u"2-1"_s, u"2-2"_s, u"3-2"_s, u"3-3"_s, u"4-2"_s, u"4-3"_s }));
    }

    // Numbers: %y%m/counter, unique, counter restarting per month.
    {
        QSqlQuery orders(db);
        orders.setNumericalPrecisionPolicy(QSql::HighPrecision);
        QVERIFY(orders.exec(u"SELECT id, num, createdon, cost, cart_cost, delivery_cost, status FROM "_s
                            + t(u"ms2_orders"_s) + u" ORDER BY id"_s));
        static const QRegularExpression numRe(u"^(\\d{2})(\\d{2})/(\\d+)$"_s);
        QSet<QString> nums;
        int rows = 0;
        while (orders.next()) {
            ++rows;
            const QString num = orders.value(1).toString();
            const auto m = numRe.match(num);
            QVERIFY2(m.hasMatch(), qPrintable(num));
            const QString created = orders.value(2).toString();
            const QDateTime createdAt = orders.value(2).toDateTime();
            QVERIFY2(createdAt.isValid(), qPrintable(created));
            QCOMPARE(m.captured(1), createdAt.toString(u"yy"_s));
            QCOMPARE(m.captured(2), createdAt.toString(u"MM"_s));
            QVERIFY(!nums.contains(num));
            nums.insert(num);
            QVERIFY(createdAt.date() <= o.lastDay);
            QVERIFY(createdAt.date() > o.lastDay.addDays(-732));
            const qint64 cost = rd::test::kopecks(orders.value(3).toString());
            const qint64 cart = rd::test::kopecks(orders.value(4).toString());
            const qint64 delivery = rd::test::kopecks(orders.value(5).toString());
            QVERIFY(cost >= 0 && cart >= 0 && delivery >= 0);
            QCOMPARE(cost, cart + delivery);
        }
        QCOMPARE(rows, o.orders);
        QVERIFY(nums.contains(
            scalar(db, u"SELECT num FROM "_s + t(u"ms2_orders"_s) + u" WHERE id = 1"_s).toString().section(u'/', 0, 0)
            + u"/1"_s));
    }

    // Items: cost = price × count, cart_cost = Σ cost, options are JSON objects (or []).
    QCOMPARE(count(db,
                   u"SELECT COUNT(*) FROM "_s + t(u"ms2_order_products"_s) + u" i LEFT JOIN "_s + t(u"ms2_products"_s)
                       + u" d ON d.id = i.product_id WHERE d.id IS NULL"_s),
             0);
    {
        QSqlQuery items(db);
        items.setNumericalPrecisionPolicy(QSql::HighPrecision);
        QVERIFY(items.exec(u"SELECT i.order_id, i.price, i.count, i.cost, i.options, i.product_id FROM "_s
                           + t(u"ms2_order_products"_s) + u" i ORDER BY i.id"_s));
        QHash<qint64, qint64> cartByOrder;
        int withOptions = 0, withModification = 0;
        QSet<qint64> modIds;
        while (items.next()) {
            const qint64 price = rd::test::kopecks(items.value(1).toString());
            const qint64 itemCost = rd::test::kopecks(items.value(3).toString());
            QCOMPARE(itemCost, price * items.value(2).toLongLong());
            cartByOrder[items.value(0).toLongLong()] += itemCost;
            const QByteArray json = items.value(4).toString().toUtf8();
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, json.constData());
            if (doc.isObject()) {
                ++withOptions;
                if (doc.object().contains(u"modification"_s)) {
                    ++withModification;
                    QVERIFY(doc.object().value(u"modification"_s).isDouble());
                    modIds.insert(doc.object().value(u"modification"_s).toInteger());
                    QVERIFY(o.msOptionsPrice);
                    QCOMPARE(
                        count(db,
                              u"SELECT COUNT(*) FROM "_s + t(u"msop_modifications"_s) + u" WHERE id = ? AND rid = ?"_s,
                              { doc.object().value(u"modification"_s).toInteger(), items.value(5) }),
                        1);
                }
            } else {
                QVERIFY2(doc.isArray() && doc.array().isEmpty(), json.constData());
            }
        }
        QVERIFY(withOptions > 0);
        QCOMPARE(withModification > 0, o.msOptionsPrice);
        QSqlQuery carts(db);
        carts.setNumericalPrecisionPolicy(QSql::HighPrecision);
        QVERIFY(carts.exec(u"SELECT id, cart_cost FROM "_s + t(u"ms2_orders"_s)));
        while (carts.next())
            QCOMPARE(cartByOrder.value(carts.value(0).toLongLong()), rd::test::kopecks(carts.value(1).toString()));
    }
    // A product with size/colour options: one row per value, matching the JSON columns.
    QVERIFY(count(db,
                  u"SELECT COUNT(*) FROM "_s + t(u"ms2_product_options"_s) + u" WHERE "_s + q(db, u"key"_s)
                      + u" = 'size'"_s)
            > o.products / 4);
    QVERIFY(count(db,
                  u"SELECT COUNT(*) FROM "_s + t(u"ms2_product_options"_s) + u" WHERE "_s + q(db, u"key"_s)
                      + u" = 'color'"_s)
            > o.products / 4);
    {
        QSqlQuery sized(db);
        QVERIFY(sized.exec(u"SELECT id, size FROM "_s + t(u"ms2_products"_s) + u" WHERE size IS NOT NULL"_s));
        int checked = 0;
        while (sized.next() && checked < 50) {
            const QJsonArray sizes = QJsonDocument::fromJson(sized.value(1).toString().toUtf8()).array();
            QVERIFY(!sizes.isEmpty());
            QCOMPARE(count(db,
                           u"SELECT COUNT(*) FROM "_s + t(u"ms2_product_options"_s) + u" WHERE product_id = ? AND "_s
                               + q(db, u"key"_s) + u" = 'size'"_s,
                           { sized.value(0) }),
                     sizes.size());
            ++checked;
        }
        QVERIFY(checked > 0);
    }

    // Addresses follow the generation's link.
    if (v44)
        QCOMPARE(count(db,
                       u"SELECT COUNT(*) FROM "_s + t(u"ms2_orders"_s) + u" o JOIN "_s + t(u"ms2_order_addresses"_s)
                           + u" a ON a.order_id = o.id AND a.user_id = o.user_id"_s),
                 o.orders);
    else
        QCOMPARE(count(db,
                       u"SELECT COUNT(*) FROM "_s + t(u"ms2_orders"_s) + u" o JOIN "_s + t(u"ms2_order_addresses"_s)
                           + u" a ON a.id = o.address AND a.user_id = o.user_id"_s),
                 o.orders);
    QVERIFY(count(db,
                  u"SELECT COUNT(*) FROM "_s + t(u"ms2_order_addresses"_s)
                      + u" WHERE country = 'Россия' AND city <> '' AND street <> ''"_s)
            > o.orders / 2);
    if (!v29)
        QVERIFY(count(db, u"SELECT COUNT(*) FROM "_s + t(u"ms2_order_addresses"_s) + u" WHERE email LIKE '%@%'"_s)
                > o.orders / 2);

    // Logs: orders in 0/999 have none; others end with their current status, first entry 1 by the buyer.
    QCOMPARE(count(db,
                   u"SELECT COUNT(*) FROM "_s + t(u"ms2_order_logs"_s) + u" l JOIN "_s + t(u"ms2_orders"_s)
                       + u" o ON o.id = l.order_id WHERE o.status IN (0, 999)"_s),
             0);
    QCOMPARE(count(db,
                   u"SELECT COUNT(*) FROM "_s + t(u"ms2_orders"_s) + u" o WHERE o.status NOT IN (0, 999) AND "_s
                       + u"(SELECT l.entry FROM "_s + t(u"ms2_order_logs"_s)
                       + u" l WHERE l.order_id = o.id ORDER BY l.id DESC LIMIT 1) + 0 <> o.status"_s),
             0);
    QCOMPARE(count(db,
                   u"SELECT COUNT(*) FROM "_s + t(u"ms2_orders"_s) + u" o WHERE o.status NOT IN (0, 999) AND "_s
                       + u"NOT EXISTS (SELECT 1 FROM "_s + t(u"ms2_order_logs"_s)
                       + u" l WHERE l.order_id = o.id AND l.entry = '1' AND l.user_id = o.user_id "_s
                       + u"AND l.action = 'status')"_s),
             0);
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM "_s + t(u"ms2_order_logs"_s) + u" WHERE ip NOT LIKE '{\"ip\":%'"_s), 0);

    // Codes.
    QCOMPARE(
        scalar(db, u"SELECT retailcrm_delivery_code FROM "_s + t(u"ms2_deliveries"_s) + u" WHERE id = 4"_s).toString(),
        u"sdek"_s);
    QCOMPARE(
        scalar(db, u"SELECT retailcrm_payment_code FROM "_s + t(u"ms2_payments"_s) + u" WHERE id = 2"_s).toString(),
        u"bank-card"_s);
    QCOMPARE(scalar(db, u"SELECT retailcrm_status_code FROM "_s + t(u"ms2_order_statuses"_s) + u" WHERE id = 2"_s)
                 .toString(),
             u"prepayed"_s);
    QVERIFY(scalar(db, u"SELECT retailcrm_status_code FROM "_s + t(u"ms2_order_statuses"_s) + u" WHERE id = 999"_s)
                .isNull());

    // Promo codes and modifications.
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM "_s + t(u"mspc_orders"_s)) > 0, true);
    QCOMPARE(count(db,
                   u"SELECT COUNT(*) FROM "_s + t(u"mspc_orders"_s) + u" m JOIN "_s + t(u"ms2_orders"_s)
                       + u" o ON o.id = m.order_id WHERE o.status IN (0, 999)"_s),
             0);
    QVERIFY(count(db, u"SELECT COUNT(*) FROM "_s + t(u"msop_modifications"_s)) > 0);
    QCOMPARE(count(db,
                   u"SELECT COUNT(*) FROM "_s + t(u"msop_modifications"_s) + u" m LEFT JOIN "_s
                       + t(u"msop_modification_options"_s) + u" x ON x.mid = m.id WHERE x.mid IS NULL"_s),
             0);
    if (v44) {
        QVERIFY(count(db, u"SELECT COUNT(*) FROM "_s + t(u"ms2_products"_s) + u" WHERE remains > 0"_s) > 0);
        QVERIFY(
            count(db, u"SELECT COUNT(*) FROM "_s + t(u"ms2_vendors"_s) + u" WHERE "_s + q(db, u"rank"_s) + u" > 0"_s)
            > 0);
    }

    // Customers: phones in both fields, duplicates, empties; staff is sudo.
    const QString attrs = t(u"user_attributes"_s);
    QVERIFY(count(db,
                  u"SELECT COUNT(*) FROM "_s + attrs
                      + u" WHERE phone <> '' AND mobilephone <> '' AND phone <> mobilephone"_s)
            > 0);
    QVERIFY(count(db, u"SELECT COUNT(*) FROM "_s + attrs + u" WHERE phone <> '' AND phone = mobilephone"_s) > 0);
    QVERIFY(count(db, u"SELECT COUNT(*) FROM "_s + attrs + u" WHERE phone = '' AND mobilephone <> ''"_s) > 0);
    QVERIFY(count(db, u"SELECT COUNT(*) FROM "_s + attrs + u" WHERE phone = '' AND mobilephone = ''"_s) > 0);
    QVERIFY(count(db, u"SELECT COUNT(*) FROM "_s + attrs + u" WHERE email = ''"_s) > 0);
    QVERIFY(count(db,
                  u"SELECT COUNT(*) FROM (SELECT fullname, phone FROM "_s + attrs
                      + u" WHERE phone <> '' GROUP BY fullname, phone HAVING COUNT(*) > 1) d"_s)
            > 0);
    QCOMPARE(scalar(db, u"SELECT u.username FROM "_s + t(u"users"_s) + u" u WHERE u.sudo = 1"_s).toString(),
             u"admin"_s);
    QVERIFY(count(db, u"SELECT COUNT(*) FROM "_s + t(u"users"_s) + u" WHERE createdon <= 0"_s) == 0);
    QVERIFY(count(db, u"SELECT COUNT(*) FROM "_s + t(u"ms2_orders"_s) + u" WHERE user_id = 1"_s) >= 0);

    // Text edge cases stored intact.
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM "_s + t(u"site_content"_s) + u" WHERE pagetitle = ?"_s,
                   { u"Кофе & чай «Утро» — подарочный набор"_s }),
             1);
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM "_s + t(u"site_content"_s) + u" WHERE pagetitle = ?"_s,
                   { u"Футболка \"Привет\" <oversize> & 'мир' 😀"_s }),
             1);
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM "_s + t(u"ms2_order_products"_s) + u" WHERE order_id = 1 AND name = ?"_s,
                   { u"Кофе & чай «Утро» — подарочный набор"_s }),
             1);
    QCOMPARE(scalar(db, u"SELECT fullname FROM "_s + attrs + u" WHERE internalKey = 2"_s).toString(),
             u"Д'Артаньян \"Шарль\" <Гасконь> & Ко"_s);
    QCOMPARE(scalar(db, u"SELECT fullname FROM "_s + attrs + u" WHERE internalKey = 3"_s).toString(),
             u"  Соколова   Мария  Ивановна  "_s);
    QCOMPARE(scalar(db, u"SELECT fullname FROM "_s + attrs + u" WHERE internalKey = 4"_s).toString(),
             u"Анна 🌸 Смирнова"_s);
    QCOMPARE(scalar(db,
                    u"SELECT "_s + (v29 ? u"comment"_s : u"order_comment"_s) + u" FROM "_s + t(u"ms2_orders"_s)
                        + u" WHERE id = 1"_s)
                 .toString(),
             u"Менеджер: «срочно» & <b>важно</b> \"VIP\" 'клиент' 😀"_s);
    QCOMPARE(scalar(db, u"SELECT comment FROM "_s + t(u"ms2_order_addresses"_s) + u" WHERE id = 1"_s).toString(),
             u"Позвоните 📞 до 18:00 & не звоните после <21:00> \"дверь\" 'налево'"_s);
    QCOMPARE(scalar(db, u"SELECT user_id FROM "_s + t(u"ms2_orders"_s) + u" WHERE id = 2"_s).toInt(), 4);
    // Prices keep their kopecks exactly.
    QVERIFY(count(db,
                  u"SELECT COUNT(*) FROM "_s + t(u"ms2_products"_s)
                      + u" WHERE price LIKE '%.__' AND price NOT LIKE '%.00'"_s)
            > 0);
}

void TestDemoShopGenerator::sqliteShop_data()
{
    QTest::addColumn<MiniShopGeneration>("generation");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("2.9") << MiniShopGeneration::V2_9 << u"modx_"_s;
    QTest::newRow("3.0") << MiniShopGeneration::V3_0 << u"shop_"_s;
    QTest::newRow("4.4") << MiniShopGeneration::V4_4 << u"modx_"_s;
    QTest::newRow("4.4 no prefix") << MiniShopGeneration::V4_4 << QString();
}

void TestDemoShopGenerator::sqliteShop()
{
    QFETCH(MiniShopGeneration, generation);
    QFETCH(QString, prefix);
    rd::DemoShopOptions o = smallShop(generation);
    o.prefix = prefix;
    QSqlDatabase db
        = rd::test::openSqlite(m_dir.filePath(u"shop-"_s + QString::number(int(generation)) + prefix + u".sqlite"_s));
    qint64 lastDone = -1, lastTotal = -1;
    int calls = 0;
    const auto st = rd::generateDemoShop(db, o, [&](qint64 done, qint64 total) {
        [&] { QVERIFY(done >= lastDone); }();
        lastDone = done;
        lastTotal = total;
        ++calls;
        return true;
    });
    QVERIFY2(st, st ? "" : qPrintable(st.error().toString()));
    QCOMPARE(lastTotal, qint64(o.products + o.customers + o.orders));
    QCOMPARE(lastDone, lastTotal);
    QVERIFY(calls >= 3);
    checkShop(db, o);
    // The journal mode is back to the default after the run.
    QCOMPARE(rd::test::scalar(db, u"PRAGMA journal_mode"_s).toString().toLower(), u"delete"_s);
    rd::test::closeSqlite(db);
}

void TestDemoShopGenerator::determinism()
{
    rd::DemoShopOptions o = smallShop(MiniShopGeneration::V3_0);
    o.products = 150;
    o.customers = 120;
    o.orders = 700;
    QByteArray hashes[3];
    for (int run = 0; run < 3; ++run) {
        if (run == 2)
            o.seed = 8;
        QSqlDatabase db = rd::test::openSqlite(m_dir.filePath(u"det-"_s + QString::number(run) + u".sqlite"_s));
        const auto st = rd::generateDemoShop(db, o);
        QVERIFY2(st, st ? "" : qPrintable(st.error().toString()));
        hashes[run] = rd::test::contentHash(db);
        rd::test::closeSqlite(db);
    }
    QCOMPARE(hashes[0].toHex(), hashes[1].toHex());
    QVERIFY(hashes[0] != hashes[2]);
}

void TestDemoShopGenerator::withoutAddons()
{
    rd::DemoShopOptions o = smallShop(MiniShopGeneration::V2_9);
    o.products = 60;
    o.customers = 30;
    o.orders = 200;
    o.msOptionsPrice = false;
    o.msPromoCode = false;
    o.withCodes = false;
    QSqlDatabase db = rd::test::openSqlite();
    const auto st = rd::generateDemoShop(db, o);
    QVERIFY2(st, st ? "" : qPrintable(st.error().toString()));
    const QStringList tables = db.tables();
    QVERIFY(!tables.contains(u"modx_msop_modifications"_s));
    QVERIFY(!tables.contains(u"modx_mspc_orders"_s));
    QVERIFY(!rd::test::columnNames(db, u"modx_ms2_deliveries"_s).contains(u"retailcrm_delivery_code"_s));
    QCOMPARE(rd::test::count(db, u"SELECT COUNT(*) FROM modx_ms2_order_products WHERE options LIKE '%modification%'"_s),
             0);
    QCOMPARE(rd::test::count(db, u"SELECT COUNT(*) FROM modx_ms2_orders"_s), 200);
    rd::test::closeSqlite(db);
}

void TestDemoShopGenerator::invalidPrefixRefused()
{
    rd::DemoShopOptions o = smallShop();
    o.prefix = u"modx_; DROP"_s;
    QSqlDatabase db = rd::test::openSqlite();
    const auto st = rd::generateDemoShop(db, o);
    QVERIFY(!st);
    QCOMPARE(st.error().code, rd::ErrorCode::Config);
    QVERIFY(db.tables().isEmpty());
    rd::test::closeSqlite(db);
}

void TestDemoShopGenerator::cancel()
{
    rd::DemoShopOptions o = smallShop();
    o.products = 3000;
    QSqlDatabase db = rd::test::openSqlite();
    int calls = 0;
    const auto st = rd::generateDemoShop(db, o, [&](qint64, qint64) { return ++calls < 2; });
    QVERIFY(!st);
    QCOMPARE(st.error().code, rd::ErrorCode::Cancelled);
    QCOMPARE(calls, 2);
    QCOMPARE(rd::test::count(db, u"SELECT COUNT(*) FROM modx_ms2_orders"_s), 0);
    rd::test::closeSqlite(db);
}

void TestDemoShopGenerator::mariaDbShop()
{
    if (!m_mariaDb)
        QFAIL(qPrintable(u"MariaDB test server did not start: "_s + m_mariaDbError));
    QVERIFY(m_server.createDatabase(u"demo_shop"_s).ok());
    QSqlDatabase db;
    {
        auto conn = m_server.openConnection(u"demo_shop"_s);
        QVERIFY2(conn, conn ? "" : qPrintable(conn.error().toString()));
        db = *conn;
    }
    rd::DemoShopOptions o = smallShop(MiniShopGeneration::V4_4);
    QElapsedTimer timer;
    timer.start();
    const auto st = rd::generateDemoShop(db, o);
    QVERIFY2(st, st ? "" : qPrintable(st.error().toString()));
    qInfo("MariaDB: %d products, %d customers, %d orders in %lld ms", o.products, o.customers, o.orders,
          timer.elapsed());
    checkShop(db, o);

    // Same seed on SQLite gives the same rows (spot check across drivers).
    QSqlDatabase lite = rd::test::openSqlite();
    QVERIFY(rd::generateDemoShop(lite, o).ok());
    for (const QString &sql :
         { u"SELECT num FROM modx_ms2_orders ORDER BY id"_s, u"SELECT cost FROM modx_ms2_orders ORDER BY id"_s,
           u"SELECT options FROM modx_ms2_order_products ORDER BY id"_s,
           u"SELECT fullname FROM modx_user_attributes ORDER BY id"_s,
           u"SELECT price FROM modx_ms2_products ORDER BY id"_s }) {
        const QStringList fromMariaDb = column(db, sql);
        QCOMPARE(fromMariaDb.size(), column(lite, sql).size());
        QVERIFY(!fromMariaDb.isEmpty());
        QCOMPARE(fromMariaDb, column(lite, sql));
    }
    rd::test::closeSqlite(lite);
    rd::test::MariaDbServer::closeConnection(db);
}

void TestDemoShopGenerator::largeShopTiming()
{
    const int orders = qEnvironmentVariableIntValue("RETAILDESK_DEMO_ORDERS");
    if (orders <= 0)
        QSKIP("set RETAILDESK_DEMO_ORDERS=N (and RETAILDESK_DEMO_PRODUCTS/CUSTOMERS) to time a large shop");
    rd::DemoShopOptions o;
    o.orders = orders;
    o.products = qEnvironmentVariableIsSet("RETAILDESK_DEMO_PRODUCTS")
        ? qEnvironmentVariableIntValue("RETAILDESK_DEMO_PRODUCTS")
        : 10000;
    o.customers = qEnvironmentVariableIsSet("RETAILDESK_DEMO_CUSTOMERS")
        ? qEnvironmentVariableIntValue("RETAILDESK_DEMO_CUSTOMERS")
        : 20000;
    QSqlDatabase db = rd::test::openSqlite(m_dir.filePath(u"large.sqlite"_s));
    QElapsedTimer timer;
    timer.start();
    const auto st = rd::generateDemoShop(db, o);
    QVERIFY2(st, st ? "" : qPrintable(st.error().toString()));
    qInfo("SQLite: %d products, %d customers, %d orders in %lld ms (file %lld MB)", o.products, o.customers, o.orders,
          timer.elapsed(), QFileInfo(m_dir.filePath(u"large.sqlite"_s)).size() / 1000000);
    QCOMPARE(rd::test::count(db, u"SELECT COUNT(*) FROM modx_ms2_orders"_s), orders);
    rd::test::closeSqlite(db);
}

QTEST_GUILESS_MAIN(TestDemoShopGenerator)
#include "TestDemoShopGenerator.moc"
