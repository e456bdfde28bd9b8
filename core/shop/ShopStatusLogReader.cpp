#include "ShopStatusLogReader.h"

#include "ShopDatabase.h"
#include "ShopSql.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace rd {

ShopStatusLogReader::ShopStatusLogReader(ShopDatabase &db, const ShopReadFilter &filter)
    : m_db(db)
    , m_cursor(filter)
{ }

Result<QList<ShopStatusLogEntry>> ShopStatusLogReader::nextPage()
{
    using namespace shopsql;
    QList<ShopStatusLogEntry> rows;
    if (m_cursor.atEnd())
        return rows;
    Result<ShopInfo> info = m_db.ensureInfo();
    if (!info)
        return info.error();
    Result<QSqlDatabase> db = m_db.connection();
    if (!db)
        return db.error();
    while (rows.isEmpty() && !m_cursor.atEnd()) {
        QString sql = u"SELECT l.`id`, l.`order_id`, l.`user_id`, "_s + m_db.castText(u"l.`timestamp`"_s)
            + u", l.`entry`, l.`ip`, o.`num`, o.`id` FROM "_s + m_db.table(u"ms2_order_logs"_s) + u" l LEFT JOIN "_s
            + m_db.table(u"ms2_orders"_s) + u" o ON o.`id` = l.`order_id` WHERE l.`action` = ?"_s;
        QVariantList binds { u"status"_s };
        m_cursor.appendWhere(u"l.`id`"_s, sql, binds);
        sql += u" ORDER BY l.`id` LIMIT "_s + QString::number(m_cursor.pageLimit());
        Result<QSqlQuery> q = run(m_db, *db, sql, binds, u"reading the order status log"_s);
        if (!q)
            return q.error();
        while (q->next()) {
            ShopStatusLogEntry e;
            e.id = toInt(q->value(0));
            e.orderId = toInt(q->value(1));
            e.userId = toInt(q->value(2));
            e.timestamp = toDateTime(q->value(3));
            e.entry = text(q->value(4));
            bool numeric = false;
            e.statusId = e.entry.trimmed().toInt(&numeric);
            if (!numeric)
                e.statusId = 0;
            QString problem;
            e.ip = toJsonObject(q->value(5), &problem);
            e.orderNum = text(q->value(6));
            e.orderExists = !q->value(7).isNull();
            e.writtenByRetailDesk = e.ip.value(u"source"_s).toString() == u"RetailDesk"_s;
            rows.append(std::move(e));
        }
        m_cursor.advance(rows.isEmpty() ? 0 : rows.last().id, static_cast<int>(rows.size()));
    }
    return rows;
}

Result<int> ShopStatusLogReader::lastLogId(ShopDatabase &db)
{
    Result<ShopInfo> info = db.ensureInfo();
    if (!info)
        return info.error();
    Result<QSqlDatabase> conn = db.connection();
    if (!conn)
        return conn.error();
    Result<QSqlQuery> q = shopsql::run(db, *conn, u"SELECT MAX(`id`) FROM "_s + db.table(u"ms2_order_logs"_s), {},
                                       u"reading the last order log id"_s);
    if (!q)
        return q.error();
    return q->next() ? shopsql::toInt(q->value(0)) : 0;
}

} // namespace rd
