#pragma once

// What the benchmarks read about their own process (Linux): resident memory, its peak, CPU time.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <sys/resource.h>

namespace rd::bench {

// A kB value of /proc/self/status ("VmRSS", "VmHWM"); -1 when unreadable.
inline qint64 procStatusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Resets VmHWM to the current RSS ("5" > /proc/self/clear_refs), so a peak measures one phase.
inline bool resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

// User + system CPU seconds of this process, all threads.
inline double cpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

} // namespace rd::bench
