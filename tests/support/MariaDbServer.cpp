#include "MariaDbServer.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace rd::test {

namespace {

constexpr int kMaxLaunchAttempts = 5;
constexpr int kStartTimeoutMs = 60000;

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

QString findProgram(const QString &name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, { u"/usr/sbin"_s, u"/usr/local/sbin"_s, u"/usr/bin"_s });
    return path;
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

int freeTcpPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = probe.serverPort();
    probe.close();
    return port;
}

// SQL string literal for the mariadb client (test-only: names and passwords we generate ourselves).
QString sqlQuote(const QString &value)
{
    QString escaped = value;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"''"_s);
    return u"'"_s + escaped + u"'"_s;
}

QString identQuote(const QString &name)
{
    QString escaped = name;
    escaped.replace(u"`"_s, u"``"_s);
    return u"`"_s + escaped + u"`"_s;
}

Status runProcess(const QString &program, const QStringList &args, const QByteArray &input, int timeoutMs,
                  const QString &what)
{
    QProcess proc;
    proc.setProcessChannelMode(QProcess::SeparateChannels);
    proc.start(program, args);
    if (!proc.waitForStarted(10000))
        return Error(ErrorCode::Io, u"%1: could not start %2: %3"_s.arg(what, program, proc.errorString()));
    if (!input.isEmpty())
        proc.write(input);
    proc.closeWriteChannel();
    if (!proc.waitForFinished(timeoutMs)) {
        proc.kill();
        proc.waitForFinished(5000);
        return Error(ErrorCode::Timeout, u"%1: %2 did not finish in time"_s.arg(what, program));
    }
    if (proc.exitStatus() != QProcess::NormalExit || proc.exitCode() != 0) {
        const QString err = QString::fromLocal8Bit(proc.readAllStandardError()).trimmed();
        const QString out = QString::fromLocal8Bit(proc.readAllStandardOutput()).trimmed().right(2000);
        return Error(ErrorCode::Database,
                     u"%1 failed (exit %2): %3"_s.arg(what).arg(proc.exitCode()).arg(err.isEmpty() ? out : err));
    }
    return {};
}

// Key of the cached pristine datadir: the mariadbd binary's size and mtime, and the user.
QString templateDirFor(const QString &serverProgram)
{
    const QFileInfo fi(serverProgram);
    const QByteArray key = QByteArray::number(fi.size()) + '-'
        + QByteArray::number(fi.lastModified().toSecsSinceEpoch()) + '-' + QByteArray::number(::geteuid());
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(12));
    return u"/tmp/retaildesk-mariadb-template-"_s + hash;
}

QAtomicInteger<int> g_connectionCounter;

} // namespace

MariaDbServer::MariaDbServer()
    : m_password(randomHex(12))
{ }

MariaDbServer::~MariaDbServer()
{
    stop();
}

QString MariaDbServer::dataDir() const
{
    return m_dir ? m_dir->filePath(u"data"_s) : QString();
}

QString MariaDbServer::errorLog() const
{
    if (!m_dir)
        return {};
    QFile f(m_dir->filePath(u"error.log"_s));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(f.readAll());
}

bool MariaDbServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString MariaDbServer::clientProgram()
{
    QString p = findProgram(u"mariadb"_s);
    if (p.isEmpty())
        p = findProgram(u"mysql"_s);
    return p;
}

QStringList MariaDbServer::clientArguments(const QString &database) const
{
    QStringList args { u"--no-defaults"_s, u"--socket="_s + m_socket, u"-uroot"_s,
                       u"--default-character-set=utf8mb4"_s };
    if (!database.isEmpty())
        args << database;
    return args;
}

Status MariaDbServer::prepareDataDir()
{
    const QString installer = findProgram(u"mariadb-install-db"_s);
    const QString server = findProgram(u"mariadbd"_s);
    if (installer.isEmpty() || server.isEmpty())
        return Error(ErrorCode::Io, u"mariadb-install-db or mariadbd not found"_s,
                     u"Install the mariadb-server package (scripts/install-deps.sh)."_s);

    const QString data = dataDir();
    const bool useTemplate = qEnvironmentVariable("RETAILDESK_MARIADB_TEMPLATE") != u"0"_s;
    const QString tpl = templateDirFor(server);
    if (useTemplate && QFileInfo::exists(tpl + u"/ready"_s)) {
        QDir().mkpath(data);
        const Status copied = runProcess(u"cp"_s, { u"-a"_s, tpl + u"/data/."_s, data }, {}, 60000,
                                         u"copying the MariaDB datadir template"_s);
        if (copied)
            return {};
        QDir(data).removeRecursively(); // fall back to a fresh install
    }

    QStringList args { u"--no-defaults"_s,
                       u"--datadir="_s + data,
                       u"--auth-root-authentication-method=normal"_s,
                       u"--skip-test-db"_s,
                       u"--skip-name-resolve"_s,
                       u"--innodb-log-file-size=8M"_s,
                       u"--innodb-buffer-pool-size=32M"_s };
    if (runningAsRoot())
        args << u"--user=root"_s;
    if (Status st = runProcess(installer, args, {}, 120000, u"mariadb-install-db"_s); !st)
        return st;

    if (useTemplate) {
        // Publish a copy atomically: build it beside the final name, then rename.
        QTemporaryDir staging(tpl + u"-staging-XXXXXX"_s);
        if (staging.isValid()
            && runProcess(u"cp"_s, { u"-a"_s, data, staging.path() + u"/data"_s }, {}, 60000, u"template copy"_s)) {
            QFile marker(staging.filePath(u"ready"_s));
            if (marker.open(QIODevice::WriteOnly)) {
                marker.close();
                if (QDir().rename(staging.path(), tpl))
                    staging.setAutoRemove(false);
            }
        }
    }
    return {};
}

Status MariaDbServer::launch()
{
    const QString server = findProgram(u"mariadbd"_s);
    const QString admin = findProgram(u"mariadb-admin"_s);
    QString lastLog;
    for (int attempt = 0; attempt < kMaxLaunchAttempts; ++attempt) {
        m_port = m_fixedPort > 0 ? m_fixedPort : freeTcpPort();
        if (m_port == 0)
            return Error(ErrorCode::Network, u"no free TCP port on 127.0.0.1"_s);
        QFile::remove(m_socket);
        QFile::remove(m_dir->filePath(u"error.log"_s));

        QStringList args { u"--no-defaults"_s,
                           u"--datadir="_s + dataDir(),
                           u"--socket="_s + m_socket,
                           u"--port="_s + QString::number(m_port),
                           u"--bind-address=127.0.0.1"_s,
                           u"--pid-file="_s + m_dir->filePath(u"mariadbd.pid"_s),
                           u"--log-error="_s + m_dir->filePath(u"error.log"_s),
                           u"--skip-log-bin"_s,
                           u"--skip-name-resolve"_s,
                           u"--innodb-buffer-pool-size=64M"_s,
                           u"--innodb-log-file-size=8M"_s,
                           u"--innodb-flush-log-at-trx-commit=2"_s,
                           u"--innodb-doublewrite=0"_s,
                           u"--innodb-file-per-table=0"_s, // CREATE TABLE without a file (and its syncs) each
                           u"--innodb-fast-shutdown=3"_s, // the datadir is thrown away: stop at once
                           u"--debug-no-sync"_s, // no fsync for DDL (.frm, ddl log): test data only
                           u"--innodb-flush-method=nosync"_s,
                           u"--character-set-server=utf8mb4"_s,
                           u"--collation-server=utf8mb4_unicode_ci"_s };
        if (runningAsRoot())
            args << u"--user=root"_s;
        args << m_extraArgs;

        m_process = std::make_unique<QProcess>();
        m_process->setStandardOutputFile(QProcess::nullDevice());
        m_process->setStandardErrorFile(m_dir->filePath(u"stderr.log"_s));
        // The server dies with the thread that started it, even when the test crashes.
        m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        m_process->start(server, args);
        if (!m_process->waitForStarted(10000))
            return Error(ErrorCode::Io, u"could not start mariadbd: "_s + m_process->errorString());

        QDeadlineTimer deadline(kStartTimeoutMs);
        bool ready = false;
        while (!deadline.hasExpired() && m_process->state() == QProcess::Running) {
            if (QFileInfo::exists(m_socket)
                && runProcess(
                    admin,
                    { u"--no-defaults"_s, u"--socket="_s + m_socket, u"-uroot"_s, u"--connect-timeout=2"_s, u"ping"_s },
                    {}, 5000, u"ping"_s)) {
                ready = true;
                break;
            }
            QThread::msleep(30);
        }
        if (ready)
            return {};
        lastLog = errorLog().right(3000);
        if (m_process->state() == QProcess::Running) {
            m_process->kill();
            m_process->waitForFinished(10000);
            return Error(ErrorCode::Timeout, u"mariadbd did not answer within %1 s"_s.arg(kStartTimeoutMs / 1000),
                         lastLog);
        }
        m_process->waitForFinished(1000);
        m_process.reset();
        const bool portTaken = lastLog.contains(u"Address already in use"_s) || lastLog.contains(u"Bind on TCP/IP"_s);
        if (!portTaken)
            break;
    }
    return Error(ErrorCode::Database, u"mariadbd exited during start-up"_s, lastLog);
}

Status MariaDbServer::start()
{
    if (isRunning())
        return {};
    m_dir = std::make_unique<QTemporaryDir>(u"/tmp/rdm-XXXXXX"_s);
    if (!m_dir->isValid())
        return Error(ErrorCode::Io, u"could not create a temporary directory under /tmp: "_s + m_dir->errorString());
    m_socket = m_dir->filePath(u"s.sock"_s);

    if (Status st = prepareDataDir(); !st)
        return st;
    if (Status st = launch(); !st)
        return st;

    const QString setup
        = u"CREATE DATABASE %1 CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n"
          "CREATE USER %2@'%' IDENTIFIED BY %3;\n"
          "GRANT ALL ON %1.* TO %2@'%';\n"_s.arg(identQuote(m_database), sqlQuote(m_user), sqlQuote(m_password));
    if (Status st = exec(setup); !st) {
        stop();
        return st;
    }
    return {};
}

Status MariaDbServer::restart(int downMs)
{
    if (!m_process || !m_dir)
        return Error(ErrorCode::Internal, u"restart() needs a started server"_s);
    m_process->terminate();
    if (!m_process->waitForFinished(30000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_process.reset();
    if (downMs > 0)
        QThread::msleep(static_cast<unsigned long>(downMs));
    m_fixedPort = m_port; // clients reconnect to the same address
    Status st = launch();
    m_fixedPort = 0;
    return st;
}

void MariaDbServer::stop()
{
    if (m_process) {
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate(); // SIGTERM: clean shutdown
            if (!m_process->waitForFinished(30000)) {
                m_process->kill();
                m_process->waitForFinished(5000);
            }
        }
        m_process.reset();
    }
    m_dir.reset();
}

Status MariaDbServer::exec(const QString &sql, const QString &database) const
{
    if (!isRunning())
        return Error(ErrorCode::Database, u"the test MariaDB server is not running"_s);
    return runProcess(clientProgram(), clientArguments(database) << u"--batch"_s, sql.toUtf8(), 600000,
                      u"mariadb client"_s);
}

Status MariaDbServer::createDatabase(const QString &name) const
{
    return exec(u"DROP DATABASE IF EXISTS %1;\n"
                "CREATE DATABASE %1 CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n"
                "GRANT ALL ON %1.* TO %2@'%';\n"_s.arg(identQuote(name), sqlQuote(m_user)));
}

Status MariaDbServer::createUser(const QString &name, const QString &password) const
{
    return exec(u"DROP USER IF EXISTS %1@'%';\nCREATE USER %1@'%' IDENTIFIED BY %2;\n"_s.arg(sqlQuote(name),
                                                                                             sqlQuote(password)));
}

Result<QSqlDatabase> MariaDbServer::openConnection(const QString &database, const QString &user,
                                                   const QString &password, const QString &driver) const
{
    const QString name = u"mariadb-test-%1"_s.arg(g_connectionCounter.fetchAndAddRelaxed(1));
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        db.setHostName(host());
        db.setPort(m_port);
        db.setDatabaseName(database.isEmpty() ? m_database : database);
        db.setUserName(user.isEmpty() ? m_user : user);
        db.setPassword(user.isEmpty() ? m_password : password);
        if (db.open())
            return db;
        failure = db.lastError().text();
    }
    QSqlDatabase::removeDatabase(name);
    return Error(ErrorCode::Database, u"could not connect to the test MariaDB: "_s + failure);
}

Result<QSqlDatabase> MariaDbServer::openRootConnection(const QString &database) const
{
    const QString name = u"mariadb-test-root-%1"_s.arg(g_connectionCounter.fetchAndAddRelaxed(1));
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QMYSQL"_s, name);
        db.setHostName(u"localhost"_s);
        db.setConnectOptions(u"UNIX_SOCKET="_s + m_socket);
        db.setDatabaseName(database);
        db.setUserName(u"root"_s);
        if (db.open())
            return db;
        failure = db.lastError().text();
    }
    QSqlDatabase::removeDatabase(name);
    return Error(ErrorCode::Database, u"could not connect to the test MariaDB as root: "_s + failure);
}

void MariaDbServer::closeConnection(QSqlDatabase &db)
{
    const QString name = db.connectionName();
    db.close();
    db = QSqlDatabase();
    if (!name.isEmpty())
        QSqlDatabase::removeDatabase(name);
}

} // namespace rd::test
