#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QString>
#include <functional>
#include <optional>

namespace rd {

class ShopDatabase;

// What applyStatusFromCrm() did.
struct ShopStatusChange
{
    enum class Outcome {
        Changed, // status and updatedon set, one ms2_order_logs row written
        AlreadyInStatus, // the order already had that status: nothing written
    };
    Outcome outcome = Outcome::Changed;
    int orderId = 0;
    QString num;
    int oldStatus = 0;
    int newStatus = 0;
    int logId = 0; // the ms2_order_logs row written (0 when unchanged)
    QDateTime at; // the timestamp written
};

// The few writes RetailDesk makes to the shop database: the modRetailCRM code columns, and
// status changes coming from the CRM. Use it from one thread (that thread's connection).
class ShopWriter final
{
public:
    enum class CodeKind { Delivery, Payment, Status };

    explicit ShopWriter(ShopDatabase &db);

    // The clock for updatedon/timestamp (tests inject one); default QDateTime::currentDateTime.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // Sets the CRM code of a delivery, payment or status (an empty code clears it: NULL).
    // Without the column: a Schema error, unless allowAddColumn (the operator agreed), which adds it
    // first. A shop id that does not exist: NotFound.
    Status setCode(CodeKind kind, int shopId, const QString &code, bool allowAddColumn = false);
    // ALTER TABLE ... ADD COLUMN retailcrm_*_code VARCHAR(255) NULL (no-op when it exists);
    // refreshes the database's ShopInfo.
    Status addCodeColumn(CodeKind kind);

    // Applies a CRM status change to the order whose num, with every '/' made '-', equals externalId
    // (never rewrites the externalId itself). In one transaction: ms2_orders.status and updatedon = now,
    // and an ms2_order_logs row (user_id 0, action 'status', entry = the status id, timestamp now,
    // ip {"ip":"","source":"RetailDesk"}). Idempotent: already in that status → AlreadyInStatus and
    // nothing written. Errors: NotFound (no such order), Validation (unknown status id, or an
    // externalId that matches several orders).
    Result<ShopStatusChange> applyStatusFromCrm(const QString &externalId, int newStatusId);

    static QString tableFor(CodeKind kind); // "ms2_deliveries", ...
    static QString columnFor(CodeKind kind); // "retailcrm_delivery_code", ...

private:
    QDateTime now() const;

    ShopDatabase &m_db;
    std::function<QDateTime()> m_clock;
};

} // namespace rd
