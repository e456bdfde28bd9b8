#pragma once

#include "common/Result.h"
#include "config/Profile.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace rd {

// The three miniShop2 table layouts RetailDesk knows (minishop2.md section 4):
//   V2_9 — 2.9.1+: ms2_orders.address + comment, addresses with entrance/floor/text_address, no email,
//          no session_id, status rank tinyint.
//   V3_0 — 3.0.7: + session_id, comment → order_comment, addresses.email, order_products.properties.
//   V4_4 — 4.4.1: no ms2_orders.address (ms2_order_addresses.order_id, NULL-able), products.remains/reserved,
//          vendors.rank, payments.rank int.
enum class MiniShopGeneration { V2_9, V3_0, V4_4 };

// Companion components whose tables (or columns) are created besides MODX + miniShop2.
struct SchemaAddons
{
    bool msOptionsPrice = false; // msop_modifications + msop_modification_options
    bool msPromoCode = false; // mspc_orders
    bool modRetailCrmColumns = false; // retailcrm_{delivery,payment,status}_code columns
};

// "2.9", "3.0", "4.4".
QString miniShopGenerationName(MiniShopGeneration generation);
// Accepts "2.9", "3.0", "4.4", with or without an "ms2-" prefix, and "2", "3", "4".
std::optional<MiniShopGeneration> parseMiniShopGeneration(QStringView text);

// The SQL dialect of an open connection: QSQLITE → Sqlite, QMYSQL/QMARIADB → MySql; other drivers fail.
Result<ShopSettings::Driver> shopSqlDialect(const QSqlDatabase &db);

// Splits a script of the resources/schema kind: statements end with ';' at the end of a line,
// lines starting with "--" are comments. Statements are returned without the trailing ';'.
QStringList splitSqlScript(const QString &script);

// The whole script createShopSchema() runs, with `prefix` substituted: MODX core tables, the miniShop2
// tables of `generation`, the installer's default rows (statuses, delivery 1, payments, ms2_* settings),
// then the add-ons. Returns an empty string when `prefix` is not a valid table prefix.
QString shopSchemaSql(ShopSettings::Driver dialect, MiniShopGeneration generation, const QString &prefix,
                      const SchemaAddons &addons = {});

// Creates the shop schema in `db` (an open, empty database as far as these tables go). Refuses an
// invalid prefix (Error Config) and tables that already exist (Error Database, nothing touched).
// SQLite runs everything in one transaction; MySQL/MariaDB commits DDL implicitly, so on failure the
// tables created so far are dropped again.
Status createShopSchema(QSqlDatabase &db, MiniShopGeneration generation, const QString &prefix,
                        const SchemaAddons &addons = {});

} // namespace rd
