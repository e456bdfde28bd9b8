#include "SettingsPage.h"

#include "AsyncTask.h"
#include "FieldError.h"
#include "Language.h"
#include "config/SecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>
#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

const QString kApiKey = u"secret/crm-api-key"_s;
const QString kDbPassword = u"secret/shop-db-password"_s;

struct SecretStates
{
    QString apiKey;
    QString dbPassword;
};

QString describeSecret(SecretStore &store, SecretKind kind)
{
    SecretSource source {};
    auto value = store.read(kind, &source);
    if (!value)
        return value.error().code == ErrorCode::MissingSecret ? u"missing"_s : u"error:"_s + value.error().message;
    switch (source) {
    case SecretSource::Override:
        return u"override"_s;
    case SecretSource::Environment:
        return u"env"_s;
    case SecretSource::Keychain:
        break;
    }
    return u"keychain"_s;
}

} // namespace

SettingsPage::SettingsPage(Profile profile, std::function<std::unique_ptr<SecretStore>()> secretsFactory,
                           QWidget *parent)
    : QWidget(parent)
    , m_profile(std::move(profile))
    , m_secretsFactory(std::move(secretsFactory))
{
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);

    auto *crmBox = new QGroupBox(tr("RetailCRM"), content);
    auto *crmForm = new QFormLayout(crmBox);
    m_url = new QLineEdit(crmBox);
    m_url->setPlaceholderText(tr("https://yourshop.retailcrm.ru"));
    addRow(crmForm, tr("&Address:"), u"crm/url"_s, m_url);
    m_site = new QLineEdit(crmBox);
    addRow(crmForm, tr("&Site code:"), u"crm/site"_s, m_site);
    m_rate = new QSpinBox(crmBox);
    m_rate->setRange(1, 100);
    m_rate->setSuffix(tr(" requests/s"));
    addRow(crmForm, tr("&Rate limit:"), u"crm/rate_limit"_s, m_rate);
    m_apiKey = new QLineEdit(crmBox);
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("type a new key to replace the stored one"));
    addRow(crmForm, tr("API &key:"), kApiKey, m_apiKey);

    auto *shopBox = new QGroupBox(tr("Shop database"), content);
    m_shopForm = new QFormLayout(shopBox);
    m_driver = new QComboBox(shopBox);
    m_driver->addItem(tr("MySQL / MariaDB"), u"mysql"_s);
    m_driver->addItem(tr("SQLite file"), u"sqlite"_s);
    addRow(m_shopForm, tr("&Database type:"), u"shop/driver"_s, m_driver);
    m_host = new QLineEdit(shopBox);
    addRow(m_shopForm, tr("&Host:"), u"shop/host"_s, m_host);
    m_port = new QSpinBox(shopBox);
    m_port->setRange(1, 65535);
    addRow(m_shopForm, tr("P&ort:"), u"shop/port"_s, m_port);
    m_socket = new QLineEdit(shopBox);
    m_socket->setPlaceholderText(tr("optional, e.g. /run/mysqld/mysqld.sock"));
    addRow(m_shopForm, tr("&Socket:"), u"shop/socket"_s, m_socket);
    m_database = new QLineEdit(shopBox);
    addRow(m_shopForm, tr("Data&base:"), u"shop/database"_s, m_database);
    m_user = new QLineEdit(shopBox);
    addRow(m_shopForm, tr("&User:"), u"shop/user"_s, m_user);
    m_password = new QLineEdit(shopBox);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("type a new password to replace the stored one"));
    addRow(m_shopForm, tr("&Password:"), kDbPassword, m_password);
    auto *pathBox = new QWidget(shopBox);
    auto *pathLine = new QHBoxLayout(pathBox);
    pathLine->setContentsMargins(0, 0, 0, 0);
    m_path = new QLineEdit(pathBox);
    auto *browse = new QPushButton(tr("&Browse…"), pathBox);
    pathLine->addWidget(m_path, 1);
    pathLine->addWidget(browse);
    addRow(m_shopForm, tr("&File:"), u"shop/path"_s, pathBox);
    m_fields.insert(u"shop/path"_s, m_path);
    m_prefix = new QLineEdit(shopBox);
    addRow(m_shopForm, tr("Table &prefix:"), u"shop/prefix"_s, m_prefix);
    m_siteUrl = new QLineEdit(shopBox);
    m_siteUrl->setPlaceholderText(tr("https://shop.example (for product links and pictures in the catalog)"));
    addRow(m_shopForm, tr("Shop &URL:"), u"shop/site_url"_s, m_siteUrl);
    m_weight = new QComboBox(shopBox);
    m_weight->addItem(tr("kilograms"), u"kg"_s);
    m_weight->addItem(tr("grams"), u"g"_s);
    addRow(m_shopForm, tr("&Weight unit:"), u"shop/weight_unit"_s, m_weight);

    auto *syncBox = new QGroupBox(tr("Synchronisation"), content);
    auto *syncForm = new QFormLayout(syncBox);
    m_statuses = new QLineEdit(syncBox);
    m_statuses->setPlaceholderText(tr("e.g. 2,3,4"));
    addRow(syncForm, tr("S&ynced statuses:"), u"sync/statuses"_s, m_statuses);
    m_msop = new QCheckBox(tr("msOptionsPrice2 offers"), syncBox);
    m_msop->setToolTip(tr("msOptionsPrice2 modifications become separate offers"));
    addRow(syncForm, QString(), u"sync/msoptionsprice"_s, m_msop);
    m_crmNumber = new QCheckBox(tr("Shop order numbers in the CRM"), syncBox);
    m_crmNumber->setToolTip(tr("Send the shop's order number as the CRM order number"));
    addRow(syncForm, QString(), u"sync/add_crm_number"_s, m_crmNumber);

    auto *uiBox = new QGroupBox(tr("Interface"), content);
    auto *uiForm = new QFormLayout(uiBox);
    m_language = new QComboBox(uiBox);
    m_language->addItem(tr("As the system (%1)").arg(QLocale::system().nativeLanguageName()), u"auto"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Русский"_s, u"ru"_s);
    addRow(uiForm, tr("&Language:"), Language::settingKey(), m_language);

    contentLayout->addWidget(crmBox);
    contentLayout->addWidget(shopBox);
    contentLayout->addWidget(syncBox);
    contentLayout->addWidget(uiBox);
    contentLayout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_save = new QPushButton(tr("Save"), this);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Check and save the settings to %1 (Ctrl+S)").arg(m_profile.filePath()));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Settings</h2>"), this));
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_driver, &QComboBox::currentIndexChanged, this, &SettingsPage::updateDriver);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file
            = QFileDialog::getOpenFileName(this, tr("The shop's SQLite database"), m_path->text(),
                                           tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)"));
        if (!file.isEmpty())
            m_path->setText(file);
    });
    load();
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::addRow(QFormLayout *form, const QString &label, const QString &key, QWidget *field)
{
    auto *error = new FieldError(field->parentWidget());
    QWidget *row = FieldError::wrap(field, error, field->parentWidget());
    if (key == kApiKey || key == kDbPassword) {
        auto *state = new QLabel(row);
        state->setWordWrap(true);
        state->setTextFormat(Qt::PlainText);
        row->layout()->addWidget(state);
        m_secretStates.insert(key, state);
    }
    if (label.isEmpty())
        form->addRow(row);
    else
        form->addRow(label, row);
    m_fields.insert(key, field);
    m_errors.insert(key, error);
    m_rows.insert(key, row);
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        connect(edit, &QLineEdit::textEdited, error, &FieldError::clearError);
}

void SettingsPage::load()
{
    const Profile &p = m_profile;
    m_url->setText(Profile::displayUrl(p.crm.url));
    m_site->setText(p.crm.site);
    m_rate->setValue(p.crm.rateLimit);
    m_driver->setCurrentIndex(m_driver->findData(Profile::driverName(p.shop.driver)));
    m_host->setText(p.shop.host);
    m_port->setValue(p.shop.port);
    m_socket->setText(p.shop.socket);
    m_database->setText(p.shop.database);
    m_user->setText(p.shop.user);
    m_path->setText(p.shop.path);
    m_prefix->setText(p.shop.prefix);
    m_siteUrl->setText(p.shop.siteUrl.toString());
    m_weight->setCurrentIndex(m_weight->findData(Profile::weightUnitName(p.shop.weightUnit)));
    QStringList statuses;
    for (int id : p.sync.statuses)
        statuses << QString::number(id);
    m_statuses->setText(statuses.join(u","_s));
    m_msop->setChecked(p.sync.msOptionsPrice);
    m_crmNumber->setChecked(p.sync.addCrmNumber);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Language::storedSetting())));
    updateDriver();
}

void SettingsPage::updateDriver()
{
    const bool sqlite = m_driver->currentData().toString() == u"sqlite"_s;
    for (const QString &key :
         { u"shop/host"_s, u"shop/port"_s, u"shop/socket"_s, u"shop/database"_s, u"shop/user"_s, kDbPassword })
        m_shopForm->setRowVisible(m_rows.value(key), !sqlite);
    m_shopForm->setRowVisible(m_rows.value(u"shop/path"_s), sqlite);
}

void SettingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        refreshSecretState();
    }
}

void SettingsPage::refreshSecretState()
{
    m_busy = true;
    setProperty("busy", true);
    runAsync(
        this,
        [factory = m_secretsFactory]() {
            std::unique_ptr<SecretStore> store = factory();
            return SecretStates { describeSecret(*store, SecretKind::CrmApiKey),
                                  describeSecret(*store, SecretKind::ShopDbPassword) };
        },
        [this](SecretStates states) {
            m_busy = false;
            setProperty("busy", false);
            auto text = [](const QString &state, SecretKind kind) {
                if (state == u"keychain"_s)
                    return tr("Stored in the keychain.");
                if (state == u"env"_s)
                    return tr("Taken from the environment (%1); it wins over the keychain.")
                        .arg(SecretStore::envVarName(kind));
                if (state == u"override"_s)
                    return tr("Set for this session (demo).");
                if (state == u"missing"_s)
                    return tr("Not stored yet: type it above and Save.");
                return tr("The keychain cannot be read: %1").arg(state.mid(6));
            };
            m_secretStates.value(kApiKey)->setText(text(states.apiKey, SecretKind::CrmApiKey));
            m_secretStates.value(kDbPassword)->setText(text(states.dbPassword, SecretKind::ShopDbPassword));
            Q_EMIT secretStateKnown();
        });
}

bool SettingsPage::save()
{
    for (FieldError *e : std::as_const(m_errors))
        e->clearError();
    m_status->clear();
    Profile p = m_profile;
    bool ok = true;
    auto fail = [&](const QString &key, const QString &text) {
        if (FieldError *e = m_errors.value(key); e && !e->hasError())
            e->showError(text);
        ok = false;
    };

    p.crm.url = Profile::normaliseCrmUrl(m_url->text());
    if (m_url->text().trimmed().isEmpty())
        fail(u"crm/url"_s, tr("Enter the address of your RetailCRM account, e.g. https://yourshop.retailcrm.ru."));
    p.crm.site = m_site->text().trimmed();
    p.crm.rateLimit = m_rate->value();
    p.shop.driver = m_driver->currentData().toString() == u"sqlite"_s ? ShopSettings::Driver::Sqlite
                                                                      : ShopSettings::Driver::MySql;
    p.shop.host = m_host->text().trimmed();
    p.shop.port = m_port->value();
    p.shop.socket = m_socket->text().trimmed();
    p.shop.database = m_database->text().trimmed();
    p.shop.user = m_user->text().trimmed();
    p.shop.path = m_path->text().trimmed();
    p.shop.prefix = m_prefix->text().trimmed();
    const QString siteUrl = m_siteUrl->text().trimmed();
    p.shop.siteUrl = siteUrl.isEmpty() ? QUrl() : QUrl(siteUrl);
    p.shop.weightUnit = m_weight->currentData().toString() == u"g"_s ? ShopSettings::WeightUnit::Gram
                                                                     : ShopSettings::WeightUnit::Kilogram;
    if (auto statuses = Profile::parseStatuses(m_statuses->text()); statuses)
        p.sync.statuses = *statuses;
    else
        fail(u"sync/statuses"_s,
             statuses.error().hint.isEmpty() ? statuses.error().message
                                             : statuses.error().message + u' ' + statuses.error().hint);
    p.sync.msOptionsPrice = m_msop->isChecked();
    p.sync.addCrmNumber = m_crmNumber->isChecked();

    for (const ConfigProblem &problem : p.validationProblems()) {
        const QString key = m_errors.contains(problem.key) ? problem.key : QString();
        if (key.isEmpty()) {
            m_status->setText(problem.error.toString());
            ok = false;
        } else {
            fail(key,
                 problem.error.hint.isEmpty() ? problem.error.message
                                              : problem.error.message + u' ' + problem.error.hint);
        }
    }
    if (!ok) {
        if (m_status->text().isEmpty())
            m_status->setText(tr("Nothing saved: fix the fields marked in red."));
        return false;
    }
    if (Status saved = p.save(); !saved) {
        m_status->setText(tr("The profile could not be saved: %1").arg(saved.error().toString()));
        return false;
    }
    m_profile = p;

    std::unique_ptr<SecretStore> secrets = m_secretsFactory();
    QStringList stored;
    for (const auto &[edit, kind, key] : { std::tuple { m_apiKey, SecretKind::CrmApiKey, kApiKey },
                                           std::tuple { m_password, SecretKind::ShopDbPassword, kDbPassword } }) {
        if (edit->text().isEmpty())
            continue;
        if (Status written = secrets->write(kind, edit->text()); !written) {
            m_errors.value(key)->showError(written.error());
            ok = false;
            continue;
        }
        edit->clear(); // never displayed back
        stored << (kind == SecretKind::CrmApiKey ? tr("API key") : tr("database password"));
    }

    const QString language = m_language->currentData().toString();
    const bool languageChanged = language != Language::storedSetting();
    Language::store(language);
    if (languageChanged)
        Language::install(Language::resolve(language));

    QString text = tr("Saved to %1.").arg(m_profile.filePath());
    if (!stored.isEmpty())
        text += u' ' + tr("Stored in the keychain: %1.").arg(stored.join(u", "_s));
    if (languageChanged)
        text += u' ' + tr("The new language applies fully after a restart.");
    m_status->setText(ok ? text : text + u' ' + tr("Some secrets could not be stored: see the fields marked in red."));
    refreshSecretState();
    Q_EMIT profileSaved(m_profile.filePath());
    return ok;
}

} // namespace rd
