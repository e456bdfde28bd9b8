#pragma once

#include "shop/Decimal.h"

#include <QList>
#include <QString>
#include <optional>

namespace rd {

// One <param> of an offer: a product option (ms2_product_options) or a modification option.
struct CatalogParam
{
    QString code; // the option key ("color")
    QString name; // ms2_options.caption, else a known name (color → Цвет, size → Размер), else the key
    QString value; // the option's values joined with ", "
};

// One ICML offer (and one line of the stock/price upload), built by CatalogOfferBuilder from a
// product or one of its msOptionsPrice2 modifications. Text is as stored in the shop.
struct CatalogOffer
{
    QString id; // offer@id = the CRM offer externalId: "10" or "mod-10-7"
    int productId = 0; // offer@productId
    int modificationId = 0; // 0 for the product's own offer
    std::optional<int> quantity; // offer@quantity: remains (4.4.1+) or the modification's count; never < 0
    QString url; // site_url + uri (or + "index.php?id=N"); empty without a site_url
    Decimal price;
    QList<int> categoryIds; // published categories: the main one (parent) first, then the extra ones
    QString picture; // site_url + image; empty when the product has no image or there is no site_url
    QString name; // offer name ("pagetitle - modification")
    QString productName; // the product's pagetitle
    QString article; // param code="article" (empty = not written)
    QString vendor; // empty = not written
    std::optional<Decimal> weightKg; // <weight> in kilograms, only when > 0
    QList<CatalogParam> params; // sorted by code
};

} // namespace rd
