// CRM response decoding, the envelope: the raw HTTP body (as every status the CRM answers with) through
// CrmResponse::interpret() — what CrmClient does with each answer — then the reference and small decoders.

#include "FuzzSupport.h"
#include "crm/CrmDecode.h"
#include "crm/CrmResponse.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;
using namespace rd;

namespace {

struct Answer
{
    int status;
    const char *contentType;
    bool batchUpload;
    QString method;
    QString path;
};

const Answer kAnswers[] = {
    { 200, "application/json", false, u"GET"_s, u"/api/v5/reference/sites"_s },
    { 201, "application/json; charset=UTF-8", false, u"POST"_s, u"/api/v5/orders/create"_s },
    { 200, "text/html", false, u"GET"_s, u"/api/v5/credentials"_s },
    { 460, "application/json", true, u"POST"_s, u"/api/v5/orders/upload"_s },
    { 460, "application/json", false, u"POST"_s, u"/api/v5/orders/statuses"_s },
    { 302, "text/html", false, u"GET"_s, u"/api/v5/orders"_s },
    { 400, "application/json", false, u"POST"_s, u"/api/v5/customers/upload"_s },
    { 401, "application/json", false, u"GET"_s, u"/api/v5/orders"_s },
    { 403, "application/json", false, u"POST"_s, u"/api/v5/store/inventories/upload"_s },
    { 404, "application/json", false, u"GET"_s, u"/api/v5/orders/17"_s },
    { 405, "text/html", false, u"POST"_s, u"/api/v5/orders/upload"_s },
    { 429, "application/json", false, u"GET"_s, u"/api/v5/orders/history"_s },
    { 500, "application/json", false, u"GET"_s, u"/api/v5/orders"_s },
    { 503, "text/plain", false, u"GET"_s, u"/api/v5/orders"_s },
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const bool isObject = parseError.error == QJsonParseError::NoError && doc.isObject();

    for (const Answer &a : kAnswers) {
        CrmResponse response;
        response.method = a.method;
        response.path = a.path;
        response.host = u"fuzz.retailcrm.ru"_s;
        response.site = u"fuzz-shop"_s;
        response.httpStatus = a.status;
        response.contentType = a.contentType;
        response.body = body;
        response.location = u"https://elsewhere.example/login"_s;
        response.batchUpload = a.batchUpload;
        const Result<QJsonObject> reply = response.interpret();

        const bool success = a.status >= 200 && a.status < 300;
        if (reply.ok()) {
            // Only a JSON object is ever a payload, and only for 2xx or a batch upload's 460.
            FUZZ_CHECK(isObject);
            FUZZ_CHECK(success || (a.status == 460 && a.batchUpload));
            FUZZ_CHECK(*reply == doc.object());
        } else {
            FUZZ_CHECK(!reply.error().message.isEmpty());
            FUZZ_CHECK(!reply.error().toString().isEmpty());
            FUZZ_CHECK(reply.error().httpStatus == a.status);
        }
        if (!success)
            continue;

        (void)CrmDecode::apiVersions(reply);
        if (const auto creds = CrmDecode::credentials(reply); creds.ok())
            (void)creds->canUseSite(u"fuzz-shop"_s);
        (void)CrmDecode::sites(reply);
        (void)CrmDecode::deliveryTypes(reply);
        (void)CrmDecode::paymentTypes(reply);
        if (const auto statuses = CrmDecode::statuses(reply); statuses.ok()) {
            for (qsizetype i = 1; i < statuses->size(); ++i) // sorted by ordering
                FUZZ_CHECK(statuses->at(i - 1).ordering <= statuses->at(i).ordering);
        }
        (void)CrmDecode::orderStatuses(reply);
        (void)CrmDecode::storeUpload(reply);
        (void)CrmDecode::createdId(reply);
        if (reply.ok()) {
            const CrmPagination p = CrmDecode::pagination(*reply);
            (void)p.hasNext();
        }
    }

    // The error readers on whatever the body holds.
    Error into(ErrorCode::Validation, u"fuzz"_s);
    CrmResponse::readErrors(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), into);
    CrmResponse::readErrors(doc.object().value(u"errors"_s), into);
    (void)into.toString();
    return 0;
}
