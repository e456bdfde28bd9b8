// CRM client throughput: starts the sandbox CRM with a given answer latency and rate limit, sends
// N requests through one CrmClient configured with the same limit, and prints the requests per
// second achieved against the limit. Goal: >= 0.95 of the limit, and no 503 from the sandbox.
//
//   bench_crm_throughput [--rates 5,10,20] [--requests 200] [--latency-ms 1000] [--max-in-flight N]
//                        [--fault-503 P] [--fault-reset P]

#include "crm/CrmClient.h"
#include "demo/SandboxProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

struct RunResult
{
    int ok = 0;
    int failed = 0;
    qint64 wallMs = 0;
    qint64 firstDoneMs = 0;
    qint64 lastDoneMs = 0;
    qint64 sandbox503 = 0;
    qint64 injected503 = 0;
    qint64 resets = 0;
    qint64 serverMaxInFlight = 0;
    qint64 apiRequests = 0;
};

rd::Result<RunResult> runOnce(double rate, int requests, int latencyMs, int maxInFlight, double fault503,
                              double faultReset)
{
    rd::SandboxProcess sandbox;
    rd::SandboxOptions options;
    options.apiKey = u"bench-key"_s;
    options.seed = u"demo"_s;
    options.rateLimit = static_cast<int>(rate);
    options.latencyMs = latencyMs;
    options.fault503 = fault503;
    options.faultReset = faultReset;
    const rd::Result<QUrl> url = sandbox.start(options);
    if (!url)
        return url.error();

    rd::CrmConfig config;
    config.baseUrl = *url;
    config.apiKey = options.apiKey;
    config.site = options.site;
    config.rateLimit = rate;
    config.maxInFlight = maxInFlight > 0 ? maxInFlight : qMax(16, static_cast<int>(2 * rate)); // as fromProfile()
    config.timeoutMs = latencyMs + 10000;
    config.maxRetries = 8;
    if (const rd::Status valid = config.validate(); !valid)
        return valid.error();

    rd::CrmClient client(config);
    RunResult out;
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    int done = 0;
    for (int i = 0; i < requests; ++i) {
        rd::CrmReply *reply = (i % 2) ? client.statuses() : client.deliveryTypes();
        QObject::connect(reply, &rd::CrmReply::finished, &loop, [&, reply] {
            const qint64 now = clock.elapsed();
            if (done == 0)
                out.firstDoneMs = now;
            out.lastDoneMs = now;
            if (reply->result())
                ++out.ok;
            else {
                ++out.failed;
                std::fprintf(stderr, "failed: %s\n", qPrintable(reply->result().error().toString()));
            }
            if (++done == requests)
                loop.quit();
        });
    }
    loop.exec();
    out.wallMs = clock.elapsed();

    if (const rd::Result<QJsonObject> stats = sandbox.stats()) {
        out.sandbox503 = stats->value(u"rateLimited503"_s).toInteger();
        out.injected503 = stats->value(u"injected503"_s).toInteger();
        out.resets = stats->value(u"resets"_s).toInteger();
        out.serverMaxInFlight = stats->value(u"maxInFlight"_s).toInteger();
        out.apiRequests = stats->value(u"apiRequests"_s).toInteger();
    }
    sandbox.stop();
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"RetailDesk CRM client throughput against the sandbox CRM."_s);
    parser.addHelpOption();
    const QCommandLineOption rates(u"rates"_s, u"Rate limits to test (requests/s)."_s, u"LIST"_s, u"5,10,20"_s);
    const QCommandLineOption requests(u"requests"_s, u"Requests per run."_s, u"N"_s, u"200"_s);
    const QCommandLineOption latency(u"latency-ms"_s, u"Sandbox answer latency."_s, u"MS"_s, u"1000"_s);
    const QCommandLineOption inFlight(u"max-in-flight"_s, u"Client max in flight (0 = as fromProfile)."_s, u"N"_s,
                                      u"0"_s);
    const QCommandLineOption f503(u"fault-503"_s, u"Injected 503 probability."_s, u"P"_s, u"0"_s);
    const QCommandLineOption fReset(u"fault-reset"_s, u"Injected reset probability."_s, u"P"_s, u"0"_s);
    parser.addOptions({ rates, requests, latency, inFlight, f503, fReset });
    parser.process(app);

    QTextStream out(stdout);
    out << "CRM client throughput: " << parser.value(requests) << " requests per run, sandbox latency "
        << parser.value(latency) << " ms, fault-503 " << parser.value(f503) << ", fault-reset " << parser.value(fReset)
        << "\n\n";
    out << "| limit (req/s) | in flight | requests | wall (s) | overall req/s | steady req/s | steady / limit | "
           "sandbox 503 (rate) | injected 503 / resets | failed |\n";
    out << "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    out.flush();

    bool allGood = true;
    const QStringList list = parser.value(rates).split(u',', Qt::SkipEmptyParts);
    for (const QString &r : list) {
        const double rate = r.toDouble();
        const int n = parser.value(requests).toInt();
        const int maxInFlight = parser.value(inFlight).toInt();
        const rd::Result<RunResult> run = runOnce(rate, n, parser.value(latency).toInt(), maxInFlight,
                                                  parser.value(f503).toDouble(), parser.value(fReset).toDouble());
        if (!run) {
            std::fprintf(stderr, "%s\n", qPrintable(run.error().toString()));
            return 1;
        }
        // Steady state: completions per second between the first and the last answer (the first
        // answer arrives one latency after the start, which is not a throughput matter).
        const double overall = n * 1000.0 / static_cast<double>(run->wallMs);
        const double steady
            = (n - 1) * 1000.0 / static_cast<double>(qMax<qint64>(1, run->lastDoneMs - run->firstDoneMs));
        const double ratio = steady / rate;
        allGood = allGood && ratio >= 0.95 && run->failed == 0;
        out << "| " << rate << " | " << (maxInFlight > 0 ? maxInFlight : qMax(16, static_cast<int>(2 * rate))) << " | "
            << n << " | " << QString::number(run->wallMs / 1000.0, 'f', 2) << " | " << QString::number(overall, 'f', 2)
            << " | " << QString::number(steady, 'f', 2) << " | " << QString::number(ratio, 'f', 3) << " | "
            << run->sandbox503 << " | " << run->injected503 << " / " << run->resets << " | " << run->failed << " |\n";
        out.flush();
    }
    return allGood ? 0 : 1;
}
