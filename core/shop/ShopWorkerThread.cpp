#include "ShopWorkerThread.h"

#include "ShopDatabase.h"

#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace rd {

ShopWorkerThread::ShopWorkerThread(ShopDatabase &db)
    : m_db(db)
    , m_thread(QThread::create([this] { loop(); }))
{
    m_thread->setObjectName(u"shop-worker"_s);
    m_thread->start();
}

ShopWorkerThread::~ShopWorkerThread()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread->wait();
}

void ShopWorkerThread::post(std::function<void()> job)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void ShopWorkerThread::loop()
{
    for (;;) {
        std::function<void()> job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || !m_jobs.empty(); });
            if (m_jobs.empty())
                break; // stopping, nothing left
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        job();
    }
    m_db.closeConnection(); // this thread's connection, removed in this thread
}

} // namespace rd
