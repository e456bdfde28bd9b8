#include "DashboardPage.h"

#include "AsyncTask.h"
#include "config/SecretStore.h"
#include "setup/ConnectionCheck.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rd {

DashboardPage::DashboardPage(Profile profile, std::function<std::unique_ptr<SecretStore>()> secretsFactory,
                             QWidget *parent)
    : QWidget(parent)
    , m_profile(std::move(profile))
    , m_secretsFactory(std::move(secretsFactory))
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h2>Connection</h2>"), this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findings = new QTreeWidget(this);
    m_findings->setColumnCount(3);
    m_findings->setHeaderLabels({ tr("Area"), tr("Checked"), tr("Result") });
    m_findings->setRootIsDecorated(false);
    m_findings->setWordWrap(true);
    m_findings->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_findings->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_findings->header()->setStretchLastSection(true);
    m_refresh = new QPushButton(tr("Check again"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Check the CRM and the shop database again (F5)"));
    connect(m_refresh, &QPushButton::clicked, this, &DashboardPage::refresh);

    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_findings, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_refresh);
    layout->addLayout(buttons);
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::refresh()
{
    if (m_checking)
        return;
    m_checking = true;
    m_refresh->setEnabled(false);
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
            Q_EMIT checkFinished(report.ok());
        });
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
    if (report.ok()) {
        m_summary->setText(tr("RetailDesk can work with this profile: %n warning(s).", nullptr, report.warningCount()));
    } else {
        m_summary->setText(tr("RetailDesk cannot work yet: %1").arg(report.blocking->toString().toHtmlEscaped()));
    }
}

} // namespace rd
