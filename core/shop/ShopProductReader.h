#pragma once

#include "ShopKeysetCursor.h"
#include "ShopReadFilter.h"
#include "ShopRows.h"
#include "common/Result.h"

#include <QHash>
#include <QSqlDatabase>

namespace rd {

class ShopDatabase;
struct ShopInfo;

// Products page by page: {prefix}site_content rows with class_key = 'msProduct', published, not
// deleted, by id, LEFT JOIN ms2_products (data) and ms2_vendors (name); per page one query each for
// ms2_product_options (one row per value → ShopProductOption.values), ms2_product_categories and,
// with msOptionsPrice2, msop_modifications + msop_modification_options. remains/reserved when the
// columns exist (4.4.1+). Filter: ids, afterId, pageSize, limit (since is ignored).
// Iterate like ShopCustomerReader (nextPage() until atEnd()).
class ShopProductReader final
{
public:
    explicit ShopProductReader(ShopDatabase &db, const ShopReadFilter &filter = {}, bool withModifications = true);

    Result<QList<ShopProduct>> nextPage();
    bool atEnd() const { return m_cursor.atEnd(); }
    int lastId() const { return m_cursor.lastId(); }
    qint64 rowsRead() const { return m_cursor.rowsRead(); }

private:
    Status readOptions(QSqlDatabase &db, QList<ShopProduct> &rows, const QHash<int, qsizetype> &index);
    Status readCategories(QSqlDatabase &db, QList<ShopProduct> &rows, const QHash<int, qsizetype> &index);
    Status readModifications(QSqlDatabase &db, const ShopInfo &info, QList<ShopProduct> &rows,
                             const QHash<int, qsizetype> &index);

    ShopDatabase &m_db;
    ShopKeysetCursor m_cursor;
    bool m_withModifications = true;
};

} // namespace rd
