// retaildesk-sandbox: a local RetailCRM API v5 emulator for tests, benchmarks and the demo profile.
// The API key comes from RETAILDESK_SANDBOX_API_KEY (default "sandbox-key"), never from the command line.

#include "SandboxApi.h"
#include "SandboxServer.h"
#include "SandboxStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QSocketNotifier>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

int g_signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &c, 1);
}

void fail(const QString &message)
{
    std::fprintf(stderr, "retaildesk-sandbox: %s\n", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"retaildesk-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(RETAILDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Local RetailCRM API v5 emulator. The API key is read from RETAILDESK_SANDBOX_API_KEY "
        "(default \"sandbox-key\"). Control endpoints: /_sandbox/config, /_sandbox/stats, /_sandbox/reset, "
        "/_sandbox/dump, /_sandbox/products, /_sandbox/orders/{externalId}/status."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(u"port"_s, u"TCP port on 127.0.0.1 (0 = a free one)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption db(u"db"_s, u"SQLite database file (default: in memory)."_s, u"FILE"_s);
    const QCommandLineOption seed(u"seed"_s, u"Reference data: demo, samples or none."_s, u"KIND"_s, u"demo"_s);
    const QCommandLineOption site(u"site"_s, u"Site code."_s, u"CODE"_s, u"demo-shop"_s);
    const QCommandLineOption rate(u"rate-limit"_s, u"API requests per second, 0 = off."_s, u"N"_s, u"0"_s);
    const QCommandLineOption latency(u"latency-ms"_s, u"Delay of every API answer."_s, u"N"_s, u"0"_s);
    const QCommandLineOption f503(u"fault-503"_s, u"Probability of an injected 503."_s, u"P"_s, u"0"_s);
    const QCommandLineOption fReset(u"fault-reset"_s, u"Probability of a connection reset."_s, u"P"_s, u"0"_s);
    const QCommandLineOption fMalformed(u"fault-malformed"_s, u"Probability of a truncated JSON body."_s, u"P"_s,
                                        u"0"_s);
    const QCommandLineOption fHang(u"fault-hang"_s, u"Probability of never answering."_s, u"P"_s, u"0"_s);
    parser.addOptions({ port, db, seed, site, rate, latency, f503, fReset, fMalformed, fHang });
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        fail(u"unexpected argument \"%1\" (the API key is read from RETAILDESK_SANDBOX_API_KEY)."_s.arg(
            parser.positionalArguments().constFirst()));
        return 2;
    }

    bool ok = true;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535) {
        fail(u"--port must be a number 0..65535."_s);
        return 2;
    }
    auto number = [&parser](const QCommandLineOption &o, bool *good) {
        bool k = false;
        const double v = parser.value(o).toDouble(&k);
        *good = *good && k;
        return v;
    };
    QJsonObject config { { u"rateLimit"_s, number(rate, &ok) },
                         { u"latencyMs"_s, number(latency, &ok) },
                         { u"fault503"_s, number(f503, &ok) },
                         { u"faultReset"_s, number(fReset, &ok) },
                         { u"faultMalformed"_s, number(fMalformed, &ok) },
                         { u"faultHang"_s, number(fHang, &ok) } };
    if (!ok) {
        fail(u"--rate-limit, --latency-ms and --fault-* take numbers."_s);
        return 2;
    }

    QString apiKey = qEnvironmentVariable("RETAILDESK_SANDBOX_API_KEY");
    if (apiKey.isEmpty())
        apiKey = u"sandbox-key"_s;

    rd::sandbox::SandboxStore store;
    if (rd::Status s = store.open(parser.value(db)); !s) {
        fail(s.error().message);
        return 1;
    }
    if (rd::Status s
        = store.seed(parser.value(seed), parser.value(site), qEnvironmentVariable("RETAILDESK_SAMPLES_DIR"));
        !s) {
        fail(s.error().message + u' ' + s.error().hint);
        return 2;
    }
    rd::sandbox::SandboxApi api(&store, apiKey, parser.value(site));
    rd::sandbox::SandboxServer server(&api);
    if (rd::Status s = server.applyConfig(config); !s) {
        fail(s.error().message);
        return 2;
    }
    const quint16 bound = server.start(static_cast<quint16>(portNumber));
    if (bound == 0) {
        fail(u"cannot listen on 127.0.0.1:%1 (port in use?)."_s.arg(portNumber));
        return 1;
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0) {
        fail(u"cannot create the signal pipe."_s);
        return 1;
    }
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&app]() {
        char c = 0;
        [[maybe_unused]] const ssize_t n = ::read(g_signalPipe[0], &c, 1);
        app.quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    std::fprintf(stdout, "retaildesk-sandbox listening on http://127.0.0.1:%u\n", static_cast<unsigned>(bound));
    std::fflush(stdout);
    return app.exec();
}
