// retaildesk-cli end to end: the real binary against the real sandbox CRM and a generated SQLite shop.
#include "CliRunner.h"
#include "TestSupport.h"
#include "demo/SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::test::runCli;

class TestCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    rd::SandboxProcess m_sandbox;
    QUrl m_url;
    QString m_shop;
    const QString m_key = u"cli-test-key-0123456789"_s;

    QProcessEnvironment keyEnv(const QString &key) const
    {
        QProcessEnvironment env;
        env.insert(u"RETAILDESK_API_KEY"_s, key);
        return env;
    }

    // A profile INI file; `overrides` replace single keys ("crm/url" → value).
    QString writeProfile(const QString &name, const QMap<QString, QString> &overrides = {})
    {
        const QString path = m_dir.filePath(name);
        QSettings s(path, QSettings::IniFormat);
        QMap<QString, QString> values {
            { u"crm/url"_s, m_url.toString() },    { u"crm/site"_s, u"demo-shop"_s }, { u"crm/rate_limit"_s, u"10"_s },
            { u"shop/driver"_s, u"sqlite"_s },     { u"shop/path"_s, m_shop },        { u"shop/prefix"_s, u"modx_"_s },
            { u"sync/statuses"_s, u"1,2,3,4,5"_s }
        };
        for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
            values[it.key()] = it.value();
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            s.setValue(it.key(), it.value());
        s.sync();
        return path;
    }

    static QJsonObject json(const QByteArray &out)
    {
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(out, &e);
        if (e.error != QJsonParseError::NoError)
            qWarning() << "not JSON:" << out;
        return doc.object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        rd::SandboxOptions o;
        o.apiKey = m_key;
        auto url = m_sandbox.start(o);
        QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().toString()));
        m_url = *url;
        m_shop = m_dir.filePath(u"shop.sqlite"_s);
        const auto r = runCli({ u"demo-shop"_s, u"--output"_s, m_shop, u"--products"_s, u"40"_s, u"--customers"_s,
                                u"30"_s, u"--orders"_s, u"60"_s, u"--seed"_s, u"7"_s, u"--quiet"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFile::exists(m_shop));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList {};
        QTest::newRow("unknown command") << QStringList { u"frobnicate"_s };
        QTest::newRow("config and demo") << QStringList { u"--config"_s, u"x.conf"_s, u"--demo"_s, u"check"_s };
        QTest::newRow("unknown option") << QStringList { u"references"_s, u"--bogus"_s };
        QTest::newRow("demo-shop without output") << QStringList { u"demo-shop"_s };
        QTest::newRow("demo-shop bad count")
            << QStringList { u"demo-shop"_s, u"--output"_s, u"x"_s, u"--orders"_s, u"many"_s };
        QTest::newRow("mappings bad action") << QStringList { u"mappings"_s, u"list"_s };
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const auto r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void missingConfigIsExit2()
    {
        const auto r = runCli({ u"--config"_s, m_dir.filePath(u"nope.conf"_s), u"check"_s });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("nope.conf"), r.err.constData());
    }

    void httpToPublicHostIsRefused()
    {
        const QString cfg = writeProfile(u"public-http.conf"_s, { { u"crm/url"_s, u"http://example.retailcrm.ru"_s } });
        const auto r = runCli({ u"--config"_s, cfg, u"check"_s }, {}, keyEnv(m_key));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("crm/url"), r.err.constData());
        QVERIFY2(r.err.contains("https"), r.err.constData());
    }

    void wrongKeyIsExit3WithWhereToGetOne()
    {
        const QString cfg = writeProfile(u"wrong-key.conf"_s);
        const auto r = runCli({ u"--config"_s, cfg, u"check"_s }, {}, keyEnv(u"not-the-key"_s));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("API access keys") || r.err.contains("Ключи доступа"), r.err.constData());
        QVERIFY2(!r.out.contains("not-the-key") && !r.err.contains("not-the-key"), "the key was printed");
    }

    void missingKeyIsExit3WithHowToSetIt()
    {
        const QString cfg = writeProfile(u"no-key.conf"_s);
        QProcessEnvironment env;
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"disabled:"_s);
        const auto r = runCli({ u"--config"_s, cfg, u"references"_s }, {}, env);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("secret set crm-api-key") || r.err.contains("RETAILDESK_API_KEY"), r.err.constData());
    }

    void checkPasses()
    {
        const QString cfg = writeProfile(u"good.conf"_s);
        const auto r = runCli({ u"--config"_s, cfg, u"--json"_s, u"check"_s }, {}, keyEnv(m_key));
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        const QJsonObject doc = json(r.out);
        QCOMPARE(doc.value(u"ok"_s).toBool(), true);
        QVERIFY(doc.value(u"crm"_s).toObject().value(u"apiVersions"_s).toArray().contains(u"5.0"_s));
        QCOMPARE(doc.value(u"crm"_s).toObject().value(u"site"_s).toObject().value(u"code"_s).toString(),
                 u"demo-shop"_s);
        QCOMPARE(doc.value(u"shop"_s).toObject().value(u"generation"_s).toString(), u"4.4.1+"_s);
        QVERIFY(!r.out.contains(m_key.toUtf8()));
        // Text mode says the same for a person.
        const auto t = runCli({ u"--config"_s, cfg, u"check"_s }, {}, keyEnv(m_key));
        QCOMPARE(t.exitCode, 0);
        QVERIFY2(t.out.contains("can work"), t.out.constData());
    }

    void unknownSiteIsAnError()
    {
        const QString cfg = writeProfile(u"bad-site.conf"_s, { { u"crm/site"_s, u"other-shop"_s } });
        const auto r = runCli({ u"--config"_s, cfg, u"check"_s }, {}, keyEnv(m_key));
        QVERIFY(r.exitCode == 2 || r.exitCode == 3);
        QVERIFY2(r.err.contains("other-shop"), r.err.constData());
    }

    void referencesJson()
    {
        const QString cfg = writeProfile(u"refs.conf"_s);
        const auto r = runCli({ u"--config"_s, cfg, u"--json"_s, u"references"_s }, {}, keyEnv(m_key));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject doc = json(r.out);
        QStringList delivery;
        for (const QJsonValue &v : doc.value(u"deliveryTypes"_s).toArray())
            delivery << v.toObject().value(u"code"_s).toString();
        delivery.sort();
        QCOMPARE(delivery, (QStringList { u"courier"_s, u"russian-post"_s, u"sdek"_s, u"self-delivery"_s }));
        QCOMPARE(doc.value(u"statuses"_s).toArray().size(), 7);
        const auto t = runCli({ u"--config"_s, cfg, u"references"_s }, {}, keyEnv(m_key));
        QCOMPARE(t.exitCode, 0);
        QVERIFY(t.out.contains("Самовывоз"));
    }

    void mappingsShowSetAuto()
    {
        const QString cfg = writeProfile(u"maps.conf"_s);
        auto r = runCli({ u"--config"_s, cfg, u"--json"_s, u"mappings"_s, u"show"_s }, {}, keyEnv(m_key));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonArray maps = json(r.out).value(u"mappings"_s).toArray();
        QVERIFY(!maps.isEmpty());
        for (const QJsonValue &v : maps) {
            const QJsonObject m = v.toObject();
            if (m.value(u"kind"_s) == u"delivery"_s && m.value(u"shopId"_s).toInt() == 2) {
                QCOMPARE(m.value(u"code"_s).toString(), u"courier"_s);
                QCOMPARE(m.value(u"known"_s).toBool(), true);
            }
        }

        // An unknown code is refused with the list of known ones; nothing is written.
        r = runCli({ u"--config"_s, cfg, u"mappings"_s, u"set"_s, u"delivery"_s, u"2"_s, u"teleport"_s }, {},
                   keyEnv(m_key));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("teleport") && r.err.contains("courier"), r.err.constData());

        // Clear a code, see auto suggest it back from the name, apply it.
        r = runCli({ u"--config"_s, cfg, u"mappings"_s, u"set"_s, u"delivery"_s, u"2"_s, u""_s }, {}, keyEnv(m_key));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runCli({ u"--config"_s, cfg, u"--json"_s, u"mappings"_s, u"auto"_s }, {}, keyEnv(m_key));
        QCOMPARE(r.exitCode, 0);
        const QJsonArray sugg = json(r.out).value(u"suggestions"_s).toArray();
        QCOMPARE(sugg.size(), 1);
        QCOMPARE(sugg.at(0).toObject().value(u"code"_s).toString(), u"courier"_s);
        r = runCli({ u"--config"_s, cfg, u"mappings"_s, u"auto"_s, u"--apply"_s }, {}, keyEnv(m_key));
        QCOMPARE(r.exitCode, 0);

        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"verify"_s);
            db.setDatabaseName(m_shop);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT retailcrm_delivery_code FROM modx_ms2_deliveries WHERE id = 2"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), u"courier"_s);
        }
        QSqlDatabase::removeDatabase(u"verify"_s);
    }

    void demoShopIsDeterministic()
    {
        const QString a = m_dir.filePath(u"a.sqlite"_s), b = m_dir.filePath(u"b.sqlite"_s);
        const QStringList common { u"--products"_s, u"20"_s,     u"--customers"_s, u"10"_s,     u"--orders"_s,
                                   u"30"_s,         u"--seed"_s, u"42"_s,          u"--quiet"_s };
        QCOMPARE(runCli(QStringList { u"demo-shop"_s, u"--output"_s, a } + common).exitCode, 0);
        QCOMPARE(runCli(QStringList { u"demo-shop"_s, u"--output"_s, b } + common).exitCode, 0);
        const auto dump = [](const QString &path) {
            QProcess p;
            p.start(u"sqlite3"_s, { path, u".dump"_s });
            p.waitForFinished();
            return p.readAllStandardOutput();
        };
        const QByteArray da = dump(a);
        QVERIFY(da.size() > 1000);
        QCOMPARE(da, dump(b));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
