#pragma once

#include "CrmConfig.h"
#include "CrmLogEntry.h"
#include "CrmQuery.h"
#include "CrmReply.h"
#include "CrmTypes.h"
#include "common/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <memory>

class QNetworkAccessManager;

namespace rd {

class CrmRateLimiter;

// Asynchronous RetailCRM API v5 client (docs/retailcrm-api.md).
//
// - Lives in the thread that created it, with its own QNetworkAccessManagers; make one per thread
//   (GUI look-ups, a job's worker thread). Not thread-safe itself.
// - Every client of the process shares one rate limiter per CRM host (CrmRateLimiter), so all of
//   them together stay under config.rateLimit; each keeps up to config.maxInFlight requests
//   going at once, so the limit is reached even when every request takes a second or two.
// - Sends the key as the X-API-KEY header (never in a URL), Accept: application/json, POST bodies
//   as application/x-www-form-urlencoded with each entity as one JSON field, `site` where the API
//   wants it and filter[sites][] on lists (unless the filter already names sites).
// - Retries network errors, timeouts, 502/504 and 503/429 up to config.maxRetries times with
//   exponential back-off and jitter; a 503/429 also pauses every request to that host. Never
//   retries other 4xx. Uploads are retried too: a POST that timed out may have reached the CRM,
//   so a retried orders/create could duplicate; the sync layer makes uploads idempotent
//   (upload by externalId, journal) and relies on that.
// - Answers become rd::Error for a person (CrmResponse); a 460 partial upload is a payload, decoded
//   with CrmReply::uploadResult() / CrmDecode::upload().
//
// Asynchronous use:
//   CrmReply *r = client->ordersGet(u"123"_s);
//   connect(r, &CrmReply::finished, this, [r] { Result<QJsonObject> o = CrmDecode::entity(r->result(), u"order"_s); });
// Blocking use (CLI, worker threads; runs a local event loop):
//   Result<QJsonObject> json = client.waitFor(client.credentials());
//   Result<CrmUploadResult> up = client.waitForUpload(client.ordersUpload(batch));
class CrmClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CrmClient)

public:
    enum class By { ExternalId, Id }; // how an {id} in the path is meant

    // `config` should be valid (CrmConfig::validate / fromProfile); calls with an invalid URL fail
    // with Error(Config).
    explicit CrmClient(CrmConfig config, QObject *parent = nullptr);
    ~CrmClient() override;

    const CrmConfig &config() const { return m_config; }
    // Gets one CrmLogEntry per HTTP attempt (in this client's thread). Never sees the key.
    void setLogSink(CrmLogSink sink) { m_logSink = std::move(sink); }

    // System (versionless: /api/...)
    CrmReply *apiVersions(); // GET /api/api-versions
    CrmReply *credentials(); // GET /api/credentials

    // References
    CrmReply *sites(); // GET reference/sites
    CrmReply *deliveryTypes(); // GET reference/delivery-types
    CrmReply *paymentTypes(); // GET reference/payment-types
    CrmReply *statuses(); // GET reference/statuses
    CrmReply *stores(); // GET reference/stores
    CrmReply *siteEdit(const QString &code, const QJsonObject &site); // POST reference/sites/{code}/edit site=<json>

    // Customers
    CrmReply *customersGet(const QString &id, By by = By::ExternalId);
    CrmReply *customersCreate(const QJsonObject &customer);
    CrmReply *customersEdit(const QString &id, const QJsonObject &customer, By by = By::ExternalId);
    CrmReply *customersUpload(const QJsonArray &customers);
    CrmReply *customersList(const CrmQuery &filter = {}, int limit = 20, int page = 1);
    CrmReply *customersHistory(const CrmQuery &filter = {}, int limit = 100, int page = 1);
    CrmReply *customersFixExternalIds(const QJsonArray &idPairs); // [{id, externalId}]

    // Orders
    CrmReply *ordersGet(const QString &id, By by = By::ExternalId);
    CrmReply *ordersCreate(const QJsonObject &order);
    CrmReply *ordersEdit(const QString &id, const QJsonObject &order, By by = By::ExternalId);
    CrmReply *ordersUpload(const QJsonArray &orders);
    CrmReply *ordersList(const CrmQuery &filter = {}, int limit = 20, int page = 1);
    CrmReply *ordersHistory(const CrmQuery &filter = {}, int limit = 100, int page = 1);
    CrmReply *ordersStatuses(const QList<qint64> &ids, const QStringList &externalIds = {});
    CrmReply *ordersFixExternalIds(const QJsonArray &idPairs); // [{id, externalId}]
    CrmReply *ordersPaymentCreate(const QJsonObject &payment);
    CrmReply *ordersPaymentEdit(const QString &id, const QJsonObject &payment, By by = By::Id);

    // Store
    CrmReply *storeProducts(const CrmQuery &filter = {}, int limit = 20, int page = 1);
    CrmReply *storeOffers(const CrmQuery &filter = {}, int limit = 20, int page = 1);
    CrmReply *storeInventories(const CrmQuery &filter = {}, int limit = 250, int page = 1);
    CrmReply *storeInventoriesUpload(const QJsonArray &offers); // offers=<json>, site
    CrmReply *storePricesUpload(const QJsonArray &prices); // prices=<json>; each item gets `site` if it has none

    // Any other method: `path` relative to /api/v5/ (or to /api/ when versionless).
    CrmReply *get(const QString &path, const CrmQuery &query = {}, bool versionless = false);
    CrmReply *post(const QString &path, const CrmQuery &form);

    // Blocks on a local event loop until `reply` finishes and returns its result (the reply then
    // deletes itself unless autoDelete is off). Don't call it on the GUI thread.
    Result<QJsonObject> waitFor(CrmReply *reply);
    // waitFor + CrmDecode::upload with the reply's batch.
    Result<CrmUploadResult> waitForUpload(CrmReply *reply);

    // Cancels every unfinished call of this client (each finishes with Error(Cancelled)).
    void abortAll();
    int pendingCount() const { return static_cast<int>(m_live.size()); } // unfinished calls
    int inFlightCount() const { return m_active; }

    // Page sizes the API accepts: 20, 50, 100 (and 250 on store lists); others round up.
    static int pageLimit(int requested, bool allow250 = false);

private:
    struct NamSlot
    {
        QNetworkAccessManager *nam = nullptr;
        int active = 0;
    };

    CrmReply *makeGet(const QString &path, const CrmQuery &query, bool versionless = false);
    CrmReply *makePost(const QString &path, const CrmQuery &form);
    CrmReply *failLater(const QString &method, const QString &path, Error error);
    QUrl urlFor(const QString &path, bool versionless) const;
    CrmQuery withSiteFilter(CrmQuery filter) const;
    QString pathId(const QString &id, const QString &what, Error *error) const;
    static QString byName(By by);

    void enqueue(CrmReply *reply, bool front = false);
    void pump();
    void schedule(CrmReply *reply);
    void send(CrmReply *reply);
    void onNetworkFinished(CrmReply *reply);
    void retryLater(CrmReply *reply, qint64 delayMs);
    void finish(CrmReply *reply, Result<QJsonObject> result);
    void releaseSlot(CrmReply *reply);
    void detachNetwork(CrmReply *reply);
    void forget(CrmReply *reply); // from ~CrmReply
    void abortReply(CrmReply *reply);
    qint64 backoffMs(int attempt) const;
    NamSlot &pickNam();
    void log(const CrmLogEntry &entry);

    friend class CrmReply;

    CrmConfig m_config;
    Status m_configStatus;
    std::shared_ptr<CrmRateLimiter> m_limiter;
    QList<NamSlot> m_nams;
    QList<CrmReply *> m_queue; // waiting for an in-flight slot
    QList<CrmReply *> m_live; // every unfinished reply
    int m_active = 0;
    CrmLogSink m_logSink;
};

} // namespace rd
