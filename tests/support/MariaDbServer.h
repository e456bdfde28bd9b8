#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <memory>

class QProcess;
class QTemporaryDir;

namespace rd::test {

// A private MariaDB server for one test executable (or benchmark): its own datadir in a temporary
// directory, TCP on 127.0.0.1 on a free port, a unix socket under /tmp, a database and a user with
// a random password. Start it once (initTestCase) and create one database per test case.
//
//   MariaDbServer server;
//   if (auto st = server.start(); !st) QFAIL(qPrintable(st.error().toString()));
//   auto db = server.openConnection();            // as user(), on database()
//   server.exec(u"CREATE DATABASE other"_s);      // as root, via the mariadb client
//
// The server is a child process that gets SIGTERM when the thread that started it exits, so a crashed
// test leaves no server behind. A pristine datadir is cached once per mariadbd binary under
// /tmp/retaildesk-mariadb-template-* (set RETAILDESK_MARIADB_TEMPLATE=0 to always run mariadb-install-db).
class MariaDbServer final
{
public:
    MariaDbServer();
    ~MariaDbServer(); // stops the server
    Q_DISABLE_COPY_MOVE(MariaDbServer)

    // Extra mariadbd arguments (e.g. a bigger buffer pool for a benchmark); call before start().
    void setExtraServerArgs(const QStringList &args) { m_extraArgs = args; }

    // Installs the datadir, starts mariadbd, waits for it to answer, creates database() and user().
    Status start();
    // SIGTERM and wait (SIGKILL after 30 s). Safe to call twice.
    void stop();
    // Stops the server (SIGTERM), stays down for `downMs`, and starts it again on the same datadir and port
    // (the fault matrix: a shop database that goes away in the middle of an upload).
    Status restart(int downMs = 0);
    bool isRunning() const;

    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; }
    QString socket() const { return m_socket; }
    QString database() const { return m_database; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    QString dataDir() const;
    // The server's error log (for diagnostics when something fails).
    QString errorLog() const;

    // Runs SQL as root through the mariadb client (several statements allowed), optionally on `database`.
    // Fails with the client's error text.
    Status exec(const QString &sql, const QString &database = {}) const;
    // Creates `name` (utf8mb4) and grants ALL on it to user(). Drops it first when it exists.
    Status createDatabase(const QString &name) const;
    // Creates a user with a password and no privileges (REVOKE/GRANT tests).
    Status createUser(const QString &name, const QString &password) const;

    // Opens a new connection with a unique name ("QMYSQL" or "QMARIADB"), over TCP, as user()
    // unless `user` is given. Remove it with closeConnection() when done.
    Result<QSqlDatabase> openConnection(const QString &database = {}, const QString &user = {},
                                        const QString &password = {},
                                        const QString &driver = QStringLiteral("QMYSQL")) const;
    // Opens a root connection over the unix socket.
    Result<QSqlDatabase> openRootConnection(const QString &database = {}) const;
    static void closeConnection(QSqlDatabase &db);

    // The mariadb client and the arguments that connect it as root over the socket (for benchmarks).
    static QString clientProgram();
    QStringList clientArguments(const QString &database = {}) const;

private:
    Status prepareDataDir();
    Status launch();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QStringList m_extraArgs;
    QString m_socket;
    QString m_database = QStringLiteral("shop");
    QString m_user = QStringLiteral("app");
    QString m_password;
    int m_port = 0;
    int m_fixedPort = 0; // launch() on this port instead of a free one (restart)
};

} // namespace rd::test
