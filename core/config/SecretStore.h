#pragma once

#include "common/Result.h"

#include <QString>

namespace rd {

enum class SecretKind { CrmApiKey, ShopDbPassword };

// Where a secret comes from: the environment first (RETAILDESK_API_KEY, RETAILDESK_DB_PASSWORD),
// then the OS keychain through QtKeychain (service "RetailDesk", key "<profileId>/crm-api-key" or
// "<profileId>/shop-db-password"), insecure fallback off. Never logs or prints a value.
// Calls block on a local event loop until QtKeychain answers (with a timeout), so use it off the
// GUI thread or accept the short wait (keychain calls are local and fast).
class SecretStore
{
public:
    explicit SecretStore(QString profileId);

    // Error(MissingSecret) with a message saying how to set it ("retaildesk-cli secret set crm-api-key",
    // the environment variable, or the GUI settings) when neither source has it.
    Result<QString> read(SecretKind kind) const;
    Status write(SecretKind kind, const QString &value) const;
    Status remove(SecretKind kind) const;

    // An in-process override (e.g. the demo profile's sandbox key) that wins over env and keychain.
    void setOverride(SecretKind kind, const QString &value);

    static QString envVarName(SecretKind kind); // RETAILDESK_API_KEY / RETAILDESK_DB_PASSWORD
    static QString cliName(SecretKind kind); // crm-api-key / shop-db-password
    static constexpr const char *serviceName = "RetailDesk";

private:
    QString m_profileId;
    QString m_overrideApiKey;
    QString m_overrideDbPassword;
};

} // namespace rd
