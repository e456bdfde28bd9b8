// bench_upload — a whole upload (customers, then orders) from a demo shop (SQLite) into the sandbox CRM
// through rd::UploadJob, as `retaildesk upload customers` + `upload orders` run it.
//
// Throughput mode (default): sandbox latency 1000 ms and rate_limit 10, 100,000 orders. The bound is
// rate × 50 orders per call = 500 orders/s; goal: the orders phase at >= 0.95 of it (>= 475/s).
// Memory mode (--memory): 1,000,000 orders with latency 0 and rate limit 100 (so that it ends in
// reasonable time), sandbox on a file; goal: peak RSS of this process (the client side) < 128 MiB.
//
//   bench_upload [--orders N] [--customers N] [--latency-ms N] [--rate-limit N] [--in-flight N]
//                [--dir DIR] [--memory] [--generate-only]
//
// The shop is generated once into DIR/bench-upload-N-C.sqlite (kept for the next run; after generating,
// the bench re-executes itself so that the generator's heap does not count). Peak RSS is the process's
// VmHWM, reset through /proc/self/clear_refs before the upload; the sandbox is a child process of its
// own and is not counted. The state journal is a fresh file per run.

#include "../BenchProcess.h"
#include "crm/CrmClient.h"
#include "crm/CrmDecode.h"
#include "demo/DemoShopGenerator.h"
#include "demo/SandboxProcess.h"
#include "sync/StateStore.h"
#include "sync/UploadJob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTextStream>
#include <sys/resource.h>
#include <unistd.h>

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

// CPU seconds (user + system) of another process, from /proc/PID/stat; -1 when unreadable.
double processCpuSeconds(qint64 pid)
{
    QFile f(u"/proc/%1/stat"_s.arg(pid));
    if (pid <= 0 || !f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = f.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks;
}

QString mib(qint64 kb)
{
    return QString::number(double(kb) / 1024.0, 'f', 1) + u" MiB"_s;
}

bool ensureShop(const QString &path, int orders, int customers)
{
    if (QFileInfo::exists(path))
        return true;
    const QString tmp = path + u".part"_s;
    QFile::remove(tmp);
    const QString name = u"bench-upload-gen"_s;
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
        o.products = 2000;
        o.customers = customers;
        o.orders = orders;
        o.seed = 7;
        qint64 lastPrint = 0;
        st = rd::generateDemoShop(db, o, [&](qint64 done, qint64 total) {
            if (t.elapsed() - lastPrint > 10000) {
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
    out() << "  generated " << orders << " orders, " << customers << " customers in " << t.elapsed() / 1000.0 << " s"
          << Qt::endl;
    return true;
}

struct Phase
{
    rd::UploadSummary summary;
    double seconds = 0;
    double cpu = 0;
    double sandboxCpu = 0; // CPU seconds the sandbox CRM spent meanwhile
    double steadyRate = 0; // rows/s between 10 % and 90 % of the rows done
    qint64 peakKb = 0;
};

Phase runPhase(const rd::JobEnvironment &env, rd::EntityKind kind, int inFlight, qint64 sandboxPid)
{
    rd::UploadOptions o;
    o.kind = kind;
    o.maxBatchesInFlight = inFlight;
    auto *job = new rd::UploadJob(env, o);
    Phase p;
    QElapsedTimer clock;
    qint64 lastPrint = 0;
    qint64 t10 = -1;
    qint64 t90 = -1;
    qint64 d10 = 0;
    qint64 d90 = 0;
    QObject::connect(job, &rd::Job::progress, job, [&](qint64 done, qint64 total, double rate, double eta) {
        const qint64 now = clock.elapsed();
        if (total > 0) {
            if (t10 < 0 && done >= total / 10) {
                t10 = now;
                d10 = done;
            }
            if (t90 < 0 && done >= total * 9 / 10) {
                t90 = now;
                d90 = done;
            }
        }
        if (now - lastPrint >= 10000) {
            lastPrint = now;
            p.peakKb = qMax(p.peakKb, procStatusKb("VmHWM"));
            QTextStream(stderr) << "  " << rd::entityKindPlural(kind) << ": " << done << '/' << total << ", "
                                << qRound(rate) << "/s, ETA " << qRound(eta) << " s, RSS " << mib(procStatusKb("VmRSS"))
                                << Qt::endl;
        }
    });
    const double cpu0 = cpuSeconds();
    const double sandboxCpu0 = processCpuSeconds(sandboxPid);
    clock.start();
    job->start();
    job->waitForFinished(-1);
    p.seconds = double(clock.nsecsElapsed()) / 1e9;
    p.cpu = cpuSeconds() - cpu0;
    p.sandboxCpu = processCpuSeconds(sandboxPid) - sandboxCpu0;
    p.summary = job->summary();
    p.peakKb = qMax(p.peakKb, procStatusKb("VmHWM"));
    if (t10 >= 0 && t90 > t10)
        p.steadyRate = double(d90 - d10) * 1000.0 / double(t90 - t10);
    delete job;
    return p;
}

// pagination.totalCount of GET orders|customers (what the CRM holds).
qint64 crmCount(const rd::CrmConfig &config, rd::EntityKind kind)
{
    rd::CrmClient client(config);
    rd::CrmReply *reply = kind == rd::EntityKind::Order ? client.ordersList({}, 20) : client.customersList({}, 20);
    QEventLoop loop;
    qint64 count = -1;
    QObject::connect(reply, &rd::CrmReply::finished, &loop, [&] {
        const auto page
            = rd::CrmDecode::page(reply->result(), kind == rd::EntityKind::Order ? u"orders"_s : u"customers"_s);
        count = page ? page->pagination.totalCount : -1;
        loop.quit();
    });
    loop.exec();
    return count;
}

QString perSecond(double v)
{
    return QString::number(v, 'f', 1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Upload throughput and memory against the sandbox CRM."_s);
    parser.addHelpOption();
    const QCommandLineOption memoryOpt(
        u"memory"_s,
        u"Memory mode: 1,000,000 orders, latency 0, rate limit 100, the most a profile allows (unless given)."_s);
    const QCommandLineOption ordersOpt(u"orders"_s, u"Orders in the demo shop (100000; --memory 1000000)."_s, u"N"_s);
    const QCommandLineOption customersOpt(u"customers"_s, u"Customers in the demo shop (orders / 5)."_s, u"N"_s);
    const QCommandLineOption latencyOpt(u"latency-ms"_s, u"Sandbox answer latency (1000; --memory 0)."_s, u"MS"_s);
    const QCommandLineOption rateOpt(u"rate-limit"_s,
                                     u"Sandbox and profile rate limit, req/s, 1..100 (10; --memory 100)."_s, u"N"_s);
    const QCommandLineOption inFlightOpt(u"in-flight"_s, u"Upload calls outstanding (0 = the job's default)."_s, u"N"_s,
                                         u"0"_s);
    const QCommandLineOption dirOpt(u"dir"_s,
                                    u"Where the shop and the sandbox DB live (/tmp/retaildesk-bench-upload)."_s,
                                    u"DIR"_s, u"/tmp/retaildesk-bench-upload"_s);
    const QCommandLineOption generateOnlyOpt(u"generate-only"_s, u"Only create the demo shop (when missing)."_s);
    parser.addOptions(
        { memoryOpt, ordersOpt, customersOpt, latencyOpt, rateOpt, inFlightOpt, dirOpt, generateOnlyOpt });
    parser.process(app);

    const bool memory = parser.isSet(memoryOpt);
    const int orders = parser.isSet(ordersOpt) ? parser.value(ordersOpt).toInt() : (memory ? 1000000 : 100000);
    const int customers = parser.isSet(customersOpt) ? parser.value(customersOpt).toInt() : qMax(100, orders / 5);
    const int latencyMs = parser.isSet(latencyOpt) ? parser.value(latencyOpt).toInt() : (memory ? 0 : 1000);
    const int rate = parser.isSet(rateOpt) ? parser.value(rateOpt).toInt() : (memory ? 100 : 10);
    const int inFlight = parser.value(inFlightOpt).toInt();
    const QString dir = parser.value(dirOpt);
    if (orders <= 0 || customers <= 0 || rate <= 0 || rate > 100 || latencyMs < 0 || !QDir().mkpath(dir)) {
        out() << "bad arguments" << Qt::endl;
        return 2;
    }

    const QString shopPath = dir + u"/bench-upload-%1-%2.sqlite"_s.arg(orders).arg(customers);
    if (!QFileInfo::exists(shopPath)) {
        if (!ensureShop(shopPath, orders, customers))
            return 1;
        if (parser.isSet(generateOnlyOpt))
            return 0;
        // Generating leaves a big heap behind (SQLite caches, freed but not returned): start afresh so that
        // the RSS figures are the upload's alone.
        out().flush();
        execv("/proc/self/exe", argv);
        out() << "execv failed; RSS figures include the shop generation" << Qt::endl;
    }
    if (parser.isSet(generateOnlyOpt))
        return 0;

    QTemporaryDir work(dir + u"/run-XXXXXX"_s);
    rd::SandboxProcess sandbox;
    rd::SandboxOptions so;
    so.apiKey = u"bench-upload-key-0123456789"_s;
    so.rateLimit = rate;
    so.latencyMs = latencyMs;
    // In memory ≈ 3 KB per order: big runs keep the CRM's data in a file.
    if (orders > 200000)
        so.dbPath = work.filePath(u"sandbox.sqlite"_s);
    const rd::Result<QUrl> url = sandbox.start(so);
    if (!url) {
        out() << "sandbox: " << url.error().toString() << Qt::endl;
        return 1;
    }

    rd::Profile profile;
    profile.crm.url = *url;
    profile.crm.site = u"demo-shop"_s;
    profile.crm.rateLimit = rate;
    profile.shop.driver = rd::ShopSettings::Driver::Sqlite;
    profile.shop.path = shopPath;
    profile.shop.prefix = u"modx_"_s;
    profile.shop.siteUrl = QUrl(u"https://demo-shop.example"_s);
    profile.sync.statuses = { 1, 2, 3, 4, 5 };
    profile.sync.msOptionsPrice = true;

    rd::JobEnvironment env;
    env.profile = profile;
    env.apiKey = so.apiKey;
    env.statePath = work.filePath(u"state.sqlite"_s);

    const qint64 rssBefore = procStatusKb("VmRSS");
    resetPeak();
    out() << "bench_upload: " << orders << " orders, " << customers << " customers; sandbox latency " << latencyMs
          << " ms, rate limit " << rate << " req/s; bound " << rate * 50 << " rows/s" << Qt::endl;

    const Phase c = runPhase(env, rd::EntityKind::Customer, inFlight, sandbox.processId());
    const Phase o = runPhase(env, rd::EntityKind::Order, inFlight, sandbox.processId());

    const auto stats = sandbox.stats();
    auto crmConfig = rd::CrmConfig::fromProfile(profile, so.apiKey);
    const qint64 crmOrders = crmConfig ? crmCount(*crmConfig, rd::EntityKind::Order) : -1;
    const qint64 crmCustomers = crmConfig ? crmCount(*crmConfig, rd::EntityKind::Customer) : -1;

    const double bound = rate * 50.0;
    out() << Qt::endl;
    out() << "| phase | rows read | sent | skipped | failed | calls | wall (s) | CPU (s) | sandbox CPU (s) | rows/s | "
             "steady rows/s | rows/s ÷ bound | peak RSS |"
          << Qt::endl;
    out() << "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|" << Qt::endl;
    auto row = [&](const QString &name, const Phase &p) {
        const double r = p.summary.read / p.seconds;
        out() << "| " << name << " | " << p.summary.read << " | " << p.summary.sent << " | " << p.summary.skipped
              << " | " << p.summary.failed << " | " << p.summary.requests << " | " << QString::number(p.seconds, 'f', 1)
              << " | " << QString::number(p.cpu, 'f', 1) << " | " << QString::number(p.sandboxCpu, 'f', 1) << " | "
              << perSecond(r) << " | " << perSecond(p.steadyRate) << " | " << QString::number(r / bound, 'f', 3)
              << " | " << mib(p.peakKb) << " |" << Qt::endl;
    };
    row(u"customers"_s, c);
    row(u"orders"_s, o);
    const double totalSeconds = c.seconds + o.seconds;
    const qint64 totalRows = c.summary.read + o.summary.read;
    out() << "| total | " << totalRows << " | " << c.summary.sent + o.summary.sent << " | "
          << c.summary.skipped + o.summary.skipped << " | " << c.summary.failed + o.summary.failed << " | "
          << c.summary.requests + o.summary.requests << " | " << QString::number(totalSeconds, 'f', 1) << " | "
          << QString::number(c.cpu + o.cpu, 'f', 1) << " | " << QString::number(c.sandboxCpu + o.sandboxCpu, 'f', 1)
          << " | " << perSecond(totalRows / totalSeconds) << " | | "
          << QString::number(totalRows / totalSeconds / bound, 'f', 3) << " | " << mib(qMax(c.peakKb, o.peakKb)) << " |"
          << Qt::endl;
    out() << Qt::endl;
    for (const Phase *p : { &c, &o }) {
        if (p->summary.error)
            out() << "ERROR: " << p->summary.error->toString() << Qt::endl;
        for (auto it = p->summary.skipReasons.cbegin(); it != p->summary.skipReasons.cend(); ++it)
            out() << "skipped (" << rd::entityKindPlural(p->summary.kind) << "): " << it.value() << " × " << it.key()
                  << Qt::endl;
        for (int i = 0; i < qMin<qsizetype>(5, p->summary.failures.size()); ++i)
            out() << "failed: " << p->summary.failures.at(i).externalId << ": " << p->summary.failures.at(i).reason
                  << Qt::endl;
    }
    out() << "customers created for orders: " << o.summary.customersCreated << Qt::endl;
    out() << "CRM holds " << crmOrders << " orders, " << crmCustomers << " customers" << Qt::endl;
    if (stats) {
        out() << "sandbox: " << stats->value(u"apiRequests"_s).toInteger() << " API requests, "
              << stats->value(u"rateLimited503"_s).toInteger() << " answered 503 for the rate limit, max in flight "
              << stats->value(u"maxInFlight"_s).toInteger() << Qt::endl;
    }
    out() << "RSS before the upload " << mib(rssBefore) << ", peak during it (VmHWM) " << mib(qMax(c.peakKb, o.peakKb))
          << Qt::endl;
    out() << "orders phase: " << perSecond(o.summary.read / o.seconds)
          << " orders/s = " << QString::number(o.summary.read / o.seconds / bound, 'f', 3) << " of the bound " << bound
          << " (goal >= 0.95)" << Qt::endl;
    const bool ok = !c.summary.error && !o.summary.error && c.summary.failed + o.summary.failed == 0;
    return ok ? 0 : 1;
}
