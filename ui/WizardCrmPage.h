#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace rd {

class FieldError;
class SetupWizard;

// Setup, page 1: the CRM address and API key, with "Test connection" (credentials and sites, on a worker
// thread). Next runs the test when these values have not passed it yet, and moves on once they have.
class WizardCrmPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardCrmPage)

public:
    explicit WizardCrmPage(SetupWizard *wizard);

    bool validatePage() override;
    bool isComplete() const override;

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *keyEdit() const { return m_key; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *demoButton() const { return m_demo; }
    QLabel *statusLabel() const { return m_status; }
    bool isTesting() const { return m_testing; }

Q_SIGNALS:
    void testFinished(bool ok);

private:
    bool checkFields();
    void runTest(bool advance);
    void onDemoReady(bool ok, const QString &error);

    SetupWizard *m_wizard;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_key = nullptr;
    FieldError *m_urlError = nullptr;
    FieldError *m_keyError = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_demo = nullptr;
    QLabel *m_status = nullptr;
    bool m_testing = false;
    QString m_passedFor; // url + key that passed the test
};

} // namespace rd
