#include "DashboardPage.h"

#include "AsyncTask.h"
#include "JobSecrets.h"
#include "config/SecretStore.h"
#include "setup/ConnectionCheck.h"
#include "sync/Overview.h"
#include "sync/SyncJob.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QCursor>
#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedLayout>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

constexpr int chartDaysShown = 14;

QString figure(qint64 n)
{
    return n < 0 ? QStringLiteral("—") : QLocale().toString(n);
}

} // namespace

DashboardPage::DashboardPage(Profile profile, std::function<std::unique_ptr<SecretStore>()> secretsFactory,
                             QWidget *parent)
    : QWidget(parent)
    , m_profile(std::move(profile))
    , m_secretsFactory(std::move(secretsFactory))
{
    auto *layout = new QVBoxLayout(this);

    // The connection check.
    auto *connection = new QGroupBox(tr("Connection"), this);
    auto *connectionLayout = new QVBoxLayout(connection);
    m_summary = new QLabel(connection);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findings = new QTreeWidget(connection);
    m_findings->setColumnCount(3);
    m_findings->setHeaderLabels({ tr("Area"), tr("Checked"), tr("Result") });
    m_findings->setRootIsDecorated(false);
    m_findings->setWordWrap(true);
    m_findings->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_findings->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_findings->header()->setStretchLastSection(true);
    m_details = new QToolButton(connection);
    m_details->setText(tr("Details"));
    m_details->setCheckable(true);
    m_details->setToolTip(tr("Show or hide every check"));
    connect(m_details, &QToolButton::toggled, m_findings, &QWidget::setVisible);
    m_findings->setVisible(false);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_details, 0, Qt::AlignTop);
    connectionLayout->addLayout(summaryRow);
    connectionLayout->addWidget(m_findings, 1);

    // Counts and what needs attention.
    auto *numbers = new QGroupBox(tr("Shop and CRM"), this);
    auto *numbersLayout = new QVBoxLayout(numbers);
    m_counts = new QLabel(numbers);
    m_counts->setTextFormat(Qt::RichText);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_attention = new QLabel(numbers);
    m_attention->setWordWrap(true);
    m_attention->setTextFormat(Qt::RichText);
    numbersLayout->addWidget(m_counts);
    numbersLayout->addWidget(m_attention);
    numbersLayout->addStretch();

    // The chart, with an empty state in its place when nothing happened.
    auto *activity = new QGroupBox(tr("Last %n day(s)", nullptr, chartDaysShown), this);
    m_activity = activity;
    auto *activityStack = new QStackedLayout(activity);
    m_chart = new QChart;
    m_chart->setBackgroundVisible(false);
    m_chart->setMargins(QMargins(0, 0, 0, 0));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setLabelColor(palette().color(QPalette::WindowText));
    m_chartView = new QChartView(m_chart, activity);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(180);
    m_chartEmpty = new QLabel(activity);
    m_chartEmpty->setAlignment(Qt::AlignCenter);
    m_chartEmpty->setWordWrap(true);
    m_chartEmpty->setText(tr("No uploads or sync rounds in the last %n day(s). Press “Sync now”, or start an "
                             "upload on the Uploads page.",
                             nullptr, chartDaysShown));
    activityStack->addWidget(m_chartEmpty);
    activityStack->addWidget(m_chartView);

    // The last runs.
    auto *runsBox = new QGroupBox(tr("Last runs"), this);
    auto *runsLayout = new QVBoxLayout(runsBox);
    m_runs = new QTreeWidget(runsBox);
    m_runs->setColumnCount(7);
    m_runs->setHeaderLabels(
        { tr("Started"), tr("Run"), tr("Outcome"), tr("Read"), tr("Sent"), tr("Skipped"), tr("Failed") });
    m_runs->setRootIsDecorated(false);
    m_runs->setUniformRowHeights(true);
    m_runs->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_runs->header()->setStretchLastSection(true);
    runsLayout->addWidget(m_runs);

    // Sync controls.
    m_syncNow = new QPushButton(tr("Sync now"), this);
    m_syncNow->setToolTip(tr("Send new customers, orders and status changes to the CRM and bring the CRM's "
                             "status changes into the shop (one sync round)"));
    connect(m_syncNow, &QPushButton::clicked, this, &DashboardPage::syncNow);
    m_autoSync = new QCheckBox(tr("Sync automatically every"), this);
    m_autoMinutes = new QSpinBox(this);
    m_autoMinutes->setRange(1, 24 * 60);
    m_autoMinutes->setSuffix(tr(" min"));
    m_syncState = new QLabel(this);
    m_syncState->setWordWrap(true);
    m_refresh = new QPushButton(tr("Check again"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Check the CRM and the shop database again (F5)"));
    connect(m_refresh, &QPushButton::clicked, this, &DashboardPage::refresh);

    m_autoTimer = new QTimer(this);
    connect(m_autoTimer, &QTimer::timeout, this, [this] {
        if (!isSyncing())
            syncNow();
    });
    QSettings settings;
    m_autoSync->setChecked(settings.value(settingsKey(u"autoSync"_s), false).toBool());
    m_autoMinutes->setValue(settings.value(settingsKey(u"autoSyncMinutes"_s), 15).toInt());
    connect(m_autoSync, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(settingsKey(u"autoSync"_s), on);
        updateAutoSync();
    });
    connect(m_autoMinutes, &QSpinBox::valueChanged, this, [this](int minutes) {
        QSettings().setValue(settingsKey(u"autoSyncMinutes"_s), minutes);
        updateAutoSync();
    });

    auto *grid = new QGridLayout;
    grid->addWidget(connection, 0, 0);
    grid->addWidget(numbers, 0, 1);
    grid->addWidget(activity, 1, 0);
    grid->addWidget(runsBox, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(1, 1);
    layout->addLayout(grid, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_syncNow);
    buttons->addWidget(m_autoSync);
    buttons->addWidget(m_autoMinutes);
    buttons->addWidget(m_syncState, 1);
    buttons->addWidget(m_refresh);
    layout->addLayout(buttons);

    m_counts->setText(tr("Loading…"));
    updateAutoSync();
}

DashboardPage::~DashboardPage()
{
    if (m_sync) {
        // The job ends after its round stops cleanly; it deletes itself.
        disconnect(m_sync, nullptr, this, nullptr);
        m_sync->cancel();
    }
}

QString DashboardPage::settingsKey(const QString &name) const
{
    // Per profile: a hash keeps the key short and free of '/'.
    const QByteArray id
        = QCryptographicHash::hash(m_profile.keychainId().toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return u"dashboard/"_s + QString::fromLatin1(id) + u'/' + name;
}

void DashboardPage::refresh()
{
    refreshOverview();
    if (m_checking)
        return;
    m_checking = true;
    m_refresh->setEnabled(false);
    updateBusy();
    m_summary->setText(tr("Checking %1 and the shop database…").arg(m_profile.crm.url.toDisplayString()));
    runAsync(
        this,
        [profile = m_profile, factory = m_secretsFactory]() {
            std::unique_ptr<SecretStore> secrets = factory();
            return runConnectionCheck(profile, *secrets);
        },
        [this](CheckReport report) {
            m_checking = false;
            m_refresh->setEnabled(true);
            showReport(report);
            updateBusy();
            Q_EMIT checkFinished(report.ok());
        });
}

void DashboardPage::refreshOverview()
{
    if (m_loadingOverview) {
        m_overviewAgain = true; // something changed while loading: load once more afterwards
        return;
    }
    m_loadingOverview = true;
    updateBusy();
    runAsync(
        this,
        [profile = m_profile, factory = m_secretsFactory, statePath = m_statePath]() {
            std::optional<Error> keyError;
            auto env = loadJobEnvironment(profile, factory, true, &keyError);
            OverviewOptions options;
            options.days = chartDaysShown;
            // Without the key the CRM's totals are unknown, without the DB password the shop's; the
            // rest is still worth showing, with the reason.
            JobEnvironment local = env ? *env : JobEnvironment {};
            local.profile = profile;
            local.statePath = statePath;
            options.crm = env && !keyError;
            Overview o = loadOverview(local, options);
            if (!env)
                o.problems.prepend(env.error().toString());
            if (keyError)
                o.problems.prepend(keyError->toString());
            return o;
        },
        [this](Overview overview) {
            m_loadingOverview = false;
            showOverview(overview);
            updateBusy();
            Q_EMIT overviewLoaded();
            if (m_overviewAgain) {
                m_overviewAgain = false;
                refreshOverview();
            } else if (m_firstSyncWhenEmpty && !m_firstSyncDone && overview.recentRuns.isEmpty()
                       && overview.problems.isEmpty()) {
                m_firstSyncDone = true;
                syncNow();
            }
        });
}

void DashboardPage::syncNow()
{
    if (isSyncing())
        return;
    m_syncPreparing = true;
    m_syncNow->setEnabled(false);
    m_syncState->setText(tr("Starting a sync round…"));
    updateBusy();
    runAsync(
        this, [profile = m_profile, factory = m_secretsFactory]() { return loadJobEnvironment(profile, factory); },
        [this](Result<JobEnvironment> env) {
            m_syncPreparing = false;
            if (!env) {
                m_lastSyncOk = false;
                m_syncState->setText(tr("Could not sync: %1").arg(env.error().toString()));
                m_syncNow->setEnabled(true);
                updateBusy();
                Q_EMIT syncFinished(false);
                return;
            }
            env->statePath = m_statePath;
            SyncOptions options; // one round
            auto *job = new SyncJob(*env, options);
            m_sync = job;
            connect(job, &SyncJob::message, this, [this](const QString &text) { m_syncState->setText(text); });
            connect(job, &SyncJob::roundFinished, this, &DashboardPage::onRoundFinished);
            connect(job, &Job::finished, this, &DashboardPage::onSyncJobFinished);
            connect(job, &Job::finished, job, &QObject::deleteLater);
            job->start();
            m_syncState->setText(tr("Sync round running…"));
        });
}

void DashboardPage::onRoundFinished(const SyncRoundSummary &s)
{
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    if (s.error) {
        m_lastSyncOk = false;
        m_syncState->setText(tr("Sync at %1 stopped: %2").arg(time, s.error->toString()));
        return;
    }
    m_lastSyncOk = s.failedCount() == 0;
    const qint64 statuses = s.statusSent + s.statusUploadedWhole + s.historyApplied;
    QString text = tr("Synced at %1: %n order(s) sent", nullptr, static_cast<int>(s.orders.sent)).arg(time);
    text += u", "_s + tr("%n customer(s)", nullptr, static_cast<int>(s.customers.sent));
    text += u", "_s + tr("%n status change(s)", nullptr, static_cast<int>(statuses));
    if (s.failedCount() > 0)
        text += u"; "_s + tr("%n failed (retried next round)", nullptr, static_cast<int>(s.failedCount()));
    m_syncState->setText(text + u'.');
}

void DashboardPage::onSyncJobFinished()
{
    SyncJob *job = m_sync;
    m_sync = nullptr;
    if (job && job->setupError()) {
        m_lastSyncOk = false;
        m_syncState->setText(tr("Could not sync: %1").arg(job->setupError()->toString()));
    }
    m_syncNow->setEnabled(true);
    updateAutoSync();
    updateBusy();
    refreshOverview();
    Q_EMIT syncFinished(m_lastSyncOk);
}

void DashboardPage::updateAutoSync()
{
    m_autoMinutes->setEnabled(m_autoSync->isChecked());
    if (!m_autoSync->isChecked()) {
        m_autoTimer->stop();
        return;
    }
    const int interval = m_autoMinutes->value() * 60 * 1000;
    if (!m_autoTimer->isActive() || m_autoTimer->interval() != interval)
        m_autoTimer->start(interval);
    if (!isSyncing() && m_syncState->text().isEmpty()) {
        const QString next = QLocale().toString(QTime::currentTime().addMSecs(interval), QLocale::ShortFormat);
        m_syncState->setText(tr("Next automatic sync at %1.").arg(next));
    }
}

void DashboardPage::updateBusy()
{
    setProperty("busy", m_checking || m_loadingOverview || isSyncing());
}

void DashboardPage::showReport(const CheckReport &report)
{
    m_findings->clear();
    for (const CheckFinding &f : report.findings) {
        auto *item = new QTreeWidgetItem(m_findings);
        item->setText(0, f.area);
        item->setText(1, f.subject);
        item->setText(
            2, f.hint.isEmpty() || f.severity == CheckFinding::Severity::Ok ? f.message : f.message + u'\n' + f.hint);
        QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
        if (f.severity == CheckFinding::Severity::Warning)
            icon = QStyle::SP_MessageBoxWarning;
        else if (f.severity == CheckFinding::Severity::Error)
            icon = QStyle::SP_MessageBoxCritical;
        item->setIcon(0, style()->standardIcon(icon));
    }
    // Problems open the details by themselves; an all-clear check keeps them folded.
    m_details->setChecked(!report.ok() || report.warningCount() > 0);
    if (report.ok()) {
        m_summary->setText(tr("RetailDesk can work with this profile: %n warning(s).", nullptr, report.warningCount()));
    } else {
        m_summary->setText(tr("RetailDesk cannot work yet: %1").arg(report.blocking->toString().toHtmlEscaped()));
    }
}

void DashboardPage::showOverview(const Overview &o)
{
    // Shop vs CRM.
    const QString row = u"<tr><td>%1</td><td align=right>&nbsp;%2&nbsp;</td><td align=right>&nbsp;%3&nbsp;</td>"
                        u"<td align=right>&nbsp;%4</td></tr>"_s;
    QString table = u"<table cellspacing=2><tr><th></th><th>%1</th><th>%2</th><th>%3</th></tr>"_s.arg(
        tr("In the shop"), tr("Sent"), tr("In the CRM"));
    table += row.arg(tr("Orders"), figure(o.shopOrders), figure(o.ordersSent), figure(o.crmOrders));
    table += row.arg(tr("Customers"), figure(o.shopCustomers), figure(o.customersSent), figure(o.crmCustomers));
    table += u"</table>"_s;
    m_counts->setText(table);

    // What needs attention.
    QStringList lines;
    if (o.ordersFailed > 0)
        lines << tr("%n order(s) failed: see their reasons and retry them on the Uploads page.", nullptr,
                    static_cast<int>(o.ordersFailed));
    if (o.customersFailed > 0)
        lines << tr("%n customer(s) failed: see their reasons and retry them on the Uploads page.", nullptr,
                    static_cast<int>(o.customersFailed));
    if (o.pendingStatusPushes > 0)
        lines << tr("%n status change(s) waiting to reach the CRM: the next sync round retries them.", nullptr,
                    static_cast<int>(o.pendingStatusPushes));
    if (o.pendingHistoryApplies > 0)
        lines << tr("%n CRM status change(s) waiting to reach the shop: the next sync round retries them.", nullptr,
                    static_cast<int>(o.pendingHistoryApplies));
    for (const QString &problem : o.problems)
        lines << problem.toHtmlEscaped();
    m_attention->setText(lines.isEmpty() ? tr("Nothing needs your attention.")
                                         : u"<b>%1</b><ul style='margin-left:-20px'><li>%2</li></ul>"_s.arg(
                                             tr("Needs attention:"), lines.join(u"</li><li>"_s)));

    // The chart.
    m_chart->removeAllSeries();
    const auto axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    auto *orders = new QBarSet(tr("Orders sent"));
    auto *statuses = new QBarSet(tr("Statuses synced"));
    m_chartDays.clear();
    m_chartValues = { {}, {} };
    qreal max = 0;
    for (const DayActivity &d : o.days) {
        const qreal sent = static_cast<qreal>(d.ordersSent);
        const qreal synced = static_cast<qreal>(d.statusesToCrm + d.statusesToShop);
        *orders << sent;
        *statuses << synced;
        m_chartValues[0] << sent;
        m_chartValues[1] << synced;
        m_chartDays << QString::number(d.day.day());
        max = qMax(max, qMax(sent, synced));
    }
    auto *series = new QBarSeries;
    series->append(orders);
    series->append(statuses);
    connect(series, &QBarSeries::hovered, this, [this, days = o.days](bool on, int index, QBarSet *set) {
        if (!on || index < 0 || index >= days.size()) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(),
                           u"%1\n%2: %3"_s.arg(QLocale().toString(days.at(index).day), set->label(),
                                               QLocale().toString(set->at(index))));
    });
    m_chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(m_chartDays);
    x->setLabelsColor(palette().color(QPalette::WindowText));
    // Fourteen day labels do not fit a narrow chart: the axis names the range, each bar tells its day on hover.
    x->setLabelsVisible(false);
    if (!o.days.isEmpty() && m_activity)
        m_activity->setTitle(tr("Last %n day(s)", nullptr, static_cast<int>(o.days.size())) + u" ("_s
                             + QLocale().toString(o.days.first().day, QLocale::ShortFormat) + u" – "_s
                             + QLocale().toString(o.days.last().day, QLocale::ShortFormat) + u')');
    auto *y = new QValueAxis;
    y->setRange(0, qMax<qreal>(max, 4));
    y->setLabelFormat(u"%d"_s);
    y->applyNiceNumbers();
    y->setLabelsColor(palette().color(QPalette::WindowText));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    auto *stack = qobject_cast<QStackedLayout *>(m_chartView->parentWidget()->layout());
    if (stack)
        stack->setCurrentWidget(max > 0 ? static_cast<QWidget *>(m_chartView) : m_chartEmpty);

    // The last runs.
    m_runs->clear();
    for (const RunRecord &r : o.recentRuns) {
        auto *item = new QTreeWidgetItem(m_runs);
        item->setText(0, QLocale().toString(r.startedAt.toLocalTime(), QLocale::ShortFormat));
        QString kind = r.kind;
        if (r.kind == u"sync"_s)
            kind = tr("Sync round");
        else if (r.kind == u"upload orders"_s)
            kind = tr("Upload orders");
        else if (r.kind == u"upload customers"_s)
            kind = tr("Upload customers");
        item->setText(1, kind);
        QString outcome;
        QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
        switch (r.outcome) {
        case RunRecord::Outcome::Running:
            outcome = tr("running");
            icon = QStyle::SP_BrowserReload;
            break;
        case RunRecord::Outcome::Finished:
            outcome = r.failed > 0 ? tr("finished with failures") : tr("finished");
            if (r.failed > 0)
                icon = QStyle::SP_MessageBoxWarning;
            break;
        case RunRecord::Outcome::Cancelled:
            outcome = tr("cancelled");
            icon = QStyle::SP_MessageBoxWarning;
            break;
        case RunRecord::Outcome::Interrupted:
            outcome = tr("interrupted");
            icon = QStyle::SP_MessageBoxWarning;
            break;
        case RunRecord::Outcome::Failed:
            outcome = tr("failed");
            icon = QStyle::SP_MessageBoxCritical;
            break;
        }
        item->setText(2, outcome);
        item->setIcon(2, style()->standardIcon(icon));
        if (!r.message.isEmpty())
            item->setToolTip(2, r.message);
        for (int c = 3; c < 7; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(3, QLocale().toString(r.read));
        item->setText(4, QLocale().toString(r.sent));
        item->setText(5, QLocale().toString(r.skipped));
        item->setText(6, QLocale().toString(r.failed));
    }
    if (o.recentRuns.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_runs);
        item->setText(0, tr("Nothing has run yet."));
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::NoItemFlags);
    }
}

QList<qreal> DashboardPage::chartValues(int series) const
{
    return m_chartValues.value(series);
}

QStringList DashboardPage::chartDays() const
{
    return m_chartDays;
}

} // namespace rd
