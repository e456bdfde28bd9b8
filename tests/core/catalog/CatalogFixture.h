#pragma once

#include "common/Result.h"
#include "config/Profile.h"
#include "shop/ShopSchema.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace rd::test {

class MariaDbServer;

// A small catalogue, the same on every schema generation (columns a generation lacks are left out):
//  resources 1 "Главная" (modDocument); categories 2 Каталог (under page 1), 3 "Одежда & обувь"
//  (under 2), 4 unpublished, 5 deleted, 6 under unpublished 4, 20 with an empty pagetitle;
//  products 10 (everything: special characters, vendor, options, extra categories 6 and 4, modifications),
//  11 (emoji, control characters, no uri, no image, no article), 12 unpublished, 13 deleted,
//  14 without its ms2_products row, 15 only in unpublished category 4, 16 main category deleted but
//  extra category 3, 17 empty pagetitle and longtitle, 18 negative remains, absolute image URL;
//  msOptionsPrice2 (when the addon is on) modifications of 10: 7 absolute, 8 inactive, 9 "+100",
//  21 "abc", 22 "-5000", 23 "10%" type 1, 24 "50" type 3; of 11: 25 named "XL".
//  ms2_options caption material → "Материал"; system setting site_name.
Status fillCatalogFixture(QSqlDatabase &db, MiniShopGeneration generation, const QString &prefix,
                          const SchemaAddons &addons);

// The fixture in a new SQLite file (settings to reach it).
Result<ShopSettings> createSqliteCatalogShop(const QString &path, MiniShopGeneration generation, const QString &prefix,
                                             const SchemaAddons &addons);
// The fixture in a fresh database on the test server; *password gets the server's password.
Result<ShopSettings> createMariaDbCatalogShop(const MariaDbServer &server, const QString &database,
                                              MiniShopGeneration generation, const QString &prefix,
                                              const SchemaAddons &addons, QString *password);

} // namespace rd::test
