#include "MainWindow.h"

#include "DashboardPage.h"
#include "config/SecretStore.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace rd {

MainWindow::MainWindow(Profile profile, std::function<std::unique_ptr<SecretStore>()> secretsFactory, QWidget *parent)
    : QMainWindow(parent)
    , m_profile(std::move(profile))
{
    setWindowTitle(tr("RetailDesk — %1").arg(m_profile.crm.site));
    m_nav = new QListWidget(this);
    m_nav->setMaximumWidth(200);
    m_nav->setMinimumWidth(140);
    m_stack = new QStackedWidget(this);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_nav);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    m_dashboard = new DashboardPage(m_profile, std::move(secretsFactory), this);
    addPage(u"dashboard"_s, tr("Dashboard"), m_dashboard);

    statusBar()->showMessage(tr("Profile %1 · CRM %2 · site %3")
                                 .arg(m_profile.filePath(), m_profile.crm.url.toDisplayString(), m_profile.crm.site));

    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1000, 640);
    if (!selectPage(settings.value(u"window/page"_s).toString()))
        m_nav->setCurrentRow(0);
    m_dashboard->refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(const QString &name, const QString &title, QWidget *page)
{
    m_names << name;
    m_nav->addItem(title);
    m_stack->addWidget(page);
}

QStringList MainWindow::pageNames() const
{
    return m_names;
}

bool MainWindow::selectPage(const QString &name)
{
    const qsizetype i = m_names.indexOf(name);
    if (i < 0)
        return false;
    m_nav->setCurrentRow(int(i));
    return true;
}

QWidget *MainWindow::page(const QString &name) const
{
    const qsizetype i = m_names.indexOf(name);
    return i < 0 ? nullptr : m_stack->widget(int(i));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    const int row = m_nav->currentRow();
    if (row >= 0 && row < m_names.size())
        settings.setValue(u"window/page"_s, m_names.at(row));
    QMainWindow::closeEvent(event);
}

} // namespace rd
