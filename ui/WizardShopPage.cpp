#include "WizardShopPage.h"

#include "AsyncTask.h"
#include "FieldError.h"
#include "SetupWizard.h"
#include "shop/ShopDatabase.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rd {

WizardShopPage::WizardShopPage(SetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Connect to the shop database"));
    setSubTitle(tr("The MODX database with miniShop2. RetailDesk reads customers, orders and the catalog from it "
                   "and writes only the CRM codes and status changes."));

    m_driver = new QComboBox(this);
    m_driver->setObjectName(u"shopDriver"_s);
    m_driver->addItem(tr("MySQL / MariaDB"), u"mysql"_s);
    m_driver->addItem(tr("SQLite file"), u"sqlite"_s);
    m_host = new QLineEdit(this);
    m_host->setObjectName(u"shopHost"_s);
    m_port = new QSpinBox(this);
    m_port->setObjectName(u"shopPort"_s);
    m_port->setRange(1, 65535);
    m_socket = new QLineEdit(this);
    m_socket->setObjectName(u"shopSocket"_s);
    m_socket->setPlaceholderText(tr("optional, e.g. /run/mysqld/mysqld.sock"));
    m_database = new QLineEdit(this);
    m_database->setObjectName(u"shopDatabase"_s);
    m_user = new QLineEdit(this);
    m_user->setObjectName(u"shopUser"_s);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"shopPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("stored in the keychain"));
    m_path = new QLineEdit(this);
    m_path->setObjectName(u"shopPath"_s);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_prefix = new QLineEdit(this);
    m_prefix->setObjectName(u"shopPrefix"_s);
    m_hostError = new FieldError(this);
    m_databaseError = new FieldError(this);
    m_userError = new FieldError(this);
    m_pathError = new FieldError(this);
    m_prefixError = new FieldError(this);
    m_testError = new FieldError(this);
    m_test = new QPushButton(tr("&Test"), this);
    m_report = new QLabel(this);
    m_report->setWordWrap(true);
    m_report->setTextFormat(Qt::PlainText);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *hostLine = new QHBoxLayout;
    hostLine->addWidget(m_host, 1);
    hostLine->addWidget(new QLabel(tr("Port:"), this));
    hostLine->addWidget(m_port);
    auto *pathLine = new QHBoxLayout;
    pathLine->addWidget(m_path, 1);
    pathLine->addWidget(m_browse);

    m_form = new QFormLayout;
    m_form->addRow(tr("&Database type:"), m_driver);
    m_hostRow = FieldError::wrap(hostLine, m_hostError, this);
    m_form->addRow(tr("&Host:"), m_hostRow);
    m_form->addRow(tr("&Socket:"), m_socket);
    m_form->addRow(tr("Data&base:"), FieldError::wrap(m_database, m_databaseError, this));
    m_form->addRow(tr("&User:"), FieldError::wrap(m_user, m_userError, this));
    m_form->addRow(tr("&Password:"), m_password);
    m_pathRow = FieldError::wrap(pathLine, m_pathError, this);
    m_form->addRow(tr("&File:"), m_pathRow);
    m_form->addRow(tr("Table &prefix:"), FieldError::wrap(m_prefix, m_prefixError, this));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addLayout(buttons);
    layout->addWidget(m_testError);
    layout->addWidget(m_report);
    layout->addStretch();

    connect(m_driver, &QComboBox::currentIndexChanged, this, &WizardShopPage::updateDriver);
    connect(m_test, &QPushButton::clicked, this, [this] { runTest(false); });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString file
            = QFileDialog::getOpenFileName(this, tr("The shop's SQLite database"), m_path->text(),
                                           tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)"));
        if (!file.isEmpty())
            m_path->setText(file);
    });
    const std::pair<QLineEdit *, FieldError *> fields[] = { { m_host, m_hostError },
                                                            { m_database, m_databaseError },
                                                            { m_user, m_userError },
                                                            { m_path, m_pathError },
                                                            { m_prefix, m_prefixError } };
    for (const auto &[edit, error] : fields)
        connect(edit, &QLineEdit::textEdited, error, &FieldError::clearError);
}

void WizardShopPage::initializePage()
{
    const ShopSettings &s = m_wizard->draft().shop;
    m_driver->setCurrentIndex(s.driver == ShopSettings::Driver::Sqlite ? 1 : 0);
    m_host->setText(s.host);
    m_port->setValue(s.port);
    m_socket->setText(s.socket);
    m_database->setText(s.database);
    m_user->setText(s.user);
    m_password->setText(m_wizard->dbPassword());
    m_path->setText(s.path);
    m_prefix->setText(s.prefix);
    updateDriver();
}

void WizardShopPage::updateDriver()
{
    const bool sqlite = m_driver->currentData().toString() == u"sqlite"_s;
    for (QWidget *w :
         { static_cast<QWidget *>(m_hostRow), static_cast<QWidget *>(m_socket), static_cast<QWidget *>(m_database),
           static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_password) }) {
        QWidget *row = w == m_database || w == m_user ? w->parentWidget() : w;
        m_form->setRowVisible(row, !sqlite);
    }
    m_form->setRowVisible(m_pathRow, sqlite);
}

bool WizardShopPage::isComplete() const
{
    return !m_testing;
}

bool WizardShopPage::checkFields(ShopSettings *settings)
{
    ShopSettings s = m_wizard->draft().shop;
    s.driver = m_driver->currentData().toString() == u"sqlite"_s ? ShopSettings::Driver::Sqlite
                                                                 : ShopSettings::Driver::MySql;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.socket = m_socket->text().trimmed();
    s.database = m_database->text().trimmed();
    s.user = m_user->text().trimmed();
    s.path = m_path->text().trimmed();
    s.prefix = m_prefix->text().trimmed();
    bool ok = true;
    auto need = [&ok](bool bad, FieldError *error, const QString &text) {
        if (bad) {
            error->showError(text);
            ok = false;
        } else {
            error->clearError();
        }
    };
    if (s.driver == ShopSettings::Driver::MySql) {
        need(s.host.isEmpty() && s.socket.isEmpty(), m_hostError,
             tr("Enter the database server's host name or IP address (e.g. 127.0.0.1), or a socket path below."));
        need(s.database.isEmpty(), m_databaseError,
             tr("Enter the name of the MODX database (see core/config/config.inc.php, $dbase)."));
        need(s.user.isEmpty(), m_userError,
             tr("Enter the database user (see core/config/config.inc.php, $database_user)."));
    } else {
        need(s.path.isEmpty(), m_pathError, tr("Choose the shop's SQLite database file."));
    }
    if (Status valid = Profile::validatePrefix(s.prefix); !valid) {
        m_prefixError->showError(
            tr("The table prefix may hold only Latin letters, digits and '_', at most 32 characters (e.g. modx_)."));
        ok = false;
    } else {
        m_prefixError->clearError();
    }
    if (ok && settings)
        *settings = s;
    return ok;
}

QString WizardShopPage::signature(const ShopSettings &s) const
{
    return QStringList { Profile::driverName(s.driver),
                         s.host,
                         QString::number(s.port),
                         s.socket,
                         s.database,
                         s.user,
                         s.path,
                         s.prefix,
                         m_password->text() }
        .join(u'\n');
}

void WizardShopPage::runTest(bool advance)
{
    ShopSettings settings;
    if (m_testing || !checkFields(&settings))
        return;
    m_testing = true;
    m_test->setEnabled(false);
    m_testError->clearError();
    m_report->setText(tr("Connecting to the shop database…"));
    Q_EMIT completeChanged();
    const QString password = m_password->text();
    const QString tested = signature(settings);
    runAsync(
        this,
        [settings, password]() {
            ShopDatabase db(settings, password);
            Result<ShopInfo> info = db.detect();
            db.closeConnection();
            return info;
        },
        [this, advance, tested, settings, password](Result<ShopInfo> info) {
            m_testing = false;
            m_test->setEnabled(true);
            Q_EMIT completeChanged();
            if (!info) {
                m_report->clear();
                m_testError->showError(info.error());
                Q_EMIT testFinished(false);
                return;
            }
            QStringList lines;
            lines << tr("Connected: %1.").arg(info->serverVersion);
            if (info->generation == ShopInfo::Generation::Unknown)
                lines << tr("The miniShop2 version could not be told from the tables: check the prefix.");
            else
                lines << tr("miniShop2 %1 found.").arg(info->generationName());
            QStringList addons;
            if (info->msOptionsPrice)
                addons << u"msOptionsPrice2"_s;
            if (info->msPromoCode)
                addons << u"msPromoCode"_s;
            lines << (addons.isEmpty() ? tr("Add-ons: none found (msOptionsPrice2, msPromoCode are optional).")
                                       : tr("Add-ons found: %1.").arg(addons.join(u", "_s)));
            if (info->hasAllCodeColumns())
                lines << tr("The CRM code columns of modRetailCRM exist.");
            else
                lines << tr("The CRM code columns (modRetailCRM) are missing: the Mappings page will offer to add "
                            "them when you save codes.");
            for (const QString &w : info->warnings)
                lines << w;
            m_report->setText(lines.join(u'\n'));
            m_wizard->draft().shop = settings;
            m_wizard->setDbPassword(password);
            m_passedFor = tested;
            Q_EMIT testFinished(true);
            if (advance)
                m_wizard->next();
        });
}

bool WizardShopPage::validatePage()
{
    ShopSettings settings;
    if (!checkFields(&settings))
        return false;
    if (signature(settings) == m_passedFor)
        return true;
    runTest(true);
    return false;
}

} // namespace rd
