#pragma once

#include <QUrl>

namespace rd {

// What a CRM web page shows.
enum class CrmWebKind { Order, Customer };

// The page of an entity in the CRM's web interface, for "Open in RetailCRM":
//   crmWebUrl(https://x.retailcrm.ru, Order, 7)    → https://x.retailcrm.ru/orders/7/edit
//   crmWebUrl(https://x.retailcrm.ru, Customer, 9) → https://x.retailcrm.ru/customers/9
// `baseUrl` is the account root (CrmConfig::baseUrl); any path, query or fragment on it is dropped.
// An invalid base URL or an id ≤ 0 gives an empty QUrl.
QUrl crmWebUrl(const QUrl &baseUrl, CrmWebKind kind, qint64 id);

} // namespace rd
