#pragma once

#include "crm/CrmTypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Plain value types of the CRM look-ups (orders, customers, products) that the CLI and the GUI show.
// Decoded by SearchDecode from what the CRM answers; each keeps the entity it came from in `raw`.

namespace rd {

// One page of search results: the items and the CRM's paging (totalCount, totalPageCount, ...).
template<typename T> struct SearchPage
{
    QList<T> items;
    CrmPagination pagination;
};

struct CrmPaymentSummary
{
    qint64 id = 0;
    QString type; // payment type code
    QString status; // payment status code
    double amount = 0;
};

struct CrmOrderItemSummary
{
    qint64 id = 0; // the order item's id
    qint64 offerId = 0; // the CRM offer id (0 when the item is not tied to the catalog)
    QString offerExternalId; // the offer's externalId (the shop product id), may be empty
    QString name; // productName, else the offer's name
    double quantity = 0;
    double price = 0; // initialPrice (one piece, before discounts)
};

struct CrmOrderSummary
{
    qint64 id = 0;
    QString externalId;
    QString number;
    QString status; // status code
    QString createdAt; // "yyyy-MM-dd HH:mm:ss" as the CRM sends it
    QString site;
    QString customerName; // "lastName firstName patronymic" of the order, else of its customer
    QString phone; // the order's phone, else the customer's first phone
    QString email; // the order's e-mail, else the customer's
    double totalSumm = 0;
    QString deliveryCode;
    double deliveryCost = 0;
    QString deliveryAddress; // address.text, else index, region, city, street, building, flat joined
    QList<CrmPaymentSummary> payments;
    QList<CrmOrderItemSummary> items;
    qint64 customerId = 0;
    QString customerExternalId;
    QJsonObject raw; // the order, normalised (CrmDecode::normaliseOrder)
};

struct CrmCustomerSummary
{
    qint64 id = 0;
    QString externalId;
    QString firstName;
    QString lastName;
    QString patronymic;
    QString email;
    QStringList phones;
    QString createdAt; // "yyyy-MM-dd HH:mm:ss"
    QString site;
    int ordersCount = 0;
    std::optional<double> totalSumm; // absent when the CRM did not send it
    QJsonObject raw; // the customer, normalised (CrmDecode::normaliseCustomer)

    // "lastName firstName patronymic" without empty parts.
    QString fullName() const;
};

struct CrmOfferSummary
{
    qint64 id = 0;
    QString externalId;
    QString name;
    QString article;
    double price = 0; // `price`, else the `base` entry of `prices`, else the first entry
    double quantity = 0;
    QJsonObject raw;
};

struct CrmProductSummary
{
    qint64 id = 0;
    QString externalId;
    QString name;
    QString article;
    bool active = true;
    double quantity = 0;
    double minPrice = 0;
    double maxPrice = 0;
    QList<CrmOfferSummary> offers;
    QJsonObject raw;
};

// GET orders. Every non-empty field narrows the search (AND). Empty query = every order of the site.
struct OrderSearchQuery
{
    QString number {}; // filter[numbers][] (exact)
    QString email {}; // filter[email]
    QString phone {}; // filter[customer] with the digits only (the API has no phone filter on orders)
    QString customer {}; // filter[customer] (free text: name, phone, e-mail)
    QString status {}; // filter[extendedStatus][] (a status code)
    bool isEmpty() const;
};

// GET customers.
struct CustomerSearchQuery
{
    QString name {}; // filter[name] (matches the full name or a phone)
    QString email {}; // filter[email]
    QString phone {}; // filter[name] with the digits only
    bool isEmpty() const;
};

// GET store/products (+ store/inventories for the article).
struct ProductSearchQuery
{
    QString name {}; // filter[name]
    QString article {}; // exact article of the product or of one of its offers
    bool isEmpty() const;
};

inline bool OrderSearchQuery::isEmpty() const
{
    return number.trimmed().isEmpty() && email.trimmed().isEmpty() && phone.trimmed().isEmpty()
        && customer.trimmed().isEmpty() && status.trimmed().isEmpty();
}

inline bool CustomerSearchQuery::isEmpty() const
{
    return name.trimmed().isEmpty() && email.trimmed().isEmpty() && phone.trimmed().isEmpty();
}

inline bool ProductSearchQuery::isEmpty() const
{
    return name.trimmed().isEmpty() && article.trimmed().isEmpty();
}

inline QString CrmCustomerSummary::fullName() const
{
    QStringList parts;
    for (const QString &p : { lastName, firstName, patronymic }) {
        if (!p.trimmed().isEmpty())
            parts.append(p.trimmed());
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace rd
