#pragma once

#include "ShopKeysetCursor.h"
#include "ShopReadFilter.h"
#include "ShopRows.h"
#include "ShopSql.h"
#include "common/Result.h"

#include <QFlags>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <memory>
#include <optional>

namespace rd {

class ShopDatabase;
class ShopWorkerThread;
struct ShopInfo;

// Orders page by page ({prefix}ms2_orders by id), each with its items, address, customer profile,
// promo discount and the names/CRM codes of its status, delivery and payment. One query per part
// per page (IN lists of bound ids, or an id range when the page is contiguous), never one per order.
// The address link follows the generation: a.id = o.address (2.x/3.x) or a.order_id = o.id (4.x).
// Filter: ids, since (o.createdon), statuses, afterId, pageSize (default 1000), limit.
//
//   ShopOrderReader reader(db, filter);                    // everything
//   ShopOrderReader bare(db, filter, ShopOrderReader::Items);  // items only
//   while (!reader.atEnd()) {
//       Result<QList<ShopOrder>> page = reader.nextPage();
//       if (!page) return page.error();
//       ...
//   }
// Use it from one thread (it uses that thread's connection).
class ShopOrderReader final
{
public:
    enum Part : unsigned {
        None = 0,
        Items = 0x1, // ms2_order_products
        Address = 0x2, // ms2_order_addresses
        Customer = 0x4, // users + user_attributes of o.user_id
        Promo = 0x8, // mspc_orders (when the table exists)
        All = 0xF,
    };
    Q_DECLARE_FLAGS(Parts, Part)

    explicit ShopOrderReader(ShopDatabase &db, const ShopReadFilter &filter = {}, Parts parts = All);
    ~ShopOrderReader();

    // With items and addresses both wanted, addresses are read on a second connection by a worker
    // thread while the items are read (default on). Off: everything on the calling thread.
    void setParallel(bool parallel) { m_parallel = parallel; }

    // The next page (empty only at the end). After an error the reader stays where it was.
    Result<QList<ShopOrder>> nextPage();
    bool atEnd() const { return m_cursor.atEnd(); }
    int lastId() const { return m_cursor.lastId(); }
    qint64 rowsRead() const { return m_cursor.rowsRead(); }
    // Orders matching ids/since/statuses (ignores afterId and limit), for progress totals.
    Result<qint64> count();

    // The orders with these ids, complete, in id order (convenience over an ids filter).
    static Result<QList<ShopOrder>> fetchByIds(ShopDatabase &db, const QList<int> &ids, Parts parts = All);

private:
    struct Names
    {
        QString name;
        std::optional<QString> code;
    };
    Status loadReferences();
    void appendFilters(const ShopInfo &info, QString &sql, QVariantList &binds) const;
    Status readItems(QSqlDatabase &db, const ShopInfo &info, QList<ShopOrder> &orders,
                     const QHash<int, qsizetype> &index, int rangeFrom, int rangeTo);
    struct AddressRequest
    {
        bool wanted = false;
        bool byAddressId = false; // a.id = o.address (2.x/3.x), else a.order_id = o.id (4.x)
        QList<int> ids; // address ids (2.x/3.x) or order ids (4.x, non-contiguous page)
        int rangeFrom = 0; // order id range (4.x, contiguous page)
        int rangeTo = 0;
    };
    struct FetchedAddress
    {
        ShopAddress address;
        QString problem; // bad JSON in properties
    };
    static AddressRequest addressRequest(const ShopInfo &info, const QList<ShopOrder> &orders, int rangeFrom,
                                         int rangeTo);
    static Result<QList<FetchedAddress>> fetchAddresses(ShopDatabase &shop, QSqlDatabase &db, const ShopInfo &info,
                                                        const AddressRequest &request,
                                                        shopsql::StatementCache &statements, shopsql::JsonCache &json);
    static void attachAddresses(QList<ShopOrder> &orders, const QHash<int, qsizetype> &index,
                                const AddressRequest &request, const QList<FetchedAddress> &fetched);
    Status readPromo(QSqlDatabase &db, QList<ShopOrder> &orders, const QHash<int, qsizetype> &index);
    Status readCustomers(QList<ShopOrder> &orders);

    ShopDatabase &m_db;
    ShopReadFilter m_filter;
    ShopKeysetCursor m_cursor;
    Parts m_parts;
    shopsql::StatementCache m_statements;
    shopsql::JsonCache m_json;
    // Used only by the worker thread (addresses on its own connection).
    shopsql::StatementCache m_workerStatements;
    shopsql::JsonCache m_workerJson;
    bool m_parallel = true;
    std::unique_ptr<ShopWorkerThread> m_worker; // last: stops (and joins) before the caches go
    bool m_referencesLoaded = false;
    QHash<int, Names> m_statuses;
    QHash<int, Names> m_deliveries;
    QHash<int, Names> m_payments;
};

} // namespace rd

Q_DECLARE_OPERATORS_FOR_FLAGS(rd::ShopOrderReader::Parts)
