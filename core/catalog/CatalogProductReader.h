#pragma once

#include "common/Result.h"
#include "shop/ShopInfo.h"
#include "shop/ShopRows.h"

#include <QList>
#include <QSqlDatabase>
#include <QVariantList>
#include <optional>

namespace rd {

class ShopDatabase;

// Products for the catalog, page by page, with only the columns the ICML and the stock/price upload
// use. The rows are what ShopProductReader returns for those fields (same filters: class_key =
// 'msProduct', published, not deleted, by id; same option, extra-category and modification rules),
// read a cheaper way, because the catalog reads every product of the shop:
//
//   - the page's options, extra categories, modifications and modification options come from range
//     queries (`product_id > first AND product_id <= last`, two bound values) instead of IN lists of a
//     thousand placeholders, which SQLite parses in quadratic time;
//   - dates, alias, menuindex, thumb, old price, reserved, made_in and the flags are not read (the
//     catalog never uses them), so no per-row time-zone conversion;
//   - the built-in color/size/tags JSON arrays of ms2_products are only decoded for a product whose
//     ms2_product_options lack that key (the only case CatalogOfferBuilder uses them).
//
// Memory stays one page. Keyset pagination: resumes after any id (afterId).
class CatalogProductReader final
{
public:
    CatalogProductReader(ShopDatabase &db, const ShopInfo &info, int afterId, int pageSize, bool modifications);

    Result<QList<ShopProduct>> nextPage();
    bool atEnd() const { return m_atEnd; }
    int lastId() const { return m_lastId; }

    // Random access for parallel readers (CatalogProductPrefetcher); these leave the page cursor alone.
    // The id of the pageSize-th product after `afterId`: the end of the page that starts after it
    // (nullopt when fewer products are left: the page then runs to the end).
    Result<std::optional<int>> pageEnd(int afterId);
    // Every product with afterId < id <= upTo, with its options, categories and modifications.
    Result<QList<ShopProduct>> readRange(int afterId, int upTo);

private:
    Result<QList<ShopProduct>> read(const QString &sql, const QVariantList &binds, int first);
    Status readOptions(QSqlDatabase &db, QList<ShopProduct> &rows, int first, int last);
    Status readCategories(QSqlDatabase &db, QList<ShopProduct> &rows, int first, int last);
    Status readModifications(QSqlDatabase &db, QList<ShopProduct> &rows, int first, int last);

    ShopDatabase &m_db;
    ShopInfo m_info;
    int m_lastId = 0;
    int m_pageSize = 1000;
    bool m_modifications = false;
    bool m_atEnd = false;
    QString m_select; // the main SELECT ... WHERE class/published/deleted, without the id condition
    QString m_mainSql;
};

} // namespace rd
