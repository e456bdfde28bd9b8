#include "OrderMapper.h"

#include "MappingRules.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

const QString &firstNonBlank(std::initializer_list<const QString *> candidates)
{
    static const QString empty;
    for (const QString *text : candidates)
        if (!isBlank(*text))
            return *text;
    return empty;
}

QString describe(const QString &kind, const QString &name, int id)
{
    if (name.isEmpty())
        return u"%1 id %2 (not found in the shop)"_s.arg(kind, QString::number(id));
    return u"%1 \u00AB%2\u00BB (id %3)"_s.arg(kind, name, QString::number(id));
}

// "Shop delivery «Курьер» (id 2) has no CRM delivery type code: order 2103/308 is sent without a delivery
// type. Set the code in Mappings (CLI: mappings set delivery 2 CODE)."
QString unmappedWarning(const QString &kind, const QString &what, const QString &name, int id, const QString &num)
{
    return u"%1 has no CRM %2 code: order %3 is sent without a %2. Set the code in Mappings (CLI: mappings set "
           u"%4 %5 CODE)."_s.arg(describe(u"Shop "_s + kind, name, id), what, num, kind, QString::number(id));
}

bool hasCode(const std::optional<QString> &code)
{
    return code.has_value() && !isBlank(*code);
}

} // namespace

QJsonArray mapItemProperties(const QJsonObject &itemOptions)
{
    QJsonArray properties;
    for (auto it = itemOptions.constBegin(); it != itemOptions.constEnd(); ++it) {
        const QString key = it.key();
        if (key.isEmpty() || key == u"modification"_s || key == u"modifications"_s)
            continue;
        const QString value = optionValueText(it.value());
        if (isBlank(value))
            continue;
        QString name = key;
        if (key == u"size"_s)
            name = u"Размер"_s;
        else if (key == u"color"_s)
            name = u"Цвет"_s;
        properties.append(QJsonObject { { u"code"_s, key }, { u"name"_s, name }, { u"value"_s, value } });
    }
    return properties;
}

QJsonObject mapOrderItem(const ShopOrderItem &item, const MappingOptions &options, QStringList *warnings)
{
    QJsonObject json;
    json.insert(u"initialPrice"_s, jsonNumber(item.price));
    json.insert(u"productName"_s, item.name);
    json.insert(u"quantity"_s, item.count);

    QString offerId = QString::number(item.productId);
    if (options.msOptionsPrice) {
        if (const std::optional<int> modification = item.modificationId()) {
            offerId = u"mod-"_s + offerId + u'-' + QString::number(*modification);
        } else if (warnings) {
            const QJsonValue raw = item.options.value(u"modification"_s);
            const QString text = optionValueText(raw);
            if (!isBlank(text) && text != u"0"_s)
                warnings->append(u"Item \u00AB%1\u00BB (product %2) has modification \u00AB%3\u00BB, which is not a "
                                 u"modification id: it is sent as the product's base offer."_s.arg(
                                     item.name, QString::number(item.productId), text));
        }
    }
    json.insert(u"offer"_s, QJsonObject { { u"externalId"_s, offerId } });

    const QJsonArray properties = mapItemProperties(item.options);
    if (!properties.isEmpty())
        json.insert(u"properties"_s, properties);
    return json;
}

QJsonObject mapDeliveryAddress(const ShopAddress &address)
{
    QJsonObject json;
    const auto put = [&json](const QString &key, const QString &value) {
        if (!isBlank(value))
            json.insert(key, value);
    };
    put(u"index"_s, address.index);
    put(u"region"_s, address.region);
    put(u"city"_s, address.city);
    put(u"metro"_s, address.metro);
    put(u"street"_s, address.street);
    put(u"building"_s, address.building);
    put(u"flat"_s, address.room);
    put(u"floor"_s, address.floor);
    put(u"block"_s, address.entrance);

    QStringList parts;
    for (const QString *part : { &address.country, &address.index, &address.region, &address.city, &address.metro,
                                 &address.street, &address.building, &address.room, &address.floor, &address.entrance })
        if (!isBlank(*part))
            parts.append(*part);
    if (!parts.isEmpty())
        json.insert(u"text"_s, parts.join(u", "_s));
    return json;
}

MappedEntity mapOrder(const ShopOrder &order, const MappingOptions &options)
{
    MappedEntity mapped;
    QJsonObject &json = mapped.json;
    QStringList &warnings = mapped.warnings;
    const ShopAddress *address = order.address ? &*order.address : nullptr;
    const ShopCustomer *customer = order.customer ? &*order.customer : nullptr;
    static const QString none;

    if (order.status == 0)
        mapped.skipReason = u"order in status 0 (not confirmed yet)"_s;
    else if (order.status == 999)
        mapped.skipReason = u"draft order (status 999)"_s;
    else if (isBlank(order.num))
        mapped.skipReason = u"order has no number"_s;

    json.insert(u"externalId"_s, orderExternalId(order.num));
    if (options.addCrmNumber)
        json.insert(u"number"_s, order.num);
    if (const QString createdAt = crmDateTime(order.createdOn, options.shopTimeZone); !createdAt.isEmpty())
        json.insert(u"createdAt"_s, createdAt);

    if (hasCode(order.statusCode))
        json.insert(u"status"_s, *order.statusCode);
    else if (!mapped.skipReason)
        warnings.append(unmappedWarning(u"status"_s, u"status"_s, order.statusName, order.status, order.num));

    if (order.userId > 0)
        json.insert(u"customer"_s, QJsonObject { { u"externalId"_s, QString::number(order.userId) } });
    else
        warnings.append(u"Order %1 has no shop user (user_id 0): it is sent without a customer, and the CRM "
                        u"matches or creates one from its contact data."_s.arg(order.num));

    // Names: the receiver typed at checkout, else the profile's full name.
    const QString &receiver = address ? address->receiver : none;
    splitFullName(!isBlank(receiver) ? receiver : (customer ? customer->fullname : none)).insertInto(json);

    const QString &phone = firstNonBlank({ address ? &address->phone : &none, customer ? &customer->phone : &none,
                                           customer ? &customer->mobilephone : &none });
    if (!phone.isEmpty())
        json.insert(u"phone"_s, phone.trimmed());
    const QString &email = firstNonBlank({ customer ? &customer->email : &none, address ? &address->email : &none });
    if (!email.isEmpty())
        json.insert(u"email"_s, email);

    if (address && !isBlank(address->comment))
        json.insert(u"customerComment"_s, address->comment);
    if (!isBlank(order.managerComment))
        json.insert(u"managerComment"_s, order.managerComment);

    QJsonArray items;
    QStringList itemWarnings;
    for (const ShopOrderItem &item : order.items)
        items.append(mapOrderItem(item, options, &itemWarnings));
    json.insert(u"items"_s, items);
    for (const QString &warning : std::as_const(itemWarnings))
        warnings.append(u"Order "_s + order.num + u": "_s + warning);

    if (const std::optional<Decimal> grams = weightInGrams(order.weight, options.weightUnit))
        json.insert(u"weight"_s, jsonNumber(*grams));

    QJsonObject delivery;
    if (hasCode(order.deliveryCode))
        delivery.insert(u"code"_s, *order.deliveryCode);
    else if (order.delivery > 0)
        warnings.append(
            unmappedWarning(u"delivery"_s, u"delivery type"_s, order.deliveryName, order.delivery, order.num));
    delivery.insert(u"cost"_s, jsonNumber(order.deliveryCost));
    if (address) {
        const QJsonObject deliveryAddress = mapDeliveryAddress(*address);
        if (!deliveryAddress.isEmpty())
            delivery.insert(u"address"_s, deliveryAddress);
    }
    json.insert(u"delivery"_s, delivery);

    if (hasCode(order.paymentCode))
        json.insert(u"payments"_s, QJsonArray { QJsonObject { { u"type"_s, *order.paymentCode } } });
    else if (order.payment > 0)
        warnings.append(unmappedWarning(u"payment"_s, u"payment type"_s, order.paymentName, order.payment, order.num));

    if (order.promoDiscount && !order.promoDiscount->isZero())
        json.insert(u"discountManualAmount"_s, jsonNumber(*order.promoDiscount));

    return mapped;
}

QStringList referencedCustomerIds(const QList<MappedEntity> &orders)
{
    QStringList ids;
    QSet<QString> seen;
    for (const MappedEntity &order : orders) {
        if (order.isSkipped())
            continue;
        const QString id = order.json.value(u"customer"_s).toObject().value(u"externalId"_s).toString();
        if (id.isEmpty() || seen.contains(id))
            continue;
        seen.insert(id);
        ids.append(id);
    }
    return ids;
}

} // namespace rd
