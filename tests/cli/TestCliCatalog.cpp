// retaildesk-cli catalog end to end: the real binary against the real sandbox CRM and a generated SQLite
// shop. `catalog icml` writes a well-formed ICML file atomically (one JSON document with --json), sets the
// site's catalog URL with --publish-url (validated first); `catalog stock` uploads stock and prices for the
// offers the CRM loaded from that file, lists the offers it does not know (exit code 1), stops cleanly on
// SIGINT (exit code 130) and resumes from its journal.
#include "CliRunner.h"
#include "crm/CrmClient.h"
#include "crm/CrmDecode.h"
#include "demo/SandboxProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <csignal>

using namespace Qt::Literals::StringLiterals;
using rd::test::runCli;

namespace {

QJsonObject json(const QByteArray &out)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &e);
    if (e.error != QJsonParseError::NoError)
        qWarning() << "not one JSON document:" << e.errorString() << out.left(2000);
    return doc.object();
}

struct IcmlCounts
{
    bool wellFormed = false;
    QString error;
    qint64 categories = 0;
    qint64 offers = 0;
};

IcmlCounts readIcml(const QString &path)
{
    IcmlCounts c;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        c.error = f.errorString();
        return c;
    }
    QXmlStreamReader xml(&f);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"category")
            ++c.categories;
        else if (xml.name() == u"offer")
            ++c.offers;
    }
    c.wellFormed = !xml.hasError();
    c.error = xml.errorString();
    return c;
}

// Products (not modifications) the summary says were left out.
qint64 skippedProducts(const QJsonObject &icml)
{
    qint64 n = 0;
    for (const QJsonValue &v : icml.value(u"skipped"_s).toObject().value(u"reasons"_s).toArray()) {
        const QString code = v.toObject().value(u"code"_s).toString();
        if (code == u"no-product-data" || code == u"no-published-category")
            n += v.toObject().value(u"count"_s).toInteger();
    }
    return n;
}

qint64 calls(const QJsonObject &stats, const QString &path)
{
    qint64 n = 0;
    const QJsonObject endpoints = stats.value(u"endpoints"_s).toObject();
    for (auto it = endpoints.begin(); it != endpoints.end(); ++it)
        if (it.key().contains(path))
            n += it.value().toInteger();
    return n;
}

} // namespace

class TestCliCatalog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    rd::SandboxProcess m_sandbox;
    QUrl m_url;
    QString m_shop;
    QString m_config;
    const QString m_key = u"cli-catalog-key-0123456789"_s;

    QProcessEnvironment env(const QString &key = {}) const
    {
        QProcessEnvironment e;
        e.insert(u"RETAILDESK_API_KEY"_s, key.isEmpty() ? m_key : key);
        e.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg"_s)); // the default journal goes here
        return e;
    }

    QStringList base() const { return { u"--config"_s, m_config }; }

    QString writeProfile(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QSettings s(path, QSettings::IniFormat);
        s.setValue(u"crm/url"_s, m_url.toString());
        s.setValue(u"crm/site"_s, u"demo-shop"_s);
        s.setValue(u"crm/rate_limit"_s, 50);
        s.setValue(u"shop/driver"_s, u"sqlite"_s);
        s.setValue(u"shop/path"_s, m_shop);
        s.setValue(u"shop/prefix"_s, u"modx_"_s);
        s.setValue(u"shop/site_url"_s, u"https://shop.example"_s);
        s.setValue(u"sync/msoptionsprice"_s, true);
        s.sync();
        return path;
    }

    QString crmYmlUrl()
    {
        rd::CrmConfig c;
        c.baseUrl = m_url;
        c.apiKey = m_key;
        c.site = u"demo-shop"_s;
        rd::CrmClient client(c);
        auto sites = rd::CrmDecode::sites(client.waitFor(client.sites()));
        if (!sites)
            return u"error: "_s + sites.error().toString();
        for (const rd::CrmSite &s : *sites)
            if (s.code == u"demo-shop")
                return s.ymlUrl.toString();
        return u"no site"_s;
    }

    // Exports the catalog with the CLI and loads it into the sandbox CRM; returns the number of offers.
    qint64 exportAndLoad()
    {
        const QString file = m_dir.filePath(u"load.xml"_s);
        const auto r
            = runCli(base() + QStringList { u"--json"_s, u"--quiet"_s, u"catalog"_s, u"icml"_s, u"--output"_s, file },
                     {}, env());
        if (r.exitCode != 0) {
            qWarning() << r.err;
            return -1;
        }
        const auto loaded = m_sandbox.control("POST", u"/_sandbox/icml"_s, { { u"path"_s, file } }, 60000);
        if (!loaded) {
            qWarning() << loaded.error().toString();
            return -1;
        }
        return json(r.out).value(u"icml"_s).toObject().value(u"offers"_s).toInteger();
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
        // Enough offers (products + modifications) for over a dozen batches of 250 per leg.
        const auto r = runCli({ u"demo-shop"_s, u"--output"_s, m_shop, u"--products"_s, u"3000"_s, u"--customers"_s,
                                u"5"_s, u"--orders"_s, u"5"_s, u"--seed"_s, u"11"_s, u"--quiet"_s });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        m_config = writeProfile(u"catalog.conf"_s);
    }

    void init()
    {
        QVERIFY(m_sandbox.control("POST", u"/_sandbox/reset"_s, { { u"catalog"_s, true } }).ok());
        QVERIFY(m_sandbox.configure({ { u"latencyMs"_s, 0 } }).ok());
        QVERIFY(m_sandbox.control("POST", u"/_sandbox/stats/reset"_s).ok());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("no action") << QStringList { u"catalog"_s } << QByteArray("catalog icml");
        QTest::newRow("unknown action") << QStringList { u"catalog"_s, u"yml"_s } << QByteArray("yml");
        QTest::newRow("icml without output") << QStringList { u"catalog"_s, u"icml"_s } << QByteArray("--output");
        QTest::newRow("icml extra argument")
            << QStringList { u"catalog"_s, u"icml"_s, u"--output"_s, u"a.xml"_s, u"b.xml"_s } << QByteArray("b.xml");
        QTest::newRow("publish ftp") << QStringList { u"catalog"_s, u"icml"_s,          u"--output"_s,
                                                      u"a.xml"_s,   u"--publish-url"_s, u"ftp://shop.example/a.xml"_s }
                                     << QByteArray("http");
        QTest::newRow("publish relative") << QStringList { u"catalog"_s, u"icml"_s,          u"--output"_s,
                                                           u"a.xml"_s,   u"--publish-url"_s, u"retailcrm.xml"_s }
                                          << QByteArray("retailcrm.xml");
        QTest::newRow("stock nothing to do")
            << QStringList { u"catalog"_s, u"stock"_s, u"--no-stock"_s, u"--no-prices"_s } << QByteArray("nothing");
        QTest::newRow("stock unknown option")
            << QStringList { u"catalog"_s, u"stock"_s, u"--output"_s, u"x"_s } << QByteArray("output");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, says);
        const auto r = runCli(base() + args, {}, env());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(says), r.err.constData());
        QVERIFY(!QFile::exists(u"a.xml"_s));
    }

    void icmlJsonAndFile()
    {
        const QString dir = m_dir.filePath(u"www"_s);
        QVERIFY(QDir().mkpath(dir));
        const QString file = dir + u"/retailcrm.xml"_s;
        QFile old(file);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old content");
        old.close();

        const auto r
            = runCli(base() + QStringList { u"--json"_s, u"catalog"_s, u"icml"_s, u"--output"_s, file }, {}, env());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject doc = json(r.out);
        QCOMPARE(doc.value(u"ok"_s).toBool(), true);
        QCOMPARE(doc.value(u"exitCode"_s).toInt(), 0);
        const QJsonObject icml = doc.value(u"icml"_s).toObject();
        QCOMPARE(icml.value(u"file"_s).toString(), QFileInfo(file).absoluteFilePath());
        QVERIFY(icml.value(u"products"_s).toInteger() > 2500); // published, not deleted
        QVERIFY(icml.value(u"modificationOffers"_s).toInteger() > 0);
        // Every product read is an offer or left out with a reason.
        QCOMPARE(icml.value(u"offers"_s).toInteger(),
                 icml.value(u"products"_s).toInteger() - skippedProducts(icml)
                     + icml.value(u"modificationOffers"_s).toInteger());
        QVERIFY(icml.contains(u"droppedCharacters"_s));
        QVERIFY(icml.value(u"skipped"_s).toObject().contains(u"reasons"_s));
        QCOMPARE(icml.value(u"bytes"_s).toInteger(), QFileInfo(file).size());
        QVERIFY(!doc.contains(u"publish"_s));

        const IcmlCounts counts = readIcml(file);
        QVERIFY2(counts.wellFormed, qPrintable(counts.error));
        QCOMPARE(counts.offers, icml.value(u"offers"_s).toInteger());
        QCOMPARE(counts.categories, icml.value(u"categories"_s).toInteger());
        // Nothing left beside the file (the temporary file was renamed over it).
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList { u"retailcrm.xml"_s });
        // Progress went to stderr, never into the JSON document.
        QVERIFY2(r.err.contains("Writing the catalog"), r.err.constData());

        // Text mode: a summary for people; --quiet keeps stderr empty.
        const auto t
            = runCli(base() + QStringList { u"--quiet"_s, u"catalog"_s, u"icml"_s, u"--output"_s, file }, {}, env());
        QVERIFY2(t.exitCode == 0, t.err.constData());
        QVERIFY2(t.out.contains("ICML catalog written to") && t.out.contains("offers"), t.out.constData());
        QVERIFY2(t.err.isEmpty(), t.err.constData());
    }

    void icmlIntoMissingDirectory()
    {
        const QString file = m_dir.filePath(u"no/such/dir/retailcrm.xml"_s);
        const auto r
            = runCli(base() + QStringList { u"--json"_s, u"catalog"_s, u"icml"_s, u"--output"_s, file }, {}, env());
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.exitCode != 130);
        QVERIFY2(r.err.contains("does not exist"), r.err.constData());
        QCOMPARE(json(r.out).value(u"ok"_s).toBool(true), false);
        QVERIFY(!QFile::exists(file));
    }

    void icmlPublish()
    {
        const QString file = m_dir.filePath(u"published.xml"_s);
        const QString url = u"https://shop.example/retailcrm.xml"_s;
        auto r = runCli(base()
                            + QStringList { u"--json"_s, u"--quiet"_s, u"catalog"_s, u"icml"_s, u"--output"_s, file,
                                            u"--publish-url"_s, url },
                        {}, env());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject publish = json(r.out).value(u"publish"_s).toObject();
        QCOMPARE(publish.value(u"url"_s).toString(), url);
        QCOMPARE(publish.value(u"changed"_s).toBool(), true);
        QCOMPARE(publish.value(u"site"_s).toString(), u"demo-shop"_s);
        QCOMPARE(crmYmlUrl(), url);

        // Again: the CRM already has it, nothing is edited.
        QVERIFY(m_sandbox.control("POST", u"/_sandbox/stats/reset"_s).ok());
        r = runCli(base() + QStringList { u"catalog"_s, u"icml"_s, u"--output"_s, file, u"--publish-url"_s, url }, {},
                   env());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("already loads the catalog from"), r.out.constData());
        const auto stats = m_sandbox.stats();
        QVERIFY(stats);
        QCOMPARE(calls(*stats, u"/edit"_s), 0);

        // A wrong key is known before the export: exit 3, no file.
        const QString other = m_dir.filePath(u"wrong-key.xml"_s);
        r = runCli(base() + QStringList { u"catalog"_s, u"icml"_s, u"--output"_s, other, u"--publish-url"_s, url }, {},
                   env(u"not-the-key"_s));
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!QFile::exists(other));
        QVERIFY(!r.err.contains("not-the-key"));
        QCOMPARE(crmYmlUrl(), url);
    }

    void stockBeforeTheCrmLoadedTheCatalog()
    {
        // The CRM has no offers yet: every offer is reported as unknown, exit code 1.
        const auto r
            = runCli(base() + QStringList { u"--quiet"_s, u"catalog"_s, u"stock"_s, u"--restart"_s }, {}, env());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("Offers the CRM does not know") && r.out.contains("catalog icml"), r.out.constData());
        QVERIFY2(r.out.contains("… and "), r.out.constData()); // the text lists 50 per group, not thousands
    }

    void stockUploads()
    {
        const qint64 offers = exportAndLoad();
        QVERIFY(offers > 3000);
        QVERIFY(m_sandbox.control("POST", u"/_sandbox/stats/reset"_s).ok());
        const auto r = runCli(
            base() + QStringList { u"--json"_s, u"--quiet"_s, u"catalog"_s, u"stock"_s, u"--restart"_s }, {}, env());
        QVERIFY2(r.exitCode == 0, QByteArray(r.out.left(3000) + r.err).constData());
        const QJsonObject doc = json(r.out);
        QCOMPARE(doc.value(u"ok"_s).toBool(), true);
        const QJsonObject summary = doc.value(u"summary"_s).toObject();
        QCOMPARE(summary.value(u"offers"_s).toInteger(), offers);
        QCOMPARE(summary.value(u"store"_s).toString(), u"main"_s);
        QCOMPARE(summary.value(u"priceType"_s).toString(), u"base"_s);
        for (const QString &leg : { u"stock"_s, u"prices"_s }) {
            const QJsonObject l = summary.value(leg).toObject();
            QCOMPARE(l.value(u"processed"_s).toInteger(), offers);
            QCOMPARE(l.value(u"notFound"_s).toInteger(), 0);
            QCOMPARE(l.value(u"batches"_s).toInteger(), (offers + 249) / 250);
        }
        // The journal sits in the profile's local state directory.
        const QString journal = doc.value(u"journal"_s).toString();
        QVERIFY2(journal.startsWith(m_dir.filePath(u"xdg"_s)) && journal.contains(u"/state/"_s), qPrintable(journal));
        QVERIFY(QFile::exists(journal));
        const auto stats = m_sandbox.stats();
        QVERIFY(stats);
        QCOMPARE(calls(*stats, u"store/inventories/upload"_s), (offers + 249) / 250);

        // Prices only, another store: refused with the codes the CRM has.
        auto t = runCli(base() + QStringList { u"catalog"_s, u"stock"_s, u"--store"_s, u"attic"_s }, {}, env());
        QCOMPARE(t.exitCode, 2);
        QVERIFY2(t.err.contains("attic") && t.err.contains("main"), t.err.constData());
        t = runCli(base() + QStringList { u"--quiet"_s, u"catalog"_s, u"stock"_s, u"--no-stock"_s }, {}, env());
        QVERIFY2(t.exitCode == 0, t.err.constData());
        QVERIFY2(t.out.contains("stock:  not sent") && t.out.contains("as price type base"), t.out.constData());
    }

    void stockSigintThenResume()
    {
        const qint64 offers = exportAndLoad();
        QVERIFY(offers > 3000);
        QVERIFY(m_sandbox.configure({ { u"latencyMs"_s, 400 } }).ok());
        QVERIFY(m_sandbox.control("POST", u"/_sandbox/stats/reset"_s).ok());
        const QString journal = m_dir.filePath(u"sigint-journal.sqlite"_s);

        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(u"RETAILDESK_API_KEY"_s);
        const QProcessEnvironment extra = env();
        for (const QString &k : extra.keys())
            e.insert(k, extra.value(k));
        p.setProcessEnvironment(e);
        p.start(qEnvironmentVariable("RETAILDESK_BIN_DIR") + u"/retaildesk-cli"_s,
                base() + QStringList { u"--json"_s, u"catalog"_s, u"stock"_s, u"--journal"_s, journal });
        QVERIFY(p.waitForStarted());
        // Interrupt once a few batches of each leg were answered.
        QElapsedTimer t;
        t.start();
        bool reached = false;
        while (!reached && t.elapsed() < 60000 && p.state() == QProcess::Running) {
            const auto stats = m_sandbox.stats();
            reached = stats && calls(*stats, u"store/prices/upload"_s) >= 2;
            if (!reached)
                QTest::qWait(20);
        }
        QVERIFY2(reached, p.readAllStandardError().constData());
        QTest::qWait(500); // the first answers arrive
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(p.exitCode() == 130, err.constData());
        QVERIFY2(err.contains("Interrupted"), err.constData());
        const QJsonObject first = json(p.readAllStandardOutput());
        QCOMPARE(first.value(u"exitCode"_s).toInt(), 130);
        const QJsonObject s1 = first.value(u"summary"_s).toObject();
        QCOMPARE(s1.value(u"cancelled"_s).toBool(), true);
        const qint64 total = s1.value(u"totalProducts"_s).toInteger();
        QVERIFY(s1.value(u"products"_s).toInteger() < total);

        QVERIFY(m_sandbox.configure({ { u"latencyMs"_s, 0 } }).ok());
        const auto r = runCli(
            base() + QStringList { u"--json"_s, u"--quiet"_s, u"catalog"_s, u"stock"_s, u"--journal"_s, journal }, {},
            env());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject s2 = json(r.out).value(u"summary"_s).toObject();
        QVERIFY2(s2.value(u"resumedAfter"_s).toInt() > 0, r.out.left(2000).constData());
        QVERIFY(s2.value(u"products"_s).toInteger() < total);
        QVERIFY(s1.value(u"products"_s).toInteger() + s2.value(u"products"_s).toInteger() >= total);
        QCOMPARE(s2.value(u"stock"_s).toObject().value(u"notFound"_s).toInteger(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliCatalog)
#include "TestCliCatalog.moc"
