#include "SearchService.h"

#include "SearchDecode.h"
#include "crm/CrmClient.h"
#include "crm/CrmDecode.h"

#include <QMap>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

Error usage(const QString &message, const QString &hint = {})
{
    return Error(ErrorCode::Usage, message, hint);
}

// Waits for several calls that run at once (under the client's rate limit) and keeps them alive
// until each result was read.
QList<Result<QJsonObject>> waitForAll(CrmClient &client, const QList<CrmReply *> &replies)
{
    QList<Result<QJsonObject>> out;
    for (CrmReply *r : replies)
        out.append(client.waitFor(r));
    for (CrmReply *r : replies)
        r->deleteLater();
    return out;
}

} // namespace

SearchService::SearchService(CrmClient &client)
    : m_client(client)
{ }

QString SearchService::phoneDigits(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
    }
    return digits;
}

Status SearchService::checkPaging(int page, int limit)
{
    if (limit != 20 && limit != 50 && limit != 100)
        return usage(u"The page size %1 is not one the CRM accepts."_s.arg(limit), u"Use 20, 50 or 100."_s);
    if (page < 1)
        return usage(u"The page number %1 is not valid."_s.arg(page), u"Pages start at 1."_s);
    return {};
}

Result<CrmQuery> SearchService::ordersFilter(const OrderSearchQuery &query)
{
    CrmQuery q;
    const QString phone = query.phone.trimmed();
    const QString customer = query.customer.trimmed();
    if (!phone.isEmpty() && !customer.isEmpty())
        return usage(u"Orders cannot be searched by a phone and a customer text at once: the CRM has one "
                     "free-text customer filter for both."_s,
                     u"Give either the phone or the customer text."_s);
    if (!phone.isEmpty()) {
        const QString digits = phoneDigits(phone);
        if (digits.size() < 3)
            return usage(u"The phone \"%1\" has fewer than 3 digits to search for."_s.arg(phone),
                         u"Give at least 3 digits of the number."_s);
        q.filter(u"customer"_s, digits);
    }
    if (!customer.isEmpty())
        q.filter(u"customer"_s, customer);
    if (const QString number = query.number.trimmed(); !number.isEmpty())
        q.filterList(u"numbers"_s, { number });
    if (const QString email = query.email.trimmed(); !email.isEmpty())
        q.filter(u"email"_s, email);
    if (const QString status = query.status.trimmed(); !status.isEmpty())
        q.filterList(u"extendedStatus"_s, { status });
    return q;
}

Result<CrmQuery> SearchService::customersFilter(const CustomerSearchQuery &query)
{
    CrmQuery q;
    const QString phone = query.phone.trimmed();
    const QString name = query.name.trimmed();
    if (!phone.isEmpty() && !name.isEmpty())
        return usage(u"Customers cannot be searched by a name and a phone at once: the CRM matches both "
                     "with one filter."_s,
                     u"Give either the name or the phone."_s);
    if (!phone.isEmpty()) {
        const QString digits = phoneDigits(phone);
        if (digits.size() < 3)
            return usage(u"The phone \"%1\" has fewer than 3 digits to search for."_s.arg(phone),
                         u"Give at least 3 digits of the number."_s);
        q.filter(u"name"_s, digits);
    }
    if (!name.isEmpty())
        q.filter(u"name"_s, name);
    if (const QString email = query.email.trimmed(); !email.isEmpty())
        q.filter(u"email"_s, email);
    return q;
}

CrmQuery SearchService::productsFilter(const ProductSearchQuery &query)
{
    CrmQuery q;
    if (const QString name = query.name.trimmed(); !name.isEmpty())
        q.filter(u"name"_s, name);
    return q;
}

Result<SearchPage<CrmOrderSummary>> SearchService::orders(const OrderSearchQuery &query, int page, int limit)
{
    if (Status s = checkPaging(page, limit); !s)
        return s.error();
    const Result<CrmQuery> filter = ordersFilter(query);
    if (!filter)
        return filter.error();
    return SearchDecode::ordersPage(m_client.waitFor(m_client.ordersList(*filter, limit, page)));
}

Result<SearchPage<CrmCustomerSummary>> SearchService::customers(const CustomerSearchQuery &query, int page, int limit)
{
    if (Status s = checkPaging(page, limit); !s)
        return s.error();
    const Result<CrmQuery> filter = customersFilter(query);
    if (!filter)
        return filter.error();
    return SearchDecode::customersPage(m_client.waitFor(m_client.customersList(*filter, limit, page)));
}

Result<SearchPage<CrmProductSummary>> SearchService::products(const ProductSearchQuery &query, int page, int limit)
{
    if (Status s = checkPaging(page, limit); !s)
        return s.error();
    if (!query.article.trimmed().isEmpty())
        return productsByArticle(query, page, limit);
    return SearchDecode::productsPage(m_client.waitFor(m_client.storeProducts(productsFilter(query), limit, page)));
}

Result<SearchPage<CrmProductSummary>> SearchService::productsByArticle(const ProductSearchQuery &query, int page,
                                                                       int limit)
{
    const QString article = query.article.trimmed();
    // 1. The offers whose own article, or whose product's article, is the one asked for.
    QList<CrmReply *> lookups;
    for (const QString &key : { u"offerArticle"_s, u"productArticle"_s }) {
        CrmReply *r = m_client.storeInventories(CrmQuery().filter(key, article), 250, 1);
        r->setAutoDelete(false);
        lookups.append(r);
    }
    QStringList offerExternalIds;
    for (const Result<QJsonObject> &reply : waitForAll(m_client, lookups)) {
        const Result<CrmPage> offers = CrmDecode::page(reply, u"offers"_s);
        if (!offers)
            return offers.error();
        for (const QJsonValue &v : offers->items) {
            const QJsonValue ext = v.toObject().value(u"externalId"_s);
            const QString id = ext.isDouble() ? QString::number(ext.toInteger()) : ext.toString();
            if (!id.isEmpty() && !offerExternalIds.contains(id))
                offerExternalIds.append(id);
        }
    }
    if (offerExternalIds.size() > maxArticleOffers)
        offerExternalIds.resize(maxArticleOffers);

    // 2. Their products (name filter too, when given), one call per offer, all at once.
    QList<CrmReply *> productCalls;
    for (const QString &ext : std::as_const(offerExternalIds)) {
        CrmQuery q = productsFilter(query);
        q.filter(u"offerExternalId"_s, ext);
        CrmReply *r = m_client.storeProducts(q, 20, 1);
        r->setAutoDelete(false);
        productCalls.append(r);
    }
    QMap<qint64, CrmProductSummary> byId;
    for (const Result<QJsonObject> &reply : waitForAll(m_client, productCalls)) {
        const Result<SearchPage<CrmProductSummary>> found = SearchDecode::productsPage(reply);
        if (!found)
            return found.error();
        for (const CrmProductSummary &p : found->items)
            byId.insert(p.id, p);
    }

    // 3. Page locally.
    SearchPage<CrmProductSummary> out;
    const QList<CrmProductSummary> all = byId.values();
    out.pagination.limit = limit;
    out.pagination.currentPage = page;
    out.pagination.totalCount = static_cast<int>(all.size());
    out.pagination.totalPageCount = static_cast<int>((all.size() + limit - 1) / limit);
    const qsizetype from = static_cast<qsizetype>(page - 1) * limit;
    for (qsizetype i = from; i < all.size() && i < from + limit; ++i)
        out.items.append(all.at(i));
    return out;
}

} // namespace rd
