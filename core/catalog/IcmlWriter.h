#pragma once

#include "CatalogOptions.h"
#include "IcmlSummary.h"
#include "common/Result.h"

#include <QString>
#include <atomic>
#include <functional>

class QIODevice;

namespace rd {

class ShopDatabase;

// Writes the shop's catalogue as an ICML file (retailcrm-api.md §9, MAPPING.md "Catalog") for the
// CRM to load: categories and offers stream from the shop database page by page (keyset pagination)
// into the file (XmlEmitter), so memory stays flat whatever the catalogue size: a few pages.
//
//   IcmlWriter writer(*shop, CatalogOptions::fromProfile(profile));
//   writer.setProgress([](qint64 done, qint64 total) { ... });   // products done / total
//   writer.setCancelFlag(&stopRequested);                        // checked between pages
//   Result<IcmlSummary> s = writer.write(u"/var/www/shop/retailcrm.xml"_s);
//
// The file: UTF-8 with an XML declaration; <yml_catalog date="yyyy-MM-dd HH:mm:ss"><shop> with
// <name>, <company>, <categories> (published msCategory resources; parentId only when the parent is a
// published category too) and <offers> (see CatalogOfferBuilder for what an offer holds and which
// rows are left out). Text is escaped by the XML writer and otherwise written as stored; characters
// XML 1.0 forbids are dropped and counted (IcmlSummary::droppedCharacters).
//
// write(path) is atomic: it writes a temporary file beside `path` (QSaveFile) and renames it over
// `path` only when everything succeeded. A failure, a cancel or a crash leaves `path` as it was (or
// absent), never half-written.
//
// Threads: CatalogOptions::readerThreads workers (one per core by default) each read pages on their own
// shop connection and turn them into the pages' <offer> elements; the calling thread reads the
// categories with its connection, splices the pages into the file in id order and reports progress.
// With readerThreads = 0 everything runs in the calling thread. Use it from a worker thread in a GUI.
class IcmlWriter final
{
public:
    using ProgressFn = std::function<void(qint64 done, qint64 total)>;

    IcmlWriter(ShopDatabase &db, CatalogOptions options);

    void setProgress(ProgressFn progress) { m_progress = std::move(progress); }
    // When the flag turns true the export stops at the next page with Error(Cancelled).
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    // Writes the file atomically (see above). Error(Io) when the directory is not writable or the disk fills.
    Result<IcmlSummary> write(const QString &path);
    // Streams into an open device (no atomicity: the caller owns the device).
    Result<IcmlSummary> write(QIODevice *device);

private:
    Result<IcmlSummary> run(QIODevice *device, const QString &where);
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    ShopDatabase &m_db;
    CatalogOptions m_options;
    ProgressFn m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
};

} // namespace rd
