#pragma once

#include "search/SearchTypes.h"

#include <QAbstractTableModel>
#include <QHash>

namespace rd {

// What the Search page looks for.
enum class SearchKind { Orders, Customers, Products };

// One page of results of any kind, as a worker thread hands it to the page.
struct SearchBatch
{
    SearchKind kind = SearchKind::Orders;
    QList<CrmOrderSummary> orders;
    QList<CrmCustomerSummary> customers;
    QList<CrmProductSummary> products;
    CrmPagination pagination;
    int size() const;
};

// Names of the CRM's codes (statuses, delivery and payment types), to show names instead of codes.
struct SearchCodeNames
{
    QHash<QString, QString> statuses;
    QHash<QString, QString> deliveries;
    QHash<QString, QString> payments;
    QString status(const QString &code) const { return statuses.value(code, code); }
    QString delivery(const QString &code) const { return deliveries.value(code, code); }
    QString payment(const QString &code) const { return payments.value(code, code); }
};

// The loaded search results (all pages loaded so far) of one kind, as a table. Qt::DisplayRole is the text
// shown, SortRole a value that sorts right (numbers as numbers), IdRole the CRM id of the row's entity.
class SearchResultsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultsModel)

public:
    enum Role { SortRole = Qt::UserRole + 1, IdRole };

    explicit SearchResultsModel(QObject *parent = nullptr);
    ~SearchResultsModel() override;

    // Drops every row and switches the columns to `kind`.
    void reset(SearchKind kind);
    // Appends a further page (of the current kind; another kind resets first).
    void append(const SearchBatch &batch);
    void setCodeNames(const SearchCodeNames &names);

    SearchKind kind() const { return m_kind; }
    const CrmPagination &pagination() const { return m_pagination; }
    bool hasMore() const { return m_pagination.hasNext(); }

    const CrmOrderSummary *order(int row) const;
    const CrmCustomerSummary *customer(int row) const;
    const CrmProductSummary *product(int row) const;
    qint64 idAt(int row) const;
    const SearchCodeNames &codeNames() const { return m_names; }

    // The row as text cells, one per column (for copy and CSV export).
    QStringList rowTexts(int row) const;
    QStringList headerTexts() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant orderData(const CrmOrderSummary &o, int column, int role) const;
    QVariant customerData(const CrmCustomerSummary &c, int column, int role) const;
    QVariant productData(const CrmProductSummary &p, int column, int role) const;

    SearchKind m_kind = SearchKind::Orders;
    QList<CrmOrderSummary> m_orders;
    QList<CrmCustomerSummary> m_customers;
    QList<CrmProductSummary> m_products;
    CrmPagination m_pagination;
    SearchCodeNames m_names;
};

} // namespace rd
