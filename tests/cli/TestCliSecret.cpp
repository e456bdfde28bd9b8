// retaildesk-cli secret set: the value goes from stdin to the keychain, nowhere else.
#include "CliRunner.h"
#include "config/Profile.h"
#include "config/SecretStore.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::test::runCli;

class TestCliSecret final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesFromStdinOnly()
    {
        QTemporaryDir dir;
        const QString cfg = dir.filePath(u"shop.conf"_s);
        {
            QSettings s(cfg, QSettings::IniFormat);
            s.setValue(u"crm/url"_s, u"https://example.retailcrm.ru"_s);
            s.setValue(u"crm/site"_s, u"shop"_s);
            s.setValue(u"shop/driver"_s, u"mysql"_s);
            s.setValue(u"shop/database"_s, u"modx"_s);
            s.setValue(u"shop/user"_s, u"modx"_s);
        }
        const QByteArray key = "kEy-SECRET-4f1c9e";
        auto r = runCli({ u"--config"_s, cfg, u"secret"_s, u"set"_s, u"crm-api-key"_s }, key + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!r.out.contains(key) && !r.err.contains(key));

        rd::SecretStore store(rd::Profile::keychainIdFor(cfg));
        auto read = store.read(rd::SecretKind::CrmApiKey);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        QCOMPARE(*read, QString::fromLatin1(key));

        // Not in the profile, nor in any file under the config dir.
        QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(key), qPrintable(f.fileName()));
        }

        // Empty input stores nothing and says so; an unknown name is a usage error.
        r = runCli({ u"--config"_s, cfg, u"secret"_s, u"set"_s, u"shop-db-password"_s }, QByteArray(""));
        QCOMPARE(r.exitCode, 2);
        r = runCli({ u"--config"_s, cfg, u"secret"_s, u"set"_s, u"password"_s }, QByteArray("x"));
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliSecret)
#include "TestCliSecret.moc"
