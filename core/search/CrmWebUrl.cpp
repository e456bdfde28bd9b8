#include "CrmWebUrl.h"

using namespace Qt::Literals::StringLiterals;

namespace rd {

QUrl crmWebUrl(const QUrl &baseUrl, CrmWebKind kind, qint64 id)
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty() || id <= 0)
        return {};
    QUrl url = baseUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    switch (kind) {
    case CrmWebKind::Order:
        url.setPath(u"/orders/%1/edit"_s.arg(id));
        break;
    case CrmWebKind::Customer:
        url.setPath(u"/customers/%1"_s.arg(id));
        break;
    }
    return url;
}

} // namespace rd
