#pragma once

#include "CatalogOptions.h"
#include "StockSummary.h"
#include "common/Result.h"

#include <QString>
#include <atomic>
#include <functional>

namespace rd {

class CatalogStockJournal;
class CrmClient;
class ShopDatabase;

struct StockOptions
{
    QString storeCode; // CRM store (warehouse) for the stock; empty = the first active one of reference/stores
    QString priceType = QStringLiteral("base"); // CRM price type code for the prices
    bool stock = true; // store/inventories/upload
    bool prices = true; // store/prices/upload
    int batchSize = 250; // offers per call (the CRM's cap)
    int maxBatchesInFlight = 4; // upload calls outstanding at once
    bool restart = false; // ignore the position an interrupted run left in the journal
};

// Uploads the shop's stock and prices to the CRM's offers (retailcrm-api.md §6.6):
//   store/inventories/upload  offers=[{externalId, stores: [{code, available}]}]
//   store/prices/upload       prices=[{externalId, site, prices: [{code: "base", price}]}]
// for every offer of the ICML catalog (CatalogOfferBuilder: same ids, same rules for what is left out),
// in batches of 250 with a few calls in flight under the client's rate limit.
//
// Stock comes from ms2_products.remains (miniShop2 4.4.1+) and from msOptionsPrice2 modification
// counts; a shop without the remains column gets no stock for its products' own offers (a warning
// says so) and, without modifications either, no stock leg at all. Offers the CRM does not know yet
// (it creates them when it loads the ICML) come back in notFoundOffers: each is reported with the
// reason. A batch the CRM refuses (400) fails its offers with the CRM's words and the run goes on;
// a connection, authentication or rate-limit failure stops the run, keeping its position.
//
// With a journal (CatalogStockJournal) a run that stopped early resumes after the last product whose
// offers were all answered (StockOptions::restart starts over); a run that ends clears the position.
//
// Blocking (CrmClient::waitFor, the calling thread's shop connection): use it from the CLI or a worker.
class StockUploader final
{
public:
    using ProgressFn = std::function<void(qint64 done, qint64 total)>;

    StockUploader(ShopDatabase &db, CrmClient &client, CatalogOptions catalog, StockOptions options);

    void setJournal(CatalogStockJournal *journal) { m_journal = journal; }
    void setProgress(ProgressFn progress) { m_progress = std::move(progress); }
    // When the flag turns true the run stops after the batches already sent are answered.
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    // Error when nothing could start (store/price type unknown, shop unreadable, journal); otherwise
    // the summary, whose `error`/`cancelled` tell a run that stopped early.
    Result<StockSummary> run();

    // The store code to use: `wanted` when the CRM has it (Error(Config) listing the codes otherwise),
    // else the first active store (Error(Config) when there is none).
    static Result<QString> resolveStore(CrmClient &client, const QString &wanted);
    // Checks that the CRM knows the price type (reference/price-types).
    static Status checkPriceType(CrmClient &client, const QString &code);

private:
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    ShopDatabase &m_db;
    CrmClient &m_client;
    CatalogOptions m_catalog;
    StockOptions m_options;
    CatalogStockJournal *m_journal = nullptr;
    ProgressFn m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
};

} // namespace rd
