// CRM response decoding, the history: a body answered with 200 to GET orders/history or customers/history
// through CrmResponse::interpret() and CrmDecode::history(), what the sync round reads its changes from.

#include "FuzzSupport.h"
#include "crm/CrmDecode.h"
#include "crm/CrmResponse.h"

using namespace Qt::Literals::StringLiterals;
using namespace rd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    CrmResponse response;
    response.method = u"GET"_s;
    response.path = u"/api/v5/orders/history"_s;
    response.host = u"fuzz.retailcrm.ru"_s;
    response.httpStatus = 200;
    response.contentType = "application/json";
    response.body = fuzz::bytes(data, size);
    const Result<QJsonObject> reply = response.interpret();

    const Result<CrmHistoryPage> page = CrmDecode::history(reply);
    if (!page.ok()) {
        FUZZ_CHECK(!page.error().message.isEmpty());
        return 0;
    }
    // Every record is kept, in the CRM's order, and the position never goes below 0.
    FUZZ_CHECK(page->entries.size() == CrmDecode::asArray(reply->value(u"history"_s)).size());
    FUZZ_CHECK(page->lastId >= 0);
    for (const QJsonValue &v : page->entries) {
        const QJsonObject entry = v.toObject();
        if (entry.value(u"order"_s).isObject()) {
            const QJsonObject order = entry.value(u"order"_s).toObject();
            FUZZ_CHECK(CrmDecode::normaliseOrder(order) == order);
        }
        if (entry.contains(u"payment"_s))
            FUZZ_CHECK(entry.value(u"payment"_s).isObject());
    }
    (void)page->pagination.hasNext();
    return 0;
}
