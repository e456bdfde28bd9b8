// The GUI event loop never stalls while the Search and Quick actions pages talk to the CRM: the sandbox
// answers every API call only after a delay (so the requests are really in flight), a 10 ms QTimer measures
// the longest gap between its ticks while searches of every kind, further pages and catalog look-ups run;
// the longest gap must stay ≤ 100 ms. Prints the figure.
#include "QuickActionsPage.h"
#include "SearchPage.h"
#include "SearchTestCrm.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using rd::CrmSearchPage;
using rd::SearchField;
using rd::SearchKind;

namespace {

// Measures the longest gap between ticks of a 10 ms timer while it lives.
class StallMeter final
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.elapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
            ++m_ticks;
        });
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    qint64 longest() const { return m_longest; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    int m_ticks = 0;
};

} // namespace

class TestEventLoopStallSearch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        rd::SandboxOptions options;
        options.apiKey = m_key;
        auto url = m_sandbox.start(options);
        QVERIFY2(url, url ? "" : qPrintable(url.error().toString()));
        m_url = *url;
        rd::CrmClient client(rd::test::searchTestConfig(m_url, m_key));
        const QString seeded = rd::test::seedSearchCrm(m_sandbox, client, 150, m_seed);
        QVERIFY2(seeded.isEmpty(), qPrintable(seeded));
        // From now on every API answer takes 250 ms.
        QVERIFY(m_sandbox.control("POST", u"/_sandbox/config"_s, { { u"latencyMs"_s, 250 } }));
    }

    void cleanupTestCase() { m_sandbox.stop(); }

    void searchesDoNotStallTheEventLoop()
    {
        CrmSearchPage page(rd::test::searchTestProfile(m_url), rd::test::searchTestSecrets(m_key));
        page.setRememberSearch(false);
        rd::QuickActionsPage quick(rd::test::searchTestProfile(m_url), rd::test::searchTestSecrets(m_key));
        page.resize(1200, 700);
        quick.resize(1200, 700);
        // Both windows are created and shown before the measurement (a first show is not a search).
        QSignalSpy offers(&quick, &rd::QuickActionsPage::offersLoaded);
        page.show();
        quick.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(QTest::qWaitForWindowExposed(&quick));
        QTRY_COMPARE_WITH_TIMEOUT(offers.size(), 1, 30000); // the catalog listed on first show
        QTest::qWait(300);

        QSignalSpy done(&page, &CrmSearchPage::searchFinished);
        QElapsedTimer wall;
        wall.start();
        StallMeter meter;

        struct Step
        {
            SearchKind kind;
            SearchField field;
            QString text;
        };
        const QList<Step> steps {
            { SearchKind::Orders, SearchField::Auto, QString() },
            { SearchKind::Orders, SearchField::Auto, u"SRCH-1"_s },
            { SearchKind::Orders, SearchField::Auto, u"ivan@example.com"_s },
            { SearchKind::Customers, SearchField::Auto, u"Иванов"_s },
            { SearchKind::Products, SearchField::Article, u"OAK-1-S"_s }, // inventories + products: 2 calls
            { SearchKind::Products, SearchField::Auto, QString() },
        };
        int finished = 0;
        for (const Step &s : steps) {
            page.search(s.kind, s.field, s.text);
            QVERIFY(page.isBusy());
            ++finished;
            QTRY_COMPARE_WITH_TIMEOUT(done.size(), finished, 30000);
            QVERIFY(done.last().first().toBool());
        }
        // Every order, page by page, with the quick page searching the catalog at the same time.
        page.search(SearchKind::Orders, SearchField::Auto, QString());
        ++finished;
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), finished, 30000);
        quick.productSearch()->setText(u"Widget"_s);
        quick.findProducts();
        while (page.model()->hasMore()) {
            page.loadMore();
            ++finished;
            QTRY_COMPARE_WITH_TIMEOUT(done.size(), finished, 30000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(offers.size(), 2, 30000);
        QCOMPARE(page.model()->rowCount(), m_seed.orders);

        const qint64 elapsed = wall.elapsed();
        qInfo("search: longest event-loop stall %lld ms over %lld ms (%d ticks of 10 ms, %d searches and pages, "
              "sandbox latency 250 ms)",
              meter.longest(), elapsed, meter.ticks(), finished);
        // The requests were really in flight for a while: at least 250 ms each.
        QVERIFY(elapsed >= 250 * finished);
        QVERIFY2(meter.longest() <= 100, qPrintable(u"longest stall %1 ms"_s.arg(meter.longest())));
    }

private:
    rd::SandboxProcess m_sandbox;
    QUrl m_url;
    const QString m_key = u"stall-search-key"_s;
    rd::test::SearchSeed m_seed;
};

QTEST_MAIN(TestEventLoopStallSearch)
#include "TestEventLoopStallSearch.moc"
