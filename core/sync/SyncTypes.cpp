#include "SyncTypes.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace rd {

QString entityKindName(EntityKind kind)
{
    return kind == EntityKind::Customer ? u"customer"_s : u"order"_s;
}

int defaultBatchesInFlight(double rateLimit)
{
    const double rate = rateLimit > 0 ? rateLimit : 10;
    return qBound(2, static_cast<int>(2 * rate), maxDefaultBatchesInFlight);
}

QString entityKindPlural(EntityKind kind)
{
    return kind == EntityKind::Customer ? u"customers"_s : u"orders"_s;
}

std::optional<EntityKind> parseEntityKind(QStringView text)
{
    if (text == u"customer" || text == u"customers")
        return EntityKind::Customer;
    if (text == u"order" || text == u"orders")
        return EntityKind::Order;
    return std::nullopt;
}

QString journalStateName(JournalState state)
{
    switch (state) {
    case JournalState::Sent:
        return u"sent"_s;
    case JournalState::Skipped:
        return u"skipped"_s;
    case JournalState::Failed:
        return u"failed"_s;
    }
    return u"failed"_s;
}

std::optional<JournalState> parseJournalState(QStringView text)
{
    if (text == u"sent")
        return JournalState::Sent;
    if (text == u"skipped")
        return JournalState::Skipped;
    if (text == u"failed")
        return JournalState::Failed;
    return std::nullopt;
}

QString RunRecord::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Running:
        return u"running"_s;
    case Outcome::Finished:
        return u"finished"_s;
    case Outcome::Cancelled:
        return u"cancelled"_s;
    case Outcome::Interrupted:
        return u"interrupted"_s;
    case Outcome::Failed:
        return u"failed"_s;
    }
    return u"failed"_s;
}

RunRecord::Outcome RunRecord::parseOutcome(QStringView text)
{
    if (text == u"running")
        return Outcome::Running;
    if (text == u"finished")
        return Outcome::Finished;
    if (text == u"cancelled")
        return Outcome::Cancelled;
    if (text == u"interrupted")
        return Outcome::Interrupted;
    return Outcome::Failed;
}

void UploadSummary::addSkip(const QString &reason, qint64 n)
{
    skipped += n;
    skipReasons[reason] += n;
}

void UploadSummary::addFailure(const FailedItem &item)
{
    ++failed;
    if (failures.size() < maxListedFailures)
        failures.append(item);
    else
        ++failuresNotListed;
}

void UploadSummary::merge(const UploadSummary &other)
{
    if (total >= 0 && other.total >= 0)
        total += other.total;
    else
        total = -1;
    read += other.read;
    sent += other.sent;
    skipped += other.skipped;
    failed += other.failed;
    alreadySent += other.alreadySent;
    foundInCrm += other.foundInCrm;
    unfinished += other.unfinished;
    customersCreated += other.customersCreated;
    customersFailed += other.customersFailed;
    requests += other.requests;
    elapsedMs += other.elapsedMs;
    for (auto it = other.skipReasons.cbegin(); it != other.skipReasons.cend(); ++it)
        skipReasons[it.key()] += it.value();
    for (const FailedItem &f : other.failures) {
        if (failures.size() < maxListedFailures)
            failures.append(f);
        else
            ++failuresNotListed;
    }
    failuresNotListed += other.failuresNotListed;
    cancelled = cancelled || other.cancelled;
    if (!error && other.error)
        error = other.error;
}

namespace {

QJsonObject errorJson(const Error &e)
{
    QJsonObject o { { u"code"_s, errorCodeName(e.code) }, { u"message"_s, e.message } };
    if (!e.hint.isEmpty())
        o.insert(u"hint"_s, e.hint);
    if (e.httpStatus)
        o.insert(u"httpStatus"_s, e.httpStatus);
    return o;
}

QJsonArray failuresJson(const QList<FailedItem> &failures, bool withKind)
{
    QJsonArray out;
    for (const FailedItem &f : failures) {
        QJsonObject o { { u"externalId"_s, f.externalId }, { u"reason"_s, f.reason } };
        if (f.shopId > 0)
            o.insert(u"shopId"_s, f.shopId);
        if (withKind)
            o.insert(u"kind"_s, entityKindName(f.kind));
        out.append(o);
    }
    return out;
}

} // namespace

QJsonObject UploadSummary::toJson() const
{
    QJsonObject reasons;
    for (auto it = skipReasons.cbegin(); it != skipReasons.cend(); ++it)
        reasons.insert(it.key(), it.value());
    QJsonObject o { { u"kind"_s, entityKindPlural(kind) },
                    { u"dryRun"_s, dryRun },
                    { u"read"_s, read },
                    { u"sent"_s, sent },
                    { u"skipped"_s, skipped },
                    { u"failed"_s, failed },
                    { u"alreadySent"_s, alreadySent },
                    { u"foundInCrm"_s, foundInCrm },
                    { u"skipReasons"_s, reasons },
                    { u"failures"_s, failuresJson(failures, kind == EntityKind::Order && customersFailed > 0) },
                    { u"requests"_s, requests },
                    { u"elapsedMs"_s, elapsedMs },
                    { u"cancelled"_s, cancelled } };
    if (runId > 0)
        o.insert(u"runId"_s, runId);
    if (total >= 0)
        o.insert(u"total"_s, total);
    if (kind == EntityKind::Order) {
        o.insert(u"customersCreated"_s, customersCreated);
        o.insert(u"customersFailed"_s, customersFailed);
    }
    if (failuresNotListed > 0)
        o.insert(u"failuresNotListed"_s, failuresNotListed);
    if (unfinished > 0)
        o.insert(u"unfinished"_s, unfinished);
    if (error)
        o.insert(u"error"_s, errorJson(*error));
    return o;
}

QJsonObject compactRunDetails(QJsonObject summary)
{
    summary.remove(u"failures"_s);
    for (auto it = summary.begin(); it != summary.end(); ++it)
        if (it->isObject())
            *it = compactRunDetails(it->toObject());
    return summary;
}

QJsonObject SyncRoundSummary::toJson() const
{
    QJsonObject o { { u"customers"_s, customers.toJson() },
                    { u"orders"_s, orders.toJson() },
                    { u"statusOut"_s,
                      QJsonObject { { u"read"_s, statusRowsRead },
                                    { u"sent"_s, statusSent },
                                    { u"uploadedWhole"_s, statusUploadedWhole },
                                    { u"skipped"_s, statusSkipped },
                                    { u"failed"_s, statusFailed } } },
                    { u"historyIn"_s,
                      QJsonObject { { u"entries"_s, historyEntries },
                                    { u"applied"_s, historyApplied },
                                    { u"unchanged"_s, historyUnchanged },
                                    { u"skipped"_s, historySkipped },
                                    { u"failed"_s, historyFailed },
                                    { u"initialised"_s, historyInitialised },
                                    { u"sinceId"_s, historySinceId } } },
                    { u"failures"_s, failuresJson(failures, false) },
                    { u"failed"_s, failedCount() },
                    { u"elapsedMs"_s, elapsedMs },
                    { u"cancelled"_s, cancelled } };
    if (runId > 0)
        o.insert(u"runId"_s, runId);
    if (error)
        o.insert(u"error"_s, errorJson(*error));
    return o;
}

} // namespace rd
