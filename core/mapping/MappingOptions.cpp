#include "MappingOptions.h"

namespace rd {

MappingOptions MappingOptions::fromProfile(const Profile &profile, const QTimeZone &shopTimeZone)
{
    MappingOptions options;
    options.weightUnit = profile.shop.weightUnit;
    options.msOptionsPrice = profile.sync.msOptionsPrice;
    options.addCrmNumber = profile.sync.addCrmNumber;
    options.shopTimeZone = shopTimeZone;
    return options;
}

} // namespace rd
