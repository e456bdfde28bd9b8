#include "UploadJob.h"

#include "StateStore.h"
#include "UploadEngine.h"
#include "crm/CrmClient.h"
#include "mapping/MappingOptions.h"
#include "shop/ShopDatabase.h"

#include <QElapsedTimer>

using namespace Qt::Literals::StringLiterals;

namespace rd {

UploadJob::UploadJob(JobEnvironment environment, UploadOptions options, QObject *parent)
    : Job(parent)
    , m_env(std::move(environment))
    , m_options(std::move(options))
{
    m_summary.kind = m_options.kind;
    m_summary.dryRun = m_options.dryRun;
}

UploadJob::~UploadJob() = default;

void UploadJob::onCancel()
{
    if (m_engine)
        m_engine->cancel();
}

void UploadJob::execute()
{
    const auto stop = [this](const Error &e) { m_summary.error = e; };

    std::shared_ptr<ShopDatabase> shop = m_env.shop;
    if (!shop) {
        auto opened = ShopDatabase::open(m_env.profile.shop, m_env.dbPassword);
        if (!opened)
            return stop(opened.error());
        shop = *opened;
    }
    std::shared_ptr<StateStore> state = m_env.state;
    if (!state) {
        const QString path = m_env.statePath.isEmpty() ? StateStore::defaultPath(m_env.profile) : m_env.statePath;
        auto opened = StateStore::open(path);
        if (!opened) {
            shop->closeConnection();
            return stop(opened.error());
        }
        state = *opened;
    }
    const bool locked = !m_options.dryRun;
    if (locked) {
        if (Status st = state->lock(); !st) {
            shop->closeConnection();
            state->closeConnection();
            return stop(st.error());
        }
    }
    const auto cleanUp = [&] {
        if (locked)
            state->unlock();
        shop->closeConnection();
        state->closeConnection();
    };

    std::unique_ptr<CrmClient> client;
    UploadEngine::Context ctx;
    ctx.shop = shop.get();
    ctx.state = state.get();
    ctx.mapping = MappingOptions::fromProfile(m_env.profile);
    ctx.rateLimit = m_env.profile.crm.rateLimit;
    if (!m_options.dryRun) {
        auto config = CrmConfig::fromProfile(m_env.profile, m_env.apiKey);
        if (!config) {
            cleanUp();
            return stop(config.error());
        }
        // Enough connections for the outstanding batches plus their look-ups.
        const int batches = m_options.maxBatchesInFlight > 0 ? m_options.maxBatchesInFlight
                                                             : defaultBatchesInFlight(m_env.profile.crm.rateLimit);
        config->maxInFlight = qMax(config->maxInFlight, batches + 4);
        if (m_env.tuneCrm)
            m_env.tuneCrm(*config);
        client = std::make_unique<CrmClient>(*config);
        ctx.client = client.get();
        auto runId = state->beginRun(u"upload "_s + entityKindPlural(m_options.kind));
        if (!runId) {
            cleanUp();
            return stop(runId.error());
        }
        ctx.runId = *runId;
    }

    UploadEngine engine(ctx, m_options);
    m_engine = &engine;
    QElapsedTimer clock;
    clock.start();
    connect(&engine, &UploadEngine::progress, this, [this, &clock](qint64 done, qint64 total) {
        const double seconds = clock.elapsed() / 1000.0;
        const double rate = seconds > 0.2 ? done / seconds : 0;
        const double eta = (total >= 0 && rate > 0) ? (total - done) / rate : -1;
        Q_EMIT progress(done, total, rate, eta);
    });
    connect(&engine, &UploadEngine::itemFailed, this,
            [this](const FailedItem &f) { Q_EMIT itemFailed(f.externalId, f.reason); });
    connect(&engine, &UploadEngine::payload, this, &UploadJob::payload);
    Q_EMIT message(u"%1 %2…"_s.arg(m_options.dryRun ? u"Mapping"_s : u"Uploading"_s, entityKindPlural(m_options.kind)));
    if (isCancelRequested()) {
        m_summary.cancelled = true;
    } else {
        m_summary = engine.runBlocking();
        if (isCancelRequested())
            m_summary.cancelled = true;
    }
    m_engine = nullptr;

    if (ctx.runId > 0) {
        RunRecord run;
        run.id = ctx.runId;
        run.outcome = m_summary.error ? RunRecord::Outcome::Failed
            : m_summary.cancelled     ? RunRecord::Outcome::Cancelled
                                      : RunRecord::Outcome::Finished;
        run.read = m_summary.read;
        run.sent = m_summary.sent;
        run.skipped = m_summary.skipped;
        run.failed = m_summary.failed;
        run.message = m_summary.error ? m_summary.error->toString() : QString();
        run.details = compactRunDetails(m_summary.toJson());
        if (Status st = state->finishRun(run); !st && !m_summary.error)
            m_summary.error = st.error();
    }
    client.reset();
    cleanUp();
}

} // namespace rd
