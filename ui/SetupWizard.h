#pragma once

#include "config/Profile.h"
#include "crm/CrmTypes.h"

#include <QWizard>
#include <memory>

namespace rd {

class DemoEnvironment;
class WizardCrmPage;
class WizardSitePage;
class WizardShopPage;
class WizardFinishPage;

// First-run setup (and File → New profile…): CRM URL and API key (tested) → site → shop database (tested,
// miniShop2 generation and add-ons shown) → save. Every page validates in validatePage() and shows what is
// wrong beside the field. The profile is saved with Profile::saveAs, the secrets go to the keychain.
class SetupWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupWizard)

public:
    enum PageId { CrmPageId, SitePageId, ShopPageId, FinishPageId };

    // `profilePath`: where the profile will be saved (editable on the last page).
    explicit SetupWizard(const QString &profilePath, QWidget *parent = nullptr);
    ~SetupWizard() override;

    // The profile being built; after a successful finish, the saved one.
    Profile &draft() { return m_draft; }
    const Profile &profile() const { return m_draft; }
    QString profilePath() const { return m_profilePath; }
    void setProfilePath(const QString &path) { m_profilePath = path; }

    QString apiKey() const { return m_apiKey; }
    void setApiKey(const QString &key) { m_apiKey = key; }
    QString dbPassword() const { return m_dbPassword; }
    void setDbPassword(const QString &password) { m_dbPassword = password; }

    // What the CRM test found (used by the site page).
    CrmCredentials credentials() const { return m_credentials; }
    QList<CrmSite> sites() const { return m_sites; }
    void setCrmProbe(const CrmCredentials &credentials, const QList<CrmSite> &sites);

    // "Try the demo": prepares the demo shop (worker thread) and starts the sandbox CRM, then fills every page.
    void startDemo();
    bool isDemo() const { return m_demo != nullptr; }
    // The demo environment (its sandbox must outlive the window that uses the demo profile).
    std::unique_ptr<DemoEnvironment> takeDemo();

    WizardCrmPage *crmPage() const { return m_crmPage; }
    WizardSitePage *sitePage() const { return m_sitePage; }
    WizardShopPage *shopPage() const { return m_shopPage; }
    WizardFinishPage *finishPage() const { return m_finishPage; }

Q_SIGNALS:
    void demoReady(bool ok, const QString &error);

private:
    Profile m_draft;
    QString m_profilePath;
    QString m_apiKey;
    QString m_dbPassword;
    CrmCredentials m_credentials;
    QList<CrmSite> m_sites;
    std::unique_ptr<DemoEnvironment> m_demo;
    WizardCrmPage *m_crmPage = nullptr;
    WizardSitePage *m_sitePage = nullptr;
    WizardShopPage *m_shopPage = nullptr;
    WizardFinishPage *m_finishPage = nullptr;
};

} // namespace rd
