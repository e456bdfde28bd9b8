#include "MainWindow.h"

#include "DashboardPage.h"
#include "LogPage.h"
#include "MappingsPage.h"
#include "QuickActionsPage.h"
#include "SearchPage.h"
#include "SettingsPage.h"
#include "SetupWizard.h"
#include "UploadsPage.h"
#include "config/SecretStore.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
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
    // Widths from the font, so the list scales with the screen's DPI and the user's font size.
    m_nav->setMaximumWidth(fontMetrics().averageCharWidth() * 30);
    m_nav->setMinimumWidth(fontMetrics().averageCharWidth() * 16);
    m_stack = new QStackedWidget(this);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_nav);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    createMenus();
    m_dashboard = new DashboardPage(m_profile, secretsFactory, this);
    addPage(u"dashboard"_s, tr("Dashboard"), m_dashboard);
    addPage(u"mappings"_s, tr("Mappings"), new MappingsPage(m_profile, secretsFactory, this));
    auto *uploads = new UploadsPage(m_profile, secretsFactory, this);
    addPage(u"uploads"_s, tr("Uploads"), uploads);
    // What an upload changed shows on the dashboard (counts, chart, last runs) without pressing F5.
    connect(uploads, &UploadsPage::finished, m_dashboard, &DashboardPage::refreshOverview);
    auto *search = new CrmSearchPage(m_profile, secretsFactory, this);
    search->setListWhenNothingRemembered(true);
    addPage(u"search"_s, tr("Search"), search);
    // Ctrl+F from any other page: to the search box (on the Search page its own shortcut does it; one
    // shortcut at a time, or Qt would find them ambiguous and run neither).
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this, search] {
        selectPage(u"search"_s);
        search->searchBox()->setFocus(Qt::ShortcutFocusReason);
        search->searchBox()->selectAll();
    });
    connect(m_stack, &QStackedWidget::currentChanged, find,
            [this, find, search] { find->setEnabled(m_stack->currentWidget() != search); });
    addPage(u"quick"_s, tr("Quick actions"), new QuickActionsPage(m_profile, secretsFactory, this));
    auto *settingsPage = new SettingsPage(m_profile, secretsFactory, this);
    addPage(u"settings"_s, tr("Settings"), settingsPage);
    connect(settingsPage, &SettingsPage::profileSaved, this, &MainWindow::profileChanged);
    addPage(u"log"_s, tr("Log"), new LogPage(m_profile, this));

    statusBar()->showMessage(tr("Profile %1 · CRM %2 · site %3")
                                 .arg(m_profile.filePath(), m_profile.crm.url.toDisplayString(), m_profile.crm.site));

    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 44);
    // The page list as wide as its longest title needs, the rest to the page (no gap beside the list).
    const int navWidth
        = qBound(m_nav->minimumWidth(), m_nav->sizeHintForColumn(0) + fontMetrics().averageCharWidth() * 4,
                 m_nav->maximumWidth());
    splitter->setSizes({ navWidth, qMax(navWidth, width() - navWidth) });
    if (!selectPage(settings.value(u"window/page"_s).toString()))
        m_nav->setCurrentRow(0);
    m_dashboard->refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *create = file->addAction(tr("&New profile…"), this, &MainWindow::newProfile);
    create->setShortcut(QKeySequence::New);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::newProfile()
{
    const QDir dir = QFileInfo(m_profile.filePath().isEmpty() ? Profile::defaultPath() : m_profile.filePath()).dir();
    QString path = dir.filePath(u"new-profile.conf"_s);
    for (int i = 2; QFileInfo::exists(path); ++i)
        path = dir.filePath(u"new-profile-%1.conf"_s.arg(i));
    auto *wizard = new SetupWizard(path, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QWizard::accepted, this, [this, wizard] {
        const QString saved = wizard->profilePath();
        QMessageBox box(QMessageBox::Question, tr("New profile"),
                        tr("The profile was saved to %1. Open it now?").arg(QDir::toNativeSeparators(saved)),
                        QMessageBox::NoButton, this);
        QPushButton *open = box.addButton(tr("Open"), QMessageBox::AcceptRole);
        box.addButton(tr("Keep this one"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() == open)
            Q_EMIT profileCreated(saved);
    });
    wizard->open();
}

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
