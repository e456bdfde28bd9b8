#include "SearchResultsModel.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

enum OrderColumn {
    OrderNumber,
    OrderCreated,
    OrderStatus,
    OrderCustomer,
    OrderPhone,
    OrderEmail,
    OrderTotal,
    OrderDelivery,
    OrderId,
    OrderColumns
};
enum CustomerColumn {
    CustomerId,
    CustomerName,
    CustomerEmail,
    CustomerPhones,
    CustomerOrders,
    CustomerTotal,
    CustomerCreated,
    CustomerExternal,
    CustomerColumns
};
enum ProductColumn {
    ProductId,
    ProductArticle,
    ProductName,
    ProductOffers,
    ProductQuantity,
    ProductPrice,
    ProductActive,
    ProductExternal,
    ProductColumns
};

QString money(double v)
{
    return QLocale().toString(v, 'f', 2);
}

QString amount(double v)
{
    return QLocale().toString(v, 'g', 12);
}

} // namespace

int SearchBatch::size() const
{
    switch (kind) {
    case SearchKind::Orders:
        return int(orders.size());
    case SearchKind::Customers:
        return int(customers.size());
    case SearchKind::Products:
        break;
    }
    return int(products.size());
}

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

SearchResultsModel::~SearchResultsModel() = default;

void SearchResultsModel::reset(SearchKind kind)
{
    beginResetModel();
    m_kind = kind;
    m_orders.clear();
    m_customers.clear();
    m_products.clear();
    m_pagination = {};
    endResetModel();
}

void SearchResultsModel::append(const SearchBatch &batch)
{
    if (batch.kind != m_kind)
        reset(batch.kind);
    const int n = batch.size();
    m_pagination = batch.pagination;
    if (n == 0)
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + n - 1);
    m_orders += batch.orders;
    m_customers += batch.customers;
    m_products += batch.products;
    endInsertRows();
}

void SearchResultsModel::setCodeNames(const SearchCodeNames &names)
{
    m_names = names;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), { Qt::DisplayRole, SortRole });
}

const CrmOrderSummary *SearchResultsModel::order(int row) const
{
    return m_kind == SearchKind::Orders && row >= 0 && row < m_orders.size() ? &m_orders.at(row) : nullptr;
}

const CrmCustomerSummary *SearchResultsModel::customer(int row) const
{
    return m_kind == SearchKind::Customers && row >= 0 && row < m_customers.size() ? &m_customers.at(row) : nullptr;
}

const CrmProductSummary *SearchResultsModel::product(int row) const
{
    return m_kind == SearchKind::Products && row >= 0 && row < m_products.size() ? &m_products.at(row) : nullptr;
}

qint64 SearchResultsModel::idAt(int row) const
{
    if (const auto *o = order(row))
        return o->id;
    if (const auto *c = customer(row))
        return c->id;
    if (const auto *p = product(row))
        return p->id;
    return 0;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_kind) {
    case SearchKind::Orders:
        return int(m_orders.size());
    case SearchKind::Customers:
        return int(m_customers.size());
    case SearchKind::Products:
        break;
    }
    return int(m_products.size());
}

int SearchResultsModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_kind) {
    case SearchKind::Orders:
        return OrderColumns;
    case SearchKind::Customers:
        return CustomerColumns;
    case SearchKind::Products:
        break;
    }
    return ProductColumns;
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (m_kind) {
    case SearchKind::Orders: {
        const QStringList headers { tr("Number"), tr("Created"), tr("Status"),   tr("Customer"), tr("Phone"),
                                    tr("E-mail"), tr("Total"),   tr("Delivery"), tr("CRM id") };
        return headers.value(section);
    }
    case SearchKind::Customers: {
        const QStringList headers { tr("CRM id"), tr("Name"),  tr("E-mail"),  tr("Phones"),
                                    tr("Orders"), tr("Total"), tr("Created"), tr("External id") };
        return headers.value(section);
    }
    case SearchKind::Products:
        break;
    }
    const QStringList headers { tr("CRM id"),   tr("Article"), tr("Name", "product"), tr("Offers"),
                                tr("In stock"), tr("Price"),   tr("Active"),          tr("External id") };
    return headers.value(section);
}

QStringList SearchResultsModel::headerTexts() const
{
    QStringList out;
    for (int c = 0; c < columnCount(); ++c)
        out << headerData(c, Qt::Horizontal).toString();
    return out;
}

QStringList SearchResultsModel::rowTexts(int row) const
{
    QStringList out;
    for (int c = 0; c < columnCount(); ++c)
        out << data(index(row, c)).toString();
    return out;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (role == IdRole)
        return idAt(index.row());
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::TextAlignmentRole && role != Qt::ToolTipRole)
        return {};
    switch (m_kind) {
    case SearchKind::Orders:
        return orderData(m_orders.at(index.row()), index.column(), role);
    case SearchKind::Customers:
        return customerData(m_customers.at(index.row()), index.column(), role);
    case SearchKind::Products:
        break;
    }
    return productData(m_products.at(index.row()), index.column(), role);
}

QVariant SearchResultsModel::orderData(const CrmOrderSummary &o, int column, int role) const
{
    const bool numeric = column == OrderTotal || column == OrderId;
    if (role == Qt::TextAlignmentRole)
        return numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == SortRole) {
        if (column == OrderTotal)
            return o.totalSumm;
        if (column == OrderId)
            return o.id;
    }
    if (role == Qt::ToolTipRole) {
        if (column == OrderStatus)
            return o.status;
        if (column == OrderDelivery)
            return o.deliveryAddress;
        return {};
    }
    switch (column) {
    case OrderNumber:
        return o.number;
    case OrderCreated:
        return o.createdAt;
    case OrderStatus:
        return m_names.status(o.status);
    case OrderCustomer:
        return o.customerName;
    case OrderPhone:
        return o.phone;
    case OrderEmail:
        return o.email;
    case OrderTotal:
        return money(o.totalSumm);
    case OrderDelivery:
        return o.deliveryCode.isEmpty() ? QString() : m_names.delivery(o.deliveryCode);
    case OrderId:
        return QString::number(o.id);
    default:
        break;
    }
    return {};
}

QVariant SearchResultsModel::customerData(const CrmCustomerSummary &c, int column, int role) const
{
    const bool numeric = column == CustomerId || column == CustomerOrders || column == CustomerTotal;
    if (role == Qt::TextAlignmentRole)
        return numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ToolTipRole)
        return {};
    if (role == SortRole) {
        if (column == CustomerId)
            return c.id;
        if (column == CustomerOrders)
            return c.ordersCount;
        if (column == CustomerTotal)
            return c.totalSumm.value_or(-1);
    }
    switch (column) {
    case CustomerId:
        return QString::number(c.id);
    case CustomerName:
        return c.fullName();
    case CustomerEmail:
        return c.email;
    case CustomerPhones:
        return c.phones.join(u", "_s);
    case CustomerOrders:
        return QString::number(c.ordersCount);
    case CustomerTotal:
        return c.totalSumm ? money(*c.totalSumm) : QString();
    case CustomerCreated:
        return c.createdAt;
    case CustomerExternal:
        return c.externalId;
    default:
        break;
    }
    return {};
}

QVariant SearchResultsModel::productData(const CrmProductSummary &p, int column, int role) const
{
    const bool numeric
        = column == ProductId || column == ProductOffers || column == ProductQuantity || column == ProductPrice;
    if (role == Qt::TextAlignmentRole)
        return numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ToolTipRole)
        return {};
    if (role == SortRole) {
        if (column == ProductId)
            return p.id;
        if (column == ProductOffers)
            return int(p.offers.size());
        if (column == ProductQuantity)
            return p.quantity;
        if (column == ProductPrice)
            return p.minPrice;
    }
    switch (column) {
    case ProductId:
        return QString::number(p.id);
    case ProductArticle:
        return p.article;
    case ProductName:
        return p.name;
    case ProductOffers:
        return QString::number(p.offers.size());
    case ProductQuantity:
        return amount(p.quantity);
    case ProductPrice:
        return p.minPrice == p.maxPrice ? money(p.minPrice) : money(p.minPrice) + u" – "_s + money(p.maxPrice);
    case ProductActive:
        return p.active ? tr("yes") : tr("no");
    case ProductExternal:
        return p.externalId;
    default:
        break;
    }
    return {};
}

} // namespace rd
