#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;

namespace rd {

class FieldError;
class SetupWizard;

// Setup, page 2: the RetailCRM site (store) the shop's orders belong to, chosen from those the key may use.
class WizardSitePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardSitePage)

public:
    explicit WizardSitePage(SetupWizard *wizard);

    void initializePage() override;
    bool validatePage() override;

    QComboBox *siteCombo() const { return m_site; }

private:
    SetupWizard *m_wizard;
    QComboBox *m_site = nullptr;
    FieldError *m_siteError = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace rd
