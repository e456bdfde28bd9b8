#pragma once

// The small rules of MAPPING.md shared by the customer and order mappers. Pure functions.

#include "config/Profile.h"
#include "shop/Decimal.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QTimeZone>
#include <optional>

namespace rd {

// A person's name as the CRM holds it.
struct NameParts
{
    QString lastName;
    QString firstName;
    QString patronymic;

    bool isEmpty() const { return lastName.isEmpty() && firstName.isEmpty() && patronymic.isEmpty(); }
    // Adds lastName/firstName/patronymic to `json`, each only when non-empty.
    void insertInto(QJsonObject &json) const;
};

// MAPPING.md's name rule: split on whitespace (spaces, tabs, newlines, any Unicode space);
// exactly 3 words → lastName, firstName, patronymic; otherwise the whole string, trimmed and with
// inner runs of whitespace made one space, in firstName ("" → all empty).
NameParts splitFullName(const QString &fullName);

// o.num with every '/' replaced by '-' ("2103/308" → "2103-308"; "2103-308" stays).
QString orderExternalId(const QString &num);

// "yyyy-MM-dd HH:mm:ss" of the instant `dateTime` on the wall clock of `timeZone`; "" when invalid.
QString crmDateTime(const QDateTime &dateTime, const QTimeZone &timeZone);
// The same for a Unix time (seconds); "" for 0.
QString crmDateTimeFromUnix(qint64 secondsSinceEpoch, const QTimeZone &timeZone);

// A JSON number from an exact decimal: an integer when the value is whole (100.00 → 100), else a
// double (1234.50 → 1234.5). The only place where a Decimal becomes a double.
QJsonValue jsonNumber(const Decimal &value);

// The weight in grams, exactly (kg × 1000 by moving the decimal point; g as is), or nullopt when
// the weight is not above 0 (MAPPING.md: weight only when > 0).
std::optional<Decimal> weightInGrams(const Decimal &weight, ShopSettings::WeightUnit unit);

// The text of an option value for items[].properties[].value: a string as is; a number as text
// ("42", "1.5"); true/false as "true"/"false"; an array as its elements' texts, blank ones left out,
// joined with ", "; an object as compact JSON; null → "".
QString optionValueText(const QJsonValue &value);

// Empty or whitespace only: MAPPING.md's "when non-empty" treats these as empty.
bool isBlank(const QString &text);

} // namespace rd
