#include "QuickEntry.h"

#include "SearchDecode.h"
#include "SearchService.h"
#include "crm/CrmClient.h"
#include "crm/CrmDecode.h"
#include "mapping/MappingRules.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace rd {

QuickEntry::QuickEntry(CrmClient &client)
    : m_client(client)
{ }

Result<QString> QuickEntry::checkEmail(const QString &email)
{
    static const QRegularExpression re(
        u"^[^\\s@]+@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)*\\.\\p{L}{2,}$"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    const QString e = email.trimmed();
    if (!re.match(e).hasMatch())
        return Error(ErrorCode::Usage, u"\"%1\" is not an e-mail address."_s.arg(e), u"Give it as name@example.com."_s);
    return e;
}

Result<QString> QuickEntry::checkPhone(const QString &phone)
{
    const QString p = phone.simplified();
    static const QRegularExpression re(u"^\\+?[0-9 ().-]+$"_s);
    const int digits = static_cast<int>(SearchService::phoneDigits(p).size());
    if (!re.match(p).hasMatch() || digits < 5 || digits > 15)
        return Error(ErrorCode::Usage, u"\"%1\" is not a phone number."_s.arg(p),
                     u"Give 5 to 15 digits, optionally with a leading +, spaces, brackets and dashes, "
                     "e.g. +7 915 123-45-67."_s);
    return p;
}

Result<QJsonObject> QuickEntry::customerJson(const ContactDraft &draft)
{
    const NameParts name = splitFullName(draft.name);
    if (name.isEmpty())
        return Error(ErrorCode::Usage, u"The contact has no name."_s, u"Give the person's full name."_s);
    QJsonObject customer;
    name.insertInto(customer);
    if (!draft.email.trimmed().isEmpty()) {
        const Result<QString> email = checkEmail(draft.email);
        if (!email)
            return email.error();
        customer.insert(u"email"_s, *email);
    }
    if (!draft.phone.trimmed().isEmpty()) {
        const Result<QString> phone = checkPhone(draft.phone);
        if (!phone)
            return phone.error();
        customer.insert(u"phones"_s, QJsonArray { QJsonObject { { u"number"_s, *phone } } });
    }
    return customer;
}

QJsonObject QuickEntry::orderJson(const CrmOfferSummary &offer, double quantity, const QJsonObject &contact,
                                  qint64 customerId)
{
    QJsonObject order { { u"status"_s, u"new"_s } };
    for (const QString &key : { u"lastName"_s, u"firstName"_s, u"patronymic"_s, u"email"_s }) {
        if (contact.contains(key))
            order.insert(key, contact.value(key));
    }
    const QJsonArray phones = contact.value(u"phones"_s).toArray();
    if (!phones.isEmpty())
        order.insert(u"phone"_s, phones.first().toObject().value(u"number"_s));
    if (customerId > 0)
        order.insert(u"customer"_s, QJsonObject { { u"id"_s, customerId } });
    QJsonObject item { { u"offer"_s, QJsonObject { { u"id"_s, offer.id } } }, { u"quantity"_s, quantity } };
    if (!offer.name.isEmpty())
        item.insert(u"productName"_s, offer.name);
    item.insert(u"initialPrice"_s, offer.price);
    order.insert(u"items"_s, QJsonArray { item });
    return order;
}

Result<qint64> QuickEntry::createContact(const ContactDraft &draft)
{
    const Result<QJsonObject> customer = customerJson(draft);
    if (!customer)
        return customer.error();
    const Result<qint64> id = CrmDecode::createdId(m_client.waitFor(m_client.customersCreate(*customer)));
    if (id && *id <= 0)
        return Error(ErrorCode::MalformedResponse, u"The CRM created the customer but did not say its id."_s);
    return id;
}

Result<CrmOfferSummary> QuickEntry::findOffer(const QString &ref, OfferRefKind by)
{
    const QString value = ref.trimmed();
    if (value.isEmpty())
        return Error(
            ErrorCode::Usage, u"No product was given for the order."_s,
            u"Give the product's offer externalId (the shop product id) or, with --by id, the CRM offer id."_s);
    if (by == OfferRefKind::Id) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id <= 0)
            return Error(ErrorCode::Usage, u"\"%1\" is not a CRM offer id (a positive number)."_s.arg(value));
    }
    CrmQuery q;
    q.filterList(by == OfferRefKind::Id ? u"ids"_s : u"externalIds"_s, { value });
    const Result<CrmPage> page = CrmDecode::page(m_client.waitFor(m_client.storeOffers(q, 20, 1)), u"offers"_s);
    if (!page)
        return page.error();
    for (const QJsonValue &v : page->items) {
        const CrmOfferSummary offer = SearchDecode::offer(v.toObject());
        const bool same = by == OfferRefKind::Id ? QString::number(offer.id) == value : offer.externalId == value;
        if (same && offer.id > 0)
            return offer;
    }
    return Error(
        ErrorCode::NotFound,
        u"The CRM catalog has no offer with %1 %2."_s.arg(by == OfferRefKind::Id ? u"id"_s : u"externalId"_s, value),
        u"Check the product with `search products`, or load the catalog into the CRM (ICML) first."_s);
}

qint64 QuickEntry::findCustomer(const QString &email, const QString &phone)
{
    if (!email.isEmpty()) {
        const Result<CrmPage> page = CrmDecode::page(
            m_client.waitFor(m_client.customersList(CrmQuery().filter(u"email"_s, email), 20, 1)), u"customers"_s);
        if (page) {
            for (const QJsonValue &v : page->items) {
                const CrmCustomerSummary c = SearchDecode::customer(v.toObject());
                if (c.id > 0 && c.email.compare(email, Qt::CaseInsensitive) == 0)
                    return c.id;
            }
        }
    }
    const QString digits = SearchService::phoneDigits(phone);
    if (digits.size() >= 5) {
        const Result<CrmPage> page = CrmDecode::page(
            m_client.waitFor(m_client.customersList(CrmQuery().filter(u"name"_s, digits), 20, 1)), u"customers"_s);
        if (page) {
            for (const QJsonValue &v : page->items) {
                const CrmCustomerSummary c = SearchDecode::customer(v.toObject());
                for (const QString &p : c.phones) {
                    if (c.id > 0 && SearchService::phoneDigits(p) == digits)
                        return c.id;
                }
            }
        }
    }
    return 0;
}

Result<QuickOrderResult> QuickEntry::createOrder(const QuickOrderDraft &draft)
{
    if (!(draft.quantity > 0) || draft.quantity > 1e6)
        return Error(ErrorCode::Usage, u"The quantity %1 is not valid."_s.arg(draft.quantity),
                     u"Give a number above 0."_s);
    const Result<QJsonObject> contact = customerJson(draft.contact);
    if (!contact)
        return contact.error();
    const Result<CrmOfferSummary> offer = findOffer(draft.product, draft.by);
    if (!offer)
        return offer.error();
    QuickOrderResult out;
    out.offer = *offer;
    QString phone;
    const QJsonArray phones = contact->value(u"phones"_s).toArray();
    if (!phones.isEmpty())
        phone = phones.first().toObject().value(u"number"_s).toString();
    out.customerId = findCustomer(contact->value(u"email"_s).toString(), phone);

    const Result<QJsonObject> reply
        = m_client.waitFor(m_client.ordersCreate(orderJson(*offer, draft.quantity, *contact, out.customerId)));
    const Result<qint64> id = CrmDecode::createdId(reply);
    if (!id)
        return id.error();
    if (*id <= 0)
        return Error(ErrorCode::MalformedResponse, u"The CRM created the order but did not say its id."_s);
    out.id = *id;
    out.order = CrmDecode::normaliseOrder(CrmDecode::asObject(reply->value(u"order"_s)));
    out.number = out.order.value(u"number"_s).toString();
    if (out.number.isEmpty()) {
        // Some answers carry only the id: ask for the order.
        const Result<QJsonObject> got = CrmDecode::entity(
            m_client.waitFor(m_client.ordersGet(QString::number(out.id), CrmClient::By::Id)), u"order"_s);
        if (got) {
            out.order = *got;
            out.number = got->value(u"number"_s).toString();
        }
    }
    return out;
}

} // namespace rd
