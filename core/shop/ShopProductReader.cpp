#include "ShopProductReader.h"

#include "ShopDatabase.h"
#include "ShopSql.h"

#include <QMap>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

QVariantList idsOf(const QList<ShopProduct> &rows)
{
    QVariantList ids;
    ids.reserve(rows.size());
    for (const ShopProduct &p : rows)
        ids << p.id;
    return ids;
}

} // namespace

ShopProductReader::ShopProductReader(ShopDatabase &db, const ShopReadFilter &filter, bool withModifications)
    : m_db(db)
    , m_cursor(filter)
    , m_withModifications(withModifications)
{ }

Result<QList<ShopProduct>> ShopProductReader::nextPage()
{
    using namespace shopsql;
    QList<ShopProduct> rows;
    if (m_cursor.atEnd())
        return rows;
    Result<ShopInfo> infoResult = m_db.ensureInfo();
    if (!infoResult)
        return infoResult.error();
    const ShopInfo &info = *infoResult;
    Result<QSqlDatabase> db = m_db.connection();
    if (!db)
        return db.error();

    const auto c = [&info](const QString &col, const QString &fallback) {
        return info.hasColumn(u"site_content"_s, col) ? u"c.`"_s + col + u'`' : fallback;
    };
    const auto p = [&info](const QString &col, const QString &fallback) {
        return info.hasColumn(u"ms2_products"_s, col) ? u"p.`"_s + col + u'`' : fallback;
    };
    const bool vendors = info.hasTable(u"ms2_vendors"_s);
    const QString select = u"SELECT c.`id`, "_s + c(u"parent"_s, u"0"_s) + u", "_s + c(u"pagetitle"_s, u"''"_s)
        + u", "_s + c(u"longtitle"_s, u"''"_s) + u", "_s + c(u"alias"_s, u"''"_s) + u", "_s + c(u"uri"_s, u"NULL"_s)
        + u", "_s + c(u"menuindex"_s, u"0"_s) + u", "_s + c(u"context_key"_s, u"''"_s) + u", "_s
        + c(u"createdon"_s, u"0"_s) + u", "_s + c(u"editedon"_s, u"0"_s) + u", p.`id`, "_s + p(u"article"_s, u"NULL"_s)
        + u", "_s + m_db.castText(u"p.`price`"_s) + u", "_s
        + (info.hasColumn(u"ms2_products"_s, u"old_price"_s) ? m_db.castText(u"p.`old_price`"_s) : u"NULL"_s) + u", "_s
        + m_db.castText(u"p.`weight`"_s) + u", "_s + p(u"remains"_s, u"NULL"_s) + u", "_s + p(u"reserved"_s, u"NULL"_s)
        + u", "_s + p(u"image"_s, u"NULL"_s) + u", "_s + p(u"thumb"_s, u"NULL"_s) + u", "_s + p(u"vendor"_s, u"0"_s)
        + u", "_s + (vendors ? u"v.`name`"_s : u"NULL"_s) + u", "_s + p(u"made_in"_s, u"NULL"_s) + u", "_s
        + p(u"new"_s, u"0"_s) + u", "_s + p(u"popular"_s, u"0"_s) + u", "_s + p(u"favorite"_s, u"0"_s) + u", "_s
        + p(u"tags"_s, u"NULL"_s) + u", "_s + p(u"color"_s, u"NULL"_s) + u", "_s + p(u"size"_s, u"NULL"_s) + u" FROM "_s
        + m_db.table(u"site_content"_s) + u" c LEFT JOIN "_s + m_db.table(u"ms2_products"_s)
        + u" p ON p.`id` = c.`id`"_s
        + (vendors ? u" LEFT JOIN "_s + m_db.table(u"ms2_vendors"_s) + u" v ON v.`id` = p.`vendor`"_s : QString())
        + u" WHERE c.`class_key` = ? AND c.`published` = 1 AND c.`deleted` = 0"_s;

    QHash<int, qsizetype> index;
    while (rows.isEmpty() && !m_cursor.atEnd()) {
        QString sql = select;
        QVariantList binds { u"msProduct"_s };
        m_cursor.appendWhere(u"c.`id`"_s, sql, binds);
        sql += u" ORDER BY c.`id` LIMIT "_s + QString::number(m_cursor.pageLimit());
        Result<QSqlQuery> q = run(m_db, *db, sql, binds, u"reading products"_s);
        if (!q)
            return q.error();
        while (q->next()) {
            ShopProduct r;
            r.id = toInt(q->value(0));
            r.parent = toInt(q->value(1));
            r.pagetitle = text(q->value(2));
            r.longtitle = text(q->value(3));
            r.alias = text(q->value(4));
            r.uri = text(q->value(5));
            r.menuindex = toInt(q->value(6));
            r.contextKey = text(q->value(7));
            r.createdOn = toDateTime(q->value(8));
            r.editedOn = toDateTime(q->value(9));
            r.hasData = !q->value(10).isNull();
            if (!r.hasData)
                r.issues << u"product %1 has no %2ms2_products row; price, article and weight read as empty"_s.arg(r.id)
                                .arg(m_db.prefix());
            r.article = text(q->value(11));
            QString problem;
            r.price = toDecimal(q->value(12), Decimal::MoneyScale, &problem);
            r.oldPrice = toDecimal(q->value(13), Decimal::MoneyScale, &problem);
            r.weight = toDecimal(q->value(14), Decimal::WeightScale, &problem);
            if (!problem.isEmpty())
                r.issues << u"ms2_products row %1: %2; read as 0"_s.arg(r.id).arg(problem);
            if (info.remains)
                r.remains = r.hasData ? toOptionalInt(q->value(15)) : std::nullopt;
            if (info.reserved)
                r.reserved = r.hasData ? toOptionalInt(q->value(16)) : std::nullopt;
            r.image = text(q->value(17));
            r.thumb = text(q->value(18));
            r.vendorId = toInt(q->value(19));
            r.vendorName = text(q->value(20));
            r.madeIn = text(q->value(21));
            r.isNew = toBool(q->value(22));
            r.popular = toBool(q->value(23));
            r.favorite = toBool(q->value(24));
            const auto list = [&r](const QVariant &v, const QString &name) {
                QString why;
                QStringList l = toStringList(v, &why);
                if (!why.isEmpty())
                    r.issues << u"ms2_products.%1 of product %2: %3; read as empty"_s.arg(name).arg(r.id).arg(why);
                return l;
            };
            r.tags = list(q->value(25), u"tags"_s);
            r.colors = list(q->value(26), u"color"_s);
            r.sizes = list(q->value(27), u"size"_s);
            index.insert(r.id, rows.size());
            rows.append(std::move(r));
        }
        m_cursor.advance(rows.isEmpty() ? 0 : rows.last().id, static_cast<int>(rows.size()));
    }
    if (rows.isEmpty())
        return rows;
    if (info.hasTable(u"ms2_product_options"_s)) {
        if (Status st = readOptions(*db, rows, index); !st)
            return st.error();
    }
    if (info.hasTable(u"ms2_product_categories"_s)) {
        if (Status st = readCategories(*db, rows, index); !st)
            return st.error();
    }
    if (m_withModifications && info.msOptionsPrice) {
        if (Status st = readModifications(*db, info, rows, index); !st)
            return st.error();
    }
    return rows;
}

Status ShopProductReader::readOptions(QSqlDatabase &db, QList<ShopProduct> &rows, const QHash<int, qsizetype> &index)
{
    using namespace shopsql;
    // No ORDER BY on the values: the table has no key, and its natural order is the order miniShop2
    // wrote them in (one row per value).
    const QString sql = u"SELECT `product_id`, `key`, `value` FROM "_s + m_db.table(u"ms2_product_options"_s)
        + u" WHERE `product_id` IN ("_s + placeholders(rows.size()) + u")"_s;
    Result<QSqlQuery> q = run(m_db, db, sql, idsOf(rows), u"reading product options"_s);
    if (!q)
        return q.error();
    QHash<int, QMap<QString, QStringList>> gathered;
    while (q->next()) {
        const int productId = toInt(q->value(0));
        if (!index.contains(productId))
            continue;
        QStringList &values = gathered[productId][text(q->value(1))];
        if (!q->value(2).isNull())
            values.append(q->value(2).toString());
    }
    for (auto it = gathered.cbegin(); it != gathered.cend(); ++it) {
        ShopProduct &p = rows[index.value(it.key())];
        for (auto o = it->cbegin(); o != it->cend(); ++o)
            p.options.append({ o.key(), o.value() });
    }
    return {};
}

Status ShopProductReader::readCategories(QSqlDatabase &db, QList<ShopProduct> &rows, const QHash<int, qsizetype> &index)
{
    using namespace shopsql;
    const QString sql = u"SELECT `product_id`, `category_id` FROM "_s + m_db.table(u"ms2_product_categories"_s)
        + u" WHERE `product_id` IN ("_s + placeholders(rows.size()) + u") ORDER BY `product_id`, `category_id`"_s;
    Result<QSqlQuery> q = run(m_db, db, sql, idsOf(rows), u"reading product categories"_s);
    if (!q)
        return q.error();
    while (q->next()) {
        const auto it = index.constFind(toInt(q->value(0)));
        if (it == index.constEnd())
            continue;
        ShopProduct &p = rows[*it];
        const int category = toInt(q->value(1));
        if (category != p.parent && !p.extraCategories.contains(category))
            p.extraCategories.append(category);
    }
    return {};
}

Status ShopProductReader::readModifications(QSqlDatabase &db, const ShopInfo &info, QList<ShopProduct> &rows,
                                            const QHash<int, qsizetype> &index)
{
    using namespace shopsql;
    const QString t = u"msop_modifications"_s;
    const auto m = [&info, &t](const QString &col, const QString &fallback) {
        return info.hasColumn(t, col) ? u"m.`"_s + col + u'`' : fallback;
    };
    const QString sql = u"SELECT m.`id`, m.`rid`, "_s + m(u"name"_s, u"NULL"_s) + u", "_s + m(u"type"_s, u"1"_s)
        + u", "_s + m(u"price"_s, u"NULL"_s) + u", "_s + m(u"old_price"_s, u"NULL"_s) + u", "_s
        + m(u"article"_s, u"NULL"_s) + u", "_s
        + (info.hasColumn(t, u"weight"_s) ? m_db.castText(u"m.`weight`"_s) : u"NULL"_s) + u", "_s
        + m(u"count"_s, u"0"_s) + u", "_s + m(u"image"_s, u"0"_s) + u", "_s + m(u"active"_s, u"1"_s) + u", "_s
        + m(u"rank"_s, u"0"_s) + u", "_s + m(u"description"_s, u"NULL"_s) + u" FROM "_s + m_db.table(t)
        + u" m WHERE m.`rid` IN ("_s + placeholders(rows.size()) + u") ORDER BY m.`rid`, "_s + m(u"rank"_s, u"0"_s)
        + u", m.`id`"_s;
    Result<QSqlQuery> q = run(m_db, db, sql, idsOf(rows), u"reading product modifications (msop_modifications)"_s);
    if (!q)
        return q.error();
    QHash<int, QPair<qsizetype, qsizetype>> where; // modification id → (product row, modification index)
    while (q->next()) {
        ShopModification mod;
        mod.id = toInt(q->value(0));
        mod.productId = toInt(q->value(1));
        const auto it = index.constFind(mod.productId);
        if (it == index.constEnd())
            continue;
        mod.name = text(q->value(2));
        mod.type = toInt(q->value(3), 1);
        mod.price = text(q->value(4));
        mod.oldPrice = text(q->value(5));
        mod.article = text(q->value(6));
        QString problem;
        mod.weight = toDecimal(q->value(7), Decimal::WeightScale, &problem);
        mod.count = toInt(q->value(8));
        mod.image = toInt(q->value(9));
        mod.active = toBool(q->value(10), true);
        mod.rank = toInt(q->value(11));
        mod.description = text(q->value(12));
        ShopProduct &p = rows[*it];
        if (!problem.isEmpty())
            p.issues << u"msop_modifications row %1: %2; read as 0"_s.arg(mod.id).arg(problem);
        where.insert(mod.id, { *it, p.modifications.size() });
        p.modifications.append(std::move(mod));
    }
    if (where.isEmpty())
        return {};
    const QString optSql = u"SELECT `mid`, `key`, `value` FROM "_s + m_db.table(u"msop_modification_options"_s)
        + u" WHERE `rid` IN ("_s + placeholders(rows.size()) + u") ORDER BY `mid`, `key`"_s;
    Result<QSqlQuery> o = run(m_db, db, optSql, idsOf(rows), u"reading modification options"_s);
    if (!o)
        return o.error();
    while (o->next()) {
        const auto it = where.constFind(toInt(o->value(0)));
        if (it == where.constEnd())
            continue;
        rows[it->first].modifications[it->second].options.append({ text(o->value(1)), text(o->value(2)) });
    }
    return {};
}

} // namespace rd
