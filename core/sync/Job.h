#pragma once

#include "common/Result.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <atomic>

class QThread;

namespace rd {

// A long piece of sync work (an upload, sync rounds) that runs on a worker thread of its own and
// reports through signals. The GUI thread only routes the signals; the CLI runs the same jobs under
// QCoreApplication.
//
//   auto *job = new UploadJob(env, options);            // no parent: it moves to its thread
//   connect(job, &Job::progress, window, ...);           // queued to the receiver's thread
//   connect(job, &Job::finished, window, [job] { show(job->summary()); job->deleteLater(); });
//   job->start();                                        // returns at once
//   ...  job->cancel();                                  // from any thread
//
// start() moves the job to a new QThread and calls execute() there; at the end the job moves back
// to the thread that called start(), the worker thread ends, and then finished() is emitted in the
// starting thread (which needs an event loop). run() does
// the same work in the calling thread (blocking). cancel() is thread-safe: it sets a flag the work
// checks between batches and asks the worker thread to abort calls in flight.
class Job : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Job)

public:
    explicit Job(QObject *parent = nullptr);
    ~Job() override;

    void start();
    void run();
    void cancel();
    bool isCancelRequested() const { return m_cancel.load(); }
    bool isRunning() const { return m_running.load(); }
    bool isFinished() const { return m_finished.load(); }
    // Waits (spinning the calling thread's event loop) until finished or `timeoutMs` passed; true when finished.
    bool waitForFinished(int timeoutMs = -1);

Q_SIGNALS:
    // done and total in rows (total -1 when unknown); rate in rows per second; eta in seconds (-1 unknown).
    void progress(qint64 done, qint64 total, double rate, double etaSeconds);
    // One row the CRM refused (id: the externalId), with its reason.
    void itemFailed(const QString &id, const QString &reason);
    // A line for a person ("Uploading orders…", "Round 3 finished: …").
    void message(const QString &text);
    void finished();

protected:
    // The work, in the worker thread (or the caller's, with run()).
    virtual void execute() = 0;
    // Called in the job's thread after cancel(): abort what is in flight.
    virtual void onCancel() { }

private:
    void runInThread();

    std::atomic<bool> m_cancel { false };
    std::atomic<bool> m_running { false };
    std::atomic<bool> m_finished { false };
    QThread *m_homeThread = nullptr;
};

} // namespace rd
