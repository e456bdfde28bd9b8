#include "SyncJob.h"

#include "StateStore.h"
#include "crm/CrmClient.h"
#include "shop/ShopDatabase.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace rd {

SyncJob::SyncJob(JobEnvironment environment, SyncOptions options, QObject *parent)
    : Job(parent)
    , m_env(std::move(environment))
    , m_options(options)
{
    qRegisterMetaType<rd::SyncRoundSummary>();
    qRegisterMetaType<rd::UploadSummary>();
}

SyncJob::~SyncJob() = default;

void SyncJob::onCancel()
{
    if (m_round)
        m_round->cancel();
    if (m_pause)
        m_pause->quit();
}

void SyncJob::execute()
{
    std::shared_ptr<ShopDatabase> shop = m_env.shop;
    if (!shop) {
        auto opened = ShopDatabase::open(m_env.profile.shop, m_env.dbPassword);
        if (!opened) {
            m_setupError = opened.error();
            return;
        }
        shop = *opened;
    }
    std::shared_ptr<StateStore> state = m_env.state;
    if (!state) {
        const QString path = m_env.statePath.isEmpty() ? StateStore::defaultPath(m_env.profile) : m_env.statePath;
        auto opened = StateStore::open(path);
        if (!opened) {
            shop->closeConnection();
            m_setupError = opened.error();
            return;
        }
        state = *opened;
    }
    if (Status st = state->lock(); !st) {
        shop->closeConnection();
        state->closeConnection();
        m_setupError = st.error();
        return;
    }
    auto config = CrmConfig::fromProfile(m_env.profile, m_env.apiKey);
    if (!config) {
        state->unlock();
        shop->closeConnection();
        state->closeConnection();
        m_setupError = config.error();
        return;
    }
    const int batches = m_options.round.batchesInFlight > 0 ? m_options.round.batchesInFlight
                                                            : defaultBatchesInFlight(m_env.profile.crm.rateLimit);
    config->maxInFlight = qMax(config->maxInFlight, batches + 4);
    if (m_env.tuneCrm)
        m_env.tuneCrm(*config);
    CrmClient client(*config);

    SyncRound::Context ctx;
    ctx.shop = shop.get();
    ctx.state = state.get();
    ctx.client = &client;
    ctx.mapping = MappingOptions::fromProfile(m_env.profile);
    ctx.syncStatuses = m_env.profile.sync.statuses;
    ctx.rateLimit = m_env.profile.crm.rateLimit;

    while (!isCancelRequested()) {
        QDeadlineTimer next(qMax(0, m_options.intervalSeconds) * 1000LL);
        ++m_rounds;
        Q_EMIT roundStarted(m_rounds);
        Q_EMIT message(u"Sync round %1…"_s.arg(m_rounds));
        auto runId = state->beginRun(u"sync"_s);
        SyncRoundSummary summary;
        if (!runId) {
            summary.error = runId.error();
        } else {
            ctx.runId = *runId;
            SyncRound round(ctx, m_options.round);
            m_round = &round;
            if (isCancelRequested())
                round.cancel();
            summary = round.run();
            m_round = nullptr;
            RunRecord run;
            run.id = *runId;
            run.outcome = summary.error ? RunRecord::Outcome::Failed
                : summary.cancelled     ? RunRecord::Outcome::Cancelled
                                        : RunRecord::Outcome::Finished;
            run.read = summary.customers.read + summary.orders.read + summary.statusRowsRead + summary.historyEntries;
            run.sent = summary.customers.sent + summary.orders.sent + summary.statusSent + summary.statusUploadedWhole
                + summary.historyApplied;
            run.skipped = summary.customers.skipped + summary.orders.skipped + summary.statusSkipped
                + summary.historySkipped + summary.historyUnchanged;
            run.failed = summary.failedCount();
            run.message = summary.error ? summary.error->toString() : QString();
            run.details = compactRunDetails(summary.toJson());
            if (Status st = state->finishRun(run); !st && !summary.error)
                summary.error = st.error();
        }
        if (isCancelRequested())
            summary.cancelled = true;
        m_last = summary;
        m_cancelled = summary.cancelled;
        Q_EMIT roundFinished(summary);
        if (!m_options.watch || summary.cancelled || (m_options.maxRounds > 0 && m_rounds >= m_options.maxRounds))
            break;
        // Wait for the next round (cancel() ends the wait).
        if (!next.hasExpired() && !isCancelRequested()) {
            QEventLoop pause;
            QTimer timer;
            timer.setSingleShot(true);
            QObject::connect(&timer, &QTimer::timeout, &pause, &QEventLoop::quit);
            timer.start(std::chrono::milliseconds(qMax<qint64>(0, next.remainingTime())));
            m_pause = &pause;
            if (!isCancelRequested())
                pause.exec();
            m_pause = nullptr;
        }
    }
    if (isCancelRequested())
        m_cancelled = true;
    state->unlock();
    shop->closeConnection();
    state->closeConnection();
}

} // namespace rd
