#pragma once

#include "config/Profile.h"

#include <QTimeZone>

namespace rd {

// What the mappers need from the profile. Plain value; cheap to copy.
struct MappingOptions
{
    // Unit of ms2_orders.weight in this shop (miniShop2 has no setting of its own); orders go out in grams.
    ShopSettings::WeightUnit weightUnit = ShopSettings::WeightUnit::Kilogram;
    // msOptionsPrice2 on: an item whose options hold a modification id is offer "mod-{product}-{modification}".
    bool msOptionsPrice = false;
    // Send o.num as the CRM order "number" too (modRetailCRM's add_crm_number).
    bool addCrmNumber = false;
    // Zone in which CRM dates ("Y-m-d H:i:s") are written: the shop's wall clock.
    QTimeZone shopTimeZone = QTimeZone::systemTimeZone();

    static MappingOptions fromProfile(const Profile &profile,
                                      const QTimeZone &shopTimeZone = QTimeZone::systemTimeZone());
};

} // namespace rd
