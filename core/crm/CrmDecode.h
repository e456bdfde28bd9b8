#pragma once

#include "CrmTypes.h"
#include "common/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace rd {

// Typed views of RetailCRM answers. Each takes the Result a CrmReply produced (errors pass
// through unchanged) and returns the decoded value or Error(MalformedResponse) when the payload
// lacks what the API promises. Tolerant of the API's shapes: `[]` where an object is expected,
// maps keyed by code or id where a list is expected (payments keyed by id), missing optional keys.
//
//   Result<CrmCredentials> creds = CrmDecode::credentials(client.waitFor(client.credentials()));
class CrmDecode final
{
public:
    CrmDecode() = delete;

    static Result<QStringList> apiVersions(const Result<QJsonObject> &reply);
    static Result<CrmCredentials> credentials(const Result<QJsonObject> &reply);
    static Result<QList<CrmSite>> sites(const Result<QJsonObject> &reply); // by code
    static Result<QList<CrmDeliveryType>> deliveryTypes(const Result<QJsonObject> &reply); // by code
    static Result<QList<CrmPaymentType>> paymentTypes(const Result<QJsonObject> &reply); // by code
    static Result<QList<CrmStatus>> statuses(const Result<QJsonObject> &reply); // by ordering, then code

    // orders/{id}, customers/{id}: the entity under `key` ("order" / "customer"), normalised.
    static Result<QJsonObject> entity(const Result<QJsonObject> &reply, const QString &key);
    // A list call: items under `key` ("orders", "customers", "products", "offers"), plus pagination.
    static Result<CrmPage> page(const Result<QJsonObject> &reply, const QString &key);
    // orders/history, customers/history.
    static Result<CrmHistoryPage> history(const Result<QJsonObject> &reply);
    static Result<QList<CrmOrderStatus>> orderStatuses(const Result<QJsonObject> &reply);
    // orders/upload, customers/upload: 200 or 460. `batch` is what was sent (CrmReply::batch()); it
    // lets reasons keyed by the item's position be tied to its externalId.
    static Result<CrmUploadResult> upload(const Result<QJsonObject> &reply, const QJsonArray &batch = {});
    static Result<CrmStoreUploadResult> storeUpload(const Result<QJsonObject> &reply);
    // The id a create/edit answered (`id`), 0 when absent.
    static Result<qint64> createdId(const Result<QJsonObject> &reply);

    static CrmPagination pagination(const QJsonObject &envelope);

    // Shape helpers.
    static QJsonObject asObject(const QJsonValue &value); // object as is; [] / null / other → {}
    static QJsonArray
    asArray(const QJsonValue &value); // array as is; object keyed by id/code → its values in key order
    static QStringList asStringList(const QJsonValue &value); // ["a","b"] or {"x":"a"} or [{code:"a"}]
    // payments keyed by id → array, customFields [] → {}, items[].properties → array, customer normalised.
    static QJsonObject normaliseOrder(QJsonObject order);
    // customFields [] → {}, tags/phones → arrays, address [] → {}.
    static QJsonObject normaliseCustomer(QJsonObject customer);
};

} // namespace rd
