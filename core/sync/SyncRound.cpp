#include "SyncRound.h"

#include "StateStore.h"
#include "UploadEngine.h"
#include "crm/CrmClient.h"
#include "crm/CrmDecode.h"
#include "mapping/MappingRules.h"
#include "mapping/StatusMapping.h"
#include "shop/ShopDatabase.h"
#include "shop/ShopOrderReader.h"
#include "shop/ShopReferenceReader.h"
#include "shop/ShopStatusLogReader.h"
#include "shop/ShopWriter.h"

#include <QElapsedTimer>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

const QString statusLogKey = QString::fromLatin1(StateStore::statusLogWatermark);
const QString sinceIdKey = QString::fromLatin1(StateStore::historySinceId);
const QString pendingPush = QString::fromLatin1(StateStore::pendingStatusPush);
const QString pendingApply = QString::fromLatin1(StateStore::pendingHistoryApply);

Error cancelledError()
{
    return Error(ErrorCode::Cancelled, u"The sync round was stopped."_s);
}

struct StatusEdit
{
    int orderId = 0;
    QString externalId;
    QString code;
};

} // namespace

SyncRound::SyncRound(Context context, SyncRoundOptions options)
    : m_context(std::move(context))
    , m_options(options)
{
    m_summary.runId = m_context.runId;
    m_options.historyPageLimit = CrmClient::pageLimit(m_options.historyPageLimit);
    m_options.historyPagesPerStep = qMax(1, m_options.historyPagesPerStep);
}

SyncRound::~SyncRound() = default;

void SyncRound::cancel()
{
    if (m_cancelled.exchange(true))
        return;
    if (m_engine)
        m_engine->cancel();
    if (m_context.client)
        m_context.client->abortAll();
}

bool SyncRound::isFatal(const Error &error) const
{
    switch (error.code) {
    case ErrorCode::Network:
    case ErrorCode::Timeout:
    case ErrorCode::RateLimited:
    case ErrorCode::Auth:
    case ErrorCode::Access:
    case ErrorCode::AccountNotFound:
    case ErrorCode::Config:
    case ErrorCode::MissingSecret:
    case ErrorCode::Cancelled:
        return true;
    default:
        return false;
    }
}

void SyncRound::fail(const QString &externalId, int shopId, const QString &reason)
{
    if (m_summary.failures.size() < UploadSummary::maxListedFailures)
        m_summary.failures.append({ EntityKind::Order, shopId, externalId, reason });
}

SyncRoundSummary SyncRound::run()
{
    QElapsedTimer clock;
    clock.start();
    auto step = [this](const Status &st) {
        if (!st) {
            if (!m_summary.error)
                m_summary.error = st.error();
            return false;
        }
        return !isCancelled();
    };
    if (!m_context.shop || !m_context.state || !m_context.client) {
        m_summary.error = Error(ErrorCode::Internal, u"The sync round lacks the shop, the state or the CRM client."_s);
        return m_summary;
    }
    auto refs = ShopReferenceReader::read(*m_context.shop);
    if (step(refs ? Status() : Status(refs.error()))) {
        m_references = *refs;
        step(initialisePositions()) && step(uploadLeg(EntityKind::Customer)) && step(uploadLeg(EntityKind::Order))
            && step(pushStatuses()) && step(pullHistory());
    }
    if (isCancelled() || (m_summary.error && m_summary.error->code == ErrorCode::Cancelled)) {
        m_summary.cancelled = true;
        if (m_summary.error && m_summary.error->code == ErrorCode::Cancelled)
            m_summary.error.reset();
        m_summary.customers.error.reset();
        m_summary.orders.error.reset();
    }
    if (auto since = m_context.state->watermark(sinceIdKey); since && since->has_value())
        m_summary.historySinceId = since->value();
    m_summary.elapsedMs = clock.elapsed();
    return m_summary;
}

// ---- 0. first round --------------------------------------------------------------------------------

Status SyncRound::initialisePositions()
{
    auto log = m_context.state->watermark(statusLogKey);
    if (!log)
        return log.error();
    if (!log->has_value()) {
        auto last = ShopStatusLogReader::lastLogId(*m_context.shop);
        if (!last)
            return last.error();
        if (Status st = m_context.state->setWatermark(statusLogKey, *last); !st)
            return st;
    }
    auto since = m_context.state->watermark(sinceIdKey);
    if (!since)
        return since.error();
    if (since->has_value())
        return {};
    // The newest history entry: page 1 tells how many pages there are, the last page holds it.
    auto first = CrmDecode::history(m_context.client->waitFor(m_context.client->ordersHistory({}, 100, 1)));
    if (!first)
        return first.error();
    qint64 lastId = first->lastId;
    if (first->pagination.totalPageCount > 1) {
        auto last = CrmDecode::history(
            m_context.client->waitFor(m_context.client->ordersHistory({}, 100, first->pagination.totalPageCount)));
        if (!last)
            return last.error();
        lastId = qMax(lastId, last->lastId);
    }
    if (Status st = m_context.state->setWatermark(sinceIdKey, lastId); !st)
        return st;
    m_summary.historyInitialised = true;
    return {};
}

// ---- 1. customers and orders -------------------------------------------------------------------------

Status SyncRound::runEngine(UploadOptions options, UploadSummary &into, int *lastIdRead)
{
    if (isCancelled())
        return cancelledError();
    options.maxBatchesInFlight = m_options.batchesInFlight;
    UploadEngine::Context ctx;
    ctx.shop = m_context.shop;
    ctx.state = m_context.state;
    ctx.client = m_context.client;
    ctx.mapping = m_context.mapping;
    ctx.runId = m_context.runId;
    ctx.rateLimit = m_context.rateLimit;
    UploadEngine engine(ctx, options);
    m_engine = &engine;
    const UploadSummary s = engine.runBlocking();
    m_engine = nullptr;
    into.merge(s);
    if (lastIdRead)
        *lastIdRead = engine.lastIdRead();
    if (s.error)
        return *s.error;
    if (s.cancelled || isCancelled())
        return cancelledError();
    return {};
}

Status SyncRound::uploadLeg(EntityKind kind)
{
    const QString key = QString::fromLatin1(kind == EntityKind::Customer ? StateStore::customerWatermark
                                                                         : StateStore::orderWatermark);
    UploadSummary &into = kind == EntityKind::Customer ? m_summary.customers : m_summary.orders;
    into.kind = kind;
    into.total = 0;
    auto mark = m_context.state->watermark(key);
    if (!mark)
        return mark.error();
    const int watermark = static_cast<int>(mark->value_or(0));

    // Rows that failed (orders: or were skipped, e.g. still in status 0) at or below the watermark.
    const QList<JournalState> states = kind == EntityKind::Customer
        ? QList<JournalState> { JournalState::Failed }
        : QList<JournalState> { JournalState::Failed, JournalState::Skipped };
    auto retry = m_context.state->idsInStates(kind, states, m_options.maxRetriesPerRound);
    if (!retry)
        return retry.error();
    QList<int> again;
    for (int id : std::as_const(*retry))
        if (id <= watermark)
            again.append(id);
    if (!again.isEmpty()) {
        UploadOptions o;
        o.kind = kind;
        o.ids = again;
        if (Status st = runEngine(o, into, nullptr); !st)
            return st;
    }

    UploadOptions o;
    o.kind = kind;
    o.afterId = watermark;
    int lastRead = 0;
    if (Status st = runEngine(o, into, &lastRead); !st)
        return st;
    if (lastRead > watermark)
        return m_context.state->setWatermark(key, lastRead);
    return {};
}

// ---- 2. shop → CRM statuses ----------------------------------------------------------------------

Status SyncRound::editStatuses(const QList<std::pair<ShopOrder, QString>> &edits, QList<int> &notFound)
{
    QList<CrmReply *> replies;
    for (const auto &[order, code] : edits) {
        CrmReply *r = m_context.client->ordersEdit(order.externalId(), statusChangePayload(code));
        r->setAutoDelete(false);
        replies.append(r);
    }
    std::optional<Error> fatal;
    for (qsizetype i = 0; i < replies.size(); ++i) {
        const Result<QJsonObject> result = m_context.client->waitFor(replies.at(i));
        const ShopOrder &order = edits.at(i).first;
        const QString key = QString::number(order.id);
        if (result) {
            ++m_summary.statusSent;
            if (Status st = m_context.state->clearPending(pendingPush, key); !st && !fatal)
                fatal = st.error();
        } else if (result.error().code == ErrorCode::NotFound) {
            notFound.append(order.id);
            if (Status st = m_context.state->clearPending(pendingPush, key); !st && !fatal)
                fatal = st.error();
        } else if (isFatal(result.error())) {
            if (!fatal)
                fatal = result.error();
        } else {
            ++m_summary.statusFailed;
            const QString reason = u"status %1 not sent: %2"_s.arg(edits.at(i).second, result.error().toString());
            fail(order.externalId(), order.id, reason);
            if (Status st = m_context.state->setPending(pendingPush, key, reason); !st && !fatal)
                fatal = st.error();
        }
    }
    qDeleteAll(replies);
    if (fatal)
        return *fatal;
    return isCancelled() ? Status(cancelledError()) : Status();
}

Status SyncRound::pushStatuses()
{
    // Pushes that failed in earlier rounds: send the order's current status.
    auto pending = m_context.state->pending(pendingPush, 500);
    if (!pending)
        return pending.error();
    QList<int> orderIds;
    for (const StateStore::PendingItem &p : std::as_const(*pending)) {
        if (p.attempts >= m_options.maxPendingAttempts) {
            fail(QString(), p.key.toInt(),
                 u"status push given up after %1 rounds (last: %2)"_s.arg(p.attempts).arg(p.reason));
            if (Status st = m_context.state->clearPending(pendingPush, p.key); !st)
                return st;
            continue;
        }
        orderIds.append(p.key.toInt());
    }
    QList<int> notFound;
    if (!orderIds.isEmpty()) {
        auto orders = ShopOrderReader::fetchByIds(*m_context.shop, orderIds, ShopOrderReader::None);
        if (!orders)
            return orders.error();
        QList<std::pair<ShopOrder, QString>> edits;
        QSet<int> present;
        for (const ShopOrder &o : std::as_const(*orders)) {
            present.insert(o.id);
            if (auto code = syncedStatusCode(o.status, m_references, m_context.syncStatuses))
                edits.append({ o, *code });
            else if (Status st = m_context.state->clearPending(pendingPush, QString::number(o.id)); !st)
                return st;
        }
        for (int id : std::as_const(orderIds))
            if (!present.contains(id))
                if (Status st = m_context.state->clearPending(pendingPush, QString::number(id)); !st)
                    return st;
        if (Status st = editStatuses(edits, notFound); !st)
            return st;
    }

    // New status-log rows after the watermark, page by page.
    auto mark = m_context.state->watermark(statusLogKey);
    if (!mark)
        return mark.error();
    ShopReadFilter filter;
    filter.afterId = static_cast<int>(mark->value_or(0));
    filter.pageSize = m_options.statusPageSize;
    ShopStatusLogReader reader(*m_context.shop, filter);
    while (!reader.atEnd()) {
        if (isCancelled())
            return cancelledError();
        auto page = reader.nextPage();
        if (!page)
            return page.error();
        if (page->isEmpty())
            break;
        if (Status st = pushStatusPage(*page); !st)
            return st;
        if (Status st = m_context.state->setWatermark(statusLogKey, reader.lastId()); !st)
            return st;
        if (Status st = m_context.state->forgetOwnLogRowsUpTo(reader.lastId()); !st)
            return st;
    }

    // Orders the CRM did not have (404): upload them whole, fresh from the shop.
    if (!notFound.isEmpty()) {
        if (Status st = m_context.state->forget(EntityKind::Order, notFound); !st)
            return st;
        UploadSummary whole;
        UploadOptions o;
        o.kind = EntityKind::Order;
        o.ids = notFound;
        const Status st = runEngine(o, whole, nullptr);
        m_summary.statusUploadedWhole += whole.sent + whole.foundInCrm;
        m_summary.statusFailed += whole.failed;
        for (const FailedItem &f : std::as_const(whole.failures))
            fail(f.externalId, f.shopId, f.reason);
        if (!st)
            return st;
    }
    return {};
}

Status SyncRound::pushStatusPage(const QList<ShopStatusLogEntry> &rows)
{
    m_summary.statusRowsRead += rows.size();
    QList<int> logIds;
    for (const ShopStatusLogEntry &r : rows)
        logIds.append(r.id);
    auto own = m_context.state->ownLogRowsAmong(logIds);
    if (!own)
        return own.error();
    // Rows come by id: the newest per order wins; an own row makes older shop rows moot.
    QHash<int, int> newest; // order id → log id
    for (const ShopStatusLogEntry &r : rows)
        newest[r.orderId] = r.id;

    QList<const ShopStatusLogEntry *> candidates;
    QList<int> orderIds;
    for (const ShopStatusLogEntry &r : rows) {
        const bool ours = r.writtenByRetailDesk || own->contains(r.id);
        if (newest.value(r.orderId) != r.id || ours || !r.orderExists) {
            ++m_summary.statusSkipped;
            continue;
        }
        candidates.append(&r);
        orderIds.append(r.orderId);
    }
    // Orders uploaded whole in this round already carry their current status.
    auto journal = m_context.state->lookup(EntityKind::Order, orderIds);
    if (!journal)
        return journal.error();

    QList<std::pair<ShopOrder, QString>> edits;
    for (const ShopStatusLogEntry *r : std::as_const(candidates)) {
        const auto code = syncedStatusCode(r->statusId, m_references, m_context.syncStatuses);
        const auto j = journal->constFind(r->orderId);
        const bool uploadedNow = j != journal->constEnd() && j->state == JournalState::Sent
            && j->runId == m_context.runId && m_context.runId > 0;
        if (!code || uploadedNow) {
            ++m_summary.statusSkipped;
            continue;
        }
        ShopOrder order;
        order.id = r->orderId;
        order.num = r->orderNum;
        order.status = r->statusId;
        edits.append({ order, *code });
    }
    QList<int> notFound;
    if (Status st = editStatuses(edits, notFound); !st)
        return st;
    if (!notFound.isEmpty()) {
        if (Status st = m_context.state->forget(EntityKind::Order, notFound); !st)
            return st;
        UploadSummary whole;
        UploadOptions o;
        o.kind = EntityKind::Order;
        o.ids = notFound;
        const Status st = runEngine(o, whole, nullptr);
        m_summary.statusUploadedWhole += whole.sent + whole.foundInCrm;
        m_summary.statusFailed += whole.failed;
        for (const FailedItem &f : std::as_const(whole.failures))
            fail(f.externalId, f.shopId, f.reason);
        if (!st)
            return st;
    }
    return {};
}

// ---- 3. CRM → shop ---------------------------------------------------------------------------------

Status SyncRound::applyCrmStatus(const QString &externalId, const QString &code, bool *used)
{
    *used = false;
    const std::optional<int> statusId = shopStatusForCrmCode(code, m_references, m_context.syncStatuses);
    if (!statusId)
        return m_context.state->clearPending(pendingApply, externalId);
    ShopWriter writer(*m_context.shop);
    const Result<ShopStatusChange> change = writer.applyStatusFromCrm(externalId, *statusId);
    if (change) {
        *used = true;
        if (change->outcome == ShopStatusChange::Outcome::Changed) {
            ++m_summary.historyApplied;
            if (Status st = m_context.state->rememberOwnLogRow(change->logId); !st)
                return st;
        } else {
            ++m_summary.historyUnchanged;
        }
        return m_context.state->clearPending(pendingApply, externalId);
    }
    const Error &e = change.error();
    if (e.code == ErrorCode::NotFound) // not an order of this shop
        return m_context.state->clearPending(pendingApply, externalId);
    *used = true;
    ++m_summary.historyFailed;
    fail(externalId, 0, u"CRM status %1 not applied: %2"_s.arg(code, e.toString()));
    if (e.code == ErrorCode::Validation) // retrying would not help
        return m_context.state->clearPending(pendingApply, externalId);
    return m_context.state->setPending(pendingApply, externalId, e.toString());
}

Status SyncRound::retryPendingApplies()
{
    auto pending = m_context.state->pending(pendingApply, 500);
    if (!pending)
        return pending.error();
    QStringList externalIds;
    for (const StateStore::PendingItem &p : std::as_const(*pending)) {
        if (p.attempts >= m_options.maxPendingAttempts) {
            fail(p.key, 0, u"CRM status apply given up after %1 rounds (last: %2)"_s.arg(p.attempts).arg(p.reason));
            if (Status st = m_context.state->clearPending(pendingApply, p.key); !st)
                return st;
            continue;
        }
        externalIds.append(p.key);
    }
    if (externalIds.isEmpty())
        return {};
    // The CRM's current status of each (not the old entry: it may have moved on since).
    auto statuses
        = CrmDecode::orderStatuses(m_context.client->waitFor(m_context.client->ordersStatuses({}, externalIds)));
    if (!statuses)
        return statuses.error();
    QSet<QString> seen;
    for (const CrmOrderStatus &s : std::as_const(*statuses)) {
        if (s.externalId.isEmpty() || seen.contains(s.externalId))
            continue;
        seen.insert(s.externalId);
        bool used = false;
        if (Status st = applyCrmStatus(s.externalId, s.status, &used); !st)
            return st;
    }
    for (const QString &ext : std::as_const(externalIds))
        if (!seen.contains(ext))
            if (Status st = m_context.state->clearPending(pendingApply, ext); !st)
                return st;
    return {};
}

Status SyncRound::applyHistory(const QJsonArray &entries)
{
    struct Newest
    {
        bool own = false;
        QString code;
    };
    QHash<QString, Newest> newest;
    QStringList order;
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        if (e.value(u"field"_s).toString() != u"status")
            continue;
        const QString ext = e.value(u"order"_s).toObject().value(u"externalId"_s).toString();
        if (ext.isEmpty()) // an order born in the CRM: not a shop order
            continue;
        const QJsonValue nv = e.value(u"newValue"_s);
        const QString code = nv.isObject() ? nv.toObject().value(u"code"_s).toString() : nv.toString();
        const bool own
            = e.value(u"source"_s).toString() == u"api" && e.value(u"apiKey"_s).toObject().value(u"current"_s).toBool();
        if (!newest.contains(ext))
            order.append(ext);
        newest.insert(ext, { own, code });
    }
    qint64 used = 0;
    for (const QString &ext : std::as_const(order)) {
        const Newest n = newest.value(ext);
        if (n.own || n.code.isEmpty())
            continue; // the CRM holds what we sent: nothing to bring back
        bool applied = false;
        if (Status st = applyCrmStatus(ext, n.code, &applied); !st)
            return st;
        if (applied)
            ++used;
    }
    m_summary.historySkipped += entries.size() - used;
    return {};
}

Status SyncRound::pullHistory()
{
    if (Status st = retryPendingApplies(); !st)
        return st;
    auto mark = m_context.state->watermark(sinceIdKey);
    if (!mark)
        return mark.error();
    qint64 sinceId = mark->value_or(0);
    for (;;) {
        QJsonArray gathered;
        qint64 next = sinceId;
        bool exhausted = false;
        for (int p = 0; p < m_options.historyPagesPerStep; ++p) {
            if (isCancelled())
                return cancelledError();
            CrmQuery query;
            query.filter(u"sinceId"_s, QString::number(next));
            auto page = CrmDecode::history(
                m_context.client->waitFor(m_context.client->ordersHistory(query, m_options.historyPageLimit, 1)));
            if (!page)
                return page.error();
            m_summary.historyEntries += page->entries.size();
            for (const QJsonValue &e : std::as_const(page->entries))
                gathered.append(e);
            if (page->entries.isEmpty() || page->lastId <= next) {
                exhausted = true;
                break;
            }
            next = page->lastId;
            if (!page->pagination.hasNext()) {
                exhausted = true;
                break;
            }
        }
        if (!gathered.isEmpty()) {
            if (Status st = applyHistory(gathered); !st)
                return st;
            // Saved only now that the pages are applied: a crash replays them, never skips them.
            if (Status st = m_context.state->setWatermark(sinceIdKey, next); !st)
                return st;
            sinceId = next;
        }
        if (exhausted)
            return {};
    }
}

} // namespace rd
