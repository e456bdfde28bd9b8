// Runs with DBUS_SESSION_BUS_ADDRESS=disabled: (add_unit_test without KEYCHAIN): no keychain can be reached.
#include "config/SecretStore.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::ErrorCode;
using rd::SecretKind;
using rd::SecretSource;
using rd::SecretStore;

class TestSecretStoreNoKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"), u"disabled:"_s);
        qunsetenv("RETAILDESK_API_KEY");
        qunsetenv("RETAILDESK_DB_PASSWORD");
    }

    void environmentWorksWithoutKeychain_data()
    {
        QTest::addColumn<SecretKind>("kind");
        QTest::addColumn<QString>("env");
        QTest::newRow("api key") << SecretKind::CrmApiKey << u"RETAILDESK_API_KEY"_s;
        QTest::newRow("db password") << SecretKind::ShopDbPassword << u"RETAILDESK_DB_PASSWORD"_s;
    }
    void environmentWorksWithoutKeychain()
    {
        QFETCH(SecretKind, kind);
        QFETCH(QString, env);
        const QByteArray name = env.toLatin1();
        qputenv(name.constData(), "from-the-environment");
        SecretStore store(u"/nonexistent/retaildesk.conf"_s);
        SecretSource source = SecretSource::Keychain;
        const auto r = store.read(kind, &source);
        qunsetenv(name.constData());
        QVERIFY(r.ok());
        QCOMPARE(*r, u"from-the-environment"_s);
        QCOMPARE(source, SecretSource::Environment);
    }

    void missingSecretIsAQuickCleanError_data()
    {
        QTest::addColumn<SecretKind>("kind");
        QTest::newRow("api key") << SecretKind::CrmApiKey;
        QTest::newRow("db password") << SecretKind::ShopDbPassword;
    }
    void missingSecretIsAQuickCleanError()
    {
        QFETCH(SecretKind, kind);
        SecretStore store(u"/nonexistent/retaildesk.conf"_s);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 5; ++i) {
            const auto r = store.read(kind);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, ErrorCode::MissingSecret);
            QVERIFY2(r.error().message.contains(u"no system keychain is available"_s), qPrintable(r.error().message));
            QVERIFY(r.error().message.contains(SecretStore::displayName(kind)));
            QVERIFY2(r.error().hint.contains(u"export "_s + SecretStore::envVarName(kind) + u"="_s),
                     qPrintable(r.error().hint));
            QVERIFY(r.error().hint.contains(u"secret set "_s + SecretStore::cliName(kind)));
        }
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void writeFailsClearly()
    {
        SecretStore store(u"/nonexistent/retaildesk.conf"_s);
        QElapsedTimer timer;
        timer.start();
        const rd::Status s = store.write(SecretKind::CrmApiKey, u"never-stored"_s);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Config);
        QVERIFY2(s.error().message.contains(u"keychain"_s), qPrintable(s.error().message));
        QVERIFY(s.error().hint.contains(u"RETAILDESK_API_KEY"_s));
        QVERIFY(!s.error().toString().contains(u"never-stored"_s));
        const rd::Status removed = store.remove(SecretKind::CrmApiKey);
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error().code, ErrorCode::Config);
        QVERIFY(timer.elapsed() < 5000);
    }

    void overrideNeedsNoKeychain()
    {
        SecretStore store { QString() };
        store.setOverride(SecretKind::CrmApiKey, u"sandbox-key"_s);
        QCOMPARE(store.read(SecretKind::CrmApiKey).valueOr(QString()), u"sandbox-key"_s);
        // Without a profile there is nothing to look up: a MissingSecret that still says how to set it.
        const auto r = store.read(SecretKind::ShopDbPassword);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::MissingSecret);
        QVERIFY(r.error().hint.contains(u"secret set shop-db-password"_s));
    }
};

QTEST_GUILESS_MAIN(TestSecretStoreNoKeychain)
#include "TestSecretStoreNoKeychain.moc"
