#include "ShopSql.h"

#include "ShopDatabase.h"

#include <QHash>
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

Result<QSqlQuery *> StatementCache::run(ShopDatabase &shop, QSqlDatabase &db, const QString &sql,
                                        const QVariantList &values, const QString &what)
{
    if (db.connectionName() != m_connection) {
        m_queries.clear();
        m_connection = db.connectionName();
    }
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        if (m_queries.size() >= 16)
            m_queries.clear();
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return shop.sqlError(query.lastError(), what);
        it = m_queries.insert(sql, query);
    }
    QSqlQuery &query = *it;
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(static_cast<int>(i), values[i]);
    if (!query.exec()) {
        Error e = shop.sqlError(query.lastError(), what);
        m_queries.erase(it); // prepare again next time (the connection may have been reset)
        return e;
    }
    return &query;
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

namespace {

// Local-time conversions are the hot spot of reading a million rows: QDateTime's LocalTime spec asks
// the C library (mktime/localtime, which stats /etc/localtime each time) for every value. Instead the
// UTC offset is looked up once per hour (per thread) in the system time zone and the values carry it
// as an OffsetFromUTC spec: the same instant and the same wall-clock text as a local QDateTime.
class OffsetCache
{
public:
    // Offset for a local wall-clock time (keyed by day and hour).
    int forLocal(QDate date, QTime time)
    {
        const qint64 key = date.toJulianDay() * 24 + time.hour();
        if (const auto it = m_local.constFind(key); it != m_local.constEnd())
            return *it;
        trim();
        const int offset = QDateTime(date, QTime(time.hour(), 0), m_zone).offsetFromUtc();
        m_local.insert(key, offset);
        return offset;
    }
    // Offset at a Unix time (keyed by the UTC hour).
    int forUnix(qint64 seconds)
    {
        const qint64 key = seconds >= 0 ? seconds / 3600 : (seconds - 3599) / 3600;
        if (const auto it = m_unix.constFind(key); it != m_unix.constEnd())
            return *it;
        trim();
        const int offset = m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(key * 3600, Qt::UTC));
        m_unix.insert(key, offset);
        return offset;
    }

private:
    void trim()
    {
        if (m_local.size() + m_unix.size() > 200000) {
            m_local.clear();
            m_unix.clear();
        }
    }
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QHash<qint64, int> m_local;
    QHash<qint64, int> m_unix;
};

OffsetCache &offsets()
{
    thread_local OffsetCache cache;
    return cache;
}

// Digits at s[pos..pos+n) as a number, or -1.
int digitsAt(QStringView s, qsizetype pos, qsizetype n)
{
    int v = 0;
    for (qsizetype i = pos; i < pos + n; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

// "YYYY-MM-DD HH:MM:SS" (also with 'T', fractions ignored) or "YYYY-MM-DD"; false when not that shape.
bool parseSqlDateTime(QStringView s, QDate *date, QTime *time)
{
    if (s.size() != 10 && s.size() < 19)
        return false;
    if (s[4] != u'-' || s[7] != u'-')
        return false;
    const int y = digitsAt(s, 0, 4), mo = digitsAt(s, 5, 2), d = digitsAt(s, 8, 2);
    if (y < 0 || mo < 0 || d < 0)
        return false;
    int h = 0, mi = 0, se = 0;
    if (s.size() >= 19) {
        if ((s[10] != u' ' && s[10] != u'T') || s[13] != u':' || s[16] != u':')
            return false;
        h = digitsAt(s, 11, 2);
        mi = digitsAt(s, 14, 2);
        se = digitsAt(s, 17, 2);
        if (h < 0 || mi < 0 || se < 0)
            return false;
    }
    *date = QDate(y, mo, d);
    *time = QTime(h, mi, se);
    return date->isValid() && time->isValid();
}

} // namespace

QDateTime localDateTime(QDate date, QTime time)
{
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::OffsetFromUTC, offsets().forLocal(date, time));
}

QDateTime fromUnixTime(qint64 seconds)
{
    if (seconds <= 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::OffsetFromUTC, offsets().forUnix(seconds));
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
        return d.isValid() ? localDateTime(d, QTime(0, 0)) : QDateTime();
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
    QDate date;
    QTime time;
    if (parseSqlDateTime(s, &date, &time))
        return localDateTime(date, time);
    bool numeric = false;
    const qint64 seconds = s.toLongLong(&numeric);
    if (numeric)
        return fromUnixTime(seconds);
    return QDateTime::fromString(s, Qt::ISODate); // other ISO forms (with a zone, ...)
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
    const QString text = v.toString();
    const QStringView view = QStringView(text).trimmed();
    if (view.isEmpty() || view == u"null" || view == u"[]" || view == u"{}") {
        *empty = true;
        return {};
    }
    QJsonParseError err;
    QJsonDocument doc = QJsonDocument::fromJson(view.toUtf8(), &err);
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

QJsonObject JsonCache::object(const QVariant &v, QString *problem)
{
    if (v.isNull())
        return {};
    const QString text = v.toString();
    if (text.size() > 512) // long texts rarely repeat: not worth keeping
        return toJsonObject(text, problem);
    if (const auto it = m_entries.constFind(text); it != m_entries.constEnd()) {
        if (problem && !it->problem.isEmpty())
            *problem = it->problem;
        return it->object;
    }
    if (m_entries.size() >= 1024)
        m_entries.clear();
    Entry e;
    e.object = toJsonObject(text, &e.problem);
    if (problem && !e.problem.isEmpty())
        *problem = e.problem;
    m_entries.insert(text, e);
    return e.object;
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
