#pragma once

#include "common/Result.h"
#include "config/Profile.h"
#include "crm/CrmTypes.h"
#include "shop/ShopInfo.h"
#include "shop/ShopRows.h"

#include <QJsonObject>
#include <QList>
#include <functional>
#include <optional>

namespace rd {

class CrmClient;
class SecretStore;
class ShopDatabase;

// The CRM's reference lists RetailDesk maps shop rows to.
struct CrmReferenceLists
{
    QList<CrmSite> sites;
    QList<CrmDeliveryType> deliveryTypes;
    QList<CrmPaymentType> paymentTypes;
    QList<CrmStatus> statuses;

    QJsonObject toJson() const;
};

// Fetches sites, delivery types, payment types and statuses (blocking: call it off the GUI thread).
Result<CrmReferenceLists> fetchCrmReferences(CrmClient &client);

// One line of a check: what was looked at and what was found.
struct CheckFinding
{
    enum class Severity { Ok, Warning, Error };
    Severity severity = Severity::Ok;
    QString area; // "crm", "shop", "mappings"
    QString subject; // short name of what was checked
    QString message; // what was found
    QString hint; // what to do (warnings and errors)
};

// A mapping row of the shop (delivery, payment or status) and what the check thinks of its code.
struct MappingState
{
    enum class Kind { Delivery, Payment, Status };
    Kind kind = Kind::Delivery;
    int shopId = 0;
    QString shopName;
    bool active = true;
    std::optional<QString> code; // the stored CRM code (nullopt = none or no column)
    bool codeKnown = false; // the CRM's reference list has the code
    bool synced = true; // statuses: listed in sync.statuses
    QString suggestion; // a code suggested by name when none is stored

    static QString kindName(Kind kind); // delivery / payment / status
};

// What `retaildesk-cli check` and the GUI dashboard show: CRM key and site access, API version,
// the shop database and its miniShop2 version, and how complete the code mappings are.
struct CheckReport
{
    QList<CheckFinding> findings;
    std::optional<Error> blocking; // the first error that stops RetailDesk from working

    QStringList apiVersions;
    std::optional<CrmCredentials> credentials;
    std::optional<CrmSite> site;
    std::optional<CrmReferenceLists> crmReferences;
    std::optional<ShopInfo> shop;
    QList<MappingState> mappings;

    bool ok() const { return !blocking.has_value(); }
    int errorCount() const;
    int warningCount() const;
    // 0 when nothing blocks; else exitCodeFor(blocking->code).
    int exitCode() const;
    QJsonObject toJson() const;
    // Human-readable lines: "✔ crm  API key  accepted (scopes: …)".
    QStringList toText() const;
};

// The scopes RetailDesk needs and what each is for.
QList<QPair<QString, QString>> requiredCrmScopes();

// Computes the mapping states of the shop's references against the CRM's lists.
QList<MappingState> mappingStates(const ShopReferences &shop, const CrmReferenceLists *crm,
                                  const QList<int> &syncStatuses);

// Runs every check. Blocking (network and SQL): call it on a worker thread. `progress` gets short
// texts ("Checking the API key…"). A failed CRM check does not stop the shop check, and vice versa.
CheckReport runConnectionCheck(const Profile &profile, SecretStore &secrets,
                               const std::function<void(const QString &)> &progress = {});

} // namespace rd
