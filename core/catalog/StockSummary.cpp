#include "StockSummary.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace rd {

QJsonObject StockSummary::Leg::toJson() const
{
    QJsonObject o { { u"enabled"_s, enabled },         { u"queued"_s, queued },     { u"sent"_s, sent },
                    { u"processed"_s, processed },     { u"notFound"_s, notFound }, { u"failed"_s, failed },
                    { u"unconfirmed"_s, unconfirmed }, { u"batches"_s, batches } };
    if (!skippedBecause.isEmpty())
        o.insert(u"skippedBecause"_s, skippedBecause);
    return o;
}

qint64 StockSummary::problemCount() const
{
    return stock.notFound + stock.failed + stock.unconfirmed + prices.notFound + prices.failed + prices.unconfirmed;
}

QJsonObject StockSummary::toJson() const
{
    QJsonArray list;
    for (const StockItemOutcome &i : items)
        list.append(QJsonObject {
            { u"kind"_s, i.kind }, { u"offer"_s, i.offerId }, { u"outcome"_s, i.outcome }, { u"reason"_s, i.reason } });
    QJsonObject o { { u"site"_s, site },
                    { u"store"_s, storeCode },
                    { u"priceType"_s, priceType },
                    { u"runId"_s, runId },
                    { u"resumedAfter"_s, resumedAfter },
                    { u"totalProducts"_s, totalProducts },
                    { u"products"_s, products },
                    { u"offers"_s, offers },
                    { u"offersWithoutStock"_s, offersWithoutStock },
                    { u"skipped"_s,
                      QJsonObject { { u"total"_s, skipped.total() }, { u"reasons"_s, skipped.toJson() } } },
                    { u"stock"_s, stock.toJson() },
                    { u"prices"_s, prices.toJson() },
                    { u"items"_s, list },
                    { u"itemsNotListed"_s, itemsNotListed },
                    { u"requests"_s, requests },
                    { u"seconds"_s, seconds },
                    { u"cancelled"_s, cancelled },
                    { u"warnings"_s, QJsonArray::fromStringList(warnings) } };
    if (error)
        o.insert(u"error"_s,
                 QJsonObject { { u"code"_s, errorCodeName(error->code) },
                               { u"message"_s, error->message },
                               { u"hint"_s, error->hint } });
    return o;
}

} // namespace rd
