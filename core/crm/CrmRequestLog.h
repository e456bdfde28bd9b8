#pragma once

#include "CrmLogEntry.h"

#include <QDateTime>
#include <QList>
#include <QMutex>

namespace rd {

// The process's recent CRM requests for a person to read (the GUI's Log page): every CrmClient of the
// process appends one record per HTTP attempt (the same CrmLogEntry its log sink gets: the URL without
// the key, no bodies, the X-API-KEY header never). Thread-safe: clients on any thread append, a reader
// polls with the last sequence number it saw. Keeps the newest `capacity()` records in memory only.
//
//   qint64 seen = 0;
//   for (const CrmRequestLog::Record &r : CrmRequestLog::instance().since(seen)) { show(r); seen = r.sequence; }
class CrmRequestLog final
{
public:
    struct Record
    {
        qint64 sequence = 0; // 1, 2, 3, ... in the order appended
        QDateTime at; // UTC, when the attempt finished
        CrmLogEntry entry;
    };

    explicit CrmRequestLog(int capacity = 5000);
    Q_DISABLE_COPY_MOVE(CrmRequestLog)

    // The one every CrmClient appends to.
    static CrmRequestLog &instance();

    void append(const CrmLogEntry &entry);
    // Records with sequence > `after`, oldest first (at most the ones still kept).
    QList<Record> since(qint64 after) const;
    // The sequence number of the newest record (0 when none was ever appended).
    qint64 lastSequence() const;
    void clear(); // drops the records; sequence numbers go on
    int capacity() const { return m_capacity; }

private:
    mutable QMutex m_mutex;
    QList<Record> m_ring; // m_capacity slots once full
    qsizetype m_next = 0; // the slot the next record goes to once full
    qint64 m_sequence = 0;
    int m_capacity;
};

} // namespace rd
