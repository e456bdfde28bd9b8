#include "ShopWriter.h"

#include "ShopDatabase.h"
#include "ShopSql.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

bool hasCodeColumn(const ShopInfo &info, ShopWriter::CodeKind kind)
{
    switch (kind) {
    case ShopWriter::CodeKind::Delivery:
        return info.deliveryCodeColumn;
    case ShopWriter::CodeKind::Payment:
        return info.paymentCodeColumn;
    case ShopWriter::CodeKind::Status:
        return info.statusCodeColumn;
    }
    return false;
}

QString kindName(ShopWriter::CodeKind kind)
{
    switch (kind) {
    case ShopWriter::CodeKind::Delivery:
        return u"delivery"_s;
    case ShopWriter::CodeKind::Payment:
        return u"payment"_s;
    case ShopWriter::CodeKind::Status:
        return u"status"_s;
    }
    return {};
}

// The nums whose '/' → '-' form is externalId: every '-' may have been a '/'. Up to 2^8 variants;
// beyond that the caller compares REPLACE(num, '/', '-') instead.
QStringList numVariants(const QString &externalId)
{
    QList<qsizetype> dashes;
    for (qsizetype i = 0; i < externalId.size(); ++i)
        if (externalId[i] == u'-')
            dashes << i;
    if (dashes.size() > 8)
        return {};
    QStringList variants;
    const int combos = 1 << dashes.size();
    for (int mask = 0; mask < combos; ++mask) {
        QString v = externalId;
        for (qsizetype bit = 0; bit < dashes.size(); ++bit)
            if (mask & (1 << bit))
                v[dashes[bit]] = u'/';
        variants << v;
    }
    return variants;
}

} // namespace

ShopWriter::ShopWriter(ShopDatabase &db)
    : m_db(db)
{ }

QDateTime ShopWriter::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTime();
}

QString ShopWriter::tableFor(CodeKind kind)
{
    switch (kind) {
    case CodeKind::Delivery:
        return u"ms2_deliveries"_s;
    case CodeKind::Payment:
        return u"ms2_payments"_s;
    case CodeKind::Status:
        return u"ms2_order_statuses"_s;
    }
    return {};
}

QString ShopWriter::columnFor(CodeKind kind)
{
    switch (kind) {
    case CodeKind::Delivery:
        return u"retailcrm_delivery_code"_s;
    case CodeKind::Payment:
        return u"retailcrm_payment_code"_s;
    case CodeKind::Status:
        return u"retailcrm_status_code"_s;
    }
    return {};
}

Status ShopWriter::addCodeColumn(CodeKind kind)
{
    Result<ShopInfo> info = m_db.ensureInfo();
    if (!info)
        return info.error();
    if (hasCodeColumn(*info, kind))
        return {};
    Result<QSqlDatabase> db = m_db.connection();
    if (!db)
        return db.error();
    const QString sql = u"ALTER TABLE "_s + m_db.table(tableFor(kind)) + u" ADD COLUMN `"_s + columnFor(kind)
        + u"` VARCHAR(255) NULL"_s;
    Result<QSqlQuery> q = shopsql::run(
        m_db, *db, sql, {}, u"adding column %1 to %2%3"_s.arg(columnFor(kind), m_db.prefix(), tableFor(kind)));
    if (!q) {
        Error e = q.error();
        if (!m_db.isSqlite())
            e.hint = u"The database user needs the ALTER privilege on the shop tables once (or install modRetailCRM, "
                     "which adds the column)."_s;
        return e;
    }
    if (Result<ShopInfo> refreshed = m_db.detect(); !refreshed)
        return refreshed.error();
    return {};
}

Status ShopWriter::setCode(CodeKind kind, int shopId, const QString &code, bool allowAddColumn)
{
    Result<ShopInfo> info = m_db.ensureInfo();
    if (!info)
        return info.error();
    if (!hasCodeColumn(*info, kind)) {
        if (!allowAddColumn)
            return Error(ErrorCode::Schema,
                         u"%1%2 has no %3 column, where the CRM %4 codes are kept"_s.arg(
                             m_db.prefix(), tableFor(kind), columnFor(kind), kindName(kind)),
                         u"RetailDesk adds it (VARCHAR(255) NULL, as modRetailCRM does) once you agree: confirm in the "
                         "GUI, or use `retaildesk-cli mappings ... --apply`."_s);
        if (Status st = addCodeColumn(kind); !st)
            return st;
    }
    if (code.size() > 255)
        return Error(ErrorCode::Validation, u"the CRM code '%1…' is longer than 255 characters"_s.arg(code.left(40)));
    Result<QSqlDatabase> db = m_db.connection();
    if (!db)
        return db.error();
    {
        Result<QSqlQuery> q
            = shopsql::run(m_db, *db, u"SELECT `id` FROM "_s + m_db.table(tableFor(kind)) + u" WHERE `id` = ?"_s,
                           { shopId }, u"looking up %1 %2"_s.arg(kindName(kind)).arg(shopId));
        if (!q)
            return q.error();
        if (!q->next())
            return Error(ErrorCode::NotFound, u"the shop has no %1 with id %2"_s.arg(kindName(kind)).arg(shopId),
                         u"Run `retaildesk-cli mappings show` for the shop's ids."_s);
    }
    const QVariant value
        = code.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(code.trimmed());
    Result<QSqlQuery> q = shopsql::run(
        m_db, *db,
        u"UPDATE "_s + m_db.table(tableFor(kind)) + u" SET `"_s + columnFor(kind) + u"` = ? WHERE `id` = ?"_s,
        { value, shopId }, u"saving the CRM code of %1 %2"_s.arg(kindName(kind)).arg(shopId));
    if (!q)
        return q.error();
    return {};
}

Result<ShopStatusChange> ShopWriter::applyStatusFromCrm(const QString &externalId, int newStatusId)
{
    using namespace shopsql;
    Result<ShopInfo> info = m_db.ensureInfo();
    if (!info)
        return info.error();
    Result<QSqlDatabase> dbResult = m_db.connection();
    if (!dbResult)
        return dbResult.error();
    QSqlDatabase &db = *dbResult;
    const QString id = externalId.trimmed();
    if (id.isEmpty())
        return Error(ErrorCode::Validation, u"an empty order externalId cannot name a shop order"_s);

    {
        Result<QSqlQuery> q
            = run(m_db, db, u"SELECT `id` FROM "_s + m_db.table(u"ms2_order_statuses"_s) + u" WHERE `id` = ?"_s,
                  { newStatusId }, u"looking up status %1"_s.arg(newStatusId));
        if (!q)
            return q.error();
        if (!q->next())
            return Error(ErrorCode::Validation, u"the shop has no order status with id %1"_s.arg(newStatusId),
                         u"Check the status mappings (`retaildesk-cli mappings show`)."_s);
    }

    // Find the order: num with '/' → '-' equals the externalId (compared exactly in C++).
    QString sql = u"SELECT `id`, `num`, `status` FROM "_s + m_db.table(u"ms2_orders"_s) + u" WHERE "_s;
    QVariantList binds;
    const QStringList variants = numVariants(id);
    if (!variants.isEmpty()) {
        sql += u"`num` IN ("_s + placeholders(variants.size()) + u")"_s;
        for (const QString &v : variants)
            binds << v;
    } else {
        sql += u"REPLACE(`num`, '/', '-') = ?"_s;
        binds << id;
    }
    sql += u" ORDER BY `id`"_s;

    if (!db.transaction())
        return m_db.sqlError(db.lastError(), u"starting a transaction"_s);
    const auto fail = [&db](Error e) {
        db.rollback();
        return e;
    };

    ShopStatusChange change;
    change.newStatus = newStatusId;
    {
        Result<QSqlQuery> q = run(m_db, db, sql, binds, u"finding order %1"_s.arg(id));
        if (!q)
            return fail(q.error());
        QStringList matches;
        while (q->next()) {
            QString num = text(q->value(1));
            if (num.replace(u'/', u'-') != id)
                continue;
            if (matches.isEmpty()) {
                change.orderId = toInt(q->value(0));
                change.num = text(q->value(1));
                change.oldStatus = toInt(q->value(2));
            }
            matches << u"%1 (num %2)"_s.arg(toInt(q->value(0))).arg(text(q->value(1)));
        }
        if (matches.isEmpty())
            return fail(Error(ErrorCode::NotFound, u"no shop order has the number %1 (num with '/' as '-')"_s.arg(id),
                              u"The order may have been deleted in the shop, or belongs to another shop."_s));
        if (matches.size() > 1)
            return fail(Error(ErrorCode::Validation,
                              u"the CRM order %1 matches several shop orders: %2"_s.arg(id, matches.join(u", "_s)),
                              u"Their numbers differ only by '/' and '-'; change the status in the shop by hand."_s));
    }
    if (change.oldStatus == newStatusId) {
        db.rollback();
        change.outcome = ShopStatusChange::Outcome::AlreadyInStatus;
        return change;
    }

    change.at = now();
    const QString stamp = toSqlDateTime(change.at);
    {
        // The status guard makes a concurrent identical change write nothing.
        Result<QSqlQuery> q = run(m_db, db,
                                  u"UPDATE "_s + m_db.table(u"ms2_orders"_s)
                                      + u" SET `status` = ?, `updatedon` = ? WHERE `id` = ? AND `status` <> ?"_s,
                                  { newStatusId, stamp, change.orderId, newStatusId },
                                  u"setting the status of order %1"_s.arg(change.num));
        if (!q)
            return fail(q.error());
        if (q->numRowsAffected() == 0) {
            db.rollback();
            change.outcome = ShopStatusChange::Outcome::AlreadyInStatus;
            change.at = {};
            return change;
        }
    }
    {
        Result<QSqlQuery> q = run(m_db, db,
                                  u"INSERT INTO "_s + m_db.table(u"ms2_order_logs"_s)
                                      + u" (`user_id`, `order_id`, `timestamp`, `action`, `entry`, `ip`) "
                                        "VALUES (?, ?, ?, ?, ?, ?)"_s,
                                  { 0, change.orderId, stamp, u"status"_s, QString::number(newStatusId),
                                    u"{\"ip\":\"\",\"source\":\"RetailDesk\"}"_s },
                                  u"logging the status change of order %1"_s.arg(change.num));
        if (!q)
            return fail(q.error());
        change.logId = q->lastInsertId().toInt();
    }
    if (!db.commit())
        return fail(m_db.sqlError(db.lastError(), u"committing the status change of order %1"_s.arg(change.num)));
    change.outcome = ShopStatusChange::Outcome::Changed;
    return change;
}

} // namespace rd
