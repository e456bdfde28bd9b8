#include "ShopSql.h"

#include "ShopDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSqlError>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace rd::shopsql {

QString placeholders(qsizetype n)
{
    QString s;
    s.reserve(n * 2);
    for (qsizetype i = 0; i < n; ++i) {
        if (i)
            s += u',';
        s += u'?';
    }
    return s;
}

QVariantList toVariantList(const QList<int> &ids)
{
    QVariantList list;
    list.reserve(ids.size());
    for (int id : ids)
        list.append(id);
    return list;
}

Result<QSqlQuery> run(ShopDatabase &shop, QSqlDatabase &db, const QString &sql, const QVariantList &values,
                      const QString &what)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (values.isEmpty()) {
        if (!query.exec(sql))
            return shop.sqlError(query.lastError(), what);
        return query;
    }
    if (!query.prepare(sql))
        return shop.sqlError(query.lastError(), what);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        return shop.sqlError(query.lastError(), what);
    return query;
}

Decimal toDecimal(const QVariant &v, int scale, QString *problem)
{
    if (v.isNull())
        return Decimal(0, scale);
    const QString s = v.toString();
    const std::optional<Decimal> d = Decimal::parse(s, scale);
    if (d)
        return *d;
    if (problem && !s.trimmed().isEmpty())
        *problem = u"'%1' is not a number"_s.arg(s.left(40));
    return Decimal(0, scale);
}

QDateTime fromUnixTime(qint64 seconds)
{
    if (seconds <= 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(seconds);
}

QDateTime toDateTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    switch (v.typeId()) {
    case QMetaType::QDateTime: {
        const QDateTime dt = v.toDateTime();
        return dt.isValid() ? dt : QDateTime();
    }
    case QMetaType::QDate: {
        const QDate d = v.toDate();
        return d.isValid() ? d.startOfDay() : QDateTime();
    }
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return fromUnixTime(v.toLongLong());
    default:
        break;
    }
    const QString s = v.toString().trimmed();
    if (s.isEmpty() || s.startsWith(u"0000-00-00"_s))
        return {};
    bool numeric = false;
    const qint64 seconds = s.toLongLong(&numeric);
    if (numeric)
        return fromUnixTime(seconds);
    QDateTime dt = QDateTime::fromString(s, u"yyyy-MM-dd HH:mm:ss"_s);
    if (!dt.isValid())
        dt = QDateTime::fromString(s, Qt::ISODate);
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(s, u"yyyy-MM-dd"_s);
        if (d.isValid())
            dt = d.startOfDay();
    }
    return dt;
}

QString toSqlDateTime(const QDateTime &dt)
{
    return dt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

namespace {

QJsonDocument parseJson(const QVariant &v, bool *empty, QString *problem)
{
    *empty = false;
    if (v.isNull()) {
        *empty = true;
        return {};
    }
    const QByteArray bytes = v.toString().trimmed().toUtf8();
    if (bytes.isEmpty() || bytes == "null" || bytes == "[]" || bytes == "{}") {
        *empty = true;
        return {};
    }
    QJsonParseError err;
    QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError) {
        if (problem)
            *problem = u"invalid JSON (%1 at offset %2)"_s.arg(err.errorString()).arg(err.offset);
        return {};
    }
    return doc;
}

} // namespace

QJsonObject toJsonObject(const QVariant &v, QString *problem)
{
    bool empty = false;
    const QJsonDocument doc = parseJson(v, &empty, problem);
    if (empty || doc.isNull())
        return {};
    if (doc.isObject())
        return doc.object();
    if (problem)
        *problem = u"JSON is not an object"_s;
    return {};
}

QStringList toStringList(const QVariant &v, QString *problem)
{
    if (v.isNull())
        return {};
    const QString raw = v.toString().trimmed();
    if (raw.isEmpty() || raw == u"null"_s || raw == u"[]"_s)
        return {};
    if (!raw.startsWith(u'[') && !raw.startsWith(u'{') && !raw.startsWith(u'"'))
        return { raw };
    bool empty = false;
    QString parseProblem;
    const QJsonDocument doc = parseJson(v, &empty, &parseProblem);
    if (!parseProblem.isEmpty()) {
        if (problem)
            *problem = parseProblem;
        return {};
    }
    QStringList list;
    const auto add = [&list](const QJsonValue &item) {
        const QString s = item.isString() ? item.toString() : item.toVariant().toString();
        if (!s.isEmpty())
            list.append(s);
    };
    if (doc.isArray()) {
        for (const QJsonValue &item : doc.array())
            add(item);
    } else if (doc.isObject()) {
        const QJsonObject obj = doc.object();
        for (auto it = obj.begin(); it != obj.end(); ++it)
            add(it.value());
    }
    return list;
}

} // namespace rd::shopsql
