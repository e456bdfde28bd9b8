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

using Row = QList<QPair<QString, QVariant>>;

// INSERT INTO `{prefix}{table}` (...) VALUES (?, ...) with bound values.
Status insertRow(QSqlDatabase &db, const QString &prefix, const QString &table, const Row &row);
// Runs one statement (no bound values), for ALTER/DELETE in tests.
Status execSql(QSqlDatabase &db, const QString &sql);

// A small shop: createShopSchema(generation, prefix, addons) and then, by hand with bound values:
//  users 1 (sudo admin), 2 (Иванов Иван Иванович), 3 (emoji, bad extended JSON, createdon 0),
//        4 (no profile), 5 (createdon 1750000000, extended NULL);
//  orders 1 "2401/1" (user 2, status 1, full address, 2 items with JSON options incl. an array),
//         2 "2401/2" (user 3, status 0, NULL-heavy address, an item with bad JSON options),
//         3 "2402-3" (user 2, status 999, no address, no items, createdon NULL),
//         4 "2403/4" (user 99 without account, status 2, 3 items, promo row when msPromoCode);
//  status log rows 1..4; categories 5, 6 (+ unpublished 7, deleted 8, page 9);
//  products 10 (full), 11 (no ms2_products row), 12 (unpublished), 13 (bad tags JSON);
//  msOptionsPrice2 modifications 7 and 8 of product 10 (when the addon is on);
//  CRM codes: status 1 "new", 2 "paid", delivery 1 "self-delivery" (when the columns exist).
Status fillShopFixture(QSqlDatabase &db, MiniShopGeneration generation, const QString &prefix,
                       const SchemaAddons &addons);

class MariaDbServer;

// A fixture shop and the settings that reach it.
struct ShopTarget
{
    ShopSettings settings;
    QString password;
    MiniShopGeneration generation = MiniShopGeneration::V4_4;
    SchemaAddons addons;
    QString label() const; // "mariadb 4.4 shop7_ +addons"
};

// A fixture shop in a new SQLite file under `dir`.
Result<ShopTarget> createSqliteShop(const QString &dir, MiniShopGeneration generation, const QString &prefix,
                                    const SchemaAddons &addons, const QString &fileName = {});
// A fixture shop in `database` on the test server (created first when freshDatabase).
Result<ShopTarget> createMariaDbShop(const MariaDbServer &server, const QString &database,
                                     MiniShopGeneration generation, const QString &prefix, const SchemaAddons &addons,
                                     bool freshDatabase = true);

} // namespace rd::test
