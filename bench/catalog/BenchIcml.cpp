// bench_icml — the ICML export against a plain read of the same rows, and its peak memory.
//
//   bench_icml [--sizes 10000,100000,1000000] [--dir DIR] [--no-modifications] [--page-size N] [--threads N]
//
// --threads: the export's reader threads (CatalogOptions::readerThreads; default: the product's default).
//
// For each size N: a demo shop with N products (generateDemoShop, msOptionsPrice2 on, few customers and
// orders) is generated once into DIR/bench-icml-N.sqlite (kept for the next run), then
//   raw    — the rows the export needs, read by plain forward-only QSqlQuery SELECTs of the same
//            columns (products ⋈ ms2_products ⋈ vendors, options, extra categories, modifications and
//            their options), every value fetched into a QVariant, nothing else done;
//   export — IcmlWriter::write() to DIR/bench-icml-N.xml (modifications on unless --no-modifications);
// and prints both times, the ratio export/raw (goal ≤ 1.5) and the peak resident memory of the export
// (VmHWM, reset through /proc/self/clear_refs before it; goal ≤ 64 MiB whatever N).
// Each is run twice and the faster run kept (the first also warms the page cache). Build in Release.

#include "../BenchProcess.h"
#include "catalog/IcmlWriter.h"
#include "demo/DemoShopGenerator.h"
#include "shop/ShopDatabase.h"
#include "shop/SqliteTuning.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTextStream>
#include <cstdio>
#include <limits>
#include <memory>
#include <sys/resource.h>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using rd::bench::cpuSeconds;
using rd::bench::procStatusKb;
using rd::bench::resetPeak;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QString mib(qint64 kb)
{
    return QString::number(double(kb) / 1024.0, 'f', 1) + u" MiB"_s;
}

bool ensureShop(const QString &path, int products)
{
    if (QFileInfo::exists(path))
        return true;
    const QString tmp = path + u".part"_s;
    QFile::remove(tmp);
    const QString name = u"bench-gen"_s;
    rd::Status st;
    QElapsedTimer t;
    t.start();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(tmp);
        if (!db.open()) {
            out() << "cannot create " << tmp << ": " << db.lastError().text() << Qt::endl;
            return false;
        }
        rd::DemoShopOptions o;
        o.products = products;
        o.customers = 10;
        o.orders = 10;
        o.msOptionsPrice = true;
        o.msPromoCode = false;
        qint64 lastPrint = 0;
        st = rd::generateDemoShop(db, o, [&](qint64 done, qint64 total) {
            if (t.elapsed() - lastPrint > 5000) {
                lastPrint = t.elapsed();
                out() << "  generating: " << done << '/' << total << Qt::endl;
            }
            return true;
        });
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!st) {
        out() << "generating the shop failed: " << st.error().toString() << Qt::endl;
        return false;
    }
    QFile::rename(tmp, path);
    out() << "  generated " << products << " products in " << t.elapsed() / 1000.0 << " s" << Qt::endl;
    return true;
}

// Every row of `sql`, every column fetched; returns the number of rows (-1 on error).
qint64 scan(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        out() << "raw query failed: " << q.lastError().text() << Qt::endl;
        return -1;
    }
    const int columns = q.record().count();
    qint64 rows = 0;
    qint64 sink = 0;
    while (q.next()) {
        for (int c = 0; c < columns; ++c) {
            const QVariant v = q.value(c);
            sink += v.isNull() ? 0 : 1;
        }
        ++rows;
    }
    return sink >= 0 ? rows : -1;
}

struct Raw
{
    double seconds = 0;
    double cpu = 0;
    qint64 products = 0;
    qint64 other = 0;
};

Raw rawRead(QSqlDatabase &db, bool modifications)
{
    const QString p = u"modx_"_s;
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuSeconds();
    Raw r;
    r.products = scan(db,
                      u"SELECT c.`id`, c.`parent`, c.`pagetitle`, c.`longtitle`, c.`alias`, c.`uri`, c.`menuindex`, "
                      u"c.`context_key`, c.`createdon`, c.`editedon`, p.`id`, p.`article`, CAST(p.`price` AS TEXT), "
                      u"CAST(p.`old_price` AS TEXT), CAST(p.`weight` AS TEXT), p.`remains`, p.`reserved`, p.`image`, "
                      u"p.`thumb`, p.`vendor`, v.`name`, p.`made_in`, p.`new`, p.`popular`, p.`favorite`, p.`tags`, "
                      u"p.`color`, p.`size` FROM `%1site_content` c LEFT JOIN `%1ms2_products` p ON p.`id` = c.`id` "
                      u"LEFT JOIN `%1ms2_vendors` v ON v.`id` = p.`vendor` WHERE c.`class_key` = 'msProduct' AND "
                      u"c.`published` = 1 AND c.`deleted` = 0 ORDER BY c.`id`"_s.arg(p));
    r.other += scan(db, u"SELECT `product_id`, `key`, `value` FROM `%1ms2_product_options`"_s.arg(p));
    r.other += scan(db,
                    u"SELECT `product_id`, `category_id` FROM `%1ms2_product_categories` ORDER BY `product_id`, "
                    u"`category_id`"_s.arg(p));
    r.other += scan(db, u"SELECT `id`, `key`, `caption` FROM `%1ms2_options`"_s.arg(p));
    if (modifications) {
        r.other += scan(db,
                        u"SELECT m.`id`, m.`rid`, m.`name`, m.`type`, m.`price`, m.`old_price`, m.`article`, "
                        u"CAST(m.`weight` AS TEXT), m.`count`, m.`image`, m.`active`, m.`rank`, m.`description` "
                        u"FROM `%1msop_modifications` m ORDER BY m.`rid`, m.`rank`, m.`id`"_s.arg(p));
        r.other += scan(db,
                        u"SELECT `mid`, `key`, `value` FROM `%1msop_modification_options` ORDER BY `mid`, "
                        u"`key`"_s.arg(p));
    }
    r.seconds = double(t.nsecsElapsed()) / 1e9;
    r.cpu = cpuSeconds() - cpu0;
    return r;
}

// The same SELECTs the export runs, page by page (keyset page ends, then each table's rows for the page's
// product id range), every value fetched into a QVariant and nothing converted: the reading floor of
// the export's own access pattern, as bench_shop_readers compares its readers with the client running
// their SELECTs. (The scans above read the tables in storage order instead, which no streaming export
// can: it must bring each product's options, categories and modifications together.)
Raw rawPagedRead(QSqlDatabase &db, bool modifications, int pageSize)
{
    const QString p = u"modx_"_s;
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuSeconds();
    Raw r;
    const QString where = u" WHERE c.`class_key` = 'msProduct' AND c.`published` = 1 AND c.`deleted` = 0"_s;
    QSqlQuery end(db);
    end.setForwardOnly(true);
    end.prepare(u"SELECT c.`id` FROM `%1site_content` c"_s.arg(p) + where
                + u" AND c.`id` > ? ORDER BY c.`id` LIMIT 1 OFFSET "_s + QString::number(pageSize - 1));
    QStringList ranged {
        u"SELECT c.`id`, c.`parent`, c.`pagetitle`, c.`longtitle`, c.`uri`, p.`id`, p.`article`, CAST(p.`price` AS "
        u"TEXT), "
        u"CAST(p.`weight` AS TEXT), p.`remains`, p.`image`, v.`name`, p.`tags`, p.`color`, p.`size` FROM "
        u"`%1site_content` c "
        u"LEFT JOIN `%1ms2_products` p ON p.`id` = c.`id` LEFT JOIN `%1ms2_vendors` v ON v.`id` = p.`vendor`"_s.arg(p)
            + where + u" AND c.`id` > ? AND c.`id` <= ? ORDER BY c.`id`"_s,
        u"SELECT `product_id`, `key`, `value` FROM `%1ms2_product_options` WHERE `product_id` > ? AND `product_id` <= ?"_s
            .arg(p),
        u"SELECT `product_id`, `category_id` FROM `%1ms2_product_categories` WHERE `product_id` > ? AND `product_id` "
        u"<= ? "
        u"ORDER BY `product_id`, `category_id`"_s.arg(p),
    };
    if (modifications) {
        ranged << u"SELECT m.`id`, m.`rid`, m.`name`, m.`type`, m.`price`, m.`article`, CAST(m.`weight` AS TEXT), "
                  u"m.`count`, "
                  u"m.`active`, m.`rank` FROM `%1msop_modifications` m WHERE m.`rid` > ? AND m.`rid` <= ? "
                  u"ORDER BY m.`rid`, m.`rank`, m.`id`"_s.arg(p)
               << u"SELECT `mid`, `key`, `value` FROM `%1msop_modification_options` WHERE `rid` > ? AND `rid` <= ? "
                  u"ORDER BY `mid`, `key`"_s.arg(p);
    }
    std::vector<std::unique_ptr<QSqlQuery>> queries;
    for (const QString &sql : std::as_const(ranged)) {
        queries.push_back(std::make_unique<QSqlQuery>(db));
        queries.back()->setForwardOnly(true);
        if (!queries.back()->prepare(sql))
            out() << "raw query failed: " << queries.back()->lastError().text() << Qt::endl;
    }
    r.other += scan(db, u"SELECT `id`, `key`, `caption` FROM `%1ms2_options`"_s.arg(p));
    qint64 sink = 0;
    int after = 0;
    for (bool last = false; !last;) {
        end.addBindValue(after);
        if (!end.exec()) {
            out() << "raw query failed: " << end.lastError().text() << Qt::endl;
            break;
        }
        int upTo = std::numeric_limits<int>::max();
        if (end.next())
            upTo = end.value(0).toInt();
        else
            last = true;
        end.finish();
        for (size_t i = 0; i < queries.size(); ++i) {
            QSqlQuery &q = *queries[i];
            q.addBindValue(after);
            q.addBindValue(upTo);
            if (!q.exec()) {
                out() << "raw query failed: " << q.lastError().text() << Qt::endl;
                return r;
            }
            const int columns = q.record().count();
            while (q.next()) {
                for (int c = 0; c < columns; ++c)
                    sink += q.value(c).isNull() ? 0 : 1;
                (i == 0 ? r.products : r.other) += 1;
            }
            q.finish();
        }
        after = upTo;
    }
    r.seconds = double(t.nsecsElapsed()) / 1e9;
    r.cpu = cpuSeconds() - cpu0;
    if (sink < 0)
        r.products = -1;
    return r;
}

int measure(const QString &dir, int n, bool modifications, int pageSize, int threads)
{
    const QString shopPath = dir + u"/bench-icml-%1.sqlite"_s.arg(n);
    rd::ShopSettings settings;
    settings.driver = rd::ShopSettings::Driver::Sqlite;
    settings.path = shopPath;
    settings.prefix = u"modx_"_s;
    auto shop = rd::ShopDatabase::open(settings);
    if (!shop) {
        out() << shop.error().toString() << Qt::endl;
        return 1;
    }
    const qint64 baseline = procStatusKb("VmRSS");
    Raw raw; // table scans
    Raw paged; // the export's own SELECTs
    {
        auto conn = (*shop)->connection();
        if (!conn) {
            out() << conn.error().toString() << Qt::endl;
            return 1;
        }
        for (int round = 0; round < 2; ++round) {
            const Raw r = rawRead(*conn, modifications);
            if (round == 0 || r.seconds < raw.seconds)
                raw = r;
            const Raw pr = rawPagedRead(*conn, modifications, pageSize);
            if (round == 0 || pr.seconds < paged.seconds)
                paged = pr;
        }
    }
    rd::CatalogOptions options;
    options.siteUrl = QUrl(u"https://shop.example"_s);
    options.modifications = modifications;
    options.siteCode = u"bench"_s;
    options.pageSize = pageSize;
    options.readerThreads = threads;
    const QString xmlPath = dir + u"/bench-icml-%1.xml"_s.arg(n);
    double best = 0;
    double bestCpu = 0;
    qint64 peak = 0;
    rd::IcmlSummary summary;
    for (int round = 0; round < 2; ++round) {
        resetPeak();
        rd::IcmlWriter writer(**shop, options);
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuSeconds();
        auto s = writer.write(xmlPath);
        const double seconds = double(t.nsecsElapsed()) / 1e9;
        const double cpu = cpuSeconds() - cpu0;
        if (!s) {
            out() << "export failed: " << s.error().toString() << Qt::endl;
            return 1;
        }
        peak = qMax(peak, procStatusKb("VmHWM"));
        if (round == 0 || seconds < best) {
            best = seconds;
            bestCpu = cpu;
            summary = *s;
        }
    }
    const double ratio = paged.seconds > 0 ? best / paged.seconds : 0;
    const double scanRatio = raw.seconds > 0 ? best / raw.seconds : 0;
    out() << QString(u"%1 %2 %3 %4 %5 %6 %7 %8"_s)
                 .arg(n, 9)
                 .arg(summary.offers, 9)
                 .arg(paged.seconds, 8, 'f', 2)
                 .arg(best, 9, 'f', 2)
                 .arg(ratio, 6, 'f', 2)
                 .arg(qint64(double(summary.offers) / best), 9)
                 .arg(mib(summary.bytes / 1024), 10)
                 .arg(mib(peak), 13)
          << Qt::endl;
    out() << "          (table scans instead of the export's SELECTs: " << QString::number(raw.seconds, 'f', 2)
          << " s, export/scans " << QString::number(scanRatio, 'f', 2) << "x; paged raw rows: " << paged.products
          << " products + " << paged.other << ")" << Qt::endl;
    out() << "          (CPU: raw " << QString::number(paged.cpu, 'f', 2) << " s, export "
          << QString::number(bestCpu, 'f', 2)
          << " s = " << QString::number(paged.cpu > 0 ? bestCpu / paged.cpu : 0, 'f', 2) << "x; " << threads
          << " reader thread(s); raw rows: " << raw.products << " products + " << raw.other
          << " option/category/modification rows; skipped " << summary.skipped.total() << "; RSS before "
          << mib(baseline) << ")" << Qt::endl;
    (*shop)->closeConnection();
    return (ratio > 1.5 ? 4 : 0) | (peak > 64 * 1024 ? 8 : 0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    rd::tuneSqliteOnce(); // as the product does before its first SQLite connection
    QList<int> sizes { 10000, 100000, 1000000 };
    QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation) + u"/retaildesk-bench"_s;
    bool modifications = true;
    int pageSize = 1000;
    int measureSize = 0;
    int threads = rd::CatalogOptions {}.readerThreads; // what the product uses unless told otherwise
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--sizes" && i + 1 < args.size()) {
            sizes.clear();
            for (const QString &s : args[++i].split(u',', Qt::SkipEmptyParts))
                sizes << s.toInt();
        } else if (args[i] == u"--dir" && i + 1 < args.size()) {
            dir = args[++i];
        } else if (args[i] == u"--no-modifications") {
            modifications = false;
        } else if (args[i] == u"--page-size" && i + 1 < args.size()) {
            pageSize = args[++i].toInt();
        } else if (args[i] == u"--threads" && i + 1 < args.size()) {
            threads = args[++i].toInt();
        } else if (args[i] == u"--measure" && i + 1 < args.size()) {
            measureSize = args[++i].toInt(); // internal: one size, in a fresh process
        } else {
            out() << "usage: bench_icml [--sizes 10000,100000,1000000] [--dir DIR] [--no-modifications] "
                     "[--page-size N] [--threads N]"
                  << Qt::endl;
            return 2;
        }
    }
    if (measureSize > 0)
        return measure(dir, measureSize, modifications, pageSize, threads);

    QDir().mkpath(dir);
    out() << "bench_icml: modifications " << (modifications ? "on" : "off") << ", page size " << pageSize
          << ", shops in " << dir << Qt::endl;
    for (int n : sizes)
        if (!ensureShop(dir + u"/bench-icml-%1.sqlite"_s.arg(n), n))
            return 1;
    out() << QString(u"%1 %2 %3 %4 %5 %6 %7 %8"_s)
                 .arg(u"products"_s, 9)
                 .arg(u"offers"_s, 9)
                 .arg(u"raw s"_s, 8)
                 .arg(u"export s"_s, 9)
                 .arg(u"ratio"_s, 6)
                 .arg(u"offers/s"_s, 9)
                 .arg(u"file"_s, 10)
                 .arg(u"VmHWM export"_s, 13)
          << Qt::endl;
    int missed = 0;
    for (int n : sizes) {
        // Each size in a fresh process, so that VmHWM is the export's alone (no generator or earlier run).
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        QStringList childArgs { u"--measure"_s,   QString::number(n),        u"--dir"_s,     dir,
                                u"--page-size"_s, QString::number(pageSize), u"--threads"_s, QString::number(threads) };
        if (!modifications)
            childArgs << u"--no-modifications"_s;
        child.start(QCoreApplication::applicationFilePath(), childArgs);
        if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || (child.exitCode() & 3)) {
            out() << "the measurement of " << n << " failed" << Qt::endl;
            return 1;
        }
        missed |= child.exitCode();
    }
    out() << ((missed & 4) ? "ratio goal (<= 1.5) missed; " : "ratio goal (<= 1.5) met; ")
          << ((missed & 8) ? "memory goal (<= 64 MiB) missed" : "memory goal (<= 64 MiB) met") << Qt::endl;
    return 0;
}
