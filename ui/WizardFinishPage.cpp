#include "WizardFinishPage.h"

#include "FieldError.h"
#include "SetupWizard.h"
#include "config/SecretStore.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rd {

WizardFinishPage::WizardFinishPage(SetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Save the profile"));
    setSubTitle(tr("RetailDesk keeps these settings in a profile file; the API key and the database password go "
                   "to the system keychain, never into the file."));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_path = new QLineEdit(this);
    m_path->setObjectName(u"profilePath"_s);
    m_pathError = new FieldError(this);
    m_saveError = new FieldError(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Profile &file:"), FieldError::wrap(m_path, m_pathError, this));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(m_saveError);
    layout->addStretch();
    connect(m_path, &QLineEdit::textEdited, m_pathError, &FieldError::clearError);
}

void WizardFinishPage::initializePage()
{
    const Profile &p = m_wizard->draft();
    const QString shop = p.shop.driver == ShopSettings::Driver::Sqlite
        ? tr("SQLite file %1").arg(p.shop.path)
        : tr("%1 on %2").arg(p.shop.database, p.shop.socket.isEmpty() ? p.shop.host : p.shop.socket);
    m_summary->setText(tr("CRM: %1, site %2\nShop database: %3, table prefix \"%4\"")
                           .arg(Profile::displayUrl(p.crm.url), p.crm.site, shop, p.shop.prefix));
    m_path->setText(QDir::toNativeSeparators(m_wizard->profilePath()));
}

bool WizardFinishPage::validatePage()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty() || QFileInfo(path).isDir()) {
        m_pathError->showError(tr("Enter the file to save the profile to, e.g. %1.")
                                   .arg(QDir::toNativeSeparators(Profile::defaultPath())));
        return false;
    }
    m_pathError->clearError();
    m_saveError->clearError();
    Profile &profile = m_wizard->draft();
    if (Status saved = profile.saveAs(QFileInfo(path).absoluteFilePath()); !saved) {
        m_pathError->showError(saved.error());
        return false;
    }
    m_wizard->setProfilePath(profile.filePath());
    SecretStore secrets(profile.keychainId());
    if (Status stored = secrets.write(SecretKind::CrmApiKey, m_wizard->apiKey()); !stored) {
        m_saveError->showError(tr("The profile was saved, but the API key could not be stored in the keychain: %1")
                                   .arg(stored.error().toString()));
        return false;
    }
    const QString password = m_wizard->dbPassword();
    Status storedPassword = password.isEmpty() ? secrets.remove(SecretKind::ShopDbPassword)
                                               : secrets.write(SecretKind::ShopDbPassword, password);
    if (!storedPassword) {
        m_saveError->showError(
            tr("The profile was saved, but the database password could not be stored in the keychain: %1")
                .arg(storedPassword.error().toString()));
        return false;
    }
    return true;
}

} // namespace rd
