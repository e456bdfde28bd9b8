#include "ShopDatabase.h"

#include "ShopSql.h"
#include "SqliteTuning.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

QAtomicInteger<quint64> g_instanceCounter;

// Tables every miniShop2 shop has and RetailDesk reads; a missing one is a Schema error.
const QStringList &requiredTables()
{
    static const QStringList tables { u"ms2_orders"_s,         u"ms2_order_products"_s, u"ms2_order_addresses"_s,
                                      u"ms2_order_statuses"_s, u"ms2_order_logs"_s,     u"ms2_deliveries"_s,
                                      u"ms2_payments"_s,       u"ms2_products"_s,       u"users"_s,
                                      u"user_attributes"_s,    u"site_content"_s };
    return tables;
}

// Tables whose columns detect() reads (required ones plus optional companions).
const QStringList &describedTables()
{
    static const QStringList tables = requiredTables()
        + QStringList { u"ms2_delivery_payments"_s,
                        u"ms2_vendors"_s,
                        u"ms2_product_options"_s,
                        u"ms2_product_categories"_s,
                        u"msop_modifications"_s,
                        u"msop_modification_options"_s,
                        u"mspc_orders"_s };
    return tables;
}

const QStringList &countedTables()
{
    static const QStringList tables { u"users"_s,        u"ms2_orders"_s,   u"ms2_order_products"_s,
                                      u"site_content"_s, u"ms2_products"_s, u"ms2_order_logs"_s };
    return tables;
}

const QString kSecretHint = u"Check shop/user and the password (RETAILDESK_DB_PASSWORD or "
                            "`retaildesk-cli secret set shop-db-password`)."_s;

QString grantHint(const ShopSettings &s)
{
    return u"Grant the user read and write access, e.g. as root: GRANT SELECT, INSERT, UPDATE, ALTER ON `%1`.* "
           "TO '%2'@'%'; (ALTER is only needed to add the CRM code columns)."_s.arg(s.database, s.user);
}

} // namespace

struct ShopDatabase::State
{
    QMutex mutex;
    quint64 serial = 0;
    QSet<QString> names; // open connection names (all threads)
    QSet<QString> watched; // names whose thread's finished() removes them
    std::optional<ShopInfo> info;
};

ShopDatabase::ShopDatabase(const ShopSettings &settings, const QString &password)
    : m_settings(settings)
    , m_password(password)
    , m_state(std::make_shared<State>())
{
    m_state->serial = g_instanceCounter.fetchAndAddRelaxed(1) + 1;
}

ShopDatabase::~ShopDatabase()
{
    QSet<QString> names;
    {
        QMutexLocker lock(&m_state->mutex);
        names = m_state->names;
        m_state->names.clear();
    }
    for (const QString &name : std::as_const(names))
        QSqlDatabase::removeDatabase(name);
}

Result<std::shared_ptr<ShopDatabase>> ShopDatabase::open(const ShopSettings &settings, const QString &password)
{
    auto db = std::make_shared<ShopDatabase>(settings, password);
    if (Status st = db->validate(); !st)
        return st.error();
    if (Result<ShopInfo> info = db->detect(); !info)
        return info.error();
    return db;
}

Status ShopDatabase::validatePrefix(const QString &prefix, const QString &key)
{
    return Profile::validatePrefix(prefix, key);
}

Status ShopDatabase::validate() const
{
    if (Status st = validatePrefix(m_settings.prefix); !st)
        return st;
    if (isSqlite()) {
        if (m_settings.path.trimmed().isEmpty())
            return Error(ErrorCode::Config, u"shop/path is empty: the SQLite driver needs the database file"_s,
                         u"Set shop/path to the shop's .sqlite file, or use driver=mysql."_s);
        return {};
    }
    if (m_settings.database.trimmed().isEmpty())
        return Error(ErrorCode::Config, u"shop/database is empty"_s, u"Set shop/database to the MODX database name."_s);
    if (m_settings.user.trimmed().isEmpty())
        return Error(ErrorCode::Config, u"shop/user is empty"_s, u"Set shop/user to the MODX database user."_s);
    if (m_settings.socket.isEmpty() && (m_settings.port < 1 || m_settings.port > 65535))
        return Error(ErrorCode::Config, u"shop/port %1 is out of range 1–65535"_s.arg(m_settings.port),
                     u"MariaDB and MySQL listen on 3306 by default."_s);
    if (m_settings.socket.isEmpty() && m_settings.host.trimmed().isEmpty())
        return Error(ErrorCode::Config, u"shop/host is empty"_s, u"Set shop/host (e.g. 127.0.0.1) or shop/socket."_s);
    return {};
}

QString ShopDatabase::describe() const
{
    if (isSqlite())
        return u"SQLite "_s + m_settings.path;
    const QString where = m_settings.socket.isEmpty()
        ? QString(m_settings.host + u':' + QString::number(m_settings.port))
        : m_settings.socket;
    return u"MariaDB %1@%2/%3"_s.arg(m_settings.user, where, m_settings.database);
}

QString ShopDatabase::connectionName() const
{
    return u"retaildesk-shop-%1-%2"_s.arg(m_state->serial)
        .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()), 0, 16);
}

QString ShopDatabase::table(const QString &name) const
{
    // The prefix is validated before any connection opens; quoting keeps odd names harmless anyway.
    QString full = m_settings.prefix + name;
    full.remove(u'`');
    return u'`' + full + u'`';
}

QString ShopDatabase::castText(const QString &expr) const
{
    return isSqlite() ? u"CAST("_s + expr + u" AS TEXT)"_s : u"CAST("_s + expr + u" AS CHAR)"_s;
}

Result<QSqlDatabase> ShopDatabase::connection()
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    }
    return openConnection(name);
}

void ShopDatabase::closeConnection()
{
    const QString name = connectionName();
    {
        QMutexLocker lock(&m_state->mutex);
        if (!m_state->names.remove(name))
            return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Result<QSqlDatabase> ShopDatabase::openConnection(const QString &name)
{
    if (Status st = validate(); !st)
        return st.error();

    if (isSqlite()) {
        const QFileInfo fi(m_settings.path);
        if (!fi.exists())
            return Error(ErrorCode::Config, u"the SQLite shop database %1 does not exist"_s.arg(m_settings.path),
                         u"Check shop/path in the profile (or create a demo shop with `retaildesk-cli demo-shop`)."_s);
        if (!fi.isFile())
            return Error(ErrorCode::Config, u"shop/path %1 is not a file"_s.arg(m_settings.path),
                         u"Point shop/path at the shop's SQLite database file."_s);
    }

    Error failure;
    bool ok = false;
    if (isSqlite())
        tuneSqliteOnce();
    {
        QSqlDatabase db = QSqlDatabase::contains(name)
            ? QSqlDatabase::database(name, false)
            : QSqlDatabase::addDatabase(isSqlite() ? u"QSQLITE"_s : u"QMYSQL"_s, name);
        if (!db.isValid()) {
            failure = Error(ErrorCode::Database,
                            u"the Qt %1 driver is not available"_s.arg(isSqlite() ? u"SQLite"_s : u"MySQL"_s),
                            u"Install the Qt SQL driver package (libqt6sql6-mysql or libqt6sql6-sqlite)."_s);
        } else if (isSqlite()) {
            db.setDatabaseName(m_settings.path);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
            if (!db.open()) {
                failure = Error(
                    ErrorCode::Database,
                    u"could not open the SQLite shop database %1: %2"_s.arg(m_settings.path, db.lastError().text()),
                    u"Check shop/path and the file's permissions."_s);
            } else {
                QSqlQuery probe(db);
                if (!probe.exec(u"SELECT count(*) FROM sqlite_master"_s)) {
                    failure = Error(
                        ErrorCode::Database,
                        u"%1 is not an SQLite database (%2)"_s.arg(m_settings.path, probe.lastError().databaseText()),
                        u"Check shop/path: it must point to the shop's SQLite database file."_s);
                    probe = QSqlQuery();
                    db.close();
                } else {
                    ok = true;
                }
            }
        } else {
            db.setHostName(m_settings.socket.isEmpty() ? m_settings.host : u"localhost"_s);
            db.setPort(m_settings.port);
            db.setDatabaseName(m_settings.database);
            db.setUserName(m_settings.user);
            db.setPassword(m_password);
            QString options = u"MYSQL_OPT_CONNECT_TIMEOUT=10;MYSQL_OPT_READ_TIMEOUT=600;MYSQL_OPT_WRITE_TIMEOUT=600"_s;
            if (!m_settings.socket.isEmpty())
                options += u";UNIX_SOCKET="_s + m_settings.socket;
            db.setConnectOptions(options);
            if (db.open())
                ok = true;
            else
                failure = connectError(db.lastError());
        }
    }
    if (!ok) {
        QSqlDatabase::removeDatabase(name);
        return failure;
    }

    bool watch = false;
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->names.insert(name);
        if (!m_state->watched.contains(name)) {
            m_state->watched.insert(name);
            watch = true;
        }
    }
    QThread *thread = QThread::currentThread();
    if (watch && thread) {
        // QThread::finished is emitted from the finishing thread itself: remove the connection there.
        std::weak_ptr<State> weak = m_state;
        QObject::connect(
            thread, &QThread::finished, thread,
            [weak, name] {
                const std::shared_ptr<State> state = weak.lock();
                if (!state)
                    return;
                {
                    QMutexLocker lock(&state->mutex);
                    if (!state->names.remove(name))
                        return;
                }
                {
                    QSqlDatabase db = QSqlDatabase::database(name, false);
                    db.close();
                }
                QSqlDatabase::removeDatabase(name);
            },
            Qt::DirectConnection);
    }
    return QSqlDatabase::database(name, false);
}

QStringList ShopDatabase::visibleDatabases() const
{
    // A second connection without a database: what SHOW DATABASES lists for this user.
    const QString probeName = connectionName() + u"-probe"_s;
    QStringList names;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(u"QMYSQL"_s, probeName);
        probe.setHostName(m_settings.socket.isEmpty() ? m_settings.host : u"localhost"_s);
        probe.setPort(m_settings.port);
        probe.setUserName(m_settings.user);
        probe.setPassword(m_password);
        QString options = u"MYSQL_OPT_CONNECT_TIMEOUT=5"_s;
        if (!m_settings.socket.isEmpty())
            options += u";UNIX_SOCKET="_s + m_settings.socket;
        probe.setConnectOptions(options);
        if (probe.open()) {
            QSqlQuery q(probe);
            if (q.exec(u"SHOW DATABASES"_s)) {
                while (q.next()) {
                    const QString n = q.value(0).toString();
                    if (n != u"information_schema"_s && n != u"performance_schema"_s && n != u"mysql"_s
                        && n != u"sys"_s)
                        names << n;
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(probeName);
    return names;
}

Error ShopDatabase::connectError(const QSqlError &error) const
{
    const int code = error.nativeErrorCode().toInt();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString where = m_settings.socket.isEmpty()
        ? QString(m_settings.host + u':' + QString::number(m_settings.port))
        : u"socket "_s + m_settings.socket;
    switch (code) {
    case 1045:
        return Error(
            ErrorCode::Database,
            u"MariaDB refused user '%1' at %2: access denied (wrong user or password)"_s.arg(m_settings.user, where),
            kSecretHint);
    case 1049: {
        Error e(ErrorCode::Database, u"MariaDB at %1 has no database '%2'"_s.arg(where, m_settings.database),
                u"Check shop/database in the profile."_s);
        const QStringList names = visibleDatabases();
        if (!names.isEmpty())
            e.hint = u"Check shop/database in the profile; user '%1' can see: %2."_s.arg(m_settings.user,
                                                                                         names.join(u", "_s));
        return e;
    }
    case 1044: {
        // MariaDB answers 1044 for a database that does not exist too (unless the user may see all).
        const QStringList names = visibleDatabases();
        if (!names.contains(m_settings.database)) {
            Error e(ErrorCode::Database,
                    u"MariaDB user '%1' cannot use database '%2': it does not exist, or the user has no privileges "
                    "on it"_s.arg(m_settings.user, m_settings.database),
                    u"Check shop/database in the profile, or grant the user access."_s);
            if (!names.isEmpty())
                e.hint = u"Check shop/database in the profile (user '%1' can see: %2), or grant the user access to "
                         "'%3'."_s.arg(m_settings.user, names.join(u", "_s), m_settings.database);
            return e;
        }
        return Error(
            ErrorCode::Database,
            u"MariaDB user '%1' has no privileges on database '%2'"_s.arg(m_settings.user, m_settings.database),
            grantHint(m_settings));
    }
    case 1130:
        return Error(
            ErrorCode::Database,
            u"MariaDB at %1 does not let user '%2' connect from this host"_s.arg(where, m_settings.user),
            u"Create the user for this host (e.g. '%1'@'%'), or connect through shop/socket."_s.arg(m_settings.user));
    case 2002:
    case 2003:
    case 2005:
    case 2006:
    case 2013:
        return Error(ErrorCode::Database, u"cannot reach MariaDB at %1: %2"_s.arg(where, text),
                     u"Check that the database server runs and that shop/host and shop/port (or shop/socket) "
                     "are right."_s);
    default:
        break;
    }
    return Error(ErrorCode::Database, u"could not connect to MariaDB at %1: %2"_s.arg(where, text),
                 u"Check the [shop] settings of the profile and the database password."_s);
}

Error ShopDatabase::sqlError(const QSqlError &error, const QString &what) const
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (isSqlite()) {
        if (text.contains(u"no such table"_s) || text.contains(u"no such column"_s))
            return Error(ErrorCode::Schema, u"%1 failed: %2"_s.arg(what, text),
                         u"The shop database lacks a table or column RetailDesk needs; run `retaildesk-cli check`."_s);
        if (text.contains(u"locked"_s) || text.contains(u"busy"_s))
            return Error(ErrorCode::Database, u"%1 failed: the SQLite database is busy (%2)"_s.arg(what, text),
                         u"Another program holds a lock on the file; try again when it is done."_s);
        if (text.contains(u"readonly"_s) || text.contains(u"read-only"_s))
            return Error(ErrorCode::Database, u"%1 failed: the SQLite database is read-only (%2)"_s.arg(what, text),
                         u"Make the file (and its directory) writable for this user."_s);
        return Error(ErrorCode::Database, u"%1 failed: %2"_s.arg(what, text));
    }
    const int code = error.nativeErrorCode().toInt();
    switch (code) {
    case 1044:
    case 1142:
    case 1143:
        return Error(ErrorCode::Database,
                     u"%1 failed: MariaDB user '%2' lacks the privilege (%3)"_s.arg(what, m_settings.user, text),
                     grantHint(m_settings));
    case 1146:
    case 1054:
        return Error(ErrorCode::Schema, u"%1 failed: %2"_s.arg(what, text),
                     u"The shop database lacks a table or column RetailDesk needs; run `retaildesk-cli check`."_s);
    case 2006:
    case 2013:
        return Error(ErrorCode::Database, u"%1 failed: lost the connection to MariaDB (%2)"_s.arg(what, text),
                     u"Check that the database server runs, then try again."_s);
    case 1205:
    case 1213:
        return Error(ErrorCode::Database, u"%1 failed: %2"_s.arg(what, text),
                     u"Another session holds the rows; try again."_s);
    default:
        break;
    }
    return Error(ErrorCode::Database, u"%1 failed: %2"_s.arg(what, text));
}

ShopInfo ShopDatabase::info() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->info.value_or(ShopInfo());
}

Result<ShopInfo> ShopDatabase::ensureInfo()
{
    {
        QMutexLocker lock(&m_state->mutex);
        if (m_state->info)
            return *m_state->info;
    }
    return detect();
}

Result<ShopInfo> ShopDatabase::detect()
{
    Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    Result<ShopInfo> info = isSqlite() ? detectSqlite(*db) : detectMySql(*db);
    if (info) {
        QMutexLocker lock(&m_state->mutex);
        m_state->info = *info;
    }
    return info;
}

Error ShopDatabase::missingOrdersTableError(QSqlDatabase &db, const QSet<QString> &allTables) const
{
    const QString suffix = u"ms2_orders"_s;
    QStringList prefixes;
    for (const QString &t : allTables) {
        if (t.endsWith(suffix)) {
            const QString p = t.left(t.size() - suffix.size());
            prefixes << (p.isEmpty() ? u"(empty prefix)"_s : p);
        }
    }
    std::sort(prefixes.begin(), prefixes.end());
    Error e(ErrorCode::Schema,
            u"no table %1ms2_orders in %2 — is the prefix right?"_s.arg(m_settings.prefix, describe()));
    if (!prefixes.isEmpty()) {
        e.hint = u"These prefixes have miniShop2 tables: %1. Set shop/prefix to one of them."_s.arg(
            prefixes.join(u", "_s));
        return e;
    }
    QStringList elsewhere;
    if (!isSqlite()) {
        QSqlQuery q(db);
        if (q.exec(u"SELECT TABLE_SCHEMA, TABLE_NAME FROM information_schema.TABLES "
                   "WHERE TABLE_NAME LIKE '%ms2\\_orders' ORDER BY TABLE_SCHEMA, TABLE_NAME"_s)) {
            while (q.next()) {
                const QString name = q.value(1).toString();
                elsewhere << u"%1 (prefix %2)"_s.arg(q.value(0).toString(), name.left(name.size() - suffix.size()));
            }
        }
    }
    if (!elsewhere.isEmpty())
        e.hint = u"This database has no miniShop2 tables; these databases do: %1. Check shop/database and "
                 "shop/prefix."_s.arg(elsewhere.join(u", "_s));
    else
        e.hint = u"No miniShop2 tables (*ms2_orders) were found at all: check shop/database%1 and that miniShop2 "
                 "is installed."_s.arg(isSqlite() ? u" and shop/path"_s : QString());
    return e;
}

Result<ShopInfo> ShopDatabase::detectMySql(QSqlDatabase &db)
{
    ShopInfo info;
    info.driver = m_settings.driver;
    info.prefix = m_settings.prefix;
    info.database = m_settings.database;
    {
        Result<QSqlQuery> q = shopsql::run(*this, db, u"SELECT VERSION()"_s, {}, u"reading the server version"_s);
        if (!q)
            return q.error();
        if (q->next())
            info.serverVersion = q->value(0).toString();
    }
    QSet<QString> all;
    {
        Result<QSqlQuery> q = shopsql::run(
            *this, db,
            u"SELECT TABLE_NAME, TABLE_ROWS FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"_s, {},
            u"listing the shop's tables"_s);
        if (!q)
            return q.error();
        while (q->next()) {
            const QString name = q->value(0).toString();
            all.insert(name);
            if (name.startsWith(m_settings.prefix)) {
                const QString bare = name.mid(m_settings.prefix.size());
                info.tables.insert(bare);
                if (countedTables().contains(bare))
                    info.rowCounts.insert(bare, shopsql::toInt64(q->value(1), -1));
            }
        }
    }
    if (!info.hasTable(u"ms2_orders"_s))
        return missingOrdersTableError(db, all);

    QStringList wanted;
    for (const QString &t : describedTables())
        if (info.hasTable(t))
            wanted << m_settings.prefix + t;
    QVariantList binds;
    for (const QString &t : std::as_const(wanted))
        binds << t;
    Result<QSqlQuery> q = shopsql::run(*this, db,
                                       u"SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.COLUMNS "
                                       "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ("_s
                                           + shopsql::placeholders(binds.size()) + u")"_s,
                                       binds, u"reading the shop's columns"_s);
    if (!q)
        return q.error();
    while (q->next())
        info.columns[q->value(0).toString().mid(m_settings.prefix.size())].insert(q->value(1).toString());
    info.rowCountsExact = false;
    if (Status st = finishDetection(db, info); !st)
        return st.error();
    return info;
}

Result<ShopInfo> ShopDatabase::detectSqlite(QSqlDatabase &db)
{
    ShopInfo info;
    info.driver = m_settings.driver;
    info.prefix = m_settings.prefix;
    info.database = m_settings.path;
    {
        Result<QSqlQuery> q
            = shopsql::run(*this, db, u"SELECT sqlite_version()"_s, {}, u"reading the SQLite version"_s);
        if (!q)
            return q.error();
        if (q->next())
            info.serverVersion = u"SQLite "_s + q->value(0).toString();
    }
    QSet<QString> all;
    {
        Result<QSqlQuery> q
            = shopsql::run(*this, db, u"SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"_s, {},
                           u"listing the shop's tables"_s);
        if (!q)
            return q.error();
        while (q->next()) {
            const QString name = q->value(0).toString();
            all.insert(name);
            if (name.startsWith(m_settings.prefix))
                info.tables.insert(name.mid(m_settings.prefix.size()));
        }
    }
    if (!info.hasTable(u"ms2_orders"_s))
        return missingOrdersTableError(db, all);
    for (const QString &t : describedTables()) {
        if (!info.hasTable(t))
            continue;
        Result<QSqlQuery> q
            = shopsql::run(*this, db, u"SELECT name FROM pragma_table_info(?)"_s, { QString(m_settings.prefix + t) },
                           u"reading the columns of %1"_s.arg(table(t)));
        if (!q)
            return q.error();
        QSet<QString> &cols = info.columns[t];
        while (q->next())
            cols.insert(q->value(0).toString());
    }
    for (const QString &t : countedTables()) {
        if (!info.hasTable(t))
            continue;
        Result<QSqlQuery> q = shopsql::run(*this, db, u"SELECT count(*) FROM "_s + table(t), {},
                                           u"counting the rows of %1"_s.arg(table(t)));
        if (!q)
            return q.error();
        if (q->next())
            info.rowCounts.insert(t, q->value(0).toLongLong());
    }
    info.rowCountsExact = true;
    if (Status st = finishDetection(db, info); !st)
        return st.error();
    return info;
}

Status ShopDatabase::finishDetection(QSqlDatabase &db, ShopInfo &info)
{
    for (const QString &t : requiredTables()) {
        if (!info.hasTable(t))
            return Error(
                ErrorCode::Schema,
                u"%1 has %2ms2_orders but no table %2%3: the MODX/miniShop2 installation looks incomplete"_s.arg(
                    describe(), m_settings.prefix, t),
                isSqlite()
                    ? u"Check shop/prefix and that miniShop2 is fully installed (the table may have been dropped)."_s
                    : u"Check shop/prefix, that miniShop2 is fully installed, and that user '%1' has privileges "
                      "on every shop table (tables without any privilege are invisible)."_s.arg(m_settings.user));
    }
    // Read access to everything we read: a user with INSERT only or with grants on some tables fails here.
    QStringList probed = requiredTables();
    for (const QString &t : describedTables())
        if (!probed.contains(t) && info.hasTable(t))
            probed << t;
    for (const QString &t : std::as_const(probed)) {
        Result<QSqlQuery> q = shopsql::run(*this, db, u"SELECT 1 FROM "_s + table(t) + u" LIMIT 1"_s, {},
                                           u"reading table %1%2"_s.arg(m_settings.prefix, t));
        if (!q)
            return q.error();
    }

    info.orderAddressColumn = info.hasColumn(u"ms2_orders"_s, u"address"_s);
    info.addressOrderId = info.hasColumn(u"ms2_order_addresses"_s, u"order_id"_s);
    info.sessionId = info.hasColumn(u"ms2_orders"_s, u"session_id"_s);
    info.orderComment = info.hasColumn(u"ms2_orders"_s, u"order_comment"_s);
    info.remains = info.hasColumn(u"ms2_products"_s, u"remains"_s);
    info.reserved = info.hasColumn(u"ms2_products"_s, u"reserved"_s);
    info.sudo = info.hasColumn(u"users"_s, u"sudo"_s);
    info.msOptionsPrice = info.hasTable(u"msop_modifications"_s) && info.hasTable(u"msop_modification_options"_s);
    info.msPromoCode = info.hasTable(u"mspc_orders"_s);
    info.deliveryCodeColumn = info.hasColumn(u"ms2_deliveries"_s, u"retailcrm_delivery_code"_s);
    info.paymentCodeColumn = info.hasColumn(u"ms2_payments"_s, u"retailcrm_payment_code"_s);
    info.statusCodeColumn = info.hasColumn(u"ms2_order_statuses"_s, u"retailcrm_status_code"_s);

    if (info.orderAddressColumn) {
        if (info.orderComment)
            info.generation = ShopInfo::Generation::V3_0_5;
        else if (info.sessionId)
            info.generation = ShopInfo::Generation::V3_0;
        else
            info.generation = ShopInfo::Generation::V2;
        if (info.addressOrderId)
            info.warnings << u"%1ms2_orders.address and %1ms2_order_addresses.order_id both exist: addresses are "
                             "linked through ms2_orders.address"_s.arg(m_settings.prefix);
    } else if (info.addressOrderId) {
        info.generation = info.remains ? ShopInfo::Generation::V4_4_1 : ShopInfo::Generation::V4;
    } else {
        info.generation = ShopInfo::Generation::Unknown;
        info.warnings << u"neither %1ms2_orders.address nor %1ms2_order_addresses.order_id exists: orders are read "
                         "without addresses"_s.arg(m_settings.prefix);
    }
    if (!info.orderComment && !info.hasColumn(u"ms2_orders"_s, u"comment"_s))
        info.warnings << u"%1ms2_orders has neither order_comment nor comment: manager comments are empty"_s.arg(
            m_settings.prefix);
    if (!info.sudo)
        info.warnings << u"%1users has no sudo column: no customer is treated as staff"_s.arg(m_settings.prefix);
    if (info.hasTable(u"msop_modifications"_s) != info.hasTable(u"msop_modification_options"_s))
        info.warnings << u"msOptionsPrice2 looks incomplete (only one of msop_modifications and "
                         "msop_modification_options exists): modifications are not read"_s;
    return {};
}

} // namespace rd
