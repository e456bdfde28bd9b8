#pragma once

#include "Job.h"
#include "JobEnvironment.h"
#include "SyncTypes.h"

#include <QJsonArray>
#include <QPointer>

namespace rd {

class UploadEngine;

// `upload customers|orders` as a job: opens the shop, the state store (and takes its lock) and a
// CrmClient on its worker thread, records a run, and drives an UploadEngine (batches of 50, several
// outstanding under the rate limit, journal after every answer, resume, no duplicates).
//
//   UploadOptions o; o.kind = EntityKind::Order;
//   auto *job = new UploadJob(env, o);
//   connect(job, &UploadJob::finished, ctx, [job] { const UploadSummary &s = job->summary(); ... });
//   job->start();
//
// summary() is complete once finished() was emitted: read == sent + skipped + failed; every failed
// row with the CRM's reason; summary().error when the run stopped early (connection, key, database).
class UploadJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadJob)

public:
    UploadJob(JobEnvironment environment, UploadOptions options, QObject *parent = nullptr);
    ~UploadJob() override;

    const UploadOptions &options() const { return m_options; }
    const UploadSummary &summary() const { return m_summary; }

Q_SIGNALS:
    // Dry run: one call that would be made (endpoint "customers/upload" | "orders/upload", its items).
    void payload(const QString &endpoint, const QJsonArray &items);

protected:
    void execute() override;
    void onCancel() override;

private:
    JobEnvironment m_env;
    UploadOptions m_options;
    UploadSummary m_summary;
    QPointer<UploadEngine> m_engine;
};

} // namespace rd
