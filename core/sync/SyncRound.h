#pragma once

#include "SyncTypes.h"
#include "common/Result.h"
#include "mapping/MappingOptions.h"
#include "shop/ShopRows.h"

#include <QJsonArray>
#include <QList>
#include <QPointer>
#include <atomic>

namespace rd {

class CrmClient;
class ShopDatabase;
class StateStore;
class UploadEngine;

// Tunables of a sync round (defaults suit production; tests make them small).
struct SyncRoundOptions
{
    int historyPageLimit = 100; // orders/history page size (20, 50, 100)
    int historyPagesPerStep = 20; // pages gathered before they are applied and sinceId is saved
    int statusPageSize = 500; // ms2_order_logs rows per page
    int maxRetriesPerRound = 5000; // failed/skipped rows re-read per kind and round
    int maxPendingAttempts = 10; // a status push/apply that keeps failing is dropped after this many rounds
    int batchesInFlight = 0; // UploadOptions::maxBatchesInFlight for the upload legs
};

// One round of two-way incremental sync (MAPPING.md "Status sync, both ways"), in the calling thread
// (a job's worker thread), with blocking CRM calls on local event loops:
//
//  0. First round only: the status-log watermark becomes the highest ms2_order_logs id and the
//     history position the id of the CRM's newest orders/history entry, so old changes are not
//     replayed either way (history before the first round is never applied).
//  1. Customers, then orders, after their watermarks (the last shop id read; 0 on the first round,
//     so the first round uploads everything not in the journal yet), plus the rows the journal lists
//     as failed (and, for orders, skipped: a status-0 order may have been confirmed since). Status 0
//     and 999 orders are never sent. Watermark saved after its leg finished cleanly.
//  2. Shop → CRM statuses: ms2_order_logs rows (action 'status') after the watermark, page by page;
//     per order only the newest row counts; rows RetailDesk wrote (ip.source RetailDesk, or an id
//     remembered in the state) are not sent, nor are older rows they supersede; only statuses listed
//     in sync.statuses with a code; orders uploaded in this round (with their current status) are
//     not edited again. Each → orders/{externalId}/edit {status} by externalId; a 404 uploads the
//     order whole. A failing order is kept as a pending retry (next round pushes its then-current
//     status); the watermark moves after each page.
//  3. CRM → shop: orders/history after the saved sinceId, page by page. Per order the newest
//     status entry counts: own entries (source api and apiKey.current) are skipped and supersede
//     older ones; newValue.code must map to a listed shop status; ShopWriter::applyStatusFromCrm
//     (status + log row in one transaction, idempotent), and the log row id is remembered so it is
//     never sent back. An order that fails is kept as a pending retry (next round applies the CRM's
//     then-current status via orders/statuses). sinceId saved after each applied group of pages.
//
// A connection, key or access problem stops the round (watermarks stay where their work ended);
// one failing order does not. cancel() (same thread, e.g. from a queued call) stops between steps
// and aborts calls in flight.
class SyncRound final
{
public:
    struct Context
    {
        ShopDatabase *shop = nullptr;
        StateStore *state = nullptr;
        CrmClient *client = nullptr;
        MappingOptions mapping;
        QList<int> syncStatuses; // profile sync.statuses
        double rateLimit = 10;
        qint64 runId = 0;
    };

    SyncRound(Context context, SyncRoundOptions options = {});
    ~SyncRound();
    Q_DISABLE_COPY_MOVE(SyncRound)

    SyncRoundSummary run();
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }

private:
    Status initialisePositions();
    Status uploadLeg(EntityKind kind);
    Status runEngine(UploadOptions options, UploadSummary &into, int *lastIdRead);
    Status pushStatuses();
    Status pushStatusPage(const QList<ShopStatusLogEntry> &rows);
    // Edits the CRM status of these orders (orderId → code); fills `notFound` with 404s.
    Status editStatuses(const QList<std::pair<ShopOrder, QString>> &edits, QList<int> &notFound);
    Status pullHistory();
    Status applyHistory(const QJsonArray &entries);
    Status retryPendingApplies();
    // Applies one CRM status code to the shop order with this externalId; false on a fatal error.
    Status applyCrmStatus(const QString &externalId, const QString &code, bool *used);
    bool isFatal(const Error &error) const;
    void fail(const QString &externalId, int shopId, const QString &reason);

    Context m_context;
    SyncRoundOptions m_options;
    SyncRoundSummary m_summary;
    ShopReferences m_references;
    std::atomic<bool> m_cancelled { false };
    QPointer<UploadEngine> m_engine;
};

} // namespace rd
