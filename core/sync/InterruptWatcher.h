#pragma once

#include <QObject>

class QSocketNotifier;

namespace rd {

// Turns SIGINT and SIGTERM into a Qt signal, so that a long job can stop cleanly (journal consistent,
// watermarks where they were) instead of dying. The handlers only write the signal number to a pipe
// (async-signal-safe); a QSocketNotifier on the other end emits interrupted() in the thread that
// created the watcher. The previous handlers are restored when the watcher is destroyed. One watcher
// at a time per process.
//
//   InterruptWatcher watcher;
//   connect(&watcher, &InterruptWatcher::interrupted, job, [job](int) { job->cancel(); });
class InterruptWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptWatcher)

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

    bool isInstalled() const { return m_installed; }
    // How many signals arrived so far (a second one usually means "stop now").
    int count() const { return m_count; }
    int lastSignal() const { return m_lastSignal; }

Q_SIGNALS:
    void interrupted(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
    bool m_installed = false;
    int m_count = 0;
    int m_lastSignal = 0;
};

} // namespace rd
