#include "ShopOrderReader.h"

#include "ShopCustomerReader.h"
#include "ShopDatabase.h"
#include "ShopReferenceReader.h"
#include "ShopSql.h"
#include "ShopWorkerThread.h"

#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <future>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

QString column(const ShopInfo &info, const QString &table, const QString &alias, const QString &col,
               const QString &fallback)
{
    return info.hasColumn(table, col) ? alias + u".`"_s + col + u'`' : fallback;
}

} // namespace

ShopOrderReader::ShopOrderReader(ShopDatabase &db, const ShopReadFilter &filter, Parts parts)
    : m_db(db)
    , m_filter(filter)
    , m_cursor(filter)
    , m_parts(parts)
{ }

ShopOrderReader::~ShopOrderReader()
{
    if (m_worker) {
        // Its prepared statements go before its connection does (both in the worker thread).
        m_worker->post([this] { m_workerStatements.clear(); });
        m_worker.reset();
    }
}

Status ShopOrderReader::loadReferences()
{
    if (m_referencesLoaded)
        return {};
    Result<ShopReferences> refs = ShopReferenceReader::read(m_db);
    if (!refs)
        return refs.error();
    for (const ShopStatus &s : refs->statuses)
        m_statuses.insert(s.id, { s.name, s.crmCode });
    for (const ShopDelivery &d : refs->deliveries)
        m_deliveries.insert(d.id, { d.name, d.crmCode });
    for (const ShopPayment &p : refs->payments)
        m_payments.insert(p.id, { p.name, p.crmCode });
    m_referencesLoaded = true;
    return {};
}

void ShopOrderReader::appendFilters(const ShopInfo &info, QString &sql, QVariantList &binds) const
{
    Q_UNUSED(info)
    if (m_filter.since.isValid()) {
        sql += u" AND o.`createdon` >= ?"_s;
        binds << shopsql::toSqlDateTime(m_filter.since);
    }
    if (!m_filter.statuses.isEmpty()) {
        sql += u" AND o.`status` IN ("_s + shopsql::placeholders(m_filter.statuses.size()) + u")"_s;
        binds += shopsql::toVariantList(m_filter.statuses);
    }
}

Result<QList<ShopOrder>> ShopOrderReader::nextPage()
{
    using namespace shopsql;
    QList<ShopOrder> orders;
    if (m_cursor.atEnd())
        return orders;
    Result<ShopInfo> infoResult = m_db.ensureInfo();
    if (!infoResult)
        return infoResult.error();
    const ShopInfo &info = *infoResult;
    if (Status st = loadReferences(); !st)
        return st.error();
    Result<QSqlDatabase> db = m_db.connection();
    if (!db)
        return db.error();

    const QString t = u"ms2_orders"_s;
    const QString select = u"SELECT o.`id`, o.`user_id`, "_s + column(info, t, u"o"_s, u"session_id"_s, u"''"_s)
        + u", "_s + m_db.castText(u"o.`createdon`"_s) + u", "_s
        + (info.hasColumn(t, u"updatedon"_s) ? m_db.castText(u"o.`updatedon`"_s) : u"NULL"_s) + u", o.`num`, "_s
        + m_db.castText(u"o.`cost`"_s) + u", "_s + m_db.castText(u"o.`cart_cost`"_s) + u", "_s
        + m_db.castText(u"o.`delivery_cost`"_s) + u", "_s + m_db.castText(u"o.`weight`"_s)
        + u", o.`status`, o.`delivery`, o.`payment`, "_s + column(info, t, u"o"_s, u"address"_s, u"NULL"_s) + u", "_s
        + column(info, t, u"o"_s, u"context"_s, u"''"_s) + u", "_s
        + column(info, t, u"o"_s, info.orderCommentColumn(), u"NULL"_s) + u", "_s
        + column(info, t, u"o"_s, u"properties"_s, u"NULL"_s) + u", "_s + column(info, t, u"o"_s, u"type"_s, u"0"_s)
        + u" FROM "_s + m_db.table(t) + u" o WHERE 1 = 1"_s;

    QHash<int, qsizetype> index;
    int rangeFrom = 0;
    while (orders.isEmpty() && !m_cursor.atEnd()) {
        QString sql = select;
        QVariantList binds;
        rangeFrom = m_cursor.lastId();
        m_cursor.appendWhere(u"o.`id`"_s, sql, binds);
        appendFilters(info, sql, binds);
        sql += u" ORDER BY o.`id` LIMIT "_s + QString::number(m_cursor.pageLimit());
        Result<QSqlQuery *> ran = m_statements.run(m_db, *db, sql, binds, u"reading orders"_s);
        if (!ran)
            return ran.error();
        QSqlQuery &q = **ran;
        orders.reserve(m_cursor.pageLimit());
        while (q.next()) {
            ShopOrder &o = orders.emplaceBack();
            o.id = toInt(q.value(0));
            o.userId = toInt(q.value(1));
            o.sessionId = text(q.value(2));
            o.createdOn = toDateTime(q.value(3));
            o.updatedOn = toDateTime(q.value(4));
            o.num = text(q.value(5));
            QString problem;
            o.cost = toDecimal(q.value(6), Decimal::MoneyScale, &problem);
            o.cartCost = toDecimal(q.value(7), Decimal::MoneyScale, &problem);
            o.deliveryCost = toDecimal(q.value(8), Decimal::MoneyScale, &problem);
            o.weight = toDecimal(q.value(9), Decimal::WeightScale, &problem);
            if (!problem.isEmpty())
                o.issues << u"ms2_orders row %1: %2; read as 0"_s.arg(o.id).arg(problem);
            o.status = toInt(q.value(10));
            o.delivery = toInt(q.value(11));
            o.payment = toInt(q.value(12));
            if (info.orderAddressColumn) {
                const int addressId = toInt(q.value(13)); // 0 = no address
                if (addressId > 0)
                    o.addressId = addressId;
            }
            o.context = text(q.value(14));
            o.managerComment = text(q.value(15));
            problem.clear();
            o.properties = m_json.object(q.value(16), &problem);
            if (!problem.isEmpty())
                o.issues << u"ms2_orders.properties of order %1: %2; read as empty"_s.arg(o.id).arg(problem);
            o.type = toInt(q.value(17));

            if (const auto it = m_statuses.constFind(o.status); it != m_statuses.constEnd()) {
                o.statusName = it->name;
                o.statusCode = it->code;
            }
            if (const auto it = m_deliveries.constFind(o.delivery); it != m_deliveries.constEnd()) {
                o.deliveryName = it->name;
                o.deliveryCode = it->code;
            }
            if (const auto it = m_payments.constFind(o.payment); it != m_payments.constEnd()) {
                o.paymentName = it->name;
                o.paymentCode = it->code;
            }
            index.insert(o.id, orders.size() - 1);
        }
        m_cursor.advance(orders.isEmpty() ? 0 : orders.last().id, static_cast<int>(orders.size()));
    }
    if (orders.isEmpty())
        return orders;

    // With no filter but the keyset, the page holds every order in (rangeFrom, last id]: parts can be
    // read by id range (an index range scan) instead of an IN list.
    const bool contiguous = m_cursor.contiguous();
    const int from = contiguous ? rangeFrom : 0;
    const int to = contiguous ? orders.last().id : 0;
    // Addresses are read on a second connection by a worker thread while this thread reads the items.
    AddressRequest addresses;
    std::future<Result<QList<FetchedAddress>>> pending;
    if (m_parts.testFlag(Address)) {
        addresses = addressRequest(info, orders, from, to);
        if (addresses.wanted && m_parallel && m_parts.testFlag(Items)) {
            if (!m_worker)
                m_worker = std::make_unique<ShopWorkerThread>(m_db);
            auto promise = std::make_shared<std::promise<Result<QList<FetchedAddress>>>>();
            pending = promise->get_future();
            m_worker->post([this, promise, info, addresses] {
                Result<QSqlDatabase> conn = m_db.connection();
                if (!conn) {
                    promise->set_value(conn.error());
                    return;
                }
                promise->set_value(fetchAddresses(m_db, *conn, info, addresses, m_workerStatements, m_workerJson));
            });
        }
    }
    Status itemsRead;
    if (m_parts.testFlag(Items))
        itemsRead = readItems(*db, info, orders, index, from, to);
    if (m_parts.testFlag(Address) && addresses.wanted) {
        Result<QList<FetchedAddress>> fetched
            = pending.valid() ? pending.get() : fetchAddresses(m_db, *db, info, addresses, m_statements, m_json);
        if (!fetched)
            return fetched.error();
        attachAddresses(orders, index, addresses, *fetched);
    }
    if (!itemsRead)
        return itemsRead.error();
    if (m_parts.testFlag(Promo) && info.msPromoCode) {
        if (Status st = readPromo(*db, orders, index); !st)
            return st.error();
    }
    if (m_parts.testFlag(Customer)) {
        if (Status st = readCustomers(orders); !st)
            return st.error();
    }
    return orders;
}

Status ShopOrderReader::readItems(QSqlDatabase &db, const ShopInfo &info, QList<ShopOrder> &orders,
                                  const QHash<int, qsizetype> &index, int rangeFrom, int rangeTo)
{
    using namespace shopsql;
    const QString t = u"ms2_order_products"_s;
    QString sql = u"SELECT i.`id`, i.`order_id`, i.`product_id`, i.`name`, i.`count`, "_s
        + m_db.castText(u"i.`price`"_s) + u", "_s + m_db.castText(u"i.`weight`"_s) + u", "_s
        + m_db.castText(u"i.`cost`"_s) + u", "_s + column(info, t, u"i"_s, u"options"_s, u"NULL"_s) + u", "_s
        + column(info, t, u"i"_s, u"properties"_s, u"NULL"_s) + u" FROM "_s + m_db.table(t) + u" i WHERE "_s;
    QVariantList binds;
    if (rangeTo > 0) {
        sql += u"i.`order_id` > ? AND i.`order_id` <= ?"_s;
        binds << rangeFrom << rangeTo;
    } else {
        sql += u"i.`order_id` IN ("_s + placeholders(orders.size()) + u")"_s;
        for (const ShopOrder &o : std::as_const(orders))
            binds << o.id;
    }
    Result<QSqlQuery *> ran = m_statements.run(m_db, db, sql, binds, u"reading order items"_s);
    if (!ran)
        return ran.error();
    QSqlQuery &q = **ran;
    QSet<qsizetype> unsorted;
    int lastOrderId = -1;
    qsizetype lastIndex = -1;
    while (q.next()) {
        const int orderId = toInt(q.value(1));
        if (orderId != lastOrderId) { // items come grouped by order (the order_id index)
            const auto it = index.constFind(orderId);
            lastOrderId = orderId;
            lastIndex = it == index.constEnd() ? -1 : *it;
        }
        if (lastIndex < 0)
            continue;
        ShopOrder &o = orders[lastIndex];
        ShopOrderItem item;
        item.id = toInt(q.value(0));
        item.orderId = orderId;
        item.productId = toInt(q.value(2));
        item.name = text(q.value(3));
        item.count = toInt(q.value(4));
        QString problem;
        item.price = toDecimal(q.value(5), Decimal::MoneyScale, &problem);
        item.weight = toDecimal(q.value(6), Decimal::WeightScale, &problem);
        item.cost = toDecimal(q.value(7), Decimal::MoneyScale, &problem);
        if (!problem.isEmpty())
            item.issues << u"ms2_order_products row %1 (order %2): %3; read as 0"_s.arg(item.id).arg(orderId).arg(
                problem);
        problem.clear();
        item.options = m_json.object(q.value(8), &problem);
        if (!problem.isEmpty())
            item.issues << u"ms2_order_products.options of item %1 (order %2): %3; read as no options"_s.arg(item.id)
                               .arg(orderId)
                               .arg(problem);
        problem.clear();
        item.properties = m_json.object(q.value(9), &problem);
        if (!problem.isEmpty())
            item.issues << u"ms2_order_products.properties of item %1 (order %2): %3; read as empty"_s.arg(item.id)
                               .arg(orderId)
                               .arg(problem);
        o.issues += item.issues;
        if (!o.items.isEmpty() && o.items.last().id > item.id)
            unsorted.insert(lastIndex);
        o.items.append(std::move(item));
    }
    // No ORDER BY on the server (it would sort every page): items arrive in index order, which is
    // almost always id order; the few orders that are not get sorted here.
    for (qsizetype i : std::as_const(unsorted))
        std::sort(orders[i].items.begin(), orders[i].items.end(),
                  [](const ShopOrderItem &a, const ShopOrderItem &b) { return a.id < b.id; });
    return {};
}

ShopOrderReader::AddressRequest ShopOrderReader::addressRequest(const ShopInfo &info, const QList<ShopOrder> &orders,
                                                                int rangeFrom, int rangeTo)
{
    AddressRequest r;
    r.byAddressId = info.orderAddressColumn;
    if (!r.byAddressId && !info.addressOrderId)
        return r; // no way to link them (warned in ShopInfo): nothing to read
    if (r.byAddressId) {
        QSet<int> seen;
        for (const ShopOrder &o : orders)
            if (o.addressId && *o.addressId > 0 && !seen.contains(*o.addressId)) {
                seen.insert(*o.addressId);
                r.ids << *o.addressId;
            }
    } else if (rangeTo > 0) {
        r.rangeFrom = rangeFrom;
        r.rangeTo = rangeTo;
    } else {
        for (const ShopOrder &o : orders)
            r.ids << o.id;
    }
    r.wanted = !r.ids.isEmpty() || r.rangeTo > 0;
    return r;
}

Result<QList<ShopOrderReader::FetchedAddress>> ShopOrderReader::fetchAddresses(ShopDatabase &shop, QSqlDatabase &db,
                                                                               const ShopInfo &info,
                                                                               const AddressRequest &request,
                                                                               shopsql::StatementCache &statements,
                                                                               shopsql::JsonCache &json)
{
    using namespace shopsql;
    QList<FetchedAddress> fetched;
    if (!request.wanted)
        return fetched;
    const QString t = u"ms2_order_addresses"_s;
    QString sql = u"SELECT a.`id`, "_s + column(info, t, u"a"_s, u"order_id"_s, u"NULL"_s) + u", a.`user_id`, "_s
        + (info.hasColumn(t, u"createdon"_s) ? shop.castText(u"a.`createdon`"_s) : u"NULL"_s) + u", "_s
        + (info.hasColumn(t, u"updatedon"_s) ? shop.castText(u"a.`updatedon`"_s) : u"NULL"_s) + u", "_s;
    for (const QString &c :
         { u"receiver"_s, u"phone"_s, u"email"_s, u"country"_s, u"index"_s, u"region"_s, u"city"_s, u"metro"_s,
           u"street"_s, u"building"_s, u"entrance"_s, u"floor"_s, u"room"_s, u"comment"_s, u"text_address"_s })
        sql += column(info, t, u"a"_s, c, u"NULL"_s) + u", "_s;
    sql += column(info, t, u"a"_s, u"properties"_s, u"NULL"_s) + u" FROM "_s + shop.table(t) + u" a WHERE "_s;
    QVariantList binds;
    const QString key = request.byAddressId ? u"a.`id`"_s : u"a.`order_id`"_s;
    if (request.rangeTo > 0) {
        sql += key + u" > ? AND "_s + key + u" <= ?"_s;
        binds << request.rangeFrom << request.rangeTo;
    } else {
        sql += key + u" IN ("_s + placeholders(request.ids.size()) + u")"_s;
        binds += toVariantList(request.ids);
    }
    Result<QSqlQuery *> ran = statements.run(shop, db, sql, binds, u"reading order addresses"_s);
    if (!ran)
        return ran.error();
    QSqlQuery &q = **ran;
    while (q.next()) {
        FetchedAddress &f = fetched.emplaceBack();
        ShopAddress &a = f.address;
        a.id = toInt(q.value(0));
        a.orderId = toOptionalInt(q.value(1));
        a.userId = toInt(q.value(2));
        a.createdOn = toDateTime(q.value(3));
        a.updatedOn = toDateTime(q.value(4));
        a.receiver = text(q.value(5));
        a.phone = text(q.value(6));
        a.email = text(q.value(7));
        a.country = text(q.value(8));
        a.index = text(q.value(9));
        a.region = text(q.value(10));
        a.city = text(q.value(11));
        a.metro = text(q.value(12));
        a.street = text(q.value(13));
        a.building = text(q.value(14));
        a.entrance = text(q.value(15));
        a.floor = text(q.value(16));
        a.room = text(q.value(17));
        a.comment = text(q.value(18));
        a.textAddress = text(q.value(19));
        a.properties = json.object(q.value(20), &f.problem);
    }
    return fetched;
}

void ShopOrderReader::attachAddresses(QList<ShopOrder> &orders, const QHash<int, qsizetype> &index,
                                      const AddressRequest &request, const QList<FetchedAddress> &fetched)
{
    QHash<int, QList<qsizetype>> byAddress; // address id → orders pointing at it (2.x/3.x)
    if (request.byAddressId) {
        for (qsizetype i = 0; i < orders.size(); ++i)
            if (orders[i].addressId && *orders[i].addressId > 0)
                byAddress[*orders[i].addressId].append(i);
    }
    const auto attach = [](ShopOrder &o, const FetchedAddress &f) {
        const ShopAddress &a = f.address;
        if (o.address) { // several rows for one order (4.x): keep the lowest id, note it
            o.issues << u"order %1 has more than one address row; using %2"_s.arg(o.id).arg(qMin(o.address->id, a.id));
            if (a.id < o.address->id)
                o.address = a;
        } else {
            o.address = a;
        }
        if (!f.problem.isEmpty())
            o.issues << u"ms2_order_addresses.properties of address %1: %2; read as empty"_s.arg(a.id).arg(f.problem);
    };
    for (const FetchedAddress &f : fetched) {
        if (request.byAddressId) {
            for (qsizetype i : byAddress.value(f.address.id))
                attach(orders[i], f);
        } else if (f.address.orderId) {
            if (const auto it = index.constFind(*f.address.orderId); it != index.constEnd())
                attach(orders[*it], f);
        }
    }
}

Status ShopOrderReader::readPromo(QSqlDatabase &db, QList<ShopOrder> &orders, const QHash<int, qsizetype> &index)
{
    using namespace shopsql;
    QString sql = u"SELECT `order_id`, `code`, "_s + m_db.castText(u"`discount_amount`"_s) + u" FROM "_s
        + m_db.table(u"mspc_orders"_s) + u" WHERE `order_id` IN ("_s + placeholders(orders.size())
        + u") ORDER BY `id`"_s;
    QVariantList binds;
    for (const ShopOrder &o : std::as_const(orders))
        binds << o.id;
    Result<QSqlQuery *> ran = m_statements.run(m_db, db, sql, binds, u"reading promo codes (mspc_orders)"_s);
    if (!ran)
        return ran.error();
    QSqlQuery &q = **ran;
    while (q.next()) {
        const auto it = index.constFind(toInt(q.value(0)));
        if (it == index.constEnd())
            continue;
        ShopOrder &o = orders[*it];
        // The latest row wins when an order has several.
        o.promoCode = text(q.value(1));
        QString problem;
        o.promoDiscount = toDecimal(q.value(2), Decimal::MoneyScale, &problem);
        if (!problem.isEmpty())
            o.issues << u"mspc_orders.discount_amount of order %1: %2; read as 0"_s.arg(o.id).arg(problem);
    }
    return {};
}

Status ShopOrderReader::readCustomers(QList<ShopOrder> &orders)
{
    QList<int> userIds;
    QSet<int> seen;
    for (const ShopOrder &o : std::as_const(orders))
        if (o.userId > 0 && !seen.contains(o.userId)) {
            seen.insert(o.userId);
            userIds.append(o.userId);
        }
    Result<QHash<int, ShopCustomer>> customers = ShopCustomerReader::fetchByIds(m_db, userIds);
    if (!customers)
        return customers.error();
    for (ShopOrder &o : orders)
        if (const auto it = customers->constFind(o.userId); it != customers->constEnd())
            o.customer = *it;
    return {};
}

Result<qint64> ShopOrderReader::count()
{
    Result<ShopInfo> info = m_db.ensureInfo();
    if (!info)
        return info.error();
    Result<QSqlDatabase> db = m_db.connection();
    if (!db)
        return db.error();
    // An ids filter is counted in chunks so that no statement gets thousands of placeholders.
    QList<int> ids = m_filter.ids;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    constexpr qsizetype chunkSize = 1000;
    qint64 total = 0;
    qsizetype start = 0;
    do {
        QString sql = u"SELECT COUNT(*) FROM "_s + m_db.table(u"ms2_orders"_s) + u" o WHERE 1 = 1"_s;
        QVariantList binds;
        if (!ids.isEmpty()) {
            const QList<int> chunk = ids.mid(start, chunkSize);
            sql += u" AND o.`id` IN ("_s + shopsql::placeholders(chunk.size()) + u")"_s;
            binds += shopsql::toVariantList(chunk);
        }
        appendFilters(*info, sql, binds);
        Result<QSqlQuery> q = shopsql::run(m_db, *db, sql, binds, u"counting orders"_s);
        if (!q)
            return q.error();
        if (q->next())
            total += q->value(0).toLongLong();
        start += chunkSize;
    } while (start < ids.size());
    return total;
}

Result<QList<ShopOrder>> ShopOrderReader::fetchByIds(ShopDatabase &db, const QList<int> &ids, Parts parts)
{
    QList<ShopOrder> all;
    if (ids.isEmpty())
        return all;
    ShopReadFilter filter;
    filter.ids = ids;
    filter.pageSize = 1000;
    ShopOrderReader reader(db, filter, parts);
    while (!reader.atEnd()) {
        Result<QList<ShopOrder>> page = reader.nextPage();
        if (!page)
            return page.error();
        all += *page;
    }
    return all;
}

} // namespace rd
