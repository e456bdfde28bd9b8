#include "IcmlPublisher.h"

#include "crm/CrmClient.h"
#include "crm/CrmDecode.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

QString comparable(const QUrl &url)
{
    return url.adjusted(QUrl::NormalizePathSegments).toString(QUrl::FullyEncoded);
}

} // namespace

Status IcmlPublisher::validateUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
        return Error(ErrorCode::Usage,
                     u"The catalog URL \"%1\" is not an absolute http(s) address."_s.arg(url.toString()),
                     u"Give the public address the CRM downloads the file from, e.g. "
                     u"--publish-url https://shop.example/retailcrm.xml."_s);
    return {};
}

Result<IcmlPublishResult> IcmlPublisher::publish(CrmClient &client, const QString &siteCode, const QUrl &url)
{
    if (Status st = validateUrl(url); !st)
        return st.error();
    if (siteCode.isEmpty())
        return Error(ErrorCode::Config, u"No CRM site code is configured, so the catalog URL cannot be set."_s,
                     u"Set crm/site in the profile to the code of the shop's site in the CRM."_s);
    Result<QList<CrmSite>> sites = CrmDecode::sites(client.waitFor(client.sites()));
    if (!sites)
        return sites.error();
    const CrmSite *site = nullptr;
    QStringList codes;
    for (const CrmSite &s : *sites) {
        codes << s.code;
        if (s.code == siteCode)
            site = &s;
    }
    if (!site)
        return Error(ErrorCode::Config,
                     u"The CRM has no site \"%1\", so its catalog URL cannot be set."_s.arg(siteCode),
                     codes.isEmpty() ? u"Check crm/site in the profile."_s
                                     : u"Set crm/site to one of: %1."_s.arg(codes.join(u", "_s)));
    IcmlPublishResult result;
    result.site = siteCode;
    result.previous = site->ymlUrl;
    result.current = site->ymlUrl;
    if (comparable(site->ymlUrl) == comparable(url))
        return result;
    const QJsonObject patch { { u"code"_s, siteCode }, { u"ymlUrl"_s, url.toString(QUrl::FullyEncoded) } };
    Result<QJsonObject> edited = client.waitFor(client.siteEdit(siteCode, patch));
    if (!edited) {
        Error e = edited.error();
        if (e.code == ErrorCode::Access && e.hint.isEmpty())
            e.hint = u"The API key needs the reference_write scope to change the site's catalog URL; or set the "
                     u"URL by hand in the CRM's site settings."_s;
        return e;
    }
    result.current = url;
    result.changed = true;
    return result;
}

} // namespace rd
