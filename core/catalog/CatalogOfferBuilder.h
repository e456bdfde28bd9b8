#pragma once

#include "CatalogOffer.h"
#include "CatalogOptions.h"
#include "CatalogSkipLog.h"
#include "shop/ShopRows.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <optional>

namespace rd {

struct CatalogShopContext;

// Turns a product row into its offers (MAPPING.md "Catalog"), shared by the ICML export and the
// stock/price upload so that both agree on which offers exist and what they are called:
//
//   - the product's own offer, id = productId = the resource id;
//   - with msOptionsPrice2 on (and its tables present), one offer per *active* modification,
//     id "mod-{product}-{modification}", productId = the product;
//   - nothing, with a counted reason, for a product without its ms2_products row or without any
//     published category.
//
// Decisions (documented here, tested in tests/core/catalog):
//   url      site_url + "/" + uri; when uri is empty (friendly URLs off) site_url + "/index.php?id=N",
//            the link MODX itself makes then. Absolute uris/images (http://, https://, //) are kept as is.
//   category the main category (parent) when published, then the published extra categories
//            (ms2_product_categories); unpublished ones are dropped; none left → skipped.
//   params   one <param> per option key, its values joined with ", " (the same text as the order item
//            properties of MAPPING.md; the CRM keeps one value per property code, so repeated params
//            with one code would lose all but one value). Built-in color/size/tags arrays of
//            ms2_products are used only when ms2_product_options has no rows for that key.
//   quantity remains (4.4.1+), negative stock written as 0; a modification's count.
//   name     pagetitle, else longtitle, else "Товар {id}". A modification: "pagetitle - {name}", the
//            name being msop name, else its option values joined with ", ", else its article, else its id.
//   modification price  msop price as stored: a plain number is the price (0 or empty = the
//            product's price); "+N"/"-N" add to the product's price, "+N%"/"-N%" add a percentage of it,
//            "N%" alone is that percentage of it. Without a sign, type 2 adds and type 3 subtracts
//            (msOptionsPrice2's increase/decrease types). Rounded to kopecks; below zero → skipped.
//   modification article/weight  its own when set, else the product's.
class CatalogOfferBuilder final
{
public:
    CatalogOfferBuilder(const CatalogOptions &options, const CatalogShopContext &context);

    // Appends the offers of `product` to `out`; skipped rows go to `skips`. Returns the number appended.
    int build(const ShopProduct &product, QList<CatalogOffer> &out, CatalogSkipLog &skips) const;

    bool modificationsEnabled() const { return m_modifications; }

    // Helpers, public for tests.
    static std::optional<Decimal> modificationPrice(const ShopModification &modification, Decimal productPrice,
                                                    CatalogSkipReason *why = nullptr);
    static Decimal toKilograms(Decimal weight, ShopSettings::WeightUnit unit);
    // site + "/" + path (path's leading '/' dropped); an absolute path is returned as is; empty when
    // either is empty.
    static QString joinUrl(const QString &site, const QString &path);
    static QString modificationOfferId(int productId, int modificationId);
    // The <param name> for an option key when ms2_options has no caption: color → Цвет, size → Размер,
    // tags → Теги, else the key itself.
    static QString defaultParamName(const QString &key);

private:
    QString paramName(const QString &key) const;
    QList<CatalogParam> productParams(const ShopProduct &product) const;

    QString m_site; // site_url without trailing '/'
    ShopSettings::WeightUnit m_weightUnit;
    bool m_remains = false;
    bool m_modifications = false;
    const QSet<int> &m_categories;
    const QHash<QString, QString> &m_captions;
};

} // namespace rd
