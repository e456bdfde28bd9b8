#pragma once

#include "config/Profile.h"
#include "sync/SyncJob.h"

#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>

class QCheckBox;
class QChart;
class QChartView;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;
class QToolButton;
class QTreeWidget;

namespace rd {

class SecretStore;

struct CheckReport;
struct Overview;
struct SyncRoundSummary;

// The dashboard: the state of the connection (CRM key and site, shop database and miniShop2 version,
// code mappings), shop vs CRM counts, what needs attention, a chart of orders sent and statuses synced
// per day, the last runs, "Sync now" and automatic sync every N minutes.
//
// The check, the overview and the sync round all run on worker threads; the page shows a busy state
// meanwhile (property "busy") and never blocks.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    // `secretsFactory` makes a SecretStore for the worker thread (it may carry an in-memory override).
    DashboardPage(Profile profile, std::function<std::unique_ptr<SecretStore>()> secretsFactory,
                  QWidget *parent = nullptr);
    ~DashboardPage() override;

    bool isChecking() const { return m_checking; }
    bool isSyncing() const { return m_sync != nullptr || m_syncPreparing; }
    // Runs one sync round by itself when the overview shows no run at all yet (the demo: data in the chart).
    void setFirstSyncWhenEmpty(bool on) { m_firstSyncWhenEmpty = on; }
    // The local state file (tests; empty = the profile's default).
    void setStatePath(const QString &path) { m_statePath = path; }

    // The chart's series (tests): per day, oldest first.
    QList<qreal> chartValues(int series) const;
    QStringList chartDays() const;

public Q_SLOTS:
    void refresh(); // the check and the overview (F5)
    void refreshOverview();
    void syncNow();

Q_SIGNALS:
    void checkFinished(bool ok);
    void overviewLoaded();
    void syncFinished(bool ok);

private:
    void showReport(const CheckReport &report);
    void showOverview(const Overview &overview);
    void updateBusy();
    void updateAutoSync();
    void onRoundFinished(const SyncRoundSummary &summary);
    void onSyncJobFinished();
    QString settingsKey(const QString &name) const;

    Profile m_profile;
    std::function<std::unique_ptr<SecretStore>()> m_secretsFactory;
    QString m_statePath;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_findings = nullptr;
    QToolButton *m_details = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_attention = nullptr;
    QGroupBox *m_activity = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    QLabel *m_chartEmpty = nullptr;
    QTreeWidget *m_runs = nullptr;
    QPushButton *m_syncNow = nullptr;
    QCheckBox *m_autoSync = nullptr;
    QSpinBox *m_autoMinutes = nullptr;
    QLabel *m_syncState = nullptr;
    QTimer *m_autoTimer = nullptr;
    QPointer<SyncJob> m_sync;
    bool m_syncPreparing = false;
    bool m_checking = false;
    bool m_loadingOverview = false;
    bool m_overviewAgain = false;
    bool m_firstSyncWhenEmpty = false;
    bool m_firstSyncDone = false;
    bool m_lastSyncOk = true;
    QList<QList<qreal>> m_chartValues;
    QStringList m_chartDays;
};

} // namespace rd
