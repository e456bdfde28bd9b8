#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <memory>

class QProcess;

namespace rd {

// How to start the sandbox CRM (the flags of `retaildesk-sandbox`).
struct SandboxOptions
{
    QString dbPath; // SQLite file; empty = in memory
    QString seed = QStringLiteral("demo"); // demo | samples | none
    QString site = QStringLiteral("demo-shop");
    QString apiKey; // handed over in the child's environment; empty = the sandbox default "sandbox-key"
    int port = 0; // 0 = a free port
    int rateLimit = 0; // requests per second, 0 = off
    int latencyMs = 0;
    double fault503 = 0;
    double faultReset = 0;
    double faultMalformed = 0;
    double faultHang = 0;
};

// Starts `retaildesk-sandbox` as a child process and talks to its /_sandbox/ control endpoints.
// Synchronous: the helpers spin a local event loop. The child gets the API key through its environment
// (never argv) and dies with the thread that started it (PR_SET_PDEATHSIG).
class SandboxProcess final
{
public:
    SandboxProcess();
    ~SandboxProcess(); // stops the child
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Starts the child and waits for its "listening on" line; returns the base URL http://127.0.0.1:PORT
    // (the API is under /api/v5, the control endpoints under /_sandbox/).
    Result<QUrl> start(const SandboxOptions &options, int timeoutMs = 15000);
    // SIGTERM, then SIGKILL after 3 s. Safe to call when not running.
    void stop();

    QUrl url() const { return m_url; }
    bool isRunning() const;
    qint64 processId() const; // 0 when not running
    QString apiKey() const { return m_apiKey; }
    // The child's stderr so far (for diagnostics).
    QString errorOutput();

    // POST /_sandbox/config with the given keys (rateLimit, latencyMs, fault503, faultReset, faultMalformed,
    // faultHang, faultsAfterProcessing, randomSeed).
    Status configure(const QJsonObject &config);
    // GET /_sandbox/stats.
    Result<QJsonObject> stats();
    // Any control call: method GET or POST, path like "/_sandbox/reset", body sent as JSON when not empty.
    Result<QJsonObject> control(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                                int timeoutMs = 10000);

    // retaildesk-sandbox beside the running executable, else in $RETAILDESK_BIN_DIR; empty when not found.
    static QString findExecutable();

private:
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
    QString m_apiKey;
    QByteArray m_stderrTail;
};

} // namespace rd
