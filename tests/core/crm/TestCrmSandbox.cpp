// The CRM client against the real sandbox CRM (retaildesk-sandbox): throughput under the rate
// limit with slow answers, recovery from injected faults, and form encoding end to end.

#include "crm/CrmClient.h"
#include "crm/CrmDecode.h"
#include "demo/SandboxProcess.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::CrmClient;
using rd::CrmConfig;
using rd::CrmReply;
using rd::Result;

class TestCrmSandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void credentialsAndReferences();
    void siteEditRoundTrip();
    void throughputUnderRateLimit();
    void injectedFaultsAreRetried();

private:
    CrmConfig config() const;
    int runMany(CrmClient &client, int n, qint64 *elapsedMs);
    qint64 stat(const QString &key);

    rd::SandboxProcess m_sandbox;
    QUrl m_url;
    const QString m_key = u"crm-client-test-key"_s;
    const QString m_site = u"demo-shop"_s;
};

void TestCrmSandbox::initTestCase()
{
    rd::SandboxOptions options;
    options.apiKey = m_key;
    options.site = m_site;
    const Result<QUrl> url = m_sandbox.start(options);
    QVERIFY2(url, qPrintable(url ? QString() : url.error().toString()));
    m_url = *url;
}

void TestCrmSandbox::init()
{
    QVERIFY(m_sandbox
                .configure({ { u"rateLimit"_s, 0 },
                             { u"latencyMs"_s, 0 },
                             { u"fault503"_s, 0 },
                             { u"faultReset"_s, 0 },
                             { u"faultMalformed"_s, 0 },
                             { u"faultHang"_s, 0 } })
                .ok());
    QVERIFY(m_sandbox.control("POST", u"/_sandbox/stats/reset"_s).ok());
}

void TestCrmSandbox::cleanupTestCase()
{
    m_sandbox.stop();
}

CrmConfig TestCrmSandbox::config() const
{
    CrmConfig c;
    c.baseUrl = m_url;
    c.apiKey = m_key;
    c.site = m_site;
    c.timeoutMs = 10000;
    return c;
}

qint64 TestCrmSandbox::stat(const QString &key)
{
    const Result<QJsonObject> stats = m_sandbox.stats();
    return stats ? stats->value(key).toInteger(-1) : -1;
}

int TestCrmSandbox::runMany(CrmClient &client, int n, qint64 *elapsedMs)
{
    int ok = 0;
    int done = 0;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < n; ++i) {
        CrmReply *r = (i % 2) ? client.statuses() : client.deliveryTypes();
        connect(r, &CrmReply::finished, this, [r, &ok, &done] {
            ++done;
            if (r->result())
                ++ok;
            else
                qWarning().noquote() << r->result().error().toString();
        });
    }
    if (!QTest::qWaitFor([&] { return done == n; }, 120000))
        qWarning("only %d of %d requests finished", done, n);
    *elapsedMs = clock.elapsed();
    return ok;
}

void TestCrmSandbox::credentialsAndReferences()
{
    CrmClient client(config());
    const auto creds = rd::CrmDecode::credentials(client.waitFor(client.credentials()));
    QVERIFY2(creds, qPrintable(creds ? QString() : creds.error().toString()));
    QVERIFY(creds->hasScope(u"order_write"_s));
    QVERIFY(creds->canUseSite(m_site));
    const auto versions = rd::CrmDecode::apiVersions(client.waitFor(client.apiVersions()));
    QVERIFY(versions);
    QVERIFY(versions->contains(u"5.0"_s));
    const auto statuses = rd::CrmDecode::statuses(client.waitFor(client.statuses()));
    QVERIFY(statuses);
    QVERIFY(!statuses->isEmpty());
    const auto delivery = rd::CrmDecode::deliveryTypes(client.waitFor(client.deliveryTypes()));
    QVERIFY(delivery);
    QVERIFY(!delivery->isEmpty());
    const auto payment = rd::CrmDecode::paymentTypes(client.waitFor(client.paymentTypes()));
    QVERIFY(payment);
    QVERIFY(!payment->isEmpty());

    // A wrong key is refused with the remedy.
    CrmConfig wrong = config();
    wrong.apiKey = u"not-the-key"_s;
    CrmClient refused(wrong);
    const Result<QJsonObject> r = refused.waitFor(refused.credentials());
    QVERIFY(!r);
    QCOMPARE(rd::errorCodeName(r.error().code), rd::errorCodeName(rd::ErrorCode::Auth));
    QVERIFY(r.error().hint.contains(u"API access keys"_s));
}

void TestCrmSandbox::siteEditRoundTrip()
{
    CrmClient client(config());
    const QString yml = u"https://shop.example/icml.xml?a=1&b=2+3&name=Чай"_s;
    const Result<QJsonObject> edited
        = client.waitFor(client.siteEdit(m_site, QJsonObject { { u"code"_s, m_site }, { u"ymlUrl"_s, yml } }));
    QVERIFY2(edited, qPrintable(edited ? QString() : edited.error().toString()));
    const auto sites = rd::CrmDecode::sites(client.waitFor(client.sites()));
    QVERIFY(sites);
    const auto it = std::find_if(sites->cbegin(), sites->cend(), [this](const auto &s) { return s.code == m_site; });
    QVERIFY(it != sites->cend());
    QCOMPARE(it->raw.value(u"ymlUrl"_s).toString(), yml); // '&', '+', '=' and UTF-8 survived the form encoding
}

void TestCrmSandbox::throughputUnderRateLimit()
{
    QVERIFY(m_sandbox.configure({ { u"rateLimit"_s, 20 }, { u"latencyMs"_s, 500 } }).ok());
    CrmConfig c = config();
    c.rateLimit = 20; // maxInFlight stays at the default 16: 20/s × 0.5 s needs 10
    CrmClient client(c);
    qint64 elapsed = 0;
    const int ok = runMany(client, 200, &elapsed);
    QCOMPARE(ok, 200);
    qInfo("200 requests at 20/s with 500 ms latency: %lld ms", elapsed);
    // 199 / 20 + 0.5 = 10.45 s at best; one at a time would take 100 s.
    QVERIFY2(elapsed >= 9500, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed < 15000, qPrintable(QString::number(elapsed)));
    QCOMPARE(stat(u"rateLimited503"_s), 0);
    QCOMPARE(stat(u"apiRequests"_s), 200);
}

void TestCrmSandbox::injectedFaultsAreRetried()
{
    QVERIFY(m_sandbox.configure({ { u"fault503"_s, 0.2 }, { u"faultReset"_s, 0.05 }, { u"randomSeed"_s, 7 } }).ok());
    CrmConfig c = config();
    c.rateLimit = 50;
    c.maxRetries = 8; // a request fails for good only if 9 draws in a row fail: 0.25^9 ≈ 4e-6
    c.retryBaseMs = 100;
    c.retryCapMs = 1000;
    CrmClient client(c);
    qint64 elapsed = 0;
    const int ok = runMany(client, 100, &elapsed);
    QCOMPARE(ok, 100);
    qInfo("100 requests with 20%% 503 and 5%% resets: %lld ms, %lld injected 503s, %lld resets", elapsed,
          stat(u"injected503"_s), stat(u"resets"_s));
    QVERIFY(stat(u"injected503"_s) > 0);
    QVERIFY(stat(u"resets"_s) > 0);
    QVERIFY(stat(u"apiRequests"_s) > 100);
}

QTEST_GUILESS_MAIN(TestCrmSandbox)
#include "TestCrmSandbox.moc"
