#pragma once

#include "catalog/IcmlSummary.h"
#include "catalog/StockSummary.h"
#include "common/Result.h"
#include "sync/Job.h"
#include "sync/JobEnvironment.h"

#include <atomic>
#include <optional>

namespace rd {

// The catalog legs of the Uploads page as a cancellable job on its own thread (core/sync Job):
// the ICML export (IcmlWriter, written atomically to `icmlPath`) or the stock and price upload
// (StockUploader with its journal, which lets an interrupted run resume). Emits progress() in
// products with rate and ETA; the outcome is complete once finished() was emitted.
class UploadCatalogJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadCatalogJob)

public:
    enum class Mode { Icml, Stock };

    UploadCatalogJob(JobEnvironment environment, Mode mode, QString icmlPath, bool restart = false,
                     QObject *parent = nullptr);
    ~UploadCatalogJob() override;

    Mode mode() const { return m_mode; }
    // Stops at the next page (ICML) or once the batches already sent are answered (stock); thread-safe.
    void stop();

    // After finished(): the ICML summary or the stock summary (whichever mode ran), or the error that
    // kept the run from starting (shop, CRM, journal, file).
    const std::optional<IcmlSummary> &icml() const { return m_icml; }
    const std::optional<StockSummary> &stock() const { return m_stock; }
    const std::optional<Error> &error() const { return m_error; }
    bool wasStopped() const { return m_stop.load(); }

protected:
    void execute() override;

private:
    void reportProgress(qint64 done, qint64 total);

    JobEnvironment m_env;
    Mode m_mode;
    QString m_icmlPath;
    bool m_restart = false;
    std::atomic<bool> m_stop { false };
    qint64 m_startedMs = 0;
    std::optional<IcmlSummary> m_icml;
    std::optional<StockSummary> m_stock;
    std::optional<Error> m_error;
};

} // namespace rd
