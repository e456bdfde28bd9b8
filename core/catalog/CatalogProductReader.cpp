#include "CatalogProductReader.h"

#include "shop/ShopDatabase.h"
#include "shop/ShopSql.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

// Where product `id` sits in a page sorted by id (binary search), -1 when it is not in the page.
qsizetype indexOf(const QList<ShopProduct> &rows, int id)
{
    const auto it = std::lower_bound(rows.cbegin(), rows.cend(), id,
                                     [](const ShopProduct &p, int value) { return p.id < value; });
    return it != rows.cend() && it->id == id ? it - rows.cbegin() : -1;
}

} // namespace

CatalogProductReader::CatalogProductReader(ShopDatabase &db, const ShopInfo &info, int afterId, int pageSize,
                                           bool modifications)
    : m_db(db)
    , m_info(info)
    , m_lastId(qMax(0, afterId))
    , m_pageSize(qBound(1, pageSize, 10000))
    , m_modifications(modifications && info.msOptionsPrice)
{
    const auto c = [this](const QString &col, const QString &fallback) {
        return m_info.hasColumn(u"site_content"_s, col) ? u"c.`"_s + col + u'`' : fallback;
    };
    const auto p = [this](const QString &col, const QString &fallback) {
        return m_info.hasColumn(u"ms2_products"_s, col) ? u"p.`"_s + col + u'`' : fallback;
    };
    const bool vendors = m_info.hasTable(u"ms2_vendors"_s);
    m_select = u"SELECT c.`id`, "_s + c(u"parent"_s, u"0"_s) + u", "_s + c(u"pagetitle"_s, u"''"_s) + u", "_s
        + c(u"longtitle"_s, u"''"_s) + u", "_s + c(u"uri"_s, u"NULL"_s) + u", p.`id`, "_s + p(u"article"_s, u"NULL"_s)
        + u", "_s + m_db.castText(u"p.`price`"_s) + u", "_s + m_db.castText(u"p.`weight`"_s) + u", "_s
        + p(u"remains"_s, u"NULL"_s) + u", "_s + p(u"image"_s, u"NULL"_s) + u", "_s
        + (vendors ? u"v.`name`"_s : u"NULL"_s) + u", "_s + p(u"tags"_s, u"NULL"_s) + u", "_s + p(u"color"_s, u"NULL"_s)
        + u", "_s + p(u"size"_s, u"NULL"_s) + u" FROM "_s + m_db.table(u"site_content"_s) + u" c LEFT JOIN "_s
        + m_db.table(u"ms2_products"_s) + u" p ON p.`id` = c.`id`"_s
        + (vendors ? u" LEFT JOIN "_s + m_db.table(u"ms2_vendors"_s) + u" v ON v.`id` = p.`vendor`"_s : QString())
        + u" WHERE c.`class_key` = ? AND c.`published` = 1 AND c.`deleted` = 0"_s;
    m_mainSql = m_select + u" AND c.`id` > ? ORDER BY c.`id` LIMIT "_s + QString::number(m_pageSize);
}

Result<std::optional<int>> CatalogProductReader::pageEnd(int afterId)
{
    using namespace shopsql;
    Result<QSqlDatabase> db = m_db.connection();
    if (!db)
        return db.error();
    const QString sql = u"SELECT c.`id` FROM "_s + m_db.table(u"site_content"_s)
        + u" c WHERE c.`class_key` = ? AND c.`published` = 1 AND c.`deleted` = 0 AND c.`id` > ? ORDER BY c.`id` "
          u"LIMIT 1 OFFSET "_s
        + QString::number(m_pageSize - 1);
    Result<QSqlQuery> q = run(m_db, *db, sql, { u"msProduct"_s, afterId }, u"reading product ids"_s);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<int>();
    return std::optional<int>(toInt(q->value(0)));
}

Result<QList<ShopProduct>> CatalogProductReader::readRange(int afterId, int upTo)
{
    return read(m_select + u" AND c.`id` > ? AND c.`id` <= ? ORDER BY c.`id`"_s, { u"msProduct"_s, afterId, upTo },
                afterId);
}

Result<QList<ShopProduct>> CatalogProductReader::nextPage()
{
    if (m_atEnd)
        return QList<ShopProduct>();
    Result<QList<ShopProduct>> rows = read(m_mainSql, { u"msProduct"_s, m_lastId }, m_lastId);
    if (!rows)
        return rows;
    if (rows->size() < m_pageSize)
        m_atEnd = true;
    if (!rows->isEmpty())
        m_lastId = rows->last().id;
    return rows;
}

Result<QList<ShopProduct>> CatalogProductReader::read(const QString &sql, const QVariantList &binds, int first)
{
    using namespace shopsql;
    QList<ShopProduct> rows;
    Result<QSqlDatabase> db = m_db.connection();
    if (!db)
        return db.error();
    Result<QSqlQuery> q = run(m_db, *db, sql, binds, u"reading products"_s);
    if (!q)
        return q.error();
    rows.reserve(m_pageSize);
    // The raw color/size/tags JSON of each row, decoded later only where needed.
    QList<std::array<QVariant, 3>> arrays;
    arrays.reserve(m_pageSize);
    while (q->next()) {
        ShopProduct r;
        r.id = toInt(q->value(0));
        r.parent = toInt(q->value(1));
        r.pagetitle = text(q->value(2));
        r.longtitle = text(q->value(3));
        r.uri = text(q->value(4));
        r.hasData = !q->value(5).isNull();
        r.article = text(q->value(6));
        QString problem;
        r.price = toDecimal(q->value(7), Decimal::MoneyScale, &problem);
        r.weight = toDecimal(q->value(8), Decimal::WeightScale, &problem);
        if (!problem.isEmpty())
            r.issues << u"ms2_products row %1: %2; read as 0"_s.arg(r.id).arg(problem);
        if (m_info.remains && r.hasData)
            r.remains = toOptionalInt(q->value(9));
        r.image = text(q->value(10));
        r.vendorName = text(q->value(11));
        arrays.append({ q->value(13), q->value(14), q->value(12) }); // color, size, tags
        rows.append(std::move(r));
    }
    *q = QSqlQuery(); // finish the statement before the next ones
    if (rows.isEmpty())
        return rows;
    const int last = rows.last().id;

    if (m_info.hasTable(u"ms2_product_options"_s)) {
        if (Status st = readOptions(*db, rows, first, last); !st)
            return st.error();
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        ShopProduct &p = rows[i];
        const auto has = [&p](const QString &key) {
            return std::any_of(p.options.cbegin(), p.options.cend(),
                               [&key](const ShopProductOption &o) { return o.key == key; });
        };
        const auto decode = [&p](const QVariant &v, const QString &name) {
            QString why;
            QStringList l = toStringList(v, &why);
            if (!why.isEmpty())
                p.issues << u"ms2_products.%1 of product %2: %3; read as empty"_s.arg(name).arg(p.id).arg(why);
            return l;
        };
        const std::array<QVariant, 3> &raw = arrays.at(i);
        if (!raw[0].isNull() && !has(u"color"_s))
            p.colors = decode(raw[0], u"color"_s);
        if (!raw[1].isNull() && !has(u"size"_s))
            p.sizes = decode(raw[1], u"size"_s);
        if (!raw[2].isNull() && !has(u"tags"_s))
            p.tags = decode(raw[2], u"tags"_s);
    }
    if (m_info.hasTable(u"ms2_product_categories"_s)) {
        if (Status st = readCategories(*db, rows, first, last); !st)
            return st.error();
    }
    if (m_modifications) {
        if (Status st = readModifications(*db, rows, first, last); !st)
            return st.error();
    }
    return rows;
}

Status CatalogProductReader::readOptions(QSqlDatabase &db, QList<ShopProduct> &rows, int first, int last)
{
    using namespace shopsql;
    // No ORDER BY on the values: the table has no key, and its natural order is the order miniShop2
    // wrote them in (one row per value), as ShopProductReader reads them.
    const QString sql = u"SELECT `product_id`, `key`, `value` FROM "_s + m_db.table(u"ms2_product_options"_s)
        + u" WHERE `product_id` > ? AND `product_id` <= ?"_s;
    Result<QSqlQuery> q = run(m_db, db, sql, { first, last }, u"reading product options"_s);
    if (!q)
        return q.error();
    // Gathered straight into the products (rows come grouped by product in practice; any order works).
    qsizetype current = -1;
    int currentId = -1;
    QList<qsizetype> touched;
    while (q->next()) {
        const int productId = toInt(q->value(0));
        if (productId != currentId) {
            currentId = productId;
            current = indexOf(rows, productId);
            if (current >= 0 && (touched.isEmpty() || touched.last() != current))
                touched.append(current);
        }
        if (current < 0)
            continue; // an unpublished product or another resource between two page rows
        QList<ShopProductOption> &options = rows[current].options;
        const QString key = text(q->value(1));
        auto it
            = std::find_if(options.begin(), options.end(), [&key](const ShopProductOption &o) { return o.key == key; });
        if (it == options.end()) {
            options.append({ key, {} });
            it = options.end() - 1;
        }
        const QVariant value = q->value(2);
        if (!value.isNull())
            it->values.append(value.toString());
    }
    for (qsizetype i : std::as_const(touched)) {
        QList<ShopProductOption> &options = rows[i].options;
        std::sort(options.begin(), options.end(),
                  [](const ShopProductOption &a, const ShopProductOption &b) { return a.key < b.key; });
    }
    return {};
}

Status CatalogProductReader::readCategories(QSqlDatabase &db, QList<ShopProduct> &rows, int first, int last)
{
    using namespace shopsql;
    const QString sql = u"SELECT `product_id`, `category_id` FROM "_s + m_db.table(u"ms2_product_categories"_s)
        + u" WHERE `product_id` > ? AND `product_id` <= ? ORDER BY `product_id`, `category_id`"_s;
    Result<QSqlQuery> q = run(m_db, db, sql, { first, last }, u"reading product categories"_s);
    if (!q)
        return q.error();
    while (q->next()) {
        const qsizetype i = indexOf(rows, toInt(q->value(0)));
        if (i < 0)
            continue;
        ShopProduct &p = rows[i];
        const int category = toInt(q->value(1));
        if (category != p.parent && !p.extraCategories.contains(category))
            p.extraCategories.append(category);
    }
    return {};
}

Status CatalogProductReader::readModifications(QSqlDatabase &db, QList<ShopProduct> &rows, int first, int last)
{
    using namespace shopsql;
    const QString t = u"msop_modifications"_s;
    const auto m = [this, &t](const QString &col, const QString &fallback) {
        return m_info.hasColumn(t, col) ? u"m.`"_s + col + u'`' : fallback;
    };
    const QString sql = u"SELECT m.`id`, m.`rid`, "_s + m(u"name"_s, u"NULL"_s) + u", "_s + m(u"type"_s, u"1"_s)
        + u", "_s + m(u"price"_s, u"NULL"_s) + u", "_s + m(u"article"_s, u"NULL"_s) + u", "_s
        + (m_info.hasColumn(t, u"weight"_s) ? m_db.castText(u"m.`weight`"_s) : u"NULL"_s) + u", "_s
        + m(u"count"_s, u"0"_s) + u", "_s + m(u"active"_s, u"1"_s) + u", "_s + m(u"rank"_s, u"0"_s) + u" FROM "_s
        + m_db.table(t) + u" m WHERE m.`rid` > ? AND m.`rid` <= ? ORDER BY m.`rid`, "_s + m(u"rank"_s, u"0"_s)
        + u", m.`id`"_s;
    Result<QSqlQuery> q = run(m_db, db, sql, { first, last }, u"reading product modifications (msop_modifications)"_s);
    if (!q)
        return q.error();
    QHash<int, QPair<qsizetype, qsizetype>> where; // modification id → (product row, modification index)
    while (q->next()) {
        ShopModification mod;
        mod.id = toInt(q->value(0));
        mod.productId = toInt(q->value(1));
        const qsizetype i = indexOf(rows, mod.productId);
        if (i < 0)
            continue;
        mod.name = text(q->value(2));
        mod.type = toInt(q->value(3), 1);
        mod.price = text(q->value(4));
        mod.article = text(q->value(5));
        QString problem;
        mod.weight = toDecimal(q->value(6), Decimal::WeightScale, &problem);
        mod.count = toInt(q->value(7));
        mod.active = toBool(q->value(8), true);
        mod.rank = toInt(q->value(9));
        ShopProduct &p = rows[i];
        if (!problem.isEmpty())
            p.issues << u"msop_modifications row %1: %2; read as 0"_s.arg(mod.id).arg(problem);
        where.insert(mod.id, { i, p.modifications.size() });
        p.modifications.append(std::move(mod));
    }
    if (where.isEmpty() || !m_info.hasTable(u"msop_modification_options"_s))
        return {};
    const QString optSql = u"SELECT `mid`, `key`, `value` FROM "_s + m_db.table(u"msop_modification_options"_s)
        + u" WHERE `rid` > ? AND `rid` <= ? ORDER BY `mid`, `key`"_s;
    Result<QSqlQuery> o = run(m_db, db, optSql, { first, last }, u"reading modification options"_s);
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
