#pragma once

#include "SearchTypes.h"
#include "common/Result.h"
#include "crm/CrmQuery.h"

namespace rd {

class CrmClient;

// CRM look-ups for orders, customers and products: a query + page + limit → one page of plain value
// types. Blocking (CrmClient::waitFor): use it from the CLI or a worker thread with its own CrmClient,
// never on the GUI thread.
//
//   CrmClient client(config);
//   SearchService search(client);
//   Result<SearchPage<CrmOrderSummary>> page = search.orders({.email = u"a@b.c"_s}, 1, 20);
//
// What is sent (retailcrm-api.md §6.2, §6.3, §6.6):
//   orders     GET orders          number → filter[numbers][], email → filter[email],
//                                  phone → filter[customer] with the phone's digits (no phone filter
//                                  exists on orders), customer → filter[customer], status →
//                                  filter[extendedStatus][]; phone and customer together are refused.
//   customers  GET customers       name → filter[name], email → filter[email], phone → filter[name]
//                                  with the digits (filter[name] matches a name or a phone); name and
//                                  phone together are refused.
//   products   GET store/products  name → filter[name]. article: store/products has no article filter,
//                                  so GET store/inventories filter[offerArticle] and
//                                  filter[productArticle] (limit 250) find the offers, then one
//                                  GET store/products filter[offerExternalId] per distinct offer
//                                  (at most 100 offers; offers without an externalId are skipped),
//                                  deduplicated by product id, sorted by id; paging is then done here
//                                  (pagination has the same meaning).
// The site is added by CrmClient (filter[sites][]). `limit` must be 20, 50 or 100, `page` ≥ 1; other
// values are Error(Usage). An empty query lists everything.
class SearchService final
{
public:
    explicit SearchService(CrmClient &client);

    Result<SearchPage<CrmOrderSummary>> orders(const OrderSearchQuery &query, int page = 1, int limit = 20);
    Result<SearchPage<CrmCustomerSummary>> customers(const CustomerSearchQuery &query, int page = 1, int limit = 20);
    Result<SearchPage<CrmProductSummary>> products(const ProductSearchQuery &query, int page = 1, int limit = 20);

    // The filters alone (for callers that run the calls asynchronously: pass them to
    // CrmClient::ordersList / customersList / storeProducts and decode with SearchDecode::*Page).
    static Result<CrmQuery> ordersFilter(const OrderSearchQuery &query);
    static Result<CrmQuery> customersFilter(const CustomerSearchQuery &query);
    // store/products filter for the name only (an article needs the inventories step above).
    static CrmQuery productsFilter(const ProductSearchQuery &query);

    // Error(Usage) unless limit is 20, 50 or 100 and page ≥ 1.
    static Status checkPaging(int page, int limit);
    // The digits of a phone number ("+7 (915) 151-51-51" → "79151515151").
    static QString phoneDigits(const QString &phone);

    static constexpr int maxArticleOffers = 100;

private:
    Result<SearchPage<CrmProductSummary>> productsByArticle(const ProductSearchQuery &query, int page, int limit);

    CrmClient &m_client;
};

} // namespace rd
