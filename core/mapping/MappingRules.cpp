#include "MappingRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStringList>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

constexpr std::int64_t pow10(int n)
{
    std::int64_t p = 1;
    for (int i = 0; i < n; ++i)
        p *= 10;
    return p;
}

void appendPadded(QString &out, int value, int width)
{
    char buffer[16];
    int n = 0;
    unsigned magnitude = value < 0 ? 0u - static_cast<unsigned>(value) : static_cast<unsigned>(value);
    do {
        buffer[n++] = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0 && n < 15);
    if (value < 0)
        out += u'-';
    for (int i = n; i < width; ++i)
        out += u'0';
    while (n > 0)
        out += QLatin1Char(buffer[--n]);
}

QString formatWallClock(const QDate &date, const QTime &time)
{
    QString out;
    out.reserve(19);
    appendPadded(out, date.year(), 4);
    out += u'-';
    appendPadded(out, date.month(), 2);
    out += u'-';
    appendPadded(out, date.day(), 2);
    out += u' ';
    appendPadded(out, time.hour(), 2);
    out += u':';
    appendPadded(out, time.minute(), 2);
    out += u':';
    appendPadded(out, time.second(), 2);
    return out;
}

QString numberText(double value)
{
    constexpr double exactIntegerLimit = 9007199254740992.0; // 2^53
    if (std::isfinite(value) && std::trunc(value) == value && std::fabs(value) < exactIntegerLimit)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

void NameParts::insertInto(QJsonObject &json) const
{
    if (!lastName.isEmpty())
        json.insert(u"lastName"_s, lastName);
    if (!firstName.isEmpty())
        json.insert(u"firstName"_s, firstName);
    if (!patronymic.isEmpty())
        json.insert(u"patronymic"_s, patronymic);
}

NameParts splitFullName(const QString &fullName)
{
    NameParts parts;
    const QString simplified = fullName.simplified();
    if (simplified.isEmpty())
        return parts;
    const QList<QStringView> words = QStringView(simplified).split(u' ');
    if (words.size() == 3) {
        parts.lastName = words[0].toString();
        parts.firstName = words[1].toString();
        parts.patronymic = words[2].toString();
    } else {
        parts.firstName = simplified;
    }
    return parts;
}

QString orderExternalId(const QString &num)
{
    QString id = num;
    id.replace(u'/', u'-');
    return id;
}

QString crmDateTime(const QDateTime &dateTime, const QTimeZone &timeZone)
{
    if (!dateTime.isValid())
        return QString();
    // Fast path: a local-time value (what the shop readers return for DATETIME columns and Unix times)
    // already holds the system zone's wall clock; converting it costs ~8 µs per call in Qt 6.4.
    static const QByteArray systemZoneId = QTimeZone::systemTimeZoneId();
    if (dateTime.timeSpec() == Qt::LocalTime && (!timeZone.isValid() || timeZone.id() == systemZoneId))
        return formatWallClock(dateTime.date(), dateTime.time());
    const QDateTime local = timeZone.isValid() ? dateTime.toTimeZone(timeZone) : dateTime.toLocalTime();
    return formatWallClock(local.date(), local.time());
}

QString crmDateTimeFromUnix(qint64 secondsSinceEpoch, const QTimeZone &timeZone)
{
    if (secondsSinceEpoch == 0)
        return QString();
    return crmDateTime(QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC), timeZone);
}

QJsonValue jsonNumber(const Decimal &value)
{
    const std::int64_t divisor = pow10(value.scale() > 0 ? value.scale() : 0);
    if (value.units() % divisor == 0)
        return QJsonValue(static_cast<qint64>(value.units() / divisor));
    return QJsonValue(value.toDouble());
}

std::optional<Decimal> weightInGrams(const Decimal &weight, ShopSettings::WeightUnit unit)
{
    if (weight.units() <= 0)
        return std::nullopt;
    if (unit == ShopSettings::WeightUnit::Gram)
        return weight;
    // × 1000: the same units three places further left.
    if (weight.scale() >= 3)
        return Decimal(weight.units(), weight.scale() - 3);
    return Decimal(weight.units() * pow10(3 - weight.scale()), 0);
}

QString optionValueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return numberText(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array: {
        QStringList texts;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array) {
            QString text = optionValueText(element);
            if (!isBlank(text))
                texts.append(std::move(text));
        }
        return texts.join(u", "_s);
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

bool isBlank(const QString &text)
{
    for (const QChar c : text)
        if (!c.isSpace())
            return false;
    return true;
}

} // namespace rd
