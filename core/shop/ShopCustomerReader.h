#pragma once

#include "ShopKeysetCursor.h"
#include "ShopReadFilter.h"
#include "ShopRows.h"
#include "common/Result.h"

#include <QHash>
#include <QList>

class QSqlQuery;

namespace rd {

class ShopDatabase;
struct ShopInfo;

// Customers page by page: {prefix}users u JOIN {prefix}user_attributes a ON a.internalKey = u.id,
// ordered by u.id. Filter: ids, since (u.createdon), afterId, pageSize, limit. Super users are
// returned too (sudo = true): the caller decides (MAPPING.md skips them with that reason).
//
//   ShopCustomerReader reader(db, filter);
//   while (!reader.atEnd()) {
//       Result<QList<ShopCustomer>> page = reader.nextPage();
//       if (!page) return page.error();
//       for (const ShopCustomer &c : *page) ...;
//       saveResumePoint(reader.lastId());
//   }
// Use it from one thread (it uses that thread's connection).
class ShopCustomerReader final
{
public:
    explicit ShopCustomerReader(ShopDatabase &db, const ShopReadFilter &filter = {});

    // The next page (empty only at the end). After an error the reader stays where it was.
    Result<QList<ShopCustomer>> nextPage();
    bool atEnd() const { return m_cursor.atEnd(); }
    // The resume point: the last id returned (or covered, with an ids filter).
    int lastId() const { return m_cursor.lastId(); }
    qint64 rowsRead() const { return m_cursor.rowsRead(); }
    // Rows matching the filter (ids/since; ignores afterId and limit), for progress totals.
    Result<qint64> count();

    // The customers with these user ids (one query per chunk of 1000 ids), by id. Used by the
    // order reader; missing users/profiles are simply absent.
    static Result<QHash<int, ShopCustomer>> fetchByIds(ShopDatabase &db, const QList<int> &ids);

private:
    static QString selectSql(ShopDatabase &db, const ShopInfo &info);
    static ShopCustomer fromQuery(const QSqlQuery &q);

    ShopDatabase &m_db;
    ShopReadFilter m_filter;
    ShopKeysetCursor m_cursor;
};

} // namespace rd
