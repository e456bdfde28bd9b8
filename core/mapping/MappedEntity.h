#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace rd {

// The result of mapping one shop row to a CRM entity.
//
// - json: the CRM entity (API v5 write fields). Always filled, also when skipped: a skipped super
//   user is still created when an order references it (MAPPING.md), so the JSON must exist.
// - skipReason: set when the entity must not be sent on its own; a sentence for a person
//   ("super user (staff)", "order in status 0 (not confirmed yet)", ...).
// - warnings: the entity is sent, but something needs attention (e.g. an unmapped delivery code);
//   each names the shop object (name and id) and says what to do.
struct MappedEntity
{
    QJsonObject json;
    std::optional<QString> skipReason;
    QStringList warnings;

    bool isSkipped() const { return skipReason.has_value(); }
    // json["externalId"] as a string (empty when absent).
    QString externalId() const { return json.value(QLatin1String("externalId")).toString(); }
};

} // namespace rd
