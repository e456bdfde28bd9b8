#pragma once

#include "ShopKeysetCursor.h"
#include "ShopReadFilter.h"
#include "ShopRows.h"
#include "common/Result.h"

namespace rd {

class ShopDatabase;

// Catalogue categories page by page: {prefix}site_content rows with class_key = 'msCategory',
// published, not deleted, by id. Filter: ids, afterId, pageSize, limit (since is ignored).
// Iterate like ShopCustomerReader (nextPage() until atEnd()).
class ShopCategoryReader final
{
public:
    explicit ShopCategoryReader(ShopDatabase &db, const ShopReadFilter &filter = {});

    Result<QList<ShopCategory>> nextPage();
    bool atEnd() const { return m_cursor.atEnd(); }
    int lastId() const { return m_cursor.lastId(); }
    qint64 rowsRead() const { return m_cursor.rowsRead(); }

private:
    ShopDatabase &m_db;
    ShopKeysetCursor m_cursor;
};

} // namespace rd
