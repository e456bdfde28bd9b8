#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace rd {

class ShopDatabase;

// One background thread that runs jobs in order, for a reader that overlaps two queries of a page.
// Jobs use the thread's own shop connection (ShopDatabase::connection() in the job), which is closed
// when the thread ends (destruction waits for queued jobs to finish).
class ShopWorkerThread final
{
public:
    explicit ShopWorkerThread(ShopDatabase &db);
    ~ShopWorkerThread();
    ShopWorkerThread(const ShopWorkerThread &) = delete;
    ShopWorkerThread &operator=(const ShopWorkerThread &) = delete;

    void post(std::function<void()> job);

private:
    void loop();

    ShopDatabase &m_db;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_jobs;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace rd
