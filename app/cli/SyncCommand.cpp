// retaildesk-cli sync --once | --watch [--interval SECONDS] [--state FILE]
#include "CliContext.h"
#include "sync/InterruptWatcher.h"
#include "sync/StateStore.h"
#include "sync/SyncJob.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace rd::cli {

namespace {

void printRound(CliContext &ctx, int round, const SyncRoundSummary &s, bool watch)
{
    QTextStream &out = ctx.out();
    if (watch)
        out << '[' << QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) << "] round " << round << ": ";
    out << "customers sent " << s.customers.sent << ", orders sent " << s.orders.sent << "; statuses to the CRM "
        << s.statusSent;
    if (s.statusUploadedWhole > 0)
        out << " (+" << s.statusUploadedWhole << " orders uploaded whole)";
    out << "; from the CRM " << s.historyApplied << " applied";
    if (s.historyUnchanged > 0)
        out << ", " << s.historyUnchanged << " unchanged";
    if (s.failedCount() > 0)
        out << "; failed " << s.failedCount();
    if (s.historyInitialised)
        out << " (first round: history position taken, older CRM changes not applied)";
    if (s.cancelled)
        out << " — interrupted";
    out << ".\n";
    QList<FailedItem> failures = s.customers.failures + s.orders.failures + s.failures;
    for (const FailedItem &f : std::as_const(failures)) {
        out << "  " << entityKindName(f.kind) << ' ' << (f.externalId.isEmpty() ? u"?"_s : f.externalId);
        if (f.shopId > 0)
            out << " (shop id " << f.shopId << ')';
        out << ": " << f.reason << '\n';
    }
    if (s.error)
        out << "  round stopped: " << s.error->toString() << '\n';
    out.flush();
}

} // namespace

int runSync(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Two-way incremental sync: new customers and orders and shop status changes go to the CRM, status changes "
        u"made in the CRM come back to the shop (only statuses listed in sync/statuses with a code).\n"
        u"The first round uploads what the CRM lacks and takes the CRM's history position without applying older "
        u"changes.\n\n  sync --once\n  sync --watch [--interval SECONDS]   (SIGINT/SIGTERM end it cleanly)"_s);
    const QCommandLineOption once(u"once"_s, u"Run one round and exit."_s);
    const QCommandLineOption watch(u"watch"_s, u"Run rounds until interrupted."_s);
    const QCommandLineOption interval(u"interval"_s, u"Seconds between rounds with --watch (default 300)."_s,
                                      u"SECONDS"_s, u"300"_s);
    const QCommandLineOption rounds(u"rounds"_s, u"With --watch: stop after this many rounds."_s, u"N"_s);
    const QCommandLineOption state(u"state"_s, u"RetailDesk's local state file (default: one per profile)."_s,
                                   u"FILE"_s);
    parser.addOptions({ once, watch, interval, rounds, state });
    int code = 0;
    if (!parseCommandLine(ctx, parser, args, code))
        return code;
    if (parser.isSet(once) == parser.isSet(watch) || parser.positionalArguments().size() > 1) {
        ctx.err() << "usage: retaildesk-cli sync --once | --watch [--interval SECONDS]\n";
        return ExitUsage;
    }
    SyncOptions options;
    options.watch = parser.isSet(watch);
    bool ok = false;
    options.intervalSeconds = parser.value(interval).toInt(&ok);
    if (!ok || options.intervalSeconds < 1 || options.intervalSeconds > 86400)
        return ctx.fail(
            Error(ErrorCode::Usage,
                  u"--interval takes whole seconds from 1 to 86400 (got '%1')."_s.arg(parser.value(interval))));
    if (parser.isSet(rounds)) {
        options.maxRounds = parser.value(rounds).toInt(&ok);
        if (!ok || options.maxRounds < 1)
            return ctx.fail(Error(ErrorCode::Usage, u"--rounds takes a whole number above 0."_s));
    }

    auto profile = ctx.profile();
    if (!profile)
        return ctx.fail(profile.error());
    JobEnvironment env;
    env.profile = **profile;
    auto key = ctx.secret(SecretKind::CrmApiKey);
    if (!key)
        return ctx.fail(key.error());
    env.apiKey = *key;
    if (env.profile.shop.driver == ShopSettings::Driver::MySql) {
        auto password = ctx.secret(SecretKind::ShopDbPassword);
        if (!password)
            return ctx.fail(password.error());
        env.dbPassword = *password;
    }
    env.statePath = parser.isSet(state) ? parser.value(state) : StateStore::defaultPath(env.profile);
    if (env.profile.sync.statuses.isEmpty() && !ctx.quiet)
        ctx.err() << "note: sync/statuses is empty in the profile, so no status changes sync either way.\n";

    auto *job = new SyncJob(env, options);
    InterruptWatcher watcher;
    QObject::connect(&watcher, &InterruptWatcher::interrupted, job, [&ctx, &watcher, job](int) {
        if (watcher.count() > 1) {
            ctx.err() << "\nStopped at once (second interrupt).\n";
            ctx.err().flush();
            std::_Exit(ExitInterrupted);
        }
        ctx.progressDone();
        if (!ctx.quiet)
            ctx.err() << "Stopping: finishing the current step (interrupt again to stop at once)…\n";
        ctx.err().flush();
        job->cancel();
    });
    QObject::connect(job, &Job::message, job, [&ctx](const QString &text) {
        if (!ctx.quiet) {
            ctx.progressDone();
            ctx.err() << text << '\n';
            ctx.err().flush();
        }
    });
    QJsonArray roundsJson;
    int failedRounds = 0;
    int roundsWithFailures = 0;
    std::optional<Error> lastError;
    QObject::connect(job, &SyncJob::roundFinished, job, [&](const SyncRoundSummary &s) {
        ctx.progressDone();
        if (s.error) {
            ++failedRounds;
            lastError = s.error;
        } else {
            lastError.reset();
        }
        if (s.failedCount() > 0)
            ++roundsWithFailures;
        if (ctx.json) {
            if (options.watch) {
                // One JSON document per round, one per line, so a supervisor can follow along.
                ctx.out() << QString::fromUtf8(QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact)) << '\n';
                ctx.out().flush();
            } else {
                roundsJson.append(s.toJson());
            }
        } else {
            printRound(ctx, job->rounds(), s, options.watch);
        }
    });

    QEventLoop loop;
    QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
    ctx.progressDone();
    const std::optional<Error> setupError = job->setupError();
    const bool cancelled = job->wasCancelled();
    const SyncRoundSummary last = job->lastRound();
    delete job;

    if (setupError)
        return ctx.fail(*setupError);
    int exit = ExitOk;
    if (cancelled)
        exit = ExitInterrupted;
    else if (!options.watch && last.error)
        exit = exitCodeFor(last.error->code);
    else if (!options.watch && last.failedCount() > 0)
        exit = ExitItemsFailed;
    else if (options.watch && lastError)
        exit = exitCodeFor(lastError->code);
    if (ctx.json && !options.watch) {
        QJsonObject doc = last.toJson();
        doc.insert(u"ok"_s, exit == ExitOk);
        doc.insert(u"exitCode"_s, exit);
        ctx.printJson(doc);
    }
    if (!options.watch && last.error)
        ctx.err() << "error: " << last.error->toString() << Qt::endl;
    if (cancelled)
        ctx.err() << "Interrupted: the journal and the sync positions are consistent; the next run continues."
                  << Qt::endl;
    return exit;
}

static const CommandRegistration registration { "sync", "--once | --watch [--interval SECONDS]", &runSync, 50 };

} // namespace rd::cli
