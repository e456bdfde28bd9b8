#include "ShopKeysetCursor.h"

#include "ShopSql.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rd {

ShopKeysetCursor::ShopKeysetCursor(const ShopReadFilter &filter)
    : m_useIds(!filter.ids.isEmpty())
    , m_contiguous(filter.ids.isEmpty() && !filter.since.isValid() && filter.statuses.isEmpty())
    , m_pageSize(filter.effectivePageSize())
    , m_limit(filter.limit > 0 ? filter.limit : 0)
    , m_lastId(filter.afterId > 0 ? filter.afterId : 0)
{
    if (m_useIds) {
        m_ids = filter.ids;
        std::sort(m_ids.begin(), m_ids.end());
        m_ids.erase(std::unique(m_ids.begin(), m_ids.end()), m_ids.end());
        if (nextChunk().isEmpty())
            m_atEnd = true;
    }
}

int ShopKeysetCursor::pageLimit() const
{
    if (m_limit > 0 && m_limit - m_rowsRead < m_pageSize)
        return static_cast<int>(m_limit - m_rowsRead);
    return m_pageSize;
}

QList<int> ShopKeysetCursor::nextChunk() const
{
    const auto first = std::upper_bound(m_ids.cbegin(), m_ids.cend(), m_lastId);
    const qsizetype start = first - m_ids.cbegin();
    return m_ids.mid(start, pageLimit());
}

void ShopKeysetCursor::appendWhere(const QString &idExpr, QString &sql, QVariantList &binds) const
{
    sql += u" AND "_s + idExpr + u" > ?"_s;
    binds << m_lastId;
    if (m_useIds) {
        const QList<int> chunk = nextChunk();
        sql += u" AND "_s + idExpr + u" IN ("_s + shopsql::placeholders(chunk.size()) + u")"_s;
        for (int id : chunk)
            binds << id;
    }
}

void ShopKeysetCursor::advance(int lastRowId, int rows)
{
    const int asked = pageLimit();
    if (m_useIds) {
        const QList<int> chunk = nextChunk(); // the chunk this page asked for
        if (!chunk.isEmpty())
            m_lastId = chunk.last();
    } else if (rows > 0) {
        m_lastId = lastRowId;
    }
    m_rowsRead += rows;
    if (m_useIds ? nextChunk().isEmpty() : rows < asked)
        m_atEnd = true;
    if (m_limit > 0 && m_rowsRead >= m_limit)
        m_atEnd = true;
}

} // namespace rd
