#include "LogPage.h"

#include "AsyncTask.h"
#include "crm/CrmRequestLog.h"
#include "sync/StateStore.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

constexpr int KindRole = Qt::UserRole + 1; // on the time item: RowKind
constexpr int MaxRequestRows = 5000;

enum class RowKind { Request, FailedRequest, Run };

QString timeText(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

} // namespace

// Text (any column, case-insensitive) and kind.
class LogFilterModel final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setKind(LogPage::Kind kind)
    {
        m_kind = kind;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &parent) const override
    {
        const auto kind
            = static_cast<RowKind>(sourceModel()->index(sourceRow, LogPage::TimeColumn, parent).data(KindRole).toInt());
        switch (m_kind) {
        case LogPage::Kind::All:
            break;
        case LogPage::Kind::Requests:
            if (kind == RowKind::Run)
                return false;
            break;
        case LogPage::Kind::FailedRequests:
            if (kind != RowKind::FailedRequest)
                return false;
            break;
        case LogPage::Kind::Jobs:
            if (kind != RowKind::Run)
                return false;
            break;
        }
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, parent);
    }

private:
    LogPage::Kind m_kind = LogPage::Kind::All;
};

LogPage::LogPage(Profile profile, QWidget *parent)
    : QWidget(parent)
    , m_profile(std::move(profile))
{
    auto *title = new QLabel(tr("<h2>Log</h2>"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter: words in any column (an order number, orders/upload, 503…)"));
    m_filter->setClearButtonEnabled(true);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Everything"), int(Kind::All));
    m_kind->addItem(tr("CRM requests"), int(Kind::Requests));
    m_kind->addItem(tr("Failed CRM requests"), int(Kind::FailedRequests));
    m_kind->addItem(tr("Upload and sync runs"), int(Kind::Jobs));
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Read the run history again (F5); requests appear by themselves"));

    m_model = new QStandardItemModel(0, 5, this);
    m_model->setHorizontalHeaderLabels({ tr("Time"), tr("Kind"), tr("What"), tr("Result"), tr("Details") });
    m_proxy = new LogFilterModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TimeColumn, Qt::DescendingOrder);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Widths from the font (the rows arrive later, so contents cannot size them); What takes the rest.
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics fm = fontMetrics();
    const int pad = fm.averageCharWidth() * 3;
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(TimeColumn, fm.horizontalAdvance(u"2026-12-31 23:59:59"_s) + pad);
    m_view->setColumnWidth(KindColumn, fm.horizontalAdvance(tr("CRM request failed")) + pad);
    m_view->setColumnWidth(ResultColumn, fm.averageCharWidth() * 10 + pad);
    m_view->setColumnWidth(DetailsColumn, fm.averageCharWidth() * 8 + pad);
    m_view->setTextElideMode(Qt::ElideMiddle);

    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextFormat(Qt::PlainText);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_kind);
    filters->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateEmptyState();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setKind(static_cast<Kind>(m_kind->currentData().toInt()));
        updateEmptyState();
    });
    connect(m_refresh, &QPushButton::clicked, this, &LogPage::refresh);

    // New requests twice a second while the page is shown (a look at memory, no I/O); runs every 10 s.
    m_poll = new QTimer(this);
    m_poll->setInterval(500);
    connect(m_poll, &QTimer::timeout, this, [this] {
        takeRequests();
        if (++m_polls % 20 == 0)
            refresh();
    });
    m_status->setText(tr("CRM requests of this session (the API key is never shown) and the upload and sync runs "
                         "of this profile."));
    takeRequests();
    updateEmptyState();
}

LogPage::~LogPage() = default;

void LogPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_poll->start();
}

void LogPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_poll->stop();
}

void LogPage::setKind(Kind kind)
{
    const int i = m_kind->findData(int(kind));
    if (i >= 0)
        m_kind->setCurrentIndex(i);
}

bool LogPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

int LogPage::visibleRows() const
{
    return m_proxy->rowCount();
}

QString LogPage::rowText(int row) const
{
    QStringList cells;
    for (int c = 0; c < m_proxy->columnCount(); ++c)
        cells << m_proxy->index(row, c).data().toString();
    return cells.join(u'\t');
}

void LogPage::refresh()
{
    takeRequests();
    if (m_loading)
        return;
    m_loading = true;
    setProperty("busy", true); // --screenshot waits for the runs
    const QString path = m_statePath.isEmpty() ? StateStore::defaultPath(m_profile) : m_statePath;
    runAsync(
        this,
        [path]() -> Result<QList<RunRecord>> {
            if (!QFileInfo::exists(path))
                return QList<RunRecord> {}; // nothing ran yet: no file to create for a look
            auto state = StateStore::open(path);
            if (!state)
                return state.error();
            Result<QList<RunRecord>> runs = (*state)->runs(500);
            (*state)->closeConnection();
            return runs;
        },
        [this](Result<QList<RunRecord>> runs) {
            m_loading = false;
            setProperty("busy", false);
            if (runs) {
                m_runsError.clear();
                showRuns(*runs);
            } else {
                m_runsError = tr("The run history cannot be read: %1").arg(runs.error().toString());
            }
            updateEmptyState();
            Q_EMIT runsLoaded(runs.ok());
        });
}

void LogPage::takeRequests()
{
    const QList<CrmRequestLog::Record> records = CrmRequestLog::instance().since(m_lastSequence);
    if (records.isEmpty())
        return;
    m_lastSequence = records.last().sequence;
    const QLocale locale;
    for (const CrmRequestLog::Record &r : records) {
        const CrmLogEntry &e = r.entry;
        const bool failed = !e.error.isEmpty() || e.httpStatus == 0 || e.httpStatus >= 400;
        auto *time = new QStandardItem(timeText(r.at));
        time->setData(int(failed ? RowKind::FailedRequest : RowKind::Request), KindRole);
        const QUrl url = CrmLogEntry::redactUrl(e.url);
        QString what = e.method + u' ' + url.path();
        if (url.hasQuery())
            what += u'?' + url.query(QUrl::FullyDecoded); // filter[sites][]=…, as a person reads it
        QString result = e.httpStatus > 0 ? QString::number(e.httpStatus) : tr("no answer");
        if (!e.error.isEmpty())
            result += u" · "_s + e.error;
        if (e.willRetry)
            result += tr(" · retrying");
        QString details = tr("%1 ms").arg(locale.toString(e.durationMs));
        if (e.attempt > 1)
            details += tr(" · attempt %1").arg(e.attempt);
        auto *whatItem = new QStandardItem(what);
        whatItem->setToolTip(url.host() + what.section(u' ', 1));
        m_model->appendRow({ time, new QStandardItem(failed ? tr("CRM request failed") : tr("CRM request")), whatItem,
                             new QStandardItem(result), new QStandardItem(details) });
    }
    const int requests = m_model->rowCount() - m_runRows;
    if (requests > MaxRequestRows)
        m_model->removeRows(m_runRows, requests - MaxRequestRows);
    updateEmptyState();
}

void LogPage::showRuns(const QList<RunRecord> &runs)
{
    if (m_runRows > 0)
        m_model->removeRows(0, m_runRows);
    m_runRows = 0;
    const QLocale locale;
    for (const RunRecord &run : runs) {
        auto *time = new QStandardItem(timeText(run.startedAt));
        time->setData(int(RowKind::Run), KindRole);
        QString kind;
        if (run.kind == u"upload customers"_s)
            kind = tr("Upload of customers");
        else if (run.kind == u"upload orders"_s)
            kind = tr("Upload of orders");
        else if (run.kind == u"sync"_s)
            kind = tr("Sync round");
        else
            kind = run.kind;
        const QString what = tr("read %1: sent %2, skipped %3, failed %4")
                                 .arg(locale.toString(run.read), locale.toString(run.sent),
                                      locale.toString(run.skipped), locale.toString(run.failed));
        QString result;
        switch (run.outcome) {
        case RunRecord::Outcome::Running:
            result = tr("running");
            break;
        case RunRecord::Outcome::Finished:
            result = run.failed > 0 ? tr("finished with failed items") : tr("finished");
            break;
        case RunRecord::Outcome::Cancelled:
            result = tr("cancelled");
            break;
        case RunRecord::Outcome::Interrupted:
            result = tr("interrupted");
            break;
        case RunRecord::Outcome::Failed:
            result = tr("stopped by an error");
            break;
        }
        QString details;
        if (run.finishedAt.isValid())
            details = tr("took %1 s").arg(locale.toString(run.startedAt.secsTo(run.finishedAt)));
        if (!run.message.isEmpty())
            details += (details.isEmpty() ? QString() : u" · "_s) + run.message;
        auto *detailsItem = new QStandardItem(details);
        detailsItem->setToolTip(run.message);
        m_model->insertRow(
            m_runRows++,
            { time, new QStandardItem(kind), new QStandardItem(what), new QStandardItem(result), detailsItem });
    }
}

void LogPage::updateEmptyState()
{
    if (m_model->rowCount() == 0) {
        m_empty->setText(tr("Nothing logged yet.\n\nCRM requests appear here as soon as RetailDesk talks to the CRM "
                            "(open the Dashboard, run an upload or a search). Upload and sync runs of this profile "
                            "appear once one has run (Uploads page)."));
        m_stack->setCurrentWidget(m_empty);
    } else if (m_proxy->rowCount() == 0) {
        m_empty->setText(tr("Nothing matches the filter.\n\nClear the filter text or choose “Everything”."));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_view);
    }
    if (!m_runsError.isEmpty())
        m_status->setText(m_runsError);
    else
        m_status->setText(tr("%n entries shown. CRM requests of this session (the API key is never shown) and the "
                             "upload and sync runs of this profile.",
                             nullptr, m_proxy->rowCount()));
}

} // namespace rd
