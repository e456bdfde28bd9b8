#include "UploadEngine.h"

#include "StateStore.h"
#include "crm/CrmClient.h"
#include "crm/CrmDecode.h"
#include "mapping/CustomerMapper.h"
#include "mapping/OrderMapper.h"
#include "shop/ShopCustomerReader.h"
#include "shop/ShopDatabase.h"
#include "shop/ShopOrderReader.h"

#include <QEventLoop>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

const QString alreadySentReason = u"already sent by an earlier run"_s;
const QString foundInCrmReason = u"already in the CRM (found by its externalId)"_s;

QString customerRefOf(const QJsonObject &order)
{
    return order.value(u"customer"_s).toObject().value(u"externalId"_s).toString();
}

} // namespace

UploadEngine::UploadEngine(Context context, UploadOptions options, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_options(std::move(options))
{
    m_summary.kind = m_options.kind;
    m_summary.dryRun = m_options.dryRun;
    m_summary.runId = m_context.runId;
    m_options.batchSize = qBound(1, m_options.batchSize, 50);
    m_options.pageSize = qBound(1, m_options.pageSize, 10000);
    m_options.maxAttempts = qMax(1, m_options.maxAttempts);
    m_maxInFlight
        = m_options.maxBatchesInFlight > 0 ? m_options.maxBatchesInFlight : defaultBatchesInFlight(m_context.rateLimit);
}

UploadEngine::~UploadEngine() = default;

void UploadEngine::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    if (!m_context.shop) {
        fatal(Error(ErrorCode::Internal, u"The upload has no shop database."_s));
        return;
    }
    if (!m_options.dryRun && (!m_context.client || !m_context.state)) {
        fatal(Error(ErrorCode::Internal, u"The upload has no CRM client or no state store."_s));
        return;
    }
    if (m_options.restart && !m_options.dryRun) {
        if (Status st = m_context.state->forget(m_options.kind, m_options.ids); !st) {
            fatal(st.error());
            return;
        }
    }

    ShopReadFilter filter;
    filter.ids = m_options.ids;
    if (m_options.since.isValid())
        filter.since = m_options.since.startOfDay(m_context.mapping.shopTimeZone);
    filter.afterId = m_options.afterId;
    filter.pageSize = m_options.pageSize;
    Result<qint64> total = qint64(-1);
    if (m_options.kind == EntityKind::Customer) {
        m_customerReader = std::make_unique<ShopCustomerReader>(*m_context.shop, filter);
        if (m_options.afterId == 0)
            total = m_customerReader->count();
    } else {
        m_orderReader = std::make_unique<ShopOrderReader>(*m_context.shop, filter);
        if (m_options.afterId == 0)
            total = m_orderReader->count();
    }
    if (!total) {
        fatal(total.error());
        return;
    }
    m_summary.total = *total;
    emitProgress(true);
    // Start from the event loop so that callers can connect to the signals first.
    QTimer::singleShot(0, this, &UploadEngine::pump);
}

UploadSummary UploadEngine::runBlocking()
{
    QEventLoop loop;
    connect(this, &UploadEngine::finished, &loop, &QEventLoop::quit);
    start();
    if (!m_finished)
        loop.exec();
    return m_summary;
}

void UploadEngine::cancel()
{
    if (m_finished || m_stopping)
        return;
    m_summary.cancelled = true;
    m_stopping = true;
    if (m_context.client)
        m_context.client->abortAll();
    maybeFinish();
}

void UploadEngine::pump()
{
    if (m_pumping || m_finished)
        return;
    m_pumping = true;
    while (!m_stopping) {
        while (!m_ready.isEmpty() && m_inFlight < m_maxInFlight && !m_stopping)
            send(m_ready.takeFirst());
        if (m_stopping)
            break;
        if (m_readerDone) {
            if (!m_current.isEmpty()) {
                formBatch();
                continue;
            }
            break;
        }
        // Read ahead only as far as the outstanding batches need.
        if (m_ready.size() + m_waiting.size() >= m_maxInFlight)
            break;
        if (!readPage())
            break;
    }
    m_pumping = false;
    emitProgress(false);
    maybeFinish();
}

bool UploadEngine::readPage()
{
    if (m_customerReader) {
        if (m_customerReader->atEnd()) {
            m_readerDone = true;
            return true;
        }
        Result<QList<ShopCustomer>> page = m_customerReader->nextPage();
        if (!page) {
            fatal(page.error());
            return false;
        }
        takeRows(*page);
        if (m_customerReader->atEnd())
            m_readerDone = true;
    } else {
        if (m_orderReader->atEnd()) {
            m_readerDone = true;
            return true;
        }
        Result<QList<ShopOrder>> page = m_orderReader->nextPage();
        if (!page) {
            fatal(page.error());
            return false;
        }
        takeRows(*page);
        if (m_orderReader->atEnd())
            m_readerDone = true;
    }
    return !m_stopping;
}

template<typename Row> void UploadEngine::takeRows(const QList<Row> &rows)
{
    if (rows.isEmpty())
        return;
    QList<int> ids;
    ids.reserve(rows.size());
    for (const Row &r : rows)
        ids.append(r.id);
    QHash<int, JournalRecord> known;
    if (m_context.state) {
        Result<QHash<int, JournalRecord>> found = m_context.state->lookup(m_options.kind, ids);
        if (!found) {
            fatal(found.error());
            return;
        }
        known = std::move(found).value();
    }
    QList<JournalEntry> skips;
    for (const Row &row : rows) {
        ++m_summary.read;
        m_lastIdRead = qMax(m_lastIdRead, row.id);
        const auto it = known.constFind(row.id);
        if (it != known.constEnd() && it->state == JournalState::Sent) {
            ++m_summary.alreadySent;
            m_summary.addSkip(alreadySentReason);
            continue;
        }
        Item item;
        item.shopId = row.id;
        MappedEntity mapped;
        if constexpr (std::is_same_v<Row, ShopOrder>) {
            mapped = mapOrder(row, m_context.mapping);
            if (!mapped.isSkipped()) {
                item.customerRef = customerRefOf(mapped.json);
                if (!item.customerRef.isEmpty())
                    item.customerJson = mapOrderCustomer(row, m_context.mapping).json;
            }
        } else {
            mapped = mapCustomer(row, m_context.mapping);
        }
        item.externalId = mapped.externalId();
        if (mapped.isSkipped()) {
            m_summary.addSkip(*mapped.skipReason);
            skips.append({ row.id, item.externalId, JournalState::Skipped, *mapped.skipReason, 0, false });
            continue;
        }
        item.json = std::move(mapped.json);
        addItem(std::move(item));
    }
    if (!skips.isEmpty() && !m_options.dryRun) {
        if (Status st = m_context.state->record(m_options.kind, skips, m_context.runId); !st)
            fatal(st.error());
    }
}

void UploadEngine::addItem(Item item)
{
    m_current.append(std::move(item));
    if (m_current.size() >= m_options.batchSize)
        formBatch();
}

void UploadEngine::formBatch()
{
    if (m_current.isEmpty())
        return;
    auto batch = std::make_shared<Batch>();
    batch->kind = m_options.kind;
    batch->items = std::exchange(m_current, {});

    if (m_options.kind == EntityKind::Order) {
        // The customers these orders reference must exist in the CRM first.
        QStringList refs;
        QHash<QString, QJsonObject> customerJson;
        for (const Item &item : std::as_const(batch->items)) {
            if (!item.customerRef.isEmpty() && !customerJson.contains(item.customerRef)) {
                refs.append(item.customerRef);
                customerJson.insert(item.customerRef, item.customerJson);
            }
        }
        QSet<QString> knownSent;
        if (m_context.state && !refs.isEmpty()) {
            QList<int> ids;
            for (const QString &ref : std::as_const(refs)) {
                bool ok = false;
                const int id = ref.toInt(&ok);
                if (ok)
                    ids.append(id);
            }
            Result<QHash<int, JournalRecord>> found = m_context.state->lookup(EntityKind::Customer, ids);
            if (!found) {
                fatal(found.error());
                return;
            }
            for (const JournalRecord &r : std::as_const(*found))
                if (r.state == JournalState::Sent)
                    knownSent.insert(QString::number(r.shopId));
        }
        QList<Item> newCustomers;
        QHash<QString, QString> refused;
        for (const QString &ref : std::as_const(refs)) {
            if (knownSent.contains(ref) || (m_options.dryRun && m_dryRunCustomers.contains(ref)))
                continue;
            if (const auto f = m_customerFailures.constFind(ref); f != m_customerFailures.constEnd()) {
                refused.insert(ref, *f);
                continue;
            }
            if (!m_customersInFlight.contains(ref)) {
                Item c;
                c.shopId = ref.toInt();
                c.externalId = ref;
                c.json = customerJson.value(ref);
                newCustomers.append(c);
                if (m_options.dryRun)
                    m_dryRunCustomers.insert(ref);
                else
                    m_customersInFlight.insert(ref);
            }
            if (!m_options.dryRun)
                batch->waitingFor.insert(ref);
        }
        if (!refused.isEmpty()) {
            QList<Item> keep;
            for (const Item &item : std::as_const(batch->items)) {
                if (refused.contains(item.customerRef))
                    failItems(EntityKind::Order, false, { item },
                              u"its customer (externalId %1) could not be created in the CRM: %2"_s.arg(
                                  item.customerRef, refused.value(item.customerRef)));
                else
                    keep.append(item);
            }
            batch->items = keep;
        }
        if (!newCustomers.isEmpty()) {
            auto customers = std::make_shared<Batch>();
            customers->kind = EntityKind::Customer;
            customers->dependency = true;
            customers->items = newCustomers;
            if (m_options.dryRun) {
                QJsonArray items;
                for (const Item &c : std::as_const(newCustomers))
                    items.append(c.json);
                m_summary.customersCreated += newCustomers.size();
                Q_EMIT payload(u"customers/upload"_s, items);
            } else {
                m_ready.prepend(customers);
            }
        }
    }
    if (batch->items.isEmpty())
        return;
    if (m_options.dryRun) {
        QJsonArray items;
        for (const Item &i : std::as_const(batch->items))
            items.append(i.json);
        m_summary.sent += batch->items.size();
        Q_EMIT payload(m_options.kind == EntityKind::Customer ? u"customers/upload"_s : u"orders/upload"_s, items);
        return;
    }
    if (batch->waitingFor.isEmpty())
        m_ready.append(batch);
    else
        m_waiting.append(batch);
}

void UploadEngine::send(const BatchPtr &batch)
{
    QJsonArray items;
    for (Item &item : batch->items) {
        ++item.attempts;
        items.append(item.json);
    }
    ++m_inFlight;
    ++m_summary.requests;
    CrmReply *reply = batch->kind == EntityKind::Customer ? m_context.client->customersUpload(items)
                                                          : m_context.client->ordersUpload(items);
    connect(reply, &CrmReply::finished, this, [this, batch, reply] { onUploaded(batch, reply); });
}

void UploadEngine::onUploaded(const BatchPtr &batch, CrmReply *reply)
{
    --m_inFlight;
    if (m_stopping) {
        maybeFinish();
        return;
    }
    Result<CrmUploadResult> result = reply->uploadResult();
    if (result) {
        // Per-item reasons, read so that numeric externalIds are not mistaken for batch positions.
        const QHash<QString, QString> reasons = itemReasons(reply->result().valueOr({}), reply->batch(), *result);
        for (CrmFailedItem &f : result->failed)
            if (const auto it = reasons.constFind(f.externalId); it != reasons.constEnd())
                f.reason = *it;
        handleUploadResult(batch, *result, reply->attempts());
    } else
        handleBatchError(batch, result.error());
    pump();
}

void UploadEngine::handleUploadResult(const BatchPtr &batch, const CrmUploadResult &result, int replyAttempts)
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < batch->items.size(); ++i)
        index.insert(batch->items.at(i).externalId, i);
    QList<bool> handled(batch->items.size(), false);
    QList<JournalEntry> entries;
    QList<Item> lookUps;
    QList<Item> again;

    for (const CrmUploadedItem &u : result.uploaded) {
        const qsizetype i = index.value(u.externalId, -1);
        if (i < 0 || handled.at(i))
            continue;
        handled[i] = true;
        const Item &item = batch->items.at(i);
        entries.append({ item.shopId, item.externalId, JournalState::Sent, QString(), u.id, true });
    }
    for (const CrmFailedItem &f : result.failed) {
        const qsizetype i = index.value(f.externalId, -1);
        if (i < 0 || handled.at(i))
            continue;
        handled[i] = true;
        Item item = batch->items.at(i);
        const QString reason = f.reason.isEmpty()
            ? (result.errorMsg.isEmpty() ? u"the CRM refused it without a reason"_s : result.errorMsg)
            : f.reason;
        if (isAlreadyExists(reason)) {
            item.reason = reason;
            // An earlier attempt of this very call (or of this run) may have created it.
            item.lostAnswer = replyAttempts > 1 || item.attempts > 1;
            lookUps.append(item);
            continue;
        }
        const QString missing = batch->kind == EntityKind::Order ? missingCustomerRef(reason) : QString();
        if (!missing.isEmpty() && missing == item.customerRef && item.attempts < m_options.maxAttempts
            && m_context.state) {
            // The journal said the customer was sent, but the CRM lacks it (e.g. the CRM was reset):
            // forget it (once) and let the order wait for it to be created again.
            if (!m_customersHealed.contains(missing)) {
                m_customersHealed.insert(missing);
                if (Status st = m_context.state->forget(EntityKind::Customer, { missing.toInt() }); !st) {
                    fatal(st.error());
                    return;
                }
            }
            again.append(item);
            continue;
        }
        entries.append({ item.shopId, item.externalId, JournalState::Failed, reason, 0, true });
    }
    // Items the answer does not mention: their fate is unknown; look them up.
    for (qsizetype i = 0; i < batch->items.size(); ++i) {
        if (handled.at(i))
            continue;
        Item item = batch->items.at(i);
        item.lostAnswer = true;
        item.reason = u"the CRM's answer did not mention it"_s;
        lookUps.append(item);
    }
    if (!settle(batch->kind, batch->dependency, entries))
        return;
    for (Item &item : again)
        addItem(std::move(item));
    if (!lookUps.isEmpty())
        lookUp(batch->kind, batch->dependency, lookUps);
    if (batch->dependency)
        resolveWaiting();
}

void UploadEngine::handleBatchError(const BatchPtr &batch, const Error &error)
{
    switch (error.code) {
    case ErrorCode::Cancelled:
        return;
    case ErrorCode::Validation:
        if (batch->items.size() > 1) {
            // Refused as a whole: send the items one by one so that only the bad ones fail.
            QList<BatchPtr> singles;
            for (const Item &item : std::as_const(batch->items)) {
                auto single = std::make_shared<Batch>();
                single->kind = batch->kind;
                single->dependency = batch->dependency;
                single->items = { item };
                singles.append(single);
            }
            m_ready = singles + m_ready;
            return;
        }
        failItems(batch->kind, batch->dependency, batch->items, error.toString());
        if (batch->dependency)
            resolveWaiting();
        return;
    case ErrorCode::MalformedResponse:
    case ErrorCode::Server:
    case ErrorCode::Network:
    case ErrorCode::Timeout: {
        // The CRM may or may not have stored the batch: ask it.
        QList<Item> items = batch->items;
        for (Item &item : items) {
            item.lostAnswer = true;
            item.reason = error.message;
        }
        lookUp(batch->kind, batch->dependency, items);
        return;
    }
    default:
        fatal(error);
        return;
    }
}

void UploadEngine::lookUp(EntityKind kind, bool dependency, QList<Item> items)
{
    if (items.isEmpty())
        return;
    QStringList externalIds;
    for (const Item &item : std::as_const(items))
        externalIds.append(item.externalId);
    CrmQuery query;
    query.filterList(u"externalIds"_s, externalIds);
    const int limit = CrmClient::pageLimit(static_cast<int>(externalIds.size()));
    ++m_inFlight;
    ++m_summary.requests;
    CrmReply *reply = kind == EntityKind::Customer ? m_context.client->customersList(query, limit)
                                                   : m_context.client->ordersList(query, limit);
    connect(reply, &CrmReply::finished, this,
            [this, kind, dependency, items, reply] { onLookedUp(kind, dependency, items, reply); });
}

void UploadEngine::onLookedUp(EntityKind kind, bool dependency, const QList<Item> &items, CrmReply *reply)
{
    --m_inFlight;
    if (m_stopping) {
        maybeFinish();
        return;
    }
    const Result<CrmPage> page
        = CrmDecode::page(reply->result(), kind == EntityKind::Customer ? u"customers"_s : u"orders"_s);
    if (!page) {
        if (page.error().code != ErrorCode::Cancelled)
            fatal(page.error());
        maybeFinish();
        return;
    }
    QHash<QString, qint64> found;
    for (const QJsonValue &v : page->items) {
        const QJsonObject o = v.toObject();
        const QString ext = o.value(u"externalId"_s).toString();
        if (!ext.isEmpty())
            found.insert(ext, o.value(u"id"_s).toInteger());
    }
    QList<JournalEntry> sent;
    QList<JournalEntry> existing;
    QList<JournalEntry> failed;
    for (const Item &item : items) {
        if (const auto f = found.constFind(item.externalId); f != found.constEnd()) {
            if (item.lostAnswer)
                sent.append({ item.shopId, item.externalId, JournalState::Sent, QString(), *f, true });
            else
                existing.append({ item.shopId, item.externalId, JournalState::Sent, foundInCrmReason, *f, true });
        } else if (isAlreadyExists(item.reason)) {
            // The CRM says it exists, but not in our site under this externalId (e.g. another shop's entity).
            failed.append({ item.shopId, item.externalId, JournalState::Failed, item.reason, 0, true });
        } else if (item.lostAnswer && item.attempts < m_options.maxAttempts) {
            // Lost on the way: send it again.
            Item again = item;
            again.lostAnswer = false;
            again.reason.clear();
            if (dependency) {
                auto single = std::make_shared<Batch>();
                single->kind = kind;
                single->dependency = true;
                single->items = { again };
                m_ready.prepend(single);
            } else {
                addItem(std::move(again));
            }
        } else {
            const QString reason = u"the CRM gave no usable answer after %1 attempt(s) (last: %2)"_s.arg(item.attempts)
                                       .arg(item.reason.isEmpty() ? u"no answer"_s : item.reason);
            failed.append({ item.shopId, item.externalId, JournalState::Failed, reason, 0, true });
        }
    }
    if (!settle(kind, dependency, sent + failed))
        return;
    if (!existing.isEmpty()) {
        if (Status st = m_context.state->record(kind, existing, m_context.runId); !st) {
            fatal(st.error());
            return;
        }
        if (dependency) {
            for (const JournalEntry &e : std::as_const(existing)) {
                m_customersInFlight.remove(e.externalId);
                ++m_summary.customersCreated;
            }
        } else {
            m_summary.foundInCrm += existing.size();
            m_summary.addSkip(foundInCrmReason, existing.size());
        }
    }
    if (dependency)
        resolveWaiting();
    pump();
}

void UploadEngine::failItems(EntityKind kind, bool dependency, const QList<Item> &items, const QString &reason)
{
    QList<JournalEntry> entries;
    for (const Item &item : items)
        entries.append({ item.shopId, item.externalId, JournalState::Failed, reason, 0, item.attempts > 0 });
    settle(kind, dependency, entries);
}

bool UploadEngine::settle(EntityKind kind, bool dependency, const QList<JournalEntry> &entries)
{
    if (entries.isEmpty())
        return true;
    if (!m_options.dryRun) {
        if (Status st = m_context.state->record(kind, entries, m_context.runId); !st) {
            fatal(st.error());
            return false;
        }
    }
    for (const JournalEntry &e : entries) {
        if (dependency) {
            m_customersInFlight.remove(e.externalId);
            if (e.state == JournalState::Sent) {
                ++m_summary.customersCreated;
            } else {
                ++m_summary.customersFailed;
                m_customerFailures.insert(e.externalId, e.reason);
            }
            continue;
        }
        if (e.state == JournalState::Sent) {
            ++m_summary.sent;
        } else if (e.state == JournalState::Failed) {
            const FailedItem f { kind, e.shopId, e.externalId, e.reason };
            m_summary.addFailure(f);
            Q_EMIT itemFailed(f);
        } else {
            m_summary.addSkip(e.reason);
        }
    }
    emitProgress(false);
    return true;
}

void UploadEngine::resolveWaiting()
{
    const QList<BatchPtr> waiting = std::exchange(m_waiting, {});
    for (const BatchPtr &batch : waiting) {
        QHash<QString, QString> refused;
        for (const QString &ref : QSet<QString>(batch->waitingFor)) {
            if (m_customersInFlight.contains(ref))
                continue;
            batch->waitingFor.remove(ref);
            if (const auto f = m_customerFailures.constFind(ref); f != m_customerFailures.constEnd())
                refused.insert(ref, *f);
        }
        if (!refused.isEmpty()) {
            QList<Item> keep;
            for (const Item &item : std::as_const(batch->items)) {
                if (refused.contains(item.customerRef))
                    failItems(EntityKind::Order, false, { item },
                              u"its customer (externalId %1) could not be created in the CRM: %2"_s.arg(
                                  item.customerRef, refused.value(item.customerRef)));
                else
                    keep.append(item);
            }
            batch->items = keep;
        }
        if (batch->items.isEmpty())
            continue;
        if (batch->waitingFor.isEmpty())
            m_ready.append(batch);
        else
            m_waiting.append(batch);
    }
}

void UploadEngine::fatal(const Error &error)
{
    if (!m_summary.error)
        m_summary.error = error;
    if (m_stopping)
        return;
    m_stopping = true;
    if (m_context.client)
        m_context.client->abortAll();
    // Finish from the event loop: callers may still be on the stack.
    QTimer::singleShot(0, this, &UploadEngine::maybeFinish);
}

void UploadEngine::maybeFinish()
{
    if (m_finished || !m_started || m_pumping)
        return;
    if (m_inFlight > 0)
        return;
    if (!m_stopping && (!m_readerDone || !m_current.isEmpty() || !m_ready.isEmpty() || !m_waiting.isEmpty()))
        return;
    m_finished = true;
    m_summary.elapsedMs = m_clock.elapsed();
    // Rows read whose outcome is not known (the run stopped): not counted as read; the next run reads them again.
    m_summary.unfinished = m_summary.read - done();
    m_summary.read = done();
    emitProgress(true);
    Q_EMIT finished();
}

void UploadEngine::emitProgress(bool force)
{
    const qint64 now = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (!force && m_lastProgressMs >= 0 && now - m_lastProgressMs < 200)
        return;
    m_lastProgressMs = now;
    Q_EMIT progress(done(), m_summary.total);
}

QHash<QString, QString> UploadEngine::itemReasons(const QJsonObject &envelope, const QJsonArray &batch,
                                                  const CrmUploadResult &result)
{
    // `errors` of a 460 is a map whose keys are either the items' positions in the batch or their
    // externalIds. With numeric externalIds both readings are possible: take the one whose items are
    // exactly the failed ones (positions first: that is what the CRM sends).
    const QJsonObject errors = envelope.value(u"errors"_s).toObject();
    if (errors.isEmpty() || result.failed.isEmpty())
        return {};
    QSet<QString> failed;
    for (const CrmFailedItem &f : result.failed)
        failed.insert(f.externalId);
    auto text = [](const QJsonValue &v) {
        if (v.isString())
            return v.toString();
        QStringList parts;
        if (v.isArray()) {
            for (const QJsonValue &x : v.toArray())
                parts.append(x.toString());
        } else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                parts.append(it.key() + u": "_s + it.value().toString());
        }
        return parts.join(u"; "_s);
    };
    QHash<QString, QString> byPosition;
    bool positionsFit = true;
    for (auto it = errors.begin(); it != errors.end() && positionsFit; ++it) {
        bool ok = false;
        const qsizetype n = it.key().toLongLong(&ok);
        const QString ext
            = ok && n >= 0 && n < batch.size() ? batch.at(n).toObject().value(u"externalId"_s).toString() : QString();
        if (ext.isEmpty() || !failed.contains(ext))
            positionsFit = false;
        else
            byPosition.insert(ext, text(it.value()));
    }
    if (positionsFit)
        return byPosition;
    QHash<QString, QString> byExternalId;
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        if (!failed.contains(it.key()))
            return {};
        byExternalId.insert(it.key(), text(it.value()));
    }
    return byExternalId;
}

bool UploadEngine::isAlreadyExists(const QString &reason)
{
    static const QRegularExpression re(u"already exists|уже существует"_s, QRegularExpression::CaseInsensitiveOption);
    return re.match(reason).hasMatch();
}

QString UploadEngine::missingCustomerRef(const QString &reason)
{
    static const QRegularExpression re(u"Customer with externalId\\s*=\\s*([^\\s.]+)\\.?\\s+not found"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(reason);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace rd
