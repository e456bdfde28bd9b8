#pragma once

#include "SandboxConfig.h"
#include "SandboxHttp.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>

namespace rd::sandbox {

class SandboxApi;

// The transport of the sandbox CRM: a QAbstractHttpServer whose handler copies each request out,
// answers it on the raw socket (so answers can be delayed with timers while other connections go on,
// the connection can be reset, or the answer never sent), and applies the rate limit and injected faults.
// /_sandbox/config and /_sandbox/stats are served here; everything else goes to SandboxApi.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(SandboxApi *api, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1 only; port 0 picks a free one. Returns the port, 0 on failure.
    quint16 start(quint16 port);

    const SandboxConfig &config() const { return m_config; }
    Status applyConfig(const QJsonObject &json);
    QJsonObject stats() const;
    void resetStats();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    enum class Fault { None, ServiceUnavailable, Reset, Malformed, Hang };

    void handleApi(const SandboxHttpRequest &request, const QPointer<QTcpSocket> &socket, bool keepAlive);
    SandboxHttpResponse handleControl(const SandboxHttpRequest &request);
    void send(const QPointer<QTcpSocket> &socket, const SandboxHttpResponse &response, bool keepAlive, int delayMs);
    void resetConnection(const QPointer<QTcpSocket> &socket, int delayMs);
    bool takeRateToken();
    Fault drawFault();
    void finishInFlight();

    SandboxApi *m_api;
    SandboxConfig m_config;
    QRandomGenerator m_random;

    QElapsedTimer m_clock;
    double m_tokens = 0;
    qint64 m_lastRefillNs = 0;

    // statistics
    qint64 m_totalRequests = 0;
    qint64 m_apiRequests = 0;
    qint64 m_controlRequests = 0;
    qint64 m_rateLimited = 0;
    qint64 m_injected503 = 0;
    qint64 m_resets = 0;
    qint64 m_malformed = 0;
    qint64 m_hangs = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    QMap<QString, qint64> m_endpoints;
    QMap<int, qint64> m_statusCodes;
};

} // namespace rd::sandbox
