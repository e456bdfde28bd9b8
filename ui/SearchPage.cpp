#include "SearchPage.h"

#include "AsyncTask.h"
#include "FieldError.h"
#include "SearchCsv.h"
#include "config/SecretStore.h"
#include "crm/CrmClient.h"
#include "crm/CrmConfig.h"
#include "crm/CrmDecode.h"
#include "search/CrmWebUrl.h"
#include "search/SearchService.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTableView>
#include <QTextBrowser>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace rd {

struct CrmSearchPage::Request
{
    SearchKind kind = SearchKind::Orders;
    SearchField field = SearchField::Auto;
    QString text;
    OrderSearchQuery orders;
    CustomerSearchQuery customers;
    ProductSearchQuery products;
};

namespace {

constexpr int MessagePage = 0;
constexpr int TablePage = 1;

Result<CrmConfig> crmConfig(const Profile &profile, const std::function<std::unique_ptr<SecretStore>()> &factory)
{
    auto key = factory()->read(SecretKind::CrmApiKey);
    if (!key)
        return key.error();
    return CrmConfig::fromProfile(profile, *key);
}

// One page of a search, on a worker thread with its own CRM client.
Result<SearchBatch> fetchPage(const Profile &profile, const std::function<std::unique_ptr<SecretStore>()> &factory,
                              const OrderSearchQuery &orders, const CustomerSearchQuery &customers,
                              const ProductSearchQuery &products, SearchKind kind, int page)
{
    auto config = crmConfig(profile, factory);
    if (!config)
        return config.error();
    CrmClient client(*config);
    SearchService search(client);
    SearchBatch batch;
    batch.kind = kind;
    switch (kind) {
    case SearchKind::Orders: {
        auto found = search.orders(orders, page, CrmSearchPage::pageSize);
        if (!found)
            return found.error();
        batch.orders = found->items;
        batch.pagination = found->pagination;
        break;
    }
    case SearchKind::Customers: {
        auto found = search.customers(customers, page, CrmSearchPage::pageSize);
        if (!found)
            return found.error();
        batch.customers = found->items;
        batch.pagination = found->pagination;
        break;
    }
    case SearchKind::Products: {
        auto found = search.products(products, page, CrmSearchPage::pageSize);
        if (!found)
            return found.error();
        batch.products = found->items;
        batch.pagination = found->pagination;
        break;
    }
    }
    return batch;
}

// The CRM's names of statuses, delivery and payment types (three calls at once).
Result<SearchCodeNames> fetchNames(const Profile &profile, const std::function<std::unique_ptr<SecretStore>()> &factory)
{
    auto config = crmConfig(profile, factory);
    if (!config)
        return config.error();
    CrmClient client(*config);
    CrmReply *statuses = client.statuses();
    CrmReply *deliveries = client.deliveryTypes();
    CrmReply *payments = client.paymentTypes();
    for (CrmReply *r : { statuses, deliveries, payments })
        r->setAutoDelete(false);
    SearchCodeNames names;
    const auto s = CrmDecode::statuses(client.waitFor(statuses));
    const auto d = CrmDecode::deliveryTypes(client.waitFor(deliveries));
    const auto p = CrmDecode::paymentTypes(client.waitFor(payments));
    delete statuses;
    delete deliveries;
    delete payments;
    if (!s)
        return s.error();
    for (const CrmStatus &x : *s)
        names.statuses.insert(x.code, x.name);
    if (d)
        for (const CrmDeliveryType &x : *d)
            names.deliveries.insert(x.code, x.name);
    if (p)
        for (const CrmPaymentType &x : *p)
            names.payments.insert(x.code, x.name);
    return names;
}

QString money(double v)
{
    return QLocale().toString(v, 'f', 2);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// A link in the details pane that searches the orders of a customer (handled by the page, not a browser).
QUrl ordersOfLink(const QString &email, const QString &phone)
{
    QUrl url;
    url.setScheme(u"retaildesk"_s);
    url.setPath(u"orders"_s);
    QUrlQuery query;
    if (!email.trimmed().isEmpty())
        query.addQueryItem(u"email"_s, email.trimmed());
    else if (!phone.trimmed().isEmpty())
        query.addQueryItem(u"phone"_s, phone.trimmed());
    else
        return {};
    url.setQuery(query);
    return url;
}

QString detailRow(const QString &label, const QString &value)
{
    if (value.trimmed().isEmpty())
        return {};
    return u"<tr><td style='padding-right:12px; color:#555'>%1</td><td>%2</td></tr>"_s.arg(esc(label), value);
}

} // namespace

CrmSearchPage::CrmSearchPage(Profile profile, std::function<std::unique_ptr<SecretStore>()> secretsFactory,
                             QWidget *parent)
    : QWidget(parent)
    , m_profile(std::move(profile))
    , m_secretsFactory(std::move(secretsFactory))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    auto *title = new QLabel(tr("<h2>Search</h2>"), this);

    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Orders"), int(SearchKind::Orders));
    m_kind->addItem(tr("Customers"), int(SearchKind::Customers));
    m_kind->addItem(tr("Products"), int(SearchKind::Products));
    m_kind->setToolTip(tr("What to look for in the CRM"));
    m_field = new QComboBox(this);
    m_field->setToolTip(tr("Which field the text is; “Any” guesses from the text"));
    m_text = new QLineEdit(this);
    m_text->setClearButtonEnabled(true);
    m_go = new QPushButton(tr("Search"), this);
    m_go->setToolTip(tr("Search the CRM (Enter); F5 runs the search again"));
    m_queryError = new FieldError(this);
    m_statusNames = new QStringListModel(this);
    m_statusCompleter = new QCompleter(m_statusNames, this);
    m_statusCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_statusCompleter->setFilterMode(Qt::MatchContains);
    fillFields();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_kind);
    bar->addWidget(m_field);
    bar->addWidget(m_text, 1);
    bar->addWidget(m_go);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // busy indicator
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 20);
    m_progress->hide();
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);

    m_model = new SearchResultsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SearchResultsModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the CRM's order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMargin(fontMetrics().height() * 2);
    m_results = new QStackedWidget(this);
    m_results->addWidget(m_message);
    m_results->addWidget(m_table);

    m_details = new QTextBrowser(this);
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Select a row to see its details."));
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() != u"retaildesk"_s) {
            m_openUrl(url);
            return;
        }
        // "The orders of this customer": a search of its own.
        const QUrlQuery query(url);
        if (query.hasQueryItem(u"email"_s))
            search(SearchKind::Orders, SearchField::Email, query.queryItemValue(u"email"_s, QUrl::FullyDecoded));
        else if (query.hasQueryItem(u"phone"_s))
            search(SearchKind::Orders, SearchField::Phone, query.queryItemValue(u"phone"_s, QUrl::FullyDecoded));
    });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_results);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_more = new QPushButton(tr("Load more"), this);
    m_more->setToolTip(tr("Load the next page of results (also when you scroll to the end)"));
    m_open = new QPushButton(tr("Open in RetailCRM"), this);
    m_open->setToolTip(tr("Open the selected order or customer in the CRM's web interface (double-click a row)"));
    m_copyId = new QPushButton(tr("Copy id"), this);
    m_copyId->setToolTip(tr("Copy the CRM ids of the selected rows (order numbers for orders)"));
    m_copyRows = new QPushButton(tr("Copy rows"), this);
    m_copyRows->setToolTip(tr("Copy the selected rows as a table you can paste into a spreadsheet (Ctrl+C)"));
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setToolTip(tr("Save every loaded row to a CSV file that Excel and LibreOffice open"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_more);
    buttons->addStretch();
    buttons->addWidget(m_open);
    buttons->addWidget(m_copyId);
    buttons->addWidget(m_copyRows);
    buttons->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(bar);
    layout->addWidget(m_queryError);
    layout->addLayout(statusRow);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    // Context menu of the table: the same actions.
    auto addAction = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, m_table);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetShortcut);
        }
        connect(a, &QAction::triggered, this, slot);
        m_table->addAction(a);
    };
    addAction(tr("Open in RetailCRM"), {}, &CrmSearchPage::openInCrm);
    addAction(tr("Copy id"), {}, &CrmSearchPage::copyIds);
    addAction(tr("Copy rows"), QKeySequence::Copy, &CrmSearchPage::copyRows);

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WindowShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_text->setFocus(Qt::ShortcutFocusReason);
        m_text->selectAll();
    });
    auto *again = new QShortcut(QKeySequence::Refresh, this);
    connect(again, &QShortcut::activated, this, [this] {
        if (m_request)
            search(m_request->kind, m_request->field, m_request->text);
    });

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillFields();
        if (m_state == State::Empty)
            setState(State::Empty);
    });
    connect(m_field, &QComboBox::currentIndexChanged, this, &CrmSearchPage::updateCompleter);
    connect(m_text, &QLineEdit::returnPressed, this, &CrmSearchPage::runSearch);
    connect(m_text, &QLineEdit::textEdited, m_queryError, &FieldError::clearError);
    connect(m_go, &QPushButton::clicked, this, &CrmSearchPage::runSearch);
    connect(m_more, &QPushButton::clicked, this, &CrmSearchPage::loadMore);
    connect(m_open, &QPushButton::clicked, this, &CrmSearchPage::openInCrm);
    connect(m_copyId, &QPushButton::clicked, this, &CrmSearchPage::copyIds);
    connect(m_copyRows, &QPushButton::clicked, this, &CrmSearchPage::copyRows);
    connect(m_export, &QPushButton::clicked, this, &CrmSearchPage::exportCsv);
    connect(m_table, &QTableView::doubleClicked, this, &CrmSearchPage::openInCrm);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        updateButtons();
    });
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value > 0 && value == m_table->verticalScrollBar()->maximum() && m_model->hasMore() && !m_busy)
            loadMore();
    });

    setState(State::Empty);
}

CrmSearchPage::~CrmSearchPage() = default;

void CrmSearchPage::fillFields()
{
    const auto kind = SearchKind(m_kind->currentData().toInt());
    const QSignalBlocker block(m_field);
    m_field->clear();
    m_field->addItem(tr("Any"), int(SearchField::Auto));
    switch (kind) {
    case SearchKind::Orders:
        m_field->addItem(tr("Number"), int(SearchField::Number));
        m_field->addItem(tr("E-mail"), int(SearchField::Email));
        m_field->addItem(tr("Phone"), int(SearchField::Phone));
        m_field->addItem(tr("Customer"), int(SearchField::Customer));
        m_field->addItem(tr("Status"), int(SearchField::Status));
        m_text->setPlaceholderText(tr("Order number, phone, e-mail or customer name (Ctrl+F)"));
        break;
    case SearchKind::Customers:
        m_field->addItem(tr("Name", "person"), int(SearchField::Name));
        m_field->addItem(tr("E-mail"), int(SearchField::Email));
        m_field->addItem(tr("Phone"), int(SearchField::Phone));
        m_text->setPlaceholderText(tr("Name, phone or e-mail (Ctrl+F)"));
        break;
    case SearchKind::Products:
        m_field->addItem(tr("Name", "product"), int(SearchField::Name));
        m_field->addItem(tr("Article"), int(SearchField::Article));
        m_text->setPlaceholderText(tr("Product name or article (Ctrl+F)"));
        break;
    }
    updateCompleter();
}

void CrmSearchPage::updateCompleter()
{
    const bool status = SearchField(m_field->currentData().toInt()) == SearchField::Status;
    m_text->setCompleter(status ? m_statusCompleter : nullptr);
}

SearchField CrmSearchPage::guessField(SearchKind kind, const QString &input)
{
    const QString text = input.trimmed();
    if (kind == SearchKind::Products)
        return SearchField::Name;
    if (text.contains(u'@'))
        return SearchField::Email;
    static const QRegularExpression phoneChars(u"^\\+?[0-9 ()\\-.]+$"_s);
    const qsizetype digits = SearchService::phoneDigits(text).size();
    const bool phoneLike = phoneChars.match(text).hasMatch() && digits >= 5
        && (text.startsWith(u'+') || text.startsWith(u'(') || digits >= 10 || text.contains(u' ')
            || text.contains(u'-'));
    if (kind == SearchKind::Customers)
        return phoneLike ? SearchField::Phone : SearchField::Name;
    if (phoneLike)
        return SearchField::Phone;
    static const QRegularExpression letters(u"^[^0-9]+$"_s);
    if (letters.match(text).hasMatch())
        return SearchField::Customer;
    return SearchField::Number;
}

QString CrmSearchPage::emptyText() const
{
    switch (SearchKind(m_kind->currentData().toInt())) {
    case SearchKind::Orders:
        return tr("Type an order number, a phone, an e-mail or a customer's name above and press Enter.\n"
                  "Press Enter with an empty box to list every order of the site.");
    case SearchKind::Customers:
        return tr("Type a customer's name, phone or e-mail above and press Enter.\n"
                  "Press Enter with an empty box to list every customer.");
    case SearchKind::Products:
        break;
    }
    return tr("Type a product name or an article above and press Enter.\n"
              "Press Enter with an empty box to list the whole catalog.");
}

void CrmSearchPage::setState(State state, const QString &message)
{
    m_state = state;
    switch (state) {
    case State::Empty:
        m_message->setText(emptyText());
        m_results->setCurrentIndex(MessagePage);
        m_status->clear();
        break;
    case State::Loading:
        m_message->setText(message);
        m_results->setCurrentIndex(MessagePage);
        break;
    case State::Results:
        m_results->setCurrentIndex(TablePage);
        break;
    case State::NoResults:
    case State::Error:
        m_message->setText(message);
        m_results->setCurrentIndex(MessagePage);
        break;
    }
    m_message->setStyleSheet(state == State::Error ? u"color: #c62828;"_s : QString());
    updateButtons();
}

void CrmSearchPage::setBusy(bool busy)
{
    m_busy = busy;
    setProperty("busy", busy); // --screenshot waits while a page is busy
    m_progress->setVisible(busy);
    m_go->setEnabled(true);
    updateButtons();
}

void CrmSearchPage::updateButtons()
{
    const bool rows = m_state == State::Results && m_model->rowCount() > 0;
    const bool selected = rows && m_table->selectionModel()->hasSelection();
    m_more->setVisible(m_state == State::Results && m_model->hasMore());
    m_more->setEnabled(!m_busy);
    m_open->setEnabled(selected && m_model->kind() != SearchKind::Products);
    m_open->setToolTip(m_model->kind() == SearchKind::Products
                           ? tr("Products have no page of their own in the CRM; open their orders instead")
                           : tr("Open the selected order or customer in the CRM's web interface (double-click a "
                                "row)"));
    m_copyId->setEnabled(selected);
    m_copyRows->setEnabled(selected);
    m_export->setEnabled(rows);
}

void CrmSearchPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    m_text->setFocus();
    loadNames(); // status names for the table and for searching by status
    if (!m_remember)
        return;
    const QSettings settings;
    if (!settings.value(u"search/ran"_s).toBool()) {
        if (m_listWhenNothingRemembered) // the site's orders rather than an empty page
            search(SearchKind::Orders, SearchField::Auto, QString());
        return;
    }
    const auto kind = SearchKind(settings.value(u"search/kind"_s).toInt());
    const auto field = SearchField(settings.value(u"search/field"_s).toInt());
    search(kind, field, settings.value(u"search/text"_s).toString());
}

void CrmSearchPage::remember() const
{
    if (!m_remember || !m_request)
        return;
    QSettings settings;
    settings.setValue(u"search/ran"_s, true);
    settings.setValue(u"search/kind"_s, int(m_request->kind));
    settings.setValue(u"search/field"_s, int(m_request->field));
    settings.setValue(u"search/text"_s, m_request->text);
}

void CrmSearchPage::search(SearchKind kind, SearchField field, const QString &text)
{
    {
        const QSignalBlocker block(m_kind);
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(kind))));
    }
    fillFields();
    m_field->setCurrentIndex(std::max(0, m_field->findData(int(field))));
    m_text->setText(text);
    runSearch();
}

void CrmSearchPage::runSearch()
{
    auto request = std::make_unique<Request>();
    request->kind = SearchKind(m_kind->currentData().toInt());
    request->field = SearchField(m_field->currentData().toInt());
    request->text = m_text->text().trimmed();
    const QString &t = request->text;
    SearchField field = request->field;
    // A status by its CRM name ("Выполнен") as well as by its code.
    QString statusCode;
    if (request->kind == SearchKind::Orders && (field == SearchField::Auto || field == SearchField::Status)) {
        const auto &statuses = m_model->codeNames().statuses;
        for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
            if (it.value().compare(t, Qt::CaseInsensitive) == 0 || (field == SearchField::Status && it.key() == t))
                statusCode = it.key();
    }
    if (field == SearchField::Auto && !statusCode.isEmpty())
        field = SearchField::Status;
    if (field == SearchField::Auto && !t.isEmpty())
        field = guessField(request->kind, t);
    m_queryError->clearError();
    Status check;
    switch (request->kind) {
    case SearchKind::Orders:
        switch (field) {
        case SearchField::Number:
            request->orders.number = t;
            break;
        case SearchField::Email:
            request->orders.email = t;
            break;
        case SearchField::Phone:
            request->orders.phone = t;
            break;
        case SearchField::Status:
            request->orders.status = statusCode.isEmpty() ? t : statusCode;
            break;
        default:
            request->orders.customer = t;
            break;
        }
        if (auto f = SearchService::ordersFilter(request->orders); !f)
            check = f.error();
        break;
    case SearchKind::Customers:
        switch (field) {
        case SearchField::Email:
            request->customers.email = t;
            break;
        case SearchField::Phone:
            request->customers.phone = t;
            break;
        default:
            request->customers.name = t;
            break;
        }
        if (auto f = SearchService::customersFilter(request->customers); !f)
            check = f.error();
        break;
    case SearchKind::Products:
        if (field == SearchField::Article)
            request->products.article = t;
        else
            request->products.name = t;
        break;
    }
    if (!check) {
        m_queryError->showError(check.error());
        return;
    }
    m_request = std::move(request);
    ++m_generation;
    if (!m_pendingExport.isEmpty()) {
        m_pendingExport.clear(); // a new search replaces the results that were to be saved
        Q_EMIT csvExported(false);
    }
    m_model->reset(m_request->kind);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_details->clear();
    remember();
    if (!m_namesLoaded)
        loadNames();
    start(1);
}

void CrmSearchPage::loadMore()
{
    if (!m_request || m_busy || !m_model->hasMore())
        return;
    start(m_model->pagination().currentPage + 1);
}

void CrmSearchPage::start(int page)
{
    setBusy(true);
    if (page == 1) {
        setState(State::Loading, tr("Searching the CRM…"));
        m_status->setText(tr("Searching the CRM…"));
    } else {
        m_status->setText(tr("Loading page %1 of %2…").arg(page).arg(m_model->pagination().totalPageCount));
    }
    const Request r = *m_request;
    runAsync(
        this,
        [profile = m_profile, factory = m_secretsFactory, r, page]() {
            return fetchPage(profile, factory, r.orders, r.customers, r.products, r.kind, page);
        },
        [this, generation = m_generation](Result<SearchBatch> result) {
            if (generation != m_generation)
                return; // a newer search has started; its answer will come
            setBusy(false);
            if (!result) {
                const Error &e = result.error();
                QString todo;
                switch (e.code) {
                case ErrorCode::MissingSecret:
                case ErrorCode::Auth:
                case ErrorCode::Access:
                case ErrorCode::Config:
                    todo = tr("Check the CRM address, the site and the API key on the Settings page, then search "
                              "again.");
                    break;
                case ErrorCode::Usage:
                    todo = tr("Change the search text or the field, then search again.");
                    break;
                default:
                    todo = tr("Check the connection on the Dashboard page, then press Search (or F5) again.");
                    break;
                }
                const QString text = tr("The search failed: %1\n%2").arg(e.toString(), todo);
                if (m_model->rowCount() > 0) {
                    // A further page failed: keep what is shown.
                    m_status->setText(text);
                } else {
                    setState(State::Error, text);
                    m_status->setText(tr("The search failed."));
                }
                Q_EMIT searchFinished(false);
                if (!m_pendingExport.isEmpty()) {
                    m_pendingExport.clear();
                    m_status->setText(
                        tr("The CSV file was not saved: a page of results could not be loaded. %1").arg(text));
                    Q_EMIT csvExported(false);
                }
                return;
            }
            m_model->append(*result);
            const CrmPagination &p = m_model->pagination();
            if (m_model->rowCount() == 0) {
                QString hint;
                switch (m_request->kind) {
                case SearchKind::Orders:
                    hint = tr("Check the spelling, choose the field (e.g. E-mail or Phone) instead of “Any”, "
                              "or search Customers.");
                    break;
                case SearchKind::Customers:
                    hint = tr("Check the spelling, or try a part of the name, the phone's last digits or the "
                              "e-mail.");
                    break;
                case SearchKind::Products:
                    hint = tr("Check the spelling, or search by article. If the catalog is empty, upload it on "
                              "the Uploads page.");
                    break;
                }
                setState(State::NoResults,
                         (m_request->text.isEmpty()
                              ? tr("The CRM has nothing of this kind for the site %1 yet.").arg(m_profile.crm.site)
                              : tr("Nothing found for “%1”.").arg(m_request->text))
                             + u'\n' + hint);
                m_status->setText(tr("Nothing found."));
            } else {
                setState(State::Results);
                m_status->setText(
                    tr("%1 of %n found.", nullptr, p.totalCount).arg(m_model->rowCount())
                    + (p.hasNext() ? u' ' + tr("Scroll down or press Load more for the rest.") : QString()));
                if (!m_table->selectionModel()->hasSelection())
                    m_table->selectRow(0);
                if (p.currentPage <= 1)
                    m_table->resizeColumnsToContents();
            }
            updateButtons();
            Q_EMIT searchFinished(true);
            if (!m_pendingExport.isEmpty()) {
                if (m_model->hasMore()) {
                    start(m_model->pagination().currentPage + 1);
                } else {
                    const QString path = std::exchange(m_pendingExport, QString());
                    const Status saved = exportCsvTo(path);
                    if (!saved)
                        m_status->setText(tr("The CSV file was not saved: %1").arg(saved.error().toString()));
                    Q_EMIT csvExported(saved.ok());
                }
            }
        });
}

void CrmSearchPage::loadNames()
{
    if (m_namesLoading)
        return;
    m_namesLoading = true;
    runAsync(
        this, [profile = m_profile, factory = m_secretsFactory]() { return fetchNames(profile, factory); },
        [this](Result<SearchCodeNames> names) {
            m_namesLoading = false;
            if (!names)
                return; // codes are shown instead of names; tried again with the next search
            m_namesLoaded = true;
            m_model->setCodeNames(*names);
            QStringList statusNames = names->statuses.values();
            statusNames.sort(Qt::CaseInsensitive);
            m_statusNames->setStringList(statusNames);
            if (m_model->rowCount() > 0)
                m_table->resizeColumnsToContents(); // names are wider than codes
            updateDetails();
            Q_EMIT namesLoaded();
        });
}

QUrl CrmSearchPage::currentCrmUrl() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const QModelIndex index = current.isValid() && m_table->selectionModel()->isRowSelected(current.row())
        ? current
        : (rows.isEmpty() ? QModelIndex() : rows.first());
    if (!index.isValid())
        return {};
    const int row = m_proxy->mapToSource(index).row();
    if (const auto *o = m_model->order(row))
        return crmWebUrl(m_profile.crm.url, CrmWebKind::Order, o->id);
    if (const auto *c = m_model->customer(row))
        return crmWebUrl(m_profile.crm.url, CrmWebKind::Customer, c->id);
    return {};
}

void CrmSearchPage::openInCrm()
{
    const QUrl url = currentCrmUrl();
    if (url.isValid() && !url.isEmpty() && !m_openUrl(url))
        m_status->setText(tr("No web browser could open %1. Copy the address into a browser.").arg(url.toString()));
}

QList<QStringList> CrmSearchPage::shownRows(bool selectedOnly) const
{
    QList<QStringList> out;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        if (selectedOnly && !m_table->selectionModel()->isRowSelected(r, {}))
            continue;
        out.append(m_model->rowTexts(m_proxy->mapToSource(m_proxy->index(r, 0)).row()));
    }
    return out;
}

void CrmSearchPage::copyIds()
{
    QStringList ids;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        if (!m_table->selectionModel()->isRowSelected(r, {}))
            continue;
        const int row = m_proxy->mapToSource(m_proxy->index(r, 0)).row();
        if (const auto *o = m_model->order(row))
            ids << (o->number.isEmpty() ? QString::number(o->id) : o->number);
        else
            ids << QString::number(m_model->idAt(row));
    }
    if (ids.isEmpty())
        return;
    QApplication::clipboard()->setText(ids.join(u'\n'));
    m_status->setText(tr("Copied %n id(s).", nullptr, int(ids.size())));
}

void CrmSearchPage::copyRows()
{
    const QList<QStringList> rows = shownRows(true);
    if (rows.isEmpty())
        return;
    QStringList lines { m_model->headerTexts().join(u'\t') };
    for (const QStringList &r : rows) {
        QStringList cells = r;
        for (QString &c : cells)
            c.replace(u'\t', u' ').replace(u'\n', u' ');
        lines << cells.join(u'\t');
    }
    QApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
    m_status->setText(tr("Copied %n row(s); paste them into a spreadsheet or a message.", nullptr, int(rows.size())));
}

void CrmSearchPage::exportCsv()
{
    if (m_model->rowCount() == 0)
        return;
    QString name;
    switch (m_model->kind()) {
    case SearchKind::Orders:
        name = u"orders.csv"_s;
        break;
    case SearchKind::Customers:
        name = u"customers.csv"_s;
        break;
    case SearchKind::Products:
        name = u"products.csv"_s;
        break;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to CSV"), QDir(dir).filePath(name),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (m_model->hasMore()) {
        QMessageBox box(QMessageBox::Question, tr("Export to CSV"),
                        tr("%1 of %2 results are loaded. Load the rest from the CRM and save them all?")
                            .arg(m_model->rowCount())
                            .arg(m_model->pagination().totalCount),
                        QMessageBox::NoButton, this);
        QPushButton *all = box.addButton(tr("Load all and save"), QMessageBox::AcceptRole);
        QPushButton *loaded = box.addButton(tr("Save the loaded rows"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(all);
        box.exec();
        if (box.clickedButton() == all) {
            exportAllCsvTo(path);
            return;
        }
        if (box.clickedButton() != loaded)
            return;
    }
    if (Status saved = exportCsvTo(path); !saved)
        m_status->setText(tr("The CSV file was not saved: %1").arg(saved.error().toString()));
}

void CrmSearchPage::exportAllCsvTo(const QString &path)
{
    if (!m_model->hasMore() || !m_request) {
        const Status saved = exportCsvTo(path);
        if (!saved)
            m_status->setText(tr("The CSV file was not saved: %1").arg(saved.error().toString()));
        Q_EMIT csvExported(saved.ok());
        return;
    }
    m_pendingExport = path;
    if (!m_busy)
        start(m_model->pagination().currentPage + 1);
}

Status CrmSearchPage::exportCsvTo(const QString &path)
{
    SearchCsv csv;
    csv.separator = SearchCsv::separatorForLocale();
    const QList<QStringList> rows = shownRows(false);
    Status saved = csv.save(path, m_model->headerTexts(), rows);
    if (saved) {
        QString more;
        if (m_model->hasMore())
            more = u' '
                + tr("Only the %n loaded row(s) were saved: press Load more first to include the rest.", nullptr,
                     int(rows.size()));
        m_status->setText(tr("Saved %n row(s) to %1.", nullptr, int(rows.size())).arg(QDir::toNativeSeparators(path))
                          + more);
    }
    return saved;
}

void CrmSearchPage::updateDetails()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        m_details->clear();
        return;
    }
    const int row = m_proxy->mapToSource(selected.first()).row();
    const SearchCodeNames &names = m_model->codeNames();
    QString html;
    if (const CrmOrderSummary *o = m_model->order(row)) {
        const QUrl url = crmWebUrl(m_profile.crm.url, CrmWebKind::Order, o->id);
        html += u"<h3>%1</h3>"_s.arg(esc(tr("Order %1").arg(o->number)));
        html += u"<table>"_s;
        html += detailRow(tr("Status"), esc(names.status(o->status)));
        html += detailRow(tr("Created"), esc(o->createdAt));
        html += detailRow(tr("Total"), esc(money(o->totalSumm)));
        html += detailRow(tr("CRM id"), esc(QString::number(o->id)));
        html += detailRow(tr("Shop id"), esc(o->externalId));
        html += u"</table>"_s;
        if (!url.isEmpty())
            html += u"<p><a href='%1'>%2</a></p>"_s.arg(esc(url.toString()), esc(tr("Open in RetailCRM")));

        html += u"<h4>%1</h4>"_s.arg(esc(tr("Items")));
        if (o->items.isEmpty()) {
            html += u"<p>%1</p>"_s.arg(esc(tr("No items.")));
        } else {
            html += u"<table width='100%' cellspacing='0' cellpadding='2'><tr><th align='left'>%1</th><th "
                    u"align='right'>%2</th>"
                    u"<th align='right'>%3</th><th align='right'>%4</th></tr>"_s.arg(esc(tr("Product")), esc(tr("Qty")),
                                                                                     esc(tr("Price")), esc(tr("Sum")));
            for (const CrmOrderItemSummary &i : o->items)
                html += u"<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td align='right'>%4</td>"
                        u"</tr>"_s.arg(esc(i.name), esc(QLocale().toString(i.quantity, 'g', 12)), esc(money(i.price)),
                                       esc(money(i.price * i.quantity)));
            html += u"</table>"_s;
        }

        html += u"<h4>%1</h4><table>"_s.arg(esc(tr("Delivery")));
        html += detailRow(tr("Type"), esc(o->deliveryCode.isEmpty() ? tr("none") : names.delivery(o->deliveryCode)));
        html += detailRow(tr("Cost"), o->deliveryCode.isEmpty() ? QString() : esc(money(o->deliveryCost)));
        html += detailRow(tr("Address"), esc(o->deliveryAddress));
        html += u"</table>"_s;

        html += u"<h4>%1</h4>"_s.arg(esc(tr("Payments")));
        if (o->payments.isEmpty()) {
            html += u"<p>%1</p>"_s.arg(esc(tr("No payments.")));
        } else {
            html += u"<table>"_s;
            for (const CrmPaymentSummary &p : o->payments)
                html += detailRow(names.payment(p.type),
                                  esc(money(p.amount) + (p.status.isEmpty() ? QString() : u" · "_s + p.status)));
            html += u"</table>"_s;
        }

        html += u"<h4>%1</h4><table>"_s.arg(esc(tr("Customer")));
        html += detailRow(tr("Name", "person"), esc(o->customerName));
        html += detailRow(tr("Phone"), esc(o->phone));
        html += detailRow(tr("E-mail"), esc(o->email));
        html += u"</table>"_s;
        const QUrl customerUrl = crmWebUrl(m_profile.crm.url, CrmWebKind::Customer, o->customerId);
        if (!customerUrl.isEmpty())
            html += u"<p><a href='%1'>%2</a></p>"_s.arg(esc(customerUrl.toString()),
                                                        esc(tr("Open the customer in RetailCRM")));
        if (const QUrl orders = ordersOfLink(o->email, o->phone); !orders.isEmpty())
            html += u"<p><a href='%1'>%2</a></p>"_s.arg(esc(orders.toString(QUrl::FullyEncoded)),
                                                        esc(tr("Show the orders of this customer")));
    } else if (const CrmCustomerSummary *c = m_model->customer(row)) {
        const QUrl url = crmWebUrl(m_profile.crm.url, CrmWebKind::Customer, c->id);
        html += u"<h3>%1</h3><table>"_s.arg(esc(c->fullName().isEmpty() ? tr("(no name)") : c->fullName()));
        html += detailRow(tr("E-mail"), esc(c->email));
        html += detailRow(tr("Phones"), esc(c->phones.join(u", "_s)));
        html += detailRow(tr("Orders"), esc(QString::number(c->ordersCount)));
        html += detailRow(tr("Total"), c->totalSumm ? esc(money(*c->totalSumm)) : QString());
        html += detailRow(tr("Created"), esc(c->createdAt));
        html += detailRow(tr("CRM id"), esc(QString::number(c->id)));
        html += detailRow(tr("Shop id"), esc(c->externalId));
        html += u"</table>"_s;
        if (!url.isEmpty())
            html += u"<p><a href='%1'>%2</a></p>"_s.arg(esc(url.toString()), esc(tr("Open in RetailCRM")));
        if (const QUrl orders = ordersOfLink(c->email, c->phones.value(0)); !orders.isEmpty())
            html += u"<p><a href='%1'>%2</a></p>"_s.arg(esc(orders.toString(QUrl::FullyEncoded)),
                                                        esc(tr("Show the orders of this customer")));
    } else if (const CrmProductSummary *p = m_model->product(row)) {
        html += u"<h3>%1</h3><table>"_s.arg(esc(p->name));
        html += detailRow(tr("Article"), esc(p->article));
        html += detailRow(tr("In stock"), esc(QLocale().toString(p->quantity, 'g', 12)));
        html += detailRow(tr("Active"), esc(p->active ? tr("yes") : tr("no")));
        html += detailRow(tr("CRM id"), esc(QString::number(p->id)));
        html += detailRow(tr("Shop id"), esc(p->externalId));
        html += u"</table>"_s;
        html += u"<h4>%1</h4>"_s.arg(esc(tr("Offers")));
        html += u"<table width='100%' cellspacing='0' cellpadding='2'><tr><th align='left'>%1</th><th "
                u"align='left'>%2</th>"
                u"<th align='right'>%3</th><th align='right'>%4</th></tr>"_s.arg(esc(tr("Offer")), esc(tr("Article")),
                                                                                 esc(tr("Price")), esc(tr("In stock")));
        for (const CrmOfferSummary &offer : p->offers)
            html += u"<tr><td>%1</td><td>%2</td><td align='right'>%3</td><td align='right'>%4</td></tr>"_s.arg(
                esc(offer.name.isEmpty() ? offer.externalId : offer.name), esc(offer.article), esc(money(offer.price)),
                esc(QLocale().toString(offer.quantity, 'g', 12)));
        html += u"</table>"_s;
    }
    m_details->setHtml(html);
}

} // namespace rd
