#include "SetupWizard.h"

#include "AsyncTask.h"
#include "WizardCrmPage.h"
#include "WizardFinishPage.h"
#include "WizardShopPage.h"
#include "WizardSitePage.h"
#include "demo/DemoEnvironment.h"

using namespace Qt::Literals::StringLiterals;

namespace rd {

SetupWizard::SetupWizard(const QString &profilePath, QWidget *parent)
    : QWizard(parent)
    , m_profilePath(profilePath)
{
    setWindowTitle(tr("RetailDesk setup"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    // Qt's own button texts are translated here too, in case Qt's translations are not installed.
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    m_crmPage = new WizardCrmPage(this);
    m_sitePage = new WizardSitePage(this);
    m_shopPage = new WizardShopPage(this);
    m_finishPage = new WizardFinishPage(this);
    setPage(CrmPageId, m_crmPage);
    setPage(SitePageId, m_sitePage);
    setPage(ShopPageId, m_shopPage);
    setPage(FinishPageId, m_finishPage);
    setStartId(CrmPageId);
    setMinimumSize(560, 420);
}

SetupWizard::~SetupWizard() = default;

void SetupWizard::setCrmProbe(const CrmCredentials &credentials, const QList<CrmSite> &sites)
{
    m_credentials = credentials;
    m_sites = sites;
}

void SetupWizard::startDemo()
{
    if (m_demo)
        return;
    m_demo = std::make_unique<DemoEnvironment>();
    runAsync(
        this, [env = m_demo.get()]() { return env->prepareShop(DemoEnvironment::Options {}); },
        [this](Status prepared) {
            if (!prepared) {
                m_demo.reset();
                Q_EMIT demoReady(false, prepared.error().toString());
                return;
            }
            auto demoProfile = m_demo->startSandbox(DemoEnvironment::Options {});
            if (!demoProfile) {
                m_demo.reset();
                Q_EMIT demoReady(false, demoProfile.error().toString());
                return;
            }
            m_draft.crm = demoProfile->crm;
            m_draft.shop = demoProfile->shop;
            m_draft.sync = demoProfile->sync;
            m_apiKey = m_demo->apiKey();
            m_dbPassword.clear();
            Q_EMIT demoReady(true, {});
        });
}

std::unique_ptr<DemoEnvironment> SetupWizard::takeDemo()
{
    return std::move(m_demo);
}

} // namespace rd
