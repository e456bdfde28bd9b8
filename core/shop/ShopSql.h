#pragma once

// Small helpers shared by the shop readers and the writer: running bound queries with classified
// errors, and turning MODX column values (NULLs, two date forms, JSON text) into typed values.

#include "Decimal.h"
#include "common/Result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>
#include <optional>

namespace rd {

class ShopDatabase;

namespace shopsql {

// "?,?,?" for n values (n >= 1).
QString placeholders(qsizetype n);
QVariantList toVariantList(const QList<int> &ids);

// Prepares `sql` forward-only, binds `values` positionally and runs it. Errors come from
// ShopDatabase::sqlError with `what` saying what was being read or written.
Result<QSqlQuery> run(ShopDatabase &shop, QSqlDatabase &db, const QString &sql, const QVariantList &values,
                      const QString &what);

// Prepared statements kept for reuse by one reader on one connection (one thread): a page after the
// first skips the prepare round trip. Statements are keyed by their SQL text; at most 16 are kept.
class StatementCache final
{
public:
    // Like run(), but the returned query belongs to the cache: use it before the next call with the
    // same SQL text. The cache forgets everything when the connection changes.
    Result<QSqlQuery *> run(ShopDatabase &shop, QSqlDatabase &db, const QString &sql, const QVariantList &values,
                            const QString &what);
    void clear() { m_queries.clear(); }

private:
    QString m_connection;
    QHash<QString, QSqlQuery> m_queries;
};

// Column values. NULL reads as empty/0/invalid.
inline QString text(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}
inline int toInt(const QVariant &v, int fallback = 0)
{
    if (v.isNull())
        return fallback;
    bool ok = false;
    const int i = v.toInt(&ok);
    return ok ? i : fallback;
}
inline qint64 toInt64(const QVariant &v, qint64 fallback = 0)
{
    if (v.isNull())
        return fallback;
    bool ok = false;
    const qint64 i = v.toLongLong(&ok);
    return ok ? i : fallback;
}
inline std::optional<int> toOptionalInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    bool ok = false;
    const int i = v.toInt(&ok);
    return ok ? std::optional<int>(i) : std::nullopt;
}
inline bool toBool(const QVariant &v, bool fallback = false)
{
    return v.isNull() ? fallback : toInt(v, fallback ? 1 : 0) != 0;
}
inline std::optional<QString> optionalText(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<QString>(v.toString());
}
// Exact decimal from the text form (CAST AS CHAR/TEXT); NULL → 0; garbage → 0 and `problem` set.
Decimal toDecimal(const QVariant &v, int scale, QString *problem = nullptr);

// A MODX date in either form: a DATETIME ("2024-03-01 12:30:00", QDateTime from the MySQL driver)
// or a Unix time (int). NULL, 0 and zero dates ("0000-00-00 ...") give an invalid QDateTime.
// DATETIME text is the shop's local time (see localDateTime).
QDateTime toDateTime(const QVariant &v);
QDateTime fromUnixTime(qint64 seconds);
// A local wall-clock time as a QDateTime (invalid when either part is). The result has an
// OffsetFromUTC spec with the system zone's offset at that time: the same instant and the same
// toString() as QDateTime(date, time) in local time, without the C library's cost per value.
QDateTime localDateTime(QDate date, QTime time);
// The DATETIME text MODX writes: "yyyy-MM-dd HH:mm:ss" in local time.
QString toSqlDateTime(const QDateTime &dt);

// JSON text columns. NULL, "", "null" and "[]" (PHP's empty array) give an empty object without a
// problem; invalid JSON or a non-object gives an empty object and `problem` set.
QJsonObject toJsonObject(const QVariant &v, QString *problem);
// toJsonObject() with memory: shops repeat the same option sets ({"size":"L"}) over thousands of
// rows, so each distinct text is parsed once (QJsonObject is implicitly shared). Bounded; one per reader.
class JsonCache final
{
public:
    QJsonObject object(const QVariant &v, QString *problem);

private:
    struct Entry
    {
        QJsonObject object;
        QString problem;
    };
    QHash<QString, Entry> m_entries;
};

// JSON arrays of strings (ms2_products tags/color/size); a plain non-JSON string becomes one item.
QStringList toStringList(const QVariant &v, QString *problem);

} // namespace shopsql
} // namespace rd
