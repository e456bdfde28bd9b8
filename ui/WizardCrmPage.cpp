#include "WizardCrmPage.h"

#include "AsyncTask.h"
#include "FieldError.h"
#include "SetupWizard.h"
#include "config/Profile.h"
#include "crm/CrmClient.h"
#include "crm/CrmConfig.h"
#include "crm/CrmDecode.h"
#include "setup/ConnectionCheck.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

struct CrmProbe
{
    Result<CrmCredentials> credentials = Error(ErrorCode::Internal, QString());
    Result<QList<CrmSite>> sites = Error(ErrorCode::Internal, QString());
};

} // namespace

WizardCrmPage::WizardCrmPage(SetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Connect to RetailCRM"));
    setSubTitle(tr("Enter the address of your RetailCRM account and an API key. Create a key in RetailCRM under "
                   "Settings → Integration → API access keys."));

    m_url = new QLineEdit(this);
    m_url->setObjectName(u"crmUrl"_s);
    m_url->setPlaceholderText(tr("https://yourshop.retailcrm.ru"));
    m_key = new QLineEdit(this);
    m_key->setObjectName(u"crmApiKey"_s);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("API key"));
    m_urlError = new FieldError(this);
    m_keyError = new FieldError(this);
    m_test = new QPushButton(tr("&Test connection"), this);
    m_demo = new QPushButton(tr("Try the &demo"), this);
    m_demo->setToolTip(tr("Fill in everything for the bundled demo shop and a local sandbox CRM"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("CRM &address:"), FieldError::wrap(m_url, m_urlError, this));
    form->addRow(tr("API &key:"), FieldError::wrap(m_key, m_keyError, this));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addStretch();
    buttons->addWidget(m_demo);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch();

    registerField(u"crmUrl*"_s, m_url);
    registerField(u"crmApiKey*"_s, m_key);
    connect(m_test, &QPushButton::clicked, this, [this] { runTest(false); });
    connect(m_demo, &QPushButton::clicked, this, [this] {
        m_demo->setEnabled(false);
        m_status->setText(tr("Preparing the demo shop and the sandbox CRM…"));
        m_wizard->startDemo();
    });
    connect(m_wizard, &SetupWizard::demoReady, this, &WizardCrmPage::onDemoReady);
    connect(m_url, &QLineEdit::textEdited, m_urlError, &FieldError::clearError);
    connect(m_key, &QLineEdit::textEdited, m_keyError, &FieldError::clearError);
}

bool WizardCrmPage::isComplete() const
{
    return !m_testing && QWizardPage::isComplete();
}

bool WizardCrmPage::checkFields()
{
    bool ok = true;
    const QUrl url = Profile::normaliseCrmUrl(m_url->text());
    if (m_url->text().trimmed().isEmpty()) {
        m_urlError->showError(tr("Enter the address of your RetailCRM account, e.g. https://yourshop.retailcrm.ru."));
        ok = false;
    } else if (Status valid = Profile::validateCrmUrl(url); !valid) {
        m_urlError->showError(valid.error());
        ok = false;
    } else {
        m_urlError->clearError();
    }
    if (m_key->text().trimmed().isEmpty()) {
        m_keyError->showError(tr("Enter the API key. In RetailCRM: Settings → Integration → API access keys."));
        ok = false;
    } else {
        m_keyError->clearError();
    }
    return ok;
}

void WizardCrmPage::runTest(bool advance)
{
    if (m_testing || !checkFields())
        return;
    CrmConfig config;
    config.baseUrl = Profile::normaliseCrmUrl(m_url->text());
    config.apiKey = m_key->text().trimmed();
    config.timeoutMs = 15000;
    config.maxRetries = 1;
    if (Status valid = config.validate(); !valid) {
        m_keyError->showError(valid.error());
        return;
    }
    m_testing = true;
    m_test->setEnabled(false);
    Q_EMIT completeChanged();
    m_status->setText(tr("Testing the connection to %1…").arg(Profile::displayUrl(config.baseUrl)));
    const QString tested = config.baseUrl.toString() + u'\n' + config.apiKey;
    runAsync(
        this,
        [config]() {
            CrmClient client(config);
            CrmProbe probe;
            probe.credentials = CrmDecode::credentials(client.waitFor(client.credentials()));
            if (probe.credentials)
                probe.sites = CrmDecode::sites(client.waitFor(client.sites()));
            return probe;
        },
        [this, advance, tested, url = config.baseUrl](CrmProbe probe) {
            m_testing = false;
            m_test->setEnabled(true);
            Q_EMIT completeChanged();
            if (!probe.credentials) {
                m_status->clear();
                const ErrorCode code = probe.credentials.error().code;
                (code == ErrorCode::Auth || code == ErrorCode::Access ? m_keyError : m_urlError)
                    ->showError(probe.credentials.error());
                Q_EMIT testFinished(false);
                return;
            }
            if (!probe.sites) {
                m_status->clear();
                m_keyError->showError(probe.sites.error());
                Q_EMIT testFinished(false);
                return;
            }
            QStringList missing;
            for (const auto &[scope, purpose] : requiredCrmScopes())
                if (!probe.credentials->hasScope(scope))
                    missing << scope;
            QString text = tr("Connected. The key may use %n site(s).", nullptr,
                              int(std::count_if(probe.sites->cbegin(), probe.sites->cend(), [&](const CrmSite &s) {
                                  return probe.credentials->canUseSite(s.code);
                              })));
            if (!missing.isEmpty())
                text += u' '
                    + tr("The key lacks these permissions: %1. Tick them for the key in RetailCRM (Settings → "
                         "Integration → API access keys), or some features will fail.")
                          .arg(missing.join(u", "_s));
            m_status->setText(text);
            m_wizard->setCrmProbe(*probe.credentials, *probe.sites);
            m_wizard->setApiKey(m_key->text().trimmed());
            m_wizard->draft().crm.url = url;
            m_passedFor = tested;
            Q_EMIT testFinished(true);
            if (advance)
                m_wizard->next();
        });
}

bool WizardCrmPage::validatePage()
{
    if (!checkFields())
        return false;
    const QString current = Profile::normaliseCrmUrl(m_url->text()).toString() + u'\n' + m_key->text().trimmed();
    if (current == m_passedFor)
        return true;
    runTest(true); // Next moves on by itself once the test passes
    return false;
}

void WizardCrmPage::onDemoReady(bool ok, const QString &error)
{
    m_demo->setEnabled(true);
    if (!ok) {
        m_status->setText(tr("The demo could not start: %1").arg(error));
        return;
    }
    m_url->setText(Profile::displayUrl(m_wizard->draft().crm.url));
    m_key->setText(m_wizard->apiKey());
    m_status->setText(tr("The demo is ready: the sandbox CRM runs at %1.").arg(m_url->text()));
    runTest(true);
}

} // namespace rd
