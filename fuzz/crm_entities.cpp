// CRM response decoding, the entities: a body answered with 200 (and 460 for the batch uploads) through
// CrmResponse::interpret(), then the entity, page and upload decoders and the search summaries.

#include "FuzzSupport.h"
#include "crm/CrmDecode.h"
#include "crm/CrmResponse.h"
#include "search/SearchDecode.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;
using namespace rd;

namespace {

Result<QJsonObject> answer(const QByteArray &body, int status, const QString &method, const QString &path,
                           bool batchUpload)
{
    CrmResponse response;
    response.method = method;
    response.path = path;
    response.host = u"fuzz.retailcrm.ru"_s;
    response.site = u"fuzz-shop"_s;
    response.httpStatus = status;
    response.contentType = "application/json";
    response.body = body;
    response.batchUpload = batchUpload;
    return response.interpret();
}

// What an orders/upload sent: the reasons the CRM keys by position are tied to these externalIds.
QJsonArray sentBatch()
{
    QJsonArray batch;
    for (const QString &id : { u"1001"_s, u"1002"_s, u"1003-2"_s })
        batch.append(QJsonObject { { u"externalId"_s, id }, { u"site"_s, u"fuzz-shop"_s } });
    return batch;
}

void checkUpload(const Result<CrmUploadResult> &upload)
{
    if (!upload.ok())
        return;
    if (!upload->failed.isEmpty())
        FUZZ_CHECK(upload->partial);
    if (upload->partial)
        FUZZ_CHECK(!upload->toError().message.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    static const QJsonArray batch = sentBatch();

    const Result<QJsonObject> reply = answer(body, 200, u"GET"_s, u"/api/v5/orders"_s, false);

    for (const QString &key : { u"order"_s, u"customer"_s }) {
        const Result<QJsonObject> entity = CrmDecode::entity(reply, key);
        if (entity.ok()) {
            // Normalising is idempotent: what the decoder hands on is already in the normal shape.
            if (key == u"order"_s)
                FUZZ_CHECK(CrmDecode::normaliseOrder(*entity) == *entity);
            else
                FUZZ_CHECK(CrmDecode::normaliseCustomer(*entity) == *entity);
        }
    }
    for (const QString &key : { u"orders"_s, u"customers"_s, u"products"_s, u"offers"_s }) {
        const Result<CrmPage> page = CrmDecode::page(reply, key);
        if (page.ok())
            FUZZ_CHECK(page->items.size() == CrmDecode::asArray(reply->value(key)).size());
    }

    checkUpload(CrmDecode::upload(reply, batch));
    checkUpload(CrmDecode::upload(answer(body, 460, u"POST"_s, u"/api/v5/orders/upload"_s, true), batch));
    checkUpload(CrmDecode::upload(answer(body, 460, u"POST"_s, u"/api/v5/customers/upload"_s, true)));

    if (const auto orders = SearchDecode::ordersPage(reply); orders.ok()) {
        for (const auto &o : orders->items)
            (void)SearchDecode::toJson(o);
        (void)SearchDecode::toJson(orders->pagination);
    }
    if (const auto customers = SearchDecode::customersPage(reply); customers.ok()) {
        for (const auto &c : customers->items)
            (void)SearchDecode::toJson(c);
    }
    if (const auto products = SearchDecode::productsPage(reply); products.ok()) {
        for (const auto &p : products->items)
            (void)SearchDecode::toJson(p);
    }
    if (reply.ok()) {
        for (const QJsonValue &v : CrmDecode::asArray(reply->value(u"offers"_s)))
            (void)SearchDecode::toJson(SearchDecode::offer(v.toObject()));
        (void)CrmDecode::asStringList(reply->value(u"tags"_s));
    }
    return 0;
}
