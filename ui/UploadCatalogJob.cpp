#include "UploadCatalogJob.h"

#include "catalog/CatalogStockJournal.h"
#include "catalog/IcmlWriter.h"
#include "catalog/StockUploader.h"
#include "crm/CrmClient.h"
#include "crm/CrmConfig.h"
#include "shop/ShopDatabase.h"

#include <QDateTime>

namespace rd {

UploadCatalogJob::UploadCatalogJob(JobEnvironment environment, Mode mode, QString icmlPath, bool restart,
                                   QObject *parent)
    : Job(parent)
    , m_env(std::move(environment))
    , m_mode(mode)
    , m_icmlPath(std::move(icmlPath))
    , m_restart(restart)
{ }

UploadCatalogJob::~UploadCatalogJob() = default;

void UploadCatalogJob::stop()
{
    m_stop.store(true);
    cancel();
}

void UploadCatalogJob::reportProgress(qint64 done, qint64 total)
{
    const double seconds = (QDateTime::currentMSecsSinceEpoch() - m_startedMs) / 1000.0;
    const double rate = seconds > 0.2 ? done / seconds : 0;
    const double eta = (total >= 0 && rate > 0) ? (total - done) / rate : -1;
    Q_EMIT progress(done, total, rate, eta);
}

void UploadCatalogJob::execute()
{
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    std::shared_ptr<ShopDatabase> shop = m_env.shop;
    if (!shop) {
        auto opened = ShopDatabase::open(m_env.profile.shop, m_env.dbPassword);
        if (!opened) {
            m_error = opened.error();
            return;
        }
        shop = *opened;
    }
    const CatalogOptions catalog = CatalogOptions::fromProfile(m_env.profile);
    const auto progress = [this](qint64 done, qint64 total) { reportProgress(done, total); };

    if (m_mode == Mode::Icml) {
        IcmlWriter writer(*shop, catalog);
        writer.setProgress(progress);
        writer.setCancelFlag(&m_stop);
        Result<IcmlSummary> written = writer.write(m_icmlPath);
        if (written)
            m_icml = *written;
        else
            m_error = written.error();
        shop->closeConnection();
        return;
    }

    auto config = CrmConfig::fromProfile(m_env.profile, m_env.apiKey);
    if (!config) {
        m_error = config.error();
        shop->closeConnection();
        return;
    }
    if (m_env.tuneCrm)
        m_env.tuneCrm(*config);
    auto journal = CatalogStockJournal::open(CatalogStockJournal::defaultPath(m_env.profile));
    if (!journal) {
        m_error = journal.error();
        shop->closeConnection();
        return;
    }
    {
        CrmClient client(*config);
        StockOptions options;
        options.restart = m_restart;
        StockUploader uploader(*shop, client, catalog, options);
        uploader.setJournal(journal->get());
        uploader.setProgress(progress);
        uploader.setCancelFlag(&m_stop);
        Result<StockSummary> ran = uploader.run();
        if (ran) {
            m_stock = *ran;
        } else {
            m_error = ran.error();
        }
    }
    journal->reset();
    shop->closeConnection();
}

} // namespace rd
