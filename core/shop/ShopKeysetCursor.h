#pragma once

#include "ShopReadFilter.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace rd {

// Keyset pagination state shared by the shop readers: builds "AND id > ? [AND id IN (...)]" for the
// next page and moves on after it. With an ids filter the ids are walked in sorted chunks of one page.
class ShopKeysetCursor final
{
public:
    explicit ShopKeysetCursor(const ShopReadFilter &filter);

    bool atEnd() const { return m_atEnd; }
    int lastId() const { return m_lastId; }
    qint64 rowsRead() const { return m_rowsRead; }
    // True when a page covers every id in (previous lastId, new lastId]: no ids/since/status filter.
    bool contiguous() const { return m_contiguous; }

    // Rows to ask for in the next page (page size, capped by the limit).
    int pageLimit() const;
    // Appends the keyset condition on `idExpr` (e.g. "o.id") and its bound values.
    void appendWhere(const QString &idExpr, QString &sql, QVariantList &binds) const;
    // After a page: `lastRowId` is the id of its last row (0 when empty), `rows` how many it had.
    void advance(int lastRowId, int rows);

private:
    QList<int> nextChunk() const;

    QList<int> m_ids; // sorted, unique (ids filter)
    bool m_useIds = false;
    bool m_contiguous = true;
    int m_pageSize = 1000;
    qint64 m_limit = 0;
    int m_lastId = 0;
    qint64 m_rowsRead = 0;
    bool m_atEnd = false;
};

} // namespace rd
