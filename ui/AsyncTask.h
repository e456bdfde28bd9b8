#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <type_traits>
#include <utility>

namespace rd {

// Runs `work` on a new worker thread and hands its result to `done` on `context`'s thread, but only
// while `context` is alive: a callback never fires after its widget is gone. Network and SQL work
// done this way never blocks the GUI thread. The worker thread has its own event loop-free life:
// blocking helpers (CrmClient::waitFor) spin their own local loops.
template<typename Work, typename Done> void runAsync(QObject *context, Work work, Done done)
{
    using R = std::invoke_result_t<Work>;
    QPointer<QObject> guard(context);
    QThread *thread = QThread::create([guard, work = std::move(work), done = std::move(done)]() mutable {
        R result = work();
        if (!guard)
            return;
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, done = std::move(done), result = std::move(result)]() mutable {
                if (guard)
                    done(std::move(result));
            },
            Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace rd
