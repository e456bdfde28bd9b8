#include "QuickActionsPage.h"

#include "AsyncTask.h"
#include "FieldError.h"
#include "config/SecretStore.h"
#include "crm/CrmClient.h"
#include "crm/CrmConfig.h"
#include "search/CrmWebUrl.h"
#include "search/QuickEntry.h"
#include "search/SearchService.h"

#include <QDesktopServices>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

struct OfferList
{
    QList<CrmOfferSummary> offers;
    int totalProducts = 0;
};

Result<CrmConfig> crmConfig(const Profile &profile, const std::function<std::unique_ptr<SecretStore>()> &factory)
{
    auto key = factory()->read(SecretKind::CrmApiKey);
    if (!key)
        return key.error();
    return CrmConfig::fromProfile(profile, *key);
}

// Offers of the products whose name (else article) matches; the whole catalog's first page for "".
Result<OfferList> fetchOffers(const Profile &profile, const std::function<std::unique_ptr<SecretStore>()> &factory,
                              const QString &text)
{
    auto config = crmConfig(profile, factory);
    if (!config)
        return config.error();
    CrmClient client(*config);
    SearchService search(client);
    auto found = search.products({ .name = text }, 1, 50);
    if (found && found->items.isEmpty() && !text.isEmpty())
        found = search.products({ .name = {}, .article = text }, 1, 50);
    if (!found)
        return found.error();
    OfferList list;
    list.totalProducts = found->pagination.totalCount;
    for (const CrmProductSummary &p : found->items) {
        for (CrmOfferSummary offer : p.offers) {
            if (offer.name.isEmpty())
                offer.name = p.name;
            if (offer.article.isEmpty())
                offer.article = p.article;
            list.offers.append(offer);
        }
    }
    return list;
}

QString link(const QUrl &url, const QString &text)
{
    return u"<a href='%1'>%2</a>"_s.arg(url.toString().toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

QuickActionsPage::QuickActionsPage(Profile profile, std::function<std::unique_ptr<SecretStore>()> secretsFactory,
                                   QWidget *parent)
    : QWidget(parent)
    , m_profile(std::move(profile))
    , m_secretsFactory(std::move(secretsFactory))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    auto *title = new QLabel(tr("<h2>Quick actions</h2>"), this);
    auto *intro
        = new QLabel(tr("Enter a contact or a one-item order straight into RetailCRM, without the shop."), this);
    intro->setWordWrap(true);

    auto makeField = [this](QLineEdit *&edit, FieldError *&error, const QString &placeholder) {
        edit = new QLineEdit(this);
        edit->setPlaceholderText(placeholder);
        error = new FieldError(this);
        connect(edit, &QLineEdit::textEdited, error, &FieldError::clearError);
        return FieldError::wrap(edit, error, this);
    };
    const QString namePlaceholder = tr("Last name, first name, patronymic");
    const QString phonePlaceholder = tr("+7 915 123-45-67");
    const QString emailPlaceholder = tr("name@example.com");
    auto onLink = [this](const QString &url) { m_openUrl(QUrl(url)); };

    // A new contact.
    auto *contactBox = new QGroupBox(tr("New contact"), this);
    auto *contactForm = new QFormLayout(contactBox);
    contactForm->addRow(tr("Full name:"), makeField(m_contactName, m_contactNameError, namePlaceholder));
    contactForm->addRow(tr("Phone:"), makeField(m_contactPhone, m_contactPhoneError, phonePlaceholder));
    contactForm->addRow(tr("E-mail:"), makeField(m_contactEmail, m_contactEmailError, emailPlaceholder));
    m_createContact = new QPushButton(tr("Create contact"), contactBox);
    m_createContact->setToolTip(tr("Create the customer in RetailCRM"));
    contactForm->addRow(QString(), m_createContact);
    m_contactResult = new QLabel(contactBox);
    m_contactResult->setWordWrap(true);
    m_contactResult->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_contactResult, &QLabel::linkActivated, this, onLink);
    contactForm->addRow(m_contactResult);
    connect(m_createContact, &QPushButton::clicked, this, &QuickActionsPage::createContact);
    connect(m_contactEmail, &QLineEdit::returnPressed, this, &QuickActionsPage::createContact);

    // A quick order.
    auto *orderBox = new QGroupBox(tr("Quick order"), this);
    auto *orderForm = new QFormLayout(orderBox);
    m_productSearch = new QLineEdit(orderBox);
    m_productSearch->setPlaceholderText(tr("Type a product name or article to find it in the CRM catalog"));
    m_productSearch->setClearButtonEnabled(true);
    m_offers = new QTreeWidget(orderBox);
    m_offers->setColumnCount(3);
    m_offers->setHeaderLabels({ tr("Product"), tr("Article"), tr("Price") });
    m_offers->setRootIsDecorated(false);
    m_offers->setUniformRowHeights(true);
    m_offers->setAlternatingRowColors(true);
    m_offers->setSortingEnabled(true);
    m_offers->sortByColumn(-1, Qt::AscendingOrder);
    m_offers->setMinimumHeight(fontMetrics().height() * 6);
    m_offers->header()->setStretchLastSection(false);
    m_offers->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_offers->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_offers->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_offersStatus = new QLabel(orderBox);
    m_offersStatus->setWordWrap(true);
    m_productError = new FieldError(orderBox);
    auto *productColumn = new QVBoxLayout;
    productColumn->setContentsMargins(0, 0, 0, 0);
    productColumn->addWidget(m_productSearch);
    productColumn->addWidget(m_offers);
    productColumn->addWidget(m_offersStatus);
    orderForm->addRow(tr("Product:"), FieldError::wrap(productColumn, m_productError, orderBox));
    m_quantity = new QSpinBox(orderBox);
    m_quantity->setRange(1, 100000);
    m_quantity->setValue(1);
    orderForm->addRow(tr("Quantity:"), m_quantity);
    orderForm->addRow(tr("Buyer:"), makeField(m_buyerName, m_buyerNameError, namePlaceholder));
    orderForm->addRow(tr("Phone:"), makeField(m_buyerPhone, m_buyerPhoneError, phonePlaceholder));
    orderForm->addRow(tr("E-mail:"), makeField(m_buyerEmail, m_buyerEmailError, emailPlaceholder));
    m_createOrder = new QPushButton(tr("Create order"), orderBox);
    m_createOrder->setToolTip(tr("Create the order (status “new”) in RetailCRM; it is tied to an existing "
                                 "customer with the same e-mail or phone"));
    orderForm->addRow(QString(), m_createOrder);
    m_orderResult = new QLabel(orderBox);
    m_orderResult->setWordWrap(true);
    m_orderResult->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_orderResult, &QLabel::linkActivated, this, onLink);
    orderForm->addRow(m_orderResult);
    connect(m_createOrder, &QPushButton::clicked, this, &QuickActionsPage::createOrder);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(350);
    connect(m_debounce, &QTimer::timeout, this, &QuickActionsPage::findProducts);
    connect(m_productSearch, &QLineEdit::textEdited, this, [this] {
        m_productError->clearError();
        m_debounce->start();
    });
    connect(m_productSearch, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        findProducts();
    });
    connect(m_offers, &QTreeWidget::itemSelectionChanged, m_productError, &FieldError::clearError);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fontMetrics().height() / 2);
    m_progress->hide();

    auto *columns = new QHBoxLayout;
    columns->addWidget(contactBox, 1);
    columns->addWidget(orderBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_progress);
    layout->addLayout(columns, 1);
}

QuickActionsPage::~QuickActionsPage() = default;

void QuickActionsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        findProducts(); // the catalog's first page, to pick from
    }
}

void QuickActionsPage::updateBusy()
{
    const bool busy = isBusy();
    setProperty("busy", busy); // --screenshot waits while a page is busy
    m_progress->setVisible(busy);
    m_createContact->setEnabled(!m_contactBusy);
    m_createOrder->setEnabled(!m_orderBusy);
}

const CrmOfferSummary *QuickActionsPage::chosenOffer() const
{
    const QList<QTreeWidgetItem *> selected = m_offers->selectedItems();
    if (selected.isEmpty())
        return nullptr;
    const int i = selected.first()->data(0, Qt::UserRole).toInt();
    return i >= 0 && i < m_offerList.size() ? &m_offerList.at(i) : nullptr;
}

bool QuickActionsPage::checkContact(QLineEdit *name, QLineEdit *phone, QLineEdit *email, FieldError *nameError,
                                    FieldError *phoneError, FieldError *emailError)
{
    bool ok = true;
    nameError->clearError();
    phoneError->clearError();
    emailError->clearError();
    if (name->text().trimmed().isEmpty()) {
        nameError->showError(tr("Enter the person's name, e.g. “Иванов Иван Иванович”."));
        ok = false;
    }
    if (!phone->text().trimmed().isEmpty() && !QuickEntry::checkPhone(phone->text())) {
        phoneError->showError(
            tr("This is not a phone number: use digits, spaces, ( ) - and a leading +, 5 to 15 digits, e.g. "
               "+7 915 123-45-67."));
        ok = false;
    }
    if (!email->text().trimmed().isEmpty() && !QuickEntry::checkEmail(email->text())) {
        emailError->showError(tr("This is not an e-mail address: it should look like name@example.com."));
        ok = false;
    }
    return ok;
}

void QuickActionsPage::showCrmError(const Error &error, FieldError *nameError, FieldError *phoneError,
                                    FieldError *emailError, QLabel *general)
{
    QStringList rest;
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
        const QString key = it.key().toLower();
        if (key.contains(u"email"_s))
            emailError->showError(it.value());
        else if (key.contains(u"phone"_s))
            phoneError->showError(it.value());
        else if (key.contains(u"name"_s))
            nameError->showError(it.value());
        else
            rest << it.value();
    }
    QString what = tr("The CRM did not accept it: %1").arg(error.message);
    if (!rest.isEmpty())
        what += u' ' + rest.join(u"; "_s);
    switch (error.code) {
    case ErrorCode::MissingSecret:
    case ErrorCode::Auth:
    case ErrorCode::Access:
    case ErrorCode::Config:
        what += u' ' + tr("Check the CRM address, the site and the API key on the Settings page.");
        break;
    case ErrorCode::Validation:
    case ErrorCode::NotFound:
    case ErrorCode::Usage:
        what += u' ' + tr("Correct the marked fields and try again.");
        break;
    default:
        what += u' ' + tr("Check the connection on the Dashboard page and try again.");
        break;
    }
    general->setStyleSheet(u"color: #c62828;"_s);
    general->setText(what.toHtmlEscaped());
}

void QuickActionsPage::createContact()
{
    if (m_contactBusy)
        return;
    m_contactResult->clear();
    if (!checkContact(m_contactName, m_contactPhone, m_contactEmail, m_contactNameError, m_contactPhoneError,
                      m_contactEmailError))
        return;
    const ContactDraft draft { m_contactName->text().trimmed(), m_contactPhone->text().trimmed(),
                               m_contactEmail->text().trimmed() };
    m_contactBusy = true;
    updateBusy();
    m_contactResult->setStyleSheet({});
    m_contactResult->setText(tr("Creating the contact in the CRM…"));
    runAsync(
        this,
        [profile = m_profile, factory = m_secretsFactory, draft]() -> Result<qint64> {
            auto config = crmConfig(profile, factory);
            if (!config)
                return config.error();
            CrmClient client(*config);
            QuickEntry quick(client);
            return quick.createContact(draft);
        },
        [this, name = draft.name](Result<qint64> id) {
            m_contactBusy = false;
            updateBusy();
            if (!id) {
                showCrmError(id.error(), m_contactNameError, m_contactPhoneError, m_contactEmailError, m_contactResult);
                Q_EMIT contactFinished(false, 0);
                return;
            }
            const QUrl url = crmWebUrl(m_profile.crm.url, CrmWebKind::Customer, *id);
            m_contactResult->setStyleSheet({});
            m_contactResult->setText(tr("Created %1 (CRM id %2).").arg(name.toHtmlEscaped()).arg(*id) + u' '
                                     + link(url, tr("Open in RetailCRM")));
            m_contactName->clear();
            m_contactPhone->clear();
            m_contactEmail->clear();
            Q_EMIT contactFinished(true, *id);
        });
}

void QuickActionsPage::findProducts()
{
    const QString text = m_productSearch->text().trimmed();
    const quint64 generation = ++m_offersGeneration;
    m_offersBusy = true;
    updateBusy();
    m_offersStatus->setText(text.isEmpty() ? tr("Loading the CRM catalog…")
                                           : tr("Looking for “%1” in the CRM catalog…").arg(text));
    runAsync(
        this, [profile = m_profile, factory = m_secretsFactory, text]() { return fetchOffers(profile, factory, text); },
        [this, generation, text](Result<OfferList> found) {
            if (generation != m_offersGeneration)
                return; // the text changed meanwhile; a newer search runs
            m_offersBusy = false;
            updateBusy();
            m_offers->clear();
            m_offerList.clear();
            if (!found) {
                m_offersStatus->setText(tr("The catalog could not be searched: %1 Check the connection on the "
                                           "Dashboard page, then press Enter in the product field.")
                                            .arg(found.error().toString()));
                Q_EMIT offersLoaded(false, 0);
                return;
            }
            m_offerList = found->offers;
            m_offers->setSortingEnabled(false);
            for (int i = 0; i < m_offerList.size(); ++i) {
                const CrmOfferSummary &o = m_offerList.at(i);
                auto *item = new QTreeWidgetItem(m_offers);
                item->setText(0, o.name);
                item->setText(1, o.article);
                item->setText(2, QLocale().toString(o.price, 'f', 2));
                item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
                item->setData(0, Qt::UserRole, i);
                const QString tip = tr("%1\nOffer %2 (CRM id %3), in stock: %4")
                                        .arg(o.name, o.externalId)
                                        .arg(o.id)
                                        .arg(QLocale().toString(o.quantity, 'g', 12));
                for (int c = 0; c < 3; ++c)
                    item->setToolTip(c, tip);
            }
            m_offers->setSortingEnabled(true);
            if (m_offerList.isEmpty()) {
                m_offersStatus->setText(
                    text.isEmpty() ? tr("The CRM catalog is empty. Upload the catalog (Uploads page), then come back.")
                                   : tr("No product named “%1” or with this article. Try a part of the "
                                        "name.")
                                         .arg(text));
            } else if (m_offerList.size() == 1) {
                m_offers->setCurrentItem(m_offers->topLevelItem(0));
                m_offersStatus->setText(tr("One offer found; it is chosen."));
            } else {
                m_offersStatus->setText(
                    tr("%n product(s) found: choose the offer in the list.", nullptr, found->totalProducts));
            }
            Q_EMIT offersLoaded(true, int(m_offerList.size()));
        });
}

void QuickActionsPage::createOrder()
{
    if (m_orderBusy)
        return;
    m_orderResult->clear();
    bool ok
        = checkContact(m_buyerName, m_buyerPhone, m_buyerEmail, m_buyerNameError, m_buyerPhoneError, m_buyerEmailError);
    const CrmOfferSummary *offer = chosenOffer();
    m_productError->clearError();
    if (!offer) {
        m_productError->showError(tr("Choose the product: type a part of its name above and click it in the list."));
        ok = false;
    }
    if (!ok)
        return;
    QuickOrderDraft draft;
    draft.product = QString::number(offer->id);
    draft.by = OfferRefKind::Id;
    draft.quantity = m_quantity->value();
    draft.contact = { m_buyerName->text().trimmed(), m_buyerPhone->text().trimmed(), m_buyerEmail->text().trimmed() };
    m_orderBusy = true;
    updateBusy();
    m_orderResult->setStyleSheet({});
    m_orderResult->setText(tr("Creating the order in the CRM…"));
    runAsync(
        this,
        [profile = m_profile, factory = m_secretsFactory, draft]() -> Result<QuickOrderResult> {
            auto config = crmConfig(profile, factory);
            if (!config)
                return config.error();
            CrmClient client(*config);
            QuickEntry quick(client);
            return quick.createOrder(draft);
        },
        [this, quantity = draft.quantity](Result<QuickOrderResult> created) {
            m_orderBusy = false;
            updateBusy();
            if (!created) {
                if (created.error().code == ErrorCode::NotFound)
                    m_productError->showError(tr("The CRM catalog no longer has this offer: search again."));
                showCrmError(created.error(), m_buyerNameError, m_buyerPhoneError, m_buyerEmailError, m_orderResult);
                Q_EMIT orderFinished(false, 0, {});
                return;
            }
            const QUrl url = crmWebUrl(m_profile.crm.url, CrmWebKind::Order, created->id);
            QString text = tr("Order %1 created: %2 × %3.")
                               .arg(created->number.toHtmlEscaped(), created->offer.name.toHtmlEscaped(),
                                    QLocale().toString(quantity, 'g', 12));
            if (created->customerId > 0)
                text += u' ' + tr("Tied to the existing customer %1.").arg(created->customerId);
            m_orderResult->setStyleSheet({});
            m_orderResult->setText(text + u' ' + link(url, tr("Open in RetailCRM")));
            Q_EMIT orderFinished(true, created->id, created->number);
        });
}

} // namespace rd
