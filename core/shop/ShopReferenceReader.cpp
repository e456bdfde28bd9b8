#include "ShopReferenceReader.h"

#include "ShopDatabase.h"
#include "ShopSql.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace rd {

Result<ShopReferences> ShopReferenceReader::read(ShopDatabase &db)
{
    using namespace shopsql;
    Result<ShopInfo> info = db.ensureInfo();
    if (!info)
        return info.error();
    Result<QSqlDatabase> conn = db.connection();
    if (!conn)
        return conn.error();

    const auto col = [&info](const QString &table, const QString &column, const QString &fallback) {
        return info->hasColumn(table, column) ? u'`' + column + u'`' : fallback;
    };
    ShopReferences refs;
    refs.hasDeliveryCodeColumn = info->deliveryCodeColumn;
    refs.hasPaymentCodeColumn = info->paymentCodeColumn;
    refs.hasStatusCodeColumn = info->statusCodeColumn;

    {
        const QString t = u"ms2_deliveries"_s;
        const QString sql = u"SELECT `id`, `name`, "_s + col(t, u"description"_s, u"NULL"_s) + u", "_s
            + col(t, u"price"_s, u"NULL"_s) + u", "_s
            + (info->hasColumn(t, u"weight_price"_s) ? db.castText(u"`weight_price`"_s) : u"NULL"_s) + u", "_s
            + (info->hasColumn(t, u"distance_price"_s) ? db.castText(u"`distance_price`"_s) : u"NULL"_s) + u", "_s
            + (info->hasColumn(t, u"free_delivery_amount"_s) ? db.castText(u"`free_delivery_amount`"_s) : u"NULL"_s)
            + u", "_s + col(t, u"rank"_s, u"0"_s) + u", "_s + col(t, u"active"_s, u"1"_s) + u", "_s
            + col(t, u"class"_s, u"NULL"_s) + u", "_s + col(t, u"requires"_s, u"NULL"_s) + u", "_s
            + col(t, u"retailcrm_delivery_code"_s, u"NULL"_s) + u" FROM "_s + db.table(t) + u" ORDER BY `id`"_s;
        Result<QSqlQuery> q = run(db, *conn, sql, {}, u"reading deliveries"_s);
        if (!q)
            return q.error();
        while (q->next()) {
            ShopDelivery d;
            d.id = toInt(q->value(0));
            d.name = text(q->value(1));
            d.description = text(q->value(2));
            d.price = text(q->value(3));
            d.weightPrice = toDecimal(q->value(4), Decimal::MoneyScale);
            d.distancePrice = toDecimal(q->value(5), Decimal::MoneyScale);
            if (info->hasColumn(t, u"free_delivery_amount"_s))
                d.freeDeliveryAmount = toDecimal(q->value(6), Decimal::MoneyScale);
            d.rank = toInt(q->value(7));
            d.active = toBool(q->value(8), true);
            d.className = text(q->value(9));
            d.requiredFields = text(q->value(10));
            d.crmCode = optionalText(q->value(11));
            refs.deliveries.append(d);
        }
    }
    {
        const QString t = u"ms2_payments"_s;
        const QString sql = u"SELECT `id`, `name`, "_s + col(t, u"description"_s, u"NULL"_s) + u", "_s
            + col(t, u"price"_s, u"NULL"_s) + u", "_s + col(t, u"rank"_s, u"0"_s) + u", "_s
            + col(t, u"active"_s, u"1"_s) + u", "_s + col(t, u"class"_s, u"NULL"_s) + u", "_s
            + col(t, u"retailcrm_payment_code"_s, u"NULL"_s) + u" FROM "_s + db.table(t) + u" ORDER BY `id`"_s;
        Result<QSqlQuery> q = run(db, *conn, sql, {}, u"reading payments"_s);
        if (!q)
            return q.error();
        while (q->next()) {
            ShopPayment p;
            p.id = toInt(q->value(0));
            p.name = text(q->value(1));
            p.description = text(q->value(2));
            p.price = text(q->value(3));
            p.rank = toInt(q->value(4));
            p.active = toBool(q->value(5), true);
            p.className = text(q->value(6));
            p.crmCode = optionalText(q->value(7));
            refs.payments.append(p);
        }
    }
    {
        const QString t = u"ms2_order_statuses"_s;
        const QString sql = u"SELECT `id`, `name`, "_s + col(t, u"description"_s, u"NULL"_s) + u", "_s
            + col(t, u"color"_s, u"NULL"_s) + u", "_s + col(t, u"active"_s, u"1"_s) + u", "_s
            + col(t, u"final"_s, u"0"_s) + u", "_s + col(t, u"fixed"_s, u"0"_s) + u", "_s + col(t, u"rank"_s, u"0"_s)
            + u", "_s + col(t, u"editable"_s, u"1"_s) + u", "_s + col(t, u"retailcrm_status_code"_s, u"NULL"_s)
            + u" FROM "_s + db.table(t) + u" ORDER BY `id`"_s;
        Result<QSqlQuery> q = run(db, *conn, sql, {}, u"reading order statuses"_s);
        if (!q)
            return q.error();
        while (q->next()) {
            ShopStatus s;
            s.id = toInt(q->value(0));
            s.name = text(q->value(1));
            s.description = text(q->value(2));
            s.color = text(q->value(3));
            s.active = toBool(q->value(4), true);
            s.isFinal = toBool(q->value(5));
            s.fixed = toBool(q->value(6));
            s.rank = toInt(q->value(7));
            s.editable = toBool(q->value(8), true);
            s.crmCode = optionalText(q->value(9));
            refs.statuses.append(s);
        }
    }
    if (info->hasTable(u"ms2_delivery_payments"_s)) {
        const QString sql = u"SELECT `delivery_id`, `payment_id` FROM "_s + db.table(u"ms2_delivery_payments"_s)
            + u" ORDER BY `delivery_id`, `payment_id`"_s;
        Result<QSqlQuery> q = run(db, *conn, sql, {}, u"reading delivery/payment links"_s);
        if (!q)
            return q.error();
        while (q->next()) {
            const ShopDeliveryPayment link { toInt(q->value(0)), toInt(q->value(1)) };
            refs.deliveryPayments.append(link);
            for (ShopDelivery &d : refs.deliveries)
                if (d.id == link.deliveryId)
                    d.paymentIds.append(link.paymentId);
        }
    }
    return refs;
}

} // namespace rd
