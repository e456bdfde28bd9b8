#include "crm/CrmLogEntry.h"
#include "crm/CrmQuery.h"
#include "crm/CrmRateLimiter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::CrmQuery;

class TestCrmQuery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesReservedCharacters_data();
    void encodesReservedCharacters();
    void bracketArraysAndFilters();
    void jsonFieldRoundTrips();
    void removeAndContains();
    void redactsApiKey_data();
    void redactsApiKey();
    void rateLimiterSpacesReservations();
    void rateLimiterPauseDelaysEveryone();
    void rateLimiterIsPerHost();
};

void TestCrmQuery::encodesReservedCharacters_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("plus") << u"a+b"_s << QByteArray("a%2Bb");
    QTest::newRow("ampersand") << u"a&b"_s << QByteArray("a%26b");
    QTest::newRow("equals") << u"a=b"_s << QByteArray("a%3Db");
    QTest::newRow("space") << u"a b"_s << QByteArray("a%20b");
    QTest::newRow("brackets and quotes") << u"[\"x\"]"_s << QByteArray("%5B%22x%22%5D");
    QTest::newRow("cyrillic utf-8") << u"Иван"_s << QByteArray("%D0%98%D0%B2%D0%B0%D0%BD");
    QTest::newRow("unreserved kept") << u"Az09-._~"_s << QByteArray("Az09-._~");
    QTest::newRow("percent") << u"100%"_s << QByteArray("100%25");
}

void TestCrmQuery::encodesReservedCharacters()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, encoded);
    CrmQuery q;
    q.add(u"k"_s, value);
    QCOMPARE(q.toEncoded(), QByteArray("k=") + encoded);
    const CrmQuery back = CrmQuery::fromEncoded(q.toEncoded());
    QCOMPARE(back.value(u"k"_s), value);
}

void TestCrmQuery::bracketArraysAndFilters()
{
    CrmQuery q;
    q.filterList(u"numbers"_s, { u"1"_s, u"2"_s })
        .filterMap(u"customFields"_s, u"nps"_s, u"5"_s)
        .filter(u"email"_s, u"a+b@example.com"_s)
        .add(u"limit"_s, 50);
    QCOMPARE(q.toEncoded(),
             QByteArray("filter%5Bnumbers%5D%5B%5D=1&filter%5Bnumbers%5D%5B%5D=2&filter%5BcustomFields%5D%5Bnps%5D=5"
                        "&filter%5Bemail%5D=a%2Bb%40example.com&limit=50"));
    QCOMPARE(q.values(u"filter[numbers][]"_s), (QStringList { u"1"_s, u"2"_s }));
    QCOMPARE(CrmQuery::fromEncoded(q.toEncoded()), q);
}

void TestCrmQuery::jsonFieldRoundTrips()
{
    const QJsonObject order { { u"externalId"_s, u"A&B=1+2"_s },
                              { u"firstName"_s, u"Пётр"_s },
                              { u"items"_s, QJsonArray { QJsonObject { { u"quantity"_s, 2 } } } } };
    CrmQuery q;
    q.add(u"site"_s, u"shop"_s).addJson(u"order"_s, order);
    const QByteArray encoded = q.toEncoded();
    QVERIFY(!encoded.contains('+'));
    QVERIFY(!encoded.contains('{'));
    QCOMPARE(encoded.count('&'), 1); // only the separator: every '&' in the JSON is encoded
    const CrmQuery back = CrmQuery::fromEncoded(encoded);
    QCOMPARE(back.value(u"site"_s), u"shop"_s);
    QCOMPARE(QJsonDocument::fromJson(back.value(u"order"_s).toUtf8()).object(), order);
}

void TestCrmQuery::removeAndContains()
{
    CrmQuery q;
    q.filterList(u"sites"_s, { u"a"_s }).add(u"limit"_s, 20).add(u"limitless"_s, u"x"_s);
    QVERIFY(q.contains(u"filter[sites]"_s));
    QVERIFY(q.contains(u"filter"_s));
    QVERIFY(!q.contains(u"filter[site]"_s));
    q.remove(u"limit"_s);
    QVERIFY(!q.contains(u"limit"_s));
    QCOMPARE(q.value(u"limitless"_s), u"x"_s);
}

void TestCrmQuery::redactsApiKey_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("first") << QByteArray("apiKey=SECRET&site=x") << QByteArray("apiKey=***&site=x");
    QTest::newRow("middle") << QByteArray("site=x&apiKey=SECRET&by=id") << QByteArray("site=x&apiKey=***&by=id");
    QTest::newRow("case") << QByteArray("APIKEY=SECRET") << QByteArray("APIKEY=***");
    QTest::newRow("none") << QByteArray("site=apiKey") << QByteArray("site=apiKey");
}

void TestCrmQuery::redactsApiKey()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    QCOMPARE(rd::CrmLogEntry::redactBody(body), expected);
    const QUrl url(u"https://user:pw@x.retailcrm.ru/api/v5/orders?"_s + QString::fromLatin1(body));
    const QString redacted = rd::CrmLogEntry::redactUrl(url).toString(QUrl::FullyEncoded);
    QVERIFY2(!redacted.contains(u"SECRET"_s), qPrintable(redacted));
    QVERIFY2(!redacted.contains(u"pw"_s), qPrintable(redacted));
}

void TestCrmQuery::rateLimiterSpacesReservations()
{
    rd::CrmRateLimiter limiter(u"test"_s);
    QList<qint64> delays;
    for (int i = 0; i < 5; ++i)
        delays.append(limiter.reserve(10.0));
    // 10/s: slots 0, 100, 200, 300, 400 ms from now (a little less as time passes).
    QVERIFY2(delays.at(0) <= 1, qPrintable(QString::number(delays.at(0))));
    for (int i = 1; i < 5; ++i) {
        QVERIFY2(delays.at(i) >= i * 100 - 5 && delays.at(i) <= i * 100 + 1, qPrintable(QString::number(delays.at(i))));
    }
    // A burst of 3 lets three go at once.
    rd::CrmRateLimiter bursty(u"bursty"_s);
    QVERIFY(bursty.reserve(10.0, 3) <= 1);
    QVERIFY(bursty.reserve(10.0, 3) <= 1);
    QVERIFY(bursty.reserve(10.0, 3) <= 1);
    QVERIFY(bursty.reserve(10.0, 3) >= 95);
}

void TestCrmQuery::rateLimiterPauseDelaysEveryone()
{
    rd::CrmRateLimiter limiter(u"paused"_s);
    QCOMPARE(limiter.pausedForMs(), 0);
    limiter.pause(300);
    QVERIFY(limiter.pausedForMs() > 250);
    const qint64 first = limiter.reserve(100.0);
    QVERIFY2(first >= 290 && first <= 301, qPrintable(QString::number(first)));
    const qint64 second = limiter.reserve(100.0);
    QVERIFY2(second >= first + 9, qPrintable(QString::number(second)));
    limiter.pause(100); // a shorter pause does not cut the longer one
    QVERIFY(limiter.pausedForMs() > 250);
    QCOMPARE(limiter.pauseCount(), 2);
}

void TestCrmQuery::rateLimiterIsPerHost()
{
    auto a = rd::CrmRateLimiter::forUrl(QUrl(u"https://a.retailcrm.ru"_s));
    auto a2 = rd::CrmRateLimiter::forUrl(QUrl(u"https://A.retailcrm.ru/"_s));
    auto b = rd::CrmRateLimiter::forUrl(QUrl(u"https://b.retailcrm.ru"_s));
    auto aPort = rd::CrmRateLimiter::forUrl(QUrl(u"https://a.retailcrm.ru:8443"_s));
    QCOMPARE(a.get(), a2.get());
    QVERIFY(a.get() != b.get());
    QVERIFY(a.get() != aPort.get());
    QCOMPARE(a->hostKey(), u"https://a.retailcrm.ru:443"_s);
}

QTEST_GUILESS_MAIN(TestCrmQuery)
#include "TestCrmQuery.moc"
