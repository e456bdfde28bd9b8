// The Settings page: errors beside the fields (nothing saved), a valid save writes the profile, the typed API key
// goes to the keychain and is never shown back, the page says where each secret comes from.
#include "FieldError.h"
#include "Language.h"
#include "SettingsPage.h"
#include "config/Profile.h"
#include "config/SecretStore.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestSettingsPage final : public QObject
{
    Q_OBJECT

    static void retype(QWidget *w, const QString &text)
    {
        auto *edit = qobject_cast<QLineEdit *>(w);
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("RETAILDESK_API_KEY");
        qunsetenv("RETAILDESK_DB_PASSWORD");
        QCoreApplication::setOrganizationName(u"RetailDeskTest"_s);
        QCoreApplication::setApplicationName(u"test_ui_settings_page"_s);
        QVERIFY(m_dir.isValid());
    }

    void validatesSavesAndStoresSecrets()
    {
        rd::Profile p;
        p.crm.url = QUrl(u"https://shop.retailcrm.ru"_s);
        p.crm.site = u"shop"_s;
        p.shop.driver = rd::ShopSettings::Driver::MySql;
        QVERIFY(p.saveAs(m_dir.filePath(u"settings.conf"_s)));
        auto id = p.keychainId();
        rd::SettingsPage page(p, [id] { return std::make_unique<rd::SecretStore>(id); });
        QSignalSpy known(&page, &rd::SettingsPage::secretStateKnown);
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(known.size(), 1, 20000);
        const QString before = page.secretState(u"secret/crm-api-key"_s)->text();
        QVERIFY2(!before.contains(u"Stored in the keychain"_s), qPrintable(before));

        // Wrong values: each error beside its field, nothing saved.
        retype(page.field(u"shop/prefix"_s), u"modx-"_s);
        retype(page.field(u"sync/statuses"_s), u"2,x"_s);
        retype(page.field(u"crm/url"_s), u"http://shop.example.com"_s);
        QSignalSpy saved(&page, &rd::SettingsPage::profileSaved);
        QVERIFY(!page.save());
        QCOMPARE(saved.size(), 0);
        for (const QString &key : { u"shop/prefix"_s, u"sync/statuses"_s, u"crm/url"_s }) {
            rd::FieldError *e = page.error(key);
            QVERIFY2(e->isVisibleTo(&page) && !e->text().isEmpty(), qPrintable(key));
        }
        QVERIFY(!page.error(u"crm/site"_s)->isVisibleTo(&page));
        QCOMPARE(rd::Profile::load(p.filePath())->shop.prefix, u"modx_"_s);

        // Fixed, plus a new site, rate and API key.
        retype(page.field(u"shop/prefix"_s), u"shop_"_s);
        retype(page.field(u"sync/statuses"_s), u"2, 3,4"_s);
        retype(page.field(u"crm/url"_s), u"shop2.retailcrm.ru/api/v5"_s);
        retype(page.field(u"crm/site"_s), u"second-site"_s);
        qobject_cast<QSpinBox *>(page.field(u"crm/rate_limit"_s))->setValue(5);
        retype(page.field(u"secret/crm-api-key"_s), u"settings-secret-key"_s);
        known.clear();
        QVERIFY(page.save());
        QCOMPARE(saved.size(), 1);
        QVERIFY(qobject_cast<QLineEdit *>(page.field(u"secret/crm-api-key"_s))->text().isEmpty());

        auto loaded = rd::Profile::load(p.filePath());
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
        QCOMPARE(loaded->shop.prefix, u"shop_"_s);
        QCOMPARE(loaded->sync.statuses, QList<int>({ 2, 3, 4 }));
        QCOMPARE(loaded->crm.url.toString(), u"https://shop2.retailcrm.ru"_s);
        QCOMPARE(loaded->crm.site, u"second-site"_s);
        QCOMPARE(loaded->crm.rateLimit, 5);
        QFile file(p.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("settings-secret-key"));

        rd::SecretStore secrets(id);
        rd::SecretSource source {};
        auto key = secrets.read(rd::SecretKind::CrmApiKey, &source);
        QVERIFY2(key, key ? "" : qPrintable(key.error().toString()));
        QCOMPARE(*key, u"settings-secret-key"_s);
        QVERIFY(source == rd::SecretSource::Keychain);
        QTRY_COMPARE_WITH_TIMEOUT(known.size(), 1, 20000);
        QVERIFY(page.secretState(u"secret/crm-api-key"_s)->text().contains(u"Stored in the keychain"_s));
    }

    void storesLanguage()
    {
        rd::Profile p;
        p.crm.url = QUrl(u"https://shop.retailcrm.ru"_s);
        p.crm.site = u"shop"_s;
        QVERIFY(p.saveAs(m_dir.filePath(u"lang.conf"_s)));
        rd::SettingsPage page(p, [] { return std::make_unique<rd::SecretStore>(u"lang"_s); });
        auto *language = qobject_cast<QComboBox *>(page.field(rd::Language::settingKey()));
        QVERIFY(language);
        language->setCurrentIndex(language->findData(u"ru"_s));
        QVERIFY(page.save());
        QCOMPARE(rd::Language::storedSetting(), u"ru"_s);
        QCOMPARE(rd::Language::current(), u"ru"_s);
        language->setCurrentIndex(language->findData(u"auto"_s));
        QVERIFY(page.save());
        QCOMPARE(rd::Language::storedSetting(), u"auto"_s);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestSettingsPage)
#include "TestSettingsPage.moc"
