#include "ShopCustomerReader.h"

#include "ShopDatabase.h"
#include "ShopSql.h"

#include <QSqlQuery>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rd {

ShopCustomerReader::ShopCustomerReader(ShopDatabase &db, const ShopReadFilter &filter)
    : m_db(db)
    , m_filter(filter)
    , m_cursor(filter)
{ }

QString ShopCustomerReader::selectSql(ShopDatabase &db, const ShopInfo &info)
{
    const auto u = [&info](const QString &col, const QString &fallback) {
        return info.hasColumn(u"users"_s, col) ? u"u.`"_s + col + u'`' : fallback;
    };
    const auto a = [&info](const QString &col, const QString &fallback) {
        return info.hasColumn(u"user_attributes"_s, col) ? u"a.`"_s + col + u'`' : fallback;
    };
    return u"SELECT u.`id`, "_s + u(u"username"_s, u"''"_s) + u", "_s + u(u"class_key"_s, u"''"_s) + u", "_s
        + u(u"active"_s, u"1"_s) + u", "_s + u(u"sudo"_s, u"0"_s) + u", "_s + u(u"primary_group"_s, u"0"_s) + u", "_s
        + u(u"createdon"_s, u"0"_s) + u", a.`id`, "_s + a(u"fullname"_s, u"''"_s) + u", "_s + a(u"email"_s, u"''"_s)
        + u", "_s + a(u"phone"_s, u"''"_s) + u", "_s + a(u"mobilephone"_s, u"''"_s) + u", "_s + a(u"address"_s, u"''"_s)
        + u", "_s + a(u"country"_s, u"''"_s) + u", "_s + a(u"city"_s, u"''"_s) + u", "_s + a(u"state"_s, u"''"_s)
        + u", "_s + a(u"zip"_s, u"''"_s) + u", "_s + a(u"dob"_s, u"0"_s) + u", "_s + a(u"gender"_s, u"0"_s) + u", "_s
        + a(u"blocked"_s, u"0"_s) + u", "_s + a(u"extended"_s, u"NULL"_s) + u" FROM "_s + db.table(u"users"_s)
        + u" u JOIN "_s + db.table(u"user_attributes"_s) + u" a ON a.`internalKey` = u.`id` WHERE 1 = 1"_s;
}

ShopCustomer ShopCustomerReader::fromQuery(const QSqlQuery &q)
{
    using namespace shopsql;
    ShopCustomer c;
    c.id = toInt(q.value(0));
    c.username = text(q.value(1));
    c.classKey = text(q.value(2));
    c.active = toBool(q.value(3), true);
    c.sudo = toBool(q.value(4));
    c.primaryGroup = toInt(q.value(5));
    c.createdOnUnix = toInt64(q.value(6));
    c.createdOn = fromUnixTime(c.createdOnUnix);
    c.profileId = toInt(q.value(7));
    c.fullname = text(q.value(8));
    c.email = text(q.value(9));
    c.phone = text(q.value(10));
    c.mobilephone = text(q.value(11));
    c.address = text(q.value(12));
    c.country = text(q.value(13));
    c.city = text(q.value(14));
    c.state = text(q.value(15));
    c.zip = text(q.value(16));
    c.dob = fromUnixTime(toInt64(q.value(17)));
    c.gender = toInt(q.value(18));
    c.blocked = toBool(q.value(19));
    QString problem;
    c.extended = toJsonObject(q.value(20), &problem);
    if (!problem.isEmpty())
        c.issues << u"user_attributes.extended of user %1: %2; read as empty"_s.arg(c.id).arg(problem);
    return c;
}

Result<QList<ShopCustomer>> ShopCustomerReader::nextPage()
{
    QList<ShopCustomer> rows;
    if (m_cursor.atEnd())
        return rows;
    Result<ShopInfo> info = m_db.ensureInfo();
    if (!info)
        return info.error();
    Result<QSqlDatabase> db = m_db.connection();
    if (!db)
        return db.error();
    while (rows.isEmpty() && !m_cursor.atEnd()) {
        QString sql = selectSql(m_db, *info);
        QVariantList binds;
        m_cursor.appendWhere(u"u.`id`"_s, sql, binds);
        if (m_filter.since.isValid() && info->hasColumn(u"users"_s, u"createdon"_s)) {
            sql += u" AND u.`createdon` >= ?"_s;
            binds << m_filter.since.toSecsSinceEpoch();
        }
        sql += u" ORDER BY u.`id` LIMIT "_s + QString::number(m_cursor.pageLimit());
        Result<QSqlQuery> q = shopsql::run(m_db, *db, sql, binds, u"reading customers"_s);
        if (!q)
            return q.error();
        while (q->next())
            rows.append(fromQuery(*q));
        m_cursor.advance(rows.isEmpty() ? 0 : rows.last().id, static_cast<int>(rows.size()));
    }
    return rows;
}

Result<qint64> ShopCustomerReader::count()
{
    Result<ShopInfo> info = m_db.ensureInfo();
    if (!info)
        return info.error();
    Result<QSqlDatabase> db = m_db.connection();
    if (!db)
        return db.error();
    QList<int> ids = m_filter.ids;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    constexpr qsizetype chunkSize = 1000;
    qint64 total = 0;
    qsizetype start = 0;
    do {
        QString sql = u"SELECT COUNT(*) FROM "_s + m_db.table(u"users"_s) + u" u JOIN "_s
            + m_db.table(u"user_attributes"_s) + u" a ON a.`internalKey` = u.`id` WHERE 1 = 1"_s;
        QVariantList binds;
        if (!ids.isEmpty()) {
            const QList<int> chunk = ids.mid(start, chunkSize);
            sql += u" AND u.`id` IN ("_s + shopsql::placeholders(chunk.size()) + u")"_s;
            binds += shopsql::toVariantList(chunk);
        }
        if (m_filter.since.isValid() && info->hasColumn(u"users"_s, u"createdon"_s)) {
            sql += u" AND u.`createdon` >= ?"_s;
            binds << m_filter.since.toSecsSinceEpoch();
        }
        Result<QSqlQuery> q = shopsql::run(m_db, *db, sql, binds, u"counting customers"_s);
        if (!q)
            return q.error();
        if (q->next())
            total += q->value(0).toLongLong();
        start += chunkSize;
    } while (start < ids.size());
    return total;
}

Result<QHash<int, ShopCustomer>> ShopCustomerReader::fetchByIds(ShopDatabase &db, const QList<int> &ids)
{
    QHash<int, ShopCustomer> found;
    if (ids.isEmpty())
        return found;
    Result<ShopInfo> info = db.ensureInfo();
    if (!info)
        return info.error();
    Result<QSqlDatabase> conn = db.connection();
    if (!conn)
        return conn.error();
    QList<int> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    constexpr qsizetype chunkSize = 1000;
    for (qsizetype start = 0; start < sorted.size(); start += chunkSize) {
        const QList<int> chunk = sorted.mid(start, chunkSize);
        const QString sql = selectSql(db, *info) + u" AND u.`id` IN ("_s + shopsql::placeholders(chunk.size()) + u")"_s;
        Result<QSqlQuery> q = shopsql::run(db, *conn, sql, shopsql::toVariantList(chunk), u"reading customers"_s);
        if (!q)
            return q.error();
        while (q->next()) {
            ShopCustomer c = fromQuery(*q);
            found.insert(c.id, std::move(c));
        }
    }
    return found;
}

} // namespace rd
