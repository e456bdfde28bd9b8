#pragma once

#include "config/Profile.h"

#include <QWizardPage>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace rd {

class FieldError;
class SetupWizard;

// Setup, page 3: the shop database (MySQL/MariaDB or SQLite) with "Test" (ShopDatabase::detect on a worker
// thread) reporting the miniShop2 generation, the add-ons found and what is missing.
class WizardShopPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardShopPage)

public:
    explicit WizardShopPage(SetupWizard *wizard);

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

    QComboBox *driverCombo() const { return m_driver; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portSpin() const { return m_port; }
    QLineEdit *socketEdit() const { return m_socket; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *pathEdit() const { return m_path; }
    QLineEdit *prefixEdit() const { return m_prefix; }
    QPushButton *testButton() const { return m_test; }
    QLabel *reportLabel() const { return m_report; }
    bool isTesting() const { return m_testing; }

Q_SIGNALS:
    void testFinished(bool ok);

private:
    void updateDriver();
    bool checkFields(ShopSettings *settings);
    void runTest(bool advance);
    QString signature(const ShopSettings &s) const;

    SetupWizard *m_wizard;
    QFormLayout *m_form = nullptr;
    QComboBox *m_driver = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_socket = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_prefix = nullptr;
    FieldError *m_hostError = nullptr;
    FieldError *m_databaseError = nullptr;
    FieldError *m_userError = nullptr;
    FieldError *m_pathError = nullptr;
    FieldError *m_prefixError = nullptr;
    FieldError *m_testError = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_report = nullptr;
    QWidget *m_hostRow = nullptr;
    QWidget *m_pathRow = nullptr;
    bool m_testing = false;
    QString m_passedFor;
};

} // namespace rd
