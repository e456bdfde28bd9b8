#include "CatalogProductPrefetcher.h"

#include "CatalogProductReader.h"
#include "shop/ShopDatabase.h"

#include <QThread>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace rd {

CatalogProductPrefetcher::CatalogProductPrefetcher(ShopDatabase &db, const ShopInfo &info, int afterId, int pageSize,
                                                   bool modifications, int workers, int depth, Processor process)
    : m_process(std::move(process))
    , m_nextAfter(qMax(0, afterId))
    , m_depth(qMax(1, depth))
{
    m_workers = qBound(1, workers, 8);
    for (int i = 0; i < m_workers; ++i) {
        m_threads.emplace_back(
            QThread::create([this, &db, info, pageSize, modifications] { work(db, info, pageSize, modifications); }));
        m_threads.back()->setObjectName(u"catalog-reader-%1"_s.arg(i));
        m_threads.back()->start();
    }
}

CatalogProductPrefetcher::~CatalogProductPrefetcher()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    for (auto &t : m_threads)
        t->wait();
}

Result<CatalogProductPage> CatalogProductPrefetcher::processed(Result<QList<ShopProduct>> &&products) const
{
    if (!products)
        return products.error();
    CatalogProductPage page;
    page.products = std::move(*products);
    if (m_process)
        m_process(page);
    return page;
}

void CatalogProductPrefetcher::work(ShopDatabase &db, const ShopInfo &info, int pageSize, bool modifications)
{
    {
        CatalogProductReader reader(db, info, m_nextAfter, pageSize, modifications);
        if (m_workers == 1) {
            // One worker: plain keyset pages, no need to find the page ends first.
            for (;;) {
                Result<CatalogProductPage> page = processed(reader.nextPage());
                const bool last = !page || reader.atEnd();
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_stop || m_nextToAssign < m_nextToConsume + m_depth; });
                if (m_stop)
                    break;
                m_ready.emplace(m_nextToAssign++, Slot { std::move(page), last });
                lock.unlock();
                m_changed.notify_all();
                if (last)
                    break;
            }
        }
        while (m_workers > 1) {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock,
                           [this] { return m_stop || m_assignedLast || m_nextToAssign < m_nextToConsume + m_depth; });
            if (m_stop || m_assignedLast)
                break;
            // Where this page ends: found under the lock, since the next page starts there.
            const qint64 index = m_nextToAssign++;
            const int after = m_nextAfter;
            Result<std::optional<int>> end = reader.pageEnd(after);
            Slot slot;
            int upTo = std::numeric_limits<int>::max();
            if (!end) {
                slot.page = end.error();
                slot.last = true;
                m_assignedLast = true;
            } else if (!end->has_value()) {
                slot.last = true;
                m_assignedLast = true;
            } else {
                upTo = **end;
                m_nextAfter = upTo;
            }
            lock.unlock();
            m_changed.notify_all(); // another worker may take the next page now
            if (end)
                slot.page = processed(reader.readRange(after, upTo));
            if (!slot.page)
                slot.last = true;
            lock.lock();
            m_ready.emplace(index, std::move(slot));
            lock.unlock();
            m_changed.notify_all();
        }
    }
    db.closeConnection(); // this thread's connection
}

Result<CatalogProductPage> CatalogProductPrefetcher::nextPage()
{
    if (m_consumerAtEnd)
        return CatalogProductPage();
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_ready.count(m_nextToConsume) > 0; });
    auto it = m_ready.find(m_nextToConsume);
    Slot slot = std::move(it->second);
    m_ready.erase(it);
    ++m_nextToConsume;
    if (slot.last || !slot.page) {
        m_consumerAtEnd = true;
        m_stop = true; // pages after an error are not wanted
    }
    lock.unlock();
    m_changed.notify_all();
    return std::move(slot.page);
}

} // namespace rd
