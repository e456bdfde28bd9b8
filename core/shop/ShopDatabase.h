#pragma once

#include "ShopInfo.h"
#include "common/Result.h"
#include "config/Profile.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

class QSqlError;

namespace rd {

// The shop database (MODX + miniShop2) of one profile, on MySQL/MariaDB or SQLite.
//
// Holds the settings and the password; each thread that calls connection() gets its own named
// QSqlDatabase (Qt SQL connections belong to one thread), opened on first use and removed when that
// QThread finishes, when closeConnection() is called from the thread, or when this object is destroyed.
// detect() reads the schema once (ShopInfo); readers and the writer use it.
//
//   ShopDatabase db(profile.shop, password);
//   Result<ShopInfo> info = db.detect();     // connects, checks tables, tells the miniShop2 version
//   if (!info) { report(info.error()); }
//   ShopOrderReader orders(db);              // ShopReaders: page by page
//
// Every failure is an rd::Error (Config: bad settings, missing SQLite file; Database: the server refused
// or is unreachable, privileges; Schema: tables missing under the prefix) whose hint says what to do.
class ShopDatabase final
{
public:
    ShopDatabase(const ShopSettings &settings, const QString &password = {});
    ~ShopDatabase();
    Q_DISABLE_COPY_MOVE(ShopDatabase)

    // Validates, connects and detects in one go.
    static Result<std::shared_ptr<ShopDatabase>> open(const ShopSettings &settings, const QString &password = {});

    const ShopSettings &settings() const { return m_settings; }
    bool isSqlite() const { return m_settings.driver == ShopSettings::Driver::Sqlite; }
    QString prefix() const { return m_settings.prefix; }

    // The settings alone: prefix ([A-Za-z0-9_]{0,32}), SQLite path set, port range, names set.
    Status validate() const;

    // The calling thread's connection, opened on first use (errors classified as below).
    Result<QSqlDatabase> connection();
    // Closes and removes the calling thread's connection (no-op when none).
    void closeConnection();
    // The connection name this object uses in the calling thread.
    QString connectionName() const;

    // Reads the tables and columns under the prefix, tells the miniShop2 generation and companions,
    // probes read access to every table RetailDesk reads. The result is kept (info()).
    Result<ShopInfo> detect();
    // The last detect() result, running detect() when there is none yet.
    Result<ShopInfo> ensureInfo();
    // The last detect() result (empty ShopInfo before the first one).
    ShopInfo info() const;

    // `{prefix}name`, quoted for both dialects (backticks). The prefix is validated first.
    QString table(const QString &name) const;
    // CAST(expr AS CHAR) on MySQL, CAST(expr AS TEXT) on SQLite: the exact text of a DECIMAL.
    QString castText(const QString &expr) const;

    // Turns a driver error into a person-facing Error: what failed (`what`), why, and what to do.
    Error sqlError(const QSqlError &error, const QString &what) const;

    // A description for messages: "MariaDB modx@127.0.0.1:3306/shop" or "SQLite /path/shop.sqlite".
    QString describe() const;

    // Profile::validatePrefix: [A-Za-z0-9_]{0,32}, an Error(Config) naming `key` otherwise.
    static Status validatePrefix(const QString &prefix, const QString &key = QStringLiteral("shop/prefix"));

private:
    struct State;
    Result<QSqlDatabase> openConnection(const QString &name);
    Error connectError(const QSqlError &error) const;
    QStringList visibleDatabases() const;
    Error missingOrdersTableError(QSqlDatabase &db, const QSet<QString> &allTables) const;
    Result<ShopInfo> detectMySql(QSqlDatabase &db);
    Result<ShopInfo> detectSqlite(QSqlDatabase &db);
    Status finishDetection(QSqlDatabase &db, ShopInfo &info);

    ShopSettings m_settings;
    QString m_password;
    std::shared_ptr<State> m_state;
};

} // namespace rd
