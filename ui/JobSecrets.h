#pragma once

#include "common/Result.h"
#include "config/Profile.h"
#include "config/SecretStore.h"
#include "sync/JobEnvironment.h"

#include <functional>
#include <memory>

namespace rd {

// A JobEnvironment for `profile` with its secrets read through a SecretStore from `factory`: the CRM key
// when `needsKey`, the shop DB password when the shop is MySQL/MariaDB. The keychain may block: call it
// on a worker thread (runAsync), then hand the environment to a job started on the GUI thread.
inline Result<JobEnvironment> loadJobEnvironment(const Profile &profile,
                                                 const std::function<std::unique_ptr<SecretStore>()> &factory,
                                                 bool needsKey = true)
{
    JobEnvironment env;
    env.profile = profile;
    std::unique_ptr<SecretStore> secrets = factory();
    if (needsKey) {
        auto key = secrets->read(SecretKind::CrmApiKey);
        if (!key)
            return key.error();
        env.apiKey = *key;
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
