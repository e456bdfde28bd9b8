#pragma once

// Status sync rules of MAPPING.md ("Status sync, both ways"). Pure functions.

#include "shop/ShopRows.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace rd {

// The `order` parameter of orders/{externalId}/edit (by=externalId) for a status change:
// {"status": crmStatusCode}.
QJsonObject statusChangePayload(const QString &crmStatusCode);

// The CRM code shop status `shopStatusId` syncs as: only when the id is listed in `syncStatuses`
// (sync/statuses) and the status has a non-empty retailcrm_status_code; else nullopt.
std::optional<QString> syncedStatusCode(int shopStatusId, const ShopReferences &references,
                                        const QList<int> &syncStatuses);

// CRM → shop: the listed shop status whose code equals `crmStatusCode`. When several listed statuses
// share the code, the first in `syncStatuses` order wins. nullopt when none (the entry is ignored).
std::optional<int> shopStatusForCrmCode(const QString &crmStatusCode, const ShopReferences &references,
                                        const QList<int> &syncStatuses);

// The inverse of the externalId rule: true when `num` with '/' → '-' equals `externalId`
// ("2103/308" and "2103-308" both match "2103-308"; the externalId is never rewritten back).
bool numMatchesExternalId(const QString &num, const QString &externalId);

} // namespace rd
