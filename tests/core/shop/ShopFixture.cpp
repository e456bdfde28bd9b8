#include "ShopFixture.h"

#include "MariaDbServer.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

#include <functional>

namespace rd::test {

Status insertRow(QSqlDatabase &db, const QString &prefix, const QString &table, const Row &row)
{
    QStringList cols;
    QStringList marks;
    for (const auto &kv : row) {
        cols << u'`' + kv.first + u'`';
        marks << u"?"_s;
    }
    QSqlQuery q(db);
    const QString sql
        = u"INSERT INTO `%1%2` (%3) VALUES (%4)"_s.arg(prefix, table, cols.join(u", "_s), marks.join(u", "_s));
    if (!q.prepare(sql))
        return Error(ErrorCode::Database, u"prepare failed: %1: %2"_s.arg(sql, q.lastError().text()));
    for (const auto &kv : row)
        q.addBindValue(kv.second);
    if (!q.exec())
        return Error(ErrorCode::Database, u"insert failed: %1: %2"_s.arg(sql, q.lastError().text()));
    return {};
}

Status execSql(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return Error(ErrorCode::Database, u"%1: %2"_s.arg(sql, q.lastError().text()));
    return {};
}

namespace {

const QVariant Null = QVariant(QMetaType(QMetaType::QString));
const QVariant NullInt = QVariant(QMetaType(QMetaType::Int));

} // namespace

namespace {
Status fillRows(QSqlDatabase &db, MiniShopGeneration generation, const QString &prefix, const SchemaAddons &addons);
} // namespace

Status fillShopFixture(QSqlDatabase &db, MiniShopGeneration generation, const QString &prefix,
                       const SchemaAddons &addons)
{
    if (Status st = createShopSchema(db, generation, prefix, addons); !st)
        return st;
    // One transaction for the rows: SQLite would sync the file after every INSERT otherwise.
    if (!db.transaction())
        return Error(ErrorCode::Database, db.lastError().text());
    Status filled = fillRows(db, generation, prefix, addons);
    if (!filled) {
        db.rollback();
        return filled;
    }
    if (!db.commit())
        return Error(ErrorCode::Database, db.lastError().text());
    return {};
}

namespace {

Status fillRows(QSqlDatabase &db, MiniShopGeneration generation, const QString &prefix, const SchemaAddons &addons)
{
    const bool v2 = generation == MiniShopGeneration::V2_9;
    const bool v4 = generation == MiniShopGeneration::V4_4;
    const QString commentCol = v2 ? u"comment"_s : u"order_comment"_s;
    const auto ins = [&](const QString &table, const Row &row) { return insertRow(db, prefix, table, row); };

    // Users and profiles.
    const QList<Row> users {
        { { u"id"_s, 1 }, { u"username"_s, u"admin"_s }, { u"sudo"_s, 1 }, { u"createdon"_s, 1600000000 } },
        { { u"id"_s, 2 }, { u"username"_s, u"ivan@example.com"_s }, { u"createdon"_s, 1700000000 } },
        { { u"id"_s, 3 }, { u"username"_s, u"emoji@example.com"_s }, { u"createdon"_s, 0 }, { u"active"_s, 0 } },
        { { u"id"_s, 4 }, { u"username"_s, u"noprofile"_s }, { u"createdon"_s, 1700000001 } },
        { { u"id"_s, 5 }, { u"username"_s, u"late@example.com"_s }, { u"createdon"_s, 1750000000 } },
    };
    for (const Row &r : users)
        if (Status st = ins(u"users"_s, r); !st)
            return st;
    const QList<Row> profiles {
        { { u"internalKey"_s, 1 },
          { u"fullname"_s, u"Администратор"_s },
          { u"email"_s, u"admin@example.com"_s },
          { u"address"_s, u""_s },
          { u"comment"_s, u""_s } },
        { { u"internalKey"_s, 2 },
          { u"fullname"_s, u"Иванов Иван Иванович"_s },
          { u"email"_s, u"ivan@example.com"_s },
          { u"phone"_s, u"+7 900 000-00-01"_s },
          { u"mobilephone"_s, u""_s },
          { u"address"_s, u"Москва"_s },
          { u"comment"_s, u""_s },
          { u"dob"_s, 631152000 },
          { u"gender"_s, 1 },
          { u"extended"_s, u"{\"city\":\"Москва\",\"tags\":[\"a\",\"b\"]}"_s } },
        { { u"internalKey"_s, 3 },
          { u"fullname"_s, u"Emoji 🛒 Buyer"_s },
          { u"email"_s, u"emoji@example.com"_s },
          { u"mobilephone"_s, u"+79001112233"_s },
          { u"address"_s, u""_s },
          { u"comment"_s, u""_s },
          { u"extended"_s, u"not json {"_s } },
        { { u"internalKey"_s, 5 },
          { u"fullname"_s, u"  Late   Comer  "_s },
          { u"email"_s, u""_s },
          { u"address"_s, u""_s },
          { u"comment"_s, u""_s },
          { u"extended"_s, Null } },
    };
    for (const Row &r : profiles)
        if (Status st = ins(u"user_attributes"_s, r); !st)
            return st;

    // Addresses first (2.x/3.x orders point at them).
    Row a1 { { u"id"_s, 101 },
             { u"user_id"_s, 2 },
             { u"createdon"_s, u"2024-01-15 10:20:30"_s },
             { u"receiver"_s, u"Петров Пётр Петрович"_s },
             { u"phone"_s, u"+7 900 000-00-02"_s },
             { u"country"_s, u"Россия"_s },
             { u"index"_s, u"101000"_s },
             { u"region"_s, u"Московская обл."_s },
             { u"city"_s, u"Москва"_s },
             { u"metro"_s, u"Тверская"_s },
             { u"street"_s, u"ул. Тверская"_s },
             { u"building"_s, u"1"_s },
             { u"entrance"_s, u"2"_s },
             { u"floor"_s, u"3"_s },
             { u"room"_s, u"10"_s },
             { u"comment"_s, u"Код домофона 10 🔔"_s },
             { u"text_address"_s, u"Москва, Тверская 1"_s },
             { u"properties"_s, u"{\"lat\":55.7}"_s } };
    Row a2 { { u"id"_s, 102 },     { u"user_id"_s, 3 },    { u"receiver"_s, Null },
             { u"phone"_s, Null }, { u"country"_s, Null }, { u"index"_s, Null },
             { u"city"_s, Null },  { u"comment"_s, Null }, { u"properties"_s, u"{broken"_s } };
    if (!v2) {
        a1.append({ u"email"_s, u"petrov@example.com"_s });
        a2.append({ u"email"_s, Null });
    }
    if (v4) {
        a1.append({ u"order_id"_s, 1 });
        a2.append({ u"order_id"_s, 2 });
    }
    if (Status st = ins(u"ms2_order_addresses"_s, a1); !st)
        return st;
    if (Status st = ins(u"ms2_order_addresses"_s, a2); !st)
        return st;
    if (v4) { // an address whose order_id is NULL (4.1.4+): belongs to nobody
        if (Status st = ins(
                u"ms2_order_addresses"_s,
                { { u"id"_s, 103 }, { u"user_id"_s, 2 }, { u"order_id"_s, NullInt }, { u"receiver"_s, u"Orphan"_s } });
            !st)
            return st;
    }

    // Orders.
    const auto order
        = [&](int id, int user, const QString &num, int status, const QVariant &createdon, const QString &cost,
              const QString &cart, const QString &delivery, const QString &weight, int deliveryId, int paymentId,
              int addressId, const QVariant &comment, const QVariant &properties) {
              Row r { { u"id"_s, id },
                      { u"user_id"_s, user },
                      { u"createdon"_s, createdon },
                      { u"num"_s, num },
                      { u"cost"_s, cost },
                      { u"cart_cost"_s, cart },
                      { u"delivery_cost"_s, delivery },
                      { u"weight"_s, weight },
                      { u"status"_s, status },
                      { u"delivery"_s, deliveryId },
                      { u"payment"_s, paymentId },
                      { commentCol, comment },
                      { u"properties"_s, properties } };
              if (!v4)
                  r.append({ u"address"_s, addressId });
              if (!v2)
                  r.append({ u"session_id"_s, u"sess%1"_s.arg(id) });
              return ins(u"ms2_orders"_s, r);
          };
    if (Status st = order(1, 2, u"2401/1"_s, 1, u"2024-01-15 10:20:30"_s, u"1234.50"_s, u"1034.50"_s, u"200.00"_s,
                          u"1.250"_s, 1, 1, 101, u"Позвонить до 18:00"_s, u"{\"x\":1}"_s);
        !st)
        return st;
    if (Status st = order(2, 3, u"2401/2"_s, 0, u"2024-02-01 00:00:00"_s, u"0.10"_s, u"0.10"_s, u"0.00"_s, u"0.000"_s,
                          7, 5, 102, Null, Null);
        !st)
        return st;
    if (Status st = order(3, 2, u"2402-3"_s, 999, Null, u"99999999.99"_s, u"99999999.99"_s, u"0"_s, u"0"_s, 1, 1, 0,
                          u""_s, u"[]"_s);
        !st)
        return st;
    if (Status st = order(4, 99, u"2403/4"_s, 2, u"2024-03-10 12:00:00"_s, u"300.00"_s, u"300.00"_s, u"0.00"_s,
                          u"0.300"_s, 1, 1, 0, u"comment 4"_s, u"{}"_s);
        !st)
        return st;

    // Items.
    const auto item = [&](int id, int orderId, int product, const QVariant &name, int count, const QVariant &price,
                          const QVariant &cost, const QVariant &weight, const QVariant &options) {
        Row r { { u"id"_s, id },     { u"order_id"_s, orderId }, { u"product_id"_s, product },
                { u"name"_s, name }, { u"count"_s, count },      { u"price"_s, price },
                { u"cost"_s, cost }, { u"weight"_s, weight },    { u"options"_s, options } };
        if (!v2)
            r.append({ u"properties"_s, u"{\"p\":true}"_s });
        return ins(u"ms2_order_products"_s, r);
    };
    const QList<std::function<Status()>> items {
        [&] { return item(1002, 1, 11, u"Кружка ☕"_s, 1, u"34.00"_s, u"34.00"_s, u"0.250"_s, u"[]"_s); },
        [&] {
            return item(1001, 1, 10, u"Футболка"_s, 2, u"500.25"_s, u"1000.50"_s, u"0.500"_s,
                        u"{\"size\":\"L\",\"color\":[\"red\",\"blue\"],\"modification\":\"7\"}"_s);
        },
        [&] { return item(1003, 2, 10, Null, 1, Null, Null, Null, u"bad json {"_s); },
        [&] { return item(1004, 4, 10, u"A"_s, 1, u"100.00"_s, u"100.00"_s, u"0.100"_s, Null); },
        [&] { return item(1005, 4, 11, u"B"_s, 1, u"100.00"_s, u"100.00"_s, u"0.100"_s, u"null"_s); },
        [&] { return item(1006, 4, 13, u"C"_s, 1, u"100.00"_s, u"100.00"_s, u"0.100"_s, u"{\"size\":42}"_s); },
    };
    for (const auto &f : items)
        if (Status st = f(); !st)
            return st;

    if (addons.msPromoCode) {
        if (Status st = ins(u"mspc_orders"_s,
                            { { u"order_id"_s, 4 }, { u"code"_s, u"OLD"_s }, { u"discount_amount"_s, u"1.00"_s } });
            !st)
            return st;
        if (Status st
            = ins(u"mspc_orders"_s,
                  { { u"order_id"_s, 4 }, { u"code"_s, u"SALE10"_s }, { u"discount_amount"_s, u"150.00"_s } });
            !st)
            return st;
    }

    // Status log (ids 1..4): two status changes, one other action, one written by RetailDesk.
    const QList<Row> logs {
        { { u"id"_s, 1 },
          { u"user_id"_s, 2 },
          { u"order_id"_s, 1 },
          { u"timestamp"_s, u"2024-01-15 10:21:00"_s },
          { u"action"_s, u"status"_s },
          { u"entry"_s, u"1"_s },
          { u"ip"_s, u"{\"ip\":\"127.0.0.1\"}"_s } },
        { { u"id"_s, 2 },
          { u"user_id"_s, 1 },
          { u"order_id"_s, 4 },
          { u"timestamp"_s, u"2024-03-10 12:01:00"_s },
          { u"action"_s, u"products"_s },
          { u"entry"_s, u"0"_s },
          { u"ip"_s, u"{}"_s } },
        { { u"id"_s, 3 },
          { u"user_id"_s, 1 },
          { u"order_id"_s, 4 },
          { u"timestamp"_s, u"2024-03-10 12:02:00"_s },
          { u"action"_s, u"status"_s },
          { u"entry"_s, u"2"_s },
          { u"ip"_s, u"{\"ip\":\"10.0.0.1\"}"_s } },
        { { u"id"_s, 4 },
          { u"user_id"_s, 0 },
          { u"order_id"_s, 77 },
          { u"timestamp"_s, u"2024-03-11 08:00:00"_s },
          { u"action"_s, u"status"_s },
          { u"entry"_s, u"3"_s },
          { u"ip"_s, u"{\"ip\":\"\",\"source\":\"RetailDesk\"}"_s } },
    };
    for (const Row &r : logs)
        if (Status st = ins(u"ms2_order_logs"_s, r); !st)
            return st;

    // Catalogue.
    const auto resource = [&](int id, const QString &classKey, int parent, const QString &title, int published,
                              int deleted, const QVariant &uri) {
        return ins(u"site_content"_s,
                   { { u"id"_s, id },
                     { u"class_key"_s, classKey },
                     { u"parent"_s, parent },
                     { u"pagetitle"_s, title },
                     { u"published"_s, published },
                     { u"deleted"_s, deleted },
                     { u"uri"_s, uri },
                     { u"menuindex"_s, id % 3 },
                     { u"createdon"_s, 1700000000 + id } });
    };
    const QList<std::function<Status()>> resources {
        [&] { return resource(5, u"msCategory"_s, 0, u"Одежда"_s, 1, 0, u"odezhda/"_s); },
        [&] { return resource(6, u"msCategory"_s, 5, u"Футболки & майки <new>"_s, 1, 0, Null); },
        [&] { return resource(7, u"msCategory"_s, 5, u"Hidden"_s, 0, 0, Null); },
        [&] { return resource(8, u"msCategory"_s, 5, u"Deleted"_s, 1, 1, Null); },
        [&] { return resource(9, u"modDocument"_s, 0, u"Page"_s, 1, 0, Null); },
        [&] { return resource(10, u"msProduct"_s, 6, u"Футболка \"Лето\" 🌞"_s, 1, 0, u"odezhda/futbolka.html"_s); },
        [&] { return resource(11, u"msProduct"_s, 6, u"No data"_s, 1, 0, Null); },
        [&] { return resource(12, u"msProduct"_s, 6, u"Unpublished"_s, 0, 0, Null); },
        [&] { return resource(13, u"msProduct"_s, 5, u"Bad tags"_s, 1, 0, Null); },
    };
    for (const auto &f : resources)
        if (Status st = f(); !st)
            return st;
    if (Status st = ins(u"ms2_vendors"_s, { { u"id"_s, 1 }, { u"name"_s, u"Вендор & Co"_s } }); !st)
        return st;
    Row p10 { { u"id"_s, 10 },
              { u"article"_s, u"TS-1"_s },
              { u"price"_s, u"500.25"_s },
              { u"old_price"_s, u"600.00"_s },
              { u"weight"_s, u"0.500"_s },
              { u"image"_s, u"/assets/images/10.jpg"_s },
              { u"vendor"_s, 1 },
              { u"made_in"_s, u"Россия"_s },
              { u"new"_s, 1 },
              { u"tags"_s, u"[\"new\",\"sale\"]"_s },
              { u"color"_s, u"[\"red\",\"blue\"]"_s },
              { u"size"_s, Null } };
    Row p12 { { u"id"_s, 12 }, { u"price"_s, u"1.00"_s } };
    Row p13 { { u"id"_s, 13 }, { u"price"_s, u"0"_s }, { u"tags"_s, u"[\"x\""_s }, { u"vendor"_s, 99 } };
    if (v4) {
        p10.append({ u"remains"_s, 5 });
        p13.append({ u"remains"_s, 0 });
    }
    for (const Row &r : { p10, p12, p13 })
        if (Status st = ins(u"ms2_products"_s, r); !st)
            return st;
    const QList<Row> options {
        { { u"product_id"_s, 10 }, { u"key"_s, u"size"_s }, { u"value"_s, u"S"_s } },
        { { u"product_id"_s, 10 }, { u"key"_s, u"material"_s }, { u"value"_s, u"хлопок"_s } },
        { { u"product_id"_s, 10 }, { u"key"_s, u"size"_s }, { u"value"_s, u"M"_s } },
        { { u"product_id"_s, 10 }, { u"key"_s, u"size"_s }, { u"value"_s, u"L"_s } },
        { { u"product_id"_s, 13 }, { u"key"_s, u"empty"_s }, { u"value"_s, Null } },
    };
    for (const Row &r : options)
        if (Status st = ins(u"ms2_product_options"_s, r); !st)
            return st;
    for (const Row &r : { Row { { u"product_id"_s, 10 }, { u"category_id"_s, 5 } },
                          Row { { u"product_id"_s, 10 }, { u"category_id"_s, 6 } } })
        if (Status st = ins(u"ms2_product_categories"_s, r); !st)
            return st;

    if (addons.msOptionsPrice) {
        const QList<Row> mods {
            { { u"id"_s, 8 },
              { u"rid"_s, 10 },
              { u"name"_s, u"Off"_s },
              { u"price"_s, u"+10"_s },
              { u"active"_s, 0 },
              { u"rank"_s, 2 } },
            { { u"id"_s, 7 },
              { u"rid"_s, 10 },
              { u"name"_s, u"Красная L"_s },
              { u"price"_s, u"550"_s },
              { u"weight"_s, u"0.600"_s },
              { u"count"_s, 3 },
              { u"article"_s, u"TS-1-RL"_s },
              { u"rank"_s, 1 } },
        };
        for (const Row &r : mods)
            if (Status st = ins(u"msop_modifications"_s, r); !st)
                return st;
        const QList<Row> modOptions {
            { { u"mid"_s, 7 }, { u"rid"_s, 10 }, { u"key"_s, u"size"_s }, { u"value"_s, u"L"_s } },
            { { u"mid"_s, 7 }, { u"rid"_s, 10 }, { u"key"_s, u"color"_s }, { u"value"_s, u"red"_s } },
            { { u"mid"_s, 8 }, { u"rid"_s, 10 }, { u"key"_s, u"size"_s }, { u"value"_s, u"XL"_s } },
        };
        for (const Row &r : modOptions)
            if (Status st = ins(u"msop_modification_options"_s, r); !st)
                return st;
    }

    if (addons.modRetailCrmColumns) {
        QSqlQuery q(db);
        const QList<QPair<QString, QVariantList>> codes {
            { u"UPDATE `%1ms2_order_statuses` SET `retailcrm_status_code` = ? WHERE `id` = ?"_s.arg(prefix),
              { u"new"_s, 1 } },
            { u"UPDATE `%1ms2_order_statuses` SET `retailcrm_status_code` = ? WHERE `id` = ?"_s.arg(prefix),
              { u"paid"_s, 2 } },
            { u"UPDATE `%1ms2_deliveries` SET `retailcrm_delivery_code` = ? WHERE `id` = ?"_s.arg(prefix),
              { u"self-delivery"_s, 1 } },
        };
        for (const auto &c : codes) {
            if (!q.prepare(c.first))
                return Error(ErrorCode::Database, q.lastError().text());
            for (const QVariant &v : c.second)
                q.addBindValue(v);
            if (!q.exec())
                return Error(ErrorCode::Database, q.lastError().text());
        }
    }
    return {};
}

} // namespace

QString ShopTarget::label() const
{
    return u"%1 %2 %3%4"_s.arg(settings.driver == ShopSettings::Driver::Sqlite ? u"sqlite"_s : u"mariadb"_s,
                               miniShopGenerationName(generation), settings.prefix,
                               addons.msOptionsPrice ? u" +addons"_s : QString());
}

Result<ShopTarget> createSqliteShop(const QString &dir, MiniShopGeneration generation, const QString &prefix,
                                    const SchemaAddons &addons, const QString &fileName)
{
    ShopTarget t;
    t.generation = generation;
    t.addons = addons;
    t.settings.driver = ShopSettings::Driver::Sqlite;
    t.settings.prefix = prefix;
    t.settings.path = dir + u'/'
        + (fileName.isEmpty() ? u"shop-%1-%2.sqlite"_s.arg(miniShopGenerationName(generation), prefix) : fileName);
    QFile::remove(t.settings.path);
    const QString name = u"fixture-"_s + t.settings.path;
    Status st;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(t.settings.path);
        if (!db.open())
            st = Error(ErrorCode::Database, db.lastError().text());
        else
            st = fillShopFixture(db, generation, prefix, addons);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!st)
        return st.error();
    return t;
}

Result<ShopTarget> createMariaDbShop(const MariaDbServer &server, const QString &database,
                                     MiniShopGeneration generation, const QString &prefix, const SchemaAddons &addons,
                                     bool freshDatabase)
{
    if (freshDatabase) {
        if (Status st = server.createDatabase(database); !st)
            return st.error();
    }
    ShopTarget t;
    t.generation = generation;
    t.addons = addons;
    t.settings.driver = ShopSettings::Driver::MySql;
    t.settings.host = server.host();
    t.settings.port = server.port();
    t.settings.database = database;
    t.settings.user = server.user();
    t.settings.prefix = prefix;
    t.password = server.password();
    Result<QSqlDatabase> db = server.openConnection(database);
    if (!db)
        return db.error();
    const Status st = fillShopFixture(*db, generation, prefix, addons);
    MariaDbServer::closeConnection(*db);
    if (!st)
        return st.error();
    return t;
}

} // namespace rd::test
