// The bad-input catalogue (issue #7), end to end through retaildesk-cli against the real sandbox CRM, a
// real MariaDB server and SQLite shops. Every case ends in a clear error (exit code + a message that says
// what is wrong and what to do) or in a stated outcome per row, never a crash, a hang or a silently
// dropped row.
//
//   configuration — CRM URLs, keys, site codes, prefixes (injection attempts included), DB credentials,
//                   missing databases, tables and columns: `check` (and `upload` where it matters);
//   shop rows     — non-UTF-8 bytes, 10 MB texts, negative quantities and prices, NULL in every column the
//                   readers touch: a real upload, then every shop row must be in the journal as sent, or
//                   skipped/failed with a reason, and the summary must add up to the rows in the shop.
#include "CliRunner.h"
#include "MariaDbServer.h"
#include "demo/DemoShopGenerator.h"
#include "demo/SandboxProcess.h"
#include "sync/StateStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::test::CliRun;
using rd::test::runCli;

namespace {

using Settings = QMap<QString, QString>;

struct Mutation
{
    QString table; // without prefix
    QString column;
    QString sql; // the UPDATE's SET expression
    rd::EntityKind kind = rd::EntityKind::Order; // the journal row it must end up in
    int id = 0; // that row's shop id
};

} // namespace

class TestBadInput final : public QObject
{
    Q_OBJECT

    QString writeProfile(const QString &name, const Settings &overrides)
    {
        const QString path = m_dir.filePath(name + u".conf"_s);
        QFile::remove(path);
        QSettings s(path, QSettings::IniFormat);
        Settings values { { u"crm/url"_s, m_url.toString() },    { u"crm/site"_s, u"demo-shop"_s },
                          { u"crm/rate_limit"_s, u"20"_s },      { u"shop/driver"_s, u"sqlite"_s },
                          { u"shop/path"_s, m_baseShop },        { u"shop/prefix"_s, u"modx_"_s },
                          { u"sync/statuses"_s, u"1,2,3,4,5"_s } };
        for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
            if (it.value() == u"<remove>"_s)
                values.remove(it.key());
            else
                values[it.key()] = it.value();
        }
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            s.setValue(it.key(), it.value());
        s.sync();
        return path;
    }

    QProcessEnvironment secrets(const QString &key, const QString &password = {}) const
    {
        QProcessEnvironment e;
        e.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
        e.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"home/data"_s));
        e.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"home/config"_s));
        if (key != u"<none>"_s)
            e.insert(u"RETAILDESK_API_KEY"_s, key);
        if (!password.isEmpty())
            e.insert(u"RETAILDESK_DB_PASSWORD"_s, password);
        return e;
    }

    static QString describe(const CliRun &r)
    {
        return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(r.exitCode)
            .arg(QString::fromUtf8(r.out.left(2000)), QString::fromUtf8(r.err.left(2000)));
    }

    static QStringList columnsOf(QSqlDatabase &db, const QString &table)
    {
        QStringList out;
        const QSqlRecord record = db.record(table);
        for (int i = 0; i < record.count(); ++i)
            out << record.fieldName(i);
        return out;
    }

    // SQLite cannot drop NOT NULL: rebuild the table without constraints (CREATE TABLE AS keeps names and data).
    static bool dropConstraints(QSqlDatabase &db, const QString &table)
    {
        QSqlQuery q(db);
        return q.exec(u"CREATE TABLE \"%1_loose\" AS SELECT * FROM \"%1\""_s.arg(table))
            && q.exec(u"DROP TABLE \"%1\""_s.arg(table))
            && q.exec(u"ALTER TABLE \"%1_loose\" RENAME TO \"%1\""_s.arg(table));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        rd::SandboxOptions sandbox;
        sandbox.apiKey = m_key;
        auto url = m_sandbox.start(sandbox);
        QVERIFY2(url, url ? "" : qPrintable(url.error().toString()));
        m_url = *url;

        m_baseShop = m_dir.filePath(u"base.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bad-input-base"_s);
            db.setDatabaseName(m_baseShop);
            QVERIFY(db.open());
            rd::DemoShopOptions options;
            options.products = 40;
            options.customers = 200;
            options.orders = 150;
            QVERIFY(rd::generateDemoShop(db, options));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"bad-input-base"_s);

        auto started = m_server.start();
        QVERIFY2(started, started ? "" : qPrintable(started.error().toString()));
        QVERIFY(m_server.createDatabase(u"shop"_s));
        {
            auto db = m_server.openConnection(u"shop"_s);
            QVERIFY(db);
            rd::DemoShopOptions options;
            options.products = 5;
            options.customers = 5;
            options.orders = 5;
            options.prefix = u"shop7_"_s;
            const rd::Status made = rd::generateDemoShop(*db, options);
            rd::test::MariaDbServer::closeConnection(*db);
            QVERIFY(made);
        }
        QVERIFY(m_server.createUser(u"nobody"_s, u"nobody-pass"_s));
    }

    // Exit codes: 2 for what the profile itself gets wrong (values, a file or a prefix that is not there),
    // 3 for what the other side refuses or cannot answer, and for a secret that is nowhere to be found.
    void configuration_data()
    {
        QTest::addColumn<Settings>("settings");
        QTest::addColumn<QString>("key"); // "<none>": no key anywhere
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("mentions"); // each must appear in the output (case-insensitive)

        const QString sandbox = m_url.toString();
        const QString ok = m_key;
        const Settings mysql { { u"shop/driver"_s, u"mysql"_s },
                               { u"shop/host"_s, m_server.host() },
                               { u"shop/port"_s, QString::number(m_server.port()) },
                               { u"shop/database"_s, u"shop"_s },
                               { u"shop/user"_s, m_server.user() },
                               { u"shop/prefix"_s, u"shop7_"_s },
                               { u"shop/path"_s, u"<remove>"_s } };
        const auto withMysql = [&mysql](Settings more) {
            Settings s = mysql;
            for (auto it = more.cbegin(); it != more.cend(); ++it)
                s[it.key()] = it.value();
            return s;
        };

        // CRM URLs.
        QTest::newRow("url: baseline") << Settings {} << ok << QString() << 0 << QStringList {};
        // Without a scheme the address is taken as https:// (and here does not resolve).
        QTest::newRow("url: no scheme") << Settings { { u"crm/url"_s, u"shop.retailcrm.ru"_s } } << ok << QString() << 3
                                        << QStringList { u"shop.retailcrm.ru"_s, u"resolve"_s };
        QTest::newRow("url: http to a public host") << Settings { { u"crm/url"_s, u"http://shop.retailcrm.ru"_s } }
                                                    << ok << QString() << 2 << QStringList { u"crm/url"_s, u"https"_s };
        QTest::newRow("url: trailing slashes")
            << Settings { { u"crm/url"_s, sandbox + u"///"_s } } << ok << QString() << 0 << QStringList {};
        QTest::newRow("url: /api/v5 already appended")
            << Settings { { u"crm/url"_s, sandbox + u"/api/v5/"_s } } << ok << QString() << 0 << QStringList {};
        QTest::newRow("url: not a URL") << Settings { { u"crm/url"_s, u"https://"_s } } << ok << QString() << 2
                                        << QStringList { u"crm/url"_s };
        QTest::newRow("url: ftp") << Settings { { u"crm/url"_s, u"ftp://shop.retailcrm.ru"_s } } << ok << QString() << 2
                                  << QStringList { u"crm/url"_s };
        QTest::newRow("url: missing") << Settings { { u"crm/url"_s, u"<remove>"_s } } << ok << QString() << 2
                                      << QStringList { u"crm/url"_s };
        QTest::newRow("url: nobody listens")
            << Settings { { u"crm/url"_s, u"http://127.0.0.1:9"_s } } << ok << QString() << 3 << QStringList {};
        // Keys.
        QTest::newRow("key: none") << Settings {} << u"<none>"_s << QString() << 3
                                   << QStringList { u"secret set crm-api-key"_s, u"RETAILDESK_API_KEY"_s };
        QTest::newRow("key: empty") << Settings {} << QString() << QString() << 3
                                    << QStringList { u"RETAILDESK_API_KEY"_s };
        QTest::newRow("key: wrong") << Settings {} << u"wrong-key"_s << QString() << 3 << QStringList { u"key"_s };
        QTest::newRow("key: with spaces") << Settings {} << u"  "_s + ok + u"  "_s << QString() << 0 << QStringList {};
        QTest::newRow("key: spaces inside")
            << Settings {} << u"abc def"_s << QString() << 3 << QStringList { u"key"_s };
        // Site codes.
        QTest::newRow("site: unknown") << Settings { { u"crm/site"_s, u"no-such-site"_s } } << ok << QString() << 3
                                       << QStringList { u"no-such-site"_s };
        QTest::newRow("site: with spaces")
            << Settings { { u"crm/site"_s, u"demo shop"_s } } << ok << QString() << 2 << QStringList { u"crm/site"_s };
        QTest::newRow("site: missing") << Settings { { u"crm/site"_s, u"<remove>"_s } } << ok << QString() << 2
                                       << QStringList { u"crm/site"_s };
        // Prefixes (SQL injection attempts included).
        for (const QString &prefix : { u"modx_; DROP TABLE modx_users; --"_s, u"x' OR '1'='1"_s, u"modx_\""_s, u"a b"_s,
                                       u"модх_"_s, QString(33, u'a'), u"../modx_"_s }) {
            QTest::addRow("prefix: %s", qPrintable(prefix.left(20)))
                << Settings { { u"shop/prefix"_s, prefix } } << ok << QString() << 2
                << QStringList { u"shop/prefix"_s };
        }
        QTest::newRow("prefix: valid but wrong") << Settings { { u"shop/prefix"_s, u"wp_"_s } } << ok << QString() << 2
                                                 << QStringList { u"wp_ms2_orders"_s, u"modx_"_s };
        // Shop databases.
        QTest::newRow("sqlite: no such file")
            << Settings { { u"shop/path"_s, m_dir.filePath(u"missing.sqlite"_s) } } << ok << QString() << 2
            << QStringList { u"missing.sqlite"_s, u"does not exist"_s };
        QTest::newRow("mysql: baseline") << mysql << ok << m_server.password() << 0 << QStringList {};
        QTest::newRow("mysql: wrong password")
            << mysql << ok << u"wrong-password"_s << 3 << QStringList { m_server.user() };
        QTest::newRow("mysql: no password") << mysql << ok << QString() << 3 << QStringList { u"shop-db-password"_s };
        QTest::newRow("mysql: unknown database") << withMysql({ { u"shop/database"_s, u"nosuchdb"_s } }) << ok
                                                 << m_server.password() << 3 << QStringList { u"nosuchdb"_s };
        QTest::newRow("mysql: no privileges") << withMysql({ { u"shop/user"_s, u"nobody"_s } }) << ok
                                              << u"nobody-pass"_s << 3 << QStringList { u"nobody"_s };
        QTest::newRow("mysql: wrong port")
            << withMysql({ { u"shop/port"_s, u"1"_s } }) << ok << m_server.password() << 3 << QStringList {};
        QTest::newRow("mysql: port out of range") << withMysql({ { u"shop/port"_s, u"70000"_s } }) << ok
                                                  << m_server.password() << 2 << QStringList { u"shop/port"_s };
        QTest::newRow("mysql: prefix of another shop") << withMysql({ { u"shop/prefix"_s, u"modx_"_s } }) << ok
                                                       << m_server.password() << 2 << QStringList { u"shop7_"_s };
        QTest::newRow("driver: unknown") << Settings { { u"shop/driver"_s, u"postgres"_s } } << ok << QString() << 2
                                         << QStringList { u"shop/driver"_s };
    }

    void configuration()
    {
        QFETCH(Settings, settings);
        QFETCH(QString, key);
        QFETCH(QString, password);
        QFETCH(int, exitCode);
        QFETCH(QStringList, mentions);
        const QString profile = writeProfile(u"config"_s, settings);
        const CliRun r = runCli({ u"--config"_s, profile, u"check"_s }, {}, secrets(key, password), 60000);
        QVERIFY2(r.exitCode >= 0, qPrintable(u"crashed or hung\n"_s + describe(r)));
        QVERIFY2(r.exitCode == exitCode, qPrintable(describe(r)));
        const QString all = QString::fromUtf8(r.out + r.err);
        for (const QString &m : mentions)
            QVERIFY2(all.contains(m, Qt::CaseInsensitive),
                     qPrintable(u"no \u201c"_s + m + u"\u201d in\n"_s + describe(r)));
        if (exitCode != 0)
            QVERIFY2(!r.err.trimmed().isEmpty() || !r.out.trimmed().isEmpty(), qPrintable(describe(r)));
        // The same profile with --json is one JSON document, whatever went wrong.
        const CliRun j = runCli({ u"--config"_s, profile, u"--json"_s, u"check"_s }, {}, secrets(key, password), 60000);
        QCOMPARE(j.exitCode, r.exitCode);
        QJsonParseError e;
        QJsonDocument::fromJson(j.out, &e);
        QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(describe(j)));
    }

    void shopRows()
    {
        // A copy of the demo shop, made hostile row by row.
        const QString shop = m_dir.filePath(u"hostile.sqlite"_s);
        QVERIFY(QFile::copy(m_baseShop, shop));
        QList<Mutation> mutations;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bad-input-hostile"_s);
            db.setDatabaseName(shop);
            QVERIFY(db.open());
            QSqlQuery q(db);
            // Orders with a customer and two items at least, and customers that are not staff.
            QList<int> orders;
            QVERIFY(q.exec(
                u"SELECT o.id FROM modx_ms2_orders o WHERE o.status NOT IN (0, 999) AND "
                u"(SELECT COUNT(*) FROM modx_ms2_order_products p WHERE p.order_id = o.id) >= 1 ORDER BY o.id"_s));
            while (q.next())
                orders << q.value(0).toInt();
            QList<int> customers;
            // Customers without orders: a customer's failure must not hide what an order's own mutation does.
            QVERIFY(
                q.exec(u"SELECT id FROM modx_users WHERE sudo = 0 AND id NOT IN (SELECT user_id FROM modx_ms2_orders) "
                       u"ORDER BY id"_s));
            while (q.next())
                customers << q.value(0).toInt();

            const QStringList orderTables { u"modx_ms2_orders"_s, u"modx_ms2_order_products"_s,
                                            u"modx_ms2_order_addresses"_s };
            const QStringList customerTables { u"modx_users"_s, u"modx_user_attributes"_s };
            for (const QString &t : orderTables + customerTables)
                QVERIFY2(dropConstraints(db, t), qPrintable(t + u": "_s + q.lastError().text()));

            qsizetype nextOrder = 0;
            qsizetype nextCustomer = 0;
            const auto orderMutation = [&](const QString &table, const QString &column, const QString &set) {
                QVERIFY2(nextOrder < orders.size(), "not enough orders for the catalogue");
                mutations.append({ table, column, set, rd::EntityKind::Order, orders.at(nextOrder++) });
            };
            const auto customerMutation = [&](const QString &table, const QString &column, const QString &set) {
                QVERIFY2(nextCustomer < customers.size(), "not enough customers for the catalogue");
                mutations.append({ table, column, set, rd::EntityKind::Customer, customers.at(nextCustomer++) });
            };
            const QSet<QString> keys { u"id"_s, u"order_id"_s, u"internalKey"_s };
            // NULL in every column.
            for (const QString &t : orderTables)
                for (const QString &c : columnsOf(db, t))
                    if (!keys.contains(c))
                        orderMutation(t, c, u"NULL"_s);
            for (const QString &t : customerTables)
                for (const QString &c : columnsOf(db, t))
                    if (!keys.contains(c))
                        customerMutation(t, c, u"NULL"_s);
            // Bytes that are not UTF-8, 10 MB texts, negative quantities and prices.
            orderMutation(u"modx_ms2_orders"_s, u"order_comment"_s, u"CAST(X'D09FC328FFFE80' AS TEXT)"_s);
            orderMutation(u"modx_ms2_order_addresses"_s, u"city"_s, u"CAST(X'C0AFE080BF' AS TEXT)"_s);
            orderMutation(u"modx_ms2_order_products"_s, u"name"_s, u"CAST(X'EDA080' AS TEXT)"_s);
            customerMutation(u"modx_user_attributes"_s, u"fullname"_s, u"CAST(X'D09FFFD180' AS TEXT)"_s);
            orderMutation(u"modx_ms2_orders"_s, u"order_comment"_s, u"printf('%.*c', 10485760, 'x')"_s);
            customerMutation(u"modx_user_attributes"_s, u"fullname"_s, u"printf('%.*c', 10485760, 'y')"_s);
            orderMutation(u"modx_ms2_order_products"_s, u"count"_s, u"-2"_s);
            orderMutation(u"modx_ms2_order_products"_s, u"price"_s, u"-100.50"_s);
            orderMutation(u"modx_ms2_orders"_s, u"cost"_s, u"-1"_s);
            orderMutation(u"modx_ms2_orders"_s, u"delivery_cost"_s, u"-300"_s);
            orderMutation(u"modx_ms2_order_products"_s, u"count"_s, u"0"_s);
            orderMutation(u"modx_ms2_order_products"_s, u"weight"_s, u"-5"_s);
            orderMutation(u"modx_ms2_orders"_s, u"createdon"_s, u"'not a date'"_s);
            orderMutation(u"modx_ms2_orders"_s, u"status"_s, u"12345"_s);
            orderMutation(u"modx_ms2_order_products"_s, u"options"_s, u"'{not json'"_s);
            orderMutation(u"modx_ms2_orders"_s, u"delivery"_s, u"-7"_s);
            customerMutation(u"modx_user_attributes"_s, u"phone"_s, u"'☎☎☎'"_s);
            customerMutation(u"modx_user_attributes"_s, u"email"_s, u"'not an email'"_s);

            for (const Mutation &m : std::as_const(mutations)) {
                const bool byOrder = m.kind == rd::EntityKind::Order;
                QString where;
                if (m.table == u"modx_ms2_orders"_s || m.table == u"modx_users"_s)
                    where = u"id = %1"_s.arg(m.id);
                else if (m.table == u"modx_user_attributes"_s)
                    where = u"internalKey = %1"_s.arg(m.id);
                else if (m.table == u"modx_ms2_order_products"_s)
                    where = u"id = (SELECT MIN(id) FROM modx_ms2_order_products WHERE order_id = %1)"_s.arg(m.id);
                else
                    where = byOrder ? u"order_id = %1"_s.arg(m.id) : QString();
                QVERIFY(!where.isEmpty());
                const QString sql = u"UPDATE \"%1\" SET \"%2\" = %3 WHERE %4"_s.arg(m.table, m.column, m.sql, where);
                QVERIFY2(q.exec(sql), qPrintable(sql + u": "_s + q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"bad-input-hostile"_s);
        qInfo("%lld hostile rows", static_cast<long long>(mutations.size()));

        // Upload everything for real.
        const QString profile = writeProfile(u"hostile"_s, { { u"shop/path"_s, shop } });
        const QString state = m_dir.filePath(u"hostile-state.sqlite"_s);
        QJsonObject summaries[2];
        int i = 0;
        for (const QString &what : { u"customers"_s, u"orders"_s }) {
            const CliRun r = runCli({ u"--config"_s, profile, u"--json"_s, u"upload"_s, what, u"--state"_s, state }, {},
                                    secrets(m_key), 300000);
            QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(describe(r)));
            QJsonParseError e;
            const QJsonObject doc = QJsonDocument::fromJson(r.out, &e).object();
            QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(describe(r)));
            const QJsonObject s
                = doc.value(u"summary"_s).toObject().isEmpty() ? doc : doc.value(u"summary"_s).toObject();
            const qint64 read = s.value(u"read"_s).toInteger();
            QVERIFY2(read > 0, qPrintable(describe(r)));
            QCOMPARE(s.value(u"sent"_s).toInteger() + s.value(u"skipped"_s).toInteger()
                         + s.value(u"failed"_s).toInteger(),
                     read);
            summaries[i++] = s;
        }

        // Every hostile row: in the journal, with a reason unless sent.
        auto store = rd::StateStore::open(state);
        QVERIFY(store);
        int sent = 0, skipped = 0, failed = 0;
        for (const Mutation &m : std::as_const(mutations)) {
            auto record = (*store)->find(m.kind, m.id);
            QVERIFY(record);
            const QString what
                = u"%1 %2 (%3.%4 = %5)"_s.arg(m.kind == rd::EntityKind::Order ? u"order"_s : u"customer"_s)
                      .arg(m.id)
                      .arg(m.table, m.column, m.sql.left(40));
            QVERIFY2(record->has_value(), qPrintable(what + u": not in the journal (silently dropped)"_s));
            const rd::JournalRecord &j = **record;
            if (j.state == rd::JournalState::Sent) {
                ++sent;
            } else {
                QVERIFY2(!j.reason.trimmed().isEmpty(), qPrintable(what + u": no reason"_s));
                (j.state == rd::JournalState::Skipped ? skipped : failed) += 1;
                qInfo("%s: %s — %s", qPrintable(what), qPrintable(rd::journalStateName(j.state)),
                      qPrintable(j.reason.left(200)));
            }
        }
        qInfo("hostile rows: %d sent, %d skipped with a reason, %d failed with a reason", sent, skipped, failed);
        // Every customer and order row of the shop is accounted for.
        auto customers = (*store)->count(rd::EntityKind::Customer);
        auto orders = (*store)->count(rd::EntityKind::Order);
        QVERIFY(customers && orders);
        QCOMPARE(*orders, summaries[1].value(u"read"_s).toInteger());
        (*store)->closeConnection();
    }

private:
    QTemporaryDir m_dir;
    rd::SandboxProcess m_sandbox;
    rd::test::MariaDbServer m_server;
    QUrl m_url;
    QString m_baseShop;
    const QString m_key = u"bad-input-key-5e1d"_s;
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "TestBadInput.moc"
