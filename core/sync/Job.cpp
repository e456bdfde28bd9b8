#include "Job.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

namespace rd {

Job::Job(QObject *parent)
    : QObject(parent)
{ }

Job::~Job() = default;

void Job::start()
{
    if (m_running.exchange(true))
        return;
    m_homeThread = thread();
    auto *worker = new QThread;
    worker->setObjectName(QStringLiteral("RetailDesk job"));
    moveToThread(worker);
    connect(worker, &QThread::started, this, &Job::runInThread);
    worker->start();
}

void Job::runInThread()
{
    QThread *worker = thread();
    execute();
    // Back to the thread that started us (a push from our own thread), and report from there only once
    // the worker thread has really ended: whoever reacts to finished() may delete us and exit at once.
    moveToThread(m_homeThread);
    connect(
        worker, &QThread::finished, this,
        [this, worker] {
            worker->wait();
            delete worker;
            m_running.store(false);
            m_finished.store(true);
            Q_EMIT finished();
        },
        Qt::QueuedConnection);
    worker->quit();
}

void Job::run()
{
    if (m_running.exchange(true))
        return;
    execute();
    m_running.store(false);
    m_finished.store(true);
    Q_EMIT finished();
}

void Job::cancel()
{
    if (m_cancel.exchange(true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_running.load())
                onCancel();
        },
        Qt::QueuedConnection);
}

bool Job::waitForFinished(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs < 0 ? QDeadlineTimer::Forever : QDeadlineTimer(timeoutMs));
    while (!m_finished.load()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    // Deliver the queued finished() to receivers in this thread.
    QCoreApplication::processEvents();
    return true;
}

} // namespace rd
