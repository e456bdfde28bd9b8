#pragma once

#include "IcmlSummary.h"
#include "common/Result.h"
#include "shop/ShopInfo.h"
#include "shop/ShopRows.h"

#include <QByteArray>
#include <QList>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

class QThread;

namespace rd {

class ShopDatabase;

// One page of the catalog's products, and what a page processor made of it on the reader's thread.
struct CatalogProductPage
{
    QList<ShopProduct> products; // in id order; a processor may consume (clear) them
    QByteArray output; // the processor's output (the ICML export: the page's <offer> elements, UTF-8)
    IcmlSummary counts; // the processor's counts for this page
};

// Reads the catalog's product pages on worker threads (each with its own shop connection) while the
// caller consumes earlier pages, so that reading the database and writing the file overlap and the
// reading itself is spread over the cores.
//
// With one worker it reads the keyset pages one after the other. With several, pages are id ranges:
// a short sequential step finds where each page ends (the id of its pageSize-th product,
// CatalogProductReader::pageEnd), then any worker reads the whole range with its options, categories
// and modifications (readRange). The caller gets the pages in id order, exactly the pages
// CatalogProductReader::nextPage() would return. At most `depth` pages are read ahead, so memory
// stays a few pages whatever the catalogue size.
//
// A `process` function, when given, runs on the worker right after a page is read (the ICML export
// turns the products into XML there): the work after reading is spread over the workers too, and the
// many small allocations of a page are made and freed on one thread, instead of being freed by the
// consumer's thread (which made the threads queue on the allocator's locks). It must be safe to call
// from several workers at once.
//
//   CatalogProductPrefetcher pages(db, info, 0, 1000, true);
//   while (!pages.atEnd()) { auto page = pages.nextPage(); if (!page) ...; for (p : page->products) ... }
//
// The destructor stops the workers (after the page each is reading) and waits for them.
class CatalogProductPrefetcher final
{
public:
    using Processor = std::function<void(CatalogProductPage &page)>;

    CatalogProductPrefetcher(ShopDatabase &db, const ShopInfo &info, int afterId, int pageSize, bool modifications,
                             int workers = 2, int depth = 4, Processor process = {});
    ~CatalogProductPrefetcher();
    Q_DISABLE_COPY_MOVE(CatalogProductPrefetcher)

    // The next page, waiting for the workers when needed. After an error, atEnd() is true.
    Result<CatalogProductPage> nextPage();
    bool atEnd() const { return m_consumerAtEnd; }

private:
    struct Slot
    {
        Result<CatalogProductPage> page = CatalogProductPage();
        bool last = false; // no page after this one
    };
    void work(ShopDatabase &db, const ShopInfo &info, int pageSize, bool modifications);
    Result<CatalogProductPage> processed(Result<QList<ShopProduct>> &&products) const;

    Processor m_process;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::map<qint64, Slot> m_ready; // page index → page
    qint64 m_nextToAssign = 0; // page index the next worker takes
    qint64 m_nextToConsume = 0;
    int m_nextAfter = 0; // the id the next page starts after
    bool m_assignedLast = false; // the last page has been handed to a worker
    bool m_stop = false;
    int m_depth = 4;
    int m_workers = 1; // set before the threads start
    bool m_consumerAtEnd = false;
    std::vector<std::unique_ptr<QThread>> m_threads;
};

} // namespace rd
