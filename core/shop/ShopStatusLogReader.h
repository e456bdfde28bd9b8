#pragma once

#include "ShopKeysetCursor.h"
#include "ShopReadFilter.h"
#include "ShopRows.h"
#include "common/Result.h"

namespace rd {

class ShopDatabase;

// Status changes logged by miniShop2 after a watermark: {prefix}ms2_order_logs rows with
// action = 'status' and id > afterId, by id, with the order's num. Rows RetailDesk wrote itself
// (ip.source == "RetailDesk") are returned with writtenByRetailDesk = true so the sync can skip them
// and still move its watermark past them. Filter: afterId (the watermark), pageSize, limit.
//
//   ShopReadFilter f; f.afterId = state.lastLogId;
//   ShopStatusLogReader logs(db, f);
//   while (!logs.atEnd()) { auto page = logs.nextPage(); ... state.lastLogId = logs.lastId(); }
class ShopStatusLogReader final
{
public:
    explicit ShopStatusLogReader(ShopDatabase &db, const ShopReadFilter &filter = {});

    Result<QList<ShopStatusLogEntry>> nextPage();
    bool atEnd() const { return m_cursor.atEnd(); }
    int lastId() const { return m_cursor.lastId(); }
    qint64 rowsRead() const { return m_cursor.rowsRead(); }

    // The highest ms2_order_logs id (any action), 0 for an empty table: the starting watermark of a
    // first sync, so that history before it is not replayed.
    static Result<int> lastLogId(ShopDatabase &db);

private:
    ShopDatabase &m_db;
    ShopKeysetCursor m_cursor;
};

} // namespace rd
