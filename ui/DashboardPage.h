#pragma once

#include "config/Profile.h"

#include <QWidget>
#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace rd {

class SecretStore;
struct CheckReport;

// The state of the connection: CRM key and site, shop database and miniShop2 version, code mappings.
// The check runs on a worker thread; the page shows a busy state meanwhile and never blocks.
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

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void checkFinished(bool ok);

private:
    void showReport(const CheckReport &report);

    Profile m_profile;
    std::function<std::unique_ptr<SecretStore>()> m_secretsFactory;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_findings = nullptr;
    QPushButton *m_refresh = nullptr;
    bool m_checking = false;
};

} // namespace rd
