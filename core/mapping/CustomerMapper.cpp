#include "CustomerMapper.h"

#include "MappingRules.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

QJsonArray phoneArray(std::initializer_list<const QString *> numbers)
{
    QJsonArray phones;
    QStringList seen;
    for (const QString *raw : numbers) {
        const QString number = raw->trimmed();
        if (number.isEmpty() || seen.contains(number))
            continue;
        seen.append(number);
        phones.append(QJsonObject { { u"number"_s, number } });
    }
    return phones;
}

void insertPhones(QJsonObject &json, const QJsonArray &phones)
{
    if (!phones.isEmpty())
        json.insert(u"phones"_s, phones);
}

} // namespace

MappedEntity mapCustomer(const ShopCustomer &customer, const MappingOptions &options)
{
    MappedEntity mapped;
    QJsonObject &json = mapped.json;
    json.insert(u"externalId"_s, QString::number(customer.id));
    splitFullName(customer.fullname).insertInto(json);
    if (!isBlank(customer.email))
        json.insert(u"email"_s, customer.email);
    insertPhones(json, phoneArray({ &customer.phone, &customer.mobilephone }));

    // u.createdon is Unix time; createdOn is the same instant (used only if a reader left the number at 0).
    const QString createdAt = customer.createdOnUnix != 0
        ? crmDateTimeFromUnix(customer.createdOnUnix, options.shopTimeZone)
        : crmDateTime(customer.createdOn, options.shopTimeZone);
    if (!createdAt.isEmpty())
        json.insert(u"createdAt"_s, createdAt);

    if (customer.sudo)
        mapped.skipReason = u"super user (staff)"_s;
    return mapped;
}

MappedEntity mapOrderCustomer(const ShopOrder &order, const MappingOptions &options)
{
    if (order.userId <= 0) {
        MappedEntity mapped;
        mapped.skipReason = u"order has no shop user (user_id 0)"_s;
        return mapped;
    }
    if (order.customer && order.customer->id == order.userId) {
        MappedEntity mapped = mapCustomer(*order.customer, options);
        mapped.skipReason.reset();
        return mapped;
    }

    MappedEntity mapped;
    QJsonObject &json = mapped.json;
    json.insert(u"externalId"_s, QString::number(order.userId));
    if (order.address) {
        const ShopAddress &address = *order.address;
        splitFullName(address.receiver).insertInto(json);
        if (!isBlank(address.email))
            json.insert(u"email"_s, address.email);
        insertPhones(json, phoneArray({ &address.phone }));
    }
    mapped.warnings.append(
        u"Shop user %1 has no profile in the shop: the customer is created from order %2's "
        u"address. Check the user in the MODX manager."_s.arg(QString::number(order.userId), order.num));
    return mapped;
}

} // namespace rd
