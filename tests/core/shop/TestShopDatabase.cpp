// ShopDatabase: settings validation and the clear errors for each way a shop connection fails.
#include "MariaDbServer.h"
#include "ShopFixture.h"
#include "shop/ShopDatabase.h"
#include "shop/ShopOrderReader.h"

#include <QFile>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::ErrorCode;
using rd::MiniShopGeneration;

class TestShopDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void refusesBadPrefix_data();
    void refusesBadPrefix();
    void validatesSettings();
    void sqliteFileMissing();
    void sqliteNotADatabase();
    void sqliteWithoutShop();
    void wrongPassword();
    void unknownDatabase();
    void userWithoutGrants();
    void userWithoutSelect();
    void serverUnreachable();
    void socketConnection();
    void noShopInDatabase();
    void missingRequiredTable_data();
    void missingRequiredTable();
    void unknownGeneration();
    void openInOneGo();

private:
    rd::ShopSettings maria(const QString &database) const;

    rd::test::MariaDbServer m_server;
    QTemporaryDir m_dir;
    rd::test::ShopTarget m_shop; // MariaDB, 4.4, modx_, database "errshop"
};

void TestShopDatabase::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const rd::Status started = m_server.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
    auto shop = rd::test::createMariaDbShop(m_server, u"errshop"_s, MiniShopGeneration::V4_4, u"modx_"_s, {});
    QVERIFY2(shop.ok(), qPrintable(shop.ok() ? QString() : shop.error().toString()));
    m_shop = *shop;
}

void TestShopDatabase::cleanupTestCase()
{
    m_server.stop();
}

rd::ShopSettings TestShopDatabase::maria(const QString &database) const
{
    rd::ShopSettings s = m_shop.settings;
    s.database = database;
    return s;
}

void TestShopDatabase::refusesBadPrefix_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::newRow("injection") << u"modx_` ; DROP TABLE modx_users; -- "_s;
    QTest::newRow("quote") << u"a'b"_s;
    QTest::newRow("dot") << u"other.modx_"_s;
    QTest::newRow("space") << u"modx "_s;
    QTest::newRow("cyrillic") << u"магазин_"_s;
    QTest::newRow("too long") << QString(33, u'a');
}

void TestShopDatabase::refusesBadPrefix()
{
    QFETCH(QString, prefix);
    for (bool sqlite : { false, true }) {
        rd::ShopSettings s = m_shop.settings;
        if (sqlite) {
            s.driver = rd::ShopSettings::Driver::Sqlite;
            s.path = m_dir.filePath(u"never.sqlite"_s);
        }
        s.prefix = prefix;
        rd::ShopDatabase db(s, m_shop.password);
        const rd::Status valid = db.validate();
        QVERIFY(!valid.ok());
        QCOMPARE(valid.error().code, ErrorCode::Config);
        QVERIFY2(valid.error().message.contains(u"shop/prefix"_s), qPrintable(valid.error().message));
        // Nothing connects, nothing runs.
        auto conn = db.connection();
        QVERIFY(!conn.ok());
        QCOMPARE(conn.error().code, ErrorCode::Config);
        QVERIFY(!QSqlDatabase::contains(db.connectionName()));
        auto info = db.detect();
        QCOMPARE(info.error().code, ErrorCode::Config);
        rd::ShopOrderReader reader(db);
        QCOMPARE(reader.nextPage().error().code, ErrorCode::Config);
        QVERIFY(!QFile::exists(s.path) || !sqlite);
    }
    // The tables are still there.
    rd::ShopDatabase ok(m_shop.settings, m_shop.password);
    QVERIFY(ok.detect().ok());
    QVERIFY(rd::ShopDatabase::validatePrefix(u""_s).ok()); // MODX allows an empty prefix
    QVERIFY(rd::ShopDatabase::validatePrefix(QString(32, u'a')).ok());
}

void TestShopDatabase::validatesSettings()
{
    rd::ShopSettings s = m_shop.settings;
    s.port = 0;
    QCOMPARE(rd::ShopDatabase(s).validate().error().code, ErrorCode::Config);
    s = m_shop.settings;
    s.user.clear();
    QVERIFY(rd::ShopDatabase(s).validate().error().message.contains(u"shop/user"_s));
    s = m_shop.settings;
    s.database.clear();
    QVERIFY(rd::ShopDatabase(s).validate().error().message.contains(u"shop/database"_s));
    s.driver = rd::ShopSettings::Driver::Sqlite;
    s.path.clear();
    const rd::Status noPath = rd::ShopDatabase(s).validate();
    QCOMPARE(noPath.error().code, ErrorCode::Config);
    QVERIFY(noPath.error().message.contains(u"shop/path"_s));
    // The description never carries the password.
    rd::ShopDatabase db(m_shop.settings, m_shop.password);
    QVERIFY(!db.describe().contains(m_shop.password));
    QVERIFY(db.describe().contains(u"errshop"_s));
}

void TestShopDatabase::sqliteFileMissing()
{
    rd::ShopSettings s;
    s.driver = rd::ShopSettings::Driver::Sqlite;
    s.path = m_dir.filePath(u"missing/shop.sqlite"_s);
    rd::ShopDatabase db(s);
    auto info = db.detect();
    QVERIFY(!info.ok());
    QCOMPARE(info.error().code, ErrorCode::Config);
    QVERIFY2(info.error().message.contains(u"does not exist"_s), qPrintable(info.error().message));
    QVERIFY(info.error().message.contains(s.path));
    QVERIFY(info.error().hint.contains(u"shop/path"_s));
    QVERIFY(!QFile::exists(s.path)); // not created as a side effect
}

void TestShopDatabase::sqliteNotADatabase()
{
    const QString path = m_dir.filePath(u"garbage.sqlite"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    rd::ShopSettings s;
    s.driver = rd::ShopSettings::Driver::Sqlite;
    s.path = path;
    rd::ShopDatabase db(s);
    auto info = db.detect();
    QVERIFY(!info.ok());
    QCOMPARE(info.error().code, ErrorCode::Database);
    QVERIFY2(info.error().message.contains(u"is not an SQLite database"_s), qPrintable(info.error().message));
    QVERIFY(!QSqlDatabase::contains(db.connectionName()));

    s.path = m_dir.path(); // a directory
    QCOMPARE(rd::ShopDatabase(s).detect().error().code, ErrorCode::Config);
}

void TestShopDatabase::sqliteWithoutShop()
{
    const QString path = m_dir.filePath(u"empty.sqlite"_s);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"empty"_s);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery(raw).exec(u"CREATE TABLE unrelated (id INTEGER)"_s);
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"empty"_s);
    rd::ShopSettings s;
    s.driver = rd::ShopSettings::Driver::Sqlite;
    s.path = path;
    auto info = rd::ShopDatabase(s).detect();
    QVERIFY(!info.ok());
    QCOMPARE(info.error().code, ErrorCode::Schema);
    QVERIFY2(info.error().message.contains(u"no table modx_ms2_orders"_s), qPrintable(info.error().message));
    QVERIFY2(info.error().hint.contains(u"No miniShop2 tables"_s), qPrintable(info.error().hint));
}

void TestShopDatabase::wrongPassword()
{
    rd::ShopDatabase db(m_shop.settings, u"not-the-password"_s);
    auto info = db.detect();
    QVERIFY(!info.ok());
    QCOMPARE(info.error().code, ErrorCode::Database);
    QVERIFY2(info.error().message.contains(u"MariaDB refused user 'app'"_s), qPrintable(info.error().message));
    QVERIFY(info.error().hint.contains(u"shop/user"_s));
    QVERIFY(info.error().hint.contains(u"RETAILDESK_DB_PASSWORD"_s));
    QVERIFY(info.error().hint.contains(u"secret set shop-db-password"_s));
    QVERIFY(!info.error().toString().contains(u"not-the-password"_s));
    QCOMPARE(rd::exitCodeFor(info.error().code), 3);
    QVERIFY(!QSqlDatabase::contains(db.connectionName()));
    // No password at all.
    QCOMPARE(rd::ShopDatabase(m_shop.settings).detect().error().code, ErrorCode::Database);
}

void TestShopDatabase::unknownDatabase()
{
    // An ordinary user: MariaDB does not tell "missing" from "forbidden" (1044); the hint lists what it sees.
    rd::ShopDatabase db(maria(u"nope"_s), m_shop.password);
    auto info = db.detect();
    QVERIFY(!info.ok());
    QCOMPARE(info.error().code, ErrorCode::Database);
    QVERIFY2(info.error().message.contains(u"cannot use database 'nope': it does not exist"_s),
             qPrintable(info.error().message));
    QVERIFY2(info.error().hint.contains(u"can see: errshop"_s), qPrintable(info.error().hint));

    // A user that may see every database gets the plain answer (1049).
    rd::ShopSettings s = maria(u"nope"_s);
    s.user = u"root"_s;
    auto asRoot = rd::ShopDatabase(s).detect();
    QVERIFY(!asRoot.ok());
    QCOMPARE(asRoot.error().code, ErrorCode::Database);
    QVERIFY2(asRoot.error().message.contains(u"has no database 'nope'"_s), qPrintable(asRoot.error().message));
    QVERIFY2(asRoot.error().hint.contains(u"errshop"_s), qPrintable(asRoot.error().hint));
}

void TestShopDatabase::userWithoutGrants()
{
    QVERIFY(m_server.createUser(u"nogrant"_s, u"pw1"_s).ok());
    rd::ShopSettings s = m_shop.settings;
    s.user = u"nogrant"_s;
    auto info = rd::ShopDatabase(s, u"pw1"_s).detect();
    QVERIFY(!info.ok());
    QCOMPARE(info.error().code, ErrorCode::Database);
    QVERIFY2(info.error().message.contains(u"user 'nogrant' cannot use database 'errshop'"_s),
             qPrintable(info.error().message));
    QVERIFY2(info.error().message.contains(u"no privileges"_s), qPrintable(info.error().message));
    QVERIFY2(info.error().hint.contains(u"grant the user access"_s), qPrintable(info.error().hint));
}

void TestShopDatabase::userWithoutSelect()
{
    // May insert but not read: detection probes every table it reads.
    QVERIFY(m_server.createUser(u"writeonly"_s, u"pw2"_s).ok());
    QVERIFY(m_server.exec(u"GRANT INSERT ON errshop.* TO 'writeonly'@'%'"_s).ok());
    rd::ShopSettings s = m_shop.settings;
    s.user = u"writeonly"_s;
    auto info = rd::ShopDatabase(s, u"pw2"_s).detect();
    QVERIFY(!info.ok());
    QCOMPARE(info.error().code, ErrorCode::Database);
    QVERIFY2(info.error().message.contains(u"lacks the privilege"_s), qPrintable(info.error().message));
    QVERIFY(info.error().message.contains(u"modx_ms2_orders"_s));
    QVERIFY(info.error().hint.contains(u"GRANT SELECT"_s));

    // INSERT everywhere plus SELECT on the orders table: the next table read is refused.
    QVERIFY(m_server.exec(u"GRANT SELECT ON errshop.modx_ms2_orders TO 'writeonly'@'%'"_s).ok());
    auto partial = rd::ShopDatabase(s, u"pw2"_s).detect();
    QVERIFY(!partial.ok());
    QCOMPARE(partial.error().code, ErrorCode::Database);
    QVERIFY2(partial.error().message.contains(u"modx_ms2_order_products"_s), qPrintable(partial.error().message));

    // SELECT on one table only: the others are invisible, so they are reported missing, with the reason.
    QVERIFY(m_server.createUser(u"onetable"_s, u"pw3"_s).ok());
    QVERIFY(m_server.exec(u"GRANT SELECT ON errshop.modx_ms2_orders TO 'onetable'@'%'"_s).ok());
    s.user = u"onetable"_s;
    auto invisible = rd::ShopDatabase(s, u"pw3"_s).detect();
    QVERIFY(!invisible.ok());
    QCOMPARE(invisible.error().code, ErrorCode::Schema);
    QVERIFY2(invisible.error().message.contains(u"no table modx_ms2_order_products"_s),
             qPrintable(invisible.error().message));
    QVERIFY2(invisible.error().hint.contains(u"privileges"_s), qPrintable(invisible.error().hint));
}

void TestShopDatabase::serverUnreachable()
{
    int port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    } // closed: nothing listens there now
    rd::ShopSettings s = m_shop.settings;
    s.port = port;
    auto info = rd::ShopDatabase(s, m_shop.password).detect();
    QVERIFY(!info.ok());
    QCOMPARE(info.error().code, ErrorCode::Database);
    QVERIFY2(info.error().message.contains(u"cannot reach MariaDB at 127.0.0.1:%1"_s.arg(port)),
             qPrintable(info.error().message));
    QVERIFY(info.error().hint.contains(u"shop/host"_s));

    s = m_shop.settings;
    s.socket = m_dir.filePath(u"no.sock"_s);
    auto viaSocket = rd::ShopDatabase(s, m_shop.password).detect();
    QVERIFY(!viaSocket.ok());
    QVERIFY2(viaSocket.error().message.contains(u"cannot reach MariaDB at socket"_s),
             qPrintable(viaSocket.error().message));
}

void TestShopDatabase::socketConnection()
{
    rd::ShopSettings s = m_shop.settings;
    s.socket = m_server.socket();
    s.port = 1; // ignored with a socket
    rd::ShopDatabase db(s, m_shop.password);
    auto info = db.detect();
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().toString()));
    QCOMPARE(info->generation, rd::ShopInfo::Generation::V4_4_1);
}

void TestShopDatabase::noShopInDatabase()
{
    QVERIFY(m_server.createDatabase(u"errempty"_s).ok());
    rd::ShopDatabase db(maria(u"errempty"_s), m_shop.password);
    auto info = db.detect();
    QVERIFY(!info.ok());
    QCOMPARE(info.error().code, ErrorCode::Schema);
    QVERIFY2(info.error().message.contains(u"no table modx_ms2_orders"_s), qPrintable(info.error().message));
    QVERIFY2(info.error().message.contains(u"is the prefix right?"_s), qPrintable(info.error().message));
    QVERIFY2(info.error().hint.contains(u"errshop (prefix modx_)"_s), qPrintable(info.error().hint));
    QCOMPARE(rd::exitCodeFor(info.error().code), 2);
}

void TestShopDatabase::missingRequiredTable_data()
{
    QTest::addColumn<bool>("sqlite");
    QTest::newRow("sqlite") << true;
    QTest::newRow("mariadb") << false;
}

void TestShopDatabase::missingRequiredTable()
{
    QFETCH(bool, sqlite);
    auto shop = sqlite
        ? rd::test::createSqliteShop(m_dir.path(), MiniShopGeneration::V3_0, u"shop7_"_s, {})
        : rd::test::createMariaDbShop(m_server, u"errmissing"_s, MiniShopGeneration::V3_0, u"shop7_"_s, {});
    QVERIFY(shop.ok());
    const QString drop = u"DROP TABLE shop7_ms2_order_logs"_s;
    if (sqlite) {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"missing"_s);
        raw.setDatabaseName(shop->settings.path);
        QVERIFY(raw.open());
        QVERIFY(rd::test::execSql(raw, drop).ok());
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"missing"_s);
    } else {
        QVERIFY(m_server.exec(drop, u"errmissing"_s).ok());
    }
    auto info = rd::ShopDatabase(shop->settings, shop->password).detect();
    QVERIFY(!info.ok());
    QCOMPARE(info.error().code, ErrorCode::Schema);
    QVERIFY2(info.error().message.contains(u"no table shop7_ms2_order_logs"_s), qPrintable(info.error().message));
}

void TestShopDatabase::unknownGeneration()
{
    // Neither ms2_orders.address nor ms2_order_addresses.order_id: detected, warned, read without addresses.
    auto shop = rd::test::createSqliteShop(m_dir.path(), MiniShopGeneration::V3_0, u"modx_"_s, {}, u"odd.sqlite"_s);
    QVERIFY(shop.ok());
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"odd"_s);
        raw.setDatabaseName(shop->settings.path);
        QVERIFY(raw.open());
        QVERIFY(rd::test::execSql(raw, u"ALTER TABLE modx_ms2_orders DROP COLUMN address"_s).ok());
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"odd"_s);
    rd::ShopDatabase db(shop->settings);
    auto info = db.detect();
    QVERIFY(info.ok());
    QCOMPARE(info->generation, rd::ShopInfo::Generation::Unknown);
    QCOMPARE(info->generationName(), u"unknown"_s);
    QCOMPARE(info->warnings.size(), 1);
    QVERIFY(info->warnings[0].contains(u"without addresses"_s));
    auto orders = rd::ShopOrderReader::fetchByIds(db, { 1 });
    QVERIFY(orders.ok());
    QCOMPARE(orders->size(), 1);
    QVERIFY(!orders->at(0).address.has_value());
    QCOMPARE(orders->at(0).items.size(), 2);
}

void TestShopDatabase::openInOneGo()
{
    auto db = rd::ShopDatabase::open(m_shop.settings, m_shop.password);
    QVERIFY(db.ok());
    QCOMPARE((*db)->info().generation, rd::ShopInfo::Generation::V4_4_1);
    auto bad = rd::ShopDatabase::open(m_shop.settings, u"wrong"_s);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, ErrorCode::Database);
}

QTEST_GUILESS_MAIN(TestShopDatabase)
#include "TestShopDatabase.moc"
