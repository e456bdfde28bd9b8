#include "CrmRateLimiter.h"

#include <QHash>
#include <chrono>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

QMutex &registryMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, std::shared_ptr<CrmRateLimiter>> &registry()
{
    static QHash<QString, std::shared_ptr<CrmRateLimiter>> limiters;
    return limiters;
}

} // namespace

QString CrmRateLimiter::hostKey(const QUrl &url)
{
    const int defaultPort = url.scheme() == u"http"_s ? 80 : 443;
    return url.scheme().toLower() + u"://"_s + url.host().toLower() + u':' + QString::number(url.port(defaultPort));
}

std::shared_ptr<CrmRateLimiter> CrmRateLimiter::forUrl(const QUrl &url)
{
    const QString key = hostKey(url);
    QMutexLocker lock(&registryMutex());
    auto &slot = registry()[key];
    if (!slot)
        slot = std::make_shared<CrmRateLimiter>(key);
    return slot;
}

CrmRateLimiter::CrmRateLimiter(QString hostKey)
    : m_hostKey(std::move(hostKey))
{ }

qint64 CrmRateLimiter::nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

qint64 CrmRateLimiter::reserve(double rate, int burst)
{
    const qint64 interval = static_cast<qint64>(1e9 / (rate > 0 ? rate : 1.0));
    const qint64 tolerance = static_cast<qint64>(qMax(0, burst - 1)) * interval;
    const qint64 now = nowNs();
    QMutexLocker lock(&m_mutex);
    const qint64 start = qMax(now, m_pausedUntilNs);
    const qint64 sendAt = qMax(start, m_tatNs - tolerance);
    m_tatNs = qMax(m_tatNs, start) + interval;
    // Round up so that a caller never fires before its slot.
    return (sendAt - now + 999'999) / 1'000'000;
}

void CrmRateLimiter::pause(qint64 ms)
{
    const qint64 until = nowNs() + ms * 1'000'000;
    QMutexLocker lock(&m_mutex);
    ++m_pauseCount;
    if (until > m_pausedUntilNs)
        m_pausedUntilNs = until;
}

qint64 CrmRateLimiter::pausedForMs() const
{
    const qint64 now = nowNs();
    QMutexLocker lock(&m_mutex);
    return m_pausedUntilNs > now ? (m_pausedUntilNs - now + 999'999) / 1'000'000 : 0;
}

int CrmRateLimiter::pauseCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_pauseCount;
}

} // namespace rd
