#pragma once

#include "common/Result.h"
#include "shop/ShopSchema.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace rd {

// What generateDemoShop() builds. Same options (seed included) ⇒ identical database content.
struct DemoShopOptions
{
    int products = 2000; // msProduct resources (site_content + ms2_products)
    int customers = 1000; // users with sudo = 0 (one staff user with sudo = 1 comes on top)
    int orders = 5000; // ms2_orders rows, statuses 1–5 plus some 0 and 999
    quint64 seed = 1;
    MiniShopGeneration generation = MiniShopGeneration::V4_4;
    QString prefix = QStringLiteral("modx_");
    bool msOptionsPrice = true; // msop_* tables, modifications for some products, {"modification": id} in orders
    bool msPromoCode = true; // mspc_orders rows for some orders
    bool withCodes = true; // modRetailCRM code columns, filled with the sandbox CRM's codes (absent when false)
    // The last day of the two years of orders (customers go back three years). A fixed default keeps the
    // content a function of the options alone; the demo profile passes QDate::currentDate().
    QDate lastDay = QDate(2026, 11, 30);
};

// (done, total) in rows of products + customers + orders; return false to cancel (→ Error Cancelled,
// the database is left half-filled: throw it away).
using DemoShopProgress = std::function<bool(qint64 done, qint64 total)>;

// Creates the shop schema (createShopSchema with the options' add-ons) in `db`, an open empty SQLite or
// MySQL/MariaDB database, and fills it with a realistic Russian shop: a three-level category tree,
// products with vendors, options and msOptionsPrice2 modifications, customers (ФИО, phones, e-mails,
// duplicates, blanks), a staff user, orders over two years with addresses, items, status logs and
// promo codes. A few rows carry text edge cases (& < > " ', emoji). Batched multi-row INSERTs with
// bound values, one transaction per batch; on SQLite journal and sync are off while it runs.
//
// Reference data (fixed, whatever the seed):
//   deliveries 1 Самовывоз, 2 Курьерская доставка, 3 Почта России, 4 СДЭК;
//   payments 1 Наличными, 2 Банковской картой, 3 Безналичный расчёт;
//   allowed pairs (ms2_delivery_payments) 1↔{1,2}, 2↔{1,2}, 3↔{2,3}, 4↔{2,3} — every order uses one;
//   statuses 1 Новый, 2 Оплачен, 3 Отправлен, 4 Отменён, 5 Доставлен, 999 draft;
//   codes (withCodes): deliveries self-delivery, courier, russian-post, sdek; payments cash, bank-card,
//   bank-transfer; statuses new, prepayed, send-to-delivery, cancel-other, complete (999 unmapped).
Status generateDemoShop(QSqlDatabase &db, const DemoShopOptions &options, const DemoShopProgress &progress = {});

} // namespace rd
