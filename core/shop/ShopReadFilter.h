#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QList>

namespace rd {

// Which rows a shop reader returns, and how many per page. Readers walk the table by id
// (keyset pagination: WHERE id > last ORDER BY id LIMIT pageSize), so memory stays flat and a run
// can resume from the last id it finished.
struct ShopReadFilter
{
    QList<int> ids; // only these ids (any order, duplicates ignored); empty = all
    QDateTime since; // created at or after (orders: createdon; customers: users.createdon); invalid = any
    QList<int> statuses; // orders only: these statuses; empty = any
    int afterId = 0; // resume: only ids greater than this
    int pageSize = 1000; // rows per page, clamped to 1..10000
    qint64 limit = 0; // stop after this many rows; 0 = no limit

    int effectivePageSize() const { return pageSize < 1 ? 1 : (pageSize > 10000 ? 10000 : pageSize); }
};

// Calls fn(row) for every row of every page; fn returns false to stop early.
//   ShopOrderReader reader(db, filter);
//   Status st = forEachRow(reader, [&](const ShopOrder &o) { ...; return true; });
template<typename Reader, typename Fn> Status forEachRow(Reader &reader, Fn fn)
{
    while (!reader.atEnd()) {
        auto page = reader.nextPage();
        if (!page)
            return page.error();
        for (const auto &row : *page)
            if (!fn(row))
                return {};
    }
    return {};
}

} // namespace rd
