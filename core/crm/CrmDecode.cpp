#include "CrmDecode.h"

#include <QRegularExpression>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

Error missing(const QString &what)
{
    return Error(ErrorCode::MalformedResponse, u"RetailCRM's answer lacks %1, which the API promises."_s.arg(what),
                 u"Check crm/url in the profile: it must be your RetailCRM account address."_s);
}

// A double that converts to qint64 without undefined behaviour (found by fuzz/crm_history.cpp: "id": 1e300).
bool fitsInt64(double d)
{
    return d >= -9223372036854775808.0 && d < 9223372036854775808.0;
}

QString stringOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (fitsInt64(d) && d == static_cast<double>(static_cast<qint64>(d)))
            return QString::number(static_cast<qint64>(d));
        return QString::number(d);
    }
    return {};
}

qint64 idOf(const QJsonValue &value)
{
    if (value.isDouble())
        return fitsInt64(value.toDouble()) ? static_cast<qint64>(value.toDouble()) : 0;
    if (value.isString())
        return value.toString().toLongLong();
    return 0;
}

// The values of an object keyed by code/id, in numeric key order when every key is a number.
QJsonArray valuesInKeyOrder(const QJsonObject &map)
{
    QStringList keys = map.keys();
    bool allNumeric = !keys.isEmpty();
    for (const QString &k : keys) {
        bool ok = false;
        k.toLongLong(&ok);
        allNumeric = allNumeric && ok;
    }
    if (allNumeric)
        std::sort(keys.begin(), keys.end(),
                  [](const QString &a, const QString &b) { return a.toLongLong() < b.toLongLong(); });
    QJsonArray out;
    for (const QString &k : keys)
        out.append(map.value(k));
    return out;
}

QJsonArray normaliseList(const QJsonArray &list, QJsonObject (*normalise)(QJsonObject))
{
    QJsonArray out;
    for (const QJsonValue &v : list)
        out.append(v.isObject() ? QJsonValue(normalise(v.toObject())) : v);
    return out;
}

template<typename T, typename F>
Result<QList<T>> referenceList(const Result<QJsonObject> &reply, const QString &key, F decodeOne)
{
    if (!reply)
        return reply.error();
    if (!reply->contains(key))
        return missing(u"\"%1\""_s.arg(key));
    QList<T> out;
    for (const QJsonValue &v : CrmDecode::asArray(reply->value(key))) {
        if (v.isObject())
            out.append(decodeOne(v.toObject()));
    }
    return out;
}

} // namespace

QJsonObject CrmDecode::asObject(const QJsonValue &value)
{
    return value.isObject() ? value.toObject() : QJsonObject();
}

QJsonArray CrmDecode::asArray(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isObject())
        return valuesInKeyOrder(value.toObject());
    return {};
}

QStringList CrmDecode::asStringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : asArray(value)) {
        if (v.isObject()) {
            const QString code = v.toObject().value(u"code"_s).toString();
            if (!code.isEmpty())
                out.append(code);
        } else if (const QString s = stringOf(v); !s.isEmpty()) {
            out.append(s);
        }
    }
    return out;
}

QJsonObject CrmDecode::normaliseCustomer(QJsonObject customer)
{
    if (customer.contains(u"customFields"_s))
        customer.insert(u"customFields"_s, asObject(customer.value(u"customFields"_s)));
    for (const QString &key : { u"tags"_s, u"phones"_s }) {
        if (customer.contains(key))
            customer.insert(key, asArray(customer.value(key)));
    }
    if (customer.contains(u"address"_s))
        customer.insert(u"address"_s, asObject(customer.value(u"address"_s)));
    return customer;
}

QJsonObject CrmDecode::normaliseOrder(QJsonObject order)
{
    if (order.contains(u"payments"_s))
        order.insert(u"payments"_s, asArray(order.value(u"payments"_s)));
    if (order.contains(u"customFields"_s))
        order.insert(u"customFields"_s, asObject(order.value(u"customFields"_s)));
    if (order.contains(u"delivery"_s)) {
        QJsonObject delivery = asObject(order.value(u"delivery"_s));
        if (delivery.contains(u"address"_s))
            delivery.insert(u"address"_s, asObject(delivery.value(u"address"_s)));
        order.insert(u"delivery"_s, delivery);
    }
    if (order.contains(u"items"_s)) {
        QJsonArray items;
        for (const QJsonValue &v : asArray(order.value(u"items"_s))) {
            QJsonObject item = v.toObject();
            if (item.contains(u"properties"_s))
                item.insert(u"properties"_s, asArray(item.value(u"properties"_s)));
            items.append(item);
        }
        order.insert(u"items"_s, items);
    }
    for (const QString &key : { u"customer"_s, u"contact"_s }) {
        if (order.value(key).isObject())
            order.insert(key, normaliseCustomer(order.value(key).toObject()));
    }
    return order;
}

CrmPagination CrmDecode::pagination(const QJsonObject &envelope)
{
    const QJsonObject p = asObject(envelope.value(u"pagination"_s));
    CrmPagination out;
    out.limit = p.value(u"limit"_s).toInt();
    out.totalCount = p.value(u"totalCount"_s).toInt();
    out.currentPage = p.value(u"currentPage"_s).toInt();
    out.totalPageCount = p.value(u"totalPageCount"_s).toInt();
    return out;
}

Result<QStringList> CrmDecode::apiVersions(const Result<QJsonObject> &reply)
{
    if (!reply)
        return reply.error();
    if (!reply->value(u"versions"_s).isArray())
        return missing(u"the list of API versions"_s);
    return asStringList(reply->value(u"versions"_s));
}

Result<CrmCredentials> CrmDecode::credentials(const Result<QJsonObject> &reply)
{
    if (!reply)
        return reply.error();
    if (!reply->contains(u"scopes"_s) && !reply->contains(u"credentials"_s))
        return missing(u"the key's scopes"_s);
    CrmCredentials out;
    out.scopes = asStringList(reply->value(u"scopes"_s));
    out.siteAccess = reply->value(u"siteAccess"_s).toString();
    out.sitesAvailable = asStringList(reply->value(u"sitesAvailable"_s));
    out.credentials = asStringList(reply->value(u"credentials"_s));
    return out;
}

Result<QList<CrmSite>> CrmDecode::sites(const Result<QJsonObject> &reply)
{
    return referenceList<CrmSite>(reply, u"sites"_s, [](const QJsonObject &o) {
        CrmSite s;
        s.code = o.value(u"code"_s).toString();
        s.name = o.value(u"name"_s).toString();
        s.url = QUrl(o.value(u"url"_s).toString());
        s.ymlUrl = QUrl(o.value(u"ymlUrl"_s).toString());
        s.loadFromYml = o.value(u"loadFromYml"_s).toBool();
        s.currency = o.value(u"currency"_s).toString();
        s.countryIso = o.value(u"countryIso"_s).toString();
        s.raw = o;
        return s;
    });
}

Result<QList<CrmDeliveryType>> CrmDecode::deliveryTypes(const Result<QJsonObject> &reply)
{
    return referenceList<CrmDeliveryType>(reply, u"deliveryTypes"_s, [](const QJsonObject &o) {
        CrmDeliveryType d;
        d.code = o.value(u"code"_s).toString();
        d.name = o.value(u"name"_s).toString();
        d.active = o.value(u"active"_s).toBool(true);
        d.defaultCost = o.value(u"defaultCost"_s).toDouble();
        d.paymentTypes = asStringList(o.value(u"deliveryPaymentTypes"_s));
        for (const QString &code : asStringList(o.value(u"paymentTypes"_s))) {
            if (!d.paymentTypes.contains(code))
                d.paymentTypes.append(code);
        }
        d.sites = asStringList(o.value(u"sites"_s));
        d.raw = o;
        return d;
    });
}

Result<QList<CrmPaymentType>> CrmDecode::paymentTypes(const Result<QJsonObject> &reply)
{
    return referenceList<CrmPaymentType>(reply, u"paymentTypes"_s, [](const QJsonObject &o) {
        CrmPaymentType p;
        p.code = o.value(u"code"_s).toString();
        p.name = o.value(u"name"_s).toString();
        p.active = o.value(u"active"_s).toBool(true);
        p.deliveryTypes = asStringList(o.value(u"deliveryTypes"_s));
        p.paymentStatuses = asStringList(o.value(u"paymentStatuses"_s));
        p.sites = asStringList(o.value(u"sites"_s));
        p.raw = o;
        return p;
    });
}

Result<QList<CrmStatus>> CrmDecode::statuses(const Result<QJsonObject> &reply)
{
    Result<QList<CrmStatus>> list = referenceList<CrmStatus>(reply, u"statuses"_s, [](const QJsonObject &o) {
        CrmStatus s;
        s.code = o.value(u"code"_s).toString();
        s.name = o.value(u"name"_s).toString();
        s.active = o.value(u"active"_s).toBool(true);
        s.ordering = o.value(u"ordering"_s).toInt();
        s.group = o.value(u"group"_s).toString();
        s.raw = o;
        return s;
    });
    if (list) {
        std::stable_sort(list->begin(), list->end(), [](const CrmStatus &a, const CrmStatus &b) {
            return a.ordering != b.ordering ? a.ordering < b.ordering : a.code < b.code;
        });
    }
    return list;
}

Result<QJsonObject> CrmDecode::entity(const Result<QJsonObject> &reply, const QString &key)
{
    if (!reply)
        return reply.error();
    const QJsonValue v = reply->value(key);
    if (!v.isObject())
        return missing(u"\"%1\""_s.arg(key));
    if (key == u"order"_s)
        return normaliseOrder(v.toObject());
    if (key == u"customer"_s)
        return normaliseCustomer(v.toObject());
    return v.toObject();
}

Result<CrmPage> CrmDecode::page(const Result<QJsonObject> &reply, const QString &key)
{
    if (!reply)
        return reply.error();
    if (!reply->contains(key))
        return missing(u"\"%1\""_s.arg(key));
    CrmPage out;
    const QJsonArray items = asArray(reply->value(key));
    if (key == u"orders"_s)
        out.items = normaliseList(items, &CrmDecode::normaliseOrder);
    else if (key == u"customers"_s)
        out.items = normaliseList(items, &CrmDecode::normaliseCustomer);
    else
        out.items = items;
    out.pagination = pagination(*reply);
    return out;
}

Result<CrmHistoryPage> CrmDecode::history(const Result<QJsonObject> &reply)
{
    if (!reply)
        return reply.error();
    if (!reply->contains(u"history"_s))
        return missing(u"\"history\""_s);
    CrmHistoryPage out;
    for (const QJsonValue &v : asArray(reply->value(u"history"_s))) {
        QJsonObject entry = v.toObject();
        if (entry.value(u"order"_s).isObject())
            entry.insert(u"order"_s, normaliseOrder(entry.value(u"order"_s).toObject()));
        if (entry.value(u"customer"_s).isObject())
            entry.insert(u"customer"_s, normaliseCustomer(entry.value(u"customer"_s).toObject()));
        if (entry.contains(u"payment"_s))
            entry.insert(u"payment"_s, asObject(entry.value(u"payment"_s)));
        out.lastId = qMax(out.lastId, idOf(entry.value(u"id"_s)));
        out.entries.append(entry);
    }
    out.generatedAt = reply->value(u"generatedAt"_s).toString();
    out.pagination = pagination(*reply);
    return out;
}

Result<QList<CrmOrderStatus>> CrmDecode::orderStatuses(const Result<QJsonObject> &reply)
{
    if (!reply)
        return reply.error();
    if (!reply->contains(u"orders"_s))
        return missing(u"\"orders\""_s);
    QList<CrmOrderStatus> out;
    for (const QJsonValue &v : asArray(reply->value(u"orders"_s))) {
        const QJsonObject o = v.toObject();
        out.append({ idOf(o.value(u"id"_s)), stringOf(o.value(u"externalId"_s)), o.value(u"status"_s).toString(),
                     o.value(u"group"_s).toString() });
    }
    return out;
}

Result<CrmUploadResult> CrmDecode::upload(const Result<QJsonObject> &reply, const QJsonArray &batch)
{
    if (!reply)
        return reply.error();
    const QJsonObject &body = *reply;
    QString uploadedKey;
    QString failedKey;
    for (const QString &entity : { u"Orders"_s, u"Customers"_s, u"Corporate"_s }) {
        if (body.contains(u"uploaded"_s + entity) || body.contains(u"failed"_s + entity)) {
            uploadedKey = u"uploaded"_s + entity;
            failedKey = u"failed"_s + entity;
            break;
        }
    }
    const bool success = body.value(u"success"_s).toBool(true);
    if (uploadedKey.isEmpty() && success)
        return missing(u"the list of uploaded items"_s);

    CrmUploadResult out;
    out.errorMsg = body.value(u"errorMsg"_s).toString();
    for (const QJsonValue &v : asArray(body.value(uploadedKey))) {
        const QJsonObject o = v.toObject();
        out.uploaded.append({ idOf(o.value(u"id"_s)), stringOf(o.value(u"externalId"_s)) });
    }
    for (const QJsonValue &v : asArray(body.value(failedKey))) {
        const QJsonObject o = v.toObject();
        CrmFailedItem item;
        item.externalId = v.isObject() ? stringOf(o.value(u"externalId"_s)) : stringOf(v);
        for (const QString &key : { u"errors"_s, u"errorMsg"_s, u"error"_s }) {
            QStringList parts;
            const QJsonValue e = o.value(key);
            if (e.isString())
                parts.append(e.toString());
            else if (e.isArray())
                parts = asStringList(e);
            else if (e.isObject()) {
                const QJsonObject m = e.toObject();
                for (auto it = m.begin(); it != m.end(); ++it)
                    parts.append(it.key() + u": "_s + stringOf(it.value()));
            }
            if (!parts.isEmpty()) {
                item.reason = parts.join(u"; "_s);
                break;
            }
        }
        out.failed.append(item);
    }
    out.partial = !success || !out.failed.isEmpty();
    for (const QString &key : { u"orders"_s, u"customers"_s }) {
        if (body.value(key).isArray() || body.value(key).isObject())
            out.entities = asArray(body.value(key));
    }

    // Tie the batch-level `errors` to items: by externalId, by position in the batch, or by position
    // in the failed list; what cannot be tied stays in `messages` only.
    auto failedIndexOf = [&](const QString &externalId) {
        for (qsizetype i = 0; i < out.failed.size(); ++i) {
            if (out.failed.at(i).externalId == externalId)
                return i;
        }
        return qsizetype(-1);
    };
    auto attach = [&](qsizetype index, const QString &reason) {
        CrmFailedItem &item = out.failed[index];
        item.reason = item.reason.isEmpty() ? reason : item.reason + u"; "_s + reason;
    };
    static const QRegularExpression indexKey(u"^(?:[A-Za-z]+)?\\[?(\\d+)\\]?(?:[.\\[]|$)"_s);
    QStringList unattached;
    const QJsonValue errors = body.value(u"errors"_s);
    if (errors.isObject()) {
        const QJsonObject map = errors.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString reason
                = stringOf(it.value()).isEmpty() ? asStringList(it.value()).join(u"; "_s) : stringOf(it.value());
            out.messages.append(it.key() + u": "_s + reason);
            qsizetype index = failedIndexOf(it.key());
            if (index < 0) {
                const QRegularExpressionMatch m = indexKey.match(it.key());
                if (m.hasMatch()) {
                    const qsizetype n = m.captured(1).toLongLong();
                    if (n < batch.size())
                        index = failedIndexOf(stringOf(batch.at(n).toObject().value(u"externalId"_s)));
                    else if (batch.isEmpty() && n < out.failed.size())
                        index = n;
                }
            }
            if (index >= 0)
                attach(index, reason);
            else
                unattached.append(it.key() + u": "_s + reason);
        }
    } else if (errors.isArray()) {
        const QStringList list = asStringList(errors);
        out.messages = list;
        if (list.size() == out.failed.size()) {
            for (qsizetype i = 0; i < list.size(); ++i)
                attach(i, list.at(i));
        } else {
            unattached = list;
        }
    } else if (errors.isString()) {
        out.messages.append(errors.toString());
        unattached.append(errors.toString());
    }
    // Items the CRM gave no own reason for get the batch-level words, so nothing fails silently.
    QString general = out.errorMsg;
    if (!unattached.isEmpty())
        general = (general.isEmpty() ? QString() : general + u": "_s) + unattached.join(u"; "_s);
    for (CrmFailedItem &item : out.failed) {
        if (item.reason.isEmpty())
            item.reason = general;
    }
    return out;
}

Result<CrmStoreUploadResult> CrmDecode::storeUpload(const Result<QJsonObject> &reply)
{
    if (!reply)
        return reply.error();
    if (!reply->contains(u"processedOffersCount"_s))
        return missing(u"\"processedOffersCount\""_s);
    CrmStoreUploadResult out;
    out.processedOffersCount = reply->value(u"processedOffersCount"_s).toInt();
    out.notFoundOffers = asArray(reply->value(u"notFoundOffers"_s));
    return out;
}

Result<qint64> CrmDecode::createdId(const Result<QJsonObject> &reply)
{
    if (!reply)
        return reply.error();
    return idOf(reply->value(u"id"_s));
}

} // namespace rd
