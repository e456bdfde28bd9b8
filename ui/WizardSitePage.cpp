#include "WizardSitePage.h"

#include "FieldError.h"
#include "SetupWizard.h"
#include "config/Profile.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rd {

WizardSitePage::WizardSitePage(SetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Choose the CRM site"));
    setSubTitle(tr("Orders and customers of the shop go to this RetailCRM site (store)."));
    m_site = new QComboBox(this);
    m_site->setObjectName(u"crmSite"_s);
    m_siteError = new FieldError(this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Site:"), FieldError::wrap(m_site, m_siteError, this));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch();
    connect(m_site, &QComboBox::currentIndexChanged, m_siteError, &FieldError::clearError);
}

void WizardSitePage::initializePage()
{
    m_site->clear();
    const CrmCredentials credentials = m_wizard->credentials();
    const QString current = m_wizard->draft().crm.site;
    int hidden = 0;
    for (const CrmSite &site : m_wizard->sites()) {
        if (!credentials.canUseSite(site.code)) {
            ++hidden;
            continue;
        }
        m_site->addItem(site.name.isEmpty() ? site.code : u"%1 (%2)"_s.arg(site.name, site.code), site.code);
    }
    const int i = m_site->findData(current);
    m_site->setCurrentIndex(i >= 0 ? i : 0);
    if (m_site->count() == 0)
        m_siteError->showError(tr("The API key may not use any site. In RetailCRM, allow at least one site for this "
                                  "key (Settings → Integration → API access keys), then go back and test again."));
    else
        m_siteError->clearError();
    m_note->setText(hidden > 0 ? tr("%n more site(s) exist that this key may not use.", nullptr, hidden) : QString());
}

bool WizardSitePage::validatePage()
{
    const QString code = m_site->currentData().toString();
    if (code.isEmpty()) {
        m_siteError->showError(tr("Choose a site. If the list is empty, allow a site for the API key in RetailCRM."));
        return false;
    }
    if (Status valid = Profile::validateSiteCode(code); !valid) {
        m_siteError->showError(valid.error());
        return false;
    }
    m_wizard->draft().crm.site = code;
    return true;
}

} // namespace rd
