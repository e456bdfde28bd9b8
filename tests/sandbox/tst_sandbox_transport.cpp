// The sandbox CRM as a client sees it: authentication, request formats, reference lists, and the
// transport knobs (rate limit, latency, injected faults). Starts the real retaildesk-sandbox binary.

#include "SandboxTestClient.h"
#include "demo/SandboxDemoReferences.h"
#include "demo/SandboxProcess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using rd::test::SandboxTestClient;

class TestSandboxTransport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void versionlessEndpoints();
    void authErrors_data();
    void authErrors();
    void unknownMethod();
    void postBodyMustBeForm_data();
    void postBodyMustBeForm();
    void badEntityJson();
    void referencesMatchDemoConstants();
    void siteEditChangesYmlUrl();
    void configRoundTripAndValidation();
    void rateLimitAnswers503();
    void latencyOverlaps();
    void fault503();
    void faultReset();
    void faultMalformed();
    void faultHang();
    void exitsCleanlyOnSigterm();
    void startFailureIsReported();
    void keyOnlyInEnvironment();
    void childDiesWithParent();
    void samplesSeed();
    void databaseFileSurvivesRestart();

private:
    SandboxTestClient &client() { return *m_client; }

    rd::SandboxProcess m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
    const QString m_key = u"transport-test-key"_s;
};

void TestSandboxTransport::initTestCase()
{
    rd::SandboxOptions options;
    options.apiKey = m_key;
    const rd::Result<QUrl> url = m_sandbox.start(options);
    QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().message));
    QCOMPARE(url->host(), u"127.0.0.1"_s);
    QVERIFY(url->port() > 0);
    QCOMPARE(m_sandbox.url(), *url);
    QVERIFY(m_sandbox.isRunning());
    m_client = std::make_unique<SandboxTestClient>(*url, m_key);
}

void TestSandboxTransport::cleanup()
{
    // Every test leaves the knobs off.
    QVERIFY(m_sandbox
                .configure({ { u"rateLimit"_s, 0 },
                             { u"latencyMs"_s, 0 },
                             { u"fault503"_s, 0 },
                             { u"faultReset"_s, 0 },
                             { u"faultMalformed"_s, 0 },
                             { u"faultHang"_s, 0 } })
                .ok());
    client().setApiKey(m_key);
    client().setTimeoutMs(10000);
}

void TestSandboxTransport::cleanupTestCase()
{
    m_client.reset();
    m_sandbox.stop();
    QVERIFY(!m_sandbox.isRunning());
}

void TestSandboxTransport::versionlessEndpoints()
{
    const auto versions = client().get(u"/api/api-versions"_s);
    QCOMPARE(versions.status, 200);
    QCOMPARE(versions.contentType, QByteArray("application/json; charset=utf-8"));
    QCOMPARE(versions.json.value(u"versions"_s).toArray().last().toString(), u"5.0"_s);

    const auto creds = client().get(u"/api/credentials"_s);
    QCOMPARE(creds.status, 200);
    QCOMPARE(creds.json.value(u"success"_s).toBool(), true);
    QCOMPARE(creds.json.value(u"siteAccess"_s).toString(), u"access_selective"_s);
    QCOMPARE(creds.json.value(u"sitesAvailable"_s).toArray(), QJsonArray { u"demo-shop"_s });
    const QJsonArray scopes = creds.json.value(u"scopes"_s).toArray();
    for (const QString &scope :
         { u"order_read"_s, u"order_write"_s, u"customer_read"_s, u"customer_write"_s, u"store_read"_s,
           u"store_write"_s, u"reference_read"_s, u"reference_write"_s, u"integration_read"_s, u"integration_write"_s,
           u"loyalty_read"_s, u"loyalty_write"_s })
        QVERIFY2(scopes.contains(scope), qPrintable(scope));
}

void TestSandboxTransport::authErrors_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("missing") << QString() << u"/api/v5/reference/sites"_s << 403
                             << QByteArray(R"({"success":false,"errorMsg":"\"apiKey\" is missing."})");
    QTest::newRow("wrong") << u"nope"_s << u"/api/v5/reference/sites"_s << 403
                           << QByteArray(R"({"success":false,"errorMsg":"Wrong \"apiKey\" value."})");
    QTest::newRow("wrong, versionless") << u"nope"_s << u"/api/credentials"_s << 403
                                        << QByteArray(R"({"success":false,"errorMsg":"Wrong \"apiKey\" value."})");
}

void TestSandboxTransport::authErrors()
{
    QFETCH(QString, key);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    client().setApiKey(key);
    const auto r = client().get(path);
    QCOMPARE(r.status, status);
    QCOMPARE(r.body, body);
    QCOMPARE(r.contentType, QByteArray("application/json; charset=utf-8"));

    // The key may also come as the apiKey parameter (query on GET, form field on POST).
    client().setApiKey(QString());
    QCOMPARE(client().get(path, { { u"apiKey"_s, m_key } }).status, 200);
    const auto post = client().post(u"/api/v5/reference/sites/demo-shop/edit"_s,
                                    { { u"apiKey"_s, m_key }, { u"site"_s, u"{\"code\":\"demo-shop\"}"_s } });
    QCOMPARE(post.status, 200);
}

void TestSandboxTransport::unknownMethod()
{
    for (const QString &path : { u"/api/v5/no-such-thing"_s, u"/api/v4/orders"_s, u"/api/v5/orders/1/2/3/4"_s }) {
        const auto r = client().get(path);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.body, QByteArray(R"({"success":false,"errorMsg":"API method not found"})"));
    }
}

void TestSandboxTransport::postBodyMustBeForm_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");

    QTest::newRow("json") << QByteArray("application/json") << QByteArray(R"({"site":{"code":"demo-shop"}})") << 400;
    QTest::newRow("text") << QByteArray("text/plain") << QByteArray("site=x") << 400;
    QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded")
                          << QByteArray("site=%7B%22code%22%3A%22demo-shop%22%7D") << 200;
    QTest::newRow("form, charset") << QByteArray("application/x-www-form-urlencoded; charset=UTF-8")
                                   << QByteArray("site=%7B%22code%22%3A%22demo-shop%22%7D") << 200;
    QTest::newRow("multipart") << QByteArray("multipart/form-data; boundary=XyZ")
                               << QByteArray("--XyZ\r\nContent-Disposition: form-data; name=\"site\"\r\n\r\n"
                                             "{\"code\":\"demo-shop\"}\r\n--XyZ--\r\n")
                               << 200;
    QTest::newRow("broken multipart") << QByteArray("multipart/form-data; boundary=XyZ") << QByteArray("garbage")
                                      << 400;
}

void TestSandboxTransport::postBodyMustBeForm()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const auto r = client().postRaw(u"/api/v5/reference/sites/demo-shop/edit"_s, contentType, body);
    QCOMPARE(r.status, status);
    if (status == 400) {
        QCOMPARE(r.json.value(u"success"_s).toBool(true), false);
        QCOMPARE(r.json.value(u"errorMsg"_s).toString(), u"Errors in the input parameters"_s);
    } else {
        QCOMPARE(r.json.value(u"success"_s).toBool(), true);
    }
}

void TestSandboxTransport::badEntityJson()
{
    const auto r = client().post(u"/api/v5/reference/sites/demo-shop/edit"_s, { { u"site"_s, u"{\"code\": "_s } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(u"errorMsg"_s).toString(), u"Errors in the entity format"_s);
    const auto missing = client().post(u"/api/v5/reference/sites/demo-shop/edit"_s, { { u"other"_s, u"1"_s } });
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.json.value(u"errorMsg"_s).toString(), u"Parameter 'site' is missing"_s);
}

void TestSandboxTransport::referencesMatchDemoConstants()
{
    const auto sites = client().get(u"/api/v5/reference/sites"_s);
    QCOMPARE(sites.status, 200);
    const QJsonObject site = sites.json.value(u"sites"_s).toObject().value(rd::demo::demoSiteCode()).toObject();
    QCOMPARE(site.value(u"name"_s).toString(), rd::demo::demoSiteName());
    QCOMPARE(site.value(u"currency"_s).toString(), rd::demo::demoCurrency());
    QCOMPARE(site.value(u"code"_s).toString(), rd::demo::demoSiteCode());
    QVERIFY(site.contains(u"ymlUrl"_s));

    const QJsonObject deliveries
        = client().get(u"/api/v5/reference/delivery-types"_s).json.value(u"deliveryTypes"_s).toObject();
    QCOMPARE(deliveries.size(), rd::demo::demoDeliveryTypes().size());
    for (const auto &d : rd::demo::demoDeliveryTypes()) {
        const QJsonObject o = deliveries.value(d.code).toObject();
        QCOMPARE(o.value(u"code"_s).toString(), d.code);
        QCOMPARE(o.value(u"name"_s).toString(), d.name);
        QStringList fromList;
        for (const QJsonValue &v : o.value(u"paymentTypes"_s).toArray())
            fromList.append(v.toString());
        QStringList fromObjects;
        for (const QJsonValue &v : o.value(u"deliveryPaymentTypes"_s).toArray())
            fromObjects.append(v.toObject().value(u"code"_s).toString());
        QCOMPARE(fromList, d.paymentTypes);
        QCOMPARE(fromObjects, d.paymentTypes);
    }

    const QJsonObject payments
        = client().get(u"/api/v5/reference/payment-types"_s).json.value(u"paymentTypes"_s).toObject();
    QCOMPARE(payments.size(), rd::demo::demoPaymentTypes().size());
    for (const auto &p : rd::demo::demoPaymentTypes()) {
        const QJsonObject o = payments.value(p.code).toObject();
        QCOMPARE(o.value(u"name"_s).toString(), p.name);
        for (const auto &d : rd::demo::demoDeliveryTypes()) {
            QCOMPARE(o.value(u"deliveryTypes"_s).toArray().contains(d.code), d.paymentTypes.contains(p.code));
        }
    }

    const QJsonObject statuses = client().get(u"/api/v5/reference/statuses"_s).json.value(u"statuses"_s).toObject();
    QCOMPARE(statuses.size(), rd::demo::demoStatuses().size());
    for (const auto &s : rd::demo::demoStatuses()) {
        const QJsonObject o = statuses.value(s.code).toObject();
        QCOMPARE(o.value(u"name"_s).toString(), s.name);
        QCOMPARE(o.value(u"group"_s).toString(), s.group);
        QCOMPARE(o.value(u"active"_s).toBool(), true);
        QVERIFY(o.contains(u"ordering"_s));
    }
    const QJsonObject groups
        = client().get(u"/api/v5/reference/status-groups"_s).json.value(u"statusGroups"_s).toObject();
    QCOMPARE(groups.value(u"approval"_s).toObject().value(u"statuses"_s).toArray(),
             (QJsonArray { u"client-confirmed"_s, u"prepayed"_s }));

    // Stores and price types are lists, not maps.
    QVERIFY(client().get(u"/api/v5/reference/stores"_s).json.value(u"stores"_s).isArray());
    QVERIFY(client().get(u"/api/v5/reference/price-types"_s).json.value(u"priceTypes"_s).isArray());
}

void TestSandboxTransport::siteEditChangesYmlUrl()
{
    const QString yml = u"https://shop.example/retailcrm.xml"_s;
    const auto r = client().post(
        u"/api/v5/reference/sites/demo-shop/edit"_s,
        { { u"site"_s,
            SandboxTestClient::json(QJsonObject { { u"code"_s, u"demo-shop"_s }, { u"ymlUrl"_s, yml } }) } });
    QCOMPARE(r.status, 200);
    const QJsonObject site
        = client().get(u"/api/v5/reference/sites"_s).json.value(u"sites"_s).toObject().value(u"demo-shop"_s).toObject();
    QCOMPARE(site.value(u"ymlUrl"_s).toString(), yml);
    QCOMPARE(site.value(u"name"_s).toString(), rd::demo::demoSiteName());

    const auto unknown = client().post(u"/api/v5/reference/sites/nope/edit"_s, { { u"site"_s, u"{}"_s } });
    QCOMPARE(unknown.status, 404);
    const auto badUrl
        = client().post(u"/api/v5/reference/sites/demo-shop/edit"_s, { { u"site"_s, u"{\"ymlUrl\": \"ftp://x\"}"_s } });
    QCOMPARE(badUrl.status, 400);
    QVERIFY(badUrl.json.value(u"errors"_s).toObject().contains(u"ymlUrl"_s));
}

void TestSandboxTransport::configRoundTripAndValidation()
{
    QVERIFY(m_sandbox.configure({ { u"latencyMs"_s, 7 }, { u"fault503"_s, 0.25 } }).ok());
    const auto cfg = m_sandbox.control("GET", u"/_sandbox/config"_s);
    QVERIFY(cfg.ok());
    QCOMPARE(cfg->value(u"latencyMs"_s).toInt(), 7);
    QCOMPARE(cfg->value(u"fault503"_s).toDouble(), 0.25);
    QCOMPARE(cfg->value(u"rateLimit"_s).toInt(), 0);

    const rd::Status bad = m_sandbox.configure({ { u"fault503"_s, 1.5 } });
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.contains(u"fault503"_s), qPrintable(bad.error().message));
    QVERIFY(!m_sandbox.configure({ { u"latencyMs"_s, -1 } }).ok());
    QVERIFY(!m_sandbox.configure({ { u"bogus"_s, 1 } }).ok());
    // A refused update changes nothing.
    QCOMPARE(m_sandbox.control("GET", u"/_sandbox/config"_s)->value(u"fault503"_s).toDouble(), 0.25);
}

void TestSandboxTransport::rateLimitAnswers503()
{
    QVERIFY(m_sandbox.control("POST", u"/_sandbox/stats/reset"_s).ok());
    QVERIFY(m_sandbox.configure({ { u"rateLimit"_s, 5 } }).ok());
    // 20 requests at once (6 connections): the bucket holds 5, then refills at 5 per second.
    QElapsedTimer timer;
    timer.start();
    const auto replies = client().getParallel(u"/api/v5/reference/statuses"_s, 20);
    const qint64 elapsed = timer.elapsed();
    int ok = 0;
    int limited = 0;
    for (const auto &r : replies) {
        if (r.status == 200) {
            ++ok;
        } else {
            QCOMPARE(r.status, 503);
            QCOMPARE(r.contentType, QByteArray("text/html"));
            QVERIFY(r.body.contains("503 Service Temporarily Unavailable"));
            ++limited;
        }
    }
    const int allowed = 5 + static_cast<int>(elapsed * 5 / 1000) + 1;
    QVERIFY2(ok >= 5 && ok <= allowed, qPrintable(u"%1 ok in %2 ms"_s.arg(ok).arg(elapsed)));
    QCOMPARE(ok + limited, 20);
    const auto stats = m_sandbox.stats();
    QVERIFY(stats.ok());
    QCOMPARE(stats->value(u"rateLimited503"_s).toInt(), limited);
    QCOMPARE(stats->value(u"injected503"_s).toInt(), 0);
    QCOMPARE(stats->value(u"statusCodes"_s).toObject().value(u"503"_s).toInt(), limited);
    QCOMPARE(stats->value(u"endpoints"_s).toObject().value(u"GET /api/v5/reference/statuses"_s).toInt(), 20);

    // After a second the bucket is full again.
    QTest::qWait(1100);
    QCOMPARE(client().get(u"/api/v5/reference/statuses"_s).status, 200);
}

void TestSandboxTransport::latencyOverlaps()
{
    QVERIFY(m_sandbox.control("POST", u"/_sandbox/stats/reset"_s).ok());
    QVERIFY(m_sandbox.configure({ { u"latencyMs"_s, 500 } }).ok());

    const auto single = client().get(u"/api/v5/reference/statuses"_s);
    QCOMPARE(single.status, 200);
    QVERIFY2(single.elapsedMs >= 450, qPrintable(QString::number(single.elapsedMs)));

    // 20 requests over 4 managers (up to 24 connections): all overlap.
    QElapsedTimer timer;
    timer.start();
    const auto replies = client().getParallel(u"/api/v5/reference/statuses"_s, 20, 4);
    const qint64 elapsed = timer.elapsed();
    for (const auto &r : replies)
        QCOMPARE(r.status, 200);
    QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed))); // serial answers would take 10 s
    const auto stats = m_sandbox.stats();
    QVERIFY2(stats->value(u"maxInFlight"_s).toInt() >= 10,
             qPrintable(QString::number(stats->value(u"maxInFlight"_s).toInt())));

    // One manager: 6 connections, so ~4 rounds of 500 ms — far from the 10 s of serial answers.
    timer.restart();
    const auto oneManager = client().getParallel(u"/api/v5/reference/statuses"_s, 20, 1);
    const qint64 elapsedOne = timer.elapsed();
    for (const auto &r : oneManager)
        QCOMPARE(r.status, 200);
    QVERIFY2(elapsedOne < 4000, qPrintable(QString::number(elapsedOne)));
}

void TestSandboxTransport::fault503()
{
    QVERIFY(m_sandbox.control("POST", u"/_sandbox/stats/reset"_s).ok());
    QVERIFY(m_sandbox.configure({ { u"fault503"_s, 1.0 } }).ok());
    const auto r = client().get(u"/api/v5/reference/statuses"_s);
    QCOMPARE(r.status, 503);
    QVERIFY(r.body.startsWith("<html>"));
    // Control endpoints are never faulted.
    const auto stats = m_sandbox.stats();
    QVERIFY(stats.ok());
    QCOMPARE(stats->value(u"injected503"_s).toInt(), 1);
    QCOMPARE(stats->value(u"rateLimited503"_s).toInt(), 0);
}

void TestSandboxTransport::faultReset()
{
    QVERIFY(m_sandbox.control("POST", u"/_sandbox/stats/reset"_s).ok());
    QVERIFY(m_sandbox.configure({ { u"faultReset"_s, 1.0 } }).ok());
    const auto r = client().get(u"/api/v5/reference/statuses"_s);
    QCOMPARE(r.status, 0);
    QVERIFY2(r.error == QNetworkReply::RemoteHostClosedError || r.error == QNetworkReply::UnknownNetworkError,
             qPrintable(QString::number(r.error)));
    QVERIFY(r.body.isEmpty());
    QVERIFY(m_sandbox.stats()->value(u"resets"_s).toInt() >= 1);
}

void TestSandboxTransport::faultMalformed()
{
    QVERIFY(m_sandbox.configure({ { u"faultMalformed"_s, 1.0 } }).ok());
    const auto r = client().get(u"/api/v5/reference/statuses"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.body.isEmpty());
    QVERIFY(r.body.startsWith("{\"success\":true"));
    QVERIFY(!r.jsonOk);
    QCOMPARE(m_sandbox.stats()->value(u"malformed"_s).toInt(), 1);
}

void TestSandboxTransport::faultHang()
{
    QVERIFY(m_sandbox.control("POST", u"/_sandbox/stats/reset"_s).ok());
    QVERIFY(m_sandbox.configure({ { u"faultHang"_s, 1.0 } }).ok());
    client().setTimeoutMs(2000);
    const auto r = client().get(u"/api/v5/reference/statuses"_s);
    QCOMPARE(r.status, 0);
    QCOMPARE(r.error, QNetworkReply::OperationCanceledError); // transfer timeout
    QVERIFY2(r.elapsedMs >= 1900, qPrintable(QString::number(r.elapsedMs)));
    QCOMPARE(m_sandbox.stats()->value(u"hangs"_s).toInt(), 1);
    // Other connections are still served.
    QVERIFY(m_sandbox.configure({ { u"faultHang"_s, 0 } }).ok());
    QCOMPARE(client().get(u"/api/v5/reference/statuses"_s).status, 200);
}

void TestSandboxTransport::exitsCleanlyOnSigterm()
{
    const QString program = rd::SandboxProcess::findExecutable();
    QVERIFY(!program.isEmpty());
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"RETAILDESK_SANDBOX_API_KEY"_s);
    p.setProcessEnvironment(env);
    p.start(program, { u"--port"_s, u"0"_s, u"--seed"_s, u"none"_s, u"--site"_s, u"other-site"_s });
    QVERIFY(p.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine() || (p.waitForReadyRead(100) && p.canReadLine()), 10000);
    const QByteArray line = p.readLine();
    QVERIFY2(line.startsWith("retaildesk-sandbox listening on http://127.0.0.1:"), line.constData());
    QVERIFY(line.endsWith('\n'));

    // The default key is "sandbox-key"; the site comes from --site.
    const QUrl url(QString::fromUtf8(line.mid(line.indexOf("http://")).trimmed()));
    SandboxTestClient other(url, u"sandbox-key"_s);
    const auto creds = other.get(u"/api/credentials"_s);
    QCOMPARE(creds.status, 200);
    QCOMPARE(creds.json.value(u"sitesAvailable"_s).toArray(), QJsonArray { u"other-site"_s });
    // --seed none: no reference lists, and empty maps come as [].
    QCOMPARE(other.get(u"/api/v5/reference/statuses"_s).body, QByteArray(R"({"success":true,"statuses":[]})"));

    p.terminate();
    QVERIFY(p.waitForFinished(5000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);

    // Bad flags are refused with exit code 2.
    QProcess bad;
    bad.start(program, { u"--seed"_s, u"bogus"_s });
    QVERIFY(bad.waitForFinished(5000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("bogus"));
}

void TestSandboxTransport::startFailureIsReported()
{
    rd::SandboxProcess bad;
    rd::SandboxOptions options;
    options.seed = u"bogus"_s;
    const rd::Result<QUrl> url = bad.start(options, 5000);
    QVERIFY(!url.ok());
    QVERIFY2(url.error().message.contains(u"bogus"_s), qPrintable(url.error().message));
    QVERIFY(!bad.isRunning());
    QVERIFY(!bad.stats().ok());
}

void TestSandboxTransport::keyOnlyInEnvironment()
{
    const qint64 pid = m_sandbox.processId();
    QVERIFY(pid > 0);
    QFile cmdline(u"/proc/%1/cmdline"_s.arg(pid));
    QVERIFY(cmdline.open(QIODevice::ReadOnly));
    const QByteArray args = cmdline.readAll();
    QVERIFY(args.contains("retaildesk-sandbox"));
    QVERIFY(args.contains("--port"));
    QVERIFY(!args.contains(m_key.toUtf8()));
    QFile environ(u"/proc/%1/environ"_s.arg(pid));
    QVERIFY(environ.open(QIODevice::ReadOnly));
    QVERIFY(environ.readAll().split('\0').contains("RETAILDESK_SANDBOX_API_KEY=" + m_key.toUtf8()));
}

void TestSandboxTransport::childDiesWithParent()
{
    // This test binary, run in "parent mode", starts a sandbox and waits; killing it must take the sandbox down.
    QProcess parent;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"RD_SANDBOX_PARENT_MODE"_s, u"1"_s);
    parent.setProcessEnvironment(env);
    parent.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(parent.waitForStarted());
    QByteArray line;
    QTRY_VERIFY_WITH_TIMEOUT((parent.waitForReadyRead(50), line += parent.readAll(), line.contains('\n')), 15000);
    const QUrl url(QString::fromUtf8(line.trimmed()));
    QVERIFY2(url.port() > 0, line.constData());
    SandboxTestClient orphanClient(url, u"sandbox-key"_s);
    QCOMPARE(orphanClient.get(u"/api/api-versions"_s).status, 200);

    parent.kill(); // SIGKILL: no destructor runs, only PR_SET_PDEATHSIG can end the child
    QVERIFY(parent.waitForFinished(5000));
    orphanClient.setTimeoutMs(500);
    QTRY_VERIFY_WITH_TIMEOUT(orphanClient.get(u"/api/api-versions"_s).error == QNetworkReply::ConnectionRefusedError,
                             10000);
}

void TestSandboxTransport::samplesSeed()
{
    rd::SandboxProcess samples;
    rd::SandboxOptions options;
    options.seed = u"samples"_s;
    const rd::Result<QUrl> url = samples.start(options);
    QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().message));
    SandboxTestClient c(*url, u"sandbox-key"_s);
    const QJsonObject statuses = c.get(u"/api/v5/reference/statuses"_s).json.value(u"statuses"_s).toObject();
    QVERIFY(statuses.contains(u"delivering"_s)); // from references-statuses.json
    QCOMPARE(statuses.value(u"new"_s).toObject().value(u"name"_s).toString(), u"Новый"_s); // demo kept
    QVERIFY(c.get(u"/api/v5/reference/delivery-types"_s)
                .json.value(u"deliveryTypes"_s)
                .toObject()
                .contains(u"ozon-seller"_s));
}

void TestSandboxTransport::databaseFileSurvivesRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    rd::SandboxOptions options;
    options.dbPath = dir.filePath(u"crm.sqlite"_s);
    options.apiKey = u"persist-key"_s;
    {
        rd::SandboxProcess first;
        const rd::Result<QUrl> url = first.start(options);
        QVERIFY(url.ok());
        SandboxTestClient c(*url, options.apiKey);
        QCOMPARE(c.post(u"/api/v5/customers/create"_s, { { u"customer"_s, u"{\"externalId\":\"keep\"}"_s } }).status,
                 201);
        QCOMPARE(c.post(u"/api/v5/reference/sites/demo-shop/edit"_s,
                        { { u"site"_s, u"{\"ymlUrl\":\"https://shop.example/a.xml\"}"_s } })
                     .status,
                 200);
    } // stopped by the destructor
    rd::SandboxProcess second;
    const rd::Result<QUrl> url = second.start(options);
    QVERIFY(url.ok());
    SandboxTestClient c(*url, options.apiKey);
    QCOMPARE(c.get(u"/api/v5/customers/keep"_s).status, 200);
    // Seeding again keeps the site settings.
    QCOMPARE(c.get(u"/api/v5/reference/sites"_s)
                 .json.value(u"sites"_s)
                 .toObject()
                 .value(u"demo-shop"_s)
                 .toObject()
                 .value(u"ymlUrl"_s)
                 .toString(),
             u"https://shop.example/a.xml"_s);
}

// In "parent mode" (used by childDiesWithParent) the binary starts a sandbox, prints its URL and waits.
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("RD_SANDBOX_PARENT_MODE")) {
        QCoreApplication app(argc, argv);
        rd::SandboxProcess sandbox;
        const rd::Result<QUrl> url = sandbox.start({});
        if (!url)
            return 1;
        std::printf("%s\n", url->toString().toUtf8().constData());
        std::fflush(stdout);
        return app.exec();
    }
    QCoreApplication app(argc, argv);
    TestSandboxTransport test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_sandbox_transport.moc"
