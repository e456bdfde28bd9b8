#pragma once

#include "SearchResultsModel.h"
#include "common/Result.h"
#include "config/Profile.h"

#include <QUrl>
#include <QWidget>
#include <functional>
#include <memory>

class QComboBox;
class QCompleter;
class QStringListModel;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTextBrowser;

namespace rd {

class FieldError;
class SecretStore;

// Which criterion the search box text is.
enum class SearchField { Auto, Number, Email, Phone, Customer, Status, Name, Article };

// The Search page (class CrmSearchPage: rd::SearchPage is the result page type). Look-ups in the CRM: orders (number,
// e-mail, phone, customer, status), customers and products (name, article). Results load page by page ("Load more" or
// scrolling to the end) into a sortable table; the selected row's details (items, delivery, payments, customer) show
// beside it. "Open in RetailCRM", copy (rows or ids) and CSV export. Ctrl+F focuses the search box, F5 runs the search
// again. The last search is remembered and run again when the page is first shown. Every CRM call runs on a worker
// thread.
class CrmSearchPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CrmSearchPage)

public:
    enum class State { Empty, Loading, Results, NoResults, Error };
    static constexpr int pageSize = 50;

    CrmSearchPage(Profile profile, std::function<std::unique_ptr<SecretStore>()> secretsFactory,
                  QWidget *parent = nullptr);
    ~CrmSearchPage() override;

    // Opens CRM pages (default QDesktopServices::openUrl); tests replace it.
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }
    // Whether the last search is kept in QSettings and run again on first show (default on).
    void setRememberSearch(bool remember) { m_remember = remember; }
    // With nothing remembered, the first show lists the site's orders (default off; the main window turns it on).
    void setListWhenNothingRemembered(bool on) { m_listWhenNothingRemembered = on; }

    // The query a text stands for: `field` Auto guesses (an e-mail, a phone, a name or an order number).
    static SearchField guessField(SearchKind kind, const QString &text);

    State state() const { return m_state; }
    bool isBusy() const { return m_busy; }
    SearchResultsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QTextBrowser *details() const { return m_details; }
    QLineEdit *searchBox() const { return m_text; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *loadMoreButton() const { return m_more; }
    FieldError *queryError() const { return m_queryError; }
    // The CRM page of the current row (empty for products or without a selection).
    QUrl currentCrmUrl() const;
    // Rows (in the shown order) as text, with a header: what copy and CSV export use.
    QList<QStringList> shownRows(bool selectedOnly) const;

public Q_SLOTS:
    void search(rd::SearchKind kind, rd::SearchField field, const QString &text);
    void runSearch(); // with what the controls hold
    void loadMore();
    void openInCrm();
    void copyIds();
    void copyRows();
    void exportCsv(); // asks for a file
    // CSV of every loaded row in the shown order, UTF-8 with BOM, written atomically.
    Status exportCsvTo(const QString &path);
    // Loads the pages not loaded yet, then writes every row like exportCsvTo(); csvExported() tells the end.
    void exportAllCsvTo(const QString &path);

Q_SIGNALS:
    void searchFinished(bool ok); // a page (first or further) arrived, or the search failed
    void namesLoaded();
    void csvExported(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Request;
    void start(int page);
    void fillFields();
    void updateCompleter();
    void setState(State state, const QString &message = {});
    void setBusy(bool busy);
    void updateButtons();
    void updateDetails();
    void loadNames();
    void remember() const;
    QString emptyText() const;

    Profile m_profile;
    std::function<std::unique_ptr<SecretStore>()> m_secretsFactory;
    std::function<bool(const QUrl &)> m_openUrl;
    SearchResultsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_field = nullptr;
    QLineEdit *m_text = nullptr;
    bool m_listWhenNothingRemembered = false;
    QCompleter *m_statusCompleter = nullptr; // the CRM's status names, while the field is Status
    QStringListModel *m_statusNames = nullptr;
    FieldError *m_queryError = nullptr;
    QPushButton *m_go = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QStackedWidget *m_results = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_more = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_copyId = nullptr;
    QPushButton *m_copyRows = nullptr;
    QPushButton *m_export = nullptr;
    std::unique_ptr<Request> m_request; // the current search (kind + query), kept for further pages
    State m_state = State::Empty;
    quint64 m_generation = 0; // a newer search makes older answers stale
    bool m_busy = false;
    bool m_remember = true;
    bool m_shownOnce = false;
    bool m_namesLoading = false;
    bool m_namesLoaded = false;
    QString m_pendingExport; // exportAllCsvTo() waits for the remaining pages to write this file
};

} // namespace rd
