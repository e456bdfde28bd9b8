#pragma once

#include <QMutex>
#include <QString>
#include <QUrl>
#include <memory>

namespace rd {

// One process-wide limiter per CRM host (scheme://host:port), shared by every CrmClient in every
// thread: a token bucket in GCRA form (no timer, only a "theoretical arrival time"), plus a global
// pause that a 503/429 sets so that all requests to that host wait. Thread-safe.
//
// Callers reserve a slot and wait the returned delay before sending; reservations are spaced
// 1/rate apart (a burst of `burst` may go at once), so N requests take (N - burst) / rate seconds.
class CrmRateLimiter final
{
public:
    // The limiter of the host of `url` (created on first use; lives until the process ends).
    static std::shared_ptr<CrmRateLimiter> forUrl(const QUrl &url);
    static QString hostKey(const QUrl &url);

    explicit CrmRateLimiter(QString hostKey);
    Q_DISABLE_COPY_MOVE(CrmRateLimiter)

    // Reserves the next send slot at `rate` requests/s and returns how long to wait for it (ms, >= 0).
    qint64 reserve(double rate, int burst = 1);
    // Makes every request to this host wait at least `ms` from now (a longer pause already set wins).
    void pause(qint64 ms);
    // Milliseconds left of the current pause (0 when none).
    qint64 pausedForMs() const;
    // How many pauses were requested since the start (for tests and benchmarks).
    int pauseCount() const;

    QString hostKey() const { return m_hostKey; }

private:
    static qint64 nowNs();

    const QString m_hostKey;
    mutable QMutex m_mutex;
    qint64 m_tatNs = 0; // theoretical arrival time of the next request
    qint64 m_pausedUntilNs = 0;
    int m_pauseCount = 0;
};

} // namespace rd
