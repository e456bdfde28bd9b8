#include "StatusMapping.h"

#include "MappingRules.h"

using namespace Qt::Literals::StringLiterals;

namespace rd {

QJsonObject statusChangePayload(const QString &crmStatusCode)
{
    return QJsonObject { { u"status"_s, crmStatusCode } };
}

std::optional<QString> syncedStatusCode(int shopStatusId, const ShopReferences &references,
                                        const QList<int> &syncStatuses)
{
    if (!syncStatuses.contains(shopStatusId))
        return std::nullopt;
    const ShopStatus *status = references.status(shopStatusId);
    if (!status || !status->crmCode || isBlank(*status->crmCode))
        return std::nullopt;
    return *status->crmCode;
}

std::optional<int> shopStatusForCrmCode(const QString &crmStatusCode, const ShopReferences &references,
                                        const QList<int> &syncStatuses)
{
    if (isBlank(crmStatusCode))
        return std::nullopt;
    for (const int id : syncStatuses) {
        const ShopStatus *status = references.status(id);
        if (status && status->crmCode && *status->crmCode == crmStatusCode)
            return id;
    }
    return std::nullopt;
}

bool numMatchesExternalId(const QString &num, const QString &externalId)
{
    if (num.size() != externalId.size() || num.isEmpty())
        return false;
    for (qsizetype i = 0; i < num.size(); ++i) {
        const QChar c = num[i] == u'/' ? QChar(u'-') : num[i];
        if (c != externalId[i])
            return false;
    }
    return true;
}

} // namespace rd
