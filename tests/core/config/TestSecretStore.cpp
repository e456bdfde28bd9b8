// Runs inside scripts/with-keyring.sh: a private D-Bus session with an unlocked gnome-keyring and a temporary HOME.
#include "config/Profile.h"
#include "config/SecretStore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using rd::ErrorCode;
using rd::SecretKind;
using rd::SecretSource;
using rd::SecretStore;

namespace {

QString uniqueSecret(const char *tag)
{
    return QString::fromLatin1(tag) + u"-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Sets an environment variable for one scope.
class EnvGuard final
{
public:
    EnvGuard(const QString &name, const QString &value)
        : m_name(name.toLatin1())
    {
        qputenv(m_name.constData(), value.toUtf8());
    }
    ~EnvGuard() { qunsetenv(m_name.constData()); }
    Q_DISABLE_COPY_MOVE(EnvGuard)

private:
    QByteArray m_name;
};

// Files under `dir` whose bytes contain `needle`.
QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits.append(path);
    }
    return hits;
}

} // namespace

class TestSecretStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_profileA;
    QString m_profileB;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qunsetenv("RETAILDESK_API_KEY");
        qunsetenv("RETAILDESK_DB_PASSWORD");
        // with-keyring.sh gives a private HOME; never run this against a real user's keyring.
        QVERIFY2(qEnvironmentVariable("HOME").startsWith(u"/tmp"_s), "run through scripts/with-keyring.sh");

        rd::Profile p;
        p.crm.url = QUrl(u"https://example.retailcrm.ru"_s);
        p.crm.site = u"s"_s;
        QVERIFY(p.saveAs(m_dir.filePath(u"a/retaildesk.conf"_s)).ok());
        m_profileA = p.keychainId();
        QVERIFY(p.saveAs(m_dir.filePath(u"b/retaildesk.conf"_s)).ok());
        m_profileB = p.keychainId();
        QVERIFY(!m_profileA.isEmpty());
        QVERIFY(m_profileA != m_profileB);
    }

    void keyNames()
    {
        SecretStore store(m_profileA);
        QCOMPARE(store.keychainKey(SecretKind::CrmApiKey), m_profileA + u"/crm-api-key"_s);
        QCOMPARE(store.keychainKey(SecretKind::ShopDbPassword), m_profileA + u"/shop-db-password"_s);
        QCOMPARE(QString::fromLatin1(SecretStore::serviceName), u"RetailDesk"_s);
        QCOMPARE(SecretStore::envVarName(SecretKind::CrmApiKey), u"RETAILDESK_API_KEY"_s);
        QCOMPARE(SecretStore::envVarName(SecretKind::ShopDbPassword), u"RETAILDESK_DB_PASSWORD"_s);
        QCOMPARE(SecretStore::cliName(SecretKind::CrmApiKey), u"crm-api-key"_s);
        QCOMPARE(SecretStore::cliName(SecretKind::ShopDbPassword), u"shop-db-password"_s);
    }

    void writeReadRemove_data()
    {
        QTest::addColumn<SecretKind>("kind");
        QTest::addColumn<QString>("value");
        QTest::newRow("api key") << SecretKind::CrmApiKey << uniqueSecret("key");
        QTest::newRow("db password") << SecretKind::ShopDbPassword << uniqueSecret("pw");
        QTest::newRow("odd characters") << SecretKind::ShopDbPassword
                                        << u"pä$$ wörd ' \" \\ ; , = %1 пароль"_s.arg(uniqueSecret("x"));
    }
    void writeReadRemove()
    {
        QFETCH(SecretKind, kind);
        QFETCH(QString, value);
        SecretStore store(m_profileA);

        const rd::Status written = store.write(kind, value);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
        SecretSource source = SecretSource::Override;
        const auto read = store.read(kind, &source);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        QCOMPARE(*read, value);
        QCOMPARE(source, SecretSource::Keychain);

        // A second store object for the same profile (another process would do the same) sees it.
        QCOMPARE(SecretStore(m_profileA).read(kind).valueOr(QString()), value);

        // Overwriting replaces the value.
        const QString second = uniqueSecret("second");
        QVERIFY(store.write(kind, second).ok());
        QCOMPARE(store.read(kind).valueOr(QString()), second);

        QVERIFY(store.remove(kind).ok());
        const auto gone = store.read(kind);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, ErrorCode::MissingSecret);
        // Removing again is fine.
        QVERIFY(store.remove(kind).ok());
    }

    void profilesAreSeparate()
    {
        SecretStore a(m_profileA);
        SecretStore b(m_profileB);
        const QString keyA = uniqueSecret("a");
        QVERIFY(a.write(SecretKind::CrmApiKey, keyA).ok());
        const auto fromB = b.read(SecretKind::CrmApiKey);
        QVERIFY(!fromB.ok());
        QCOMPARE(fromB.error().code, ErrorCode::MissingSecret);

        const QString keyB = uniqueSecret("b");
        QVERIFY(b.write(SecretKind::CrmApiKey, keyB).ok());
        QCOMPARE(a.read(SecretKind::CrmApiKey).valueOr(QString()), keyA);
        QCOMPARE(b.read(SecretKind::CrmApiKey).valueOr(QString()), keyB);
        // The kinds are separate too.
        QVERIFY(!a.read(SecretKind::ShopDbPassword).ok());

        QVERIFY(b.remove(SecretKind::CrmApiKey).ok());
        QCOMPARE(a.read(SecretKind::CrmApiKey).valueOr(QString()), keyA);
        QVERIFY(a.remove(SecretKind::CrmApiKey).ok());
    }

    void environmentWinsOverKeychain()
    {
        SecretStore store(m_profileA);
        const QString stored = uniqueSecret("stored");
        QVERIFY(store.write(SecretKind::CrmApiKey, stored).ok());
        const QString fromEnv = uniqueSecret("env");
        {
            EnvGuard env(u"RETAILDESK_API_KEY"_s, fromEnv);
            SecretSource source = SecretSource::Keychain;
            QCOMPARE(store.read(SecretKind::CrmApiKey, &source).valueOr(QString()), fromEnv);
            QCOMPARE(source, SecretSource::Environment);
            // Only for that kind.
            QVERIFY(!store.read(SecretKind::ShopDbPassword).ok());
        }
        {
            EnvGuard empty(u"RETAILDESK_API_KEY"_s, QString()); // set but empty: ignored
            QCOMPARE(store.read(SecretKind::CrmApiKey).valueOr(QString()), stored);
        }
        {
            const QString pw = uniqueSecret("dbenv");
            EnvGuard env(u"RETAILDESK_DB_PASSWORD"_s, pw);
            QCOMPARE(store.read(SecretKind::ShopDbPassword).valueOr(QString()), pw);
        }
        QCOMPARE(store.read(SecretKind::CrmApiKey).valueOr(QString()), stored);
        QVERIFY(store.remove(SecretKind::CrmApiKey).ok());
    }

    void overrideWins()
    {
        SecretStore store(m_profileA);
        QVERIFY(store.write(SecretKind::CrmApiKey, uniqueSecret("stored")).ok());
        EnvGuard env(u"RETAILDESK_API_KEY"_s, uniqueSecret("env"));
        const QString sandboxKey = uniqueSecret("sandbox");
        store.setOverride(SecretKind::CrmApiKey, sandboxKey);
        SecretSource source = SecretSource::Keychain;
        QCOMPARE(store.read(SecretKind::CrmApiKey, &source).valueOr(QString()), sandboxKey);
        QCOMPARE(source, SecretSource::Override);
        QVERIFY(!store.read(SecretKind::ShopDbPassword).ok()); // the other kind is not overridden

        store.setOverride(SecretKind::CrmApiKey, QString()); // cleared: the environment is next
        QCOMPARE(store.read(SecretKind::CrmApiKey, &source).ok(), true);
        QCOMPARE(source, SecretSource::Environment);
        QVERIFY(store.remove(SecretKind::CrmApiKey).ok());
    }

    void missingSecretSaysHowToSetIt_data()
    {
        QTest::addColumn<SecretKind>("kind");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("env");
        QTest::newRow("api key") << SecretKind::CrmApiKey << u"secret set crm-api-key"_s << u"RETAILDESK_API_KEY"_s;
        QTest::newRow("db password") << SecretKind::ShopDbPassword << u"secret set shop-db-password"_s
                                     << u"RETAILDESK_DB_PASSWORD"_s;
    }
    void missingSecretSaysHowToSetIt()
    {
        QFETCH(SecretKind, kind);
        QFETCH(QString, command);
        QFETCH(QString, env);
        const auto r = SecretStore(m_profileB).read(kind);
        QVERIFY(!r.ok());
        const rd::Error &e = r.error();
        QCOMPARE(e.code, ErrorCode::MissingSecret);
        QCOMPARE(rd::exitCodeFor(e.code), 3);
        QVERIFY2(e.message.contains(SecretStore::displayName(kind)), qPrintable(e.message));
        QVERIFY2(e.message.contains(m_profileB), qPrintable(e.message));
        QVERIFY2(e.hint.contains(command), qPrintable(e.hint));
        QVERIFY2(e.hint.contains(u"--config "_s + m_profileB), qPrintable(e.hint));
        QVERIFY2(e.hint.contains(u"printf %s"_s), qPrintable(e.hint));
        QVERIFY2(e.hint.contains(env), qPrintable(e.hint));
        QVERIFY2(e.hint.contains(u"Settings"_s), qPrintable(e.hint));
        if (kind == SecretKind::CrmApiKey) {
            QVERIFY(e.hint.contains(u"Settings → Integration → API access keys"_s));
            QVERIFY(e.hint.contains(u"Настройки → Интеграция → Ключи доступа к API"_s));
        }
    }

    void hintQuotesOddProfilePaths()
    {
        const QString odd = m_dir.filePath(u"my profiles/it's.conf"_s);
        const auto r = SecretStore(odd).read(SecretKind::CrmApiKey);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().hint.contains(u"--config '"_s), qPrintable(r.error().hint));
        QVERIFY2(r.error().hint.contains(u"it'\\''s.conf'"_s), qPrintable(r.error().hint));
    }

    void emptyValueIsRefused()
    {
        const rd::Status s = SecretStore(m_profileA).write(SecretKind::CrmApiKey, QString());
        QVERIFY(!s.ok());
        QVERIFY(s.error().hint.contains(u"secret set crm-api-key"_s));
    }

    void noPlainTextCopyAnywhere()
    {
        const QString value = uniqueSecret("plaintext-probe");
        SecretStore store(m_profileA);
        QVERIFY(store.write(SecretKind::CrmApiKey, value).ok());
        QCOMPARE(store.read(SecretKind::CrmApiKey).valueOr(QString()), value);

        const QByteArray needle = value.toUtf8();
        // The temporary HOME of with-keyring.sh holds the keyring files, XDG config (QSettings' default place
        // for QtKeychain's insecure fallback) and data.
        QStringList roots { qEnvironmentVariable("HOME"), qEnvironmentVariable("XDG_CONFIG_HOME"),
                            qEnvironmentVariable("XDG_DATA_HOME"), m_dir.path() };
        int filesSeen = 0;
        for (const QString &root : roots) {
            if (root.isEmpty())
                continue;
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                it.next();
                ++filesSeen;
            }
            const QStringList hits = filesContaining(root, needle);
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));
        }
        QVERIFY(filesSeen > 0);
        // Control: the scan does find what is there (the profile INIs hold the CRM address).
        QCOMPARE(filesContaining(m_dir.path(), "example.retailcrm.ru").size(), 2);
        QVERIFY(store.remove(SecretKind::CrmApiKey).ok());
    }

    void worksFromOtherThreads()
    {
        const QString value = uniqueSecret("thread");
        QVERIFY(SecretStore(m_profileA).write(SecretKind::ShopDbPassword, value).ok());

        // A QThread that never runs an event loop.
        QString fromQThread;
        QThread *thread = QThread::create(
            [&] { fromQThread = SecretStore(m_profileA).read(SecretKind::ShopDbPassword).valueOr(u"<error>"_s); });
        thread->start();
        QVERIFY(thread->wait(30000));
        delete thread;
        QCOMPARE(fromQThread, value);

        // A plain std::thread, writing and reading.
        QString fromStdThread;
        bool wrote = false;
        const QString other = uniqueSecret("std");
        std::thread plain([&] {
            SecretStore store(m_profileB);
            wrote = store.write(SecretKind::ShopDbPassword, other).ok();
            fromStdThread = store.read(SecretKind::ShopDbPassword).valueOr(u"<error>"_s);
        });
        plain.join();
        QVERIFY(wrote);
        QCOMPARE(fromStdThread, other);

        // Several threads at once.
        QList<QThread *> threads;
        QAtomicInt good = 0;
        for (int i = 0; i < 4; ++i) {
            threads.append(QThread::create([&] {
                if (SecretStore(m_profileA).read(SecretKind::ShopDbPassword).valueOr(QString()) == value)
                    good.fetchAndAddRelaxed(1);
            }));
            threads.last()->start();
        }
        for (QThread *t : threads) {
            QVERIFY(t->wait(30000));
            delete t;
        }
        QCOMPARE(good.loadRelaxed(), 4);

        QVERIFY(SecretStore(m_profileA).remove(SecretKind::ShopDbPassword).ok());
        QVERIFY(SecretStore(m_profileB).remove(SecretKind::ShopDbPassword).ok());
    }

    void callsAreQuick()
    {
        SecretStore store(m_profileA);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 10; ++i) {
            QVERIFY(store.write(SecretKind::CrmApiKey, uniqueSecret("speed")).ok());
            QVERIFY(store.read(SecretKind::CrmApiKey).ok());
        }
        QVERIFY(store.remove(SecretKind::CrmApiKey).ok());
        qInfo("20 keychain calls took %lld ms", timer.elapsed());
        QVERIFY(timer.elapsed() < 10000);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "TestSecretStore.moc"
