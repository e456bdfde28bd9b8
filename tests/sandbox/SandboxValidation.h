#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <utility>

namespace rd::sandbox {

// Errors of one entity: field path (empty for entity-level messages) and message.
using FieldErrors = QList<std::pair<QString, QString>>;

// Type checks in the words of the CRM's validator ("This value should be of type string.").
// Each adds an error for `prefix + key` when the key is present with the wrong type.
void checkString(const QJsonObject &o, const QString &key, const QString &prefix, FieldErrors *errors);
void checkNumber(const QJsonObject &o, const QString &key, const QString &prefix, FieldErrors *errors);
void checkBool(const QJsonObject &o, const QString &key, const QString &prefix, FieldErrors *errors);
void checkObject(const QJsonObject &o, const QString &key, const QString &prefix, FieldErrors *errors);
void checkArray(const QJsonObject &o, const QString &key, const QString &prefix, FieldErrors *errors);
void checkDateTime(const QJsonObject &o, const QString &key, const QString &prefix, FieldErrors *errors);
void checkDate(const QJsonObject &o, const QString &key, const QString &prefix, FieldErrors *errors);
void checkEmail(const QJsonObject &o, const QString &key, const QString &prefix, FieldErrors *errors);

bool isEmail(const QString &text);
QString digitsOf(const QString &text);
// firstName -> first_name (history field names).
QString snakeCase(const QString &camel);
// customFields may come as an object or, when empty, as [].
bool isEmptyMap(const QJsonValue &v);

} // namespace rd::sandbox
