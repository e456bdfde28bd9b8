// A keychain that never answers: the session bus address points at a socket that accepts connections and
// then says nothing, so every keychain call hangs. SecretStore must give up after its timeout, every time.
#include "config/SecretStore.h"

#include <QElapsedTimer>
#include <QLocalServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::ErrorCode;
using rd::SecretKind;
using rd::SecretStore;

class TestSecretStoreTimeout final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QLocalServer m_silentBus;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString socket = m_dir.filePath(u"bus"_s);
        m_silentBus.setMaxPendingConnections(100);
        QVERIFY(m_silentBus.listen(socket));
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + socket.toLocal8Bit());
        qunsetenv("RETAILDESK_API_KEY");
        qunsetenv("RETAILDESK_DB_PASSWORD");
    }

    void readTimesOut()
    {
        SecretStore store(u"/nonexistent/retaildesk.conf"_s);
        store.setTimeoutMs(500);
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer timer;
            timer.start();
            const auto r = store.read(SecretKind::CrmApiKey);
            const qint64 elapsed = timer.elapsed();
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, ErrorCode::Timeout);
            QVERIFY2(r.error().message.contains(u"did not answer"_s), qPrintable(r.error().message));
            QVERIFY(r.error().message.contains(u"gnome-keyring"_s));
            QVERIFY(r.error().hint.contains(u"RETAILDESK_API_KEY"_s));
            QVERIFY2(elapsed >= 450 && elapsed < 3000, qPrintable(QString::number(elapsed)));
        }
    }

    void writeAndRemoveTimeOut()
    {
        SecretStore store(u"/nonexistent/retaildesk.conf"_s);
        store.setTimeoutMs(300);
        QElapsedTimer timer;
        timer.start();
        const rd::Status w = store.write(SecretKind::ShopDbPassword, u"x"_s);
        QVERIFY(!w.ok());
        QCOMPARE(w.error().code, ErrorCode::Timeout);
        const rd::Status r = store.remove(SecretKind::ShopDbPassword);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Timeout);
        QVERIFY(timer.elapsed() < 3000);
    }

    void environmentStillWorks()
    {
        qputenv("RETAILDESK_DB_PASSWORD", "env-password");
        SecretStore store(u"/nonexistent/retaildesk.conf"_s);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(store.read(SecretKind::ShopDbPassword).valueOr(QString()), u"env-password"_s);
        QVERIFY(timer.elapsed() < 200);
        qunsetenv("RETAILDESK_DB_PASSWORD");
    }
};

QTEST_GUILESS_MAIN(TestSecretStoreTimeout)
#include "TestSecretStoreTimeout.moc"
