// retaildesk: the desktop app (INTERFACE.md: retaildesk [--config FILE | --demo] [--screenshot FILE [--page NAME]]).
#include "AsyncTask.h"
#include "DashboardPage.h"
#include "Language.h"
#include "MainWindow.h"
#include "SetupWizard.h"
#include "config/SecretStore.h"
#include "demo/DemoEnvironment.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QTimer>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Startup
{
    QString screenshot;
    QString page;
    std::unique_ptr<rd::DemoEnvironment> demo;
    QString demoKey;
    std::unique_ptr<rd::MainWindow> window;
};

int fail(const rd::Error &error, bool interactive)
{
    if (interactive)
        QMessageBox::critical(nullptr, QApplication::translate("main", "RetailDesk"), error.toString());
    fprintf(stderr, "error: %s\n", qPrintable(error.toString()));
    return rd::exitCodeFor(error.code);
}

// Saves the screenshot and quits, or (while the page says it is busy) tries again in 200 ms.
void grabWhenReady(Startup &s, bool force)
{
    QWidget *target = s.page.isEmpty() ? static_cast<QWidget *>(s.window.get()) : s.window->page(s.page);
    if (!force && target->property("busy").toBool()) {
        QTimer::singleShot(200, s.window.get(), [&s] { grabWhenReady(s, false); });
        return;
    }
    const bool saved = target->grab().save(s.screenshot);
    if (!saved)
        fprintf(stderr, "error: cannot write the screenshot %s\n", qPrintable(s.screenshot));
    QCoreApplication::exit(saved ? 0 : 1);
}

void openWindow(Startup &s, const rd::Profile &profile, const QString &demoKey)
{
    const QString id = profile.keychainId();
    auto factory = [id, demoKey]() {
        auto store = std::make_unique<rd::SecretStore>(id);
        if (!demoKey.isEmpty())
            store->setOverride(rd::SecretKind::CrmApiKey, demoKey);
        return store;
    };
    s.demoKey = demoKey;
    s.window = std::make_unique<rd::MainWindow>(profile, factory);
    // The demo starts with a real sync round when nothing has run yet, so every page has data.
    if (!demoKey.isEmpty())
        s.window->dashboard()->setFirstSyncWhenEmpty(true);
    if (!s.page.isEmpty() && !s.window->selectPage(s.page)) {
        fprintf(stderr, "error: unknown page '%s'; pages: %s\n", qPrintable(s.page),
                qPrintable(s.window->pageNames().join(u", "_s)));
        QCoreApplication::exit(2);
        return;
    }
    // File → New profile… → "Open": switch to the new profile once the current window's slot has returned.
    QObject::connect(s.window.get(), &rd::MainWindow::profileCreated, qApp, [&s](const QString &path) {
        QTimer::singleShot(0, qApp, [&s, path] {
            auto profile = rd::Profile::load(path);
            if (!profile) {
                QMessageBox::critical(s.window.get(), QApplication::translate("main", "RetailDesk"),
                                      profile.error().toString());
                return;
            }
            QApplication::setQuitOnLastWindowClosed(false);
            s.window->close();
            s.window.reset();
            s.demo.reset();
            openWindow(s, *profile, {});
            QApplication::setQuitOnLastWindowClosed(true);
        });
    });
    // Settings saved: reopen with the saved profile (same demo sandbox and key), back on the same page.
    QObject::connect(s.window.get(), &rd::MainWindow::profileChanged, qApp, [&s](const QString &path) {
        QTimer::singleShot(0, qApp, [&s, path] {
            auto profile = rd::Profile::load(path);
            if (!profile)
                return;
            QApplication::setQuitOnLastWindowClosed(false);
            s.window->close();
            s.window.reset();
            openWindow(s, *profile, s.demoKey);
            s.window->selectPage(u"settings"_s);
            QApplication::setQuitOnLastWindowClosed(true);
        });
    });
    s.window->show();
    if (s.screenshot.isEmpty())
        return;
    // Grab once the first check has finished and the page is no longer busy (or after 60 s), then quit.
    QObject::connect(s.window->dashboard(), &rd::DashboardPage::checkFinished, s.window.get(),
                     [&s](bool) { QTimer::singleShot(200, s.window.get(), [&s] { grabWhenReady(s, false); }); });
    QTimer::singleShot(60000, s.window.get(), [&s] { grabWhenReady(s, true); });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"RetailDesk"_s);
    QApplication::setApplicationName(u"RetailDesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(RETAILDESK_VERSION));
    QApplication::setWindowIcon(QIcon(u":/icons/retaildesk.svg"_s));
    QApplication::setDesktopFileName(u"retaildesk"_s);
    // Russian under a ru locale; the "ui/language" setting (auto | en | ru) overrides.
    rd::Language::install(rd::Language::resolve(rd::Language::storedSetting()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "RetailDesk connects a MODX miniShop2 shop to RetailCRM."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption config(u"config"_s, QApplication::translate("main", "The profile to open."), u"FILE"_s);
    const QCommandLineOption demo(u"demo"_s,
                                  QApplication::translate("main", "Open the demo shop with a local sandbox CRM."));
    const QCommandLineOption screenshot(
        u"screenshot"_s, QApplication::translate("main", "Save a screenshot to FILE once loaded, then exit."),
        u"FILE"_s);
    const QCommandLineOption page(u"page"_s, QApplication::translate("main", "The page to show (dashboard, …)."),
                                  u"NAME"_s);
    parser.addOptions({ config, demo, screenshot, page });
    parser.process(app);
    const bool interactive = !parser.isSet(screenshot);
    if (parser.isSet(config) && parser.isSet(demo)) {
        fprintf(stderr, "error: --config and --demo exclude each other\n");
        return 2;
    }

    Startup s;
    s.screenshot = parser.value(screenshot);
    s.page = parser.value(page);

    if (parser.isSet(demo)) {
        s.demo = std::make_unique<rd::DemoEnvironment>();
        auto *splash = new QLabel(QApplication::translate("main", "Preparing the demo shop and the sandbox CRM…"));
        splash->setAttribute(Qt::WA_DeleteOnClose);
        splash->setMargin(24);
        splash->show();
        // The shop is generated (SQL) on a worker thread; the sandbox process starts on this thread.
        rd::runAsync(
            splash, [env = s.demo.get()]() { return env->prepareShop(rd::DemoEnvironment::Options {}); },
            [&s, splash, interactive](rd::Status prepared) {
                splash->close();
                if (!prepared) {
                    QCoreApplication::exit(fail(prepared.error(), interactive));
                    return;
                }
                auto profile = s.demo->startSandbox(rd::DemoEnvironment::Options {});
                if (!profile) {
                    QCoreApplication::exit(fail(profile.error(), interactive));
                    return;
                }
                openWindow(s, *profile, s.demo->apiKey());
            });
    } else {
        const QString path = parser.isSet(config) ? parser.value(config) : rd::Profile::defaultPath();
        if (!QFileInfo::exists(path) && interactive) {
            // First run: the setup wizard creates the profile, then the main window opens it.
            QApplication::setQuitOnLastWindowClosed(false);
            auto *wizard = new rd::SetupWizard(path);
            wizard->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(wizard, &QWizard::accepted, qApp, [&s, wizard] {
                s.demo = wizard->takeDemo();
                openWindow(s, wizard->profile(), s.demo ? s.demo->apiKey() : QString());
                QApplication::setQuitOnLastWindowClosed(true);
            });
            QObject::connect(wizard, &QWizard::rejected, qApp, [] { QCoreApplication::exit(0); });
            wizard->show();
        } else {
            auto profile = rd::Profile::load(path);
            if (!profile)
                return fail(profile.error(), interactive);
            openWindow(s, *profile, {});
        }
    }
    const int code = QApplication::exec();
    s.window.reset();
    s.demo.reset();
    return code;
}
