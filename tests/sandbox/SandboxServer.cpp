#include "SandboxServer.h"

#include "SandboxApi.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTimer>
#include <sys/socket.h>

using namespace Qt::Literals::StringLiterals;

namespace rd::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

} // namespace

SandboxServer::SandboxServer(SandboxApi *api, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_api(api)
    , m_random(QRandomGenerator::securelySeeded())
{
    m_clock.start();
}

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::start(quint16 port)
{
    return listen(QHostAddress::LocalHost, port);
}

Status SandboxServer::applyConfig(const QJsonObject &json)
{
    const int oldRate = m_config.rateLimit;
    if (Status s = m_config.apply(json); !s)
        return s;
    if (json.contains(u"randomSeed"_s))
        m_random.seed(static_cast<quint32>(json.value(u"randomSeed"_s).toInteger()));
    if (m_config.rateLimit != oldRate) {
        m_tokens = m_config.rateLimit;
        m_lastRefillNs = m_clock.nsecsElapsed();
    }
    return {};
}

QJsonObject SandboxServer::stats() const
{
    QJsonObject endpoints;
    for (auto it = m_endpoints.begin(); it != m_endpoints.end(); ++it)
        endpoints.insert(it.key(), it.value());
    QJsonObject codes;
    for (auto it = m_statusCodes.begin(); it != m_statusCodes.end(); ++it)
        codes.insert(QString::number(it.key()), it.value());
    return {
        { u"success"_s, true },
        { u"totalRequests"_s, m_totalRequests },
        { u"apiRequests"_s, m_apiRequests },
        { u"controlRequests"_s, m_controlRequests },
        { u"rateLimited503"_s, m_rateLimited },
        { u"injected503"_s, m_injected503 },
        { u"resets"_s, m_resets },
        { u"malformed"_s, m_malformed },
        { u"hangs"_s, m_hangs },
        { u"inFlight"_s, m_inFlight },
        { u"maxInFlight"_s, m_maxInFlight },
        { u"endpoints"_s, endpoints },
        { u"statusCodes"_s, codes },
        { u"config"_s, m_config.toJson() },
    };
}

void SandboxServer::resetStats()
{
    m_totalRequests = m_apiRequests = m_controlRequests = 0;
    m_rateLimited = m_injected503 = m_resets = m_malformed = m_hangs = 0;
    m_maxInFlight = m_inFlight;
    m_endpoints.clear();
    m_statusCodes.clear();
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SandboxHttpRequest copy;
    copy.method = methodName(request.method());
    copy.path = request.url().path();
    copy.rawQuery = request.url().query(QUrl::FullyEncoded).toUtf8();
    copy.headers = request.headers();
    copy.body = request.body();
    const bool keepAlive = copy.header("Connection").toLower() != "close";
    ++m_totalRequests;

    const QPointer<QTcpSocket> guarded(socket);
    if (copy.path.startsWith(u"/_sandbox/")) {
        ++m_controlRequests;
        send(guarded, handleControl(copy), keepAlive, 0);
    } else {
        handleApi(copy, guarded, keepAlive);
    }
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    send(QPointer<QTcpSocket>(socket), SandboxHttpResponse::error(404, u"API method not found"_s), true, 0);
}

void SandboxServer::handleApi(const SandboxHttpRequest &request, const QPointer<QTcpSocket> &socket, bool keepAlive)
{
    ++m_apiRequests;
    m_endpoints[m_api->endpointOf(request)] += 1;
    const int delay = m_config.latencyMs;

    SandboxHttpResponse response;
    if (m_config.rateLimit > 0 && !takeRateToken()) {
        ++m_rateLimited;
        response = SandboxHttpResponse::serviceUnavailable();
    } else {
        switch (drawFault()) {
        case Fault::ServiceUnavailable:
            ++m_injected503;
            response = SandboxHttpResponse::serviceUnavailable();
            break;
        case Fault::Reset:
            ++m_resets;
            if (m_config.faultsAfterProcessing)
                m_api->handle(request);
            resetConnection(socket, delay);
            return;
        case Fault::Hang:
            ++m_hangs;
            if (m_config.faultsAfterProcessing)
                m_api->handle(request);
            return; // the connection stays open without an answer until the client gives up
        case Fault::Malformed:
            ++m_malformed;
            response = m_api->handle(request);
            response.status = 200;
            response.contentType = "application/json; charset=utf-8";
            response.body.truncate(qMax<qsizetype>(1, response.body.size() / 2));
            break;
        case Fault::None:
            response = m_api->handle(request);
            break;
        }
    }
    m_statusCodes[response.status] += 1;
    send(socket, response, keepAlive, delay);
}

SandboxHttpResponse SandboxServer::handleControl(const SandboxHttpRequest &request)
{
    if (request.path == u"/_sandbox/config") {
        if (request.method == "POST") {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
            if (parseError.error != QJsonParseError::NoError || !doc.isObject())
                return SandboxHttpResponse::error(400, u"The body must be a JSON object."_s);
            if (Status s = applyConfig(doc.object()); !s)
                return SandboxHttpResponse::error(400, s.error().message);
        } else if (request.method != "GET") {
            return SandboxHttpResponse::error(405, u"Method Not Allowed"_s);
        }
        QJsonObject out = m_config.toJson();
        out.insert(u"success"_s, true);
        return SandboxHttpResponse::json(200, out);
    }
    if (request.path == u"/_sandbox/stats") {
        if (request.method != "GET")
            return SandboxHttpResponse::error(405, u"Method Not Allowed"_s);
        return SandboxHttpResponse::json(200, stats());
    }
    if (request.path == u"/_sandbox/stats/reset") {
        if (request.method != "POST")
            return SandboxHttpResponse::error(405, u"Method Not Allowed"_s);
        resetStats();
        return SandboxHttpResponse::json(200, { { u"success"_s, true } });
    }
    return m_api->handleControl(request);
}

void SandboxServer::send(const QPointer<QTcpSocket> &socket, const SandboxHttpResponse &response, bool keepAlive,
                         int delayMs)
{
    auto write = [socket, response, keepAlive]() {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        socket->write(serializeResponse(response, keepAlive));
        if (!keepAlive)
            socket->disconnectFromHost();
    };
    if (delayMs <= 0) {
        write();
        return;
    }
    ++m_inFlight;
    m_maxInFlight = qMax(m_maxInFlight, m_inFlight);
    QTimer::singleShot(delayMs, this, [this, write]() {
        finishInFlight();
        write();
    });
}

void SandboxServer::resetConnection(const QPointer<QTcpSocket> &socket, int delayMs)
{
    auto reset = [socket]() {
        if (!socket)
            return;
        // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
        const qintptr fd = socket->socketDescriptor();
        if (fd >= 0) {
            struct linger lin
            {
                1, 0
            };
            ::setsockopt(static_cast<int>(fd), SOL_SOCKET, SO_LINGER, &lin, sizeof lin);
        }
        socket->abort();
    };
    if (delayMs <= 0) {
        // Not from inside the request handler: the server still touches the socket after it returns.
        QTimer::singleShot(0, this, reset);
        return;
    }
    ++m_inFlight;
    m_maxInFlight = qMax(m_maxInFlight, m_inFlight);
    QTimer::singleShot(delayMs, this, [this, reset]() {
        finishInFlight();
        reset();
    });
}

void SandboxServer::finishInFlight()
{
    --m_inFlight;
}

bool SandboxServer::takeRateToken()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double rate = m_config.rateLimit;
    m_tokens = qMin(rate, m_tokens + static_cast<double>(now - m_lastRefillNs) * rate / 1e9);
    m_lastRefillNs = now;
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return true;
    }
    return false;
}

SandboxServer::Fault SandboxServer::drawFault()
{
    const double total = m_config.fault503 + m_config.faultReset + m_config.faultMalformed + m_config.faultHang;
    if (total <= 0)
        return Fault::None;
    double r = m_random.generateDouble();
    if ((r -= m_config.fault503) < 0)
        return Fault::ServiceUnavailable;
    if ((r -= m_config.faultReset) < 0)
        return Fault::Reset;
    if ((r -= m_config.faultMalformed) < 0)
        return Fault::Malformed;
    if ((r -= m_config.faultHang) < 0)
        return Fault::Hang;
    return Fault::None;
}

} // namespace rd::sandbox
