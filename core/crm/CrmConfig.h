#pragma once

#include "common/Result.h"

#include <QString>
#include <QUrl>

namespace rd {

class Profile;

// Everything a CrmClient needs. The API key lives here in memory only: it is sent as the
// X-API-KEY header and never written anywhere (URL, log, file).
struct CrmConfig
{
    QUrl baseUrl; // account root, e.g. https://name.retailcrm.ru (no /api/v5); http only for loopback hosts
    QString apiKey; // sent as X-API-KEY
    QString site; // site (store) code: sent as `site` on get/create/edit/upload, filter[sites][] on lists
    double rateLimit = 10.0; // requests per second for this CRM host, shared by every client in the process
    int maxInFlight = 16; // requests of one client on the wire (or waiting for a rate slot) at once
    int timeoutMs = 30000; // per attempt
    int maxRetries = 5; // extra attempts after a network error, a timeout, 502/504 or 503/429
    int retryBaseMs = 500; // first back-off; doubles per attempt ...
    int retryCapMs = 8000; // ... up to this, each with jitter (50..100 %)

    // Validates the URL (Profile::validateCrmUrl: https, http for loopback only), the key (not empty,
    // no control characters) and the numbers. Errors are ErrorCode::Config / MissingSecret.
    Status validate() const;

    // The config of a profile's [crm] section: url, site, rate_limit. maxInFlight is raised to twice
    // the rate (at least 16) so that the limit is reached even when each request takes up to 2 s.
    static Result<CrmConfig> fromProfile(const Profile &profile, const QString &apiKey);
};

} // namespace rd
