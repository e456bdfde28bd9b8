#include "CatalogSkipLog.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace rd {

void CatalogSkipLog::add(CatalogSkipReason reason, const QString &example)
{
    for (Entry &e : m_entries) {
        if (e.reason == reason) {
            ++e.count;
            if (e.examples.size() < MaxExamples)
                e.examples.append(example);
            return;
        }
    }
    m_entries.append({ reason, 1, { example } });
}

void CatalogSkipLog::merge(const CatalogSkipLog &other)
{
    for (const Entry &o : other.m_entries) {
        bool found = false;
        for (Entry &e : m_entries) {
            if (e.reason == o.reason) {
                e.count += o.count;
                for (const QString &x : o.examples)
                    if (e.examples.size() < MaxExamples)
                        e.examples.append(x);
                found = true;
                break;
            }
        }
        if (!found)
            m_entries.append(o);
    }
}

qint64 CatalogSkipLog::total() const
{
    qint64 n = 0;
    for (const Entry &e : m_entries)
        n += e.count;
    return n;
}

qint64 CatalogSkipLog::count(CatalogSkipReason reason) const
{
    for (const Entry &e : m_entries)
        if (e.reason == reason)
            return e.count;
    return 0;
}

QString CatalogSkipLog::code(CatalogSkipReason reason)
{
    switch (reason) {
    case CatalogSkipReason::NoProductData:
        return u"no-product-data"_s;
    case CatalogSkipReason::NoPublishedCategory:
        return u"no-published-category"_s;
    case CatalogSkipReason::InactiveModification:
        return u"inactive-modification"_s;
    case CatalogSkipReason::BadModificationPrice:
        return u"bad-modification-price"_s;
    case CatalogSkipReason::NegativeModificationPrice:
        return u"negative-modification-price"_s;
    }
    return u"unknown"_s;
}

QString CatalogSkipLog::description(CatalogSkipReason reason)
{
    switch (reason) {
    case CatalogSkipReason::NoProductData:
        return u"products without their ms2_products row (no price, article or weight): open and save them in "
               u"the MODX manager to create it"_s;
    case CatalogSkipReason::NoPublishedCategory:
        return u"products whose categories are all unpublished, deleted or not miniShop2 categories: the CRM "
               u"needs a category, so publish one or add the product to a published category"_s;
    case CatalogSkipReason::InactiveModification:
        return u"msOptionsPrice2 modifications switched off (active = 0)"_s;
    case CatalogSkipReason::BadModificationPrice:
        return u"msOptionsPrice2 modifications whose price is neither a number nor a relative price "
               u"(+N, -N, N%): correct the price in the product's modifications"_s;
    case CatalogSkipReason::NegativeModificationPrice:
        return u"msOptionsPrice2 modifications whose relative price takes the product's price below zero"_s;
    }
    return {};
}

QJsonArray CatalogSkipLog::toJson() const
{
    QJsonArray out;
    for (const Entry &e : m_entries) {
        QJsonArray examples;
        for (const QString &x : e.examples)
            examples.append(x);
        out.append(QJsonObject { { u"code"_s, code(e.reason) },
                                 { u"reason"_s, description(e.reason) },
                                 { u"count"_s, e.count },
                                 { u"examples"_s, examples } });
    }
    return out;
}

} // namespace rd
