// SandboxApi: orders (list, get, create, edit, upload, statuses, fix-external-ids) and the history of
// orders and customers.

#include "SandboxApi.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace rd::sandbox {

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

const QStringList kOrderStrings { u"number"_s,          u"status"_s,          u"orderType"_s,      u"orderMethod"_s,
                                  u"firstName"_s,       u"lastName"_s,        u"patronymic"_s,     u"phone"_s,
                                  u"additionalPhone"_s, u"customerComment"_s, u"managerComment"_s, u"statusComment"_s,
                                  u"currency"_s,        u"countryIso"_s,      u"shipmentStore"_s,  u"source"_s };
const QStringList kOrderNumbers {
    u"weight"_s,   u"length"_s, u"width"_s, u"height"_s, u"discountManualAmount"_s, u"discountManualPercent"_s,
    u"managerId"_s
};

// Dictionary-valued fields: their history values are {"code": ...}.
const QStringList kDictionaryFields { u"status"_s, u"orderType"_s, u"orderMethod"_s, u"shipmentStore"_s };

QString offerKey(const QJsonObject &item)
{
    const QJsonObject offer = item.value(u"offer"_s).toObject();
    if (offer.contains(u"externalId"_s))
        return u"e:"_s + offer.value(u"externalId"_s).toString();
    if (offer.contains(u"xmlId"_s))
        return u"x:"_s + offer.value(u"xmlId"_s).toString();
    if (offer.contains(u"id"_s))
        return u"i:"_s + QString::number(offer.value(u"id"_s).toInteger());
    return u"n:"_s + item.value(u"productName"_s).toString();
}

QJsonValue historyValue(const QString &field, const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return QJsonValue::Null;
    if (kDictionaryFields.contains(field))
        return QJsonObject { { u"code"_s, v } };
    return v;
}

QJsonObject orderRef(const QJsonObject &stored)
{
    // What the CRM puts in "order" of a change entry.
    QJsonObject ref { { u"id"_s, stored.value(u"id"_s) },
                      { u"site"_s, stored.value(u"site"_s) },
                      { u"status"_s, stored.value(u"status"_s) } };
    if (stored.contains(u"externalId"_s))
        ref.insert(u"externalId"_s, stored.value(u"externalId"_s));
    if (stored.contains(u"managerId"_s))
        ref.insert(u"managerId"_s, stored.value(u"managerId"_s));
    return ref;
}

} // namespace

// ---- validation --------------------------------------------------------------------------------------------

FieldErrors SandboxApi::validateOrder(const QJsonObject &order, bool creating, const QJsonObject *current) const
{
    FieldErrors errors;
    const QString orderExternalId
        = order.value(u"externalId"_s).toString(current ? current->value(u"externalId"_s).toString() : QString());

    if (order.contains(u"externalId"_s)) {
        const QJsonValue v = order.value(u"externalId"_s);
        if (!v.isString())
            errors.append({ u"externalId"_s, u"This value should be of type string."_s });
        else if (v.toString().trimmed().isEmpty())
            errors.append({ u"externalId"_s, u"This value should not be blank."_s });
        else if (const auto other = m_store->findJson(u"orders"_s, u"external_id"_s, v.toString());
                 other && (creating || other->value(u"id"_s) != current->value(u"id"_s)))
            errors.append({ QString(), u"Order already exists."_s });
    }
    for (const QString &k : kOrderStrings)
        checkString(order, k, QString(), &errors);
    for (const QString &k : kOrderNumbers)
        checkNumber(order, k, QString(), &errors);
    checkEmail(order, u"email"_s, QString(), &errors);
    checkDateTime(order, u"createdAt"_s, QString(), &errors);
    checkDate(order, u"shipmentDate"_s, QString(), &errors);
    checkBool(order, u"shipped"_s, QString(), &errors);
    checkObject(order, u"customFields"_s, QString(), &errors);
    checkObject(order, u"delivery"_s, QString(), &errors);
    checkObject(order, u"customer"_s, QString(), &errors);
    checkArray(order, u"items"_s, QString(), &errors);
    checkArray(order, u"payments"_s, QString(), &errors);

    // status
    if (order.value(u"status"_s).isString() && !m_store->reference(u"status"_s, order.value(u"status"_s).toString()))
        errors.append({ u"status"_s, u"Status \"%1\" not found."_s.arg(order.value(u"status"_s).toString()) });
    if (order.value(u"orderType"_s).isString()
        && !m_store->reference(u"orderType"_s, order.value(u"orderType"_s).toString()))
        errors.append(
            { u"orderType"_s, u"Order type \"%1\" not found."_s.arg(order.value(u"orderType"_s).toString()) });
    if (order.value(u"orderMethod"_s).isString()
        && !m_store->reference(u"orderMethod"_s, order.value(u"orderMethod"_s).toString()))
        errors.append(
            { u"orderMethod"_s, u"Order method \"%1\" not found."_s.arg(order.value(u"orderMethod"_s).toString()) });

    // customer
    if (order.value(u"customer"_s).isObject()) {
        const QJsonObject c = order.value(u"customer"_s).toObject();
        checkString(c, u"externalId"_s, u"customer."_s, &errors);
        checkNumber(c, u"id"_s, u"customer."_s, &errors);
        if (c.value(u"id"_s).isDouble()) {
            if (!m_store->findJson(u"customers"_s, u"id"_s, c.value(u"id"_s).toInteger()))
                errors.append({ QString(),
                                u"Customer with id=%1 not found. Order externalId=%2."_s.arg(
                                    QString::number(c.value(u"id"_s).toInteger()), orderExternalId) });
        } else if (c.value(u"externalId"_s).isString()) {
            if (!m_store->findJson(u"customers"_s, u"external_id"_s, c.value(u"externalId"_s).toString()))
                errors.append({ QString(),
                                u"Customer with externalId=%1 not found. Order externalId=%2."_s.arg(
                                    c.value(u"externalId"_s).toString(), orderExternalId) });
        } else if (!c.contains(u"browserId"_s)) {
            errors.append({ u"customer"_s, u"Give the customer as {\"id\": N} or {\"externalId\": \"...\"}."_s });
        }
    }

    // items
    const QJsonArray items = order.value(u"items"_s).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString prefix = u"items[%1]."_s.arg(i);
        if (!items.at(i).isObject()) {
            errors.append({ u"items[%1]"_s.arg(i), u"This value should be of type object."_s });
            continue;
        }
        const QJsonObject item = items.at(i).toObject();
        checkString(item, u"productName"_s, prefix, &errors);
        checkString(item, u"comment"_s, prefix, &errors);
        checkString(item, u"status"_s, prefix, &errors);
        checkNumber(item, u"initialPrice"_s, prefix, &errors);
        checkNumber(item, u"purchasePrice"_s, prefix, &errors);
        checkNumber(item, u"quantity"_s, prefix, &errors);
        checkNumber(item, u"discountManualAmount"_s, prefix, &errors);
        checkNumber(item, u"discountManualPercent"_s, prefix, &errors);
        checkObject(item, u"offer"_s, prefix, &errors);
        checkArray(item, u"properties"_s, prefix, &errors);
        if (item.value(u"quantity"_s).isDouble() && item.value(u"quantity"_s).toDouble() <= 0)
            errors.append({ prefix + u"quantity"_s, u"This value should be greater than 0."_s });
        if (item.value(u"initialPrice"_s).isDouble() && item.value(u"initialPrice"_s).toDouble() < 0)
            errors.append({ prefix + u"initialPrice"_s, u"This value should be greater than or equal to 0."_s });
        const QJsonObject offer = item.value(u"offer"_s).toObject();
        checkString(offer, u"externalId"_s, prefix + u"offer."_s, &errors);
        checkString(offer, u"xmlId"_s, prefix + u"offer."_s, &errors);
        checkNumber(offer, u"id"_s, prefix + u"offer."_s, &errors);
        // CRM-internal offer ids must exist; externalId/xmlId may name offers the catalog has not loaded yet.
        if (offer.value(u"id"_s).isDouble()
            && !m_store->findJson(u"offers"_s, u"id"_s, offer.value(u"id"_s).toInteger()))
            errors.append({ prefix + u"offer.id"_s,
                            u"Offer with id %1 not found."_s.arg(QString::number(offer.value(u"id"_s).toInteger())) });
        const QJsonArray properties = item.value(u"properties"_s).toArray();
        for (qsizetype p = 0; p < properties.size(); ++p) {
            const QString pp = prefix + u"properties[%1]."_s.arg(p);
            const QJsonObject prop = properties.at(p).toObject();
            if (!properties.at(p).isObject() || !prop.value(u"name"_s).isString())
                errors.append({ pp + u"name"_s, u"This value should not be blank."_s });
            checkString(prop, u"code"_s, pp, &errors);
            checkString(prop, u"value"_s, pp, &errors);
        }
    }

    // delivery
    const QJsonObject delivery = order.value(u"delivery"_s).toObject();
    checkString(delivery, u"code"_s, u"delivery."_s, &errors);
    checkNumber(delivery, u"cost"_s, u"delivery."_s, &errors);
    checkNumber(delivery, u"netCost"_s, u"delivery."_s, &errors);
    checkDate(delivery, u"date"_s, u"delivery."_s, &errors);
    checkObject(delivery, u"address"_s, u"delivery."_s, &errors);
    checkObject(delivery, u"time"_s, u"delivery."_s, &errors);
    checkObject(delivery, u"service"_s, u"delivery."_s, &errors);
    const QJsonObject address = delivery.value(u"address"_s).toObject();
    for (const QString &k :
         { u"text"_s, u"index"_s, u"countryIso"_s, u"region"_s, u"city"_s, u"street"_s, u"building"_s, u"house"_s,
           u"flat"_s, u"floor"_s, u"block"_s, u"housing"_s, u"metro"_s, u"notes"_s })
        checkString(address, k, u"delivery.address."_s, &errors);
    if (delivery.value(u"code"_s).isString() && !delivery.value(u"code"_s).toString().isEmpty()
        && !m_store->reference(u"deliveryType"_s, delivery.value(u"code"_s).toString()))
        errors.append(
            { u"delivery.code"_s, u"Delivery type \"%1\" not found."_s.arg(delivery.value(u"code"_s).toString()) });

    // payments, and whether the delivery type allows them
    const bool paymentsGiven = order.contains(u"payments"_s);
    const QJsonArray payments = paymentsGiven ? order.value(u"payments"_s).toArray()
        : current                             ? current->value(u"payments"_s).toArray()
                                              : QJsonArray {};
    QString deliveryCode = delivery.value(u"code"_s).toString();
    if (deliveryCode.isEmpty() && current)
        deliveryCode = current->value(u"delivery"_s).toObject().value(u"code"_s).toString();
    const std::optional<QJsonObject> deliveryType
        = deliveryCode.isEmpty() ? std::nullopt : m_store->reference(u"deliveryType"_s, deliveryCode);
    const bool checkPairs = creating || paymentsGiven || delivery.contains(u"code"_s);
    for (qsizetype i = 0; i < payments.size(); ++i) {
        const QString prefix = u"payments[%1]."_s.arg(i);
        if (!payments.at(i).isObject()) {
            errors.append({ u"payments[%1]"_s.arg(i), u"This value should be of type object."_s });
            continue;
        }
        const QJsonObject payment = payments.at(i).toObject();
        if (paymentsGiven) {
            checkString(payment, u"type"_s, prefix, &errors);
            checkString(payment, u"status"_s, prefix, &errors);
            checkString(payment, u"externalId"_s, prefix, &errors);
            checkString(payment, u"comment"_s, prefix, &errors);
            checkNumber(payment, u"amount"_s, prefix, &errors);
            checkDateTime(payment, u"paidAt"_s, prefix, &errors);
        }
        const QString type = payment.value(u"type"_s).toString();
        if (type.isEmpty()) {
            if (paymentsGiven)
                errors.append({ prefix + u"type"_s, u"This value should not be blank."_s });
            continue;
        }
        if (!m_store->reference(u"paymentType"_s, type)) {
            if (paymentsGiven)
                errors.append({ prefix + u"type"_s, u"Payment type \"%1\" not found."_s.arg(type) });
            continue;
        }
        const QString status = payment.value(u"status"_s).toString();
        if (paymentsGiven && !status.isEmpty() && !m_store->reference(u"paymentStatus"_s, status))
            errors.append({ prefix + u"status"_s, u"Payment status \"%1\" not found."_s.arg(status) });
        if (checkPairs && deliveryType) {
            bool allowed = false;
            for (const QJsonValue &p : deliveryType->value(u"paymentTypes"_s).toArray())
                allowed = allowed || p.toString() == type;
            if (!allowed)
                errors.append({ prefix + u"type"_s, u"This payment type is not supported for the type of delivery"_s });
        }
    }
    return errors;
}

// ---- storage and views -------------------------------------------------------------------------------------

QVariantMap SandboxApi::orderColumns(const QJsonObject &stored) const
{
    QStringList text;
    for (const QString &k : { u"lastName"_s, u"firstName"_s, u"patronymic"_s, u"email"_s, u"phone"_s,
                              u"additionalPhone"_s, u"number"_s }) {
        const QString v = stored.value(k).toString().trimmed();
        if (!v.isEmpty())
            text.append(v);
    }
    const QString phones = digitsOf(stored.value(u"phone"_s).toString()) + u' '
        + digitsOf(stored.value(u"additionalPhone"_s).toString());
    const QJsonObject customer = stored.value(u"customer"_s).toObject();
    const QString externalId = stored.value(u"externalId"_s).toString();
    return {
        { u"external_id"_s, externalId.isEmpty() ? QVariant() : QVariant(externalId) },
        { u"number"_s, stored.value(u"number"_s).toString() },
        { u"site"_s, stored.value(u"site"_s).toString() },
        { u"status"_s, stored.value(u"status"_s).toString() },
        { u"customer_id"_s, customer.value(u"id"_s).toInteger() },
        { u"customer_external_id"_s, customer.value(u"externalId"_s).toString() },
        { u"email"_s, stored.value(u"email"_s).toString().toLower() },
        { u"search"_s, text.join(u" | "_s).toLower() },
        { u"phones"_s, phones.trimmed() },
        { u"created_at"_s, stored.value(u"createdAt"_s).toString() },
        { u"json"_s, compact(stored) },
    };
}

QJsonObject SandboxApi::orderView(const QJsonObject &stored) const
{
    QJsonObject v = stored;
    const qint64 id = stored.value(u"id"_s).toInteger();
    v.insert(u"slug"_s, id);
    if (!v.contains(u"orderType"_s))
        v.insert(u"orderType"_s, u"eshop-individual"_s);
    if (!v.contains(u"orderMethod"_s))
        v.insert(u"orderMethod"_s, u"shopping-cart"_s);
    const std::optional<QJsonObject> site = m_store->reference(u"site"_s, stored.value(u"site"_s).toString());
    v.insert(u"currency"_s, site ? site->value(u"currency"_s).toString(u"RUB"_s) : u"RUB"_s);
    v.insert(u"call"_s, false);
    v.insert(u"expired"_s, false);
    if (isEmptyMap(v.value(u"customFields"_s)))
        v.insert(u"customFields"_s, QJsonArray {});

    // items with their offers as the catalog knows them
    double summ = 0;
    QJsonArray items;
    for (const QJsonValue &value : stored.value(u"items"_s).toArray()) {
        QJsonObject item = value.toObject();
        const double price = item.value(u"initialPrice"_s).toDouble();
        const double quantity = item.value(u"quantity"_s).toDouble(1);
        const double discount = item.value(u"discountManualAmount"_s).toDouble()
            + price * item.value(u"discountManualPercent"_s).toDouble() / 100.0;
        item.insert(u"quantity"_s, quantity);
        item.insert(u"initialPrice"_s, price);
        item.insert(u"discountTotal"_s, discount);
        item.insert(u"prices"_s,
                    QJsonArray { QJsonObject { { u"price"_s, price - discount }, { u"quantity"_s, quantity } } });
        if (!item.contains(u"vatRate"_s))
            item.insert(u"vatRate"_s, u"none"_s);
        if (!item.contains(u"status"_s))
            item.insert(u"status"_s, u"new"_s);
        if (!item.contains(u"properties"_s))
            item.insert(u"properties"_s, QJsonArray {});
        const QJsonObject offerRef = item.value(u"offer"_s).toObject();
        if (const std::optional<QJsonObject> offer = findOffer(offerRef)) {
            QJsonObject o { { u"id"_s, offer->value(u"id"_s) },
                            { u"externalId"_s, offer->value(u"externalId"_s) },
                            { u"name"_s, offer->value(u"name"_s) } };
            if (offer->contains(u"xmlId"_s))
                o.insert(u"xmlId"_s, offer->value(u"xmlId"_s));
            if (offer->contains(u"article"_s))
                o.insert(u"article"_s, offer->value(u"article"_s));
            item.insert(u"offer"_s, o);
        }
        summ += (price - discount) * quantity;
        items.append(item);
    }
    v.insert(u"items"_s, items);
    const double orderDiscount = stored.value(u"discountManualAmount"_s).toDouble()
        + summ * stored.value(u"discountManualPercent"_s).toDouble() / 100.0;
    const double deliveryCost = stored.value(u"delivery"_s).toObject().value(u"cost"_s).toDouble();
    v.insert(u"summ"_s, std::round(summ * 100) / 100);
    v.insert(u"totalSumm"_s, std::round((summ - orderDiscount + deliveryCost) * 100) / 100);
    v.insert(u"purchaseSumm"_s, 0);

    // payments: an object keyed by payment id, [] when none
    QJsonObject payments;
    double prepay = 0;
    for (const QJsonValue &value : stored.value(u"payments"_s).toArray()) {
        QJsonObject p = value.toObject();
        if (!p.contains(u"status"_s))
            p.insert(u"status"_s, u"not-paid"_s);
        if (p.value(u"status"_s).toString() == u"paid")
            prepay += p.value(u"amount"_s).toDouble();
        payments.insert(QString::number(p.value(u"id"_s).toInteger()), p);
    }
    v.insert(u"payments"_s, payments.isEmpty() ? QJsonValue(QJsonArray {}) : QJsonValue(payments));
    v.insert(u"prepaySum"_s, prepay);

    const qint64 customerId = stored.value(u"customer"_s).toObject().value(u"id"_s).toInteger();
    if (const std::optional<QJsonObject> c = m_store->findJson(u"customers"_s, u"id"_s, customerId)) {
        v.insert(u"customer"_s, customerView(*c));
        v.insert(u"contact"_s, customerView(*c));
    }
    return v;
}

std::optional<QJsonObject> SandboxApi::findOrder(const QString &by, const QString &key) const
{
    if (by == u"id") {
        bool ok = false;
        const qint64 id = key.toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        return m_store->findJson(u"orders"_s, u"id"_s, id);
    }
    return m_store->findJson(u"orders"_s, u"external_id"_s, key);
}

Status SandboxApi::appendHistory(const QString &entity, const QJsonObject &stored, const Actor &actor,
                                 QJsonObject entry)
{
    QJsonObject full { { u"createdAt"_s, now() }, { u"source"_s, actor.source } };
    if (actor.source == u"user")
        full.insert(u"user"_s, QJsonObject { { u"id"_s, actor.userId } });
    for (auto it = entry.begin(); it != entry.end(); ++it)
        full.insert(it.key(), it.value());
    const QString externalId = stored.value(u"externalId"_s).toString();
    const Result<qint64> id
        = m_store->insert(u"history"_s,
                          { { u"entity"_s, entity },
                            { u"entity_id"_s, stored.value(u"id"_s).toInteger() },
                            { u"external_id"_s, externalId.isEmpty() ? QVariant() : QVariant(externalId) },
                            { u"created_at"_s, full.value(u"createdAt"_s).toString() },
                            { u"key_hash"_s, actor.source == u"api" ? QVariant(actor.keyHash) : QVariant() },
                            { u"json"_s, compact(full) } });
    if (!id)
        return id.error();
    return {};
}

// ---- create and edit ---------------------------------------------------------------------------------------

Result<QJsonObject> SandboxApi::createOrder(QJsonObject order, const QString &site, const Actor &actor,
                                            FieldErrors *errors, QJsonObject *view)
{
    *errors = validateOrder(order, true, nullptr);
    if (!errors->isEmpty())
        return Error(ErrorCode::Validation, errorsText(*errors));

    // Without a customer the CRM makes one from the order's contact fields.
    QJsonObject customerRef = order.value(u"customer"_s).toObject();
    std::optional<QJsonObject> customer;
    if (customerRef.contains(u"id"_s))
        customer = m_store->findJson(u"customers"_s, u"id"_s, customerRef.value(u"id"_s).toInteger());
    else if (customerRef.contains(u"externalId"_s))
        customer = m_store->findJson(u"customers"_s, u"external_id"_s, customerRef.value(u"externalId"_s).toString());
    if (!customer) {
        QJsonObject fresh;
        for (const QString &k : { u"firstName"_s, u"lastName"_s, u"patronymic"_s, u"email"_s }) {
            if (order.value(k).isString() && !order.value(k).toString().isEmpty())
                fresh.insert(k, order.value(k));
        }
        if (!order.value(u"phone"_s).toString().isEmpty())
            fresh.insert(u"phones"_s, QJsonArray { QJsonObject { { u"number"_s, order.value(u"phone"_s) } } });
        const Result<qint64> id = createCustomer(fresh, site, actor);
        if (!id)
            return id.error();
        customer = m_store->findJson(u"customers"_s, u"id"_s, *id);
    }
    QJsonObject link { { u"id"_s, customer->value(u"id"_s) } };
    if (customer->contains(u"externalId"_s))
        link.insert(u"externalId"_s, customer->value(u"externalId"_s));
    link.insert(u"type"_s, u"customer"_s);

    order.remove(u"id"_s);
    const Result<qint64> inserted = m_store->insert(u"orders"_s, { { u"json"_s, u"{}"_s } });
    if (!inserted)
        return inserted.error();
    const qint64 id = *inserted;

    QJsonObject stored { { u"id"_s, id } };
    for (auto it = order.begin(); it != order.end(); ++it)
        stored.insert(it.key(), it.value());
    stored.insert(u"site"_s, site);
    stored.insert(u"customer"_s, link);
    if (stored.value(u"number"_s).toString().isEmpty())
        stored.insert(u"number"_s, u"%1A"_s.arg(id));
    if (stored.value(u"status"_s).toString().isEmpty())
        stored.insert(u"status"_s, u"new"_s);
    if (stored.value(u"createdAt"_s).toString().isEmpty())
        stored.insert(u"createdAt"_s, now());
    stored.insert(u"statusUpdatedAt"_s, stored.value(u"createdAt"_s));
    QJsonArray items = stored.value(u"items"_s).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        item.insert(u"id"_s, id * 1000 + i + 1);
        items[i] = item;
    }
    if (stored.contains(u"items"_s))
        stored.insert(u"items"_s, items);
    QJsonArray payments = stored.value(u"payments"_s).toArray();
    for (qsizetype i = 0; i < payments.size(); ++i) {
        QJsonObject p = payments.at(i).toObject();
        p.insert(u"id"_s, id * 100 + i + 1);
        payments[i] = p;
    }
    if (stored.contains(u"payments"_s))
        stored.insert(u"payments"_s, payments);

    if (Status s = m_store->update(u"orders"_s, id, orderColumns(stored)); !s)
        return s.error();
    QJsonObject snapshot = orderView(stored);
    if (view)
        *view = snapshot;
    // Kept small: the customer is expanded again when the history is read.
    snapshot.remove(u"contact"_s);
    snapshot.insert(u"customer"_s, link);
    QJsonObject entry { { u"created"_s, true },
                        { u"field"_s, u"status"_s },
                        { u"oldValue"_s, QJsonValue::Null },
                        { u"newValue"_s, QJsonObject { { u"code"_s, stored.value(u"status"_s) } } },
                        { u"order"_s, snapshot } };
    if (Status s = appendHistory(u"order"_s, stored, actor, entry); !s)
        return s.error();
    return stored;
}

Result<QJsonObject> SandboxApi::editOrder(QJsonObject stored, const QJsonObject &patchIn, const Actor &actor,
                                          FieldErrors *errors)
{
    QJsonObject patch = patchIn;
    patch.remove(u"id"_s);
    patch.remove(u"site"_s);
    *errors = validateOrder(patch, false, &stored);
    if (!errors->isEmpty())
        return Error(ErrorCode::Validation, errorsText(*errors));

    const QJsonObject before = stored;
    const qint64 id = stored.value(u"id"_s).toInteger();
    QList<QJsonObject> entries; // field, oldValue, newValue (+ item)

    // name: the history field name; key: the entity field (decides whether values are {"code": ...}).
    auto record
        = [&entries](const QString &name, const QString &key, const QJsonValue &oldValue, const QJsonValue &newValue) {
              if (oldValue == newValue || (oldValue.isUndefined() && newValue.isNull()))
                  return;
              entries.append({ { u"field"_s, name },
                               { u"oldValue"_s, historyValue(key, oldValue) },
                               { u"newValue"_s, historyValue(key, newValue) } });
          };

    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const QString key = it.key();
        const QJsonValue next = it.value();
        if (key == u"delivery") {
            const QJsonObject oldDelivery = stored.value(key).toObject();
            QJsonObject merged = oldDelivery;
            const QJsonObject n = next.toObject();
            for (auto d = n.begin(); d != n.end(); ++d) {
                if (d.key() == u"address") {
                    QJsonObject address = oldDelivery.value(u"address"_s).toObject();
                    const QJsonObject na = d.value().toObject();
                    for (auto a = na.begin(); a != na.end(); ++a) {
                        if (address.value(a.key()) != a.value())
                            entries.append({ { u"field"_s, QString(u"delivery_address."_s + snakeCase(a.key())) },
                                             { u"oldValue"_s, historyValue(QString(), address.value(a.key())) },
                                             { u"newValue"_s, a.value() } });
                        address.insert(a.key(), a.value());
                    }
                    merged.insert(u"address"_s, address);
                } else {
                    const QJsonValue old = oldDelivery.value(d.key());
                    if (old != d.value()) {
                        const bool isCode = d.key() == u"code";
                        entries.append(
                            { { u"field"_s,
                                isCode ? u"delivery_type"_s : QString(u"delivery_"_s + snakeCase(d.key())) },
                              { u"oldValue"_s,
                                old.isUndefined() || old.isNull() ? QJsonValue(QJsonValue::Null)
                                    : isCode                      ? QJsonValue(QJsonObject { { u"code"_s, old } })
                                                                  : old },
                              { u"newValue"_s,
                                isCode ? QJsonValue(QJsonObject { { u"code"_s, d.value() } }) : d.value() } });
                    }
                    merged.insert(d.key(), d.value());
                }
            }
            stored.insert(key, merged);
        } else if (key == u"customFields") {
            QJsonObject merged = stored.value(key).toObject();
            const QJsonObject n = next.toObject();
            for (auto c = n.begin(); c != n.end(); ++c) {
                record(QString(u"custom_"_s + c.key()), QString(), merged.value(c.key()), c.value());
                merged.insert(c.key(), c.value());
            }
            stored.insert(key, merged);
        } else if (key == u"items") {
            QHash<QString, QJsonObject> oldItems;
            for (const QJsonValue &v : stored.value(key).toArray())
                oldItems.insert(offerKey(v.toObject()), v.toObject());
            QJsonArray items;
            qint64 nextItemId = id * 1000 + 1;
            for (const QJsonValue &v : stored.value(key).toArray())
                nextItemId = qMax(nextItemId, v.toObject().value(u"id"_s).toInteger() + 1);
            for (const QJsonValue &v : next.toArray()) {
                QJsonObject item = v.toObject();
                const QString k = offerKey(item);
                if (oldItems.contains(k)) {
                    const QJsonObject old = oldItems.take(k);
                    item.insert(u"id"_s, old.value(u"id"_s));
                    if (old.value(u"quantity"_s) != item.value(u"quantity"_s) && item.contains(u"quantity"_s))
                        entries.append({ { u"field"_s, u"order_product.quantity"_s },
                                         { u"oldValue"_s, old.value(u"quantity"_s) },
                                         { u"newValue"_s, item.value(u"quantity"_s) },
                                         { u"item"_s,
                                           QJsonObject { { u"id"_s, item.value(u"id"_s) },
                                                         { u"offer"_s, item.value(u"offer"_s) } } } });
                } else {
                    item.insert(u"id"_s, nextItemId++);
                    entries.append({ { u"field"_s, u"order_product"_s },
                                     { u"created"_s, true },
                                     { u"oldValue"_s, QJsonValue::Null },
                                     { u"newValue"_s, QJsonObject { { u"id"_s, item.value(u"id"_s) } } },
                                     { u"item"_s,
                                       QJsonObject { { u"id"_s, item.value(u"id"_s) },
                                                     { u"offer"_s, item.value(u"offer"_s) } } } });
                }
                items.append(item);
            }
            for (const QJsonObject &removed : std::as_const(oldItems))
                entries.append({ { u"field"_s, u"order_product"_s },
                                 { u"deleted"_s, true },
                                 { u"oldValue"_s, QJsonObject { { u"id"_s, removed.value(u"id"_s) } } },
                                 { u"newValue"_s, QJsonValue::Null },
                                 { u"item"_s,
                                   QJsonObject { { u"id"_s, removed.value(u"id"_s) },
                                                 { u"offer"_s, removed.value(u"offer"_s) } } } });
            stored.insert(key, items);
        } else if (key == u"payments") {
            QHash<QString, QJsonObject> oldPayments;
            qint64 nextPaymentId = id * 100 + 1;
            for (const QJsonValue &v : stored.value(key).toArray()) {
                oldPayments.insert(v.toObject().value(u"type"_s).toString(), v.toObject());
                nextPaymentId = qMax(nextPaymentId, v.toObject().value(u"id"_s).toInteger() + 1);
            }
            QJsonArray payments;
            for (const QJsonValue &v : next.toArray()) {
                QJsonObject p = v.toObject();
                const QString type = p.value(u"type"_s).toString();
                if (oldPayments.contains(type)) {
                    const QJsonObject old = oldPayments.take(type);
                    p.insert(u"id"_s, old.value(u"id"_s));
                    for (const QString &f : { u"status"_s, u"amount"_s, u"paidAt"_s }) {
                        if (p.contains(f) && p.value(f) != old.value(f)) {
                            const bool dict = f == u"status";
                            entries.append(
                                { { u"field"_s, QString(u"payments."_s + snakeCase(f)) },
                                  { u"oldValue"_s,
                                    old.contains(f) ? (dict ? QJsonValue(QJsonObject { { u"code"_s, old.value(f) } })
                                                            : old.value(f))
                                                    : QJsonValue(QJsonValue::Null) },
                                  { u"newValue"_s,
                                    dict ? QJsonValue(QJsonObject { { u"code"_s, p.value(f) } }) : p.value(f) },
                                  { u"payment"_s,
                                    QJsonObject { { u"id"_s, p.value(u"id"_s) }, { u"type"_s, type } } } });
                        }
                    }
                } else {
                    p.insert(u"id"_s, nextPaymentId++);
                    QJsonObject full { { u"id"_s, p.value(u"id"_s) },
                                       { u"type"_s, type },
                                       { u"status"_s, p.value(u"status"_s).toString(u"not-paid"_s) } };
                    if (p.contains(u"amount"_s))
                        full.insert(u"amount"_s, p.value(u"amount"_s));
                    entries.append(
                        { { u"field"_s, u"payments"_s },
                          { u"oldValue"_s, QJsonValue::Null },
                          { u"newValue"_s, QJsonObject { { u"id"_s, p.value(u"id"_s) }, { u"type"_s, type } } },
                          { u"payment"_s, full } });
                }
                payments.append(p);
            }
            for (const QJsonObject &removed : std::as_const(oldPayments))
                entries.append(
                    { { u"field"_s, u"payments"_s },
                      { u"oldValue"_s,
                        QJsonObject { { u"id"_s, removed.value(u"id"_s) }, { u"type"_s, removed.value(u"type"_s) } } },
                      { u"newValue"_s, QJsonValue::Null },
                      { u"payment"_s,
                        QJsonObject { { u"id"_s, removed.value(u"id"_s) },
                                      { u"type"_s, removed.value(u"type"_s) } } } });
            stored.insert(key, payments);
        } else if (key == u"customer") {
            const QJsonObject ref = next.toObject();
            std::optional<QJsonObject> c = ref.contains(u"id"_s)
                ? m_store->findJson(u"customers"_s, u"id"_s, ref.value(u"id"_s).toInteger())
                : m_store->findJson(u"customers"_s, u"external_id"_s, ref.value(u"externalId"_s).toString());
            if (!c)
                continue;
            QJsonObject link { { u"id"_s, c->value(u"id"_s) }, { u"type"_s, u"customer"_s } };
            if (c->contains(u"externalId"_s))
                link.insert(u"externalId"_s, c->value(u"externalId"_s));
            const QJsonObject old = stored.value(key).toObject();
            if (old.value(u"id"_s) != link.value(u"id"_s))
                entries.append({ { u"field"_s, u"customer"_s },
                                 { u"oldValue"_s, QJsonObject { { u"id"_s, old.value(u"id"_s) } } },
                                 { u"newValue"_s, QJsonObject { { u"id"_s, link.value(u"id"_s) } } } });
            stored.insert(key, link);
        } else {
            record(snakeCase(key), key, stored.value(key), next);
            stored.insert(key, next);
        }
    }
    if (stored.value(u"status"_s) != before.value(u"status"_s))
        stored.insert(u"statusUpdatedAt"_s, now());
    if (Status s = m_store->update(u"orders"_s, id, orderColumns(stored)); !s)
        return s.error();
    const QJsonObject ref = orderRef(stored);
    for (QJsonObject entry : entries) {
        entry.insert(u"order"_s, ref);
        if (Status s = appendHistory(u"order"_s, stored, actor, entry); !s)
            return s.error();
    }
    return stored;
}

// ---- endpoints ---------------------------------------------------------------------------------------------

SandboxHttpResponse SandboxApi::ordersList(const Call &call)
{
    int limit = 20;
    int page = 1;
    if (auto bad = pagination(call, { 20, 50, 100 }, &limit, &page))
        return *bad;
    SqlFilter f;
    const SandboxParams &p = call.params;
    if (!p.list(u"filter[ids]"_s).isEmpty())
        f.addIn(u"id"_s, p.list(u"filter[ids]"_s));
    if (!p.list(u"filter[externalIds]"_s).isEmpty())
        f.addIn(u"external_id"_s, p.list(u"filter[externalIds]"_s));
    if (!p.list(u"filter[numbers]"_s).isEmpty())
        f.addIn(u"number"_s, p.list(u"filter[numbers]"_s));
    if (!p.list(u"filter[sites]"_s).isEmpty())
        f.addIn(u"site"_s, p.list(u"filter[sites]"_s));
    if (!p.list(u"filter[extendedStatus]"_s).isEmpty()) {
        // Status codes; a status-group code stands for all its statuses.
        QStringList codes;
        for (const QString &code : p.list(u"filter[extendedStatus]"_s)) {
            codes.append(code);
            if (const auto group = m_store->reference(u"statusGroup"_s, code)) {
                for (const QJsonValue &s : group->value(u"statuses"_s).toArray())
                    codes.append(s.toString());
            }
        }
        f.addIn(u"status"_s, codes);
    }
    if (const QString v = p.value(u"filter[customerId]"_s); !v.isEmpty())
        f.add(u"customer_id = ?"_s, { v.toLongLong() });
    if (const QString v = p.value(u"filter[customerExternalId]"_s); !v.isEmpty())
        f.add(u"customer_external_id = ?"_s, { v });
    if (const QString v = p.value(u"filter[email]"_s).trimmed().toLower(); !v.isEmpty())
        f.add(u"instr(email, ?) > 0"_s, { v });
    if (const QString v = p.value(u"filter[customer]"_s).trimmed().toLower(); !v.isEmpty()) {
        const QString digits = digitsOf(v);
        if (digits.size() >= 3)
            f.add(u"(instr(search, ?) > 0 OR instr(phones, ?) > 0)"_s, { v, digits });
        else
            f.add(u"instr(search, ?) > 0"_s, { v });
    }
    if (const QString v = p.value(u"filter[createdAtFrom]"_s); !v.isEmpty())
        f.add(u"created_at >= ?"_s, { v.size() == 10 ? v + u" 00:00:00"_s : v });
    if (const QString v = p.value(u"filter[createdAtTo]"_s); !v.isEmpty())
        f.add(u"created_at <= ?"_s, { v.size() == 10 ? v + u" 23:59:59"_s : v });
    qint64 total = 0;
    const QList<QJsonObject> rows = m_store->selectJson(u"orders"_s, f, limit, (page - 1) * limit, &total);
    QJsonArray orders;
    for (const QJsonObject &o : rows)
        orders.append(orderView(o));
    return SandboxHttpResponse::json(
        200,
        { { u"success"_s, true }, { u"pagination"_s, paginationObject(limit, page, total) }, { u"orders"_s, orders } });
}

SandboxHttpResponse SandboxApi::ordersGet(const Call &call)
{
    const QString by = call.params.value(u"by"_s, u"externalId"_s);
    if (by != u"externalId" && by != u"id")
        return SandboxHttpResponse::error(400, u"Errors in the input parameters"_s,
                                          { { u"by"_s, u"The value you selected is not a valid choice."_s } });
    const std::optional<QJsonObject> o = findOrder(by, call.args.value(0));
    if (!o)
        return SandboxHttpResponse::error(404, u"Not found"_s);
    return SandboxHttpResponse::json(200, { { u"success"_s, true }, { u"order"_s, orderView(*o) } });
}

SandboxHttpResponse SandboxApi::ordersCreate(const Call &call)
{
    QJsonValue value;
    if (auto bad = entityParam(call, u"order"_s, &value))
        return *bad;
    if (!value.isObject())
        return SandboxHttpResponse::error(400, u"Errors in the entity format"_s,
                                          { { u"order"_s, u"This value should be of type object."_s } });
    Actor actor;
    actor.keyHash = call.keyHash;
    FieldErrors errors;
    m_store->transaction();
    QJsonObject view;
    const Result<QJsonObject> stored = createOrder(value.toObject(), call.site, actor, &errors, &view);
    if (!stored) {
        m_store->rollback();
        if (!errors.isEmpty())
            return SandboxHttpResponse::error(400, u"Errors in the entity format"_s, errorsObject(errors));
        return SandboxHttpResponse::error(500, stored.error().message);
    }
    m_store->commit();
    return SandboxHttpResponse::json(
        201, { { u"success"_s, true }, { u"id"_s, stored->value(u"id"_s) }, { u"order"_s, view } });
}

SandboxHttpResponse SandboxApi::ordersEdit(const Call &call)
{
    const QString by = call.params.value(u"by"_s, u"externalId"_s);
    if (by != u"externalId" && by != u"id")
        return SandboxHttpResponse::error(400, u"Errors in the input parameters"_s,
                                          { { u"by"_s, u"The value you selected is not a valid choice."_s } });
    QJsonValue value;
    if (auto bad = entityParam(call, u"order"_s, &value))
        return *bad;
    if (!value.isObject())
        return SandboxHttpResponse::error(400, u"Errors in the entity format"_s,
                                          { { u"order"_s, u"This value should be of type object."_s } });
    const std::optional<QJsonObject> found = findOrder(by, call.args.value(0));
    if (!found)
        return SandboxHttpResponse::error(404, u"Not found"_s);
    Actor actor;
    actor.keyHash = call.keyHash;
    FieldErrors errors;
    m_store->transaction();
    const Result<QJsonObject> stored = editOrder(*found, value.toObject(), actor, &errors);
    if (!stored) {
        m_store->rollback();
        if (!errors.isEmpty())
            return SandboxHttpResponse::error(400, u"Errors in the entity format"_s, errorsObject(errors));
        return SandboxHttpResponse::error(500, stored.error().message);
    }
    m_store->commit();
    return SandboxHttpResponse::json(
        200, { { u"success"_s, true }, { u"id"_s, stored->value(u"id"_s) }, { u"order"_s, orderView(*stored) } });
}

SandboxHttpResponse SandboxApi::ordersUpload(const Call &call)
{
    QJsonValue value;
    if (auto bad = entityParam(call, u"orders"_s, &value))
        return *bad;
    if (!value.isArray())
        return SandboxHttpResponse::error(400, u"Errors in the entity format"_s,
                                          { { u"orders"_s, u"This value should be of type array."_s } });
    const QJsonArray list = value.toArray();
    if (list.isEmpty() || list.size() > 50)
        return SandboxHttpResponse::error(
            400, u"Errors in the input parameters"_s,
            { { u"orders"_s,
                list.isEmpty() ? u"This collection should contain 1 element or more."_s
                               : u"This collection should contain 50 elements or less."_s } });
    Actor actor;
    actor.keyHash = call.keyHash;
    QJsonArray uploaded;
    QJsonArray orders;
    QJsonArray failed;
    QJsonObject errors;
    m_store->transaction();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        FieldErrors itemErrors;
        if (!list.at(i).isObject()) {
            itemErrors.append({ QString(), u"This value should be of type object."_s });
        } else {
            QJsonObject view;
            const Result<QJsonObject> stored = createOrder(o, call.site, actor, &itemErrors, &view);
            if (stored) {
                QJsonObject u { { u"id"_s, stored->value(u"id"_s) } };
                if (stored->contains(u"externalId"_s))
                    u.insert(u"externalId"_s, stored->value(u"externalId"_s));
                uploaded.append(u);
                orders.append(view);
                continue;
            }
            if (itemErrors.isEmpty())
                itemErrors.append({ QString(), stored.error().message });
        }
        QJsonObject f;
        if (o.value(u"externalId"_s).isString())
            f.insert(u"externalId"_s, o.value(u"externalId"_s));
        failed.append(f);
        errors.insert(QString::number(i), errorsText(itemErrors));
    }
    m_store->commit();
    if (failed.isEmpty())
        return SandboxHttpResponse::json(200,
                                         { { u"success"_s, true },
                                           { u"uploadedOrders"_s, uploaded },
                                           { u"orders"_s, orders },
                                           { u"failedOrders"_s, QJsonArray {} } });
    return SandboxHttpResponse::json(460,
                                     { { u"success"_s, false },
                                       { u"errorMsg"_s, u"Orders are loaded with errors"_s },
                                       { u"errors"_s, errors },
                                       { u"uploadedOrders"_s, uploaded },
                                       { u"orders"_s, orders },
                                       { u"failedOrders"_s, failed } });
}

SandboxHttpResponse SandboxApi::ordersStatuses(const Call &call)
{
    const QStringList ids = call.params.list(u"ids"_s);
    const QStringList externalIds = call.params.list(u"externalIds"_s);
    if (ids.size() + externalIds.size() > 500)
        return SandboxHttpResponse::error(400, u"Errors in the input parameters"_s,
                                          { { u"ids"_s, u"This collection should contain 500 elements or less."_s } });
    QJsonArray out;
    auto append = [this, &out](const QList<QJsonObject> &rows) {
        for (const QJsonObject &o : rows) {
            const QString status = o.value(u"status"_s).toString();
            const auto ref = m_store->reference(u"status"_s, status);
            QJsonObject item { { u"id"_s, o.value(u"id"_s) },
                               { u"status"_s, status },
                               { u"group"_s, ref ? ref->value(u"group"_s).toString() : QString() } };
            if (o.contains(u"externalId"_s))
                item.insert(u"externalId"_s, o.value(u"externalId"_s));
            out.append(item);
        }
    };
    if (!ids.isEmpty()) {
        SqlFilter f;
        f.addIn(u"id"_s, ids);
        append(m_store->selectJson(u"orders"_s, f, 0, 0, nullptr));
    }
    if (!externalIds.isEmpty()) {
        SqlFilter f;
        f.addIn(u"external_id"_s, externalIds);
        append(m_store->selectJson(u"orders"_s, f, 0, 0, nullptr));
    }
    return SandboxHttpResponse::json(200, { { u"success"_s, true }, { u"orders"_s, out } });
}

SandboxHttpResponse SandboxApi::ordersFixExternalIds(const Call &call)
{
    QJsonValue value;
    if (auto bad = entityParam(call, u"orders"_s, &value))
        return *bad;
    if (!value.isArray())
        return SandboxHttpResponse::error(400, u"Errors in the entity format"_s,
                                          { { u"orders"_s, u"This value should be of type array."_s } });
    QJsonObject errors;
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject item = list.at(i).toObject();
        const std::optional<QJsonObject> o = m_store->findJson(u"orders"_s, u"id"_s, item.value(u"id"_s).toInteger());
        const QString ext = item.value(u"externalId"_s).toString();
        if (!o || ext.isEmpty()) {
            errors.insert(QString::number(i), u"Order with id=%1 not found."_s.arg(item.value(u"id"_s).toInteger()));
            continue;
        }
        if (const auto other = m_store->findJson(u"orders"_s, u"external_id"_s, ext);
            other && other->value(u"id"_s) != o->value(u"id"_s)) {
            errors.insert(QString::number(i), u"Order already exists."_s);
            continue;
        }
        QJsonObject stored = *o;
        stored.insert(u"externalId"_s, ext);
        if (Status s = m_store->update(u"orders"_s, stored.value(u"id"_s).toInteger(), orderColumns(stored)); !s)
            return SandboxHttpResponse::error(500, s.error().message);
    }
    if (!errors.isEmpty())
        return SandboxHttpResponse::error(400, u"Errors in the entity format"_s, errors);
    return SandboxHttpResponse::json(200, { { u"success"_s, true } });
}

SandboxHttpResponse SandboxApi::ordersHistory(const Call &call)
{
    return history(call, u"order"_s);
}

SandboxHttpResponse SandboxApi::history(const Call &call, const QString &entity)
{
    int limit = 20;
    int page = 1;
    if (auto bad = pagination(call, { 20, 50, 100 }, &limit, &page))
        return *bad;
    SqlFilter f;
    f.add(u"entity = ?"_s, { entity });
    const SandboxParams &p = call.params;
    if (const QString v = p.value(u"filter[sinceId]"_s); !v.isEmpty()) {
        bool ok = false;
        const qint64 since = v.toLongLong(&ok);
        if (!ok)
            return SandboxHttpResponse::error(400, u"Errors in the input parameters"_s,
                                              { { u"filter[sinceId]"_s, u"This value should be of type integer."_s } });
        f.add(u"id > ?"_s, { since });
    }
    for (const QString &k : { u"startDate"_s, u"endDate"_s }) {
        const QString v = p.value(u"filter[%1]"_s.arg(k));
        if (v.isEmpty())
            continue;
        const QString full = v.size() == 10 ? v + (k == u"startDate" ? u" 00:00:00"_s : u" 23:59:59"_s) : v;
        if (!QDateTime::fromString(full, u"yyyy-MM-dd HH:mm:ss"_s).isValid())
            return SandboxHttpResponse::error(400, u"Errors in the input parameters"_s,
                                              { { u"filter[%1]"_s.arg(k), u"This value is not a valid datetime."_s } });
        f.add(k == u"startDate" ? u"created_at >= ?"_s : u"created_at <= ?"_s, { full });
    }
    const QString idKey = entity == u"order" ? u"orderId"_s : u"customerId"_s;
    const QString externalKey = entity == u"order" ? u"orderExternalId"_s : u"customerExternalId"_s;
    if (const QString v = p.value(u"filter[%1]"_s.arg(idKey)); !v.isEmpty())
        f.add(u"entity_id = ?"_s, { v.toLongLong() });
    if (const QString v = p.value(u"filter[%1]"_s.arg(externalKey)); !v.isEmpty())
        f.add(u"external_id = ?"_s, { v });

    qint64 total = 0;
    const auto rows = m_store->selectHistory(f, limit, (page - 1) * limit, &total);
    QJsonArray history;
    for (auto [entry, hash] : rows) {
        if (entry.value(u"created"_s).toBool() && entity == u"order") {
            QJsonObject snapshot = entry.value(u"order"_s).toObject();
            const qint64 customerId = snapshot.value(u"customer"_s).toObject().value(u"id"_s).toInteger();
            if (const std::optional<QJsonObject> c = m_store->findJson(u"customers"_s, u"id"_s, customerId)) {
                snapshot.insert(u"customer"_s, customerView(*c));
                entry.insert(u"order"_s, snapshot);
            }
        }
        if (entry.value(u"source"_s).toString() == u"api")
            entry.insert(u"apiKey"_s, QJsonObject { { u"current"_s, !hash.isEmpty() && hash == call.keyHash } });
        history.append(entry);
    }
    return SandboxHttpResponse::json(200,
                                     { { u"success"_s, true },
                                       { u"generatedAt"_s, now() },
                                       { u"history"_s, history },
                                       { u"pagination"_s, paginationObject(limit, page, total) } });
}

} // namespace rd::sandbox
