#include "CrmTypes.h"

using namespace Qt::Literals::StringLiterals;

namespace rd {

Error CrmUploadResult::toError() const
{
    Error error(ErrorCode::PartialUpload,
                u"RetailCRM refused %1 of %2 items of the batch%3."_s.arg(failed.size())
                    .arg(failed.size() + uploaded.size())
                    .arg(errorMsg.isEmpty() ? QString() : u" (\""_s + errorMsg + u"\")"_s));
    error.httpStatus = partial ? 460 : 200;
    for (const CrmFailedItem &item : failed)
        error.fieldErrors.insert(item.externalId, item.reason.isEmpty() ? u"no reason given"_s : item.reason);
    return error;
}

} // namespace rd
