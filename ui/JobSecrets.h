#pragma once

#include "common/Result.h"
#include "config/Profile.h"
#include "config/SecretStore.h"
#include "sync/JobEnvironment.h"

#include <functional>
#include <memory>
#include <optional>

namespace rd {

// A JobEnvironment for `profile` with its secrets read through a SecretStore from `factory`: the CRM key
// when `needsKey`, the shop DB password when the shop is MySQL/MariaDB. The keychain may block: call it
// on a worker thread (runAsync), then hand the environment to a job started on the GUI thread.
// With `keyError`, a CRM key that cannot be read does not fail the call: its error lands there, the
// environment comes back without a key, and the keychain is asked only once for both secrets.
inline Result<JobEnvironment> loadJobEnvironment(const Profile &profile,
                                                 const std::function<std::unique_ptr<SecretStore>()> &factory,
                                                 bool needsKey = true, std::optional<Error> *keyError = nullptr)
{
    JobEnvironment env;
    env.profile = profile;
    std::unique_ptr<SecretStore> secrets = factory();
    if (needsKey) {
        auto key = secrets->read(SecretKind::CrmApiKey);
        if (key)
            env.apiKey = *key;
        else if (keyError)
            *keyError = key.error();
        else
            return key.error();
    }
    if (profile.shop.driver == ShopSettings::Driver::MySql) {
        auto password = secrets->read(SecretKind::ShopDbPassword);
        if (!password)
            return password.error();
        env.dbPassword = *password;
    }
    return env;
}

} // namespace rd
