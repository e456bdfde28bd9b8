#pragma once

// Plain value types for what the shop readers return (ShopReaders.h). They carry the shop's data
// as stored, with NULLs made explicit where they matter (std::optional) and text NULLs read as
// empty strings. Money and weight are exact (Decimal). Dates: QDateTime, invalid when the column
// is NULL, 0 or a zero date. Nothing here knows about the CRM: the mapping layer does that.

#include "Decimal.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace rd {

// A customer: {prefix}users u JOIN {prefix}user_attributes a ON a.internalKey = u.id.
struct ShopCustomer
{
    int id = 0; // u.id (CRM externalId)
    QString username;
    QString classKey; // modUser, MODX\Revolution\modUser, ...
    bool active = true;
    bool sudo = false; // super user (staff): never sent as a customer
    int primaryGroup = 0;
    qint64 createdOnUnix = 0; // u.createdon as stored (Unix time, 0 = unknown)
    QDateTime createdOn; // the same as a date (invalid when 0)

    int profileId = 0; // a.id
    QString fullname;
    QString email;
    QString phone;
    QString mobilephone;
    QString address;
    QString country;
    QString city;
    QString state;
    QString zip;
    QDateTime dob; // invalid when 0
    int gender = 0; // 0 unknown
    bool blocked = false;
    QJsonObject extended; // a.extended decoded (empty when NULL or not a JSON object)

    QStringList issues; // per-row problems (e.g. bad JSON in extended); the row is still usable
};

// An order address ({prefix}ms2_order_addresses). Columns a generation lacks read as empty.
struct ShopAddress
{
    int id = 0;
    std::optional<int> orderId; // ms2_order_addresses.order_id (4.x only, may be NULL)
    int userId = 0;
    QDateTime createdOn;
    QDateTime updatedOn;
    QString receiver;
    QString phone;
    QString email; // 3.0+
    QString country;
    QString index; // postal code
    QString region;
    QString city;
    QString metro;
    QString street;
    QString building;
    QString entrance; // 2.9.1+
    QString floor; // 2.9.1+
    QString room;
    QString comment; // the buyer's comment at checkout (all generations)
    QString textAddress; // 2.9.1+
    QJsonObject properties;
};

// One line of an order ({prefix}ms2_order_products), in id order.
struct ShopOrderItem
{
    int id = 0;
    int orderId = 0;
    int productId = 0;
    QString name;
    int count = 0;
    Decimal price; // unit price, scale 2
    Decimal weight = Decimal(0, Decimal::WeightScale);
    Decimal cost; // price × count as stored
    // The chosen options, decoded from JSON, key order kept as QJsonObject does (sorted): values may
    // be strings, numbers or arrays (e.g. {"size":"L","color":["red","blue"],"modification":"12"}).
    // NULL/empty/invalid JSON → empty (invalid JSON is also reported in issues).
    QJsonObject options;
    QJsonObject properties; // 3.0+
    QStringList issues;

    QVariantMap optionsMap() const { return options.toVariantMap(); }
    // options["modification"] as an id when set and numeric (msOptionsPrice2), else nullopt.
    std::optional<int> modificationId() const
    {
        const QJsonValue v = options.value(QStringLiteral("modification"));
        bool ok = v.isDouble();
        const int id = ok ? v.toInt() : v.toString().trimmed().toInt(&ok);
        if (ok && id > 0)
            return id;
        return std::nullopt;
    }
};

// An order ({prefix}ms2_orders) with what the mapper needs around it, read page by page.
struct ShopOrder
{
    int id = 0;
    int userId = 0;
    QString sessionId; // 3.0+
    QDateTime createdOn;
    QDateTime updatedOn;
    QString num; // e.g. "2103/308"; CRM externalId = num with '/' → '-'
    Decimal cost;
    Decimal cartCost;
    Decimal deliveryCost;
    Decimal weight = Decimal(0, Decimal::WeightScale); // shop units (see ShopSettings::weightUnit)
    int status = 0; // 0 = not confirmed yet, 999 = draft/cart
    int delivery = 0;
    int payment = 0;
    std::optional<int> addressId; // ms2_orders.address (2.x/3.x) when non-zero; nullopt on 4.x
    QString context;
    QString managerComment; // ms2_orders.comment (< 3.0.5) or order_comment (3.0.5+)
    QJsonObject properties;
    int type = 0;

    // Reference data (from the code columns of modRetailCRM): nullopt when the column is missing
    // or NULL, or the referenced row does not exist.
    QString statusName;
    std::optional<QString> statusCode;
    QString deliveryName;
    std::optional<QString> deliveryCode;
    QString paymentName;
    std::optional<QString> paymentCode;

    // msPromoCode (when the table exists and the order has a row): the coupon and its discount.
    std::optional<QString> promoCode;
    std::optional<Decimal> promoDiscount;

    std::optional<ShopAddress> address; // nullopt when the order has no address row
    QList<ShopOrderItem> items; // ordered by item id
    // The customer's profile (users + user_attributes), when requested and present.
    std::optional<ShopCustomer> customer;

    QStringList issues; // bad JSON and similar per-row problems, items' issues included

    // num with every '/' replaced by '-' (MAPPING.md); empty when num is empty.
    QString externalId() const
    {
        QString s = num;
        return s.replace(QLatin1Char('/'), QLatin1Char('-'));
    }
};

// A catalogue category: {prefix}site_content with class_key = 'msCategory', published, not deleted.
struct ShopCategory
{
    int id = 0;
    int parent = 0;
    QString pagetitle;
    QString longtitle;
    QString alias;
    QString uri; // path from the site root (may be empty when friendly URLs are off)
    int menuindex = 0;
    QString contextKey;
    QDateTime createdOn;
};

// One option of a product ({prefix}ms2_product_options): one row per value in the table, gathered.
struct ShopProductOption
{
    QString key;
    QStringList values;
};

struct ShopKeyValue
{
    QString key;
    QString value;
};

// An msOptionsPrice2 modification ({prefix}msop_modifications + msop_modification_options).
struct ShopModification
{
    int id = 0;
    int productId = 0; // rid
    QString name; // newer msOptionsPrice2 only (empty otherwise)
    int type = 1; // how price applies (1/2/3; meaning unconfirmed)
    QString price; // as stored: may be relative ("+100", "10%")
    QString oldPrice;
    QString article;
    Decimal weight = Decimal(0, Decimal::WeightScale);
    int count = 0;
    int image = 0; // ms2_product_files.id
    bool active = true;
    int rank = 0;
    QString description;
    QList<ShopKeyValue> options; // sorted by key
};

// A product: {prefix}site_content (class_key = 'msProduct', published, not deleted)
// LEFT JOIN ms2_products (data) LEFT JOIN ms2_vendors.
struct ShopProduct
{
    int id = 0;
    int parent = 0; // main category
    QString pagetitle;
    QString longtitle;
    QString alias;
    QString uri;
    int menuindex = 0;
    QString contextKey;
    QDateTime createdOn;
    QDateTime editedOn;

    bool hasData = false; // an ms2_products row exists
    QString article;
    Decimal price;
    Decimal oldPrice;
    Decimal weight = Decimal(0, Decimal::WeightScale);
    std::optional<int> remains; // 4.4.1+
    std::optional<int> reserved; // 4.4.1+
    QString image; // URL path from the site root
    QString thumb;
    int vendorId = 0;
    QString vendorName; // empty when no vendor
    QString madeIn;
    bool isNew = false;
    bool popular = false;
    bool favorite = false;
    QStringList tags; // JSON arrays decoded
    QStringList colors;
    QStringList sizes;
    QList<int> extraCategories; // ms2_product_categories besides `parent`
    QList<ShopProductOption> options; // sorted by key; values in table order
    QList<ShopModification> modifications; // msOptionsPrice2, ordered by rank, id
    QStringList issues;
};

struct ShopDelivery
{
    int id = 0;
    QString name;
    QString description;
    QString price; // a number or a percentage ("10%")
    Decimal weightPrice;
    Decimal distancePrice;
    std::optional<Decimal> freeDeliveryAmount; // 2.7.0+
    int rank = 0;
    bool active = true;
    QString className;
    QString requiredFields; // `requires`: checkout fields the delivery needs ("email,receiver")
    std::optional<QString> crmCode; // retailcrm_delivery_code; nullopt when NULL or the column is missing
    QList<int> paymentIds; // ms2_delivery_payments
};

struct ShopPayment
{
    int id = 0;
    QString name;
    QString description;
    QString price;
    int rank = 0;
    bool active = true;
    QString className;
    std::optional<QString> crmCode; // retailcrm_payment_code
};

struct ShopStatus
{
    int id = 0;
    QString name;
    QString description;
    QString color;
    bool active = true;
    bool isFinal = false; // no change allowed afterwards
    bool fixed = false; // only moves to a higher rank
    int rank = 0;
    bool editable = true;
    std::optional<QString> crmCode; // retailcrm_status_code
};

struct ShopDeliveryPayment
{
    int deliveryId = 0;
    int paymentId = 0;
};

// All reference lists, by id. The `has*CodeColumn` flags tell a missing column from a NULL code.
struct ShopReferences
{
    QList<ShopDelivery> deliveries;
    QList<ShopPayment> payments;
    QList<ShopStatus> statuses;
    QList<ShopDeliveryPayment> deliveryPayments;
    bool hasDeliveryCodeColumn = false;
    bool hasPaymentCodeColumn = false;
    bool hasStatusCodeColumn = false;

    const ShopDelivery *delivery(int id) const
    {
        for (const ShopDelivery &d : deliveries)
            if (d.id == id)
                return &d;
        return nullptr;
    }
    const ShopPayment *payment(int id) const
    {
        for (const ShopPayment &p : payments)
            if (p.id == id)
                return &p;
        return nullptr;
    }
    const ShopStatus *status(int id) const
    {
        for (const ShopStatus &s : statuses)
            if (s.id == id)
                return &s;
        return nullptr;
    }
};

// A status change logged by miniShop2 ({prefix}ms2_order_logs, action = 'status').
struct ShopStatusLogEntry
{
    int id = 0;
    int orderId = 0;
    int userId = 0;
    QDateTime timestamp;
    int statusId = 0; // entry as a number (0 when not numeric)
    QString entry; // as stored
    QJsonObject ip; // decoded; {"ip":"","source":"RetailDesk"} for rows RetailDesk wrote
    QString orderNum; // the order's num (empty when the order is gone)
    bool orderExists = false;
    bool writtenByRetailDesk = false; // ip.source == "RetailDesk": never send back to the CRM
};

} // namespace rd

Q_DECLARE_METATYPE(rd::ShopCustomer)
Q_DECLARE_METATYPE(rd::ShopOrder)
Q_DECLARE_METATYPE(rd::ShopProduct)
Q_DECLARE_METATYPE(rd::ShopCategory)
