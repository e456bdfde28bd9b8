#include "DemoTestUtil.h"
#include "MariaDbServer.h"
#include "shop/ShopSchema.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::MiniShopGeneration;

Q_DECLARE_METATYPE(rd::MiniShopGeneration)

namespace {

struct Expectation
{
    QString table;
    QString column;
    bool present;
};

// The columns that tell the three generations apart (minishop2.md section 4).
QList<Expectation> generationMarks(MiniShopGeneration g)
{
    const bool v29 = g == MiniShopGeneration::V2_9;
    const bool v30 = g == MiniShopGeneration::V3_0;
    const bool v44 = g == MiniShopGeneration::V4_4;
    return {
        { u"ms2_orders"_s, u"address"_s, !v44 },
        { u"ms2_orders"_s, u"comment"_s, v29 },
        { u"ms2_orders"_s, u"order_comment"_s, !v29 },
        { u"ms2_orders"_s, u"session_id"_s, !v29 },
        { u"ms2_order_addresses"_s, u"order_id"_s, v44 },
        { u"ms2_order_addresses"_s, u"email"_s, !v29 },
        { u"ms2_order_addresses"_s, u"entrance"_s, true },
        { u"ms2_order_addresses"_s, u"floor"_s, true },
        { u"ms2_order_addresses"_s, u"text_address"_s, true },
        { u"ms2_order_addresses"_s, u"comment"_s, true },
        { u"ms2_order_addresses"_s, u"index"_s, true },
        { u"ms2_order_products"_s, u"properties"_s, v30 || v44 },
        { u"ms2_order_products"_s, u"options"_s, true },
        { u"ms2_products"_s, u"remains"_s, v44 },
        { u"ms2_products"_s, u"reserved"_s, v44 },
        { u"ms2_vendors"_s, u"rank"_s, v44 },
        { u"ms2_order_logs"_s, u"ip"_s, true },
        { u"ms2_deliveries"_s, u"free_delivery_amount"_s, true },
        { u"users"_s, u"sudo"_s, true },
        { u"users"_s, u"createdon"_s, true },
        { u"user_attributes"_s, u"mobilephone"_s, true },
        { u"site_content"_s, u"class_key"_s, true },
        { u"system_settings"_s, u"key"_s, true },
    };
}

const QStringList kAddonTables { u"msop_modifications"_s, u"msop_modification_options"_s, u"mspc_orders"_s };

void addGenerations()
{
    QTest::addColumn<MiniShopGeneration>("generation");
    QTest::newRow("2.9") << MiniShopGeneration::V2_9;
    QTest::newRow("3.0") << MiniShopGeneration::V3_0;
    QTest::newRow("4.4") << MiniShopGeneration::V4_4;
}

QString statusRankType(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    q.exec(u"SELECT COLUMN_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
           u"AND TABLE_NAME = '"_s
           + table + u"' AND COLUMN_NAME = 'rank'"_s);
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

class TestShopSchema final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void splitScript();
    void generationNames();
    void schemaSql_data() { addGenerations(); }
    void schemaSql();

    void sqliteGeneration_data() { addGenerations(); }
    void sqliteGeneration();
    void sqliteWithoutAddons();
    void sqliteOtherPrefixes_data();
    void sqliteOtherPrefixes();
    void invalidPrefixRefused_data();
    void invalidPrefixRefused();
    void existingTablesRefused();
    void notOpenRefused();

    void mariaDbGeneration_data() { addGenerations(); }
    void mariaDbGeneration();
    void mariaDbExistingTablesRefused();

private:
    void checkSchema(const QSqlDatabase &db, MiniShopGeneration g, const QString &prefix, bool addons);

    rd::test::MariaDbServer m_server;
    bool m_mariaDb = false;
    QString m_mariaDbError;
};

void TestShopSchema::initTestCase()
{
    if (auto st = m_server.start(); st)
        m_mariaDb = true;
    else
        m_mariaDbError = st.error().toString();
}

void TestShopSchema::cleanupTestCase()
{
    m_server.stop();
}

void TestShopSchema::splitScript()
{
    const QString script = u"-- a comment;\n"
                           u"CREATE TABLE a (\n  x int,\n  y text DEFAULT 'a;b'\n);\n"
                           u"\n"
                           u"  -- indented comment\n"
                           u"INSERT INTO a VALUES (1, 'x');\n"
                           u"INSERT INTO a VALUES\n  (2, 'y'),\n  (3, 'z');\n"
                           u"SELECT 1"_s;
    const QStringList statements = rd::splitSqlScript(script);
    QCOMPARE(statements.size(), 4);
    QCOMPARE(statements[0], u"CREATE TABLE a (\n  x int,\n  y text DEFAULT 'a;b'\n)"_s);
    QCOMPARE(statements[1], u"INSERT INTO a VALUES (1, 'x')"_s);
    QCOMPARE(statements[2], u"INSERT INTO a VALUES\n  (2, 'y'),\n  (3, 'z')"_s);
    QCOMPARE(statements[3], u"SELECT 1"_s);
    QVERIFY(rd::splitSqlScript(u"-- only\n\n"_s).isEmpty());
}

void TestShopSchema::generationNames()
{
    QCOMPARE(rd::miniShopGenerationName(MiniShopGeneration::V2_9), u"2.9"_s);
    QCOMPARE(rd::miniShopGenerationName(MiniShopGeneration::V4_4), u"4.4"_s);
    QCOMPARE(rd::parseMiniShopGeneration(u"ms2-3.0"), std::optional(MiniShopGeneration::V3_0));
    QCOMPARE(rd::parseMiniShopGeneration(u"4"), std::optional(MiniShopGeneration::V4_4));
    QCOMPARE(rd::parseMiniShopGeneration(u" 2.9 "), std::optional(MiniShopGeneration::V2_9));
    QVERIFY(!rd::parseMiniShopGeneration(u"5.0"));
    QVERIFY(!rd::parseMiniShopGeneration(u""));
}

void TestShopSchema::schemaSql()
{
    QFETCH(MiniShopGeneration, generation);
    const rd::SchemaAddons all { true, true, true };
    for (auto dialect : { rd::ShopSettings::Driver::MySql, rd::ShopSettings::Driver::Sqlite }) {
        const QString sql = rd::shopSchemaSql(dialect, generation, u"shop7_"_s, all);
        QVERIFY(!sql.isEmpty());
        QVERIFY(!sql.contains(u"{PREFIX}"_s));
        QVERIFY(sql.contains(u"shop7_ms2_orders"_s));
        QVERIFY(sql.contains(u"shop7_msop_modifications"_s));
        QVERIFY(sql.contains(u"retailcrm_status_code"_s));
        QCOMPARE(sql.contains(u"ENGINE=InnoDB"_s), dialect == rd::ShopSettings::Driver::MySql);
        QCOMPARE(sql.contains(u"AUTOINCREMENT"_s), dialect == rd::ShopSettings::Driver::Sqlite);
        const QString bare = rd::shopSchemaSql(dialect, generation, u"modx_"_s);
        QVERIFY(!bare.contains(u"msop_modifications"_s));
        QVERIFY(!bare.contains(u"mspc_orders"_s));
        QVERIFY(!bare.contains(u"retailcrm_"_s));
        QVERIFY(rd::shopSchemaSql(dialect, generation, u"bad prefix"_s).isEmpty());
    }
}

void TestShopSchema::checkSchema(const QSqlDatabase &db, MiniShopGeneration g, const QString &prefix, bool addons)
{
    const QStringList tables = db.tables();
    for (const Expectation &e : generationMarks(g)) {
        QVERIFY2(tables.contains(prefix + e.table), qPrintable(prefix + e.table));
        const QStringList columns = rd::test::columnNames(db, prefix + e.table);
        QVERIFY2(columns.contains(e.column) == e.present,
                 qPrintable(prefix + e.table + u'.' + e.column + (e.present ? u" missing"_s : u" unexpected"_s)));
    }
    for (const QString &t : kAddonTables)
        QVERIFY2(tables.contains(prefix + t) == addons, qPrintable(t));
    const std::pair<QString, QString> codes[] = { { u"ms2_deliveries"_s, u"retailcrm_delivery_code"_s },
                                                  { u"ms2_payments"_s, u"retailcrm_payment_code"_s },
                                                  { u"ms2_order_statuses"_s, u"retailcrm_status_code"_s } };
    for (const auto &[t, c] : codes)
        QVERIFY2(rd::test::columnNames(db, prefix + t).contains(c) == addons, qPrintable(c));

    // The installer's rows.
    const QString statuses = prefix + u"ms2_order_statuses"_s;
    QCOMPARE(rd::test::count(db, u"SELECT COUNT(*) FROM "_s + statuses + u" WHERE id BETWEEN 1 AND 4"_s), 4);
    QCOMPARE(rd::test::count(db, u"SELECT COUNT(*) FROM "_s + statuses + u" WHERE id = 999"_s),
             g == MiniShopGeneration::V2_9 ? 0 : 1);
    QCOMPARE(rd::test::scalar(db, u"SELECT name FROM "_s + statuses + u" WHERE id = 4"_s).toString(), u"Отменён"_s);
    QCOMPARE(rd::test::scalar(db, u"SELECT name FROM "_s + prefix + u"ms2_deliveries WHERE id = 1"_s).toString(),
             u"Самовывоз"_s);
    QCOMPARE(rd::test::count(db, u"SELECT COUNT(*) FROM "_s + prefix + u"ms2_delivery_payments"_s), 1);
    QCOMPARE(rd::test::count(db, u"SELECT COUNT(*) FROM "_s + prefix + u"ms2_payments WHERE id = 2"_s),
             g == MiniShopGeneration::V2_9 ? 1 : 0);
    const int newRank = g == MiniShopGeneration::V4_4 ? 1 : 0;
    QCOMPARE(rd::test::count(db,
                             u"SELECT "_s + (db.driverName() == u"QSQLITE"_s ? u"\"rank\""_s : u"`rank`"_s)
                                 + u" FROM "_s + statuses + u" WHERE id = 1"_s),
             newRank);
    QCOMPARE(rd::test::scalar(db,
                              u"SELECT value FROM "_s + prefix + u"system_settings WHERE "_s
                                  + (db.driverName() == u"QSQLITE"_s ? u"\"key\""_s : u"`key`"_s)
                                  + u" = 'ms2_order_format_num'"_s)
                 .toString(),
             u"%y%m"_s);
}

void TestShopSchema::sqliteGeneration()
{
    QFETCH(MiniShopGeneration, generation);
    QSqlDatabase db = rd::test::openSqlite();
    QVERIFY(db.isOpen());
    const auto st = rd::createShopSchema(db, generation, u"modx_"_s, { true, true, true });
    QVERIFY2(st, st ? "" : qPrintable(st.error().toString()));
    checkSchema(db, generation, u"modx_"_s, true);

    // ms2_order_logs.ip has no default: a row without it is refused, as on MySQL strict mode.
    QSqlQuery q(db);
    QVERIFY(!q.exec(u"INSERT INTO modx_ms2_order_logs (order_id, action) VALUES (1, 'status')"_s));
    // Decimals stay exact text.
    QVERIFY(q.exec(u"INSERT INTO modx_ms2_products (id, price, weight) VALUES (5, '1234.50', '0.250')"_s));
    QVERIFY(q.exec(u"SELECT price, typeof(price), weight, old_price FROM modx_ms2_products WHERE id = 5"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"1234.50"_s);
    QCOMPARE(q.value(1).toString(), u"text"_s);
    QCOMPARE(q.value(2).toString(), u"0.250"_s);
    QCOMPARE(q.value(3).toString(), u"0.00"_s);
    q.finish();
    rd::test::closeSqlite(db);
}

void TestShopSchema::sqliteWithoutAddons()
{
    QSqlDatabase db = rd::test::openSqlite();
    const auto st = rd::createShopSchema(db, MiniShopGeneration::V4_4, u"modx_"_s, {});
    QVERIFY2(st, st ? "" : qPrintable(st.error().toString()));
    checkSchema(db, MiniShopGeneration::V4_4, u"modx_"_s, false);
    rd::test::closeSqlite(db);
}

void TestShopSchema::sqliteOtherPrefixes_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::newRow("empty") << QString();
    QTest::newRow("custom") << u"Shop_2_"_s;
    QTest::newRow("32 chars") << QString(32, u'p');
}

void TestShopSchema::sqliteOtherPrefixes()
{
    QFETCH(QString, prefix);
    QSqlDatabase db = rd::test::openSqlite();
    const auto st = rd::createShopSchema(db, MiniShopGeneration::V3_0, prefix, { true, true, true });
    QVERIFY2(st, st ? "" : qPrintable(st.error().toString()));
    checkSchema(db, MiniShopGeneration::V3_0, prefix, true);
    // Two shops in one database with different prefixes.
    const QString second = prefix == u"x_"_s ? u"y_"_s : u"x_"_s;
    QVERIFY(rd::createShopSchema(db, MiniShopGeneration::V2_9, second, {}).ok());
    checkSchema(db, MiniShopGeneration::V2_9, second, false);
    checkSchema(db, MiniShopGeneration::V3_0, prefix, true);
    rd::test::closeSqlite(db);
}

void TestShopSchema::invalidPrefixRefused_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::newRow("dash") << u"modx-"_s;
    QTest::newRow("space") << u"mo dx_"_s;
    QTest::newRow("injection") << u"x; DROP TABLE users; --"_s;
    QTest::newRow("quote") << u"a`b"_s;
    QTest::newRow("dquote") << u"a\"b"_s;
    QTest::newRow("cyrillic") << u"магазин_"_s;
    QTest::newRow("33 chars") << QString(33, u'p');
}

void TestShopSchema::invalidPrefixRefused()
{
    QFETCH(QString, prefix);
    QSqlDatabase db = rd::test::openSqlite();
    const auto st = rd::createShopSchema(db, MiniShopGeneration::V4_4, prefix, { true, true, true });
    QVERIFY(!st);
    QCOMPARE(st.error().code, rd::ErrorCode::Config);
    QVERIFY(!st.error().message.isEmpty());
    QVERIFY(db.tables().isEmpty());
    rd::test::closeSqlite(db);
}

void TestShopSchema::existingTablesRefused()
{
    QSqlDatabase db = rd::test::openSqlite();
    QSqlQuery q(db);
    QVERIFY(q.exec(u"CREATE TABLE modx_ms2_orders (id INTEGER PRIMARY KEY, keep TEXT)"_s));
    QVERIFY(q.exec(u"INSERT INTO modx_ms2_orders VALUES (7, 'mine')"_s));
    q.finish();
    const auto st = rd::createShopSchema(db, MiniShopGeneration::V4_4, u"modx_"_s, {});
    QVERIFY(!st);
    QCOMPARE(st.error().code, rd::ErrorCode::Database);
    QVERIFY(st.error().message.contains(u"modx_ms2_orders"_s));
    QCOMPARE(db.tables(), QStringList { u"modx_ms2_orders"_s });
    QCOMPARE(rd::test::scalar(db, u"SELECT keep FROM modx_ms2_orders WHERE id = 7"_s).toString(), u"mine"_s);
    // A second run on a full schema is refused the same way.
    QVERIFY(rd::createShopSchema(db, MiniShopGeneration::V4_4, u"s_"_s, {}).ok());
    QVERIFY(!rd::createShopSchema(db, MiniShopGeneration::V4_4, u"s_"_s, {}).ok());
    rd::test::closeSqlite(db);
}

void TestShopSchema::notOpenRefused()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"never-opened"_s);
    const auto st = rd::createShopSchema(db, MiniShopGeneration::V4_4, u"modx_"_s, {});
    QVERIFY(!st);
    QCOMPARE(st.error().code, rd::ErrorCode::Database);
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"never-opened"_s);
}

void TestShopSchema::mariaDbGeneration()
{
    if (!m_mariaDb)
        QFAIL(qPrintable(u"MariaDB test server did not start: "_s + m_mariaDbError));
    QFETCH(MiniShopGeneration, generation);
    const QString dbName = u"schema_"_s + QString::fromLatin1(QTest::currentDataTag()).remove(u'.');
    QVERIFY(m_server.createDatabase(dbName).ok());
    QSqlDatabase db;
    {
        auto conn = m_server.openConnection(dbName);
        QVERIFY2(conn, conn ? "" : qPrintable(conn.error().toString()));
        db = *conn;
    }
    const auto st = rd::createShopSchema(db, generation, u"modx_"_s, { true, true, true });
    QVERIFY2(st, st ? "" : qPrintable(st.error().toString()));
    checkSchema(db, generation, u"modx_"_s, true);

    // Types that matter.
    QCOMPARE(statusRankType(db, u"modx_ms2_order_statuses"_s),
             generation == MiniShopGeneration::V2_9 ? u"tinyint(1) unsigned"_s : u"int(10) unsigned"_s);
    QCOMPARE(statusRankType(db, u"modx_ms2_payments"_s),
             generation == MiniShopGeneration::V4_4 ? u"int(10) unsigned"_s : u"tinyint(1) unsigned"_s);
    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT FROM information_schema.COLUMNS "
                   u"WHERE TABLE_SCHEMA = DATABASE() AND ((TABLE_NAME = 'modx_ms2_orders' AND COLUMN_NAME IN "
                   u"('cost','weight','createdon')) OR (TABLE_NAME = 'modx_ms2_order_logs' AND COLUMN_NAME = 'ip') "
                   u"OR (TABLE_NAME = 'modx_ms2_order_addresses' AND COLUMN_NAME = 'order_id') "
                   u"OR (TABLE_NAME = 'modx_users' AND COLUMN_NAME = 'createdon'))"_s));
    QMap<QString, QStringList> info;
    while (q.next())
        info[q.value(0).toString() + (q.value(1).toString().startsWith(u"int(20)"_s) ? u"@users"_s : QString())]
            = { q.value(1).toString(), q.value(2).toString(), q.value(3).toString() };
    QCOMPARE(info.value(u"cost"_s).value(0), u"decimal(12,2)"_s);
    QCOMPARE(info.value(u"weight"_s).value(0), u"decimal(13,3)"_s);
    QCOMPARE(info.value(u"createdon"_s).value(0), u"datetime"_s);
    QCOMPARE(info.value(u"createdon"_s).value(1), u"YES"_s);
    QCOMPARE(info.value(u"createdon@users"_s).value(0), u"int(20)"_s);
    QCOMPARE(info.value(u"ip"_s).value(1), u"NO"_s);
    QVERIFY(info.value(u"ip"_s).value(2).isEmpty() || info.value(u"ip"_s).value(2) == u"NULL"_s);
    QCOMPARE(info.contains(u"order_id"_s), generation == MiniShopGeneration::V4_4);
    if (generation == MiniShopGeneration::V4_4)
        QCOMPARE(info.value(u"order_id"_s).value(1), u"YES"_s);

    // utf8mb4: emoji survive.
    QVERIFY(q.prepare(
        u"INSERT INTO modx_user_attributes (internalKey, fullname, address, comment) VALUES (?, ?, '', '')"_s));
    q.addBindValue(42);
    q.addBindValue(u"Анна 🌸 Смирнова"_s);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QCOMPARE(rd::test::scalar(db, u"SELECT fullname FROM modx_user_attributes WHERE internalKey = 42"_s).toString(),
             u"Анна 🌸 Смирнова"_s);
    q.finish();
    rd::test::MariaDbServer::closeConnection(db);
}

void TestShopSchema::mariaDbExistingTablesRefused()
{
    if (!m_mariaDb)
        QFAIL(qPrintable(u"MariaDB test server did not start: "_s + m_mariaDbError));
    QVERIFY(m_server.createDatabase(u"schema_twice"_s).ok());
    QSqlDatabase db;
    {
        auto conn = m_server.openConnection(u"schema_twice"_s);
        QVERIFY(conn);
        db = *conn;
    }
    QVERIFY(rd::createShopSchema(db, MiniShopGeneration::V4_4, u"modx_"_s, {}).ok());
    const int tables = int(db.tables().size());
    const auto st = rd::createShopSchema(db, MiniShopGeneration::V4_4, u"modx_"_s, { true, true, true });
    QVERIFY(!st);
    QCOMPARE(st.error().code, rd::ErrorCode::Database);
    QCOMPARE(int(db.tables().size()), tables);
    // The add-on columns were not added by the refused run.
    QVERIFY(!rd::test::columnNames(db, u"modx_ms2_payments"_s).contains(u"retailcrm_payment_code"_s));
    rd::test::MariaDbServer::closeConnection(db);
}

QTEST_GUILESS_MAIN(TestShopSchema)
#include "TestShopSchema.moc"
