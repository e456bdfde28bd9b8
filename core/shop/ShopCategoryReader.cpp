#include "ShopCategoryReader.h"

#include "ShopDatabase.h"
#include "ShopSql.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace rd {

ShopCategoryReader::ShopCategoryReader(ShopDatabase &db, const ShopReadFilter &filter)
    : m_db(db)
    , m_cursor(filter)
{ }

Result<QList<ShopCategory>> ShopCategoryReader::nextPage()
{
    using namespace shopsql;
    QList<ShopCategory> rows;
    if (m_cursor.atEnd())
        return rows;
    Result<ShopInfo> info = m_db.ensureInfo();
    if (!info)
        return info.error();
    Result<QSqlDatabase> db = m_db.connection();
    if (!db)
        return db.error();
    const QString t = u"site_content"_s;
    const auto col = [&info](const QString &c, const QString &fallback) {
        return info->hasColumn(u"site_content"_s, c) ? u"c.`"_s + c + u'`' : fallback;
    };
    while (rows.isEmpty() && !m_cursor.atEnd()) {
        QString sql = u"SELECT c.`id`, "_s + col(u"parent"_s, u"0"_s) + u", "_s + col(u"pagetitle"_s, u"''"_s) + u", "_s
            + col(u"longtitle"_s, u"''"_s) + u", "_s + col(u"alias"_s, u"''"_s) + u", "_s + col(u"uri"_s, u"NULL"_s)
            + u", "_s + col(u"menuindex"_s, u"0"_s) + u", "_s + col(u"context_key"_s, u"''"_s) + u", "_s
            + col(u"createdon"_s, u"0"_s) + u" FROM "_s + m_db.table(t)
            + u" c WHERE c.`class_key` = ? AND c.`published` = 1 AND c.`deleted` = 0"_s;
        QVariantList binds { u"msCategory"_s };
        m_cursor.appendWhere(u"c.`id`"_s, sql, binds);
        sql += u" ORDER BY c.`id` LIMIT "_s + QString::number(m_cursor.pageLimit());
        Result<QSqlQuery> q = run(m_db, *db, sql, binds, u"reading categories"_s);
        if (!q)
            return q.error();
        while (q->next()) {
            ShopCategory c;
            c.id = toInt(q->value(0));
            c.parent = toInt(q->value(1));
            c.pagetitle = text(q->value(2));
            c.longtitle = text(q->value(3));
            c.alias = text(q->value(4));
            c.uri = text(q->value(5));
            c.menuindex = toInt(q->value(6));
            c.contextKey = text(q->value(7));
            c.createdOn = toDateTime(q->value(8));
            rows.append(std::move(c));
        }
        m_cursor.advance(rows.isEmpty() ? 0 : rows.last().id, static_cast<int>(rows.size()));
    }
    return rows;
}

} // namespace rd
