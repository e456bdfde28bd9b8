#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace rd {

class FieldError;
class SetupWizard;

// Setup, last page: a summary and the profile file; Finish saves the profile (Profile::saveAs) and stores
// the API key and the database password in the keychain.
class WizardFinishPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardFinishPage)

public:
    explicit WizardFinishPage(SetupWizard *wizard);

    void initializePage() override;
    bool validatePage() override;

    QLineEdit *pathEdit() const { return m_path; }
    FieldError *saveError() const { return m_saveError; }

private:
    SetupWizard *m_wizard;
    QLabel *m_summary = nullptr;
    QLineEdit *m_path = nullptr;
    FieldError *m_pathError = nullptr;
    FieldError *m_saveError = nullptr;
};

} // namespace rd
