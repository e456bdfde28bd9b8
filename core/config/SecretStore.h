#pragma once

#include "common/Result.h"

#include <QString>

namespace rd {

enum class SecretKind { CrmApiKey, ShopDbPassword };
// Where read() found a secret.
enum class SecretSource { Override, Environment, Keychain };

// Where a secret comes from: the environment first (RETAILDESK_API_KEY, RETAILDESK_DB_PASSWORD),
// then the OS keychain through QtKeychain (service "RetailDesk", key "<profileId>/crm-api-key" or
// "<profileId>/shop-db-password"), insecure fallback off. Never logs or prints a value.
// Keychain calls run on one private thread that owns every QtKeychain job; the calling thread just waits
// (up to timeoutMs()), so any thread may call, with or without an event loop. The GUI thread blocks for the
// short wait (keychain calls are local and fast).
class SecretStore
{
public:
    explicit SecretStore(QString profileId);

    // Error(MissingSecret) with a message saying how to set it ("retaildesk-cli secret set crm-api-key",
    // the environment variable, or the GUI settings) when neither source has it, or when no keychain is usable.
    // Error(Timeout) when the keychain does not answer within timeoutMs().
    Result<QString> read(SecretKind kind) const;
    Result<QString> read(SecretKind kind, SecretSource *source) const; // also says where it came from
    // Stores in the keychain (an empty value is refused: use remove()). Error(Config) when no keychain is usable.
    Status write(SecretKind kind, const QString &value) const;
    // Deletes the keychain entry; removing an entry that does not exist succeeds.
    Status remove(SecretKind kind) const;

    // An in-process override (e.g. the demo profile's sandbox key) that wins over env and keychain.
    // An empty value clears it.
    void setOverride(SecretKind kind, const QString &value);

    // How long a keychain call may take (default 10 s); a locked keyring may show an unlock prompt.
    void setTimeoutMs(int msec) { m_timeoutMs = msec; }
    int timeoutMs() const { return m_timeoutMs; }

    QString profileId() const { return m_profileId; }
    // "<profileId>/crm-api-key" | "<profileId>/shop-db-password": the QtKeychain key under serviceName.
    QString keychainKey(SecretKind kind) const;

    static QString envVarName(SecretKind kind); // RETAILDESK_API_KEY / RETAILDESK_DB_PASSWORD
    static QString cliName(SecretKind kind); // crm-api-key / shop-db-password
    static QString displayName(SecretKind kind); // "CRM API key" / "shop database password"
    static constexpr const char *serviceName = "RetailDesk";

private:
    QString m_profileId;
    QString m_overrideApiKey;
    QString m_overrideDbPassword;
    int m_timeoutMs = 10000;
};

} // namespace rd
