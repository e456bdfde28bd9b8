#pragma once

#include "SearchTypes.h"
#include "common/Result.h"

#include <QJsonObject>

namespace rd {

// CRM entities → the search value types, and back to JSON for the CLI's --json output.
// Defensive: payments keyed by id or listed, `[]` where an object is expected, missing fields → defaults,
// numbers sent as strings are read too.
class SearchDecode final
{
public:
    SearchDecode() = delete;

    static CrmOrderSummary order(const QJsonObject &order);
    static CrmCustomerSummary customer(const QJsonObject &customer);
    static CrmProductSummary product(const QJsonObject &product);
    static CrmOfferSummary offer(const QJsonObject &offer);

    // A whole list answer (the envelope of GET orders / customers / store/products): items + pagination.
    // Errors of the call pass through; an envelope without the list is Error(MalformedResponse).
    static Result<SearchPage<CrmOrderSummary>> ordersPage(const Result<QJsonObject> &reply);
    static Result<SearchPage<CrmCustomerSummary>> customersPage(const Result<QJsonObject> &reply);
    static Result<SearchPage<CrmProductSummary>> productsPage(const Result<QJsonObject> &reply);

    // Compact JSON of a summary (without `raw`): the shape of `retaildesk-cli --json search ...` items.
    static QJsonObject toJson(const CrmOrderSummary &order);
    static QJsonObject toJson(const CrmCustomerSummary &customer);
    static QJsonObject toJson(const CrmProductSummary &product);
    static QJsonObject toJson(const CrmOfferSummary &offer);
    static QJsonObject toJson(const CrmPagination &pagination); // {limit, totalCount, currentPage, totalPageCount}
};

} // namespace rd
