#include "SearchDecode.h"

#include "crm/CrmDecode.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

// A string field: strings as is, numbers as their text (externalIds sometimes come as numbers).
QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) // no qint64: converting is undefined
            return QString::number(d, 'g', 15);
        const qint64 i = static_cast<qint64>(d);
        return static_cast<double>(i) == d ? QString::number(i) : QString::number(d, 'g', 15);
    }
    return {};
}

double number(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        return ok ? d : 0;
    }
    return 0;
}

qint64 integer(const QJsonValue &v)
{
    if (v.isDouble()) {
        // Out of qint64's range the conversion is undefined: such a number is no id or count (0).
        const double d = v.toDouble();
        return d >= -9223372036854775808.0 && d < 9223372036854775808.0 ? static_cast<qint64>(d) : 0;
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 i = v.toString().trimmed().toLongLong(&ok);
        return ok ? i : 0;
    }
    return 0;
}

QString joinName(const QJsonObject &o)
{
    QStringList parts;
    for (const QString &key : { u"lastName"_s, u"firstName"_s, u"patronymic"_s }) {
        const QString p = text(o.value(key));
        if (!p.isEmpty())
            parts.append(p);
    }
    return parts.join(u' ');
}

QStringList phonesOf(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : CrmDecode::asArray(value)) {
        const QString n = v.isObject() ? text(v.toObject().value(u"number"_s)) : text(v);
        if (!n.isEmpty() && !out.contains(n))
            out.append(n);
    }
    return out;
}

QString addressText(const QJsonObject &address)
{
    const QString t = text(address.value(u"text"_s));
    if (!t.isEmpty())
        return t;
    QStringList parts;
    for (const QString &key :
         { u"index"_s, u"region"_s, u"city"_s, u"street"_s, u"building"_s, u"house"_s, u"flat"_s }) {
        const QString p = text(address.value(key));
        if (!p.isEmpty())
            parts.append(p);
    }
    return parts.join(u", "_s);
}

template<typename T, typename F>
Result<SearchPage<T>> decodePage(const Result<QJsonObject> &reply, const QString &key, F decodeOne)
{
    const Result<CrmPage> page = CrmDecode::page(reply, key);
    if (!page)
        return page.error();
    SearchPage<T> out;
    out.pagination = page->pagination;
    for (const QJsonValue &v : page->items) {
        if (v.isObject())
            out.items.append(decodeOne(v.toObject()));
    }
    return out;
}

} // namespace

CrmOrderSummary SearchDecode::order(const QJsonObject &input)
{
    const QJsonObject o = CrmDecode::normaliseOrder(input);
    const QJsonObject customer = CrmDecode::asObject(o.value(u"customer"_s));
    CrmOrderSummary s;
    s.id = integer(o.value(u"id"_s));
    s.externalId = text(o.value(u"externalId"_s));
    s.number = text(o.value(u"number"_s));
    s.status = text(o.value(u"status"_s));
    s.createdAt = text(o.value(u"createdAt"_s));
    s.site = text(o.value(u"site"_s));
    s.customerName = joinName(o);
    if (s.customerName.isEmpty())
        s.customerName = joinName(customer);
    s.phone = text(o.value(u"phone"_s));
    if (s.phone.isEmpty())
        s.phone = phonesOf(customer.value(u"phones"_s)).value(0);
    s.email = text(o.value(u"email"_s));
    if (s.email.isEmpty())
        s.email = text(customer.value(u"email"_s));
    s.totalSumm = number(o.value(u"totalSumm"_s));
    const QJsonObject delivery = CrmDecode::asObject(o.value(u"delivery"_s));
    s.deliveryCode = text(delivery.value(u"code"_s));
    s.deliveryCost = number(delivery.value(u"cost"_s));
    s.deliveryAddress = addressText(CrmDecode::asObject(delivery.value(u"address"_s)));
    for (const QJsonValue &v : CrmDecode::asArray(o.value(u"payments"_s))) {
        const QJsonObject p = CrmDecode::asObject(v);
        if (p.isEmpty())
            continue;
        s.payments.append(CrmPaymentSummary { integer(p.value(u"id"_s)), text(p.value(u"type"_s)),
                                              text(p.value(u"status"_s)), number(p.value(u"amount"_s)) });
    }
    for (const QJsonValue &v : CrmDecode::asArray(o.value(u"items"_s))) {
        const QJsonObject item = CrmDecode::asObject(v);
        if (item.isEmpty())
            continue;
        const QJsonObject offer = CrmDecode::asObject(item.value(u"offer"_s));
        CrmOrderItemSummary i;
        i.id = integer(item.value(u"id"_s));
        i.offerId = integer(offer.value(u"id"_s));
        i.offerExternalId = text(offer.value(u"externalId"_s));
        i.name = text(item.value(u"productName"_s));
        if (i.name.isEmpty())
            i.name = text(offer.value(u"displayName"_s));
        if (i.name.isEmpty())
            i.name = text(offer.value(u"name"_s));
        i.quantity = number(item.value(u"quantity"_s));
        i.price = number(item.value(u"initialPrice"_s));
        s.items.append(i);
    }
    s.customerId = integer(customer.value(u"id"_s));
    s.customerExternalId = text(customer.value(u"externalId"_s));
    if (s.customerExternalId.isEmpty())
        s.customerExternalId = text(o.value(u"customerExternalId"_s));
    s.raw = o;
    return s;
}

CrmCustomerSummary SearchDecode::customer(const QJsonObject &input)
{
    const QJsonObject c = CrmDecode::normaliseCustomer(input);
    CrmCustomerSummary s;
    s.id = integer(c.value(u"id"_s));
    s.externalId = text(c.value(u"externalId"_s));
    s.firstName = text(c.value(u"firstName"_s));
    s.lastName = text(c.value(u"lastName"_s));
    s.patronymic = text(c.value(u"patronymic"_s));
    s.email = text(c.value(u"email"_s));
    s.phones = phonesOf(c.value(u"phones"_s));
    s.createdAt = text(c.value(u"createdAt"_s));
    s.site = text(c.value(u"site"_s));
    s.ordersCount = static_cast<int>(integer(c.value(u"ordersCount"_s)));
    if (c.value(u"totalSumm"_s).isDouble() || c.value(u"totalSumm"_s).isString())
        s.totalSumm = number(c.value(u"totalSumm"_s));
    s.raw = c;
    return s;
}

CrmOfferSummary SearchDecode::offer(const QJsonObject &o)
{
    CrmOfferSummary s;
    s.id = integer(o.value(u"id"_s));
    s.externalId = text(o.value(u"externalId"_s));
    s.name = text(o.value(u"name"_s));
    s.article = text(o.value(u"article"_s));
    if (o.value(u"price"_s).isDouble() || o.value(u"price"_s).isString()) {
        s.price = number(o.value(u"price"_s));
    } else {
        const QJsonArray prices = CrmDecode::asArray(o.value(u"prices"_s));
        std::optional<double> base;
        for (const QJsonValue &v : prices) {
            const QJsonObject p = v.toObject();
            if (text(p.value(u"priceType"_s)) == u"base"_s)
                base = number(p.value(u"price"_s));
        }
        if (!base && !prices.isEmpty())
            base = number(prices.first().toObject().value(u"price"_s));
        s.price = base.value_or(0);
    }
    s.quantity = number(o.value(u"quantity"_s));
    s.raw = o;
    return s;
}

CrmProductSummary SearchDecode::product(const QJsonObject &p)
{
    CrmProductSummary s;
    s.id = integer(p.value(u"id"_s));
    s.externalId = text(p.value(u"externalId"_s));
    s.name = text(p.value(u"name"_s));
    s.article = text(p.value(u"article"_s));
    s.active = p.value(u"active"_s).isBool() ? p.value(u"active"_s).toBool() : true;
    for (const QJsonValue &v : CrmDecode::asArray(p.value(u"offers"_s))) {
        if (v.isObject())
            s.offers.append(offer(v.toObject()));
    }
    // Totals from the product when it has them, else from its offers.
    if (p.contains(u"quantity"_s)) {
        s.quantity = number(p.value(u"quantity"_s));
    } else {
        for (const CrmOfferSummary &o : std::as_const(s.offers))
            s.quantity += o.quantity;
    }
    if (p.contains(u"minPrice"_s) || p.contains(u"maxPrice"_s)) {
        s.minPrice = number(p.value(u"minPrice"_s));
        s.maxPrice = number(p.value(u"maxPrice"_s));
    } else if (!s.offers.isEmpty()) {
        s.minPrice = s.offers.first().price;
        s.maxPrice = s.offers.first().price;
        for (const CrmOfferSummary &o : std::as_const(s.offers)) {
            s.minPrice = qMin(s.minPrice, o.price);
            s.maxPrice = qMax(s.maxPrice, o.price);
        }
    }
    s.raw = p;
    return s;
}

Result<SearchPage<CrmOrderSummary>> SearchDecode::ordersPage(const Result<QJsonObject> &reply)
{
    return decodePage<CrmOrderSummary>(reply, u"orders"_s, &SearchDecode::order);
}

Result<SearchPage<CrmCustomerSummary>> SearchDecode::customersPage(const Result<QJsonObject> &reply)
{
    return decodePage<CrmCustomerSummary>(reply, u"customers"_s, &SearchDecode::customer);
}

Result<SearchPage<CrmProductSummary>> SearchDecode::productsPage(const Result<QJsonObject> &reply)
{
    return decodePage<CrmProductSummary>(reply, u"products"_s, &SearchDecode::product);
}

QJsonObject SearchDecode::toJson(const CrmOrderSummary &o)
{
    QJsonArray payments;
    for (const CrmPaymentSummary &p : o.payments)
        payments.append(QJsonObject {
            { u"id"_s, p.id }, { u"type"_s, p.type }, { u"status"_s, p.status }, { u"amount"_s, p.amount } });
    QJsonArray items;
    for (const CrmOrderItemSummary &i : o.items)
        items.append(QJsonObject { { u"id"_s, i.id },
                                   { u"offerId"_s, i.offerId },
                                   { u"offerExternalId"_s, i.offerExternalId },
                                   { u"name"_s, i.name },
                                   { u"quantity"_s, i.quantity },
                                   { u"price"_s, i.price } });
    return QJsonObject { { u"id"_s, o.id },
                         { u"externalId"_s, o.externalId },
                         { u"number"_s, o.number },
                         { u"status"_s, o.status },
                         { u"createdAt"_s, o.createdAt },
                         { u"site"_s, o.site },
                         { u"customerName"_s, o.customerName },
                         { u"phone"_s, o.phone },
                         { u"email"_s, o.email },
                         { u"totalSumm"_s, o.totalSumm },
                         { u"delivery"_s,
                           QJsonObject { { u"code"_s, o.deliveryCode },
                                         { u"cost"_s, o.deliveryCost },
                                         { u"address"_s, o.deliveryAddress } } },
                         { u"payments"_s, payments },
                         { u"items"_s, items },
                         { u"customerId"_s, o.customerId },
                         { u"customerExternalId"_s, o.customerExternalId } };
}

QJsonObject SearchDecode::toJson(const CrmCustomerSummary &c)
{
    QJsonObject out { { u"id"_s, c.id },
                      { u"externalId"_s, c.externalId },
                      { u"firstName"_s, c.firstName },
                      { u"lastName"_s, c.lastName },
                      { u"patronymic"_s, c.patronymic },
                      { u"fullName"_s, c.fullName() },
                      { u"email"_s, c.email },
                      { u"phones"_s, QJsonArray::fromStringList(c.phones) },
                      { u"createdAt"_s, c.createdAt },
                      { u"site"_s, c.site },
                      { u"ordersCount"_s, c.ordersCount } };
    out.insert(u"totalSumm"_s, c.totalSumm ? QJsonValue(*c.totalSumm) : QJsonValue());
    return out;
}

QJsonObject SearchDecode::toJson(const CrmOfferSummary &o)
{
    return QJsonObject {
        { u"id"_s, o.id },           { u"externalId"_s, o.externalId }, { u"name"_s, o.name },
        { u"article"_s, o.article }, { u"price"_s, o.price },           { u"quantity"_s, o.quantity }
    };
}

QJsonObject SearchDecode::toJson(const CrmProductSummary &p)
{
    QJsonArray offers;
    for (const CrmOfferSummary &o : p.offers)
        offers.append(toJson(o));
    return QJsonObject { { u"id"_s, p.id },
                         { u"externalId"_s, p.externalId },
                         { u"name"_s, p.name },
                         { u"article"_s, p.article },
                         { u"active"_s, p.active },
                         { u"quantity"_s, p.quantity },
                         { u"minPrice"_s, p.minPrice },
                         { u"maxPrice"_s, p.maxPrice },
                         { u"offers"_s, offers } };
}

QJsonObject SearchDecode::toJson(const CrmPagination &p)
{
    return QJsonObject { { u"limit"_s, p.limit },
                         { u"totalCount"_s, p.totalCount },
                         { u"currentPage"_s, p.currentPage },
                         { u"totalPageCount"_s, p.totalPageCount } };
}

} // namespace rd
