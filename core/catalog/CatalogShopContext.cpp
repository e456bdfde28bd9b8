#include "CatalogShopContext.h"

#include "shop/ShopCategoryReader.h"
#include "shop/ShopDatabase.h"
#include "shop/ShopSql.h"

using namespace Qt::Literals::StringLiterals;

namespace rd {

Result<CatalogShopContext> CatalogShopContext::load(ShopDatabase &db, const CatalogOptions &options,
                                                    const std::atomic<bool> *cancel)
{
    using namespace shopsql;
    CatalogShopContext ctx;
    Result<ShopInfo> info = db.ensureInfo();
    if (!info)
        return info.error();
    ctx.info = *info;
    Result<QSqlDatabase> conn = db.connection();
    if (!conn)
        return conn.error();

    ShopReadFilter filter;
    filter.pageSize = 10000;
    ShopCategoryReader categories(db, filter);
    while (!categories.atEnd()) {
        if (cancel && cancel->load())
            return Error(ErrorCode::Cancelled, u"The catalog export was cancelled."_s);
        Result<QList<ShopCategory>> page = categories.nextPage();
        if (!page)
            return page.error();
        for (const ShopCategory &c : *page)
            ctx.categories.insert(c.id);
    }

    if (ctx.info.hasTable(u"ms2_options"_s)) {
        Result<QSqlQuery> q = run(db, *conn, u"SELECT `key`, `caption` FROM "_s + db.table(u"ms2_options"_s), {},
                                  u"reading option captions (ms2_options)"_s);
        if (!q)
            return q.error();
        while (q->next()) {
            const QString caption = text(q->value(1)).trimmed();
            if (!caption.isEmpty())
                ctx.optionCaptions.insert(text(q->value(0)), caption);
        }
    }

    if (ctx.info.hasTable(u"system_settings"_s)) {
        Result<QSqlQuery> q
            = run(db, *conn, u"SELECT `value` FROM "_s + db.table(u"system_settings"_s) + u" WHERE `key` = ?"_s,
                  { u"site_name"_s }, u"reading the MODX site_name setting"_s);
        if (!q)
            return q.error();
        if (q->next())
            ctx.siteName = text(q->value(0)).trimmed();
    }

    Result<QSqlQuery> count = run(db, *conn,
                                  u"SELECT COUNT(*) FROM "_s + db.table(u"site_content"_s)
                                      + u" WHERE `class_key` = ? AND `published` = 1 AND `deleted` = 0"_s,
                                  { u"msProduct"_s }, u"counting products"_s);
    if (!count)
        return count.error();
    if (count->next())
        ctx.productCount = toInt64(count->value(0));

    ctx.modifications = options.modifications && ctx.info.msOptionsPrice;
    if (options.modifications && !ctx.info.msOptionsPrice)
        ctx.warnings << u"sync/msoptionsprice is on, but the shop has no msOptionsPrice2 tables (%1msop_modifications, "
                        u"%1msop_modification_options): offers for modifications are left out"_s.arg(db.prefix());
    return ctx;
}

} // namespace rd
