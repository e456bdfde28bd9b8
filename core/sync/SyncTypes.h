#pragma once

// Value types shared by the sync layer: what is uploaded, what the journal holds, and the summaries the
// upload and sync jobs report. Plain data, cheap to copy, registered as metatypes for queued signals.

#include "common/Error.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <optional>

namespace rd {

// The shop entities RetailDesk uploads. The journal keeps one row per (kind, shop id).
enum class EntityKind { Customer, Order };
QString entityKindName(EntityKind kind); // "customer" | "order"
QString entityKindPlural(EntityKind kind); // "customers" | "orders"
std::optional<EntityKind> parseEntityKind(QStringView text); // "customer(s)" | "order(s)"

// What happened to one shop row last time it was handled.
enum class JournalState {
    Sent, // the CRM holds it (uploaded, or found there already)
    Skipped, // deliberately not sent (reason says why: status 0, super user, ...)
    Failed, // the CRM refused it (reason = the CRM's words); a rerun tries again
};
QString journalStateName(JournalState state); // "sent" | "skipped" | "failed"
std::optional<JournalState> parseJournalState(QStringView text);

// One journal write: the outcome for one shop row.
struct JournalEntry
{
    int shopId = 0; // users.id / ms2_orders.id
    QString externalId; // the CRM externalId it was sent as
    JournalState state = JournalState::Sent;
    QString reason; // skip or failure reason; empty when sent
    qint64 crmId = 0; // the CRM's id when known
    bool attempted = false; // true when it was sent to the CRM this time (counts an attempt)
};

// One journal row as stored.
struct JournalRecord
{
    EntityKind kind = EntityKind::Order;
    int shopId = 0;
    QString externalId;
    JournalState state = JournalState::Sent;
    QString reason;
    qint64 crmId = 0;
    int attempts = 0; // how many times it was sent to the CRM
    qint64 runId = 0; // the run that wrote it last
    QDateTime updatedAt; // UTC
};

// One upload or sync run (StateStore's runs table).
struct RunRecord
{
    enum class Outcome { Running, Finished, Cancelled, Interrupted, Failed };
    qint64 id = 0;
    QString kind; // "upload customers" | "upload orders" | "sync"
    QDateTime startedAt; // UTC
    QDateTime finishedAt; // invalid while running
    Outcome outcome = Outcome::Running;
    qint64 read = 0;
    qint64 sent = 0;
    qint64 skipped = 0;
    qint64 failed = 0;
    QString message; // the fatal error, if any
    // The summary's counters (UploadSummary / SyncRoundSummary::toJson() without the lists of failed
    // items, see compactRunDetails()); empty for runs of older versions.
    QJsonObject details;
    static QString outcomeName(Outcome outcome);
    static Outcome parseOutcome(QStringView text);
};

// A summary's JSON with every "failures" list left out (kept in the journal instead), for RunRecord::details.
QJsonObject compactRunDetails(QJsonObject summary);

// What an upload should cover (the CLI's `upload customers|orders` options).
// Upload calls kept outstanding when UploadOptions::maxBatchesInFlight is 0: enough to keep the rate
// busy through the answer latency (2 × the rate limit: 2 s of latency at full rate), but at most
// maxDefaultBatchesInFlight. Each outstanding batch holds its 50 mapped items, the request body and
// then the CRM's answer (which echoes the items) — about 1–2 MB — so the cap keeps memory flat
// whatever the rate (24 covers 10 req/s up to 2.4 s of latency; above 24 / latency req/s the
// in-flight count, not the rate limit, bounds the throughput).
inline constexpr int maxDefaultBatchesInFlight = 24;
int defaultBatchesInFlight(double rateLimit);

struct UploadOptions
{
    EntityKind kind = EntityKind::Order;
    QList<int> ids; // only these shop ids; empty = all
    QDate since; // created on or after this day (shop time), invalid = any
    int afterId = 0; // only ids above this (the sync round's watermark)
    bool dryRun = false; // map and report the payloads; send and store nothing
    bool restart = false; // forget the journal of this kind first (the CRM still never gets duplicates)
    int batchSize = 50; // items per customers/upload | orders/upload call (the API allows 50)
    int maxBatchesInFlight = 0; // upload calls outstanding at once; 0 = defaultBatchesInFlight(rate limit)
    int pageSize = 500; // shop rows read per query
    int maxAttempts = 3; // sends per item when the CRM's answer was lost or unreadable, before it counts as failed
};

// One item that did not make it, with the CRM's reason.
struct FailedItem
{
    EntityKind kind = EntityKind::Order;
    int shopId = 0;
    QString externalId;
    QString reason;
};

// The outcome of one upload (or of the upload legs of a sync round).
// Invariant: read == sent + skipped + failed, also for a run that stopped early: `read` counts the rows
// whose outcome is known; rows read but not finished when it stopped are in `unfinished` (not in
// `read`; the next run picks them up). `skipped` includes rows already in the CRM (alreadySent: sent
// by an earlier run; foundInCrm: the CRM answered "already exists" and a look-up confirmed it), each
// reason counted in skipReasons.
struct UploadSummary
{
    EntityKind kind = EntityKind::Order;
    bool dryRun = false;
    qint64 runId = 0;
    qint64 total = -1; // rows matching the filter (for progress), -1 when unknown
    qint64 read = 0;
    qint64 sent = 0; // uploaded by this run (dry run: would be sent)
    qint64 skipped = 0;
    qint64 failed = 0;
    qint64 alreadySent = 0; // part of skipped
    qint64 foundInCrm = 0; // part of skipped
    qint64 unfinished = 0; // read but not finished when the run stopped (cancel, fatal error)
    qint64 customersCreated = 0; // orders: customers created first because orders needed them (not in read)
    qint64 customersFailed = 0; // orders: such customers the CRM refused
    qint64 requests = 0; // upload and look-up calls made
    qint64 elapsedMs = 0;
    QMap<QString, qint64> skipReasons; // reason → rows
    QList<FailedItem> failures; // every failed row with the CRM's reason (up to maxListedFailures)
    qint64 failuresNotListed = 0; // beyond maxListedFailures (the journal has them all)
    bool cancelled = false;
    std::optional<Error> error; // the run stopped early because of this

    static constexpr int maxListedFailures = 10000;

    bool addsUp() const { return read == sent + skipped + failed; }
    void addSkip(const QString &reason, qint64 n = 1);
    void addFailure(const FailedItem &item);
    // Adds another summary's counts (same kind) to this one.
    void merge(const UploadSummary &other);
    QJsonObject toJson() const;
};

// The outcome of one sync round (`sync --once`, or one turn of `sync --watch`).
struct SyncRoundSummary
{
    SyncRoundSummary() { customers.kind = EntityKind::Customer; }

    qint64 runId = 0;
    UploadSummary customers;
    UploadSummary orders;
    // Shop → CRM status changes (ms2_order_logs).
    qint64 statusRowsRead = 0; // action='status' rows after the watermark
    qint64 statusSent = 0; // orders/{externalId}/edit calls that succeeded
    qint64 statusUploadedWhole = 0; // orders the CRM lacked (404): uploaded whole instead
    qint64 statusSkipped = 0; // our own rows, unlisted/unmapped statuses, superseded rows, vanished orders
    qint64 statusFailed = 0; // kept for the next round
    // CRM → shop (orders/history).
    qint64 historyEntries = 0; // entries read
    qint64 historyApplied = 0; // shop orders whose status changed (one log row each)
    qint64 historyUnchanged = 0; // already in that status
    qint64 historySkipped = 0; // own entries, other fields, unmapped codes, orders the shop lacks
    qint64 historyFailed = 0; // kept for the next round
    bool historyInitialised = false; // first round: the position was taken, old history not applied
    qint64 historySinceId = 0; // the position after the round
    QList<FailedItem> failures; // status pushes/applies that failed (kind Order; shopId 0 when unknown)
    qint64 elapsedMs = 0;
    bool cancelled = false;
    std::optional<Error> error;

    qint64 failedCount() const { return customers.failed + orders.failed + statusFailed + historyFailed; }
    QJsonObject toJson() const;
};

} // namespace rd

Q_DECLARE_METATYPE(rd::UploadSummary)
Q_DECLARE_METATYPE(rd::SyncRoundSummary)
