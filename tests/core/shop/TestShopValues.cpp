// Decimal and the column conversions of ShopSql (no database).
#include "shop/Decimal.h"
#include "shop/ShopSql.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::Decimal;

class TestShopValues final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void arithmetic();
    void rescaleRounds_data();
    void rescaleRounds();
    void lenientForms();
    void dates_data();
    void dates();
    void sqlDateTimeRoundTrip();
    void localTimesFollowTheZone();
    void jsonObjects_data();
    void jsonObjects();
    void stringLists_data();
    void stringLists();
    void nulls();
};

void TestShopValues::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("scale");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"1234.50"_s << 2 << true << u"1234.50"_s;
    QTest::newRow("integer") << u"12"_s << 2 << true << u"12.00"_s;
    QTest::newRow("one digit") << u"12.5"_s << 2 << true << u"12.50"_s;
    QTest::newRow("negative") << u"-0.05"_s << 2 << true << u"-0.05"_s;
    QTest::newRow("plus") << u"+3"_s << 2 << true << u"3.00"_s;
    QTest::newRow("leading point") << u".5"_s << 2 << true << u"0.50"_s;
    QTest::newRow("trailing point") << u"7."_s << 2 << true << u"7.00"_s;
    QTest::newRow("spaces") << u"  42.1 "_s << 2 << true << u"42.10"_s;
    QTest::newRow("leading zeros") << u"000012.30"_s << 2 << true << u"12.30"_s;
    QTest::newRow("round half up") << u"0.005"_s << 2 << true << u"0.01"_s;
    QTest::newRow("round down") << u"0.004999"_s << 2 << true << u"0.00"_s;
    QTest::newRow("round negative") << u"-2.345"_s << 2 << true << u"-2.35"_s;
    QTest::newRow("weight") << u"1.25"_s << 3 << true << u"1.250"_s;
    QTest::newRow("weight rounds") << u"0.0005"_s << 3 << true << u"0.001"_s;
    QTest::newRow("exponent") << u"1.5e3"_s << 2 << true << u"1500.00"_s;
    QTest::newRow("negative exponent") << u"125E-2"_s << 2 << true << u"1.25"_s;
    QTest::newRow("tiny exponent") << u"1e-9"_s << 2 << true << u"0.00"_s;
    QTest::newRow("sqlite big real") << u"1.0e+15"_s << 2 << true << u"1000000000000000.00"_s;
    QTest::newRow("decimal(12,2) max") << u"9999999999.99"_s << 2 << true << u"9999999999.99"_s;
    QTest::newRow("decimal(13,3) max") << u"9999999999.999"_s << 3 << true << u"9999999999.999"_s;
    QTest::newRow("no double error") << u"0.1"_s << 2 << true << u"0.10"_s;
    QTest::newRow("zero") << u"0"_s << 2 << true << u"0.00"_s;
    QTest::newRow("negative zero") << u"-0.00"_s << 2 << true << u"0.00"_s;
    QTest::newRow("scale 0") << u"2.5"_s << 0 << true << u"3"_s;
    QTest::newRow("empty") << QString() << 2 << false << QString();
    QTest::newRow("blank") << u"   "_s << 2 << false << QString();
    QTest::newRow("sign only") << u"-"_s << 2 << false << QString();
    QTest::newRow("point only") << u"."_s << 2 << false << QString();
    QTest::newRow("letters") << u"12a"_s << 2 << false << QString();
    QTest::newRow("percent") << u"10%"_s << 2 << false << QString();
    QTest::newRow("comma") << u"1,5"_s << 2 << false << QString();
    QTest::newRow("two points") << u"1.2.3"_s << 2 << false << QString();
    QTest::newRow("bad exponent") << u"1e"_s << 2 << false << QString();
    QTest::newRow("overflow") << u"99999999999999999999"_s << 2 << false << QString();
    QTest::newRow("huge exponent") << u"1e300"_s << 2 << false << QString();
    QTest::newRow("bad scale") << u"1"_s << 9 << false << QString();
}

void TestShopValues::parse()
{
    QFETCH(QString, text);
    QFETCH(int, scale);
    QFETCH(bool, valid);
    QFETCH(QString, expected);
    const std::optional<Decimal> d = Decimal::parse(text, scale);
    QCOMPARE(d.has_value(), valid);
    if (valid) {
        QCOMPARE(d->toString(), expected);
        QCOMPARE(d->scale(), scale);
    }
}

void TestShopValues::arithmetic()
{
    const Decimal a = Decimal::money(u"0.10");
    const Decimal b = Decimal::money(u"0.20");
    QCOMPARE((a + b).toString(), u"0.30"_s);
    QCOMPARE(a + b, Decimal::money(u"0.3"));
    QVERIFY(0.1 + 0.2 != 0.3); // what Decimal avoids
    QCOMPARE((b - a - b).toString(), u"-0.10"_s);
    QCOMPARE((Decimal::money(u"500.25") * 2).toString(), u"1000.50"_s);
    QCOMPARE((-Decimal::money(u"1")).toString(), u"-1.00"_s);

    Decimal sum;
    for (int i = 0; i < 1000; ++i)
        sum += Decimal::money(u"0.01");
    QCOMPARE(sum.toString(), u"10.00"_s);

    // Mixed scales compare and add by value.
    QCOMPARE(Decimal::money(u"1.5"), Decimal::weight(u"1.500"));
    QCOMPARE((Decimal::money(u"1.25") + Decimal::weight(u"0.005")).toString(), u"1.255"_s);
    QVERIFY(Decimal::money(u"1.01") > Decimal::weight(u"1.009"));
    QVERIFY(Decimal::money(u"-1") < Decimal::money(u"0"));
    QVERIFY(Decimal::money(u"0").isZero());
    QVERIFY(Decimal::money(u"-0.01").isNegative());

    QCOMPARE(Decimal::money(u"1234.50").toDouble(), 1234.5);
    QCOMPARE(Decimal::weight(u"0.125").toDouble(), 0.125);
    QCOMPARE(Decimal::money(u"1234.50").toShortString(), u"1234.5"_s);
    QCOMPARE(Decimal::money(u"12.00").toShortString(), u"12"_s);
    QCOMPARE(Decimal::weight(u"0.000").toShortString(), u"0"_s);
    QCOMPARE(Decimal::fromInt(7).toString(), u"7.00"_s);
    QCOMPARE(Decimal::fromUnits(-5, 3).toString(), u"-0.005"_s);
    QCOMPARE(Decimal().toString(), u"0.00"_s);
}

void TestShopValues::rescaleRounds_data()
{
    QTest::addColumn<QString>("weight");
    QTest::addColumn<QString>("money");
    QTest::newRow("half up") << u"1.005"_s << u"1.01"_s;
    QTest::newRow("below half") << u"1.004"_s << u"1.00"_s;
    QTest::newRow("negative half") << u"-1.005"_s << u"-1.01"_s;
    QTest::newRow("exact") << u"2.500"_s << u"2.50"_s;
}

void TestShopValues::rescaleRounds()
{
    QFETCH(QString, weight);
    QFETCH(QString, money);
    QCOMPARE(Decimal::weight(weight).rescaled(2).toString(), money);
    QCOMPARE(Decimal::money(money).rescaled(3).toString(), Decimal::money(money).toString() + u"0"_s);
}

void TestShopValues::lenientForms()
{
    bool ok = false;
    QCOMPARE(Decimal::money(u"abc", &ok).toString(), u"0.00"_s);
    QVERIFY(!ok);
    QCOMPARE(Decimal::money(u"", &ok).toString(), u"0.00"_s);
    QVERIFY(ok); // empty is "nothing", not garbage
    QCOMPARE(Decimal::weight(u"2", &ok).toString(), u"2.000"_s);
    QVERIFY(ok);

    QString problem;
    QCOMPARE(rd::shopsql::toDecimal(QVariant(u"12.345"_s), 2, &problem).toString(), u"12.35"_s);
    QVERIFY(problem.isEmpty());
    QCOMPARE(rd::shopsql::toDecimal(QVariant(u"x1"_s), 2, &problem).toString(), u"0.00"_s);
    QVERIFY(problem.contains(u"x1"_s));
    problem.clear();
    QCOMPARE(rd::shopsql::toDecimal(QVariant(QMetaType(QMetaType::QString)), 3, &problem).toString(), u"0.000"_s);
    QVERIFY(problem.isEmpty());
}

void TestShopValues::dates_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime noon(QDate(2024, 3, 10), QTime(12, 0, 5));
    QTest::newRow("datetime text") << QVariant(u"2024-03-10 12:00:05"_s) << noon;
    QTest::newRow("iso text") << QVariant(u"2024-03-10T12:00:05"_s) << noon;
    QTest::newRow("date only") << QVariant(u"2024-03-10"_s) << QDate(2024, 3, 10).startOfDay();
    QTest::newRow("QDateTime") << QVariant(noon) << noon;
    QTest::newRow("unix int") << QVariant(1700000000) << QDateTime::fromSecsSinceEpoch(1700000000);
    QTest::newRow("unix int64") << QVariant(qint64(1700000000)) << QDateTime::fromSecsSinceEpoch(1700000000);
    QTest::newRow("unix text") << QVariant(u"1700000000"_s) << QDateTime::fromSecsSinceEpoch(1700000000);
    QTest::newRow("zero") << QVariant(0) << QDateTime();
    QTest::newRow("zero text") << QVariant(u"0"_s) << QDateTime();
    QTest::newRow("zero date") << QVariant(u"0000-00-00 00:00:00"_s) << QDateTime();
    QTest::newRow("null") << QVariant(QMetaType(QMetaType::QDateTime)) << QDateTime();
    QTest::newRow("empty") << QVariant(u""_s) << QDateTime();
    QTest::newRow("garbage") << QVariant(u"yesterday"_s) << QDateTime();
}

void TestShopValues::dates()
{
    QFETCH(QVariant, value);
    QFETCH(QDateTime, expected);
    const QDateTime actual = rd::shopsql::toDateTime(value);
    QCOMPARE(actual.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(actual, expected);
}

void TestShopValues::sqlDateTimeRoundTrip()
{
    const QDateTime dt(QDate(2025, 5, 6), QTime(7, 8, 9));
    QCOMPARE(rd::shopsql::toSqlDateTime(dt), u"2025-05-06 07:08:09"_s);
    QCOMPARE(rd::shopsql::toDateTime(rd::shopsql::toSqlDateTime(dt)), dt);
}

void TestShopValues::localTimesFollowTheZone()
{
    // main() runs this test in Europe/Berlin: winter +1, summer +2 (DST), looked up per hour.
    using rd::shopsql::toDateTime;
    const QDateTime summer = toDateTime(QVariant(u"2024-07-01 12:00:00"_s));
    QCOMPARE(summer.offsetFromUtc(), 7200);
    QCOMPARE(summer, QDateTime(QDate(2024, 7, 1), QTime(12, 0))); // the same instant as local time
    QCOMPARE(summer.toString(u"yyyy-MM-dd HH:mm:ss"_s), u"2024-07-01 12:00:00"_s); // the same wall clock
    const QDateTime winter = toDateTime(QVariant(u"2024-01-15 12:00:00"_s));
    QCOMPARE(winter.offsetFromUtc(), 3600);
    QCOMPARE(winter, QDateTime(QDate(2024, 1, 15), QTime(12, 0)));
    // Both sides of the spring-forward hour (2024-03-31 02:00 → 03:00).
    QCOMPARE(toDateTime(QVariant(u"2024-03-31 01:59:59"_s)).offsetFromUtc(), 3600);
    QCOMPARE(toDateTime(QVariant(u"2024-03-31 03:00:00"_s)).offsetFromUtc(), 7200);
    // Unix times.
    const QDateTime fromUnix = rd::shopsql::fromUnixTime(1719835200); // 2024-07-01 12:00 UTC
    QCOMPARE(fromUnix.toString(u"yyyy-MM-dd HH:mm:ss"_s), u"2024-07-01 14:00:00"_s);
    QCOMPARE(fromUnix, QDateTime::fromSecsSinceEpoch(1719835200));
    QCOMPARE(rd::shopsql::fromUnixTime(1705320000).offsetFromUtc(), 3600); // 2024-01-15
    QCOMPARE(rd::shopsql::toSqlDateTime(summer), u"2024-07-01 12:00:00"_s);
}

void TestShopValues::jsonObjects_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<int>("keys");
    QTest::addColumn<bool>("problem");
    QTest::newRow("object") << QVariant(u"{\"size\":\"L\",\"color\":[\"red\",\"blue\"]}"_s) << 2 << false;
    QTest::newRow("cyrillic") << QVariant(u"{\"цвет\":\"красный 🔴\"}"_s) << 1 << false;
    QTest::newRow("null") << QVariant(QMetaType(QMetaType::QString)) << 0 << false;
    QTest::newRow("empty") << QVariant(u""_s) << 0 << false;
    QTest::newRow("json null") << QVariant(u"null"_s) << 0 << false;
    QTest::newRow("php empty array") << QVariant(u"[]"_s) << 0 << false;
    QTest::newRow("empty object") << QVariant(u"{}"_s) << 0 << false;
    QTest::newRow("broken") << QVariant(u"{\"a\":"_s) << 0 << true;
    QTest::newRow("not json") << QVariant(u"size=L"_s) << 0 << true;
    QTest::newRow("array") << QVariant(u"[1,2]"_s) << 0 << true;
}

void TestShopValues::jsonObjects()
{
    QFETCH(QVariant, value);
    QFETCH(int, keys);
    QFETCH(bool, problem);
    QString why;
    const QJsonObject o = rd::shopsql::toJsonObject(value, &why);
    QCOMPARE(o.size(), keys);
    QCOMPARE(!why.isEmpty(), problem);
}

void TestShopValues::stringLists_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("problem");
    QTest::newRow("array") << QVariant(u"[\"red\",\"blue\"]"_s) << QStringList { u"red"_s, u"blue"_s } << false;
    QTest::newRow("numbers") << QVariant(u"[42, 43]"_s) << QStringList { u"42"_s, u"43"_s } << false;
    QTest::newRow("plain") << QVariant(u"red"_s) << QStringList { u"red"_s } << false;
    QTest::newRow("empty array") << QVariant(u"[]"_s) << QStringList() << false;
    QTest::newRow("null") << QVariant(QMetaType(QMetaType::QString)) << QStringList() << false;
    QTest::newRow("broken") << QVariant(u"[\"x\""_s) << QStringList() << true;
}

void TestShopValues::stringLists()
{
    QFETCH(QVariant, value);
    QFETCH(QStringList, expected);
    QFETCH(bool, problem);
    QString why;
    QCOMPARE(rd::shopsql::toStringList(value, &why), expected);
    QCOMPARE(!why.isEmpty(), problem);
}

void TestShopValues::nulls()
{
    using namespace rd::shopsql;
    const QVariant nullString(QMetaType(QMetaType::QString));
    const QVariant nullInt(QMetaType(QMetaType::Int));
    QCOMPARE(text(nullString), QString());
    QCOMPARE(toInt(nullInt, 7), 7);
    QCOMPARE(toInt(QVariant(u"x"_s), 7), 7);
    QCOMPARE(toInt(QVariant(u"12"_s)), 12);
    QCOMPARE(toOptionalInt(nullInt), std::nullopt);
    QCOMPARE(toOptionalInt(QVariant(0)), std::optional<int>(0));
    QCOMPARE(toBool(nullInt, true), true);
    QCOMPARE(toBool(QVariant(u"0"_s), true), false);
    QCOMPARE(optionalText(nullString), std::nullopt);
    QCOMPARE(optionalText(QVariant(u""_s)), std::optional<QString>(QString()));
    QCOMPARE(placeholders(3), u"?,?,?"_s);
    QCOMPARE(placeholders(1), u"?"_s);
}

int main(int argc, char *argv[])
{
    qputenv("TZ", "Europe/Berlin"); // a zone with DST, before anything reads it
    QCoreApplication app(argc, argv);
    TestShopValues test;
    return QTest::qExec(&test, argc, argv);
}
#include "TestShopValues.moc"
