#pragma once

#include "common/Result.h"

#include <QString>
#include <QUrl>

namespace rd {

class CrmClient;

// The outcome of IcmlPublisher::publish().
struct IcmlPublishResult
{
    QString site; // the CRM site code
    QUrl previous; // its ymlUrl before (empty when none)
    QUrl current; // its ymlUrl now
    bool changed = false; // reference/sites/{code}/edit was called
};

// Tells the CRM where to download the catalog: sets the site's ymlUrl (retailcrm-api.md §6.7) to the
// public URL the ICML file is served from. Like the PrestaShop module it sends the minimal
// {"code", "ymlUrl"} to reference/sites/{code}/edit, and only when the URL differs from the one the
// CRM holds (read from reference/sites first). Needs the key's reference_write scope. Blocking
// (CrmClient::waitFor): call it from the CLI or a worker thread.
class IcmlPublisher final
{
public:
    IcmlPublisher() = delete;

    static Result<IcmlPublishResult> publish(CrmClient &client, const QString &siteCode, const QUrl &url);
    // An absolute http(s) URL with a host; Error(Usage) otherwise.
    static Status validateUrl(const QUrl &url);
};

} // namespace rd
