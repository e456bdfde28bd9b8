#pragma once

#include "Job.h"
#include "JobEnvironment.h"
#include "SyncRound.h"
#include "SyncTypes.h"

#include <optional>

class QEventLoop;

namespace rd {

class SyncRound;

struct SyncOptions
{
    bool watch = false; // repeat rounds until cancelled
    int intervalSeconds = 300; // pause between the start of one round and the next (watch)
    int maxRounds = 0; // watch: stop after this many rounds (0 = until cancelled)
    SyncRoundOptions round;
};

// `sync --once` / `sync --watch`: opens the shop, the state store (taking its lock: one job per
// profile) and a CrmClient on its worker thread and runs SyncRound after SyncRound. Each round is
// recorded in the runs table and reported with roundFinished(). In watch mode a round that fails
// (the CRM unreachable, ...) is reported and the next one runs after the interval; cancel() stops the
// current round cleanly (journal and watermarks consistent) and ends the job.
class SyncJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncJob)

public:
    SyncJob(JobEnvironment environment, SyncOptions options, QObject *parent = nullptr);
    ~SyncJob() override;

    const SyncOptions &options() const { return m_options; }
    // After finished(): the last round's summary, how many rounds ran, and a setup error (nothing ran).
    const SyncRoundSummary &lastRound() const { return m_last; }
    int rounds() const { return m_rounds; }
    const std::optional<Error> &setupError() const { return m_setupError; }
    bool wasCancelled() const { return m_cancelled; }

Q_SIGNALS:
    void roundStarted(int round);
    void roundFinished(const rd::SyncRoundSummary &summary);

protected:
    void execute() override;
    void onCancel() override;

private:
    JobEnvironment m_env;
    SyncOptions m_options;
    SyncRoundSummary m_last;
    int m_rounds = 0;
    bool m_cancelled = false;
    std::optional<Error> m_setupError;
    SyncRound *m_round = nullptr;
    QEventLoop *m_pause = nullptr;
};

} // namespace rd
