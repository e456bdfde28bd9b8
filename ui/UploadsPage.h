#pragma once

#include "catalog/IcmlSummary.h"
#include "catalog/StockSummary.h"
#include "config/Profile.h"
#include "sync/JobEnvironment.h"
#include "sync/SyncTypes.h"

#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

namespace rd {

class FieldError;
class Job;
class SecretStore;

// Uploads to the CRM: the catalog (an ICML file for the CRM to load; stock and prices of its offers),
// customers and orders (core/sync UploadJob: resumable, journalled, never duplicated), with options
// (created since, only some ids), a progress bar with counts, rate and ETA, Cancel, a live table of the
// items the CRM refused with its reason, "Retry failed", the final summary, and an offer to resume a run
// that was interrupted (the state store's runs / the stock journal say so). All work runs on job threads.
class UploadsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadsPage)

public:
    enum class Task { Icml, Stock, Customers, Orders };
    Q_ENUM(Task)
    enum FailedColumn { KindColumn, ShopIdColumn, ExternalIdColumn, ReasonColumn };

    UploadsPage(Profile profile, std::function<std::unique_ptr<SecretStore>()> secretsFactory,
                QWidget *parent = nullptr);
    ~UploadsPage() override;

    // Asked for the ICML file to write (default: a save-file dialog; "" = cancelled); tests replace it.
    void setIcmlPathChooser(std::function<QString()> chooser) { m_chooseIcmlPath = std::move(chooser); }
    // The local state file (default: StateStore::defaultPath(profile)).
    void setStatePath(const QString &path) { m_statePath = path; }

    bool isRunning() const;
    bool isLoading() const { return m_loading; }
    QPushButton *button(Task task) const;
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *resumeButton() const { return m_resume; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *progressLabel() const { return m_progressText; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *resumeLabel() const { return m_resumeText; }
    QTableWidget *failedTable() const { return m_failed; }
    QLineEdit *idsEdit() const { return m_ids; }
    QCheckBox *sinceCheck() const { return m_sinceOn; }
    QDateEdit *sinceEdit() const { return m_since; }
    // The outcome of the last customer/order upload this page ran.
    const std::optional<UploadSummary> &lastSummary() const { return m_lastSummary; }

public Q_SLOTS:
    // Reads the shop and journal counts, the failed items of earlier runs and whether a run was interrupted.
    void refresh();
    void start(rd::UploadsPage::Task task);
    void retryFailed();
    void resume();
    void cancel();

Q_SIGNALS:
    void refreshed(bool ok);
    void started(rd::UploadsPage::Task task);
    // ok: the run ended normally (items may still have failed: see the table).
    void finished(rd::UploadsPage::Task task, bool ok);

protected:
    void showEvent(QShowEvent *event) override; // loads on first show

private:
    struct Overview;
    struct Run
    {
        Task task = Task::Orders;
        QList<int> ids;
        QDate since;
        bool restart = false;
        QString icmlPath;
    };

    void launch(const Run &run);
    void startJob(const Run &run, JobEnvironment env);
    void onProgress(qint64 done, qint64 total, double rate, double eta);
    void onItemFailed(const QString &id, const QString &reason);
    void flushFailures();
    void onJobFinished();
    void showOverview(const Overview &overview);
    void setFailures(const QList<FailedItem> &failures, const QList<StockItemOutcome> &offers);
    void addFailureRow(const QString &kind, int shopId, const QString &externalId, const QString &reason);
    void updateButtons();
    void updateFailedState();
    QString taskTitle(Task task) const;
    QString uploadSummaryText(const UploadSummary &s) const;
    QString icmlSummaryText(const IcmlSummary &s) const;
    QString stockSummaryText(const StockSummary &s) const;
    static QString kindText(EntityKind kind);
    QString durationText(double seconds) const;

    Profile m_profile;
    std::function<std::unique_ptr<SecretStore>()> m_secretsFactory;
    std::function<QString()> m_chooseIcmlPath;
    QString m_statePath;

    QLabel *m_status = nullptr;
    QWidget *m_resumeBox = nullptr;
    QLabel *m_resumeText = nullptr;
    QPushButton *m_resume = nullptr;
    QLabel *m_customerCounts = nullptr;
    QLabel *m_orderCounts = nullptr;
    QPushButton *m_icml = nullptr;
    QPushButton *m_stock = nullptr;
    QPushButton *m_customers = nullptr;
    QPushButton *m_orders = nullptr;
    QCheckBox *m_sinceOn = nullptr;
    QDateEdit *m_since = nullptr;
    QLineEdit *m_ids = nullptr;
    FieldError *m_idsError = nullptr;
    QLabel *m_progressTitle = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QPushButton *m_cancel = nullptr;
    QTableWidget *m_failed = nullptr;
    QLabel *m_failedEmpty = nullptr;
    QPushButton *m_retry = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_refresh = nullptr;
    QTimer *m_flush = nullptr;

    QPointer<Job> m_job;
    Run m_run;
    std::optional<Run> m_resumable;
    bool m_preparing = false; // reading secrets before the job starts
    bool m_cancelBeforeStart = false; // Cancel pressed while preparing
    bool m_loading = false;
    bool m_shownOnce = false;
    QList<QPair<QString, QString>> m_pendingFailures; // live failures waiting for the next flush
    QList<FailedItem> m_failedItems; // what "Retry failed" retries (customers/orders)
    bool m_failedStock = false; // the table lists offers of a stock upload
    std::optional<UploadSummary> m_lastSummary;
};

} // namespace rd
