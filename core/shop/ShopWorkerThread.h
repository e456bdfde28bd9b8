#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>

class QThread;

namespace rd {

class ShopDatabase;

// One background thread that runs jobs in order, for a reader that overlaps two queries of a page.
// Jobs use the thread's own shop connection (ShopDatabase::connection() in the job), which is closed
// when the thread ends (destruction waits for queued jobs to finish).
//
// A QThread, not a std::thread: ShopDatabase watches QThread::currentThread() to close a thread's
// connection when it finishes, and for a thread Qt did not start that is an adopted QThread which Qt
// never deletes (LeakSanitizer found one per reader, with the connection's watcher and its state).
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
    std::unique_ptr<QThread> m_thread;
};

} // namespace rd
