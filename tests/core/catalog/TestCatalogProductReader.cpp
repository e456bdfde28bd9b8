// CatalogProductReader returns what ShopProductReader returns for the fields the catalog uses, on the
// fixture shops and on a generated demo shop (SQLite), whatever the page size and resume point.
#include "CatalogFixture.h"
#include "catalog/CatalogProductPrefetcher.h"
#include "catalog/CatalogProductReader.h"
#include "demo/DemoShopGenerator.h"
#include "shop/ShopDatabase.h"
#include "shop/ShopProductReader.h"

#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rd::MiniShopGeneration;

namespace {

// The catalog's view of a product, as text.
QString dump(const rd::ShopProduct &p)
{
    QStringList parts { QString::number(p.id),
                        QString::number(p.parent),
                        p.pagetitle,
                        p.longtitle,
                        p.uri,
                        p.hasData ? u"data"_s : u"no data"_s,
                        p.article,
                        p.price.toString(),
                        p.weight.toString(),
                        p.remains ? QString::number(*p.remains) : u"-"_s,
                        p.image,
                        p.vendorName };
    QStringList keys;
    for (const rd::ShopProductOption &o : p.options) {
        parts << u"opt "_s + o.key + u'=' + o.values.join(u'|');
        keys << o.key;
    }
    // The built-in arrays count only where the options lack the key (CatalogOfferBuilder's rule).
    if (!keys.contains(u"color"_s))
        parts << u"colors="_s + p.colors.join(u'|');
    if (!keys.contains(u"size"_s))
        parts << u"sizes="_s + p.sizes.join(u'|');
    if (!keys.contains(u"tags"_s))
        parts << u"tags="_s + p.tags.join(u'|');
    QStringList cats;
    for (int c : p.extraCategories)
        cats << QString::number(c);
    parts << u"cats="_s + cats.join(u',');
    for (const rd::ShopModification &m : p.modifications) {
        QString s = u"mod %1 %2 %3 %4 %5 %6 %7 %8 %9"_s.arg(m.id)
                        .arg(m.productId)
                        .arg(m.name, QString::number(m.type), m.price, m.article, m.weight.toString())
                        .arg(m.count)
                        .arg(m.active);
        for (const rd::ShopKeyValue &kv : m.options)
            s += u' ' + kv.key + u'=' + kv.value;
        parts << s;
    }
    return parts.join(u';');
}

QStringList readShop(rd::ShopDatabase &db, bool mods, int afterId, QString *error)
{
    rd::ShopReadFilter f;
    f.afterId = afterId;
    rd::ShopProductReader reader(db, f, mods);
    QStringList out;
    while (!reader.atEnd()) {
        auto page = reader.nextPage();
        if (!page) {
            *error = page.error().toString();
            return out;
        }
        for (const rd::ShopProduct &p : *page)
            out << dump(p);
    }
    return out;
}

QStringList readCatalog(rd::ShopDatabase &db, bool mods, int afterId, int pageSize, QString *error, int *pages)
{
    auto info = db.ensureInfo();
    if (!info) {
        *error = info.error().toString();
        return {};
    }
    rd::CatalogProductReader reader(db, *info, afterId, pageSize, mods);
    QStringList out;
    *pages = 0;
    while (!reader.atEnd()) {
        auto page = reader.nextPage();
        if (!page) {
            *error = page.error().toString();
            return out;
        }
        if (!page->isEmpty())
            ++*pages;
        for (const rd::ShopProduct &p : *page)
            out << dump(p);
    }
    return out;
}

QStringList readPrefetched(rd::ShopDatabase &db, bool mods, int afterId, int pageSize, int workers, QString *error,
                           int *pages)
{
    auto info = db.ensureInfo();
    if (!info) {
        *error = info.error().toString();
        return {};
    }
    rd::CatalogProductPrefetcher reader(db, *info, afterId, pageSize, mods, workers, 3);
    QStringList out;
    *pages = 0;
    while (!reader.atEnd()) {
        auto page = reader.nextPage();
        if (!page) {
            *error = page.error().toString();
            return out;
        }
        if (!page->products.isEmpty())
            ++*pages;
        for (const rd::ShopProduct &p : page->products)
            out << dump(p);
    }
    return out;
}

} // namespace

class TestCatalogProductReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameAsShopReader_data();
    void sameAsShopReader();
    void prefetcherStopsEarly();

private:
    QTemporaryDir m_tmp;
    QString m_demoPath;
};

void TestCatalogProductReader::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_demoPath = m_tmp.path() + u"/demo.sqlite"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"demo-gen"_s);
        db.setDatabaseName(m_demoPath);
        QVERIFY(db.open());
        rd::DemoShopOptions o;
        o.products = 700;
        o.customers = 5;
        o.orders = 5;
        o.msOptionsPrice = true;
        const rd::Status st = rd::generateDemoShop(db, o);
        QVERIFY2(st, qPrintable(st ? QString() : st.error().toString()));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"demo-gen"_s);
}

void TestCatalogProductReader::sameAsShopReader_data()
{
    QTest::addColumn<QString>("shop"); // "demo" or a fixture generation
    QTest::addColumn<bool>("mods");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("afterId");
    QTest::newRow("demo, page 1000") << u"demo"_s << true << 1000 << 0;
    QTest::newRow("demo, page 97") << u"demo"_s << true << 97 << 0;
    QTest::newRow("demo, page 1") << u"demo"_s << true << 1 << 0;
    QTest::newRow("demo, no mods") << u"demo"_s << false << 250 << 0;
    QTest::newRow("demo, resumed") << u"demo"_s << true << 100 << 300;
    QTest::newRow("fixture 2.9") << u"2.9"_s << true << 2 << 0;
    QTest::newRow("fixture 3.0") << u"3.0"_s << true << 3 << 0;
    QTest::newRow("fixture 4.4") << u"4.4"_s << true << 4 << 0;
    QTest::newRow("fixture 4.4 resumed") << u"4.4"_s << true << 1 << 10;
}

void TestCatalogProductReader::sameAsShopReader()
{
    QFETCH(QString, shop);
    QFETCH(bool, mods);
    QFETCH(int, pageSize);
    QFETCH(int, afterId);
    rd::ShopSettings settings;
    if (shop == u"demo") {
        settings.driver = rd::ShopSettings::Driver::Sqlite;
        settings.path = m_demoPath;
    } else {
        rd::SchemaAddons addons;
        addons.msOptionsPrice = true;
        auto s = rd::test::createSqliteCatalogShop(m_tmp.path() + u"/fixture-"_s + shop + u".sqlite"_s,
                                                   *rd::parseMiniShopGeneration(shop), u"modx_"_s, addons);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        settings = *s;
    }
    auto db = rd::ShopDatabase::open(settings);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    QString error;
    const QStringList expected = readShop(**db, mods, afterId, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    int pages = 0;
    const QStringList actual = readCatalog(**db, mods, afterId, pageSize, &error, &pages);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (actual.at(i) == expected.at(i))
            continue;
        const QStringList a = actual.at(i).split(u';');
        const QStringList e = expected.at(i).split(u';');
        for (qsizetype k = 0; k < qMax(a.size(), e.size()); ++k)
            QVERIFY2(a.value(k) == e.value(k),
                     qPrintable(u"row %1 field %2: expected %3, got %4"_s.arg(i).arg(k).arg(e.value(k), a.value(k))));
    }
    QVERIFY(pages >= expected.size() / pageSize);

    // The same pages from the parallel prefetcher, with 1 to 3 workers.
    for (int workers = 1; workers <= 3; ++workers) {
        int prefetchedPages = 0;
        const QStringList prefetched = readPrefetched(**db, mods, afterId, pageSize, workers, &error, &prefetchedPages);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(prefetched, actual);
        QCOMPARE(prefetchedPages, pages);
    }
}

void TestCatalogProductReader::prefetcherStopsEarly()
{
    rd::ShopSettings settings;
    settings.driver = rd::ShopSettings::Driver::Sqlite;
    settings.path = m_demoPath;
    auto db = rd::ShopDatabase::open(settings);
    QVERIFY(db);
    auto info = (*db)->ensureInfo();
    QVERIFY(info);
    // Destroyed after one page of many: the workers stop and are joined.
    for (int i = 0; i < 5; ++i) {
        rd::CatalogProductPrefetcher reader(**db, *info, 0, 10, true, 2, 2);
        auto page = reader.nextPage();
        QVERIFY(page);
        QCOMPARE(page->products.size(), 10);
        QVERIFY(!reader.atEnd());
    }
    // An empty range: one empty page, then the end.
    rd::CatalogProductPrefetcher empty(**db, *info, 1000000, 10, true);
    auto page = empty.nextPage();
    QVERIFY(page);
    QVERIFY(page->products.isEmpty());
    QVERIFY(empty.atEnd());
}

QTEST_GUILESS_MAIN(TestCatalogProductReader)
#include "TestCatalogProductReader.moc"
