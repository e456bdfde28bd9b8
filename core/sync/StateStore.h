#pragma once

#include "SyncTypes.h"
#include "common/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <memory>
#include <optional>

namespace rd {

class Profile;

// RetailDesk's own local state for one profile: a small SQLite file (WAL) holding
//   - the upload journal: per entity kind (customer, order) and shop id, the last outcome
//     (sent / skipped / failed), the reason, the CRM id, the number of attempts and when;
//   - the runs: one row per upload or sync run (kind, start, end, counts, outcome); a run a killed
//     process left "running" becomes "interrupted" when the next run begins;
//   - watermarks: named integers (last customer/order id read by sync, last status-log id sent,
//     the orders/history sinceId);
//   - pending retries of the sync round (status pushes, history applies) and the ids of the
//     ms2_order_logs rows RetailDesk wrote itself (never sent back to the CRM).
//
// Every thread gets its own named connection (opened on first use, removed when the thread finishes,
// on closeConnection() or with this object). Schema changes go through the schema_version table and
// numbered update steps. Writes of a batch happen in one transaction.
//
//   auto state = StateStore::open(StateStore::defaultPath(profile));
//   if (!state) return state.error();
//   (*state)->record(EntityKind::Order, entries, runId);
class StateStore final
{
public:
    static constexpr int currentSchemaVersion = 2;

    // Watermark names used by the sync round.
    static constexpr const char *customerWatermark = "sync.customer.lastId";
    static constexpr const char *orderWatermark = "sync.order.lastId";
    static constexpr const char *statusLogWatermark = "sync.statusLog.lastId";
    static constexpr const char *historySinceId = "sync.history.sinceId";

    // Pending-retry kinds of the sync round.
    static constexpr const char *pendingStatusPush = "statusPush"; // key: shop order id
    static constexpr const char *pendingHistoryApply = "historyApply"; // key: CRM order externalId

    struct PendingItem
    {
        QString key;
        QString reason;
        int attempts = 0;
        QDateTime updatedAt; // UTC
    };

    explicit StateStore(QString path);
    ~StateStore();
    Q_DISABLE_COPY_MOVE(StateStore)

    // Creates the directory, opens the file (creating it) and brings the schema up to date.
    static Result<std::shared_ptr<StateStore>> open(const QString &path);

    // QStandardPaths::AppLocalDataLocation/state/<first 16 hex digits of SHA-256(profile.keychainId())>.sqlite
    static QString defaultPath(const Profile &profile);
    static QString defaultPathFor(const QString &profileKeychainId);

    QString path() const { return m_path; }

    // Creates or updates the schema (steps 1..currentSchemaVersion). Refuses a file written by a newer
    // RetailDesk (schema version above currentSchemaVersion).
    Status migrate();
    Result<int> schemaVersion();

    // The calling thread's connection (WAL, synchronous=NORMAL, busy timeout 10 s).
    Result<QSqlDatabase> connection();
    void closeConnection();

    // One job at a time per state file (an upload and a sync of the same profile would race): an
    // exclusive lock file beside it (<path>.lock). A lock left by a killed process is taken over.
    // Error(Config) naming the process that holds it.
    Status lock();
    void unlock();
    bool isLocked() const;

    // ---- journal ----
    // Upserts one row per entry in one transaction: state, reason, CRM id (kept when the entry has
    // none), attempts + 1 when entry.attempted, the run id and the time.
    Status record(EntityKind kind, const QList<JournalEntry> &entries, qint64 runId);
    // The rows of these shop ids (absent ids are not in the hash).
    Result<QHash<int, JournalRecord>> lookup(EntityKind kind, const QList<int> &shopIds);
    Result<std::optional<JournalRecord>> find(EntityKind kind, int shopId);
    // Shop ids in any of `states`, ascending (at most `limit` when > 0).
    Result<QList<int>> idsInStates(EntityKind kind, const QList<JournalState> &states, int limit = 0);
    // Rows in `state` (all states when nullopt), of run `runId` (any when 0), ascending by shop id.
    Result<QList<JournalRecord>> records(EntityKind kind, std::optional<JournalState> state = std::nullopt,
                                         qint64 runId = 0, int limit = 0);
    Result<qint64> count(EntityKind kind, std::optional<JournalState> state = std::nullopt);
    // Deletes the rows of these shop ids (all rows of the kind when empty).
    Status forget(EntityKind kind, const QList<int> &shopIds = {});

    // ---- runs ----
    // Inserts a "running" row; rows of earlier runs still "running" (their process died) become
    // "interrupted" first.
    Result<qint64> beginRun(const QString &kind);
    Status finishRun(const RunRecord &run); // by run.id: finishedAt = now, outcome, counts, message
    Result<QList<RunRecord>> runs(int limit = 50); // newest first
    Result<QList<RunRecord>> runsSince(const QDateTime &since); // started at or after `since`, oldest first
    Result<std::optional<RunRecord>> run(qint64 id);

    // ---- watermarks ----
    Result<std::optional<qint64>> watermark(const QString &name);
    Status setWatermark(const QString &name, qint64 value);
    Status clearWatermark(const QString &name);

    // ---- pending retries ----
    // Inserts or updates (attempts + 1).
    Status setPending(const QString &kind, const QString &key, const QString &reason);
    Status clearPending(const QString &kind, const QString &key);
    Result<QList<PendingItem>> pending(const QString &kind, int limit = 0);

    // ---- ms2_order_logs rows RetailDesk wrote ----
    Status rememberOwnLogRow(int logId);
    // Those of `logIds` that RetailDesk wrote.
    Result<QSet<int>> ownLogRowsAmong(const QList<int> &logIds);
    // Drops remembered ids at or below `logId` (the status-log watermark has passed them).
    Status forgetOwnLogRowsUpTo(int logId);

private:
    struct Shared;
    QString connectionName() const;
    Result<QSqlDatabase> openConnection(const QString &name);
    Error sqlError(const QSqlDatabase &db, const QString &what, const QString &detail) const;
    Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds, const QString &what) const;
    Status applyStep(QSqlDatabase &db, int step);
    // Runs rows; `tail` is the SQL after "FROM runs " (WHERE / ORDER BY / LIMIT with ? for `binds`).
    Result<QList<RunRecord>> readRuns(const QString &tail, const QVariantList &binds);

    QString m_path;
    std::shared_ptr<Shared> m_shared;
};

} // namespace rd
