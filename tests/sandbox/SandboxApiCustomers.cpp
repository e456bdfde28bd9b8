// SandboxApi: customers (list, get, create, edit, upload, fix-external-ids, history).

#include "SandboxApi.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace rd::sandbox {

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

const QStringList kCustomerStrings { u"firstName"_s, u"lastName"_s,           u"patronymic"_s, u"sex"_s,
                                     u"source"_s,    u"discountCardNumber"_s, u"browserId"_s };

} // namespace

FieldErrors SandboxApi::validateCustomer(const QJsonObject &c, bool creating) const
{
    FieldErrors errors;
    if (c.contains(u"externalId"_s)) {
        const QJsonValue v = c.value(u"externalId"_s);
        if (!v.isString())
            errors.append({ u"externalId"_s, u"This value should be of type string."_s });
        else if (v.toString().trimmed().isEmpty())
            errors.append({ u"externalId"_s, u"This value should not be blank."_s });
        else if (creating && m_store->findJson(u"customers"_s, u"external_id"_s, v.toString()))
            errors.append({ QString(), u"Customer with externalId=%1 already exists."_s.arg(v.toString()) });
    }
    for (const QString &k : kCustomerStrings)
        checkString(c, k, QString(), &errors);
    checkEmail(c, u"email"_s, QString(), &errors);
    checkDate(c, u"birthday"_s, QString(), &errors);
    checkDateTime(c, u"createdAt"_s, QString(), &errors);
    checkObject(c, u"address"_s, QString(), &errors);
    checkObject(c, u"customFields"_s, QString(), &errors);
    checkObject(c, u"contragent"_s, QString(), &errors);
    checkBool(c, u"vip"_s, QString(), &errors);
    checkBool(c, u"bad"_s, QString(), &errors);
    checkBool(c, u"subscribed"_s, QString(), &errors);
    checkNumber(c, u"personalDiscount"_s, QString(), &errors);
    checkNumber(c, u"managerId"_s, QString(), &errors);
    if (c.contains(u"sex"_s) && c.value(u"sex"_s).isString()) {
        const QString sex = c.value(u"sex"_s).toString();
        if (sex != u"male" && sex != u"female")
            errors.append({ u"sex"_s, u"The value you selected is not a valid choice."_s });
    }
    if (c.contains(u"phones"_s)) {
        const QJsonValue phones = c.value(u"phones"_s);
        if (!phones.isArray()) {
            errors.append({ u"phones"_s, u"This value should be of type array."_s });
        } else {
            const QJsonArray list = phones.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString prefix = u"phones[%1]."_s.arg(i);
                if (!list.at(i).isObject()) {
                    errors.append({ u"phones[%1]"_s.arg(i), u"This value should be of type object."_s });
                    continue;
                }
                const QJsonObject phone = list.at(i).toObject();
                if (!phone.value(u"number"_s).isString())
                    errors.append({ prefix + u"number"_s, u"This value should be of type string."_s });
            }
        }
    }
    if (c.contains(u"address"_s) && c.value(u"address"_s).isObject()) {
        const QJsonObject a = c.value(u"address"_s).toObject();
        for (const QString &k :
             { u"text"_s, u"index"_s, u"countryIso"_s, u"region"_s, u"city"_s, u"street"_s, u"building"_s, u"house"_s,
               u"flat"_s, u"floor"_s, u"block"_s, u"metro"_s, u"notes"_s })
            checkString(a, k, u"address."_s, &errors);
    }
    return errors;
}

QVariantMap SandboxApi::customerColumns(const QJsonObject &stored) const
{
    QStringList names;
    for (const QString &k : { u"lastName"_s, u"firstName"_s, u"patronymic"_s }) {
        const QString v = stored.value(k).toString().trimmed();
        if (!v.isEmpty())
            names.append(v);
    }
    QStringList phones;
    QStringList phoneDigits;
    for (const QJsonValue &p : stored.value(u"phones"_s).toArray()) {
        const QString number = p.toObject().value(u"number"_s).toString();
        phones.append(number);
        if (!digitsOf(number).isEmpty())
            phoneDigits.append(digitsOf(number));
    }
    const QString externalId = stored.value(u"externalId"_s).toString();
    return {
        { u"external_id"_s, externalId.isEmpty() ? QVariant() : QVariant(externalId) },
        { u"site"_s, stored.value(u"site"_s).toString() },
        { u"email"_s, stored.value(u"email"_s).toString().toLower() },
        { u"search"_s, QString(names.join(u' ') + u" | "_s + phones.join(u' ')).toLower() },
        { u"phones"_s, phoneDigits.join(u' ') },
        { u"created_at"_s, stored.value(u"createdAt"_s).toString() },
        { u"json"_s, compact(stored) },
    };
}

QJsonObject SandboxApi::customerView(const QJsonObject &stored) const
{
    QJsonObject v { { u"type"_s, u"customer"_s },
                    { u"isContact"_s, false },
                    { u"vip"_s, false },
                    { u"bad"_s, false },
                    { u"contragent"_s, QJsonObject { { u"contragentType"_s, u"individual"_s } } },
                    { u"tags"_s, QJsonArray {} },
                    { u"personalDiscount"_s, 0 },
                    { u"cumulativeDiscount"_s, 0 },
                    { u"marginSumm"_s, 0 },
                    { u"totalSumm"_s, 0 },
                    { u"averageSumm"_s, 0 },
                    { u"ordersCount"_s, 0 },
                    { u"phones"_s, QJsonArray {} } };
    for (auto it = stored.begin(); it != stored.end(); ++it)
        v.insert(it.key(), it.value());
    if (isEmptyMap(v.value(u"customFields"_s)))
        v.insert(u"customFields"_s, QJsonArray {});
    return v;
}

std::optional<QJsonObject> SandboxApi::findCustomer(const QString &by, const QString &key) const
{
    if (by == u"id") {
        bool ok = false;
        const qint64 id = key.toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        return m_store->findJson(u"customers"_s, u"id"_s, id);
    }
    return m_store->findJson(u"customers"_s, u"external_id"_s, key);
}

Result<qint64> SandboxApi::createCustomer(QJsonObject customer, const QString &site, const Actor &actor)
{
    customer.remove(u"id"_s);
    customer.insert(u"site"_s, site);
    if (!customer.contains(u"createdAt"_s) || customer.value(u"createdAt"_s).isNull())
        customer.insert(u"createdAt"_s, now());
    Result<qint64> id = m_store->insert(u"customers"_s, customerColumns(customer));
    if (!id)
        return id;
    QJsonObject stored { { u"id"_s, *id } };
    for (auto it = customer.begin(); it != customer.end(); ++it)
        stored.insert(it.key(), it.value());
    if (Status s = m_store->update(u"customers"_s, *id, customerColumns(stored)); !s)
        return s.error();
    QJsonObject entry { { u"created"_s, true },
                        { u"field"_s, u"id"_s },
                        { u"oldValue"_s, QJsonValue::Null },
                        { u"newValue"_s, *id },
                        { u"customer"_s, customerView(stored) } };
    if (Status s = appendHistory(u"customer"_s, stored, actor, entry); !s)
        return s.error();
    return *id;
}

SandboxHttpResponse SandboxApi::customersList(const Call &call)
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
    if (!p.list(u"filter[sites]"_s).isEmpty())
        f.addIn(u"site"_s, p.list(u"filter[sites]"_s));
    if (const QString email = p.value(u"filter[email]"_s).trimmed().toLower(); !email.isEmpty())
        f.add(u"instr(email, ?) > 0"_s, { email });
    if (const QString name = p.value(u"filter[name]"_s).trimmed().toLower(); !name.isEmpty()) {
        const QString digits = digitsOf(name);
        if (digits.size() >= 3)
            f.add(u"(instr(search, ?) > 0 OR instr(phones, ?) > 0)"_s, { name, digits });
        else
            f.add(u"instr(search, ?) > 0"_s, { name });
    }
    if (const QString from = p.value(u"filter[dateFrom]"_s); !from.isEmpty())
        f.add(u"created_at >= ?"_s, { from.size() == 10 ? from + u" 00:00:00"_s : from });
    if (const QString to = p.value(u"filter[dateTo]"_s); !to.isEmpty())
        f.add(u"created_at <= ?"_s, { to.size() == 10 ? to + u" 23:59:59"_s : to });
    qint64 total = 0;
    const QList<QJsonObject> rows = m_store->selectJson(u"customers"_s, f, limit, (page - 1) * limit, &total);
    QJsonArray customers;
    for (const QJsonObject &c : rows)
        customers.append(customerView(c));
    return SandboxHttpResponse::json(200,
                                     { { u"success"_s, true },
                                       { u"pagination"_s, paginationObject(limit, page, total) },
                                       { u"customers"_s, customers } });
}

SandboxHttpResponse SandboxApi::customersGet(const Call &call)
{
    const QString by = call.params.value(u"by"_s, u"externalId"_s);
    if (by != u"externalId" && by != u"id")
        return SandboxHttpResponse::error(400, u"Errors in the input parameters"_s,
                                          { { u"by"_s, u"The value you selected is not a valid choice."_s } });
    const std::optional<QJsonObject> c = findCustomer(by, call.args.value(0));
    if (!c)
        return SandboxHttpResponse::error(404, u"Not found"_s);
    return SandboxHttpResponse::json(200, { { u"success"_s, true }, { u"customer"_s, customerView(*c) } });
}

SandboxHttpResponse SandboxApi::customersCreate(const Call &call)
{
    QJsonValue value;
    if (auto bad = entityParam(call, u"customer"_s, &value))
        return *bad;
    if (!value.isObject())
        return SandboxHttpResponse::error(400, u"Errors in the entity format"_s,
                                          { { u"customer"_s, u"This value should be of type object."_s } });
    const FieldErrors errors = validateCustomer(value.toObject(), true);
    if (!errors.isEmpty())
        return SandboxHttpResponse::error(400, u"Errors in the entity format"_s, errorsObject(errors));
    Actor actor;
    actor.keyHash = call.keyHash;
    const Result<qint64> id = createCustomer(value.toObject(), call.site, actor);
    if (!id)
        return SandboxHttpResponse::error(500, id.error().message);
    return SandboxHttpResponse::json(201, { { u"success"_s, true }, { u"id"_s, *id } });
}

SandboxHttpResponse SandboxApi::customersEdit(const Call &call)
{
    const QString by = call.params.value(u"by"_s, u"externalId"_s);
    if (by != u"externalId" && by != u"id")
        return SandboxHttpResponse::error(400, u"Errors in the input parameters"_s,
                                          { { u"by"_s, u"The value you selected is not a valid choice."_s } });
    QJsonValue value;
    if (auto bad = entityParam(call, u"customer"_s, &value))
        return *bad;
    if (!value.isObject())
        return SandboxHttpResponse::error(400, u"Errors in the entity format"_s,
                                          { { u"customer"_s, u"This value should be of type object."_s } });
    const std::optional<QJsonObject> found = findCustomer(by, call.args.value(0));
    if (!found)
        return SandboxHttpResponse::error(404, u"Not found"_s);
    QJsonObject patch = value.toObject();
    patch.remove(u"id"_s);
    FieldErrors errors = validateCustomer(patch, false);
    const QString newExternal = patch.value(u"externalId"_s).toString();
    if (!newExternal.isEmpty() && newExternal != found->value(u"externalId"_s).toString()
        && m_store->findJson(u"customers"_s, u"external_id"_s, newExternal))
        errors.append({ u"externalId"_s, u"Customer with externalId=%1 already exists."_s.arg(newExternal) });
    if (!errors.isEmpty())
        return SandboxHttpResponse::error(400, u"Errors in the entity format"_s, errorsObject(errors));

    QJsonObject stored = *found;
    QList<std::pair<QString, std::pair<QJsonValue, QJsonValue>>> changes;
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        QJsonValue next = it.value();
        if (it.key() == u"address" && stored.value(it.key()).isObject() && next.isObject()) {
            QJsonObject merged = stored.value(it.key()).toObject();
            const QJsonObject n = next.toObject();
            for (auto a = n.begin(); a != n.end(); ++a)
                merged.insert(a.key(), a.value());
            next = merged;
        }
        if (stored.value(it.key()) != next)
            changes.append({ it.key(), { stored.value(it.key()), next } });
        stored.insert(it.key(), next);
    }
    const qint64 id = stored.value(u"id"_s).toInteger();
    if (Status s = m_store->update(u"customers"_s, id, customerColumns(stored)); !s)
        return SandboxHttpResponse::error(500, s.error().message);
    Actor actor;
    actor.keyHash = call.keyHash;
    for (const auto &[field, values] : changes) {
        QJsonObject entry { { u"field"_s, snakeCase(field) },
                            { u"oldValue"_s, values.first.isUndefined() ? QJsonValue(QJsonValue::Null) : values.first },
                            { u"newValue"_s, values.second },
                            { u"customer"_s,
                              QJsonObject { { u"id"_s, id },
                                            { u"externalId"_s, stored.value(u"externalId"_s) },
                                            { u"site"_s, stored.value(u"site"_s) } } } };
        if (Status s = appendHistory(u"customer"_s, stored, actor, entry); !s)
            return SandboxHttpResponse::error(500, s.error().message);
    }
    return SandboxHttpResponse::json(200, { { u"success"_s, true }, { u"id"_s, id } });
}

SandboxHttpResponse SandboxApi::customersUpload(const Call &call)
{
    QJsonValue value;
    if (auto bad = entityParam(call, u"customers"_s, &value))
        return *bad;
    if (!value.isArray())
        return SandboxHttpResponse::error(400, u"Errors in the entity format"_s,
                                          { { u"customers"_s, u"This value should be of type array."_s } });
    const QJsonArray list = value.toArray();
    if (list.isEmpty() || list.size() > 50)
        return SandboxHttpResponse::error(
            400, u"Errors in the input parameters"_s,
            { { u"customers"_s,
                list.isEmpty() ? u"This collection should contain 1 element or more."_s
                               : u"This collection should contain 50 elements or less."_s } });
    Actor actor;
    actor.keyHash = call.keyHash;
    QJsonArray uploaded;
    QJsonArray failed;
    QJsonObject errors;
    m_store->transaction();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject c = list.at(i).toObject();
        FieldErrors itemErrors = list.at(i).isObject()
            ? validateCustomer(c, true)
            : FieldErrors { { QString(), u"This value should be of type object."_s } };
        if (itemErrors.isEmpty()) {
            const Result<qint64> id = createCustomer(c, call.site, actor);
            if (id) {
                QJsonObject u { { u"id"_s, *id } };
                if (c.contains(u"externalId"_s))
                    u.insert(u"externalId"_s, c.value(u"externalId"_s));
                uploaded.append(u);
                continue;
            }
            itemErrors.append({ QString(), id.error().message });
        }
        QJsonObject f;
        if (c.value(u"externalId"_s).isString())
            f.insert(u"externalId"_s, c.value(u"externalId"_s));
        failed.append(f);
        errors.insert(QString::number(i), errorsText(itemErrors));
    }
    m_store->commit();
    if (failed.isEmpty())
        return SandboxHttpResponse::json(
            200,
            { { u"success"_s, true }, { u"uploadedCustomers"_s, uploaded }, { u"failedCustomers"_s, QJsonArray {} } });
    return SandboxHttpResponse::json(460,
                                     { { u"success"_s, false },
                                       { u"errorMsg"_s, u"Customers are loaded with errors"_s },
                                       { u"errors"_s, errors },
                                       { u"uploadedCustomers"_s, uploaded },
                                       { u"failedCustomers"_s, failed } });
}

SandboxHttpResponse SandboxApi::customersFixExternalIds(const Call &call)
{
    QJsonValue value;
    if (auto bad = entityParam(call, u"customers"_s, &value))
        return *bad;
    if (!value.isArray())
        return SandboxHttpResponse::error(400, u"Errors in the entity format"_s,
                                          { { u"customers"_s, u"This value should be of type array."_s } });
    QJsonObject errors;
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject item = list.at(i).toObject();
        const std::optional<QJsonObject> c
            = m_store->findJson(u"customers"_s, u"id"_s, item.value(u"id"_s).toInteger());
        const QString ext = item.value(u"externalId"_s).toString();
        if (!c || ext.isEmpty()) {
            errors.insert(QString::number(i), u"Customer with id=%1 not found."_s.arg(item.value(u"id"_s).toInteger()));
            continue;
        }
        if (const auto other = m_store->findJson(u"customers"_s, u"external_id"_s, ext);
            other && other->value(u"id"_s) != c->value(u"id"_s)) {
            errors.insert(QString::number(i), u"Customer with externalId=%1 already exists."_s.arg(ext));
            continue;
        }
        QJsonObject stored = *c;
        stored.insert(u"externalId"_s, ext);
        if (Status s = m_store->update(u"customers"_s, stored.value(u"id"_s).toInteger(), customerColumns(stored)); !s)
            return SandboxHttpResponse::error(500, s.error().message);
    }
    if (!errors.isEmpty())
        return SandboxHttpResponse::error(400, u"Errors in the entity format"_s, errors);
    return SandboxHttpResponse::json(200, { { u"success"_s, true } });
}

SandboxHttpResponse SandboxApi::customersHistory(const Call &call)
{
    return history(call, u"customer"_s);
}

} // namespace rd::sandbox
