#include "CrmClient.h"

#include "CrmDecode.h"
#include "CrmRateLimiter.h"
#include "CrmRequestLog.h"
#include "CrmResponse.h"
#include "config/Profile.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

// Qt 6.4 opens at most 6 HTTP/1.1 connections per host and QNetworkAccessManager; more requests
// in flight need more managers (HTTP/2 multiplexes on one connection per manager anyway).
constexpr int connectionsPerManager = 6;

bool isTransient(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::UnknownProxyError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::BackgroundRequestNotAllowedError:
        return true;
    default:
        return false;
    }
}

QString networkErrorText(QNetworkReply::NetworkError error, const QString &qtText)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return u"the connection was refused"_s;
    case QNetworkReply::RemoteHostClosedError:
        return u"the connection was closed before the answer arrived"_s;
    case QNetworkReply::HostNotFoundError:
        return u"the host name does not resolve"_s;
    case QNetworkReply::SslHandshakeFailedError:
        return u"the TLS handshake failed (%1)"_s.arg(qtText);
    default:
        return qtText;
    }
}

} // namespace

CrmClient::CrmClient(CrmConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_configStatus(Profile::validateCrmUrl(m_config.baseUrl))
    , m_limiter(CrmRateLimiter::forUrl(m_config.baseUrl))
{
    m_config.maxInFlight = qBound(1, m_config.maxInFlight, 256);
    m_config.maxRetries = qMax(0, m_config.maxRetries);
    if (!(m_config.rateLimit > 0))
        m_config.rateLimit = 10;
    // Drop trailing slashes so that paths join cleanly.
    QString path = m_config.baseUrl.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    m_config.baseUrl.setPath(path);
}

CrmClient::~CrmClient()
{
    // Replies are children and die with us; cut them loose first so that nothing calls back.
    const QList<CrmReply *> live = m_live;
    for (CrmReply *reply : live) {
        detachNetwork(reply);
        reply->m_client = nullptr;
    }
    m_live.clear();
    m_queue.clear();
}

// ---- URLs and parameters -----------------------------------------------------------------

QUrl CrmClient::urlFor(const QString &path, bool versionless) const
{
    QUrl url = m_config.baseUrl;
    url.setPath(m_config.baseUrl.path() + (versionless ? u"/api/"_s : u"/api/v5/"_s) + path, QUrl::TolerantMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QString CrmClient::byName(By by)
{
    return by == By::Id ? u"id"_s : u"externalId"_s;
}

QString CrmClient::pathId(const QString &id, const QString &what, Error *error) const
{
    if (id.trimmed().isEmpty() || id.contains(u'/') || id == u"."_s || id == u".."_s) {
        *error = Error(ErrorCode::Validation,
                       u"Cannot address the %1 \"%2\" in a RetailCRM URL: it is empty or contains '/'."_s.arg(what, id),
                       u"Look it up by its CRM id (by=id) or through a list filter instead."_s);
        return {};
    }
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

CrmQuery CrmClient::withSiteFilter(CrmQuery filter) const
{
    if (!m_config.site.isEmpty() && !filter.contains(u"filter[sites]"_s))
        filter.filterList(u"sites"_s, { m_config.site });
    return filter;
}

int CrmClient::pageLimit(int requested, bool allow250)
{
    if (requested <= 20)
        return 20;
    if (requested <= 50)
        return 50;
    if (requested <= 100 || !allow250)
        return 100;
    return 250;
}

CrmReply *CrmClient::makeGet(const QString &path, const CrmQuery &query, bool versionless)
{
    QUrl url = urlFor(path, versionless);
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(query.toEncoded()), QUrl::TolerantMode);
    auto *reply = new CrmReply(this, u"GET"_s, url, {});
    enqueue(reply);
    return reply;
}

CrmReply *CrmClient::makePost(const QString &path, const CrmQuery &form)
{
    auto *reply = new CrmReply(this, u"POST"_s, urlFor(path, false), form.toEncoded());
    reply->m_batchUpload = path.endsWith(u"/upload"_s);
    enqueue(reply);
    return reply;
}

CrmReply *CrmClient::failLater(const QString &method, const QString &path, Error error)
{
    auto *reply = new CrmReply(this, method, urlFor(path, false), {});
    m_live.append(reply);
    QTimer::singleShot(0, reply, [this, reply, error] { finish(reply, error); });
    return reply;
}

CrmReply *CrmClient::get(const QString &path, const CrmQuery &query, bool versionless)
{
    return makeGet(path, query, versionless);
}

CrmReply *CrmClient::post(const QString &path, const CrmQuery &form)
{
    return makePost(path, form);
}

// ---- endpoints -----------------------------------------------------------------------------

CrmReply *CrmClient::apiVersions()
{
    return makeGet(u"api-versions"_s, {}, true);
}

CrmReply *CrmClient::credentials()
{
    return makeGet(u"credentials"_s, {}, true);
}

CrmReply *CrmClient::sites()
{
    return makeGet(u"reference/sites"_s, {});
}

CrmReply *CrmClient::deliveryTypes()
{
    return makeGet(u"reference/delivery-types"_s, {});
}

CrmReply *CrmClient::paymentTypes()
{
    return makeGet(u"reference/payment-types"_s, {});
}

CrmReply *CrmClient::statuses()
{
    return makeGet(u"reference/statuses"_s, {});
}

CrmReply *CrmClient::stores()
{
    return makeGet(u"reference/stores"_s, {});
}

CrmReply *CrmClient::siteEdit(const QString &code, const QJsonObject &site)
{
    Error error;
    const QString segment = pathId(code, u"site"_s, &error);
    if (segment.isEmpty())
        return failLater(u"POST"_s, u"reference/sites/edit"_s, error);
    return makePost(u"reference/sites/"_s + segment + u"/edit"_s, CrmQuery().addJson(u"site"_s, site));
}

CrmReply *CrmClient::customersGet(const QString &id, By by)
{
    Error error;
    const QString segment = pathId(id, u"customer"_s, &error);
    if (segment.isEmpty())
        return failLater(u"GET"_s, u"customers"_s, error);
    CrmQuery query;
    query.add(u"by"_s, byName(by));
    if (!m_config.site.isEmpty())
        query.add(u"site"_s, m_config.site);
    return makeGet(u"customers/"_s + segment, query);
}

CrmReply *CrmClient::customersCreate(const QJsonObject &customer)
{
    CrmQuery form;
    if (!m_config.site.isEmpty())
        form.add(u"site"_s, m_config.site);
    return makePost(u"customers/create"_s, form.addJson(u"customer"_s, customer));
}

CrmReply *CrmClient::customersEdit(const QString &id, const QJsonObject &customer, By by)
{
    Error error;
    const QString segment = pathId(id, u"customer"_s, &error);
    if (segment.isEmpty())
        return failLater(u"POST"_s, u"customers/edit"_s, error);
    CrmQuery form;
    if (!m_config.site.isEmpty())
        form.add(u"site"_s, m_config.site);
    form.add(u"by"_s, byName(by)).addJson(u"customer"_s, customer);
    return makePost(u"customers/"_s + segment + u"/edit"_s, form);
}

CrmReply *CrmClient::customersUpload(const QJsonArray &customers)
{
    CrmQuery form;
    if (!m_config.site.isEmpty())
        form.add(u"site"_s, m_config.site);
    CrmReply *reply = makePost(u"customers/upload"_s, form.addJson(u"customers"_s, customers));
    reply->m_batch = customers;
    return reply;
}

CrmReply *CrmClient::customersList(const CrmQuery &filter, int limit, int page)
{
    CrmQuery query = withSiteFilter(filter);
    query.remove(u"limit"_s).remove(u"page"_s);
    query.add(u"limit"_s, pageLimit(limit)).add(u"page"_s, qMax(1, page));
    return makeGet(u"customers"_s, query);
}

CrmReply *CrmClient::customersHistory(const CrmQuery &filter, int limit, int page)
{
    CrmQuery query = filter;
    query.remove(u"limit"_s).remove(u"page"_s);
    query.add(u"limit"_s, pageLimit(limit)).add(u"page"_s, qMax(1, page));
    return makeGet(u"customers/history"_s, query);
}

CrmReply *CrmClient::customersFixExternalIds(const QJsonArray &idPairs)
{
    return makePost(u"customers/fix-external-ids"_s, CrmQuery().addJson(u"customers"_s, idPairs));
}

CrmReply *CrmClient::ordersGet(const QString &id, By by)
{
    Error error;
    const QString segment = pathId(id, u"order"_s, &error);
    if (segment.isEmpty())
        return failLater(u"GET"_s, u"orders"_s, error);
    CrmQuery query;
    query.add(u"by"_s, byName(by));
    if (!m_config.site.isEmpty())
        query.add(u"site"_s, m_config.site);
    return makeGet(u"orders/"_s + segment, query);
}

CrmReply *CrmClient::ordersCreate(const QJsonObject &order)
{
    CrmQuery form;
    if (!m_config.site.isEmpty())
        form.add(u"site"_s, m_config.site);
    return makePost(u"orders/create"_s, form.addJson(u"order"_s, order));
}

CrmReply *CrmClient::ordersEdit(const QString &id, const QJsonObject &order, By by)
{
    Error error;
    const QString segment = pathId(id, u"order"_s, &error);
    if (segment.isEmpty())
        return failLater(u"POST"_s, u"orders/edit"_s, error);
    CrmQuery form;
    if (!m_config.site.isEmpty())
        form.add(u"site"_s, m_config.site);
    form.add(u"by"_s, byName(by)).addJson(u"order"_s, order);
    return makePost(u"orders/"_s + segment + u"/edit"_s, form);
}

CrmReply *CrmClient::ordersUpload(const QJsonArray &orders)
{
    CrmQuery form;
    if (!m_config.site.isEmpty())
        form.add(u"site"_s, m_config.site);
    CrmReply *reply = makePost(u"orders/upload"_s, form.addJson(u"orders"_s, orders));
    reply->m_batch = orders;
    return reply;
}

CrmReply *CrmClient::ordersList(const CrmQuery &filter, int limit, int page)
{
    CrmQuery query = withSiteFilter(filter);
    query.remove(u"limit"_s).remove(u"page"_s);
    query.add(u"limit"_s, pageLimit(limit)).add(u"page"_s, qMax(1, page));
    return makeGet(u"orders"_s, query);
}

CrmReply *CrmClient::ordersHistory(const CrmQuery &filter, int limit, int page)
{
    CrmQuery query = filter;
    query.remove(u"limit"_s).remove(u"page"_s);
    query.add(u"limit"_s, pageLimit(limit)).add(u"page"_s, qMax(1, page));
    return makeGet(u"orders/history"_s, query);
}

CrmReply *CrmClient::ordersStatuses(const QList<qint64> &ids, const QStringList &externalIds)
{
    QStringList idTexts;
    for (qint64 id : ids)
        idTexts.append(QString::number(id));
    CrmQuery query;
    query.addList(u"ids"_s, idTexts).addList(u"externalIds"_s, externalIds);
    return makeGet(u"orders/statuses"_s, query);
}

CrmReply *CrmClient::ordersFixExternalIds(const QJsonArray &idPairs)
{
    return makePost(u"orders/fix-external-ids"_s, CrmQuery().addJson(u"orders"_s, idPairs));
}

CrmReply *CrmClient::ordersPaymentCreate(const QJsonObject &payment)
{
    CrmQuery form;
    if (!m_config.site.isEmpty())
        form.add(u"site"_s, m_config.site);
    return makePost(u"orders/payments/create"_s, form.addJson(u"payment"_s, payment));
}

CrmReply *CrmClient::ordersPaymentEdit(const QString &id, const QJsonObject &payment, By by)
{
    Error error;
    const QString segment = pathId(id, u"payment"_s, &error);
    if (segment.isEmpty())
        return failLater(u"POST"_s, u"orders/payments/edit"_s, error);
    CrmQuery form;
    if (!m_config.site.isEmpty())
        form.add(u"site"_s, m_config.site);
    form.add(u"by"_s, byName(by)).addJson(u"payment"_s, payment);
    return makePost(u"orders/payments/"_s + segment + u"/edit"_s, form);
}

CrmReply *CrmClient::storeProducts(const CrmQuery &filter, int limit, int page)
{
    CrmQuery query = withSiteFilter(filter);
    query.remove(u"limit"_s).remove(u"page"_s);
    query.add(u"limit"_s, pageLimit(limit, true)).add(u"page"_s, qMax(1, page));
    return makeGet(u"store/products"_s, query);
}

CrmReply *CrmClient::storeOffers(const CrmQuery &filter, int limit, int page)
{
    CrmQuery query = withSiteFilter(filter);
    query.remove(u"limit"_s).remove(u"page"_s);
    query.add(u"limit"_s, pageLimit(limit, true)).add(u"page"_s, qMax(1, page));
    return makeGet(u"store/offers"_s, query);
}

CrmReply *CrmClient::storeInventories(const CrmQuery &filter, int limit, int page)
{
    CrmQuery query = withSiteFilter(filter);
    query.remove(u"limit"_s).remove(u"page"_s);
    query.add(u"limit"_s, pageLimit(limit, true)).add(u"page"_s, qMax(1, page));
    return makeGet(u"store/inventories"_s, query);
}

CrmReply *CrmClient::storeInventoriesUpload(const QJsonArray &offers)
{
    CrmQuery form;
    if (!m_config.site.isEmpty())
        form.add(u"site"_s, m_config.site);
    CrmReply *reply = makePost(u"store/inventories/upload"_s, form.addJson(u"offers"_s, offers));
    reply->m_batch = offers;
    return reply;
}

CrmReply *CrmClient::storePricesUpload(const QJsonArray &prices)
{
    QJsonArray items;
    for (const QJsonValue &v : prices) {
        QJsonObject item = v.toObject();
        if (!m_config.site.isEmpty() && !item.contains(u"site"_s))
            item.insert(u"site"_s, m_config.site);
        items.append(item);
    }
    CrmReply *reply = makePost(u"store/prices/upload"_s, CrmQuery().addJson(u"prices"_s, items));
    reply->m_batch = items;
    return reply;
}

// ---- waiting -------------------------------------------------------------------------------

Result<QJsonObject> CrmClient::waitFor(CrmReply *reply)
{
    if (!reply)
        return Error(ErrorCode::Internal, u"No CRM call to wait for."_s);
    if (reply->isFinished())
        return reply->result();
    Result<QJsonObject> out = Error(ErrorCode::Cancelled, u"The CRM call was cancelled before it finished."_s);
    QEventLoop loop;
    connect(reply, &CrmReply::finished, &loop, [&out, &loop, reply] {
        out = reply->result();
        loop.quit();
    });
    connect(reply, &QObject::destroyed, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return out;
}

Result<CrmUploadResult> CrmClient::waitForUpload(CrmReply *reply)
{
    const QJsonArray batch = reply ? reply->batch() : QJsonArray();
    return CrmDecode::upload(waitFor(reply), batch);
}

// ---- scheduling ----------------------------------------------------------------------------

void CrmClient::enqueue(CrmReply *reply, bool front)
{
    if (!m_live.contains(reply))
        m_live.append(reply);
    if (!m_configStatus) {
        const Error error = m_configStatus.error();
        QTimer::singleShot(0, reply, [this, reply, error] { finish(reply, error); });
        return;
    }
    if (front)
        m_queue.prepend(reply);
    else
        m_queue.append(reply);
    // Start on the next event loop turn: callers connect to finished() after the call returns.
    QTimer::singleShot(0, this, &CrmClient::pump);
}

void CrmClient::pump()
{
    while (m_active < m_config.maxInFlight && !m_queue.isEmpty()) {
        CrmReply *reply = m_queue.takeFirst();
        reply->m_holdsSlot = true;
        ++m_active;
        schedule(reply);
    }
}

void CrmClient::schedule(CrmReply *reply)
{
    const qint64 delay = m_limiter->reserve(m_config.rateLimit);
    if (delay <= 0) {
        send(reply);
        return;
    }
    if (!reply->m_timer) {
        reply->m_timer = new QTimer(reply);
        reply->m_timer->setSingleShot(true);
        reply->m_timer->setTimerType(Qt::PreciseTimer);
    }
    reply->m_timer->disconnect(this);
    connect(reply->m_timer, &QTimer::timeout, this, [this, reply] {
        // A 503 elsewhere may have paused the host since this slot was reserved.
        if (m_limiter->pausedForMs() > 0)
            schedule(reply);
        else
            send(reply);
    });
    reply->m_timer->start(static_cast<int>(qMin<qint64>(delay, std::numeric_limits<int>::max())));
}

CrmClient::NamSlot &CrmClient::pickNam()
{
    NamSlot *best = nullptr;
    for (NamSlot &slot : m_nams) {
        if (!best || slot.active < best->active)
            best = &slot;
    }
    if (!best || best->active >= connectionsPerManager) {
        auto *nam = new QNetworkAccessManager(this);
        nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_nams.append({ nam, 0 });
        return m_nams.last();
    }
    return *best;
}

void CrmClient::send(CrmReply *reply)
{
    ++reply->m_attempt;
    reply->m_timedOut = false;

    QNetworkRequest request(reply->m_url);
    request.setRawHeader("X-API-KEY", m_config.apiKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("RetailDesk/" RETAILDESK_VERSION));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(0); // our own timer below limits the whole attempt

    NamSlot &slot = pickNam();
    ++slot.active;
    reply->m_nam = slot.nam;
    reply->m_attemptClock.start();
    if (reply->m_method == u"POST"_s) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        qCDebug(lcCrm).noquote() << "POST" << CrmLogEntry::redactUrl(reply->m_url).toString(QUrl::FullyEncoded)
                                 << QString::fromUtf8(CrmLogEntry::redactBody(reply->m_body));
        reply->m_network = slot.nam->post(request, reply->m_body);
    } else {
        reply->m_network = slot.nam->get(request);
    }
    connect(reply->m_network, &QNetworkReply::finished, reply, [this, reply] { onNetworkFinished(reply); });

    if (!reply->m_timeout) {
        reply->m_timeout = new QTimer(reply);
        reply->m_timeout->setSingleShot(true);
        reply->m_timeout->setTimerType(Qt::PreciseTimer); // a coarse timer may fire up to 5 % early
        connect(reply->m_timeout, &QTimer::timeout, reply, [reply] {
            if (reply->m_network) {
                reply->m_timedOut = true;
                reply->m_network->abort(); // emits finished → onNetworkFinished
            }
        });
    }
    reply->m_timeout->start(m_config.timeoutMs);
}

void CrmClient::detachNetwork(CrmReply *reply)
{
    if (reply->m_timer)
        reply->m_timer->stop();
    if (reply->m_timeout)
        reply->m_timeout->stop();
    if (QNetworkReply *network = reply->m_network) {
        reply->m_network = nullptr;
        network->disconnect(reply);
        network->abort();
        network->deleteLater();
        for (NamSlot &slot : m_nams) {
            if (slot.nam == reply->m_nam)
                --slot.active;
        }
        reply->m_nam = nullptr;
    }
}

qint64 CrmClient::backoffMs(int attempt) const
{
    const double exp = std::ldexp(static_cast<double>(m_config.retryBaseMs), qMax(0, attempt - 1));
    const qint64 full = static_cast<qint64>(qMin<double>(exp, m_config.retryCapMs));
    if (full <= 1)
        return full;
    // "Equal jitter": half fixed, half random, so retries of many requests spread out.
    const qint64 half = full / 2;
    return half + static_cast<qint64>(QRandomGenerator::global()->bounded(static_cast<quint32>(full - half + 1)));
}

void CrmClient::onNetworkFinished(CrmReply *reply)
{
    QNetworkReply *network = reply->m_network;
    if (!network)
        return;
    reply->m_network = nullptr;
    if (reply->m_timeout)
        reply->m_timeout->stop();
    for (NamSlot &slot : m_nams) {
        if (slot.nam == reply->m_nam)
            --slot.active;
    }
    reply->m_nam = nullptr;
    network->deleteLater();

    const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = network->error();
    const QByteArray body = network->readAll();
    const bool timedOut = reply->m_timedOut;
    reply->m_httpStatus = timedOut ? 0 : status;

    CrmLogEntry entry;
    entry.method = reply->m_method;
    entry.url = CrmLogEntry::redactUrl(reply->m_url);
    entry.httpStatus = timedOut ? 0 : status;
    entry.durationMs = reply->m_attemptClock.elapsed();
    entry.attempt = reply->m_attempt;

    const bool canRetry = reply->m_attempt <= m_config.maxRetries;
    const QString host = m_config.baseUrl.host();

    if (timedOut || status == 0) {
        const bool transient = timedOut || isTransient(netError);
        entry.error = timedOut ? u"timeout"_s : networkErrorText(netError, network->errorString());
        entry.willRetry = transient && canRetry;
        log(entry);
        if (entry.willRetry) {
            retryLater(reply, backoffMs(reply->m_attempt));
            return;
        }
        if (timedOut)
            finish(reply, CrmResponse::timeout(reply->m_method, reply->path(), m_config.timeoutMs, reply->m_attempt));
        else
            finish(reply, CrmResponse::networkError(host, entry.error, reply->m_attempt));
        return;
    }

    if (status == 503 || status == 429) {
        entry.error = errorCodeName(ErrorCode::RateLimited);
        entry.willRetry = canRetry;
        log(entry);
        if (canRetry) {
            qint64 pause = backoffMs(reply->m_attempt);
            bool ok = false;
            const qint64 retryAfter = network->rawHeader("Retry-After").trimmed().toLongLong(&ok);
            if (ok && retryAfter > 0)
                pause = qMax(pause, qMin<qint64>(retryAfter * 1000, 60'000));
            m_limiter->pause(pause);
            // Back in line at once: the limiter holds it (and every other request) until the pause ends.
            releaseSlot(reply);
            m_queue.prepend(reply);
            pump();
            return;
        }
        finish(reply, CrmResponse::rateLimited(host, reply->m_attempt));
        return;
    }

    CrmResponse response;
    response.method = reply->m_method;
    response.path = reply->path();
    response.host = host;
    response.site = m_config.site;
    response.httpStatus = status;
    response.contentType = network->rawHeader("Content-Type");
    response.body = body;
    response.location = QString::fromUtf8(network->rawHeader("Location"));
    response.batchUpload = reply->m_batchUpload;
    Result<QJsonObject> result = response.interpret();

    if ((status == 502 || status == 504) && canRetry) {
        entry.error = errorCodeName(ErrorCode::Server);
        entry.willRetry = true;
        log(entry);
        retryLater(reply, backoffMs(reply->m_attempt));
        return;
    }
    if (!result)
        entry.error = errorCodeName(result.error().code);
    log(entry);
    if (lcCrm().isDebugEnabled())
        qCDebug(lcCrm).noquote() << "answer" << status << QString::fromUtf8(CrmLogEntry::redactBody(body.left(4096)));
    finish(reply, std::move(result));
}

void CrmClient::retryLater(CrmReply *reply, qint64 delayMs)
{
    releaseSlot(reply);
    if (!reply->m_timer) {
        reply->m_timer = new QTimer(reply);
        reply->m_timer->setSingleShot(true);
        reply->m_timer->setTimerType(Qt::PreciseTimer);
    }
    reply->m_timer->disconnect(this);
    connect(reply->m_timer, &QTimer::timeout, this, [this, reply] {
        m_queue.prepend(reply);
        pump();
    });
    reply->m_timer->start(static_cast<int>(delayMs));
    pump();
}

void CrmClient::releaseSlot(CrmReply *reply)
{
    if (reply->m_holdsSlot) {
        reply->m_holdsSlot = false;
        --m_active;
    }
}

void CrmClient::finish(CrmReply *reply, Result<QJsonObject> result)
{
    if (reply->m_finished)
        return;
    detachNetwork(reply);
    releaseSlot(reply);
    m_queue.removeAll(reply);
    m_live.removeAll(reply);
    reply->m_finished = true;
    reply->m_result = std::move(result);
    // A slot connected to finished() may delete the reply or even this client: guard both.
    const QPointer<CrmClient> self(this);
    const QPointer<CrmReply> guard(reply);
    Q_EMIT reply->finished();
    if (guard && guard->m_autoDelete)
        guard->deleteLater();
    if (self)
        pump();
}

void CrmClient::forget(CrmReply *reply)
{
    detachNetwork(reply);
    releaseSlot(reply);
    m_queue.removeAll(reply);
    m_live.removeAll(reply);
    QTimer::singleShot(0, this, &CrmClient::pump);
}

void CrmClient::abortReply(CrmReply *reply)
{
    finish(reply,
           Error(ErrorCode::Cancelled, u"The CRM call %1 %2 was cancelled."_s.arg(reply->m_method, reply->path())));
}

void CrmClient::abortAll()
{
    const QList<CrmReply *> live = m_live;
    for (CrmReply *reply : live)
        abortReply(reply);
}

void CrmClient::log(const CrmLogEntry &entry)
{
    qCInfo(lcCrm).noquote() << entry.toString();
    CrmRequestLog::instance().append(entry);
    if (m_logSink)
        m_logSink(entry);
}

} // namespace rd
