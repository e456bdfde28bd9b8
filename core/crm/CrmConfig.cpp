#include "CrmConfig.h"

#include "config/Profile.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace rd {

Status CrmConfig::validate() const
{
    if (Status url = Profile::validateCrmUrl(baseUrl); !url)
        return url;
    if (apiKey.trimmed().isEmpty())
        return Error(ErrorCode::MissingSecret, u"The RetailCRM API key is empty."_s,
                     u"Set it with `retaildesk-cli secret set crm-api-key` or the environment variable "
                     "RETAILDESK_API_KEY. A key is made in the RetailCRM admin under Settings → Integration → "
                     "API access keys (Настройки → Интеграция → Ключи доступа к API)."_s);
    for (const QChar c : apiKey) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() > 0x7e)
            return Error(ErrorCode::Config, u"The RetailCRM API key contains characters a key cannot have."_s,
                         u"Copy the key again from the RetailCRM admin (Settings → Integration → API access keys) "
                         "without spaces or line breaks."_s);
    }
    if (!std::isfinite(rateLimit) || rateLimit <= 0.0 || rateLimit > 1000.0)
        return Error(ErrorCode::Config, u"The CRM rate limit %1 is out of range."_s.arg(rateLimit),
                     u"Set crm/rate_limit to a number of requests per second between 1 and 100."_s);
    if (maxInFlight < 1 || maxInFlight > 256)
        return Error(ErrorCode::Config,
                     u"The CRM client's maximum of requests in flight (%1) is out of range."_s.arg(maxInFlight),
                     u"Use a value between 1 and 256."_s);
    if (timeoutMs < 1)
        return Error(ErrorCode::Config, u"The CRM request timeout must be positive."_s);
    if (maxRetries < 0 || retryBaseMs < 0 || retryCapMs < retryBaseMs)
        return Error(ErrorCode::Config,
                     u"The CRM retry settings are invalid (retries %1, base %2 ms, cap %3 ms)."_s.arg(maxRetries)
                         .arg(retryBaseMs)
                         .arg(retryCapMs));
    return {};
}

Result<CrmConfig> CrmConfig::fromProfile(const Profile &profile, const QString &apiKey)
{
    CrmConfig config;
    config.baseUrl = profile.crm.url;
    config.apiKey = apiKey;
    config.site = profile.crm.site;
    config.rateLimit = profile.crm.rateLimit > 0 ? profile.crm.rateLimit : 10;
    config.maxInFlight = qMax(16, 2 * profile.crm.rateLimit);
    if (Status valid = config.validate(); !valid) {
        Error error = valid.error();
        if (!profile.filePath().isEmpty() && error.code == ErrorCode::Config)
            error.message += u" (in %1)"_s.arg(profile.filePath());
        return error;
    }
    return config;
}

} // namespace rd
