// The Mappings page against the sandbox CRM and a demo-shop SQLite: it loads both lists, warns about
// unknown codes, auto-suggests, saves a changed code into the shop DB (adding a missing column only with
// consent) and the sync switches into the profile.
#include "MappingsPage.h"
#include "UiTestShop.h"
#include "config/Profile.h"
#include "config/SecretStore.h"
#include "demo/SandboxProcess.h"
#include "shop/ShopDatabase.h"
#include "shop/ShopReferenceReader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Kind = rd::MappingState::Kind;

class TestMappingsPage final : public QObject
{
    Q_OBJECT

    rd::Profile makeProfile(const QString &name, bool withCodes)
    {
        const QString shop = m_dir.filePath(name + u".sqlite"_s);
        auto made = rd::test::makeDemoShop(shop, withCodes);
        if (!made)
            qFatal("demo shop: %s", qPrintable(made.error().toString()));
        rd::Profile p;
        p.crm.url = m_url;
        p.crm.site = u"demo-shop"_s;
        p.shop.driver = rd::ShopSettings::Driver::Sqlite;
        p.shop.path = shop;
        p.shop.prefix = u"modx_"_s;
        p.sync.statuses = { 2, 3 };
        auto saved = p.saveAs(m_dir.filePath(name + u".conf"_s));
        if (!saved)
            qFatal("profile: %s", qPrintable(saved.error().toString()));
        return p;
    }

    std::function<std::unique_ptr<rd::SecretStore>()> factory() const
    {
        return [] {
            auto store = std::make_unique<rd::SecretStore>(u"ui-test"_s);
            store->setOverride(rd::SecretKind::CrmApiKey, u"mappings-key"_s);
            return store;
        };
    }

    static rd::ShopReferences readShop(const rd::Profile &p)
    {
        rd::ShopDatabase db(p.shop);
        auto refs = rd::ShopReferenceReader::read(db);
        if (!refs)
            qFatal("read: %s", qPrintable(refs.error().toString()));
        db.closeConnection();
        return *refs;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        rd::SandboxOptions options;
        options.apiKey = u"mappings-key"_s;
        auto url = m_sandbox.start(options);
        QVERIFY2(url, url ? "" : qPrintable(url.error().toString()));
        m_url = *url;
    }

    void savesChangedCode()
    {
        rd::Profile profile = makeProfile(u"codes"_s, true);
        rd::MappingsPage page(profile, factory());
        QSignalSpy loaded(&page, &rd::MappingsPage::loaded);
        page.show(); // loads on first show
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
        QCOMPARE(loaded.first().first().toBool(), true);
        QCOMPARE(page.table(Kind::Delivery)->rowCount(), 4);
        QCOMPARE(page.table(Kind::Payment)->rowCount(), 3);
        QCOMPARE(page.chosenCode(Kind::Delivery, 3), u"russian-post"_s);
        QCOMPARE(page.pendingChanges(), 0);

        // Delivery 3 (Почта России) → courier; status 5 sync on, status 2 off.
        QVERIFY(page.chooseCode(Kind::Delivery, 3, u"courier"_s));
        QCOMPARE(page.pendingChanges(), 1);
        // The shop allows bank transfer with delivery 3; the CRM's courier type does not: a warning on the row.
        QTableWidget *deliveries = page.table(Kind::Delivery);
        QString note;
        for (int row = 0; row < deliveries->rowCount(); ++row)
            if (deliveries->item(row, rd::MappingsPage::IdColumn)->data(Qt::UserRole).toInt() == 3)
                note = deliveries->item(row, rd::MappingsPage::NoteColumn)->text();
        QVERIFY2(note.contains(u"bank-transfer"_s), qPrintable(note));
        QTableWidget *statuses = page.table(Kind::Status);
        for (int row = 0; row < statuses->rowCount(); ++row) {
            const int id = statuses->item(row, rd::MappingsPage::IdColumn)->data(Qt::UserRole).toInt();
            auto *sync = qobject_cast<QCheckBox *>(statuses->cellWidget(row, rd::MappingsPage::SyncColumn));
            QVERIFY(sync);
            QCOMPARE(sync->isChecked(), id == 2 || id == 3);
            if (id == 5 || id == 2)
                sync->click();
        }
        QSignalSpy saved(&page, &rd::MappingsPage::saved);
        QTest::mouseClick(page.saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 30000);
        QCOMPARE(saved.first().first().toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 30000);

        const rd::ShopReferences refs = readShop(profile);
        QCOMPARE(refs.delivery(3)->crmCode.value_or(QString()), u"courier"_s);
        QCOMPARE(refs.delivery(2)->crmCode.value_or(QString()), u"courier"_s);
        QCOMPARE(refs.delivery(1)->crmCode.value_or(QString()), u"self-delivery"_s);
        auto reloaded = rd::Profile::load(profile.filePath());
        QVERIFY(reloaded);
        QCOMPARE(reloaded->sync.statuses, QList<int>({ 3, 5 }));
        QCOMPARE(page.pendingChanges(), 0);
    }

    void warnsAboutUnknownCode()
    {
        rd::Profile profile = makeProfile(u"unknown"_s, true);
        {
            rd::ShopDatabase db(profile.shop);
            QVERIFY(db.detect());
            auto conn = db.connection();
            QVERIFY(conn);
            QSqlQuery q(*conn);
            QVERIFY(q.exec(u"UPDATE modx_ms2_payments SET retailcrm_payment_code = 'bitcoin' WHERE id = 1"_s));
            db.closeConnection();
        }
        rd::MappingsPage page(profile, factory());
        QSignalSpy loaded(&page, &rd::MappingsPage::loaded);
        page.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
        QTableWidget *payments = page.table(Kind::Payment);
        QString note;
        for (int row = 0; row < payments->rowCount(); ++row)
            if (payments->item(row, rd::MappingsPage::IdColumn)->data(Qt::UserRole).toInt() == 1)
                note = payments->item(row, rd::MappingsPage::NoteColumn)->text();
        QVERIFY2(note.contains(u"bitcoin"_s), qPrintable(note));
        QCOMPARE(page.chosenCode(Kind::Payment, 1), u"bitcoin"_s);
    }

    void addsMissingColumnOnlyWithConsent()
    {
        rd::Profile profile = makeProfile(u"nocodes"_s, false);
        rd::MappingsPage page(profile, factory());
        QSignalSpy loaded(&page, &rd::MappingsPage::loaded);
        page.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
        QCOMPARE(page.chosenCode(Kind::Delivery, 1), QString());
        page.autoSuggest();
        QCOMPARE(page.chosenCode(Kind::Delivery, 1), u"self-delivery"_s); // Самовывоз
        QVERIFY(page.pendingChanges() > 0);

        int asked = 0;
        bool consent = false;
        page.setConfirmAddColumn([&](const QString &question) {
            ++asked;
            return question.contains(u"retailcrm_delivery_code"_s) && consent;
        });
        QSignalSpy saved(&page, &rd::MappingsPage::saved);
        page.save(); // refused: nothing written
        QCOMPARE(asked, 1);
        QCOMPARE(saved.size(), 0);
        QVERIFY(!readShop(profile).hasDeliveryCodeColumn);

        consent = true;
        page.save();
        QCOMPARE(asked, 2);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 30000);
        QCOMPARE(saved.first().first().toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 30000);
        const rd::ShopReferences refs = readShop(profile);
        QVERIFY(refs.hasDeliveryCodeColumn);
        QCOMPARE(refs.delivery(1)->crmCode.value_or(QString()), u"self-delivery"_s);
    }

    void cleanupTestCase() { m_sandbox.stop(); }

private:
    QTemporaryDir m_dir;
    rd::SandboxProcess m_sandbox;
    QUrl m_url;
};

QTEST_MAIN(TestMappingsPage)
#include "TestMappingsPage.moc"
