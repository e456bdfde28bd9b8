#include "StockUploader.h"

#include "CatalogOfferBuilder.h"
#include "CatalogProductReader.h"
#include "CatalogShopContext.h"
#include "CatalogStockJournal.h"
#include "crm/CrmClient.h"
#include "crm/CrmDecode.h"
#include "shop/ShopDatabase.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <deque>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

// Errors that stop the run (the next batches would fail the same way); others fail one batch.
bool isFatal(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Validation:
    case ErrorCode::PartialUpload:
    case ErrorCode::MalformedResponse:
        return false;
    default:
        return true;
    }
}

struct Pending
{
    QJsonArray items;
    QStringList offerIds;
    QList<int> productIds;
};

struct Batch
{
    bool stock = false;
    CrmReply *reply = nullptr;
    QStringList offerIds;
    int firstProduct = 0;
};

QString notFoundReason(const QString &offerId)
{
    return u"The CRM has no offer with externalId \"%1\": it creates offers when it loads the ICML catalog. Run "
           u"'catalog icml' (with --publish-url the first time), wait until the CRM has loaded it, then upload stock "
           u"again."_s.arg(offerId);
}

QString offerIdOf(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    if (o.contains(u"externalId"_s))
        return o.value(u"externalId"_s).toVariant().toString();
    if (o.contains(u"xmlId"_s))
        return u"xmlId:"_s + o.value(u"xmlId"_s).toVariant().toString();
    if (o.contains(u"id"_s))
        return u"id:"_s + o.value(u"id"_s).toVariant().toString();
    return v.isString() ? v.toString() : QString();
}

} // namespace

StockUploader::StockUploader(ShopDatabase &db, CrmClient &client, CatalogOptions catalog, StockOptions options)
    : m_db(db)
    , m_client(client)
    , m_catalog(std::move(catalog))
    , m_options(std::move(options))
{ }

Result<QString> StockUploader::resolveStore(CrmClient &client, const QString &wanted)
{
    Result<QJsonObject> reply = client.waitFor(client.stores());
    if (!reply)
        return reply.error();
    const QJsonArray stores = CrmDecode::asArray(reply->value(u"stores"_s));
    QStringList codes;
    QString firstActive;
    for (const QJsonValue &v : stores) {
        const QJsonObject s = v.toObject();
        const QString code = s.value(u"code"_s).toString();
        if (code.isEmpty())
            continue;
        codes << code;
        const bool active = !s.contains(u"active"_s) || s.value(u"active"_s).toBool();
        if (active && firstActive.isEmpty())
            firstActive = code;
        if (!wanted.isEmpty() && code == wanted)
            return code;
    }
    if (!wanted.isEmpty())
        return Error(ErrorCode::Config, u"The CRM has no store (warehouse) \"%1\"."_s.arg(wanted),
                     codes.isEmpty() ? u"Create a store in the CRM (Settings → Stores) first."_s
                                     : u"Use one of: %1."_s.arg(codes.join(u", "_s)));
    if (firstActive.isEmpty())
        return Error(ErrorCode::Config, u"The CRM has no active store (warehouse) to put the stock in."_s,
                     u"Create or activate a store in the CRM (Settings → Stores), or give one with --store."_s);
    return firstActive;
}

Status StockUploader::checkPriceType(CrmClient &client, const QString &code)
{
    Result<QJsonObject> reply = client.waitFor(client.get(u"reference/price-types"_s));
    if (!reply)
        return reply.error();
    QStringList codes;
    for (const QJsonValue &v : CrmDecode::asArray(reply->value(u"priceTypes"_s))) {
        const QString c = v.toObject().value(u"code"_s).toString();
        if (c == code)
            return {};
        if (!c.isEmpty())
            codes << c;
    }
    return Error(ErrorCode::Config, u"The CRM has no price type \"%1\"."_s.arg(code),
                 codes.isEmpty() ? u"Create the price type in the CRM first."_s
                                 : u"Use one of: %1."_s.arg(codes.join(u", "_s)));
}

Result<StockSummary> StockUploader::run()
{
    QElapsedTimer clock;
    clock.start();
    StockSummary summary;
    summary.site = m_client.config().site;
    summary.priceType = m_options.priceType;
    const int batchSize = qBound(1, m_options.batchSize, 250);
    const int window = qMax(1, m_options.maxBatchesInFlight);

    Result<CatalogShopContext> context = CatalogShopContext::load(m_db, m_catalog, m_cancel);
    if (!context)
        return context.error();
    const CatalogShopContext &ctx = *context;
    summary.warnings = ctx.warnings;
    summary.totalProducts = ctx.productCount;

    StockSummary::Leg &stock = summary.stock;
    StockSummary::Leg &prices = summary.prices;
    if (m_options.stock) {
        if (ctx.info.remains || ctx.modifications) {
            stock.enabled = true;
            if (!ctx.info.remains)
                summary.warnings << u"the shop has no ms2_products.remains column (miniShop2 before 4.4.1): only "
                                    u"msOptionsPrice2 modifications get stock, the products' own offers do not"_s;
        } else {
            stock.skippedBecause = u"the shop's miniShop2 keeps no stock: ms2_products.remains came with 4.4.1, and "
                                   u"there are no msOptionsPrice2 modification counts to send; prices are uploaded"_s;
        }
    } else {
        stock.skippedBecause = u"not asked for"_s;
    }
    prices.enabled = m_options.prices;
    if (!prices.enabled)
        prices.skippedBecause = u"not asked for"_s;
    if (!stock.enabled && !prices.enabled)
        return summary;

    if (stock.enabled) {
        Result<QString> store = resolveStore(m_client, m_options.storeCode);
        if (!store)
            return store.error();
        summary.storeCode = *store;
        ++summary.requests;
    }
    if (prices.enabled) {
        if (Status st = checkPriceType(m_client, m_options.priceType); !st)
            return st.error();
        ++summary.requests;
    }

    int resumeAfter = 0;
    if (m_journal) {
        if (m_options.restart) {
            if (Status st = m_journal->clearPosition(); !st)
                return st.error();
        } else {
            Result<std::optional<int>> pos = m_journal->position();
            if (!pos)
                return pos.error();
            resumeAfter = pos->value_or(0);
        }
        Result<qint64> runId = m_journal->beginRun(resumeAfter);
        if (!runId)
            return runId.error();
        summary.runId = *runId;
    }
    summary.resumedAfter = resumeAfter;

    const CatalogOfferBuilder builder(m_catalog, ctx);
    Pending stockPending;
    Pending pricePending;
    std::deque<Batch> inflight;
    int lastQueuedProduct = resumeAfter; // every offer of products up to here is queued or answered
    int savedPosition = resumeAfter;
    std::optional<Error> fatal;
    Status journalError;

    const auto addItem = [&summary](const QString &kind, const QString &offerId, const QString &outcome,
                                    const QString &reason, QList<StockItemOutcome> &batchItems) {
        const StockItemOutcome item { kind, offerId, outcome, reason };
        batchItems.append(item);
        if (summary.items.size() < StockSummary::MaxListedItems)
            summary.items.append(item);
        else
            ++summary.itemsNotListed;
    };

    const auto savePosition = [&]() {
        if (!m_journal || fatal || !journalError)
            return;
        int position = lastQueuedProduct;
        for (const bool kind : { true, false }) {
            if (!(kind ? stock.enabled : prices.enabled))
                continue;
            std::optional<int> next;
            for (const Batch &b : inflight) {
                if (b.stock == kind) {
                    next = b.firstProduct;
                    break;
                }
            }
            const Pending &p = kind ? stockPending : pricePending;
            if (!next && !p.productIds.isEmpty())
                next = p.productIds.first();
            if (next)
                position = qMin(position, *next - 1);
        }
        if (position > savedPosition) {
            journalError = m_journal->setPosition(position);
            savedPosition = position;
        }
    };

    // Waits for the oldest batch and books its answer.
    const auto completeFront = [&]() {
        Batch b = inflight.front();
        inflight.pop_front();
        const Result<QJsonObject> reply = m_client.waitFor(b.reply);
        delete b.reply;
        if (fatal)
            return; // the run is stopping: answers after the failure are not booked
        StockSummary::Leg &leg = b.stock ? stock : prices;
        const QString kind = b.stock ? u"stock"_s : u"prices"_s;
        const qint64 n = b.offerIds.size();
        QList<StockItemOutcome> batchItems;
        Result<CrmStoreUploadResult> decoded = CrmDecode::storeUpload(reply);
        if (!decoded) {
            const Error &e = decoded.error();
            if (isFatal(e.code)) {
                fatal = e;
                return;
            }
            ++leg.batches;
            leg.sent += n;
            leg.failed += n;
            const QString reason = e.toString();
            for (const QString &id : std::as_const(b.offerIds))
                addItem(kind, id, u"failed"_s, reason, batchItems);
        } else {
            ++leg.batches;
            leg.sent += n;
            const qint64 processed = qBound(qint64(0), qint64(decoded->processedOffersCount), n);
            leg.processed += processed;
            qint64 notFound = 0;
            for (const QJsonValue &v : std::as_const(decoded->notFoundOffers)) {
                const QString id = offerIdOf(v);
                addItem(kind, id, u"not-found"_s, notFoundReason(id), batchItems);
                ++notFound;
            }
            notFound = qMin(notFound, n - processed);
            leg.notFound += notFound;
            leg.unconfirmed += n - processed - notFound;
        }
        if (m_journal && journalError && !batchItems.isEmpty())
            journalError = m_journal->recordItems(summary.runId, batchItems);
        savePosition();
    };

    const auto submit = [&](bool isStock, Pending &p, qsizetype count) {
        Batch b;
        b.stock = isStock;
        b.firstProduct = p.productIds.first();
        QJsonArray items;
        for (qsizetype i = 0; i < count; ++i)
            items.append(p.items.at(i));
        b.offerIds = p.offerIds.mid(0, count);
        for (qsizetype i = 0; i < count; ++i)
            p.items.removeFirst();
        p.offerIds.remove(0, count);
        p.productIds.remove(0, count);
        b.reply = isStock ? m_client.storeInventoriesUpload(items) : m_client.storePricesUpload(items);
        b.reply->setAutoDelete(false);
        ++summary.requests;
        (isStock ? stock : prices).queued += count;
        inflight.push_back(b);
        while (!fatal && static_cast<int>(inflight.size()) >= window)
            completeFront();
    };

    CatalogProductReader reader(m_db, ctx.info, resumeAfter, m_catalog.pageSize, ctx.modifications);
    QList<CatalogOffer> offers;
    const QString site = m_client.config().site;
    if (m_progress)
        m_progress(0, summary.totalProducts);
    while (!reader.atEnd() && !fatal && journalError) {
        if (cancelled()) {
            summary.cancelled = true;
            break;
        }
        Result<QList<ShopProduct>> page = reader.nextPage();
        if (!page) {
            fatal = page.error();
            break;
        }
        for (const ShopProduct &p : *page) {
            ++summary.products;
            offers.clear();
            builder.build(p, offers, summary.skipped);
            for (const CatalogOffer &o : std::as_const(offers)) {
                ++summary.offers;
                if (stock.enabled) {
                    if (o.quantity) {
                        stockPending.items.append(
                            QJsonObject { { u"externalId"_s, o.id },
                                          { u"stores"_s,
                                            QJsonArray { QJsonObject { { u"code"_s, summary.storeCode },
                                                                       { u"available"_s, *o.quantity } } } } });
                        stockPending.offerIds.append(o.id);
                        stockPending.productIds.append(p.id);
                    } else {
                        ++summary.offersWithoutStock;
                    }
                }
                if (prices.enabled) {
                    QJsonObject item { { u"externalId"_s, o.id },
                                       { u"prices"_s,
                                         QJsonArray { QJsonObject { { u"code"_s, m_options.priceType },
                                                                    { u"price"_s, o.price.toDouble() } } } } };
                    if (!site.isEmpty())
                        item.insert(u"site"_s, site);
                    pricePending.items.append(item);
                    pricePending.offerIds.append(o.id);
                    pricePending.productIds.append(p.id);
                }
            }
            lastQueuedProduct = p.id;
            // Whole products only, so that the position never splits a product's offers.
            while (!fatal && stockPending.items.size() >= batchSize)
                submit(true, stockPending, batchSize);
            while (!fatal && pricePending.items.size() >= batchSize)
                submit(false, pricePending, batchSize);
            if (fatal)
                break;
        }
        if (!fatal)
            savePosition();
        if (m_progress)
            m_progress(summary.products, qMax(summary.totalProducts, summary.products));
    }
    if (!fatal && !summary.cancelled && journalError) {
        if (!stockPending.items.isEmpty())
            submit(true, stockPending, stockPending.items.size());
        if (!fatal && !pricePending.items.isEmpty())
            submit(false, pricePending, pricePending.items.size());
    }
    while (!inflight.empty()) {
        if (fatal) {
            for (const Batch &b : inflight)
                delete b.reply; // unfinished calls are cancelled silently
            inflight.clear();
            break;
        }
        completeFront();
    }
    if (!journalError && !fatal)
        fatal = journalError.error();
    summary.error = fatal;
    summary.seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;

    if (m_journal) {
        if (summary.finished()) {
            if (Status st = m_journal->clearPosition(); !st && !summary.error)
                summary.error = st.error();
        }
        const QString outcome = summary.error ? u"failed"_s : (summary.cancelled ? u"cancelled"_s : u"finished"_s);
        if (Status st = m_journal->finishRun(summary.runId, outcome, summary.toJson()); !st && !summary.error)
            summary.error = st.error();
    }
    return summary;
}

} // namespace rd
