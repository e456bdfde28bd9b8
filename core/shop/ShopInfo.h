#pragma once

#include "config/Profile.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace rd {

// What ShopDatabase::detect() found in the shop database: tables and columns under the prefix,
// the miniShop2 generation they imply, companion components and row counts. Table names here never
// include the prefix ("ms2_orders").
struct ShopInfo
{
    // Told apart by columns (minishop2.md §4).
    enum class Generation {
        Unknown, // neither ms2_orders.address nor ms2_order_addresses.order_id
        V2, // 2.x: ms2_orders.address, no session_id
        V3_0, // 3.0.0–3.0.4: session_id, ms2_orders.comment
        V3_0_5, // 3.0.5–3.0.7: order_comment
        V4, // 4.0.0–4.4.0: ms2_order_addresses.order_id, no ms2_orders.address
        V4_4_1, // 4.4.1+: ms2_products.remains
    };

    ShopSettings::Driver driver = ShopSettings::Driver::MySql;
    QString prefix;
    QString serverVersion; // "10.11.19-MariaDB-0+deb12u1" or "SQLite 3.40.1"
    QString database; // database name or SQLite file path
    Generation generation = Generation::Unknown;

    QSet<QString> tables; // every table under the prefix, prefix removed
    QHash<QString, QSet<QString>> columns; // for the tables RetailDesk reads: table → column names

    // Layout facts the readers use.
    bool orderAddressColumn = false; // ms2_orders.address: address.id = o.address (< 4.0)
    bool addressOrderId = false; // ms2_order_addresses.order_id: address.order_id = o.id (4.x)
    bool sessionId = false; // ms2_orders.session_id (3.0+)
    bool orderComment = false; // ms2_orders.order_comment (3.0.5+); else ms2_orders.comment
    bool remains = false; // ms2_products.remains (4.4.1+)
    bool reserved = false; // ms2_products.reserved (4.4.1+)
    bool sudo = false; // users.sudo

    // Companion components.
    bool msOptionsPrice = false; // msop_modifications + msop_modification_options
    bool msPromoCode = false; // mspc_orders
    bool deliveryCodeColumn = false; // ms2_deliveries.retailcrm_delivery_code (modRetailCRM)
    bool paymentCodeColumn = false; // ms2_payments.retailcrm_payment_code
    bool statusCodeColumn = false; // ms2_order_statuses.retailcrm_status_code

    // Row counts of the main tables (users, ms2_orders, ms2_order_products, site_content,
    // ms2_products, ms2_order_logs): exact on SQLite, the server's estimate on MySQL/MariaDB.
    QHash<QString, qint64> rowCounts;
    bool rowCountsExact = false;

    QStringList warnings; // things that work but deserve a note (e.g. no way to link addresses)

    bool hasTable(const QString &table) const { return tables.contains(table); }
    bool hasColumn(const QString &table, const QString &column) const
    {
        const auto it = columns.constFind(table);
        return it != columns.constEnd() && it->contains(column);
    }
    bool hasAllCodeColumns() const { return deliveryCodeColumn && paymentCodeColumn && statusCodeColumn; }
    QString orderCommentColumn() const
    {
        return orderComment ? QStringLiteral("order_comment") : QStringLiteral("comment");
    }
    qint64 rowCount(const QString &table) const { return rowCounts.value(table, -1); }

    // "2.x", "3.0.0–3.0.4", "3.0.5–3.0.7", "4.0–4.4.0", "4.4.1+" or "unknown".
    static QString generationName(Generation g)
    {
        switch (g) {
        case Generation::V2:
            return QStringLiteral("2.x");
        case Generation::V3_0:
            return QStringLiteral("3.0.0–3.0.4");
        case Generation::V3_0_5:
            return QStringLiteral("3.0.5–3.0.7");
        case Generation::V4:
            return QStringLiteral("4.0–4.4.0");
        case Generation::V4_4_1:
            return QStringLiteral("4.4.1+");
        case Generation::Unknown:
            break;
        }
        return QStringLiteral("unknown");
    }
    QString generationName() const { return generationName(generation); }
};

} // namespace rd
