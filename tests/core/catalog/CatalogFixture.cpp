#include "CatalogFixture.h"

#include "MariaDbServer.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace rd::test {

namespace {

using Row = QList<QPair<QString, QVariant>>;

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

Row resource(int id, const QString &classKey, int parent, const QString &pagetitle, const QString &uri,
             int published = 1, int deleted = 0)
{
    return { { u"id"_s, id },
             { u"pagetitle"_s, pagetitle },
             { u"longtitle"_s, u""_s },
             { u"alias"_s, u"r%1"_s.arg(id) },
             { u"class_key"_s, classKey },
             { u"parent"_s, parent },
             { u"published"_s, published },
             { u"deleted"_s, deleted },
             { u"uri"_s, uri },
             { u"menuindex"_s, id },
             { u"createdon"_s, 1700000000 + id } };
}

} // namespace

Status fillCatalogFixture(QSqlDatabase &db, MiniShopGeneration generation, const QString &prefix,
                          const SchemaAddons &addons)
{
    if (Status st = createShopSchema(db, generation, prefix, addons); !st)
        return st;
    const bool v4 = generation == MiniShopGeneration::V4_4;
    const auto ins = [&](const QString &table, const Row &row) { return insertRow(db, prefix, table, row); };
    const auto all = [&](const QString &table, const QList<Row> &rows) -> Status {
        for (const Row &r : rows)
            if (Status st = ins(table, r); !st)
                return st;
        return {};
    };

    if (Status st = ins(u"system_settings"_s,
                        { { u"key"_s, u"site_name"_s },
                          { u"value"_s, u"Магазин «Тест» & Co"_s },
                          { u"namespace"_s, u"core"_s },
                          { u"area"_s, u"site"_s } });
        !st)
        return st;

    const QString c = u"msCategory"_s;
    const QString p = u"msProduct"_s;
    Row empty17 = resource(17, p, 3, u""_s, u"catalog/17.html"_s);
    Row empty20 = resource(20, c, 2, u"   "_s, u"catalog/20/"_s);
    empty20[1].second = u" "_s;
    Row shirt = resource(10, p, 3, u"Рубашка <Классика> & \"Co\" 'x'"_s, u"catalog/odezhda/rubashka.html"_s);
    Row emoji = resource(11, p, 3, u"Эмодзи 🛒 товар\u0001\u000B"_s, u""_s);
    emoji[2].second = u"Длинное название"_s;
    if (Status st = all(u"site_content"_s,
                        {
                            resource(1, u"modDocument"_s, 0, u"Главная"_s, u""_s),
                            resource(2, c, 1, u"Каталог"_s, u"catalog/"_s),
                            resource(3, c, 2, u"Одежда & обувь <2>"_s, u"catalog/odezhda/"_s),
                            resource(4, c, 2, u"Скрытая"_s, u"catalog/hidden/"_s, 0),
                            resource(5, c, 2, u"Удалённая"_s, u"catalog/deleted/"_s, 1, 1),
                            resource(6, c, 4, u"Под скрытой"_s, u"catalog/hidden/sub/"_s),
                            empty20,
                            shirt,
                            emoji,
                            resource(12, p, 3, u"Неопубликованный"_s, u"catalog/12.html"_s, 0),
                            resource(13, p, 3, u"Удалённый"_s, u"catalog/13.html"_s, 1, 1),
                            resource(14, p, 3, u"Без данных"_s, u"catalog/14.html"_s),
                            resource(15, p, 4, u"Только в скрытой"_s, u"catalog/15.html"_s),
                            resource(16, p, 5, u"Главная удалена"_s, u"catalog/16.html"_s),
                            empty17,
                            resource(18, p, 6, u"Минус остаток"_s, u"/catalog/18.html"_s),
                        });
        !st)
        return st;

    if (Status st = all(u"ms2_vendors"_s,
                        { { { u"id"_s, 1 }, { u"name"_s, u"Acme & Sons <Ltd>"_s } },
                          { { u"id"_s, 2 }, { u"name"_s, u"Вендор\u0007 "_s } } });
        !st)
        return st;

    const auto product = [&](int id, const QString &article, const QString &price, const QString &weight, int remains,
                             const QString &image, int vendor) {
        Row r { { u"id"_s, id },         { u"article"_s, article }, { u"price"_s, price }, { u"old_price"_s, u"0"_s },
                { u"weight"_s, weight }, { u"image"_s, image },     { u"thumb"_s, image }, { u"vendor"_s, vendor },
                { u"made_in"_s, u""_s } };
        if (v4)
            r.append({ u"remains"_s, remains });
        return r;
    };
    if (Status st = all(u"ms2_products"_s,
                        {
                            product(10, u"SH-1 & <2>"_s, u"1500.5"_s, u"0.25"_s, 7, u"/assets/img/shirt.jpg"_s, 1),
                            product(11, u""_s, u"99"_s, u"0"_s, 0, u""_s, 2),
                            product(12, u"U-12"_s, u"1"_s, u"1"_s, 1, u""_s, 0),
                            product(13, u"D-13"_s, u"1"_s, u"1"_s, 1, u""_s, 0),
                            product(15, u"H-15"_s, u"15"_s, u"0"_s, 1, u""_s, 0),
                            product(16, u"M-16"_s, u"16.16"_s, u"1.5"_s, 16, u"assets/16.png"_s, 0),
                            product(17, u"E-17"_s, u"0"_s, u"0.001"_s, 0, u""_s, 0),
                            product(18, u"N-18"_s, u"18"_s, u"0"_s, -3, u"https://cdn.example/18.jpg"_s, 0),
                        });
        !st)
        return st;

    if (Status st = all(u"ms2_product_categories"_s,
                        { { { u"product_id"_s, 10 }, { u"category_id"_s, 6 } },
                          { { u"product_id"_s, 10 }, { u"category_id"_s, 4 } },
                          { { u"product_id"_s, 16 }, { u"category_id"_s, 3 } },
                          { { u"product_id"_s, 15 }, { u"category_id"_s, 5 } } });
        !st)
        return st;

    const auto opt = [](int product, const QString &key, const QString &value) {
        return Row { { u"product_id"_s, product }, { u"key"_s, key }, { u"value"_s, value } };
    };
    if (Status st = all(u"ms2_product_options"_s,
                        {
                            opt(10, u"color"_s, u"Красный"_s),
                            opt(10, u"color"_s, u"Синий & голубой"_s),
                            opt(10, u"size"_s, u"L"_s),
                            opt(10, u"material"_s, u"хлопок 🧵 \"100%\""_s),
                            opt(11, u"note"_s, u"x\u0008y\u001Fz"_s),
                            opt(11, u"empty"_s, u""_s),
                        });
        !st)
        return st;
    if (Status st
        = ins(u"ms2_options"_s,
              { { u"key"_s, u"material"_s }, { u"caption"_s, u"Материал"_s }, { u"type"_s, u"textfield"_s } });
        !st)
        return st;

    if (addons.msOptionsPrice) {
        const auto mod = [](int id, int rid, const QString &name, int type, const QString &price,
                            const QString &article, const QString &weight, int count, int active, int rank) {
            return Row { { u"id"_s, id },           { u"rid"_s, rid },       { u"name"_s, name },
                         { u"type"_s, type },       { u"price"_s, price },   { u"old_price"_s, u"0"_s },
                         { u"article"_s, article }, { u"weight"_s, weight }, { u"count"_s, count },
                         { u"image"_s, 0 },         { u"active"_s, active }, { u"rank"_s, rank } };
        };
        if (Status st = all(u"msop_modifications"_s,
                            {
                                mod(7, 10, u"Красная L"_s, 1, u"1600"_s, u"SH-1-R"_s, u"0.3"_s, 3, 1, 1),
                                mod(8, 10, u"Выключена"_s, 1, u"1700"_s, u"SH-1-X"_s, u"0"_s, 1, 0, 2),
                                mod(9, 10, u""_s, 1, u"+100"_s, u""_s, u"0"_s, 0, 1, 3),
                                mod(21, 10, u"Плохая"_s, 1, u"abc"_s, u""_s, u"0"_s, 1, 1, 4),
                                mod(22, 10, u"Минус"_s, 1, u"-5000"_s, u""_s, u"0"_s, 1, 1, 5),
                                mod(23, 10, u"Процент"_s, 1, u"10%"_s, u""_s, u"0"_s, -2, 1, 6),
                                mod(24, 10, u"Скидка"_s, 3, u"50"_s, u""_s, u"0"_s, 5, 1, 7),
                                mod(25, 11, u"XL"_s, 1, u"0"_s, u"E-XL"_s, u"0"_s, 2, 1, 1),
                            });
            !st)
            return st;
        const auto mopt = [](int mid, int rid, const QString &key, const QString &value) {
            return Row { { u"mid"_s, mid }, { u"rid"_s, rid }, { u"key"_s, key }, { u"value"_s, value } };
        };
        if (Status st = all(u"msop_modification_options"_s,
                            { mopt(7, 10, u"color"_s, u"Красный"_s), mopt(7, 10, u"size"_s, u"L"_s),
                              mopt(9, 10, u"color"_s, u"Синий & голубой"_s), mopt(9, 10, u"size"_s, u"L"_s),
                              mopt(25, 11, u"size"_s, u"XL"_s) });
            !st)
            return st;
    }
    return {};
}

Result<ShopSettings> createSqliteCatalogShop(const QString &path, MiniShopGeneration generation, const QString &prefix,
                                             const SchemaAddons &addons)
{
    ShopSettings s;
    s.driver = ShopSettings::Driver::Sqlite;
    s.prefix = prefix;
    s.path = path;
    QFile::remove(path);
    const QString name = u"catalog-fixture-"_s + path;
    Status st;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open())
            st = Error(ErrorCode::Database, db.lastError().text());
        else
            st = fillCatalogFixture(db, generation, prefix, addons);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!st)
        return st.error();
    return s;
}

Result<ShopSettings> createMariaDbCatalogShop(const MariaDbServer &server, const QString &database,
                                              MiniShopGeneration generation, const QString &prefix,
                                              const SchemaAddons &addons, QString *password)
{
    if (Status st = server.createDatabase(database); !st)
        return st.error();
    ShopSettings s;
    s.driver = ShopSettings::Driver::MySql;
    s.host = server.host();
    s.port = server.port();
    s.database = database;
    s.user = server.user();
    s.prefix = prefix;
    if (password)
        *password = server.password();
    Result<QSqlDatabase> db = server.openConnection(database);
    if (!db)
        return db.error();
    const Status st = fillCatalogFixture(*db, generation, prefix, addons);
    MariaDbServer::closeConnection(*db);
    if (!st)
        return st.error();
    return s;
}

} // namespace rd::test
