// The JSON option/property decoding of shop rows: shopsql::toJsonObject / JsonCache / toStringList on the
// text of a column (as MariaDB hands it: a QString; SQLite may hand a QByteArray), then the order item
// mapping of those options (mapItemProperties, mapOrderItem with msOptionsPrice2 on and off).

#include "FuzzSupport.h"
#include "mapping/MappingRules.h"
#include "mapping/OrderMapper.h"
#include "shop/ShopSql.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;
using namespace rd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw = fuzz::bytes(data, size);
    const QString text = QString::fromUtf8(raw);
    static shopsql::JsonCache cache; // one per reader; lives across rows as in a reader

    QString problem;
    const QJsonObject object = shopsql::toJsonObject(QVariant(text), &problem);
    QString cachedProblem;
    const QJsonObject cached = cache.object(QVariant(text), &cachedProblem);
    QString again;
    const QJsonObject cachedAgain = cache.object(QVariant(text), &again); // now from the cache
    FUZZ_CHECK(cached == object && cachedAgain == object);
    FUZZ_CHECK(cachedProblem == problem && again == problem);
    if (!problem.isEmpty())
        FUZZ_CHECK(object.isEmpty());

    QString bytesProblem;
    FUZZ_CHECK(shopsql::toJsonObject(QVariant(raw), &bytesProblem) == object);

    QString listProblem;
    const QStringList list = shopsql::toStringList(QVariant(text), &listProblem);
    for (const QString &item : list)
        FUZZ_CHECK(!item.isEmpty());
    if (!listProblem.isEmpty())
        FUZZ_CHECK(list.isEmpty());

    const QJsonArray properties = mapItemProperties(object);
    for (const QJsonValue &p : properties) {
        const QJsonObject property = p.toObject();
        FUZZ_CHECK(!property.value(u"value"_s).toString().isEmpty());
        FUZZ_CHECK(property.value(u"code"_s).toString() != u"modification"_s);
    }
    for (auto it = object.begin(); it != object.end(); ++it)
        (void)optionValueText(it.value());

    ShopOrderItem item;
    item.id = 1;
    item.orderId = 1;
    item.productId = 42;
    item.name = u"Fuzz item"_s;
    item.count = 1;
    item.options = object;
    for (const bool msOptionsPrice : { false, true }) {
        MappingOptions options;
        options.msOptionsPrice = msOptionsPrice;
        QStringList warnings;
        const QJsonObject mapped = mapOrderItem(item, options, &warnings);
        const QString offer = mapped.value(u"offer"_s).toObject().value(u"externalId"_s).toString();
        FUZZ_CHECK(!offer.isEmpty());
        if (!msOptionsPrice)
            FUZZ_CHECK(offer == u"42"_s);
    }
    return 0;
}
