// The Search page against the real sandbox CRM: the empty state, orders by number / e-mail / phone with the
// details pane, customers, products by article, paging ("Load more" and scrolling), sorting, no results, the
// error state (wrong key), "Open in RetailCRM", copy and the bytes of the CSV export; the CSV quoting rules.
#include "FieldError.h"
#include "SearchCsv.h"
#include "SearchPage.h"
#include "SearchTestCrm.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::Literals::StringLiterals;
using rd::CrmSearchPage;
using rd::SearchField;
using rd::SearchKind;

class TestSearchPage final : public QObject
{
    Q_OBJECT

    std::unique_ptr<CrmSearchPage> makePage(const QString &key = {})
    {
        auto page = std::make_unique<CrmSearchPage>(rd::test::searchTestProfile(m_url),
                                                    rd::test::searchTestSecrets(key.isEmpty() ? m_key : key));
        page->setRememberSearch(false);
        page->setUrlOpener([this](const QUrl &url) {
            m_opened << url;
            return true;
        });
        page->resize(1200, 700);
        return page;
    }

    static bool searchAndWait(CrmSearchPage &page, SearchKind kind, SearchField field, const QString &text)
    {
        QSignalSpy done(&page, &CrmSearchPage::searchFinished);
        page.search(kind, field, text);
        if (!done.wait(30000) && done.isEmpty())
            return false;
        return done.first().first().toBool();
    }

    // The shown text of a column (by header) in shown row `row`.
    static QString cell(const CrmSearchPage &page, int row, const QString &header)
    {
        const QStringList headers = page.model()->headerTexts();
        const int column = int(headers.indexOf(header));
        return page.proxy()->index(row, column).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
        rd::SandboxOptions options;
        options.apiKey = m_key;
        auto url = m_sandbox.start(options);
        QVERIFY2(url, url ? "" : qPrintable(url.error().toString()));
        m_url = *url;
        rd::CrmClient client(rd::test::searchTestConfig(m_url, m_key));
        const QString seeded = rd::test::seedSearchCrm(m_sandbox, client, 120, m_seed);
        QVERIFY2(seeded.isEmpty(), qPrintable(seeded));
    }

    void cleanupTestCase() { m_sandbox.stop(); }

    void init() { m_opened.clear(); }

    void emptyStateSaysWhatToDo()
    {
        auto page = makePage();
        page->show();
        QCOMPARE(page->state(), CrmSearchPage::State::Empty);
        QVERIFY2(page->messageLabel()->text().contains(u"order number"_s), qPrintable(page->messageLabel()->text()));
        QVERIFY(!page->isBusy());
        // Ctrl+F focuses the search box.
        QVERIFY(QTest::qWaitForWindowActive(page.get()));
        page->table()->setFocus();
        QTest::keyClick(page.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(page->searchBox()->hasFocus());
    }

    void orderByNumberShowsDetails()
    {
        auto page = makePage();
        page->show();
        QSignalSpy names(page.get(), &CrmSearchPage::namesLoaded);
        QVERIFY(searchAndWait(*page, SearchKind::Orders, SearchField::Auto, u"SRCH-1"_s));
        QCOMPARE(page->state(), CrmSearchPage::State::Results);
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(cell(*page, 0, u"Number"_s), u"SRCH-1"_s);
        QCOMPARE(cell(*page, 0, u"Customer"_s), u"Иванов Иван Иванович"_s);
        QTRY_VERIFY_WITH_TIMEOUT(names.size() == 1, 30000);
        QCOMPARE(cell(*page, 0, u"Status"_s), u"Комплектуется"_s); // the CRM name of "assembling"
        // The first row is selected: its details.
        const QString details = page->details()->toPlainText();
        for (const QString &part :
             { u"Oak chair, small"_s, u"Москва, Тверская 1"_s, u"Доставка курьером"_s, u"Наличные"_s,
               u"Банковская карта"_s, u"ivan@example.com"_s, u"+7 915 111-22-33"_s, u"400.00"_s })
            QVERIFY2(details.contains(part), qPrintable(part + u" not in: "_s + details));

        // Open in RetailCRM: the page of the order.
        page->openInCrm();
        QCOMPARE(m_opened.size(), 1);
        QCOMPARE(m_opened.first().path(), u"/orders/%1/edit"_s.arg(m_seed.richOrderId));
        QCOMPARE(m_opened.first().port(), m_url.port());
        // Copy id: the order number.
        page->copyIds();
        QCOMPARE(QGuiApplication::clipboard()->text(), u"SRCH-1"_s);
        page->copyRows();
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(u"Number\tCreated\tStatus"_s), qPrintable(copied));
        QVERIFY(copied.contains(u"SRCH-1\t"_s));
    }

    void guessesEmailAndPhone()
    {
        auto page = makePage();
        QVERIFY(searchAndWait(*page, SearchKind::Orders, SearchField::Auto, u"ivan@example.com"_s));
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(cell(*page, 0, u"Number"_s), u"SRCH-1"_s);
        QVERIFY(searchAndWait(*page, SearchKind::Orders, SearchField::Auto, u"+7 901 000-0042"_s));
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(cell(*page, 0, u"Number"_s), u"SP-42"_s);

        QCOMPARE(CrmSearchPage::guessField(SearchKind::Orders, u"1042A"_s), SearchField::Number);
        QCOMPARE(CrmSearchPage::guessField(SearchKind::Orders, u"Иванов"_s), SearchField::Customer);
        QCOMPARE(CrmSearchPage::guessField(SearchKind::Orders, u"8 (915) 111-22-33"_s), SearchField::Phone);
        QCOMPARE(CrmSearchPage::guessField(SearchKind::Customers, u"a@b.ru"_s), SearchField::Email);
        QCOMPARE(CrmSearchPage::guessField(SearchKind::Customers, u"Анна"_s), SearchField::Name);
    }

    void ordersByStatusName()
    {
        auto page = makePage();
        QSignalSpy names(page.get(), &CrmSearchPage::namesLoaded);
        page->show(); // loads the CRM names of the statuses
        QVERIFY(names.wait(30000));
        QVERIFY(searchAndWait(*page, SearchKind::Orders, SearchField::Auto, u"выполнен"_s));
        QCOMPARE(page->model()->pagination().totalCount, 30); // every 4th of the 120
        for (int r = 0; r < page->proxy()->rowCount(); ++r)
            QCOMPARE(cell(*page, r, u"Status"_s), u"Выполнен"_s);
        QVERIFY(searchAndWait(*page, SearchKind::Orders, SearchField::Status, u"assembling"_s));
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(cell(*page, 0, u"Number"_s), u"SRCH-1"_s);
    }

    void customersAndProducts()
    {
        auto page = makePage();
        page->show();
        QVERIFY(searchAndWait(*page, SearchKind::Customers, SearchField::Auto, u"Иванов"_s));
        QVERIFY(page->model()->rowCount() >= 1);
        QCOMPARE(cell(*page, 0, u"Name"_s), u"Иванов Иван Иванович"_s);
        QVERIFY(page->details()->toPlainText().contains(u"ivan@example.com"_s));
        page->openInCrm();
        QCOMPARE(m_opened.size(), 1);
        QVERIFY2(m_opened.first().path().startsWith(u"/customers/"_s), qPrintable(m_opened.first().toString()));
        // The link to the orders of this customer runs that search on the page.
        const QString html = page->details()->toHtml();
        QVERIFY2(html.contains(u"retaildesk:orders?email="_s), qPrintable(html));
        QSignalSpy done(page.get(), &CrmSearchPage::searchFinished);
        Q_EMIT page->details()->anchorClicked(QUrl(u"retaildesk:orders?email=ivan%40example.com"_s));
        QVERIFY(done.wait(30000));
        QCOMPARE(page->model()->kind(), SearchKind::Orders);
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(cell(*page, 0, u"Number"_s), u"SRCH-1"_s);
        QCOMPARE(m_opened.size(), 1); // not handed to a browser

        QVERIFY(searchAndWait(*page, SearchKind::Products, SearchField::Article, u"OAK-1-L"_s));
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(cell(*page, 0, u"Name"_s), u"Oak chair"_s);
        QVERIFY(page->details()->toPlainText().contains(u"Oak chair, large"_s));
        QVERIFY(!page->currentCrmUrl().isValid() || page->currentCrmUrl().isEmpty());
    }

    void pagesLoadOnDemandAndSort()
    {
        auto page = makePage();
        page->show();
        QVERIFY(searchAndWait(*page, SearchKind::Orders, SearchField::Auto, QString()));
        QCOMPARE(page->model()->rowCount(), CrmSearchPage::pageSize);
        QCOMPARE(page->model()->pagination().totalCount, m_seed.orders);
        QVERIFY(page->model()->hasMore());
        QVERIFY(page->loadMoreButton()->isVisible());
        QVERIFY2(page->statusLabel()->text().contains(u"50 of 121"_s), qPrintable(page->statusLabel()->text()));

        // "Load more".
        QSignalSpy done(page.get(), &CrmSearchPage::searchFinished);
        QTest::mouseClick(page->loadMoreButton(), Qt::LeftButton);
        QVERIFY(done.wait(30000));
        QCOMPARE(page->model()->rowCount(), 2 * CrmSearchPage::pageSize);
        // Scrolling to the end loads the last page.
        QScrollBar *bar = page->table()->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        bar->setValue(bar->maximum());
        QVERIFY(done.wait(30000));
        QCOMPARE(page->model()->rowCount(), m_seed.orders);
        QVERIFY(!page->model()->hasMore());
        QVERIFY(!page->loadMoreButton()->isVisible());

        // Sorting by total (a number, not text): descending puts the biggest first.
        const int totalColumn = int(page->model()->headerTexts().indexOf(u"Total"_s));
        page->table()->sortByColumn(totalColumn, Qt::DescendingOrder);
        double previous = 1e18;
        for (int r = 0; r < page->proxy()->rowCount(); ++r) {
            const double v = page->proxy()->index(r, totalColumn).data(rd::SearchResultsModel::SortRole).toDouble();
            QVERIFY(v <= previous);
            previous = v;
        }
        // SP-119: 3 × 1190 = 3570 is the biggest.
        QCOMPARE(cell(*page, 0, u"Number"_s), u"SP-119"_s);
    }

    void noResultsAndErrors()
    {
        auto page = makePage();
        page->show();
        QVERIFY(searchAndWait(*page, SearchKind::Orders, SearchField::Number, u"NOPE-999"_s));
        QCOMPARE(page->state(), CrmSearchPage::State::NoResults);
        QVERIFY2(page->messageLabel()->text().contains(u"Nothing found"_s), qPrintable(page->messageLabel()->text()));

        // A phone with too few digits is refused beside the box, nothing is sent.
        page->search(SearchKind::Orders, SearchField::Phone, u"12"_s);
        QVERIFY(page->queryError()->hasError());
        QVERIFY(!page->isBusy());

        auto wrong = makePage(u"wrong-key"_s);
        wrong->show();
        QVERIFY(!searchAndWait(*wrong, SearchKind::Orders, SearchField::Auto, u"SRCH-1"_s));
        QCOMPARE(wrong->state(), CrmSearchPage::State::Error);
        QVERIFY2(wrong->messageLabel()->text().contains(u"Settings"_s), qPrintable(wrong->messageLabel()->text()));
    }

    void csvExport()
    {
        auto page = makePage();
        page->show();
        QVERIFY(searchAndWait(*page, SearchKind::Products, SearchField::Name, u"Кресло"_s));
        QCOMPARE(page->model()->rowCount(), 1);
        const QString path = m_dir.filePath(u"products.csv"_s);
        QVERIFY(page->exportCsvTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        const QStringList lines = text.split(u"\r\n"_s);
        QCOMPARE(lines.size(), 3); // header, the row, "" after the last CRLF
        QCOMPARE(lines.at(0), u"CRM id,Article,Name,Offers,In stock,Price,Active,External id"_s);
        // The article "=CMD" is not run as a formula; quotes in the name are doubled, the cell quoted (comma).
        QVERIFY2(lines.at(1).contains(
                     u",\u0027=CMD,\u0022Кресло \u0022\u0022Уют\u0022\u0022, бук\u0022,1,3,4500.00,yes,p3"_s),
                 qPrintable(lines.at(1)));

        // Orders: every loaded row, in the shown order.
        QVERIFY(searchAndWait(*page, SearchKind::Orders, SearchField::Auto, u"ivan@example.com"_s));
        const QString orders = m_dir.filePath(u"orders.csv"_s);
        QVERIFY(page->exportCsvTo(orders));
        QFile o(orders);
        QVERIFY(o.open(QIODevice::ReadOnly));
        const QString otext = QString::fromUtf8(o.readAll().mid(3));
        QVERIFY2(otext.contains(u"SRCH-1,"_s) && otext.contains(u"Иванов Иван Иванович"_s)
                     && otext.contains(u"\u0027+7 915 111-22-33"_s),
                 qPrintable(otext));
    }

    void exportAllLoadsEveryPage()
    {
        auto page = makePage();
        page->show();
        QVERIFY(searchAndWait(*page, SearchKind::Orders, SearchField::Auto, QString()));
        QCOMPARE(page->model()->rowCount(), CrmSearchPage::pageSize);
        const QString path = m_dir.filePath(u"all-orders.csv"_s);
        QSignalSpy exported(page.get(), &CrmSearchPage::csvExported);
        page->exportAllCsvTo(path);
        QVERIFY(exported.wait(60000));
        QCOMPARE(exported.first().first().toBool(), true);
        QCOMPARE(page->model()->rowCount(), m_seed.orders);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll().mid(3)).split(u"\r\n"_s);
        QCOMPARE(lines.size(), m_seed.orders + 2); // header, every order, "" after the last CRLF
        QVERIFY(lines.at(0).startsWith(u"Number,Created,Status,Customer"_s));
        QVERIFY2(page->statusLabel()->text().contains(u"121"_s), qPrintable(page->statusLabel()->text()));
    }

    void csvQuoting()
    {
        rd::SearchCsv csv;
        QCOMPARE(csv.field(u"plain"_s), u"plain"_s);
        QCOMPARE(csv.field(u"a,b"_s), u"\u0022a,b\u0022"_s);
        QCOMPARE(csv.field(u"say \u0022hi\u0022"_s), u"\u0022say \u0022\u0022hi\u0022\u0022\u0022"_s);
        QCOMPARE(csv.field(u"two\nlines"_s), u"\u0022two\nlines\u0022"_s);
        QCOMPARE(csv.field(u" padded"_s), u"\u0022 padded\u0022"_s);
        QCOMPARE(csv.field(u"-12.5"_s), u"-12.5"_s); // a number stays a number
        QCOMPARE(csv.field(u"@SUM(A1)"_s), u"\u0027@SUM(A1)"_s);
        csv.separator = u';';
        QCOMPARE(csv.field(u"1,5"_s), u"1,5"_s);
        QCOMPARE(csv.field(u"a;b"_s), u"\u0022a;b\u0022"_s);
        QCOMPARE(csv.document({ u"h1"_s, u"h2"_s }, { { u"Ж"_s, u"x"_s } }), u"h1;h2\r\nЖ;x\r\n"_s);
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
        QCOMPARE(rd::SearchCsv::separatorForLocale(), u';');
        QLocale::setDefault(QLocale::c());
        QCOMPARE(rd::SearchCsv::separatorForLocale(), u',');
    }

    void remembersTheLastSearch()
    {
        QSettings().remove(u"search"_s);
        {
            auto page = makePage();
            page->setRememberSearch(true);
            page->show();
            QCOMPARE(page->state(), CrmSearchPage::State::Empty);
            QVERIFY(searchAndWait(*page, SearchKind::Customers, SearchField::Email, u"ivan@example.com"_s));
        }
        auto again = makePage();
        again->setRememberSearch(true);
        QSignalSpy done(again.get(), &CrmSearchPage::searchFinished);
        again->show(); // runs the remembered search
        QVERIFY(done.wait(30000));
        QCOMPARE(again->model()->kind(), SearchKind::Customers);
        QCOMPARE(again->searchBox()->text(), u"ivan@example.com"_s);
        QCOMPARE(again->model()->rowCount(), 1);
        QSettings().remove(u"search"_s);
    }

private:
    QTemporaryDir m_dir;
    rd::SandboxProcess m_sandbox;
    QUrl m_url;
    const QString m_key = u"search-page-key"_s;
    rd::test::SearchSeed m_seed;
    QList<QUrl> m_opened;
};

QTEST_MAIN(TestSearchPage)
#include "TestSearchPage.moc"
