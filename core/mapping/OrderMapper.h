#pragma once

#include "MappedEntity.h"
#include "MappingOptions.h"
#include "shop/ShopRows.h"

#include <QJsonArray>
#include <QList>
#include <QStringList>

namespace rd {

// ShopOrder → RetailCRM order (MAPPING.md "Order"). Uses order.customer (the user's profile), when
// present, for the name/phone/email fallbacks. "When non-empty" below means: not empty and not
// whitespace only; values are sent as stored (phones trimmed), never otherwise altered.
//
//   externalId   orderExternalId(o.num)
//   number       o.num, only with options.addCrmNumber
//   createdAt    o.createdon in options.shopTimeZone, when valid
//   status       order.statusCode, when non-empty; else left out with a warning naming the status
//   customer     {"externalId": "<o.user_id>"}; left out with a warning when user_id is 0
//   lastName/firstName/patronymic  splitFullName(address.receiver), else splitFullName(a.fullname)
//   phone        address.phone, else a.phone, else a.mobilephone (first non-empty, trimmed)
//   email        a.email, else address.email (first non-empty)
//   customerComment  address.comment, when non-empty
//   managerComment   o.comment / o.order_comment, when non-empty
//   items        mapOrderItem() for each item, in order
//   weight       weightInGrams(o.weight, options.weightUnit), only when > 0
//   delivery     {"code" when mapped (else a warning naming the delivery), "cost" always,
//                 "address": mapDeliveryAddress() when it has any field}
//   payments     [{"type": code}] when mapped; else left out with a warning naming the payment
//   discountManualAmount  order.promoDiscount, when present and non-zero
//
// Skipped (json filled all the same): status 0 "order in status 0 (not confirmed yet)", status 999
// "draft order (status 999)", blank num "order has no number" (checked in that order).
// Warnings are only added for ids above 0 (delivery/payment 0 means "none chosen": nothing to map).
MappedEntity mapOrder(const ShopOrder &order, const MappingOptions &options);

// One items[] entry: initialPrice, productName, quantity, offer.externalId ("mod-{product}-{modification}"
// with options.msOptionsPrice and a numeric modification above 0, else the product id), properties
// (mapItemProperties(), left out when empty). A modification option that is set but not a usable id adds
// a warning to *warnings (when given) and the product id is used.
QJsonObject mapOrderItem(const ShopOrderItem &item, const MappingOptions &options, QStringList *warnings = nullptr);

// items[].properties: one {"code": key, "name": ..., "value": optionValueText(value)} per option whose
// value text is non-empty, in key order, except "modification"/"modifications"; name "Размер" for
// "size", "Цвет" for "color", else the key.
QJsonArray mapItemProperties(const QJsonObject &itemOptions);

// delivery.address: index, region, city, metro, street, building, flat (= room), floor, block
// (= entrance), each only when non-empty; text = the non-empty country, index, region, city, metro,
// street, building, room, floor, entrance joined with ", ". Empty object when the address is empty.
QJsonObject mapDeliveryAddress(const ShopAddress &address);

// The distinct customer.externalId values the given (mapped) orders reference, in first-seen order;
// skipped orders and orders without a customer reference are left out. The upload job makes these
// customers exist before sending the orders.
QStringList referencedCustomerIds(const QList<MappedEntity> &orders);

} // namespace rd
