#include "StateStore.h"

#include "config/Profile.h"
#include "shop/SqliteTuning.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QTimeZone>
#include <QVariant>
#include <atomic>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

std::atomic<int> g_serial { 0 };

QString toText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString nowText()
{
    return toText(QDateTime::currentDateTimeUtc());
}

QDateTime fromText(const QVariant &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (t.isValid())
        t.setTimeZone(QTimeZone::utc());
    return t;
}

QString placeholders(qsizetype n)
{
    QString s;
    s.reserve(n * 2);
    for (qsizetype i = 0; i < n; ++i)
        s += (i ? u",?"_s : u"?"_s);
    return s;
}

constexpr qsizetype chunkSize = 500;

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString nn(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

JournalRecord recordFrom(const QSqlQuery &q, EntityKind kind)
{
    JournalRecord r;
    r.kind = kind;
    r.shopId = q.value(0).toInt();
    r.externalId = q.value(1).toString();
    r.state = parseJournalState(q.value(2).toString()).value_or(JournalState::Failed);
    r.reason = q.value(3).toString();
    r.crmId = q.value(4).toLongLong();
    r.attempts = q.value(5).toInt();
    r.runId = q.value(6).toLongLong();
    r.updatedAt = fromText(q.value(7));
    return r;
}

const QString journalColumns = u"shop_id, external_id, state, reason, crm_id, attempts, run_id, updated_at"_s;

RunRecord runFrom(const QSqlQuery &q)
{
    RunRecord r;
    r.id = q.value(0).toLongLong();
    r.kind = q.value(1).toString();
    r.startedAt = fromText(q.value(2));
    r.finishedAt = fromText(q.value(3));
    r.outcome = RunRecord::parseOutcome(q.value(4).toString());
    r.read = q.value(5).toLongLong();
    r.sent = q.value(6).toLongLong();
    r.skipped = q.value(7).toLongLong();
    r.failed = q.value(8).toLongLong();
    r.message = q.value(9).toString();
    if (const QByteArray details = q.value(10).toByteArray(); !details.isEmpty())
        r.details = QJsonDocument::fromJson(details).object();
    return r;
}

} // namespace

struct StateStore::Shared
{
    QMutex mutex;
    int serial = 0;
    QSet<QString> names;
    std::unique_ptr<QLockFile> lock;
};

StateStore::StateStore(QString path)
    : m_path(std::move(path))
    , m_shared(std::make_shared<Shared>())
{
    m_shared->serial = ++g_serial;
}

StateStore::~StateStore()
{
    QSet<QString> names;
    {
        QMutexLocker lock(&m_shared->mutex);
        names = std::exchange(m_shared->names, {});
        if (m_shared->lock)
            m_shared->lock->unlock();
    }
    for (const QString &name : std::as_const(names)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

Result<std::shared_ptr<StateStore>> StateStore::open(const QString &path)
{
    if (path.isEmpty())
        return Error(ErrorCode::Config, u"No file was given for RetailDesk's local state."_s);
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error(ErrorCode::Io,
                     u"Could not create the directory %1 for RetailDesk's local state."_s.arg(info.absolutePath()),
                     u"Check that the directory is writable, or give another state file."_s);
    auto store = std::make_shared<StateStore>(info.absoluteFilePath());
    if (Status st = store->migrate(); !st)
        return st.error();
    return store;
}

QString StateStore::defaultPathFor(const QString &profileKeychainId)
{
    const QByteArray hash = QCryptographicHash::hash(profileKeychainId.toUtf8(), QCryptographicHash::Sha256).toHex();
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return base + u"/state/"_s + QString::fromLatin1(hash.left(16)) + u".sqlite"_s;
}

QString StateStore::defaultPath(const Profile &profile)
{
    return defaultPathFor(profile.keychainId());
}

QString StateStore::connectionName() const
{
    return u"retaildesk-state-%1-%2"_s.arg(m_shared->serial)
        .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()), 0, 16);
}

Error StateStore::sqlError(const QSqlDatabase &db, const QString &what, const QString &detail) const
{
    Q_UNUSED(db)
    return Error(ErrorCode::Database, u"RetailDesk's local state (%1) could not be %2: %3"_s.arg(m_path, what, detail),
                 u"Check that the file and its directory are writable and the disk is not full; delete the file to "
                 u"start over (uploads stay free of duplicates: the CRM is asked before anything is sent twice)."_s);
}

Result<QSqlDatabase> StateStore::connection()
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    }
    return openConnection(name);
}

void StateStore::closeConnection()
{
    const QString name = connectionName();
    {
        QMutexLocker lock(&m_shared->mutex);
        if (!m_shared->names.remove(name))
            return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Result<QSqlDatabase> StateStore::openConnection(const QString &name)
{
    bool known = false;
    {
        QMutexLocker lock(&m_shared->mutex);
        known = m_shared->names.contains(name);
    }
    if (!known) {
        tuneSqliteOnce();
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    }
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.open()) {
        const Error e = sqlError(db, u"opened"_s, db.lastError().text());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return e;
    }
    QSqlQuery q(db);
    for (const QString &pragma :
         { u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA foreign_keys=ON"_s }) {
        if (!q.exec(pragma)) {
            const Error e = sqlError(db, u"opened"_s, q.lastError().text());
            q = QSqlQuery();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return e;
        }
    }
    if (!known) {
        {
            QMutexLocker lock(&m_shared->mutex);
            m_shared->names.insert(name);
        }
        // QThread::finished is emitted from the finishing thread itself: remove the connection there.
        if (QThread *thread = QThread::currentThread()) {
            std::weak_ptr<Shared> weak = m_shared;
            QObject::connect(
                thread, &QThread::finished, thread,
                [weak, name] {
                    const std::shared_ptr<Shared> shared = weak.lock();
                    if (!shared)
                        return;
                    {
                        QMutexLocker lock(&shared->mutex);
                        if (!shared->names.remove(name))
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
    }
    return db;
}

namespace {

Result<QSqlQuery> runSql(QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                         const std::function<Error(const QString &)> &fail)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return fail(q.lastError().text());
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return fail(q.lastError().text());
    return q;
}

} // namespace

Result<QSqlQuery> StateStore::exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                                   const QString &what) const
{
    return runSql(db, sql, binds, [this, &db, &what](const QString &detail) { return sqlError(db, what, detail); });
}

Status StateStore::applyStep(QSqlDatabase &db, int step)
{
    QStringList statements;
    switch (step) {
    case 1:
        statements = {
            u"CREATE TABLE journal ("
            u" kind TEXT NOT NULL, shop_id INTEGER NOT NULL, external_id TEXT NOT NULL DEFAULT '',"
            u" state TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', crm_id INTEGER NOT NULL DEFAULT 0,"
            u" attempts INTEGER NOT NULL DEFAULT 0, run_id INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL,"
            u" PRIMARY KEY (kind, shop_id)) WITHOUT ROWID"_s,
            u"CREATE INDEX journal_state ON journal (kind, state, shop_id)"_s,
            u"CREATE INDEX journal_run ON journal (run_id, kind, state)"_s,
            u"CREATE TABLE runs ("
            u" id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, started_at TEXT NOT NULL,"
            u" finished_at TEXT, outcome TEXT NOT NULL, read_count INTEGER NOT NULL DEFAULT 0,"
            u" sent_count INTEGER NOT NULL DEFAULT 0, skipped_count INTEGER NOT NULL DEFAULT 0,"
            u" failed_count INTEGER NOT NULL DEFAULT 0, message TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE TABLE watermarks (name TEXT PRIMARY KEY, value INTEGER NOT NULL, updated_at TEXT NOT NULL)"_s,
            u"CREATE TABLE pending ("
            u" kind TEXT NOT NULL, key TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',"
            u" attempts INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL, PRIMARY KEY (kind, key))"_s,
            u"CREATE TABLE own_log_rows (log_id INTEGER PRIMARY KEY, written_at TEXT NOT NULL)"_s,
        };
        break;
    case 2:
        // The run's summary counters (JSON, without the lists of failed items) for the dashboard.
        statements = { u"ALTER TABLE runs ADD COLUMN details TEXT NOT NULL DEFAULT ''"_s };
        break;
    default:
        return Error(ErrorCode::Internal, u"Unknown state schema step %1."_s.arg(step));
    }
    for (const QString &sql : std::as_const(statements)) {
        auto q = exec(db, sql, {}, u"updated to schema version %1"_s.arg(step));
        if (!q)
            return q.error();
    }
    return {};
}

Result<int> StateStore::schemaVersion()
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlDatabase &db = *conn;
    auto exists
        = exec(db, u"SELECT name FROM sqlite_master WHERE type='table' AND name='schema_version'"_s, {}, u"read"_s);
    if (!exists)
        return exists.error();
    if (!exists->next())
        return 0;
    auto q = exec(db, u"SELECT MAX(version) FROM schema_version"_s, {}, u"read"_s);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Status StateStore::migrate()
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlDatabase &db = *conn;
    {
        auto q = exec(
            db, u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL)"_s, {},
            u"created"_s);
        if (!q)
            return q.error();
    }
    auto version = schemaVersion();
    if (!version)
        return version.error();
    if (*version > currentSchemaVersion)
        return Error(ErrorCode::Config,
                     u"RetailDesk's local state %1 was written by a newer RetailDesk (schema %2; this one knows %3)."_s
                         .arg(m_path)
                         .arg(*version)
                         .arg(currentSchemaVersion),
                     u"Update RetailDesk, or give another state file."_s);
    if (*version == currentSchemaVersion)
        return {};
    // Another process (the GUI and the CLI) may be updating the same file: take the write lock first,
    // then look at the version again.
    {
        auto begin = exec(db, u"BEGIN IMMEDIATE"_s, {}, u"updated"_s);
        if (!begin)
            return begin.error();
    }
    const auto rollback = [this, &db] { [[maybe_unused]] const auto r = exec(db, u"ROLLBACK"_s, {}, u"updated"_s); };
    auto locked = exec(db, u"SELECT MAX(version) FROM schema_version"_s, {}, u"read"_s);
    if (!locked) {
        rollback();
        return locked.error();
    }
    const int current = locked->next() ? locked->value(0).toInt() : 0;
    locked = QSqlQuery();
    for (int step = current + 1; step <= currentSchemaVersion; ++step) {
        Status st = applyStep(db, step);
        if (st) {
            auto q = exec(db, u"INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"_s,
                          (QVariantList { step, nowText() }), u"updated"_s);
            if (!q)
                st = q.error();
        }
        if (!st) {
            rollback();
            return st;
        }
    }
    auto commit = exec(db, u"COMMIT"_s, {}, u"updated"_s);
    if (!commit) {
        rollback();
        return commit.error();
    }
    return {};
}

Status StateStore::lock()
{
    QMutexLocker locker(&m_shared->mutex);
    if (m_shared->lock && m_shared->lock->isLocked())
        return {};
    m_shared->lock = std::make_unique<QLockFile>(m_path + u".lock"_s);
    m_shared->lock->setStaleLockTime(0); // only a dead owner makes it stale
    if (m_shared->lock->tryLock(200))
        return {};
    qint64 pid = 0;
    QString host;
    QString app;
    m_shared->lock->getLockInfo(&pid, &host, &app);
    const QLockFile::LockError why = m_shared->lock->error();
    m_shared->lock.reset();
    if (why == QLockFile::LockFailedError)
        return Error(
            ErrorCode::Config,
            u"Another RetailDesk job (process %1) is working with this profile's state %2."_s.arg(pid).arg(m_path),
            u"Wait for it to finish (an upload or `sync --watch`), or stop it; two jobs at once could "
            u"race each other."_s);
    return Error(ErrorCode::Io, u"Could not create the lock file %1.lock."_s.arg(m_path),
                 u"Check that the state directory is writable."_s);
}

void StateStore::unlock()
{
    QMutexLocker locker(&m_shared->mutex);
    if (m_shared->lock)
        m_shared->lock->unlock();
    m_shared->lock.reset();
}

bool StateStore::isLocked() const
{
    QMutexLocker locker(&m_shared->mutex);
    return m_shared->lock && m_shared->lock->isLocked();
}

// ---- journal ----

Status StateStore::record(EntityKind kind, const QList<JournalEntry> &entries, qint64 runId)
{
    if (entries.isEmpty())
        return {};
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlDatabase &db = *conn;
    if (!db.transaction())
        return sqlError(db, u"written"_s, db.lastError().text());
    QSqlQuery q(db);
    if (!q.prepare(u"INSERT INTO journal (kind, shop_id, external_id, state, reason, crm_id, attempts, run_id, "
                   u"updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, shop_id) DO UPDATE SET "
                   u"external_id = excluded.external_id, state = excluded.state, reason = excluded.reason, "
                   u"crm_id = CASE WHEN excluded.crm_id > 0 THEN excluded.crm_id ELSE journal.crm_id END, "
                   u"attempts = journal.attempts + excluded.attempts, run_id = excluded.run_id, "
                   u"updated_at = excluded.updated_at"_s)) {
        const Error e = sqlError(db, u"written"_s, q.lastError().text());
        db.rollback();
        return e;
    }
    const QString kindName = entityKindName(kind);
    const QString now = nowText();
    for (const JournalEntry &e : entries) {
        q.addBindValue(kindName);
        q.addBindValue(e.shopId);
        q.addBindValue(nn(e.externalId));
        q.addBindValue(journalStateName(e.state));
        q.addBindValue(nn(e.reason));
        q.addBindValue(e.crmId);
        q.addBindValue(e.attempted ? 1 : 0);
        q.addBindValue(runId);
        q.addBindValue(now);
        if (!q.exec()) {
            const Error err = sqlError(db, u"written"_s, q.lastError().text());
            q = QSqlQuery();
            db.rollback();
            return err;
        }
    }
    q = QSqlQuery();
    if (!db.commit()) {
        const Error err = sqlError(db, u"written"_s, db.lastError().text());
        db.rollback();
        return err;
    }
    return {};
}

Result<QHash<int, JournalRecord>> StateStore::lookup(EntityKind kind, const QList<int> &shopIds)
{
    QHash<int, JournalRecord> out;
    if (shopIds.isEmpty())
        return out;
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlDatabase &db = *conn;
    for (qsizetype from = 0; from < shopIds.size(); from += chunkSize) {
        const QList<int> chunk = shopIds.mid(from, chunkSize);
        QVariantList binds { entityKindName(kind) };
        for (int id : chunk)
            binds << id;
        auto q = exec(db,
                      u"SELECT "_s + journalColumns + u" FROM journal WHERE kind = ? AND shop_id IN ("_s
                          + placeholders(chunk.size()) + u")"_s,
                      binds, u"read"_s);
        if (!q)
            return q.error();
        while (q->next()) {
            JournalRecord r = recordFrom(*q, kind);
            out.insert(r.shopId, r);
        }
    }
    return out;
}

Result<std::optional<JournalRecord>> StateStore::find(EntityKind kind, int shopId)
{
    auto found = lookup(kind, { shopId });
    if (!found)
        return found.error();
    if (!found->contains(shopId))
        return std::optional<JournalRecord>();
    return std::optional<JournalRecord>(found->value(shopId));
}

Result<QList<int>> StateStore::idsInStates(EntityKind kind, const QList<JournalState> &states, int limit)
{
    QList<int> out;
    if (states.isEmpty())
        return out;
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlDatabase &db = *conn;
    QVariantList binds { entityKindName(kind) };
    for (JournalState s : states)
        binds << journalStateName(s);
    QString sql = u"SELECT shop_id FROM journal WHERE kind = ? AND state IN ("_s + placeholders(states.size())
        + u") ORDER BY shop_id"_s;
    if (limit > 0) {
        sql += u" LIMIT ?"_s;
        binds << limit;
    }
    auto q = exec(db, sql, binds, u"read"_s);
    if (!q)
        return q.error();
    while (q->next())
        out.append(q->value(0).toInt());
    return out;
}

Result<QList<JournalRecord>> StateStore::records(EntityKind kind, std::optional<JournalState> state, qint64 runId,
                                                 int limit)
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlDatabase &db = *conn;
    QString sql = u"SELECT "_s + journalColumns + u" FROM journal WHERE kind = ?"_s;
    QVariantList binds { entityKindName(kind) };
    if (state) {
        sql += u" AND state = ?"_s;
        binds << journalStateName(*state);
    }
    if (runId > 0) {
        sql += u" AND run_id = ?"_s;
        binds << runId;
    }
    sql += u" ORDER BY shop_id"_s;
    if (limit > 0) {
        sql += u" LIMIT ?"_s;
        binds << limit;
    }
    auto q = exec(db, sql, binds, u"read"_s);
    if (!q)
        return q.error();
    QList<JournalRecord> out;
    while (q->next())
        out.append(recordFrom(*q, kind));
    return out;
}

Result<qint64> StateStore::count(EntityKind kind, std::optional<JournalState> state)
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlDatabase &db = *conn;
    QString sql = u"SELECT COUNT(*) FROM journal WHERE kind = ?"_s;
    QVariantList binds { entityKindName(kind) };
    if (state) {
        sql += u" AND state = ?"_s;
        binds << journalStateName(*state);
    }
    auto q = exec(db, sql, binds, u"read"_s);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Status StateStore::forget(EntityKind kind, const QList<int> &shopIds)
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlDatabase &db = *conn;
    if (shopIds.isEmpty()) {
        auto q = exec(db, u"DELETE FROM journal WHERE kind = ?"_s, { entityKindName(kind) }, u"written"_s);
        return q ? Status() : Status(q.error());
    }
    for (qsizetype from = 0; from < shopIds.size(); from += chunkSize) {
        const QList<int> chunk = shopIds.mid(from, chunkSize);
        QVariantList binds { entityKindName(kind) };
        for (int id : chunk)
            binds << id;
        auto q
            = exec(db, u"DELETE FROM journal WHERE kind = ? AND shop_id IN ("_s + placeholders(chunk.size()) + u")"_s,
                   binds, u"written"_s);
        if (!q)
            return q.error();
    }
    return {};
}

// ---- runs ----

Result<qint64> StateStore::beginRun(const QString &kind)
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlDatabase &db = *conn;
    {
        auto q = exec(db, u"UPDATE runs SET outcome = 'interrupted' WHERE outcome = 'running'"_s, {}, u"written"_s);
        if (!q)
            return q.error();
    }
    auto q = exec(db, u"INSERT INTO runs (kind, started_at, outcome) VALUES (?, ?, 'running')"_s,
                  (QVariantList { kind, nowText() }), u"written"_s);
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Status StateStore::finishRun(const RunRecord &run)
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlDatabase &db = *conn;
    auto q
        = exec(db,
               u"UPDATE runs SET finished_at = ?, outcome = ?, read_count = ?, sent_count = ?, "
               u"skipped_count = ?, failed_count = ?, message = ?, details = ? WHERE id = ?"_s,
               (QVariantList { nowText(), RunRecord::outcomeName(run.outcome), run.read, run.sent, run.skipped,
                               run.failed, nn(run.message),
                               nn(run.details.isEmpty()
                                      ? QString()
                                      : QString::fromUtf8(QJsonDocument(run.details).toJson(QJsonDocument::Compact))),
                               run.id }),
               u"written"_s);
    return q ? Status() : Status(q.error());
}

Result<QList<RunRecord>> StateStore::readRuns(const QString &tail, const QVariantList &binds)
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlDatabase &db = *conn;
    auto q = exec(db,
                  u"SELECT id, kind, started_at, finished_at, outcome, read_count, sent_count, skipped_count, "
                  u"failed_count, message, details FROM runs "_s
                      + tail,
                  binds, u"read"_s);
    if (!q)
        return q.error();
    QList<RunRecord> out;
    while (q->next())
        out.append(runFrom(*q));
    return out;
}

Result<QList<RunRecord>> StateStore::runs(int limit)
{
    return readRuns(u"ORDER BY id DESC LIMIT ?"_s, { limit > 0 ? limit : 50 });
}

Result<QList<RunRecord>> StateStore::runsSince(const QDateTime &since)
{
    return readRuns(u"WHERE started_at >= ? ORDER BY id"_s, { toText(since) });
}

Result<std::optional<RunRecord>> StateStore::run(qint64 id)
{
    auto found = readRuns(u"WHERE id = ?"_s, { id });
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<RunRecord>();
    return std::optional<RunRecord>(found->first());
}

// ---- watermarks ----

Result<std::optional<qint64>> StateStore::watermark(const QString &name)
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlDatabase &db = *conn;
    auto q = exec(db, u"SELECT value FROM watermarks WHERE name = ?"_s, { name }, u"read"_s);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<qint64>();
    return std::optional<qint64>(q->value(0).toLongLong());
}

Status StateStore::setWatermark(const QString &name, qint64 value)
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlDatabase &db = *conn;
    auto q = exec(db,
                  u"INSERT INTO watermarks (name, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (name) DO "
                  u"UPDATE SET value = excluded.value, updated_at = excluded.updated_at"_s,
                  (QVariantList { name, value, nowText() }), u"written"_s);
    return q ? Status() : Status(q.error());
}

Status StateStore::clearWatermark(const QString &name)
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlDatabase &db = *conn;
    auto q = exec(db, u"DELETE FROM watermarks WHERE name = ?"_s, { name }, u"written"_s);
    return q ? Status() : Status(q.error());
}

// ---- pending ----

Status StateStore::setPending(const QString &kind, const QString &key, const QString &reason)
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlDatabase &db = *conn;
    auto q = exec(db,
                  u"INSERT INTO pending (kind, key, reason, attempts, updated_at) VALUES (?, ?, ?, 1, ?) "
                  u"ON CONFLICT (kind, key) DO UPDATE SET reason = excluded.reason, "
                  u"attempts = pending.attempts + 1, updated_at = excluded.updated_at"_s,
                  (QVariantList { kind, key, nn(reason), nowText() }), u"written"_s);
    return q ? Status() : Status(q.error());
}

Status StateStore::clearPending(const QString &kind, const QString &key)
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlDatabase &db = *conn;
    auto q = exec(db, u"DELETE FROM pending WHERE kind = ? AND key = ?"_s, (QVariantList { kind, key }), u"written"_s);
    return q ? Status() : Status(q.error());
}

Result<QList<StateStore::PendingItem>> StateStore::pending(const QString &kind, int limit)
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlDatabase &db = *conn;
    QString sql = u"SELECT key, reason, attempts, updated_at FROM pending WHERE kind = ? ORDER BY updated_at, key"_s;
    QVariantList binds { kind };
    if (limit > 0) {
        sql += u" LIMIT ?"_s;
        binds << limit;
    }
    auto q = exec(db, sql, binds, u"read"_s);
    if (!q)
        return q.error();
    QList<PendingItem> out;
    while (q->next())
        out.append({ q->value(0).toString(), q->value(1).toString(), q->value(2).toInt(), fromText(q->value(3)) });
    return out;
}

// ---- own log rows ----

Status StateStore::rememberOwnLogRow(int logId)
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlDatabase &db = *conn;
    auto q = exec(db, u"INSERT OR IGNORE INTO own_log_rows (log_id, written_at) VALUES (?, ?)"_s,
                  (QVariantList { logId, nowText() }), u"written"_s);
    return q ? Status() : Status(q.error());
}

Result<QSet<int>> StateStore::ownLogRowsAmong(const QList<int> &logIds)
{
    QSet<int> out;
    if (logIds.isEmpty())
        return out;
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlDatabase &db = *conn;
    for (qsizetype from = 0; from < logIds.size(); from += chunkSize) {
        const QList<int> chunk = logIds.mid(from, chunkSize);
        QVariantList binds;
        for (int id : chunk)
            binds << id;
        auto q = exec(db, u"SELECT log_id FROM own_log_rows WHERE log_id IN ("_s + placeholders(chunk.size()) + u")"_s,
                      binds, u"read"_s);
        if (!q)
            return q.error();
        while (q->next())
            out.insert(q->value(0).toInt());
    }
    return out;
}

Status StateStore::forgetOwnLogRowsUpTo(int logId)
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlDatabase &db = *conn;
    auto q = exec(db, u"DELETE FROM own_log_rows WHERE log_id <= ?"_s, { logId }, u"written"_s);
    return q ? Status() : Status(q.error());
}

} // namespace rd
