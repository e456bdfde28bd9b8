#include "CatalogOfferBuilder.h"

#include "CatalogShopContext.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

// Empty or only white space (without the copy trimmed() makes).
bool isBlank(QStringView s)
{
    for (QChar c : s)
        if (!c.isSpace())
            return false;
    return true;
}

bool isAbsoluteUrl(const QString &path)
{
    return path.startsWith(u"http://"_s, Qt::CaseInsensitive) || path.startsWith(u"https://"_s, Qt::CaseInsensitive)
        || path.startsWith(u"//"_s);
}

QString joinValues(const QStringList &values)
{
    if (values.size() == 1)
        return isBlank(values.first()) ? QString() : values.first();
    QStringList kept;
    kept.reserve(values.size());
    for (const QString &v : values)
        if (!isBlank(v))
            kept.append(v);
    return kept.join(u", "_s);
}

// units × percentUnits / 10000, rounded half away from zero (money scale 2 × percent scale 2).
std::int64_t percentOf(std::int64_t units, std::int64_t percentUnits)
{
    const std::int64_t product = units * percentUnits;
    std::int64_t q = product / 10000;
    const std::int64_t r = product % 10000;
    if (2 * (r < 0 ? -r : r) >= 10000)
        q += product < 0 ? -1 : 1;
    return q;
}

} // namespace

CatalogOfferBuilder::CatalogOfferBuilder(const CatalogOptions &options, const CatalogShopContext &context)
    : m_weightUnit(options.weightUnit)
    , m_remains(context.info.remains)
    , m_modifications(context.modifications)
    , m_categories(context.categories)
    , m_captions(context.optionCaptions)
{
    if (!options.siteUrl.isEmpty()) {
        m_site = options.siteUrl.toString();
        while (m_site.endsWith(u'/'))
            m_site.chop(1);
    }
}

QString CatalogOfferBuilder::joinUrl(const QString &site, const QString &path)
{
    if (path.isEmpty())
        return {};
    if (isAbsoluteUrl(path))
        return path;
    if (site.isEmpty())
        return {};
    qsizetype start = 0;
    while (start < path.size() && path.at(start) == u'/')
        ++start;
    return site + u'/' + QStringView(path).mid(start);
}

QString CatalogOfferBuilder::modificationOfferId(int productId, int modificationId)
{
    return u"mod-"_s + QString::number(productId) + u'-' + QString::number(modificationId);
}

QString CatalogOfferBuilder::defaultParamName(const QString &key)
{
    if (key == u"color")
        return u"Цвет"_s;
    if (key == u"size")
        return u"Размер"_s;
    if (key == u"tags")
        return u"Теги"_s;
    return key;
}

QString CatalogOfferBuilder::paramName(const QString &key) const
{
    const auto it = m_captions.constFind(key);
    return it != m_captions.constEnd() ? *it : defaultParamName(key);
}

Decimal CatalogOfferBuilder::toKilograms(Decimal weight, ShopSettings::WeightUnit unit)
{
    if (unit == ShopSettings::WeightUnit::Gram) {
        // units of 10^-s grams are units of 10^-(s+3) kilograms: exact.
        if (weight.scale() + 3 <= Decimal::MaxScale)
            return Decimal(weight.units(), weight.scale() + 3);
        return Decimal(weight.rescaled(Decimal::MaxScale - 3).units(), Decimal::MaxScale);
    }
    return weight;
}

std::optional<Decimal> CatalogOfferBuilder::modificationPrice(const ShopModification &modification,
                                                              Decimal productPrice, CatalogSkipReason *why)
{
    const Decimal base = productPrice.rescaled(Decimal::MoneyScale);
    QStringView text = QStringView(modification.price).trimmed();
    if (text.isEmpty())
        return base;
    QChar sign;
    if (text.front() == u'+' || text.front() == u'-') {
        sign = text.front();
        text = text.mid(1).trimmed();
    } else if (modification.type == 2) {
        sign = u'+';
    } else if (modification.type == 3) {
        sign = u'-';
    }
    const bool percent = text.endsWith(u'%');
    if (percent)
        text = text.chopped(1).trimmed();
    const std::optional<Decimal> amount = Decimal::parse(text, Decimal::MoneyScale);
    if (!amount || amount->isNegative() || text.startsWith(u'+') || text.startsWith(u'-')) {
        if (why)
            *why = CatalogSkipReason::BadModificationPrice;
        return std::nullopt;
    }
    Decimal delta = percent ? Decimal(percentOf(base.units(), amount->units()), Decimal::MoneyScale) : *amount;
    Decimal result;
    if (sign.isNull())
        result = (percent || !amount->isZero()) ? delta : base; // absolute (0 = the product's price)
    else
        result = sign == u'+' ? base + delta : base - delta;
    if (result.isNegative()) {
        if (why)
            *why = CatalogSkipReason::NegativeModificationPrice;
        return std::nullopt;
    }
    return result;
}

QList<CatalogParam> CatalogOfferBuilder::productParams(const ShopProduct &product) const
{
    // product.options are sorted by key (both readers); the built-in arrays are merged in by key.
    QList<CatalogParam> out;
    out.reserve(product.options.size() + 1);
    for (const ShopProductOption &o : product.options) {
        if (o.key.isEmpty())
            continue;
        QString value = joinValues(o.values);
        if (!value.isEmpty())
            out.append({ o.key, paramName(o.key), std::move(value) });
    }
    const auto builtin = [&](const QString &key, const QStringList &values) {
        if (values.isEmpty())
            return;
        for (const ShopProductOption &o : product.options)
            if (o.key == key)
                return; // ms2_product_options has the key: it wins, even when its values are empty
        QString value = joinValues(values);
        if (value.isEmpty())
            return;
        const auto at = std::lower_bound(out.begin(), out.end(), key,
                                         [](const CatalogParam &p, const QString &k) { return p.code < k; });
        out.insert(at, { key, paramName(key), std::move(value) });
    };
    builtin(u"color"_s, product.colors);
    builtin(u"size"_s, product.sizes);
    builtin(u"tags"_s, product.tags);
    return out;
}

int CatalogOfferBuilder::build(const ShopProduct &product, QList<CatalogOffer> &out, CatalogSkipLog &skips) const
{
    const QString productId = QString::number(product.id);
    if (!product.hasData) {
        skips.add(CatalogSkipReason::NoProductData, productId);
        return 0;
    }
    QList<int> categories;
    if (m_categories.contains(product.parent))
        categories.append(product.parent);
    QList<int> extra = product.extraCategories;
    std::sort(extra.begin(), extra.end());
    for (int c : extra)
        if (m_categories.contains(c) && !categories.contains(c))
            categories.append(c);
    if (categories.isEmpty()) {
        skips.add(CatalogSkipReason::NoPublishedCategory, productId);
        return 0;
    }

    CatalogOffer base;
    base.id = productId;
    base.productId = product.id;
    if (m_remains && product.remains)
        base.quantity = std::max(0, *product.remains);
    if (!m_site.isEmpty())
        base.url = isBlank(product.uri) ? m_site + u"/index.php?id="_s + productId : joinUrl(m_site, product.uri);
    base.price = product.price;
    base.categoryIds = categories;
    base.picture = joinUrl(m_site, isBlank(product.image) ? QString() : product.image);
    if (!isBlank(product.pagetitle))
        base.productName = product.pagetitle;
    else if (!isBlank(product.longtitle))
        base.productName = product.longtitle;
    else
        base.productName = u"Товар "_s + productId;
    base.name = base.productName;
    base.article = isBlank(product.article) ? QString() : product.article;
    base.vendor = isBlank(product.vendorName) ? QString() : product.vendorName;
    const Decimal kg = toKilograms(product.weight, m_weightUnit);
    if (kg > Decimal())
        base.weightKg = kg;
    base.params = productParams(product);

    int added = 1;
    if (m_modifications && !product.modifications.isEmpty()) {
        out.append(base);
        for (const ShopModification &m : product.modifications) {
            const QString id = modificationOfferId(product.id, m.id);
            if (!m.active) {
                skips.add(CatalogSkipReason::InactiveModification, id);
                continue;
            }
            CatalogSkipReason why = CatalogSkipReason::BadModificationPrice;
            const std::optional<Decimal> price = modificationPrice(m, product.price, &why);
            if (!price) {
                skips.add(why, id + u": price \""_s + m.price + u'"');
                continue;
            }
            CatalogOffer offer = base;
            offer.id = id;
            offer.modificationId = m.id;
            offer.price = *price;
            offer.quantity = std::max(0, m.count);
            QString label = isBlank(m.name) ? QString() : m.name;
            if (label.isEmpty()) {
                QStringList values;
                for (const ShopKeyValue &kv : m.options)
                    if (!isBlank(kv.value))
                        values.append(kv.value);
                label = values.join(u", "_s);
            }
            if (label.isEmpty())
                label = isBlank(m.article) ? QString::number(m.id) : m.article;
            offer.name = base.productName + u" - "_s + label;
            if (!isBlank(m.article))
                offer.article = m.article;
            const Decimal modKg = toKilograms(m.weight, m_weightUnit);
            if (modKg > Decimal())
                offer.weightKg = modKg;
            for (const ShopKeyValue &kv : m.options) {
                if (kv.key.isEmpty() || isBlank(kv.value))
                    continue;
                auto it = std::find_if(offer.params.begin(), offer.params.end(),
                                       [&kv](const CatalogParam &p) { return p.code == kv.key; });
                if (it != offer.params.end())
                    it->value = kv.value;
                else
                    offer.params.append({ kv.key, paramName(kv.key), kv.value });
            }
            std::sort(offer.params.begin(), offer.params.end(),
                      [](const CatalogParam &a, const CatalogParam &b) { return a.code < b.code; });
            out.append(std::move(offer));
            ++added;
        }
        return added;
    }
    out.append(std::move(base));
    return added;
}

} // namespace rd
