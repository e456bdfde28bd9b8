#pragma once

#include "CatalogSkipLog.h"
#include "CatalogStockJournal.h"
#include "common/Error.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace rd {

// The outcome of one stock/price upload (StockUploader::run()).
//
// Per leg (stock = store/inventories/upload, prices = store/prices/upload), every offer queued is
// either processed by the CRM, not found by it (no offer with that externalId yet), failed (the CRM
// refused its batch), or unconfirmed (the CRM's counts did not cover it):
//   queued == processed + notFound + failed + unconfirmed      (addsUp())
// An offer the run never sent because it stopped early (cancel, lost connection) is in none of them.
struct StockSummary
{
    struct Leg
    {
        bool enabled = false;
        QString skippedBecause; // why the leg did not run (empty when it ran)
        qint64 queued = 0; // offers put into batches
        qint64 sent = 0; // offers in batches the CRM answered
        qint64 processed = 0; // processedOffersCount summed
        qint64 notFound = 0;
        qint64 failed = 0;
        qint64 unconfirmed = 0;
        qint64 batches = 0; // upload calls answered
        bool addsUp() const { return sent == processed + notFound + failed + unconfirmed; }
        QJsonObject toJson() const;
    };

    static constexpr int MaxListedItems = 10000;

    QString site; // the CRM site
    QString storeCode; // the CRM store the stock went to
    QString priceType; // the price type code the prices went to
    qint64 runId = 0; // the journal's run id (0 without a journal)
    int resumedAfter = 0; // product id an interrupted run had reached (0 = from the start)
    qint64 totalProducts = 0; // published products (for progress)
    qint64 products = 0; // products read by this run
    qint64 offers = 0; // offers built from them
    qint64 offersWithoutStock = 0; // offers without a quantity (no remains column): not in the stock leg
    CatalogSkipLog skipped; // products and modifications that are not offers (same rules as the ICML)
    Leg stock;
    Leg prices;
    QList<StockItemOutcome> items; // offers not found or failed, with the reason (up to MaxListedItems)
    qint64 itemsNotListed = 0; // beyond MaxListedItems (the journal has them all)
    qint64 requests = 0;
    double seconds = 0;
    bool cancelled = false;
    std::optional<Error> error; // the run stopped early because of this (the position was kept)
    QStringList warnings;

    // Offers the CRM did not take (not found, failed, unconfirmed) in either leg: exit code 1 when > 0.
    qint64 problemCount() const;
    bool finished() const { return !cancelled && !error; }
    QJsonObject toJson() const;
};

} // namespace rd
