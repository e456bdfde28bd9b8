#include "CrmRequestLog.h"

#include <QMutexLocker>

namespace rd {

CrmRequestLog::CrmRequestLog(int capacity)
    : m_capacity(qMax(1, capacity))
{ }

CrmRequestLog &CrmRequestLog::instance()
{
    static CrmRequestLog log;
    return log;
}

void CrmRequestLog::append(const CrmLogEntry &entry)
{
    Record record { 0, QDateTime::currentDateTimeUtc(), entry };
    record.entry.url = CrmLogEntry::redactUrl(entry.url); // clients already do; a sink keeps no key whatever it gets
    QMutexLocker lock(&m_mutex);
    record.sequence = ++m_sequence;
    if (m_ring.size() < m_capacity) {
        m_ring.append(std::move(record));
        return;
    }
    m_ring[m_next] = std::move(record);
    m_next = (m_next + 1) % m_capacity;
}

QList<CrmRequestLog::Record> CrmRequestLog::since(qint64 after) const
{
    QMutexLocker lock(&m_mutex);
    QList<Record> out;
    if (after >= m_sequence)
        return out;
    const qsizetype n = m_ring.size();
    const qint64 wanted = qMin<qint64>(m_sequence - after, n);
    out.reserve(wanted);
    // The oldest record sits at m_next once the ring is full, at 0 before.
    const qsizetype start = n < m_capacity ? 0 : m_next;
    for (qsizetype i = n - wanted; i < n; ++i)
        out.append(m_ring.at((start + i) % n));
    return out;
}

qint64 CrmRequestLog::lastSequence() const
{
    QMutexLocker lock(&m_mutex);
    return m_sequence;
}

void CrmRequestLog::clear()
{
    QMutexLocker lock(&m_mutex);
    m_ring.clear();
    m_next = 0;
}

} // namespace rd
