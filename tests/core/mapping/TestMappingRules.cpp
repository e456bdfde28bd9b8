#include "mapping/MappingOptions.h"
#include "mapping/MappingRules.h"
#include "mapping/StatusMapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::Decimal;
using rd::ShopSettings;

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// A value wrapped in an array, serialised: shows how a JSON number is written.
QString serialised(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact));
}

rd::ShopReferences references()
{
    rd::ShopReferences refs;
    rd::ShopStatus s1;
    s1.id = 1;
    s1.name = u"Новый"_s;
    s1.crmCode = u"new"_s;
    rd::ShopStatus s2;
    s2.id = 2;
    s2.name = u"Оплачен"_s;
    s2.crmCode = u"paid"_s;
    rd::ShopStatus s3;
    s3.id = 3;
    s3.name = u"Отправлен"_s; // no code
    rd::ShopStatus s4;
    s4.id = 4;
    s4.name = u"Отменён"_s;
    s4.crmCode = u"  "_s; // blank code = not mapped
    rd::ShopStatus s5;
    s5.id = 5;
    s5.name = u"Оплачен картой"_s;
    s5.crmCode = u"paid"_s; // same code as 2
    refs.statuses = { s1, s2, s3, s4, s5 };
    refs.hasStatusCodeColumn = true;
    return refs;
}

} // namespace

class TestMappingRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitFullName_data()
    {
        QTest::addColumn<QString>("fullName");
        QTest::addColumn<QString>("lastName");
        QTest::addColumn<QString>("firstName");
        QTest::addColumn<QString>("patronymic");

        QTest::newRow("empty") << QString() << QString() << QString() << QString();
        QTest::newRow("spaces only") << u"  \t \n"_s << QString() << QString() << QString();
        QTest::newRow("1 word") << u"Иван"_s << QString() << u"Иван"_s << QString();
        QTest::newRow("1 word padded") << u"  Иван  "_s << QString() << u"Иван"_s << QString();
        QTest::newRow("2 words") << u"Иван Петров"_s << QString() << u"Иван Петров"_s << QString();
        QTest::newRow("2 words, inner run") << u" Иван \t  Петров "_s << QString() << u"Иван Петров"_s << QString();
        QTest::newRow("3 words") << u"Петров Иван Сергеевич"_s << u"Петров"_s << u"Иван"_s << u"Сергеевич"_s;
        QTest::newRow("3 words, extra spaces")
            << u"  Петров   Иван  Сергеевич "_s << u"Петров"_s << u"Иван"_s << u"Сергеевич"_s;
        QTest::newRow("3 words, tabs and newline")
            << u"Петров\tИван\nСергеевич"_s << u"Петров"_s << u"Иван"_s << u"Сергеевич"_s;
        QTest::newRow("3 words, no-break space")
            << u"Петров\u00A0Иван Сергеевич"_s << u"Петров"_s << u"Иван"_s << u"Сергеевич"_s;
        QTest::newRow("4 words") << u"Петров Иван Сергеевич младший"_s << QString()
                                 << u"Петров Иван Сергеевич младший"_s << QString();
        QTest::newRow("4 words, tabs") << u"\tA\t\tB C  D\t"_s << QString() << u"A B C D"_s << QString();
        QTest::newRow("latin 3 words") << u"Smith John Paul"_s << u"Smith"_s << u"John"_s << u"Paul"_s;
        QTest::newRow("special characters kept")
            << u"O'Neil <b>&amp; \"x\""_s << u"O'Neil"_s << u"<b>&amp;"_s << u"\"x\""_s;
        QTest::newRow("emoji") << u"Ёжик 🦔"_s << QString() << u"Ёжик 🦔"_s << QString();
    }
    void splitFullName()
    {
        QFETCH(QString, fullName);
        QFETCH(QString, lastName);
        QFETCH(QString, firstName);
        QFETCH(QString, patronymic);
        const rd::NameParts parts = rd::splitFullName(fullName);
        QCOMPARE(parts.lastName, lastName);
        QCOMPARE(parts.firstName, firstName);
        QCOMPARE(parts.patronymic, patronymic);
        QCOMPARE(parts.isEmpty(), lastName.isEmpty() && firstName.isEmpty() && patronymic.isEmpty());

        QJsonObject json;
        parts.insertInto(json);
        QCOMPARE(json.contains(u"lastName"_s), !lastName.isEmpty());
        QCOMPARE(json.contains(u"firstName"_s), !firstName.isEmpty());
        QCOMPARE(json.contains(u"patronymic"_s), !patronymic.isEmpty());
        QCOMPARE(json.value(u"firstName"_s).toString(), firstName);
    }

    void orderExternalId_data()
    {
        QTest::addColumn<QString>("num");
        QTest::addColumn<QString>("externalId");
        QTest::newRow("slash") << u"2103/308"_s << u"2103-308"_s;
        QTest::newRow("dash kept") << u"2103-308"_s << u"2103-308"_s;
        QTest::newRow("comma kept") << u"2103,308"_s << u"2103,308"_s;
        QTest::newRow("several slashes") << u"a/b//c"_s << u"a-b--c"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void orderExternalId()
    {
        QFETCH(QString, num);
        QFETCH(QString, externalId);
        QCOMPARE(rd::orderExternalId(num), externalId);
        if (!num.isEmpty())
            QVERIFY(rd::numMatchesExternalId(num, externalId));
    }

    void numMatchesExternalId_data()
    {
        QTest::addColumn<QString>("num");
        QTest::addColumn<QString>("externalId");
        QTest::addColumn<bool>("matches");
        QTest::newRow("slash num") << u"2103/308"_s << u"2103-308"_s << true;
        QTest::newRow("dash num") << u"2103-308"_s << u"2103-308"_s << true;
        QTest::newRow("never rewrite the externalId") << u"2103-308"_s << u"2103/308"_s << false;
        QTest::newRow("other number") << u"2103/309"_s << u"2103-308"_s << false;
        QTest::newRow("prefix only") << u"2103/30"_s << u"2103-308"_s << false;
        QTest::newRow("empty") << QString() << QString() << false;
    }
    void numMatchesExternalId()
    {
        QFETCH(QString, num);
        QFETCH(QString, externalId);
        QFETCH(bool, matches);
        QCOMPARE(rd::numMatchesExternalId(num, externalId), matches);
    }

    void crmDateTime_data()
    {
        QTest::addColumn<QDateTime>("dateTime");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("expected");
        const QDateTime utc(QDate(2021, 3, 15), QTime(9, 5, 7), Qt::UTC);
        QTest::newRow("utc in utc") << utc << QByteArray("UTC") << u"2021-03-15 09:05:07"_s;
        QTest::newRow("utc in Moscow") << utc << QByteArray("Europe/Moscow") << u"2021-03-15 12:05:07"_s;
        QTest::newRow("utc in New York (EDT)") << utc << QByteArray("America/New_York") << u"2021-03-15 05:05:07"_s;
        QTest::newRow("utc in New York (EST)") << QDateTime(QDate(2021, 1, 15), QTime(9, 5, 7), Qt::UTC)
                                               << QByteArray("America/New_York") << u"2021-01-15 04:05:07"_s;
        QTest::newRow("Moscow wall clock kept")
            << QDateTime(QDate(2020, 12, 31), QTime(23, 59, 59), QTimeZone("Europe/Moscow"))
            << QByteArray("Europe/Moscow") << u"2020-12-31 23:59:59"_s;
        QTest::newRow("crosses the year") << QDateTime(QDate(2020, 12, 31), QTime(22, 0, 0), Qt::UTC)
                                          << QByteArray("Europe/Moscow") << u"2021-01-01 01:00:00"_s;
        QTest::newRow("milliseconds dropped") << QDateTime(QDate(2021, 3, 15), QTime(9, 5, 7, 999), Qt::UTC)
                                              << QByteArray("UTC") << u"2021-03-15 09:05:07"_s;
        QTest::newRow("invalid") << QDateTime() << QByteArray("UTC") << QString();
    }
    void crmDateTime()
    {
        QFETCH(QDateTime, dateTime);
        QFETCH(QByteArray, zone);
        QFETCH(QString, expected);
        const QTimeZone timeZone(zone);
        QVERIFY2(timeZone.isValid(), zone.constData());
        QCOMPARE(rd::crmDateTime(dateTime, timeZone), expected);
    }

    void crmDateTimeOfLocalTime()
    {
        // The shop readers return DATETIME columns as local-time values (the shop's wall clock when the
        // shop runs in the system zone): in the system zone they are written unchanged ...
        const QDateTime wallClock(QDate(2021, 3, 15), QTime(14, 5, 9));
        QCOMPARE(wallClock.timeSpec(), Qt::LocalTime);
        QCOMPARE(rd::crmDateTime(wallClock, QTimeZone::systemTimeZone()), u"2021-03-15 14:05:09"_s);
        QCOMPARE(rd::crmDateTime(wallClock, QTimeZone()), u"2021-03-15 14:05:09"_s); // invalid zone = system
        // ... and in another zone they are converted like any other instant.
        for (const QByteArray &zone : { QByteArray("Europe/Moscow"), QByteArray("America/New_York") }) {
            const QTimeZone other(zone);
            QCOMPARE(rd::crmDateTime(wallClock, other), wallClock.toTimeZone(other).toString(u"yyyy-MM-dd HH:mm:ss"_s));
        }
        // A Unix time read as local time gives the same text as the number itself.
        QCOMPARE(rd::crmDateTime(QDateTime::fromSecsSinceEpoch(1615799107), QTimeZone::systemTimeZone()),
                 rd::crmDateTimeFromUnix(1615799107, QTimeZone::systemTimeZone()));
    }

    void crmDateTimeFromUnix_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero = unknown") << qint64(0) << QByteArray("UTC") << QString();
        QTest::newRow("epoch + 1 in utc") << qint64(1) << QByteArray("UTC") << u"1970-01-01 00:00:01"_s;
        // 1615799107 = 2021-03-15 09:05:07 UTC
        QTest::newRow("Moscow") << qint64(1615799107) << QByteArray("Europe/Moscow") << u"2021-03-15 12:05:07"_s;
        QTest::newRow("New York") << qint64(1615799107) << QByteArray("America/New_York") << u"2021-03-15 05:05:07"_s;
    }
    void crmDateTimeFromUnix()
    {
        QFETCH(qint64, seconds);
        QFETCH(QByteArray, zone);
        QFETCH(QString, expected);
        QCOMPARE(rd::crmDateTimeFromUnix(seconds, QTimeZone(zone)), expected);
    }

    void jsonNumber_data()
    {
        QTest::addColumn<QString>("decimal");
        QTest::addColumn<int>("scale");
        QTest::addColumn<QString>("json");
        QTest::addColumn<double>("value");
        QTest::newRow("whole money") << u"100.00"_s << 2 << u"[100]"_s << 100.0;
        QTest::newRow("zero") << u"0"_s << 2 << u"[0]"_s << 0.0;
        QTest::newRow("fraction") << u"1234.50"_s << 2 << u"[1234.5]"_s << 1234.5;
        QTest::newRow("cents") << u"0.10"_s << 2 << u"[0.1]"_s << 0.1;
        QTest::newRow("sum exact") << u"0.30"_s << 2 << u"[0.3]"_s << 0.3;
        QTest::newRow("negative") << u"-15.25"_s << 2 << u"[-15.25]"_s << -15.25;
        QTest::newRow("big whole") << u"9999999999.00"_s << 2 << u"[9999999999]"_s << 9999999999.0;
        QTest::newRow("weight scale") << u"0.125"_s << 3 << u"[0.125]"_s << 0.125;
    }
    void jsonNumber()
    {
        QFETCH(QString, decimal);
        QFETCH(int, scale);
        QFETCH(QString, json);
        QFETCH(double, value);
        const std::optional<Decimal> d = Decimal::parse(decimal, scale);
        QVERIFY(d);
        const QJsonValue v = rd::jsonNumber(*d);
        QVERIFY(v.isDouble());
        QCOMPARE(v.toDouble(), value);
        QCOMPARE(serialised(v), json);
    }
    void jsonNumberOfASum()
    {
        // 0.10 + 0.20 in Decimal is exactly 0.30, so the JSON shows 0.3, not 0.30000000000000004.
        const Decimal sum = Decimal::money(u"0.10") + Decimal::money(u"0.20");
        QCOMPARE(serialised(rd::jsonNumber(sum)), u"[0.3]"_s);
    }

    void weightInGrams_data()
    {
        QTest::addColumn<QString>("weight");
        QTest::addColumn<int>("scale");
        QTest::addColumn<bool>("kilograms");
        QTest::addColumn<QString>("grams"); // "" = omitted
        QTest::newRow("0.250 kg") << u"0.250"_s << 3 << true << u"[250]"_s;
        QTest::newRow("1.5 kg") << u"1.5"_s << 3 << true << u"[1500]"_s;
        QTest::newRow("0.001 kg") << u"0.001"_s << 3 << true << u"[1]"_s;
        QTest::newRow("12345678.999 kg") << u"12345678.999"_s << 3 << true << u"[12345678999]"_s;
        QTest::newRow("2 kg at scale 0") << u"2"_s << 0 << true << u"[2000]"_s;
        QTest::newRow("0.5 kg at scale 1") << u"0.5"_s << 1 << true << u"[500]"_s;
        QTest::newRow("0.0005 kg at scale 4") << u"0.0005"_s << 4 << true << u"[0.5]"_s;
        QTest::newRow("0 kg omitted") << u"0.000"_s << 3 << true << QString();
        QTest::newRow("negative kg omitted") << u"-1.000"_s << 3 << true << QString();
        QTest::newRow("1.5 g") << u"1.500"_s << 3 << false << u"[1.5]"_s;
        QTest::newRow("250 g") << u"250.000"_s << 3 << false << u"[250]"_s;
        QTest::newRow("0.001 g") << u"0.001"_s << 3 << false << u"[0.001]"_s;
        QTest::newRow("0 g omitted") << u"0"_s << 3 << false << QString();
    }
    void weightInGrams()
    {
        QFETCH(QString, weight);
        QFETCH(int, scale);
        QFETCH(bool, kilograms);
        QFETCH(QString, grams);
        const std::optional<Decimal> w = Decimal::parse(weight, scale);
        QVERIFY(w);
        const std::optional<Decimal> g
            = rd::weightInGrams(*w, kilograms ? ShopSettings::WeightUnit::Kilogram : ShopSettings::WeightUnit::Gram);
        QCOMPARE(g.has_value(), !grams.isEmpty());
        if (g)
            QCOMPARE(serialised(rd::jsonNumber(*g)), grams);
    }

    void optionValueText_data()
    {
        QTest::addColumn<QString>("json"); // the value, as JSON inside [ ]
        QTest::addColumn<QString>("text");
        QTest::newRow("string") << u"[\"L\"]"_s << u"L"_s;
        QTest::newRow("string kept as is") << u"[\" a & <b> \\\"q\\\" 'x' \"]"_s << u" a & <b> \"q\" 'x' "_s;
        QTest::newRow("cyrillic and emoji") << u"[\"Красный 🔴\"]"_s << u"Красный 🔴"_s;
        QTest::newRow("integer") << u"[42]"_s << u"42"_s;
        QTest::newRow("zero") << u"[0]"_s << u"0"_s;
        QTest::newRow("negative") << u"[-3]"_s << u"-3"_s;
        QTest::newRow("double") << u"[1.5]"_s << u"1.5"_s;
        QTest::newRow("double shortest") << u"[0.1]"_s << u"0.1"_s;
        QTest::newRow("whole double") << u"[2.0]"_s << u"2"_s;
        QTest::newRow("true") << u"[true]"_s << u"true"_s;
        QTest::newRow("false") << u"[false]"_s << u"false"_s;
        QTest::newRow("null") << u"[null]"_s << QString();
        QTest::newRow("array of strings") << u"[[\"red\",\"blue\"]]"_s << u"red, blue"_s;
        QTest::newRow("array with blanks") << u"[[\"red\",\"\",\" \",null,\"blue\"]]"_s << u"red, blue"_s;
        QTest::newRow("array of numbers") << u"[[1,2.5,3]]"_s << u"1, 2.5, 3"_s;
        QTest::newRow("mixed array") << u"[[\"S\",42,true]]"_s << u"S, 42, true"_s;
        QTest::newRow("nested array") << u"[[\"a\",[\"b\",\"c\"]]]"_s << u"a, b, c"_s;
        QTest::newRow("empty array") << u"[[]]"_s << QString();
        QTest::newRow("object") << u"[{\"b\":1,\"a\":\"x\"}]"_s << u"{\"a\":\"x\",\"b\":1}"_s;
    }
    void optionValueText()
    {
        QFETCH(QString, json);
        QFETCH(QString, text);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(rd::optionValueText(doc.array().at(0)), text);
    }

    void isBlank_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("blank");
        QTest::newRow("null") << QString() << true;
        QTest::newRow("empty") << u""_s << true;
        QTest::newRow("spaces, tab, newline") << u" \t\r\n"_s << true;
        QTest::newRow("no-break space") << u"\u00A0"_s << true;
        QTest::newRow("text") << u" x "_s << false;
        QTest::newRow("zero") << u"0"_s << false;
    }
    void isBlank()
    {
        QFETCH(QString, text);
        QFETCH(bool, blank);
        QCOMPARE(rd::isBlank(text), blank);
    }

    void statusChangePayload()
    {
        QCOMPARE(compact(rd::statusChangePayload(u"complete"_s)), u"{\"status\":\"complete\"}"_s);
        QCOMPARE(compact(rd::statusChangePayload(u"отмена/1"_s)), u"{\"status\":\"отмена/1\"}"_s);
    }

    void syncedStatusCode_data()
    {
        QTest::addColumn<int>("statusId");
        QTest::addColumn<QList<int>>("listed");
        QTest::addColumn<QString>("code"); // "" = none
        QTest::newRow("listed and mapped") << 2 << QList<int> { 1, 2, 3 } << u"paid"_s;
        QTest::newRow("mapped, not listed") << 1 << QList<int> { 2, 3 } << QString();
        QTest::newRow("listed, no code") << 3 << QList<int> { 2, 3 } << QString();
        QTest::newRow("listed, blank code") << 4 << QList<int> { 4 } << QString();
        QTest::newRow("listed, unknown status") << 77 << QList<int> { 77 } << QString();
        QTest::newRow("empty list") << 2 << QList<int> {} << QString();
    }
    void syncedStatusCode()
    {
        QFETCH(int, statusId);
        QFETCH(QList<int>, listed);
        QFETCH(QString, code);
        const std::optional<QString> actual = rd::syncedStatusCode(statusId, references(), listed);
        QCOMPARE(actual.has_value(), !code.isEmpty());
        if (actual)
            QCOMPARE(*actual, code);
    }

    void shopStatusForCrmCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QList<int>>("listed");
        QTest::addColumn<int>("statusId"); // 0 = none
        QTest::newRow("listed") << u"new"_s << QList<int> { 1, 2 } << 1;
        QTest::newRow("not listed") << u"new"_s << QList<int> { 2 } << 0;
        QTest::newRow("unknown code") << u"complete"_s << QList<int> { 1, 2, 3 } << 0;
        QTest::newRow("shared code: first listed wins") << u"paid"_s << QList<int> { 5, 2 } << 5;
        QTest::newRow("shared code: other order") << u"paid"_s << QList<int> { 2, 5 } << 2;
        QTest::newRow("blank code never matches") << u"  "_s << QList<int> { 4 } << 0;
        QTest::newRow("case matters") << u"NEW"_s << QList<int> { 1 } << 0;
    }
    void shopStatusForCrmCode()
    {
        QFETCH(QString, code);
        QFETCH(QList<int>, listed);
        QFETCH(int, statusId);
        const std::optional<int> actual = rd::shopStatusForCrmCode(code, references(), listed);
        QCOMPARE(actual.value_or(0), statusId);
    }

    void optionsFromProfile()
    {
        rd::Profile profile;
        profile.shop.weightUnit = ShopSettings::WeightUnit::Gram;
        profile.sync.msOptionsPrice = true;
        profile.sync.addCrmNumber = true;
        const rd::MappingOptions options = rd::MappingOptions::fromProfile(profile, QTimeZone("Europe/Moscow"));
        QCOMPARE(options.weightUnit, ShopSettings::WeightUnit::Gram);
        QVERIFY(options.msOptionsPrice);
        QVERIFY(options.addCrmNumber);
        QCOMPARE(options.shopTimeZone.id(), QByteArray("Europe/Moscow"));

        const rd::MappingOptions defaults = rd::MappingOptions::fromProfile(rd::Profile());
        QCOMPARE(defaults.weightUnit, ShopSettings::WeightUnit::Kilogram);
        QVERIFY(!defaults.msOptionsPrice);
        QVERIFY(!defaults.addCrmNumber);
        QCOMPARE(defaults.shopTimeZone, QTimeZone::systemTimeZone());
    }
};

QTEST_GUILESS_MAIN(TestMappingRules)
#include "TestMappingRules.moc"
