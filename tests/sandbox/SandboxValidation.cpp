#include "SandboxValidation.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace rd::sandbox {

namespace {

void add(FieldErrors *errors, const QString &field, const QString &message)
{
    errors->append({ field, message });
}

} // namespace

void checkString(const QJsonObject &o, const QString &key, const QString &prefix, FieldErrors *errors)
{
    if (o.contains(key) && !o.value(key).isString() && !o.value(key).isNull())
        add(errors, prefix + key, u"This value should be of type string."_s);
}

void checkNumber(const QJsonObject &o, const QString &key, const QString &prefix, FieldErrors *errors)
{
    if (o.contains(key) && !o.value(key).isDouble() && !o.value(key).isNull())
        add(errors, prefix + key, u"This value should be of type numeric."_s);
}

void checkBool(const QJsonObject &o, const QString &key, const QString &prefix, FieldErrors *errors)
{
    if (o.contains(key) && !o.value(key).isBool() && !o.value(key).isNull())
        add(errors, prefix + key, u"This value should be of type bool."_s);
}

void checkObject(const QJsonObject &o, const QString &key, const QString &prefix, FieldErrors *errors)
{
    if (o.contains(key) && !o.value(key).isObject() && !o.value(key).isNull()
        && !(o.value(key).isArray() && o.value(key).toArray().isEmpty()))
        add(errors, prefix + key, u"This value should be of type object."_s);
}

void checkArray(const QJsonObject &o, const QString &key, const QString &prefix, FieldErrors *errors)
{
    if (o.contains(key) && !o.value(key).isArray() && !o.value(key).isNull())
        add(errors, prefix + key, u"This value should be of type array."_s);
}

void checkDateTime(const QJsonObject &o, const QString &key, const QString &prefix, FieldErrors *errors)
{
    if (!o.contains(key) || o.value(key).isNull())
        return;
    const QString v = o.value(key).toString();
    if (!o.value(key).isString() || !QDateTime::fromString(v, u"yyyy-MM-dd HH:mm:ss"_s).isValid())
        add(errors, prefix + key, u"This value is not a valid datetime (Y-m-d H:i:s)."_s);
}

void checkDate(const QJsonObject &o, const QString &key, const QString &prefix, FieldErrors *errors)
{
    if (!o.contains(key) || o.value(key).isNull())
        return;
    const QString v = o.value(key).toString();
    if (!o.value(key).isString() || !QDate::fromString(v, u"yyyy-MM-dd"_s).isValid())
        add(errors, prefix + key, u"This value is not a valid date (Y-m-d)."_s);
}

void checkEmail(const QJsonObject &o, const QString &key, const QString &prefix, FieldErrors *errors)
{
    if (!o.contains(key) || o.value(key).isNull())
        return;
    if (!o.value(key).isString()) {
        add(errors, prefix + key, u"This value should be of type string."_s);
        return;
    }
    const QString v = o.value(key).toString();
    if (!v.isEmpty() && !isEmail(v))
        add(errors, prefix + key, u"This value is not a valid email address."_s);
}

bool isEmail(const QString &text)
{
    static const QRegularExpression re(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"_s);
    return re.match(text).hasMatch();
}

QString digitsOf(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isDigit())
            out.append(c);
    }
    return out;
}

QString snakeCase(const QString &camel)
{
    QString out;
    for (const QChar c : camel) {
        if (c.isUpper()) {
            out.append(u'_');
            out.append(c.toLower());
        } else {
            out.append(c);
        }
    }
    return out;
}

bool isEmptyMap(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull() || (v.isArray() && v.toArray().isEmpty())
        || (v.isObject() && v.toObject().isEmpty());
}

} // namespace rd::sandbox
