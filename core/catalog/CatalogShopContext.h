#pragma once

#include "CatalogOptions.h"
#include "common/Result.h"
#include "shop/ShopInfo.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <atomic>

namespace rd {

class ShopDatabase;

// What the catalog needs to know about the shop before it streams the products: the published
// categories (offers may only point at those), option captions, the MODX site name and how many
// products there are (for progress). Small whatever the catalogue size: ids and captions only.
struct CatalogShopContext
{
    ShopInfo info;
    QSet<int> categories; // published, not deleted msCategory ids
    QHash<QString, QString> optionCaptions; // ms2_options.key → caption (non-empty captions only)
    QString siteName; // MODX system setting site_name (empty when absent)
    qint64 productCount = 0; // published, not deleted msProduct resources
    bool modifications = false; // options.modifications and the msOptionsPrice2 tables exist
    QStringList warnings; // e.g. msoptionsprice on but the tables missing

    // Reads the above through the calling thread's connection. `cancel` (optional) stops the
    // category walk with Error(Cancelled).
    static Result<CatalogShopContext> load(ShopDatabase &db, const CatalogOptions &options,
                                           const std::atomic<bool> *cancel = nullptr);
};

} // namespace rd
