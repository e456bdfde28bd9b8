#pragma once

#include "config/Profile.h"
#include "crm/CrmConfig.h"

#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace rd {

class ShopDatabase;
class StateStore;

// Everything a sync-layer job needs to reach the shop, the CRM and its local state. Built by a front
// (CLI, GUI) on its own thread and handed to the job, which opens its own connections on its worker
// thread. Secrets stay in memory.
struct JobEnvironment
{
    Profile profile;
    QString apiKey; // the CRM key (not needed for a dry run)
    QString dbPassword; // the shop DB password (MySQL/MariaDB)
    QString statePath; // empty = StateStore::defaultPath(profile)
    // Optional shared objects (both give every thread its own connection); opened from the profile when null.
    std::shared_ptr<ShopDatabase> shop;
    std::shared_ptr<StateStore> state;
    // Changes to the CrmConfig made from the profile (tests: shorter timeouts, fewer retries).
    std::function<void(CrmConfig &)> tuneCrm;
};

} // namespace rd
