#pragma once

#include "MappedEntity.h"
#include "MappingOptions.h"
#include "shop/ShopRows.h"

namespace rd {

// ShopCustomer → RetailCRM customer (MAPPING.md "Customer"):
//   externalId  u.id as a string
//   lastName/firstName/patronymic  a.fullname by splitFullName() (each only when non-empty)
//   email       a.email as stored, when not blank
//   phones      [{"number": a.phone}, {"number": a.mobilephone}] — numbers trimmed, blank and duplicate
//               (after trimming) ones left out; always an array; the key is OMITTED when no number is left
//   createdAt   u.createdon (Unix time) in options.shopTimeZone, "yyyy-MM-dd HH:mm:ss", when non-zero
// Super users (u.sudo = 1) get skipReason "super user (staff)"; their json is filled all the same
// (an order of theirs still needs them in the CRM: see mapOrderCustomer()).
MappedEntity mapCustomer(const ShopCustomer &customer, const MappingOptions &options);

// The customer an order references (customer.externalId = o.user_id), to create before the order
// when the CRM lacks it. With the order's profile (order.customer): mapCustomer() without the
// super-user skip (staff too: the order needs it). Without a profile (user or profile row gone):
// a minimal customer from the order itself — externalId, names from address.receiver, phones from
// address.phone, email from address.email — with a warning. user_id 0 → skipped ("order has no shop
// user"), matching mapOrder(), which then sends no customer reference.
MappedEntity mapOrderCustomer(const ShopOrder &order, const MappingOptions &options);

} // namespace rd
