// The ICML export: golden files for each miniShop2 generation (SQLite) and for 4.4 on MariaDB, XML
// well-formedness and exact text, what is left out, modifications, atomic writes and the helpers.
#include "CatalogFixture.h"
#include "MariaDbServer.h"
#include "TestSupport.h"
#include "catalog/CatalogOfferBuilder.h"
#include "catalog/IcmlWriter.h"
#include "catalog/XmlText.h"
#include "shop/ShopDatabase.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <atomic>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using rd::MiniShopGeneration;

namespace {

struct ParsedParam
{
    QString name;
    QString code;
    QString value;
};

struct ParsedOffer
{
    QString id;
    QString productId;
    QString quantity; // empty = no attribute
    bool hasQuantity = false;
    QString url;
    QString price;
    QStringList categoryIds;
    QStringList pictures;
    QString name;
    QString productName;
    QString vendor;
    QString weight;
    QList<ParsedParam> params;
    int units = 0;

    QString param(const QString &code) const
    {
        for (const ParsedParam &p : params)
            if (p.code == code)
                return p.value;
        return {};
    }
};

struct ParsedCategory
{
    QString id;
    QString parentId; // empty = none
    bool hasParent = false;
    QString name;
};

struct ParsedIcml
{
    QString error;
    QString declarationVersion;
    QString encoding;
    QString date;
    QString shopName;
    QString company;
    QList<ParsedCategory> categories;
    QList<ParsedOffer> offers;

    const ParsedOffer *offer(const QString &id) const
    {
        for (const ParsedOffer &o : offers)
            if (o.id == id)
                return &o;
        return nullptr;
    }
    const ParsedCategory *category(const QString &id) const
    {
        for (const ParsedCategory &c : categories)
            if (c.id == id)
                return &c;
        return nullptr;
    }
    QStringList offerIds() const
    {
        QStringList ids;
        for (const ParsedOffer &o : offers)
            ids << o.id;
        return ids;
    }
};

ParsedIcml parse(const QByteArray &data)
{
    ParsedIcml out;
    QXmlStreamReader r(data);
    ParsedOffer *offer = nullptr;
    QString path;
    while (!r.atEnd()) {
        const QXmlStreamReader::TokenType t = r.readNext();
        if (t == QXmlStreamReader::StartDocument) {
            out.declarationVersion = r.documentVersion().toString();
            out.encoding = r.documentEncoding().toString();
        } else if (t == QXmlStreamReader::StartElement) {
            const QString n = r.name().toString();
            const QXmlStreamAttributes a = r.attributes();
            if (n == u"yml_catalog") {
                out.date = a.value(u"date"_s).toString();
            } else if (n == u"name" && !offer) {
                out.shopName = r.readElementText();
            } else if (n == u"company") {
                out.company = r.readElementText();
            } else if (n == u"category") {
                ParsedCategory c;
                c.id = a.value(u"id"_s).toString();
                c.hasParent = a.hasAttribute(u"parentId"_s);
                c.parentId = a.value(u"parentId"_s).toString();
                c.name = r.readElementText();
                out.categories << c;
            } else if (n == u"offer") {
                out.offers.append(ParsedOffer());
                offer = &out.offers.last();
                offer->id = a.value(u"id"_s).toString();
                offer->productId = a.value(u"productId"_s).toString();
                offer->hasQuantity = a.hasAttribute(u"quantity"_s);
                offer->quantity = a.value(u"quantity"_s).toString();
            } else if (offer) {
                if (n == u"url")
                    offer->url = r.readElementText();
                else if (n == u"price")
                    offer->price = r.readElementText();
                else if (n == u"categoryId")
                    offer->categoryIds << r.readElementText();
                else if (n == u"picture")
                    offer->pictures << r.readElementText();
                else if (n == u"name")
                    offer->name = r.readElementText();
                else if (n == u"productName")
                    offer->productName = r.readElementText();
                else if (n == u"vendor")
                    offer->vendor = r.readElementText();
                else if (n == u"weight")
                    offer->weight = r.readElementText();
                else if (n == u"param") {
                    ParsedParam p { a.value(u"name"_s).toString(), a.value(u"code"_s).toString(), {} };
                    p.value = r.readElementText();
                    offer->params << p;
                } else if (n == u"unit") {
                    if (a.value(u"code"_s) == u"pcs" && a.value(u"name"_s) == u"Штука" && a.value(u"sym"_s) == u"шт.")
                        ++offer->units;
                }
            }
        } else if (t == QXmlStreamReader::EndElement && r.name() == u"offer") {
            offer = nullptr;
        }
    }
    if (r.hasError())
        out.error = u"%1 at line %2, column %3"_s.arg(r.errorString()).arg(r.lineNumber()).arg(r.columnNumber());
    return out;
}

// The error of a failed result for a QVERIFY2 message (QVERIFY2 evaluates its message even on success).
template<typename R> QString errorText(const R &result)
{
    return result ? QString() : result.error().toString();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QByteArray normaliseDate(QByteArray xml)
{
    static const QRegularExpression date(uR"(yml_catalog date="\d{4}-\d\d-\d\d \d\d:\d\d:\d\d")"_s);
    QString s = QString::fromUtf8(xml);
    s.replace(date, u"yml_catalog date=\"DATE\""_s);
    return s.toUtf8();
}

rd::CatalogOptions fixtureOptions(bool modifications)
{
    rd::CatalogOptions o;
    o.siteUrl = QUrl(u"https://shop.example"_s);
    o.weightUnit = rd::ShopSettings::WeightUnit::Kilogram;
    o.modifications = modifications;
    o.siteCode = u"demo-shop"_s;
    o.pageSize = 3; // several pages even on the fixture
    return o;
}

// Compares `actual` (date normalised) with tests/core/catalog/golden/<name>; RETAILDESK_UPDATE_GOLDEN=1
// rewrites the golden file instead.
bool compareGolden(const QByteArray &actual, const QString &name, QString *message)
{
    const QString path = rd::test::sourceDir() + u"/tests/core/catalog/golden/"_s + name;
    const QByteArray normalised = normaliseDate(actual);
    if (qEnvironmentVariableIntValue("RETAILDESK_UPDATE_GOLDEN") == 1) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *message = u"cannot write %1"_s.arg(path);
            return false;
        }
        f.write(normalised);
        return true;
    }
    const QByteArray expected = readFile(path);
    if (expected.isEmpty()) {
        *message = u"golden file %1 missing (run with RETAILDESK_UPDATE_GOLDEN=1 to create it)"_s.arg(path);
        return false;
    }
    if (expected == normalised)
        return true;
    const QList<QByteArray> a = normalised.split('\n');
    const QList<QByteArray> e = expected.split('\n');
    for (qsizetype i = 0; i < qMax(a.size(), e.size()); ++i) {
        if (a.value(i) != e.value(i)) {
            *message = u"%1 differs at line %2:\n  expected: %3\n  actual:   %4"_s.arg(name).arg(i + 1).arg(
                QString::fromUtf8(e.value(i)), QString::fromUtf8(a.value(i)));
            return false;
        }
    }
    *message = u"%1 differs"_s.arg(name);
    return false;
}

QString goldenName(MiniShopGeneration g, bool modifications)
{
    return u"icml-%1%2.xml"_s.arg(rd::miniShopGenerationName(g), modifications ? u"-mods"_s : QString());
}

} // namespace

class TestIcmlWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void xmlTextClean_data();
    void xmlTextClean();
    void modificationPrice_data();
    void modificationPrice();
    void kilograms();
    void joinUrl_data();
    void joinUrl();

    void goldenSqlite_data();
    void goldenSqlite();
    void contentAndEscaping();
    void leftOut();
    void modificationsOnOff();
    void modificationsWithoutTables();
    void gramsAndNoSiteUrl();
    void shopNameFallbacks();
    void cancelKeepsTarget_data();
    void cancelKeepsTarget();
    void missingDirectory();
    void writeToDevice();
    void goldenMariaDb();

private:
    std::shared_ptr<rd::ShopDatabase> sqliteShop(MiniShopGeneration g, bool msop, const QString &name = {});
    QString m_dir;
    QTemporaryDir m_tmp;
    rd::test::MariaDbServer m_server;
};

void TestIcmlWriter::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_dir = m_tmp.path();
}

void TestIcmlWriter::cleanupTestCase()
{
    m_server.stop();
}

std::shared_ptr<rd::ShopDatabase> TestIcmlWriter::sqliteShop(MiniShopGeneration g, bool msop, const QString &name)
{
    rd::SchemaAddons addons;
    addons.msOptionsPrice = msop;
    const QString file
        = m_dir + u'/' + (name.isEmpty() ? u"shop-%1-%2.sqlite"_s.arg(rd::miniShopGenerationName(g)).arg(msop) : name);
    auto settings = rd::test::createSqliteCatalogShop(file, g, u"modx_"_s, addons);
    if (!settings) {
        qWarning("%s", qPrintable(errorText(settings)));
        return {};
    }
    auto db = rd::ShopDatabase::open(*settings);
    if (!db) {
        qWarning("%s", qPrintable(errorText(db)));
        return {};
    }
    return *db;
}

// ---- helpers ---------------------------------------------------------------------------------------

void TestIcmlWriter::xmlTextClean_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("dropped");
    QTest::newRow("plain") << u"Рубашка & <b>"_s << u"Рубашка & <b>"_s << 0;
    QTest::newRow("tab/lf/cr kept") << u"a\tb\nc\rd"_s << u"a\tb\nc\rd"_s << 0;
    QTest::newRow("C0 dropped") << u"a\u0001b\u0008c\u000B\u000C\u001F"_s << u"abc"_s << 5;
    QTest::newRow("NUL") << QString(QChar(0)) + u"x"_s << u"x"_s << 1;
    QTest::newRow("FFFE FFFF") << u"x\uFFFEy\uFFFF"_s << u"xy"_s << 2;
    QTest::newRow("emoji pair kept") << u"🛒🧵"_s << u"🛒🧵"_s << 0;
    QTest::newRow("lone high") << QString(QChar(0xD83D)) + u"x"_s << u"x"_s << 1;
    QTest::newRow("lone high at end") << u"x"_s + QChar(0xD83D) << u"x"_s << 1;
    QTest::newRow("lone low") << u"x"_s + QChar(0xDE00) + u"y"_s << u"xy"_s << 1;
    QTest::newRow("two highs then low") << QString(QChar(0xD83D)) + QChar(0xD83D) + QChar(0xDED2) << u"🛒"_s << 1;
    QTest::newRow("DEL and C1 kept") << u"a\u007F\u0085b"_s << u"a\u007F\u0085b"_s << 0;
    QTest::newRow("empty") << QString() << QString() << 0;
}

void TestIcmlWriter::xmlTextClean()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(int, dropped);
    qint64 count = 10;
    QCOMPARE(rd::XmlText::clean(input, &count), expected);
    QCOMPARE(count, 10 + dropped);
}

void TestIcmlWriter::modificationPrice_data()
{
    QTest::addColumn<QString>("price");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("expected"); // empty = skipped
    QTest::addColumn<QString>("reason");
    QTest::newRow("absolute") << u"1600"_s << 1 << u"1600.00"_s << QString();
    QTest::newRow("absolute decimals") << u"1600.555"_s << 1 << u"1600.56"_s << QString();
    QTest::newRow("empty = product") << u""_s << 1 << u"1500.50"_s << QString();
    QTest::newRow("zero = product") << u"0"_s << 1 << u"1500.50"_s << QString();
    QTest::newRow("plus") << u"+100"_s << 1 << u"1600.50"_s << QString();
    QTest::newRow("minus") << u"-0.50"_s << 1 << u"1500.00"_s << QString();
    QTest::newRow("plus percent") << u"+10%"_s << 1 << u"1650.55"_s << QString();
    QTest::newRow("minus percent") << u"-10 %"_s << 1 << u"1350.45"_s << QString();
    QTest::newRow("percent of") << u"10%"_s << 1 << u"150.05"_s << QString();
    QTest::newRow("type 2 adds") << u"50"_s << 2 << u"1550.50"_s << QString();
    QTest::newRow("type 3 subtracts") << u"50"_s << 3 << u"1450.50"_s << QString();
    QTest::newRow("type 3 percent") << u"50%"_s << 3 << u"750.25"_s << QString();
    QTest::newRow("explicit sign wins over type") << u"+50"_s << 3 << u"1550.50"_s << QString();
    QTest::newRow("spaces") << u"  +100 "_s << 1 << u"1600.50"_s << QString();
    QTest::newRow("garbage") << u"abc"_s << 1 << QString() << u"bad-modification-price"_s;
    QTest::newRow("double sign") << u"+-5"_s << 1 << QString() << u"bad-modification-price"_s;
    QTest::newRow("lone sign") << u"+"_s << 1 << QString() << u"bad-modification-price"_s;
    QTest::newRow("below zero") << u"-5000"_s << 1 << QString() << u"negative-modification-price"_s;
    QTest::newRow("type 3 below zero") << u"2000"_s << 3 << QString() << u"negative-modification-price"_s;
}

void TestIcmlWriter::modificationPrice()
{
    QFETCH(QString, price);
    QFETCH(int, type);
    QFETCH(QString, expected);
    QFETCH(QString, reason);
    rd::ShopModification m;
    m.price = price;
    m.type = type;
    rd::CatalogSkipReason why = rd::CatalogSkipReason::NoProductData;
    const auto result = rd::CatalogOfferBuilder::modificationPrice(m, *rd::Decimal::parse(u"1500.5"), &why);
    if (expected.isEmpty()) {
        QVERIFY(!result);
        QCOMPARE(rd::CatalogSkipLog::code(why), reason);
    } else {
        QVERIFY(result);
        QCOMPARE(result->toString(), expected);
    }
}

void TestIcmlWriter::kilograms()
{
    using W = rd::ShopSettings::WeightUnit;
    QCOMPARE(rd::CatalogOfferBuilder::toKilograms(*rd::Decimal::parse(u"0.25", 3), W::Kilogram).toShortString(),
             u"0.25"_s);
    QCOMPARE(rd::CatalogOfferBuilder::toKilograms(*rd::Decimal::parse(u"250", 3), W::Gram).toShortString(), u"0.25"_s);
    QCOMPARE(rd::CatalogOfferBuilder::toKilograms(*rd::Decimal::parse(u"0.5", 3), W::Gram).toShortString(),
             u"0.0005"_s);
    QCOMPARE(rd::CatalogOfferBuilder::toKilograms(*rd::Decimal::parse(u"1234.567", 3), W::Gram).toShortString(),
             u"1.234567"_s);
}

void TestIcmlWriter::joinUrl_data()
{
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"https://s.ru"_s << u"catalog/x.html"_s << u"https://s.ru/catalog/x.html"_s;
    QTest::newRow("leading slash") << u"https://s.ru"_s << u"/assets/a.jpg"_s << u"https://s.ru/assets/a.jpg"_s;
    QTest::newRow("absolute kept") << u"https://s.ru"_s << u"https://cdn/a.jpg"_s << u"https://cdn/a.jpg"_s;
    QTest::newRow("protocol-relative kept") << u"https://s.ru"_s << u"//cdn/a.jpg"_s << u"//cdn/a.jpg"_s;
    QTest::newRow("no site") << QString() << u"a.jpg"_s << QString();
    QTest::newRow("no path") << u"https://s.ru"_s << QString() << QString();
    QTest::newRow("text kept") << u"https://s.ru"_s << u"каталог/a b&c.html"_s << u"https://s.ru/каталог/a b&c.html"_s;
}

void TestIcmlWriter::joinUrl()
{
    QFETCH(QString, site);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QCOMPARE(rd::CatalogOfferBuilder::joinUrl(site, path), expected);
}

// ---- the export -------------------------------------------------------------------------------------

void TestIcmlWriter::goldenSqlite_data()
{
    QTest::addColumn<MiniShopGeneration>("generation");
    QTest::addColumn<bool>("modifications");
    QTest::addColumn<int>("readerThreads"); // -1: the default (one per core)
    QTest::newRow("2.9") << MiniShopGeneration::V2_9 << false << -1;
    QTest::newRow("3.0") << MiniShopGeneration::V3_0 << false << -1;
    QTest::newRow("4.4") << MiniShopGeneration::V4_4 << false << -1;
    QTest::newRow("2.9 mods") << MiniShopGeneration::V2_9 << true << -1;
    QTest::newRow("4.4 mods") << MiniShopGeneration::V4_4 << true << -1;
    // The same bytes whoever makes the pages: the calling thread, one reader, several in parallel.
    QTest::newRow("4.4 mods, calling thread") << MiniShopGeneration::V4_4 << true << 0;
    QTest::newRow("4.4 mods, 1 reader") << MiniShopGeneration::V4_4 << true << 1;
    QTest::newRow("4.4 mods, 3 readers") << MiniShopGeneration::V4_4 << true << 3;
    QTest::newRow("2.9 mods, 4 readers") << MiniShopGeneration::V2_9 << true << 4;
}

void TestIcmlWriter::goldenSqlite()
{
    QFETCH(MiniShopGeneration, generation);
    QFETCH(bool, modifications);
    QFETCH(int, readerThreads);
    auto db = sqliteShop(generation, true);
    QVERIFY(db);
    rd::CatalogOptions options = fixtureOptions(modifications);
    if (readerThreads >= 0)
        options.readerThreads = readerThreads;
    rd::IcmlWriter writer(*db, options);
    QList<QPair<qint64, qint64>> progress;
    writer.setProgress([&progress](qint64 done, qint64 total) { progress.append({ done, total }); });
    const QString out = m_dir + u"/golden-out.xml"_s;
    auto summary = writer.write(out);
    QVERIFY2(summary, qPrintable(errorText(summary)));
    const QByteArray xml = readFile(out);
    QString message;
    QVERIFY2(compareGolden(xml, goldenName(generation, modifications), &message), qPrintable(message));

    // Counts add up: products read = base offers + skipped products; modifications likewise.
    const bool v4 = generation == MiniShopGeneration::V4_4;
    QCOMPARE(summary->products, 7); // 10, 11, 14, 15, 16, 17, 18
    QCOMPARE(summary->categories, 4); // 2, 3, 6, 20; not 4 (unpublished), 5 (deleted)
    const qint64 productSkips = summary->skipped.count(rd::CatalogSkipReason::NoProductData)
        + summary->skipped.count(rd::CatalogSkipReason::NoPublishedCategory);
    QCOMPARE(productSkips, 2);
    QCOMPARE(summary->offers - summary->modificationOffers + productSkips, summary->products);
    QCOMPARE(summary->modificationOffers + summary->skipped.total() - productSkips, summary->modificationsRead);
    QCOMPARE(summary->modificationsRead, modifications ? 8 : 0);
    QCOMPARE(summary->modificationOffers, modifications ? 5 : 0);
    QCOMPARE(summary->quantities, v4 || modifications);
    QCOMPARE(summary->bytes, QFileInfo(out).size());
    QCOMPARE(summary->path, QFileInfo(out).absoluteFilePath());
    QVERIFY(summary->seconds >= 0);
    // 11: name 2, productName 2, vendor 1, param note 2 per offer of product 11 (base + mod 25).
    QCOMPARE(summary->droppedCharacters, modifications ? 14 : 7);

    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.first(), (QPair<qint64, qint64>(0, 7)));
    QCOMPARE(progress.last(), (QPair<qint64, qint64>(7, 7)));
    QVERIFY(progress.size() >= 4); // pages of 3
    const ParsedIcml parsed = parse(xml);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.offers.size(), summary->offers);
    QCOMPARE(parsed.categories.size(), summary->categories);
}

void TestIcmlWriter::contentAndEscaping()
{
    auto db = sqliteShop(MiniShopGeneration::V4_4, true);
    QVERIFY(db);
    rd::IcmlWriter writer(*db, fixtureOptions(false));
    const QString out = m_dir + u"/content.xml"_s;
    auto summary = writer.write(out);
    QVERIFY2(summary, qPrintable(errorText(summary)));
    const QByteArray xml = readFile(out);
    QVERIFY(xml.startsWith(R"(<?xml version="1.0" encoding="UTF-8"?>)"));
    QVERIFY(!xml.contains("AND")); // modRetailCRM's "&" → "AND" defect
    QVERIFY(xml.contains("&amp;"));
    QVERIFY(xml.contains("&lt;"));
    const ParsedIcml p = parse(xml);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.declarationVersion, u"1.0"_s);
    QCOMPARE(p.encoding, u"UTF-8"_s);
    QVERIFY(QDateTime::fromString(p.date, u"yyyy-MM-dd HH:mm:ss"_s).isValid());
    QVERIFY(qAbs(QDateTime::fromString(p.date, u"yyyy-MM-dd HH:mm:ss"_s).secsTo(QDateTime::currentDateTime())) < 120);
    QCOMPARE(p.shopName, u"Магазин «Тест» & Co"_s);
    QCOMPARE(p.company, u"Магазин «Тест» & Co"_s);

    const ParsedOffer *shirt = p.offer(u"10"_s);
    QVERIFY(shirt);
    QCOMPARE(shirt->productId, u"10"_s);
    QCOMPARE(shirt->name, u"Рубашка <Классика> & \"Co\" 'x'"_s);
    QCOMPARE(shirt->productName, shirt->name);
    QCOMPARE(shirt->price, u"1500.50"_s);
    QCOMPARE(shirt->quantity, u"7"_s);
    QCOMPARE(shirt->url, u"https://shop.example/catalog/odezhda/rubashka.html"_s);
    QCOMPARE(shirt->pictures, QStringList { u"https://shop.example/assets/img/shirt.jpg"_s });
    QCOMPARE(shirt->categoryIds, (QStringList { u"3"_s, u"6"_s })); // 4 is unpublished
    QCOMPARE(shirt->vendor, u"Acme & Sons <Ltd>"_s);
    QCOMPARE(shirt->weight, u"0.25"_s);
    QCOMPARE(shirt->param(u"article"_s), u"SH-1 & <2>"_s);
    QCOMPARE(shirt->param(u"color"_s), u"Красный, Синий & голубой"_s);
    QCOMPARE(shirt->param(u"size"_s), u"L"_s);
    QCOMPARE(shirt->param(u"material"_s), u"хлопок 🧵 \"100%\""_s);
    QCOMPARE(shirt->units, 1);
    for (const ParsedParam &prm : shirt->params) {
        if (prm.code == u"material")
            QCOMPARE(prm.name, u"Материал"_s); // ms2_options caption
        if (prm.code == u"color")
            QCOMPARE(prm.name, u"Цвет"_s);
        if (prm.code == u"article")
            QCOMPARE(prm.name, u"Артикул"_s);
    }

    const ParsedOffer *emoji = p.offer(u"11"_s);
    QVERIFY(emoji);
    QCOMPARE(emoji->name, u"Эмодзи 🛒 товар"_s); // \x01 and \x0B dropped
    QCOMPARE(emoji->url, u"https://shop.example/index.php?id=11"_s); // no uri
    QVERIFY(emoji->pictures.isEmpty());
    QCOMPARE(emoji->param(u"article"_s), QString()); // empty article: no param
    QCOMPARE(emoji->vendor, u"Вендор "_s);
    QCOMPARE(emoji->param(u"note"_s), u"xyz"_s);
    QVERIFY(emoji->weight.isEmpty()); // weight 0
    for (const ParsedParam &prm : emoji->params)
        QVERIFY(prm.code != u"empty"); // an option without a value
    QCOMPARE(emoji->quantity, u"0"_s);

    const ParsedOffer *noTitle = p.offer(u"17"_s);
    QVERIFY(noTitle);
    QCOMPARE(noTitle->name, u"Товар 17"_s);
    QCOMPARE(noTitle->price, u"0.00"_s);
    QCOMPARE(noTitle->weight, u"0.001"_s);
    const ParsedOffer *negative = p.offer(u"18"_s);
    QVERIFY(negative);
    QCOMPARE(negative->quantity, u"0"_s); // remains -3
    QCOMPARE(negative->url, u"https://shop.example/catalog/18.html"_s);
    QCOMPARE(negative->pictures, QStringList { u"https://cdn.example/18.jpg"_s });
    QCOMPARE(negative->categoryIds, QStringList { u"6"_s });
    const ParsedOffer *extraOnly = p.offer(u"16"_s);
    QVERIFY(extraOnly);
    QCOMPARE(extraOnly->categoryIds, QStringList { u"3"_s }); // main category 5 deleted
    QCOMPARE(extraOnly->pictures, QStringList { u"https://shop.example/assets/16.png"_s });
    const ParsedCategory *clothes = p.category(u"3"_s);
    QVERIFY(clothes);
    QCOMPARE(clothes->name, u"Одежда & обувь <2>"_s);
    QCOMPARE(clothes->parentId, u"2"_s);
    QCOMPARE(p.category(u"20"_s)->name, u"Категория 20"_s);
}

void TestIcmlWriter::leftOut()
{
    auto db = sqliteShop(MiniShopGeneration::V3_0, true);
    QVERIFY(db);
    rd::IcmlWriter writer(*db, fixtureOptions(true));
    const QString out = m_dir + u"/leftout.xml"_s;
    auto summary = writer.write(out);
    QVERIFY2(summary, qPrintable(errorText(summary)));
    const ParsedIcml p = parse(readFile(out));
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QStringList categoryIds;
    for (const ParsedCategory &c : p.categories)
        categoryIds << c.id;
    QCOMPARE(categoryIds, (QStringList { u"2"_s, u"3"_s, u"6"_s, u"20"_s }));
    QVERIFY(!p.category(u"4"_s)); // unpublished
    QVERIFY(!p.category(u"5"_s)); // deleted
    QVERIFY(!p.category(u"1"_s)); // a page
    QVERIFY(!p.category(u"2"_s)->hasParent); // parent is a page
    QVERIFY(!p.category(u"6"_s)->hasParent); // parent unpublished
    QVERIFY(p.category(u"3"_s)->hasParent);
    for (const QString &id : { u"12"_s, u"13"_s, u"14"_s, u"15"_s, u"mod-10-8"_s, u"mod-10-21"_s, u"mod-10-22"_s })
        QVERIFY2(!p.offer(id), qPrintable(id));
    QCOMPARE(summary->skipped.count(rd::CatalogSkipReason::NoProductData), 1);
    QCOMPARE(summary->skipped.count(rd::CatalogSkipReason::NoPublishedCategory), 1);
    QCOMPARE(summary->skipped.count(rd::CatalogSkipReason::InactiveModification), 1);
    QCOMPARE(summary->skipped.count(rd::CatalogSkipReason::BadModificationPrice), 1);
    QCOMPARE(summary->skipped.count(rd::CatalogSkipReason::NegativeModificationPrice), 1);
    const QJsonObject json = summary->toJson();
    QCOMPARE(json.value(u"skipped"_s).toObject().value(u"total"_s).toInteger(), 5);
    const QJsonArray reasons = json.value(u"skipped"_s).toObject().value(u"reasons"_s).toArray();
    QStringList examples;
    for (const QJsonValue &r : reasons)
        for (const QJsonValue &e : r.toObject().value(u"examples"_s).toArray())
            examples << e.toString();
    QVERIFY(examples.contains(u"14"_s));
    QVERIFY(examples.contains(u"15"_s));
    QVERIFY(examples.contains(u"mod-10-8"_s));
    QVERIFY(examples.contains(u"mod-10-21: price \"abc\""_s));
}

void TestIcmlWriter::modificationsOnOff()
{
    auto db = sqliteShop(MiniShopGeneration::V4_4, true);
    QVERIFY(db);
    for (const bool on : { false, true }) {
        rd::IcmlWriter writer(*db, fixtureOptions(on));
        const QString out = m_dir + u"/mods-%1.xml"_s.arg(on);
        auto summary = writer.write(out);
        QVERIFY2(summary, qPrintable(errorText(summary)));
        const ParsedIcml p = parse(readFile(out));
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QStringList mods;
        for (const QString &id : p.offerIds())
            if (id.startsWith(u"mod-"))
                mods << id;
        QCOMPARE(summary->modifications, on);
        if (!on) {
            QVERIFY(mods.isEmpty());
            continue;
        }
        QCOMPARE(mods, (QStringList { u"mod-10-7"_s, u"mod-10-9"_s, u"mod-10-23"_s, u"mod-10-24"_s, u"mod-11-25"_s }));
        QVERIFY(p.offer(u"10"_s)); // the base offer stays
        const ParsedOffer *m7 = p.offer(u"mod-10-7"_s);
        QCOMPARE(m7->productId, u"10"_s);
        QCOMPARE(m7->name, u"Рубашка <Классика> & \"Co\" 'x' - Красная L"_s);
        QCOMPARE(m7->productName, u"Рубашка <Классика> & \"Co\" 'x'"_s);
        QCOMPARE(m7->price, u"1600.00"_s);
        QCOMPARE(m7->quantity, u"3"_s);
        QCOMPARE(m7->param(u"article"_s), u"SH-1-R"_s);
        QCOMPARE(m7->weight, u"0.3"_s);
        QCOMPARE(m7->param(u"color"_s), u"Красный"_s); // the modification's option replaces the product's
        QCOMPARE(m7->param(u"material"_s), u"хлопок 🧵 \"100%\""_s); // the product's option stays
        QCOMPARE(m7->categoryIds, (QStringList { u"3"_s, u"6"_s }));
        QCOMPARE(m7->url, p.offer(u"10"_s)->url);
        const ParsedOffer *m9 = p.offer(u"mod-10-9"_s);
        QCOMPARE(m9->name, u"Рубашка <Классика> & \"Co\" 'x' - Синий & голубой, L"_s); // no name: option values
        QCOMPARE(m9->price, u"1600.50"_s);
        QCOMPARE(m9->param(u"article"_s), u"SH-1 & <2>"_s); // the product's article
        QCOMPARE(m9->weight, u"0.25"_s); // the product's weight
        QCOMPARE(m9->quantity, u"0"_s);
        QCOMPARE(p.offer(u"mod-10-23"_s)->price, u"150.05"_s);
        QCOMPARE(p.offer(u"mod-10-23"_s)->quantity, u"0"_s); // count -2
        QCOMPARE(p.offer(u"mod-10-24"_s)->price, u"1450.50"_s);
        QCOMPARE(p.offer(u"mod-11-25"_s)->price, u"99.00"_s);
        QCOMPARE(p.offer(u"mod-11-25"_s)->name, u"Эмодзи 🛒 товар - XL"_s);
    }
}

void TestIcmlWriter::modificationsWithoutTables()
{
    auto db = sqliteShop(MiniShopGeneration::V4_4, false);
    QVERIFY(db);
    rd::IcmlWriter writer(*db, fixtureOptions(true));
    auto summary = writer.write(m_dir + u"/no-msop.xml"_s);
    QVERIFY2(summary, qPrintable(errorText(summary)));
    QVERIFY(!summary->modifications);
    QCOMPARE(summary->modificationOffers, 0);
    QCOMPARE(summary->offers, 5);
    bool warned = false;
    for (const QString &w : summary->warnings)
        warned = warned || w.contains(u"msop_modifications"_s);
    QVERIFY2(warned, qPrintable(summary->warnings.join(u"; "_s)));
}

void TestIcmlWriter::gramsAndNoSiteUrl()
{
    auto db = sqliteShop(MiniShopGeneration::V4_4, false);
    QVERIFY(db);
    rd::CatalogOptions o = fixtureOptions(false);
    o.weightUnit = rd::ShopSettings::WeightUnit::Gram;
    o.siteUrl = QUrl();
    rd::IcmlWriter writer(*db, o);
    const QString out = m_dir + u"/grams.xml"_s;
    auto summary = writer.write(out);
    QVERIFY2(summary, qPrintable(errorText(summary)));
    const ParsedIcml p = parse(readFile(out));
    QCOMPARE(p.offer(u"10"_s)->weight, u"0.00025"_s);
    QCOMPARE(p.offer(u"16"_s)->weight, u"0.0015"_s);
    QVERIFY(p.offer(u"10"_s)->url.isEmpty());
    QVERIFY(p.offer(u"10"_s)->pictures.isEmpty());
    QCOMPARE(p.offer(u"18"_s)->pictures, QStringList { u"https://cdn.example/18.jpg"_s }); // absolute stays
    bool warned = false;
    for (const QString &w : summary->warnings)
        warned = warned || w.contains(u"site_url"_s);
    QVERIFY(warned);
}

void TestIcmlWriter::shopNameFallbacks()
{
    auto db = sqliteShop(MiniShopGeneration::V2_9, false, u"names.sqlite"_s);
    QVERIFY(db);
    rd::CatalogOptions o = fixtureOptions(false);
    o.shopName = u"Свой <магазин>"_s;
    o.company = u"ООО \"Ромашка\""_s;
    {
        rd::IcmlWriter writer(*db, o);
        QVERIFY(writer.write(m_dir + u"/names.xml"_s));
        const ParsedIcml p = parse(readFile(m_dir + u"/names.xml"_s));
        QCOMPARE(p.shopName, o.shopName);
        QCOMPARE(p.company, o.company);
    }
    // Without site_name in the shop: the CRM site code.
    auto conn = db->connection();
    QVERIFY(conn);
    QSqlQuery q(*conn);
    QVERIFY(q.exec(u"DELETE FROM modx_system_settings WHERE `key` = 'site_name'"_s));
    o.shopName.clear();
    o.company.clear();
    rd::IcmlWriter writer(*db, o);
    QVERIFY(writer.write(m_dir + u"/names2.xml"_s));
    const ParsedIcml p = parse(readFile(m_dir + u"/names2.xml"_s));
    QCOMPARE(p.shopName, u"demo-shop"_s);
    QCOMPARE(p.company, u"demo-shop"_s);
}

void TestIcmlWriter::cancelKeepsTarget_data()
{
    QTest::addColumn<bool>("existing");
    QTest::newRow("target exists") << true;
    QTest::newRow("target absent") << false;
}

void TestIcmlWriter::cancelKeepsTarget()
{
    QFETCH(bool, existing);
    auto db = sqliteShop(MiniShopGeneration::V4_4, true);
    QVERIFY(db);
    QTemporaryDir dir;
    const QString target = dir.path() + u"/catalog.xml"_s;
    if (existing) {
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("OLD");
    }
    rd::CatalogOptions o = fixtureOptions(true);
    o.pageSize = 1;
    rd::IcmlWriter writer(*db, o);
    std::atomic<bool> cancel = false;
    writer.setCancelFlag(&cancel);
    int calls = 0;
    QByteArray midwayTarget;
    writer.setProgress([&](qint64 done, qint64) {
        ++calls;
        if (done >= 2) {
            // Mid-way: the temporary file exists beside the target and has content.
            // Mid-way the target is still the old file (or absent): the new one is a temporary file
            // (unnamed on Linux, O_TMPFILE) until the rename.
            midwayTarget = QFile::exists(target) ? readFile(target) : QByteArray("absent");
            cancel = true;
        }
    });
    auto summary = writer.write(target);
    QVERIFY(!summary);
    QCOMPARE(summary.error().code, rd::ErrorCode::Cancelled);
    QVERIFY(calls >= 2);
    QCOMPARE(midwayTarget, existing ? QByteArray("OLD") : QByteArray("absent"));
    if (existing)
        QCOMPARE(readFile(target), QByteArray("OLD"));
    else
        QVERIFY(!QFile::exists(target));
    // No temporary file left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), existing ? QStringList { u"catalog.xml"_s } : QStringList());

    // The next run replaces the file whole.
    cancel = false;
    rd::IcmlWriter again(*db, o);
    auto ok = again.write(target);
    QVERIFY2(ok, qPrintable(errorText(ok)));
    QVERIFY(parse(readFile(target)).error.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { u"catalog.xml"_s });
}

void TestIcmlWriter::missingDirectory()
{
    auto db = sqliteShop(MiniShopGeneration::V4_4, false);
    QVERIFY(db);
    rd::IcmlWriter writer(*db, fixtureOptions(false));
    auto summary = writer.write(m_dir + u"/no/such/dir/catalog.xml"_s);
    QVERIFY(!summary);
    QCOMPARE(summary.error().code, rd::ErrorCode::Io);
    QVERIFY(summary.error().message.contains(u"does not exist"_s));
    auto empty = writer.write(QString());
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, rd::ErrorCode::Usage);
}

void TestIcmlWriter::writeToDevice()
{
    auto db = sqliteShop(MiniShopGeneration::V4_4, true);
    QVERIFY(db);
    rd::CatalogOptions o = fixtureOptions(true);
    o.generatedAt = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5));
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    rd::IcmlWriter writer(*db, o);
    auto summary = writer.write(&buffer);
    QVERIFY2(summary, qPrintable(errorText(summary)));
    QCOMPARE(summary->bytes, buffer.data().size());
    QVERIFY(buffer.data().contains(R"(<yml_catalog date="2025-01-02 03:04:05">)"));
    QString message;
    QVERIFY2(compareGolden(buffer.data(), goldenName(MiniShopGeneration::V4_4, true), &message), qPrintable(message));
}

void TestIcmlWriter::goldenMariaDb()
{
    if (!m_server.isRunning()) {
        if (rd::Status st = m_server.start(); !st)
            QFAIL(qPrintable(st.error().toString() + u"\n"_s + m_server.errorLog()));
    }
    rd::SchemaAddons addons;
    addons.msOptionsPrice = true;
    QString password;
    auto settings = rd::test::createMariaDbCatalogShop(m_server, u"catalog44"_s, MiniShopGeneration::V4_4, u"modx_"_s,
                                                       addons, &password);
    QVERIFY2(settings, qPrintable(errorText(settings)));
    auto db = rd::ShopDatabase::open(*settings, password);
    QVERIFY2(db, qPrintable(errorText(db)));
    for (const bool mods : { true, false }) {
        rd::IcmlWriter writer(**db, fixtureOptions(mods));
        const QString out = m_dir + u"/mariadb-%1.xml"_s.arg(mods);
        auto summary = writer.write(out);
        QVERIFY2(summary, qPrintable(errorText(summary)));
        QString message;
        QVERIFY2(compareGolden(readFile(out), goldenName(MiniShopGeneration::V4_4, mods), &message),
                 qPrintable(message));
        QCOMPARE(summary->droppedCharacters, mods ? 14 : 7);
    }
}

QTEST_GUILESS_MAIN(TestIcmlWriter)
#include "TestIcmlWriter.moc"
