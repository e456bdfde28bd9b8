#pragma once

#include "common/Error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// Small value types decoded from RetailCRM API v5 answers (see CrmDecode). Each keeps the raw
// JSON object it came from in `raw` for fields the struct does not name.

namespace rd {

struct CrmPagination
{
    int limit = 0;
    int totalCount = 0;
    int currentPage = 0;
    int totalPageCount = 0;
    bool hasNext() const { return currentPage < totalPageCount; }
};

// One page of a list call (orders, customers, store/products, store/offers, store/inventories).
struct CrmPage
{
    QJsonArray items; // entities, normalised (see CrmDecode::normaliseOrder / normaliseCustomer)
    CrmPagination pagination;
};

// One page of orders/history or customers/history.
struct CrmHistoryPage
{
    QJsonArray entries; // history records, oldest first as the CRM sends them
    QString generatedAt; // "Y-m-d H:i:s"
    CrmPagination pagination;
    qint64 lastId = 0; // highest record id on the page: the next filter[sinceId] (0 when empty)
};

// GET /api/credentials
struct CrmCredentials
{
    QStringList scopes; // order_read, order_write, ...
    QString siteAccess; // access_full | access_selective
    QStringList sitesAvailable; // empty with access_full
    QStringList credentials; // deprecated list of allowed method paths
    bool hasScope(const QString &scope) const { return scopes.contains(scope); }
    // True when the key may work with `site` (full access, or the site is listed).
    bool canUseSite(const QString &site) const
    {
        return siteAccess != QLatin1String("access_selective") || sitesAvailable.contains(site);
    }
};

struct CrmSite
{
    QString code;
    QString name;
    QUrl url;
    QUrl ymlUrl;
    bool loadFromYml = false;
    QString currency;
    QString countryIso;
    QJsonObject raw;
};

struct CrmDeliveryType
{
    QString code;
    QString name;
    bool active = true;
    double defaultCost = 0;
    QStringList paymentTypes; // allowed payment types (deliveryPaymentTypes[].code or the older paymentTypes[])
    QStringList sites; // empty = all sites
    QJsonObject raw;
};

struct CrmPaymentType
{
    QString code;
    QString name;
    bool active = true;
    QStringList deliveryTypes; // delivery types this payment type is allowed with
    QStringList paymentStatuses; // payment statuses allowed for it
    QStringList sites; // empty = all sites
    QJsonObject raw;
};

struct CrmStatus
{
    QString code;
    QString name;
    bool active = true;
    int ordering = 0;
    QString group;
    QJsonObject raw;
};

// orders/statuses
struct CrmOrderStatus
{
    qint64 id = 0;
    QString externalId;
    QString status;
    QString group;
};

struct CrmUploadedItem
{
    qint64 id = 0;
    QString externalId;
};

struct CrmFailedItem
{
    QString externalId;
    QString reason; // the CRM's words for this item (may be empty when it gave none)
};

// orders/upload, customers/upload: 200 (all uploaded) or 460 (partial success, not a job failure).
struct CrmUploadResult
{
    QList<CrmUploadedItem> uploaded;
    QList<CrmFailedItem> failed;
    bool partial = false; // 460 / success:false with some items failed
    QString errorMsg; // the CRM's summary on a partial upload ("Orders are loaded with errors")
    QStringList messages; // every reason the CRM gave, also those it did not tie to an item
    QJsonArray entities; // the created entities (orders/upload answers them in `orders`)

    // An Error(PartialUpload) listing each failed item and its reason, for a log or a summary.
    Error toError() const;
};

// store/inventories/upload, store/prices/upload
struct CrmStoreUploadResult
{
    int processedOffersCount = 0;
    QJsonArray notFoundOffers; // [{externalId|xmlId|id ...}] the CRM could not match
};

} // namespace rd
