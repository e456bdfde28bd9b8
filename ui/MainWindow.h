#pragma once

#include "config/Profile.h"

#include <QMainWindow>
#include <functional>
#include <memory>

class QListWidget;
class QStackedWidget;

namespace rd {

class DashboardPage;
class SecretStore;

// The main window: a list of pages on the left, the current page on the right.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Profile profile, std::function<std::unique_ptr<SecretStore>()> secretsFactory,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Page names for --page and the tests: "dashboard", ...
    QStringList pageNames() const;
    bool selectPage(const QString &name);
    QWidget *page(const QString &name) const;
    DashboardPage *dashboard() const { return m_dashboard; }

Q_SIGNALS:
    // File → New profile… finished: the saved profile's file (the app may switch to it).
    void profileCreated(const QString &filePath);
    // The Settings page saved the profile: the app reopens the window with it.
    void profileChanged(const QString &filePath);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(const QString &name, const QString &title, QWidget *page);
    void createMenus();
    void newProfile();

    Profile m_profile;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    DashboardPage *m_dashboard = nullptr;
    QStringList m_names;
};

} // namespace rd
