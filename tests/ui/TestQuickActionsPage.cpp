// The Quick actions page against the real sandbox CRM: field checks with the error beside each field (and
// nothing sent), a contact created in the CRM, the catalog search picking an offer, a one-item order created
// in the CRM and tied to the existing customer, each result linking to its CRM page.
#include "FieldError.h"
#include "QuickActionsPage.h"
#include "SearchTestCrm.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using rd::QuickActionsPage;

class TestQuickActionsPage final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QuickActionsPage> makePage()
    {
        auto page = std::make_unique<QuickActionsPage>(rd::test::searchTestProfile(m_url),
                                                       rd::test::searchTestSecrets(m_key));
        page->setUrlOpener([this](const QUrl &url) {
            m_opened << url;
            return true;
        });
        page->resize(1200, 700);
        return page;
    }

    int apiRequests()
    {
        const auto stats = m_sandbox.control("GET", u"/_sandbox/stats"_s);
        return stats ? stats->value(u"apiRequests"_s).toInt() : -1;
    }

    QJsonObject crmGet(rd::CrmReply *reply, const QString &key)
    {
        return rd::CrmDecode::entity(m_client->waitFor(reply), key).valueOr({});
    }

private Q_SLOTS:
    void initTestCase()
    {
        rd::SandboxOptions options;
        options.apiKey = m_key;
        auto url = m_sandbox.start(options);
        QVERIFY2(url, url ? "" : qPrintable(url.error().toString()));
        m_url = *url;
        m_client = std::make_unique<rd::CrmClient>(rd::test::searchTestConfig(m_url, m_key));
        const QString seeded = rd::test::seedSearchCrm(m_sandbox, *m_client, 3, m_seed);
        QVERIFY2(seeded.isEmpty(), qPrintable(seeded));
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_sandbox.stop();
    }

    void checksFieldsBeforeSending()
    {
        auto page = makePage();
        QSignalSpy loaded(page.get(), &QuickActionsPage::offersLoaded);
        page->show();
        QVERIFY(loaded.wait(30000));
        const int before = apiRequests();
        QSignalSpy finished(page.get(), &QuickActionsPage::contactFinished);
        QTest::keyClicks(page->contactPhone(), u"call me"_s);
        QTest::keyClicks(page->contactEmail(), u"nobody@"_s);
        QTest::mouseClick(page->createContactButton(), Qt::LeftButton);
        QVERIFY(page->contactNameError()->hasError());
        QVERIFY(page->contactPhoneError()->hasError());
        QVERIFY(page->contactEmailError()->hasError());
        QVERIFY2(page->contactEmailError()->text().contains(u"name@example.com"_s),
                 qPrintable(page->contactEmailError()->text()));
        // Typing into a field clears its error.
        QTest::keyClicks(page->contactName(), u"X"_s);
        QVERIFY(!page->contactNameError()->hasError());
        // An order without a chosen product says so beside the product.
        page->offers()->clearSelection();
        QTest::keyClicks(page->buyerName(), u"Somebody"_s);
        QTest::mouseClick(page->createOrderButton(), Qt::LeftButton);
        QVERIFY(page->productError()->hasError());
        QTest::qWait(200);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(apiRequests(), before);
    }

    void createsContact()
    {
        auto page = makePage();
        page->show();
        page->contactName()->setText(u"Петров Пётр Петрович"_s); // keyClicks types Latin-1 only
        QTest::keyClicks(page->contactPhone(), u"+7 916 555-44-33"_s);
        QTest::keyClicks(page->contactEmail(), u"petrov@example.com"_s);
        QSignalSpy finished(page.get(), &QuickActionsPage::contactFinished);
        QTest::mouseClick(page->createContactButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        const qint64 id = finished.first().at(1).toLongLong();
        QVERIFY(id > 0);
        const QJsonObject customer
            = crmGet(m_client->customersGet(QString::number(id), rd::CrmClient::By::Id), u"customer"_s);
        QCOMPARE(customer.value(u"lastName"_s).toString(), u"Петров"_s);
        QCOMPARE(customer.value(u"firstName"_s).toString(), u"Пётр"_s);
        QCOMPARE(customer.value(u"email"_s).toString(), u"petrov@example.com"_s);
        QVERIFY2(page->contactResult()->text().contains(u"/customers/%1"_s.arg(id)),
                 qPrintable(page->contactResult()->text()));
        QVERIFY(page->contactName()->text().isEmpty()); // ready for the next one
        // The link opens the CRM page.
        Q_EMIT page->contactResult()->linkActivated(m_url.resolved(QUrl(u"/customers/%1"_s.arg(id))).toString());
        QCOMPARE(m_opened.size(), 1);
    }

    void createsQuickOrder()
    {
        auto page = makePage();
        QSignalSpy loaded(page.get(), &QuickActionsPage::offersLoaded);
        page->show();
        QVERIFY(loaded.wait(30000));
        QVERIFY2(page->offers()->topLevelItemCount() >= 5, "the catalog is listed on first show");
        loaded.clear();
        QTest::keyClicks(page->productSearch(), u"Pine"_s); // found as you type (after a short pause)
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.last().at(1).toInt(), 1);
        QVERIFY(page->chosenOffer());
        QCOMPARE(page->chosenOffer()->externalId, u"p2"_s);
        page->quantity()->setValue(3);
        page->buyerName()->setText(u"Иванов Иван Иванович"_s);
        QTest::keyClicks(page->buyerEmail(), u"ivan@example.com"_s);
        QSignalSpy finished(page.get(), &QuickActionsPage::orderFinished);
        QTest::mouseClick(page->createOrderButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(page->orderResult()->text()));
        const qint64 id = finished.first().at(1).toLongLong();
        const QJsonObject order = crmGet(m_client->ordersGet(QString::number(id), rd::CrmClient::By::Id), u"order"_s);
        QCOMPARE(order.value(u"status"_s).toString(), u"new"_s);
        const QJsonArray items = order.value(u"items"_s).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(u"quantity"_s).toDouble(), 3.0);
        QCOMPARE(items.first().toObject().value(u"initialPrice"_s).toDouble(), 300.0);
        QCOMPARE(order.value(u"customer"_s).toObject().value(u"id"_s).toInteger(), m_seed.ivanId);
        const QString result = page->orderResult()->text();
        QVERIFY2(result.contains(u"/orders/%1/edit"_s.arg(id)) && result.contains(finished.first().at(2).toString()),
                 qPrintable(result));

        // An article finds the product too.
        loaded.clear();
        page->productSearch()->setText(u"OAK-1-L"_s);
        page->findProducts();
        QVERIFY(loaded.wait(30000));
        QVERIFY(page->offers()->topLevelItemCount() >= 1);
        QVERIFY(page->offers()->topLevelItem(0)->text(0).contains(u"Oak chair"_s));
    }

private:
    rd::SandboxProcess m_sandbox;
    std::unique_ptr<rd::CrmClient> m_client;
    QUrl m_url;
    const QString m_key = u"quick-page-key"_s;
    rd::test::SearchSeed m_seed;
    QList<QUrl> m_opened;
};

QTEST_MAIN(TestQuickActionsPage)
#include "TestQuickActionsPage.moc"
