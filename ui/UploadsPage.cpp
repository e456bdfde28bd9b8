#include "UploadsPage.h"

#include "AsyncTask.h"
#include "FieldError.h"
#include "JobSecrets.h"
#include "UploadCatalogJob.h"
#include "catalog/CatalogStockJournal.h"
#include "config/SecretStore.h"
#include "shop/ShopCustomerReader.h"
#include "shop/ShopDatabase.h"
#include "shop/ShopOrderReader.h"
#include "sync/StateStore.h"
#include "sync/UploadJob.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rd {

struct UploadsPage::Overview
{
    std::optional<Error> shopError;
    std::optional<Error> stateError;
    qint64 shopCustomers = -1;
    qint64 shopOrders = -1;
    qint64 sent[2] = { 0, 0 }; // by EntityKind
    qint64 failed[2] = { 0, 0 };
    qint64 skipped[2] = { 0, 0 };
    bool hasState = false;
    QList<FailedItem> failures; // failed rows of the journal (customers, then orders)
    std::optional<RunRecord> interrupted; // the newest upload run that did not finish
    QString runningElsewhere; // another process holds the state lock (its words)
    std::optional<int> stockPosition; // an interrupted stock upload's position
};

namespace {

constexpr int FailedListLimit = 2000;

int kindIndex(EntityKind kind)
{
    return kind == EntityKind::Customer ? 0 : 1;
}

Result<QList<int>> parseIds(const QString &text)
{
    QList<int> ids;
    const QStringList parts = text.split(QRegularExpression(u"[,;\\s]+"_s), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        bool ok = false;
        const int id = part.toInt(&ok);
        if (!ok || id <= 0)
            return Error(ErrorCode::Usage, part);
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

std::optional<EntityKind> entityOf(UploadsPage::Task task)
{
    if (task == UploadsPage::Task::Customers)
        return EntityKind::Customer;
    if (task == UploadsPage::Task::Orders)
        return EntityKind::Order;
    return std::nullopt;
}

} // namespace

UploadsPage::UploadsPage(Profile profile, std::function<std::unique_ptr<SecretStore>()> secretsFactory, QWidget *parent)
    : QWidget(parent)
    , m_profile(std::move(profile))
    , m_secretsFactory(std::move(secretsFactory))
{
    auto *title = new QLabel(tr("<h2>Uploads</h2>"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    // An interrupted run, offered to resume.
    m_resumeBox = new QWidget(this);
    m_resumeText = new QLabel(m_resumeBox);
    m_resumeText->setWordWrap(true);
    m_resumeText->setTextFormat(Qt::PlainText);
    m_resume = new QPushButton(tr("Resume"), m_resumeBox);
    m_resume->setToolTip(tr("Continue where the run stopped: what the CRM already has is not sent again"));
    auto *resumeLayout = new QHBoxLayout(m_resumeBox);
    resumeLayout->setContentsMargins(0, 0, 0, 0);
    resumeLayout->addWidget(m_resumeText, 1);
    resumeLayout->addWidget(m_resume);
    m_resumeBox->hide();

    // Catalog.
    auto *catalog = new QGroupBox(tr("Catalog"), this);
    m_icml = new QPushButton(tr("Export ICML file…"), catalog);
    m_icml->setToolTip(tr("Write the products, categories and offers as an ICML file for the CRM to load "
                          "(put it where the CRM can download it)"));
    m_stock = new QPushButton(tr("Upload stock and prices"), catalog);
    m_stock->setToolTip(tr("Send the stock and the prices of every offer to the CRM (the CRM must have loaded "
                           "the ICML catalog first)"));
    auto *catalogText = new QLabel(tr("The CRM learns the products from an ICML file, then takes stock and prices "
                                      "for the offers it knows."),
                                   catalog);
    catalogText->setWordWrap(true);
    auto *catalogLayout = new QVBoxLayout(catalog);
    catalogLayout->addWidget(catalogText);
    auto *catalogButtons = new QHBoxLayout;
    catalogButtons->addWidget(m_icml);
    catalogButtons->addWidget(m_stock);
    catalogButtons->addStretch();
    catalogLayout->addLayout(catalogButtons);
    catalogLayout->addStretch();

    // Customers and orders.
    auto *entities = new QGroupBox(tr("Customers and orders"), this);
    m_customerCounts = new QLabel(entities);
    m_orderCounts = new QLabel(entities);
    m_sinceOn = new QCheckBox(tr("Only created since"), entities);
    m_since = new QDateEdit(QDate::currentDate().addMonths(-1), entities);
    m_since->setCalendarPopup(true);
    m_since->setEnabled(false);
    connect(m_sinceOn, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    m_ids = new QLineEdit(entities);
    m_ids->setPlaceholderText(tr("e.g. 12, 15, 40 (empty: all)"));
    m_ids->setToolTip(tr("Shop ids separated by commas: only these customers or orders are uploaded"));
    m_idsError = new FieldError(entities);
    connect(m_ids, &QLineEdit::textEdited, m_idsError, &FieldError::clearError);
    m_customers = new QPushButton(tr("Upload customers"), entities);
    m_orders = new QPushButton(tr("Upload orders"), entities);
    m_orders->setToolTip(tr("Orders bring the customers they need first; orders already in the CRM are skipped"));
    auto *form = new QFormLayout;
    form->addRow(tr("Customers:"), m_customerCounts);
    form->addRow(tr("Orders:"), m_orderCounts);
    auto *sinceRow = new QHBoxLayout;
    sinceRow->addWidget(m_sinceOn);
    sinceRow->addWidget(m_since);
    sinceRow->addStretch();
    form->addRow(sinceRow);
    form->addRow(tr("Only these ids:"), FieldError::wrap(m_ids, m_idsError, entities));
    auto *entityButtons = new QHBoxLayout;
    entityButtons->addWidget(m_customers);
    entityButtons->addWidget(m_orders);
    entityButtons->addStretch();
    auto *entitiesLayout = new QVBoxLayout(entities);
    entitiesLayout->addLayout(form);
    entitiesLayout->addLayout(entityButtons);

    auto *groups = new QHBoxLayout;
    groups->addWidget(catalog, 1);
    groups->addWidget(entities, 1);

    // Progress.
    m_progressTitle = new QLabel(tr("Nothing is running."), this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progressText = new QLabel(this);
    m_progressText->setTextFormat(Qt::PlainText);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setToolTip(tr("Stop after the answers in flight; the journal keeps what was done, so it can resume"));
    m_cancel->setEnabled(false);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    // Failed items.
    auto *failedTitle = new QLabel(tr("<b>Failed items</b>"), this);
    m_failed = new QTableWidget(0, 4, this);
    m_failed->setHorizontalHeaderLabels({ tr("What"), tr("Shop id"), tr("External id"), tr("The CRM's reason") });
    m_failed->verticalHeader()->hide();
    m_failed->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_failed->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_failed->setSortingEnabled(true);
    m_failed->setWordWrap(false);
    m_failed->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_failed->horizontalHeader()->setSectionResizeMode(ShopIdColumn, QHeaderView::ResizeToContents);
    m_failed->horizontalHeader()->setSectionResizeMode(ExternalIdColumn, QHeaderView::ResizeToContents);
    m_failed->horizontalHeader()->setStretchLastSection(true);
    m_failedEmpty = new QLabel(tr("No failed items. When the CRM refuses a customer, an order or an offer, it is "
                                  "listed here with the CRM's reason; fix the cause (usually a code mapping) and "
                                  "press “Retry failed”."),
                               this);
    m_failedEmpty->setWordWrap(true);
    m_failedEmpty->setAlignment(Qt::AlignCenter);
    m_failedEmpty->setEnabled(false);
    m_retry = new QPushButton(tr("Retry failed"), this);
    m_retry->setToolTip(tr("Send the failed items again (after fixing what the CRM complained about)"));
    m_retry->setEnabled(false);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Count the shop's customers and orders and what the CRM already has again (F5)"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_refresh, 0, Qt::AlignBottom);
    bottom->addWidget(m_retry, 0, Qt::AlignBottom);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_status);
    layout->addWidget(m_resumeBox);
    layout->addLayout(groups);
    layout->addWidget(m_progressTitle);
    layout->addLayout(progressRow);
    layout->addWidget(m_progressText);
    layout->addWidget(failedTitle);
    layout->addWidget(m_failed, 1);
    layout->addWidget(m_failedEmpty, 1);
    layout->addLayout(bottom);

    connect(m_icml, &QPushButton::clicked, this, [this] { start(Task::Icml); });
    connect(m_stock, &QPushButton::clicked, this, [this] { start(Task::Stock); });
    connect(m_customers, &QPushButton::clicked, this, [this] { start(Task::Customers); });
    connect(m_orders, &QPushButton::clicked, this, [this] { start(Task::Orders); });
    connect(m_cancel, &QPushButton::clicked, this, &UploadsPage::cancel);
    connect(m_retry, &QPushButton::clicked, this, &UploadsPage::retryFailed);
    connect(m_resume, &QPushButton::clicked, this, &UploadsPage::resume);
    connect(m_refresh, &QPushButton::clicked, this, &UploadsPage::refresh);

    // Failures arrive item by item; the table takes them in bunches so the event loop stays free.
    m_flush = new QTimer(this);
    m_flush->setInterval(200);
    connect(m_flush, &QTimer::timeout, this, &UploadsPage::flushFailures);

    m_chooseIcmlPath = [this] {
        QSettings settings;
        const QString last = settings.value(u"uploads/icmlPath"_s).toString();
        const QString start = !last.isEmpty()
            ? last
            : QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(u"retailcrm.xml"_s);
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the catalog as ICML"), start,
                                                          tr("ICML files (*.xml);;All files (*)"));
        if (!path.isEmpty())
            settings.setValue(u"uploads/icmlPath"_s, path);
        return path;
    };
    m_customerCounts->setText(tr("not counted yet"));
    m_orderCounts->setText(tr("not counted yet"));
    m_status->setText(tr("Choose what to upload. Customers and orders resume where an earlier run stopped and are "
                         "never sent twice."));
    updateFailedState();
    updateButtons();
}

UploadsPage::~UploadsPage()
{
    if (m_job) {
        // The job's thread must end before the page goes: stop it and wait (it finishes its answers in flight).
        if (auto *catalogJob = qobject_cast<UploadCatalogJob *>(m_job.data()))
            catalogJob->stop();
        else
            m_job->cancel();
        disconnect(m_job, nullptr, this, nullptr);
        m_job->waitForFinished(30000);
        delete m_job.data();
    }
}

bool UploadsPage::isRunning() const
{
    return !m_job.isNull() || m_preparing;
}

void UploadsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        refresh();
    }
}

QPushButton *UploadsPage::button(Task task) const
{
    switch (task) {
    case Task::Icml:
        return m_icml;
    case Task::Stock:
        return m_stock;
    case Task::Customers:
        return m_customers;
    case Task::Orders:
        break;
    }
    return m_orders;
}

QString UploadsPage::taskTitle(Task task) const
{
    switch (task) {
    case Task::Icml:
        return tr("Exporting the catalog (ICML)…");
    case Task::Stock:
        return tr("Uploading stock and prices…");
    case Task::Customers:
        return tr("Uploading customers…");
    case Task::Orders:
        break;
    }
    return tr("Uploading orders…");
}

QString UploadsPage::kindText(EntityKind kind)
{
    return kind == EntityKind::Customer ? tr("Customer") : tr("Order");
}

QString UploadsPage::durationText(double seconds) const
{
    if (seconds < 0)
        return tr("unknown");
    const qint64 s = static_cast<qint64>(seconds + 0.5);
    if (s >= 3600)
        return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    if (s >= 60)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return tr("%n s", nullptr, int(s));
}

void UploadsPage::updateButtons()
{
    const bool busy = isRunning();
    for (QPushButton *b : { m_icml, m_stock, m_customers, m_orders })
        b->setEnabled(!busy);
    m_ids->setEnabled(!busy);
    m_sinceOn->setEnabled(!busy);
    m_since->setEnabled(!busy && m_sinceOn->isChecked());
    m_cancel->setEnabled(isRunning() && !m_cancelBeforeStart);
    m_retry->setEnabled(!busy && (!m_failedItems.isEmpty() || m_failedStock));
    m_resume->setEnabled(!busy);
    m_refresh->setEnabled(!busy && !m_loading);
    setProperty("busy", m_loading); // --screenshot waits while the page loads
}

void UploadsPage::updateFailedState()
{
    const bool empty = m_failed->rowCount() == 0;
    m_failed->setVisible(!empty);
    m_failedEmpty->setVisible(empty);
}

// ---- overview ----

void UploadsPage::refresh()
{
    if (m_loading || isRunning())
        return;
    m_loading = true;
    updateButtons();
    m_status->setText(tr("Counting the shop's customers and orders and what the CRM already has…"));
    const QString statePath = m_statePath.isEmpty() ? StateStore::defaultPath(m_profile) : m_statePath;
    runAsync(
        this,
        [profile = m_profile, factory = m_secretsFactory, statePath]() {
            Overview o;
            QString password;
            if (profile.shop.driver == ShopSettings::Driver::MySql) {
                auto read = factory()->read(SecretKind::ShopDbPassword);
                if (!read)
                    o.shopError = read.error();
                else
                    password = *read;
            }
            if (!o.shopError) {
                auto shop = ShopDatabase::open(profile.shop, password);
                if (!shop) {
                    o.shopError = shop.error();
                } else {
                    auto customers = ShopCustomerReader(**shop).count();
                    auto orders = ShopOrderReader(**shop).count();
                    if (!customers)
                        o.shopError = customers.error();
                    else if (!orders)
                        o.shopError = orders.error();
                    else {
                        o.shopCustomers = *customers;
                        o.shopOrders = *orders;
                    }
                    (*shop)->closeConnection();
                }
            }
            if (QFileInfo::exists(statePath)) {
                auto opened = StateStore::open(statePath);
                if (!opened) {
                    o.stateError = opened.error();
                } else {
                    StateStore &state = **opened;
                    o.hasState = true;
                    for (EntityKind kind : { EntityKind::Customer, EntityKind::Order }) {
                        const int k = kindIndex(kind);
                        const auto count = [&](JournalState s) {
                            Result<qint64> n = state.count(kind, s);
                            return n ? *n : 0;
                        };
                        o.sent[k] = count(JournalState::Sent);
                        o.failed[k] = count(JournalState::Failed);
                        o.skipped[k] = count(JournalState::Skipped);
                        auto rows = state.records(kind, JournalState::Failed, 0, FailedListLimit);
                        if (rows) {
                            for (const JournalRecord &r : *rows)
                                o.failures.append({ kind, r.shopId, r.externalId, r.reason });
                        }
                    }
                    if (auto runs = state.runs(20); runs) {
                        for (const RunRecord &run : *runs) {
                            if (!run.kind.startsWith(u"upload "_s))
                                continue;
                            // The newest upload run decides: offered only when it did not finish.
                            if (run.outcome != RunRecord::Outcome::Finished)
                                o.interrupted = run;
                            break;
                        }
                    }
                    if (o.interrupted && o.interrupted->outcome == RunRecord::Outcome::Running) {
                        // Still "running": its process died (the lock is free) or runs elsewhere.
                        if (Status locked = state.lock(); locked) {
                            state.unlock();
                            o.interrupted->outcome = RunRecord::Outcome::Interrupted;
                        } else {
                            o.runningElsewhere = locked.error().toString();
                            o.interrupted.reset();
                        }
                    }
                    state.closeConnection();
                }
            }
            const QString stockPath = CatalogStockJournal::defaultPath(profile);
            if (QFileInfo::exists(stockPath)) {
                if (auto journal = CatalogStockJournal::open(stockPath); journal) {
                    if (auto pos = (*journal)->position(); pos && *pos)
                        o.stockPosition = **pos;
                }
            }
            return o;
        },
        [this](Overview overview) {
            m_loading = false;
            showOverview(overview);
            updateButtons();
            Q_EMIT refreshed(!overview.shopError && !overview.stateError);
        });
}

void UploadsPage::showOverview(const Overview &o)
{
    const QLocale locale;
    const auto counts = [&](EntityKind kind, qint64 inShop) -> QString {
        const int k = kindIndex(kind);
        QString text = inShop >= 0 ? tr("%1 in the shop").arg(locale.toString(inShop)) : tr("shop not readable");
        if (o.hasState)
            text += tr(" · %1 sent · %2 skipped · %3 failed")
                        .arg(locale.toString(o.sent[k]), locale.toString(o.skipped[k]), locale.toString(o.failed[k]));
        else
            text += tr(" · nothing uploaded yet");
        return text;
    };
    m_customerCounts->setText(counts(EntityKind::Customer, o.shopCustomers));
    m_orderCounts->setText(counts(EntityKind::Order, o.shopOrders));

    QStringList status;
    if (o.shopError)
        status << tr("The shop database cannot be read: %1 Check the shop settings (Settings page).")
                      .arg(o.shopError->toString());
    if (o.stateError)
        status << tr("RetailDesk's journal cannot be read: %1").arg(o.stateError->toString());
    if (!o.runningElsewhere.isEmpty())
        status << tr("An upload or sync is running in another RetailDesk window or command: %1 Wait until it ends.")
                      .arg(o.runningElsewhere);
    if (status.isEmpty()) {
        if (!o.hasState)
            status << tr("Nothing was uploaded from this profile yet. Start with the catalog (export the ICML file "
                         "and let the CRM load it), then upload customers and orders.");
        else
            status << tr("Choose what to upload. Customers and orders resume where an earlier run stopped and are "
                         "never sent twice.");
    }
    m_status->setText(status.join(u"\n"_s));

    // A run to resume: the newest upload run that did not finish, else a stock upload that stopped.
    m_resumable.reset();
    if (o.interrupted) {
        const RunRecord &run = *o.interrupted;
        const bool customers = run.kind.endsWith(u"customers"_s);
        Run r;
        r.task = customers ? Task::Customers : Task::Orders;
        m_resumable = r;
        const QString when = QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat);
        QString why;
        switch (run.outcome) {
        case RunRecord::Outcome::Cancelled:
            why = tr("was cancelled");
            break;
        case RunRecord::Outcome::Failed:
            why = tr("stopped with an error (%1)").arg(run.message);
            break;
        default:
            why = tr("was interrupted (the program was closed or crashed)");
            break;
        }
        m_resumeText->setText((customers ? tr("The upload of customers started %1 %2 after %3 of them.")
                                         : tr("The upload of orders started %1 %2 after %3 of them."))
                                  .arg(when, why, QLocale().toString(run.read))
                              + u' ' + tr("Resume sends the rest; what the CRM already has is skipped."));
    } else if (o.stockPosition) {
        Run r;
        r.task = Task::Stock;
        m_resumable = r;
        m_resumeText->setText(tr("The last upload of stock and prices stopped after product %1. Resume continues "
                                 "from there.")
                                  .arg(*o.stockPosition));
    }
    m_resumeBox->setVisible(m_resumable.has_value());

    // Items the CRM refused in earlier runs (unless this page shows a run of its own).
    if (!m_lastSummary && !m_failedStock)
        setFailures(o.failures, {});
}

// ---- running ----

void UploadsPage::start(Task task)
{
    if (isRunning())
        return;
    Run run;
    run.task = task;
    if (task == Task::Icml) {
        run.icmlPath = m_chooseIcmlPath ? m_chooseIcmlPath() : QString();
        if (run.icmlPath.isEmpty())
            return;
    } else if (entityOf(task)) {
        auto ids = parseIds(m_ids->text());
        if (!ids) {
            m_idsError->showError(
                tr("“%1” is not a shop id. Write whole numbers above 0 separated by commas, e.g. 12, 15, 40.")
                    .arg(ids.error().message));
            m_ids->setFocus();
            return;
        }
        m_idsError->clearError();
        run.ids = *ids;
        if (m_sinceOn->isChecked())
            run.since = m_since->date();
    }
    launch(run);
}

void UploadsPage::retryFailed()
{
    if (isRunning())
        return;
    if (m_failedStock) {
        Run run;
        run.task = Task::Stock;
        launch(run);
        return;
    }
    // Orders first when both failed: an order upload brings the customers it needs along.
    QList<int> customerIds;
    QList<int> orderIds;
    for (const FailedItem &f : std::as_const(m_failedItems)) {
        if (f.shopId <= 0)
            continue;
        (f.kind == EntityKind::Customer ? customerIds : orderIds).append(f.shopId);
    }
    Run run;
    if (!orderIds.isEmpty()) {
        run.task = Task::Orders;
        run.ids = orderIds;
    } else if (!customerIds.isEmpty()) {
        run.task = Task::Customers;
        run.ids = customerIds;
    } else {
        return;
    }
    launch(run);
}

void UploadsPage::resume()
{
    if (isRunning() || !m_resumable)
        return;
    launch(*m_resumable);
}

void UploadsPage::cancel()
{
    if (m_preparing && !m_job) {
        m_cancelBeforeStart = true; // the job is not started once the secrets arrive
        updateButtons();
        return;
    }
    if (!m_job)
        return;
    if (auto *catalogJob = qobject_cast<UploadCatalogJob *>(m_job.data()))
        catalogJob->stop();
    else
        m_job->cancel();
    m_cancel->setEnabled(false);
    m_progressTitle->setText(tr("Stopping: waiting for the answers in flight so the journal stays exact…"));
}

void UploadsPage::launch(const Run &run)
{
    m_run = run;
    m_preparing = true;
    m_resumeBox->hide();
    m_summary->clear();
    m_progressTitle->setText(taskTitle(run.task));
    m_progress->setRange(0, 0); // busy until the first count
    m_progressText->setText(tr("Starting…"));
    m_pendingFailures.clear();
    if (run.task != Task::Icml) {
        m_failedItems.clear();
        m_failedStock = false;
        m_lastSummary.reset();
        m_failed->setRowCount(0);
        updateFailedState();
    }
    updateButtons();
    Q_EMIT started(run.task);
    // Secrets come from the keychain, which may block: read them on a worker thread.
    const bool needsKey = run.task != Task::Icml;
    runAsync(
        this,
        [profile = m_profile, factory = m_secretsFactory, needsKey]() {
            return loadJobEnvironment(profile, factory, needsKey);
        },
        [this](Result<JobEnvironment> secrets) {
            m_preparing = false;
            const bool cancelled = std::exchange(m_cancelBeforeStart, false);
            if (!secrets || cancelled) {
                m_progress->setRange(0, 1);
                m_progress->setValue(0);
                m_progressTitle->setText(tr("Nothing is running."));
                m_progressText->clear();
                m_summary->setText(cancelled ? tr("Cancelled before anything was sent.")
                                             : tr("Could not start: %1").arg(secrets.error().toString()));
                updateButtons();
                Q_EMIT finished(m_run.task, false);
                return;
            }
            startJob(m_run, std::move(*secrets));
        });
}

void UploadsPage::startJob(const Run &run, JobEnvironment env)
{
    env.statePath = m_statePath;
    Job *job = nullptr;
    if (const std::optional<EntityKind> kind = entityOf(run.task)) {
        UploadOptions options;
        options.kind = *kind;
        options.ids = run.ids;
        options.since = run.since;
        options.restart = run.restart;
        job = new UploadJob(env, options);
    } else {
        job = new UploadCatalogJob(
            env, run.task == Task::Icml ? UploadCatalogJob::Mode::Icml : UploadCatalogJob::Mode::Stock, run.icmlPath,
            run.restart);
    }
    m_job = job;
    connect(job, &Job::progress, this, &UploadsPage::onProgress);
    connect(job, &Job::itemFailed, this, &UploadsPage::onItemFailed);
    connect(job, &Job::finished, this, &UploadsPage::onJobFinished);
    m_flush->start();
    updateButtons();
    job->start();
}

void UploadsPage::onProgress(qint64 done, qint64 total, double rate, double eta)
{
    const QLocale locale;
    if (total > 0) {
        // QProgressBar holds ints: scale big totals down.
        const int scale = total > 1000000000 ? 1000 : 1;
        m_progress->setRange(0, int(total / scale));
        m_progress->setValue(int(qMin(done, total) / scale));
    } else {
        m_progress->setRange(0, 0);
    }
    const bool products = m_run.task == Task::Icml || m_run.task == Task::Stock;
    QString text = total >= 0
        ? (products ? tr("%1 of %2 products") : tr("%1 of %2")).arg(locale.toString(done), locale.toString(total))
        : (products ? tr("%1 products") : tr("%1 done")).arg(locale.toString(done));
    if (rate > 0)
        text += tr(" · %1 per second").arg(locale.toString(rate, 'f', 1));
    if (eta >= 0 && total > done)
        text += tr(" · about %1 left").arg(durationText(eta));
    m_progressText->setText(text);
}

void UploadsPage::onItemFailed(const QString &id, const QString &reason)
{
    m_pendingFailures.append({ id, reason });
}

void UploadsPage::flushFailures()
{
    if (m_pendingFailures.isEmpty())
        return;
    const QList<QPair<QString, QString>> pending = std::exchange(m_pendingFailures, {});
    const std::optional<EntityKind> kind = entityOf(m_run.task);
    const QString what = kind ? kindText(*kind) : tr("Offer");
    m_failed->setSortingEnabled(false);
    m_failed->setUpdatesEnabled(false);
    for (const auto &f : pending)
        addFailureRow(what, 0, f.first, f.second);
    m_failed->setUpdatesEnabled(true);
    m_failed->setSortingEnabled(true);
    updateFailedState();
}

void UploadsPage::addFailureRow(const QString &kind, int shopId, const QString &externalId, const QString &reason)
{
    const int row = m_failed->rowCount();
    m_failed->insertRow(row);
    m_failed->setItem(row, KindColumn, new QTableWidgetItem(kind));
    auto *id = new QTableWidgetItem;
    if (shopId > 0)
        id->setData(Qt::DisplayRole, shopId); // numeric sort
    m_failed->setItem(row, ShopIdColumn, id);
    m_failed->setItem(row, ExternalIdColumn, new QTableWidgetItem(externalId));
    auto *why = new QTableWidgetItem(reason);
    why->setToolTip(reason);
    m_failed->setItem(row, ReasonColumn, why);
}

void UploadsPage::setFailures(const QList<FailedItem> &failures, const QList<StockItemOutcome> &offers)
{
    m_failedItems = failures;
    m_failedStock = !offers.isEmpty();
    m_failed->setSortingEnabled(false);
    m_failed->setUpdatesEnabled(false);
    m_failed->setRowCount(0);
    for (const FailedItem &f : failures)
        addFailureRow(kindText(f.kind), f.shopId, f.externalId, f.reason);
    for (const StockItemOutcome &o : offers)
        addFailureRow(o.kind == u"prices"_s ? tr("Price") : tr("Stock"), 0, o.offerId, o.reason);
    m_failed->setUpdatesEnabled(true);
    m_failed->setSortingEnabled(true);
    updateFailedState();
}

void UploadsPage::onJobFinished()
{
    Job *job = m_job.data();
    m_job = nullptr;
    m_flush->stop();
    m_pendingFailures.clear();
    if (!job)
        return;
    bool ok = false;
    QString text;
    if (auto *upload = qobject_cast<UploadJob *>(job)) {
        const UploadSummary s = upload->summary();
        m_lastSummary = s;
        setFailures(s.failures, {});
        ok = !s.error && !s.cancelled;
        text = uploadSummaryText(s);
    } else if (auto *catalog = qobject_cast<UploadCatalogJob *>(job)) {
        if (catalog->error()) {
            if (catalog->error()->code == ErrorCode::Cancelled)
                text = tr("The export was cancelled; the file was left as it was.");
            else
                text = tr("Failed: %1").arg(catalog->error()->toString());
        } else if (catalog->icml()) {
            ok = true;
            text = icmlSummaryText(*catalog->icml());
        } else if (catalog->stock()) {
            const StockSummary &s = *catalog->stock();
            setFailures({}, s.items);
            m_failedStock = s.problemCount() > 0;
            ok = s.finished();
            text = stockSummaryText(s);
        }
    }
    job->deleteLater();
    m_progressTitle->setText(ok ? tr("Finished.") : tr("Stopped."));
    if (ok && m_progress->maximum() == 0)
        m_progress->setRange(0, 1);
    if (ok)
        m_progress->setValue(m_progress->maximum());
    m_summary->setText(text);
    updateButtons();
    Q_EMIT finished(m_run.task, ok);
    // New counts and, when the run stopped early, the offer to resume.
    refresh();
}

QString UploadsPage::uploadSummaryText(const UploadSummary &s) const
{
    const QLocale locale;
    QString text = (s.kind == EntityKind::Customer ? tr("Customers: read %1, sent %2, skipped %3, failed %4.")
                                                   : tr("Orders: read %1, sent %2, skipped %3, failed %4."))
                       .arg(locale.toString(s.read), locale.toString(s.sent), locale.toString(s.skipped),
                            locale.toString(s.failed));
    if (s.kind == EntityKind::Order && (s.customersCreated > 0 || s.customersFailed > 0))
        text += u' '
            + tr("Customers created first: %1 (refused: %2).")
                  .arg(locale.toString(s.customersCreated), locale.toString(s.customersFailed));
    for (auto it = s.skipReasons.cbegin(); it != s.skipReasons.cend(); ++it)
        text += u'\n' + tr("Skipped %1: %2").arg(locale.toString(it.value()), it.key());
    if (s.failuresNotListed > 0)
        text += u'\n'
            + tr("%1 more failed items are not listed; the journal has them all.")
                  .arg(locale.toString(s.failuresNotListed));
    if (s.unfinished > 0)
        text += u'\n'
            + tr("%1 items were read but not finished; the next run picks them up.").arg(locale.toString(s.unfinished));
    if (s.error)
        text += u'\n' + tr("Stopped by an error: %1").arg(s.error->toString());
    else if (s.cancelled)
        text += u'\n' + tr("Cancelled. The journal is up to date: Resume or upload again to continue.");
    else if (s.failed > 0)
        text += u'\n'
            + tr("Fix what the CRM complained about (often a code on the Mappings page), then press "
                 "“Retry failed”.");
    text += u'\n' + tr("Took %1, %2 requests.").arg(durationText(s.elapsedMs / 1000.0), locale.toString(s.requests));
    return text;
}

QString UploadsPage::icmlSummaryText(const IcmlSummary &s) const
{
    const QLocale locale;
    QString text = tr("Wrote %1: %2 categories, %3 products, %4 offers (%5).")
                       .arg(QDir::toNativeSeparators(s.path), locale.toString(s.categories),
                            locale.toString(s.products), locale.toString(s.offers), locale.formattedDataSize(s.bytes));
    if (s.skipped.total() > 0)
        text += u'\n'
            + tr("Left out: %1 (see the reasons in the CLI's catalog report).").arg(locale.toString(s.skipped.total()));
    for (const QString &w : s.warnings)
        text += u'\n' + w;
    text += u'\n'
        + tr("Put the file where the CRM can download it (its URL goes into the CRM's site settings), then upload "
             "stock and prices.");
    return text;
}

QString UploadsPage::stockSummaryText(const StockSummary &s) const
{
    const QLocale locale;
    QString text
        = tr("Stock and prices: %1 products, %2 offers.").arg(locale.toString(s.products), locale.toString(s.offers));
    const auto leg = [&](const StockSummary::Leg &l, const QString &name) -> QString {
        if (!l.enabled || !l.skippedBecause.isEmpty())
            return u'\n' + tr("%1: not sent (%2).").arg(name, l.skippedBecause);
        return u'\n'
            + tr("%1: %2 taken by the CRM, %3 unknown to it, %4 failed.")
                  .arg(name, locale.toString(l.processed), locale.toString(l.notFound),
                       locale.toString(l.failed + l.unconfirmed));
    };
    text += leg(s.stock, tr("Stock"));
    text += leg(s.prices, tr("Prices"));
    for (const QString &w : s.warnings)
        text += u'\n' + w;
    if (s.error)
        text += u'\n'
            + tr("Stopped by an error: %1 Resume continues from the last product done.").arg(s.error->toString());
    else if (s.cancelled)
        text += u'\n' + tr("Cancelled. Resume continues from the last product done.");
    else if (s.stock.notFound + s.prices.notFound > 0)
        text += u'\n'
            + tr("Offers unknown to the CRM appear once it has loaded the ICML catalog; then press "
                 "“Retry failed”.");
    return text;
}

} // namespace rd
