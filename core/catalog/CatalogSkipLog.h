#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

namespace rd {

// Why a shop row did not become an offer. Every product and modification read is either written
// (or sent) or counted here with its reason, so the counts add up.
enum class CatalogSkipReason {
    NoProductData, // site_content row without its ms2_products row: no price, article or weight
    NoPublishedCategory, // neither the main category (parent) nor an extra one is a published msCategory
    InactiveModification, // msop_modifications.active = 0
    BadModificationPrice, // msop_modifications.price is neither a number nor a relative price
    NegativeModificationPrice, // a relative price that takes the product's price below zero
};

// Counts per reason, with the first few ids of each as examples (memory stays bounded).
class CatalogSkipLog final
{
public:
    static constexpr int MaxExamples = 20;

    struct Entry
    {
        CatalogSkipReason reason;
        qint64 count = 0;
        QList<QString> examples; // "12", "mod-10-8: price \"abc\""
    };

    void add(CatalogSkipReason reason, const QString &example);
    void merge(const CatalogSkipLog &other);
    qint64 total() const;
    qint64 count(CatalogSkipReason reason) const;
    const QList<Entry> &entries() const { return m_entries; } // in first-seen order

    // "no-product-data", ...
    static QString code(CatalogSkipReason reason);
    // A sentence for people: what was skipped and why (and what to do).
    static QString description(CatalogSkipReason reason);
    // [{"code", "reason", "count", "examples": [...]}]
    QJsonArray toJson() const;

private:
    QList<Entry> m_entries;
};

} // namespace rd
