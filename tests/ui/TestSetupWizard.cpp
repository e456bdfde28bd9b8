// The setup wizard, offscreen, against the sandbox CRM and a demo-shop SQLite: typed in with QTest::keyClicks,
// moved on with Next; errors show beside the fields; the end is a saved profile and keychain entries.
#include "FieldError.h"
#include "SetupWizard.h"
#include "UiTestShop.h"
#include "WizardCrmPage.h"
#include "WizardFinishPage.h"
#include "WizardShopPage.h"
#include "WizardSitePage.h"
#include "config/Profile.h"
#include "config/SecretStore.h"
#include "demo/SandboxProcess.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList visibleErrors(QWidget *page)
{
    QStringList texts;
    const auto errors = page->findChildren<rd::FieldError *>();
    for (rd::FieldError *e : errors)
        if (e->isVisibleTo(page) && !e->text().isEmpty())
            texts << e->text();
    return texts;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestSetupWizard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("RETAILDESK_API_KEY");
        qunsetenv("RETAILDESK_DB_PASSWORD");
        QVERIFY(m_dir.isValid());
        rd::SandboxOptions options;
        options.apiKey = u"wizard-test-key"_s;
        options.site = u"demo-shop"_s;
        auto url = m_sandbox.start(options);
        QVERIFY2(url, url ? "" : qPrintable(url.error().toString()));
        m_url = url->toString();
        m_shop = m_dir.filePath(u"shop.sqlite"_s);
        auto made = rd::test::makeDemoShop(m_shop);
        QVERIFY2(made, made ? "" : qPrintable(made.error().toString()));
    }

    void fillsInAndSaves()
    {
        const QString profilePath = m_dir.filePath(u"conf/retaildesk.conf"_s);
        rd::SetupWizard wizard(profilePath);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        rd::WizardCrmPage *crm = wizard.crmPage();
        QCOMPARE(wizard.currentId(), int(rd::SetupWizard::CrmPageId));

        // A URL that is not https (and not loopback) is refused beside the field.
        QTest::keyClicks(crm->urlEdit(), u"http://shop.example.com"_s);
        QTest::keyClicks(crm->keyEdit(), u"wrong-key"_s);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(rd::SetupWizard::CrmPageId));
        QCOMPARE(visibleErrors(crm).size(), 1);
        QVERIFY2(visibleErrors(crm).first().contains(u"https"_s), qPrintable(visibleErrors(crm).first()));

        // A wrong key: the CRM refuses it; the error shows beside the key and the page stays.
        typeInto(crm->urlEdit(), m_url);
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!crm->isTesting(), 20000);
        QCOMPARE(wizard.currentId(), int(rd::SetupWizard::CrmPageId));
        QCOMPARE(visibleErrors(crm).size(), 1);

        // The right key: Next tests and moves on.
        typeInto(crm->keyEdit(), u"wizard-test-key"_s);
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(rd::SetupWizard::SitePageId), 20000);
        QVERIFY(visibleErrors(crm).isEmpty());

        QComboBox *site = wizard.sitePage()->siteCombo();
        QVERIFY(site->count() >= 1);
        const int demo = site->findData(u"demo-shop"_s);
        QVERIFY(demo >= 0);
        site->setCurrentIndex(demo);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(rd::SetupWizard::ShopPageId));

        rd::WizardShopPage *shop = wizard.shopPage();
        shop->driverCombo()->setCurrentIndex(shop->driverCombo()->findData(u"sqlite"_s));
        QVERIFY(shop->pathEdit()->isVisibleTo(shop));
        QVERIFY(!shop->hostEdit()->isVisibleTo(shop));
        // An empty file and a bad prefix: both errors beside their fields.
        typeInto(shop->prefixEdit(), u"modx-"_s);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(rd::SetupWizard::ShopPageId));
        QCOMPARE(visibleErrors(shop).size(), 2);
        // A file that does not exist: the test fails, the page stays.
        typeInto(shop->pathEdit(), m_dir.filePath(u"missing.sqlite"_s));
        typeInto(shop->prefixEdit(), u"modx_"_s);
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!shop->isTesting(), 20000);
        QCOMPARE(wizard.currentId(), int(rd::SetupWizard::ShopPageId));
        QCOMPARE(visibleErrors(shop).size(), 1);
        // The demo shop: Next tests, reports the generation, moves on.
        typeInto(shop->pathEdit(), m_shop);
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(rd::SetupWizard::FinishPageId), 20000);
        QVERIFY2(shop->reportLabel()->text().contains(u"miniShop2 4."_s), qPrintable(shop->reportLabel()->text()));
        QVERIFY(shop->reportLabel()->text().contains(u"msOptionsPrice2"_s));

        rd::WizardFinishPage *finish = wizard.finishPage();
        QCOMPARE(finish->pathEdit()->text(), profilePath);
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));

        auto profile = rd::Profile::load(profilePath);
        QVERIFY2(profile, profile ? "" : qPrintable(profile.error().toString()));
        QCOMPARE(profile->crm.url.toString(), m_url);
        QCOMPARE(profile->crm.site, u"demo-shop"_s);
        QVERIFY(profile->shop.driver == rd::ShopSettings::Driver::Sqlite);
        QCOMPARE(profile->shop.path, m_shop);
        QCOMPARE(profile->shop.prefix, u"modx_"_s);

        QFile file(profilePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("wizard-test-key")); // the key is never in the file

        rd::SecretStore secrets(profile->keychainId());
        rd::SecretSource source {};
        auto key = secrets.read(rd::SecretKind::CrmApiKey, &source);
        QVERIFY2(key, key ? "" : qPrintable(key.error().toString()));
        QCOMPARE(*key, u"wizard-test-key"_s);
        QVERIFY(source == rd::SecretSource::Keychain);
    }

    void cleanupTestCase() { m_sandbox.stop(); }

private:
    QTemporaryDir m_dir;
    rd::SandboxProcess m_sandbox;
    QString m_url;
    QString m_shop;
};

QTEST_MAIN(TestSetupWizard)
#include "TestSetupWizard.moc"
