#pragma once

#include "SyncTypes.h"
#include "mapping/MappingOptions.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <memory>

namespace rd {

class CrmClient;
class CrmReply;
class ShopCustomerReader;
class ShopDatabase;
class ShopOrderReader;
class StateStore;
struct CrmUploadResult;

// Streams shop customers or orders into the CRM: reads rows page by page (keyset), maps them
// (core/mapping), sends batches of options.batchSize through customers/upload or orders/upload with
// several batches outstanding (the CrmClient's shared rate limiter paces them), and writes each
// batch's outcome to the StateStore journal as soon as its answer arrives.
//
// - Resume: rows the journal marks "sent" are not sent again (skipped as "already sent by an earlier run").
// - Never a duplicate: an item the CRM refuses as "already exists" is looked up by externalId
//   (GET orders|customers?filter[externalIds][]=...) and, when found in our site, counted as done.
//   A batch whose answer was lost or unreadable is looked up the same way; what is missing is sent
//   again (up to options.maxAttempts sends per item).
// - 460 partial success: each failed item gets the CRM's reason, the others are done.
// - A 400 for a whole batch: the batch is split into single items so that only the bad ones fail.
// - Orders: the customers a batch references must exist first. Those the journal does not know as
//   sent are uploaded first (staff too; mapOrderCustomer), and the order batch waits for them. An
//   order whose customer the CRM refuses fails with that reason. An order the CRM refuses with
//   "Customer ... not found" (the journal was stale) makes the customer be created again, once.
// - Dry run: emits payload(endpoint, items) for each call it would make; sends and stores nothing.
//
// Lives in the thread that runs it (a job's worker thread), with that thread's shop and state
// connections and a CrmClient of that thread. start() returns at once; finished() follows.
class UploadEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadEngine)

public:
    struct Context
    {
        ShopDatabase *shop = nullptr;
        StateStore *state = nullptr; // required unless dry run (dry run only reads it, when given)
        CrmClient *client = nullptr; // required unless dry run
        MappingOptions mapping;
        qint64 runId = 0;
        double rateLimit = 10; // requests per second: sizes the number of batches kept outstanding
    };

    UploadEngine(Context context, UploadOptions options, QObject *parent = nullptr);
    ~UploadEngine() override;

    void start();
    // Stops reading and sending, aborts the calls in flight (their items stay unrecorded: a rerun
    // looks them up). finished() follows.
    void cancel();
    // Runs start() and a local event loop until finished(); returns the summary.
    UploadSummary runBlocking();

    const UploadSummary &summary() const { return m_summary; }
    bool isFinished() const { return m_finished; }
    // The highest shop id read (the sync round's next watermark once the run finished cleanly).
    int lastIdRead() const { return m_lastIdRead; }
    int maxBatchesInFlight() const { return m_maxInFlight; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void itemFailed(const rd::FailedItem &item);
    void payload(const QString &endpoint, const QJsonArray &items);
    void finished();

private:
    struct Item
    {
        int shopId = 0;
        QString externalId;
        QJsonObject json;
        int attempts = 0; // sends so far in this run
        QString customerRef; // orders: customer.externalId ("" when none)
        QJsonObject customerJson; // orders: the customer to create when the CRM lacks it
        QString reason; // why it is being looked up (the CRM's "already exists" words)
        bool lostAnswer = false; // looked up because the answer was lost: resend what is missing
    };
    struct Batch
    {
        EntityKind kind = EntityKind::Order;
        bool dependency = false; // customers created for orders (not counted as read rows)
        QList<Item> items;
        QSet<QString> waitingFor; // customer externalIds that must exist first
    };
    using BatchPtr = std::shared_ptr<Batch>;

    void pump();
    bool readPage(); // false on a fatal error
    template<typename Row> void takeRows(const QList<Row> &rows);
    void addItem(Item item);
    void formBatch();
    void send(const BatchPtr &batch);
    void onUploaded(const BatchPtr &batch, CrmReply *reply);
    void handleUploadResult(const BatchPtr &batch, const CrmUploadResult &result, int replyAttempts);
    void handleBatchError(const BatchPtr &batch, const Error &error);
    void lookUp(EntityKind kind, bool dependency, QList<Item> items);
    void onLookedUp(EntityKind kind, bool dependency, const QList<Item> &items, CrmReply *reply);
    void resolveWaiting();
    void failItems(EntityKind kind, bool dependency, const QList<Item> &items, const QString &reason);
    // Journal + counts for finished items; false after a fatal journal error.
    bool settle(EntityKind kind, bool dependency, const QList<JournalEntry> &entries);
    void fatal(const Error &error);
    void maybeFinish();
    void emitProgress(bool force);
    qint64 done() const { return m_summary.sent + m_summary.skipped + m_summary.failed; }

    static bool isAlreadyExists(const QString &reason);
    static QHash<QString, QString> itemReasons(const QJsonObject &envelope, const QJsonArray &batch,
                                               const CrmUploadResult &result);
    static QString missingCustomerRef(const QString &reason);

    Context m_context;
    UploadOptions m_options;
    UploadSummary m_summary;
    std::unique_ptr<ShopCustomerReader> m_customerReader;
    std::unique_ptr<ShopOrderReader> m_orderReader;
    bool m_started = false;
    bool m_readerDone = false;
    bool m_stopping = false;
    bool m_finished = false;
    bool m_pumping = false;
    int m_maxInFlight = 2;
    int m_inFlight = 0; // calls outstanding (uploads and look-ups)
    int m_lastIdRead = 0;
    QList<Item> m_current; // the batch being filled
    QList<BatchPtr> m_ready; // formed, waiting for a slot (dependencies first)
    QList<BatchPtr> m_waiting; // order batches waiting for their customers
    QSet<QString> m_customersInFlight; // customers being created (or looked up)
    QHash<QString, QString> m_customerFailures; // customers the CRM refused in this run → reason
    QSet<QString> m_customersHealed; // customers forgotten after "not found" (once per run)
    QSet<QString> m_dryRunCustomers; // dry run: customers already shown
    QElapsedTimer m_clock;
    qint64 m_lastProgressMs = -1;
};

} // namespace rd
