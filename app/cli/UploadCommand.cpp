// retaildesk-cli upload customers|orders [--ids 1,2,3] [--since YYYY-MM-DD] [--dry-run] [--restart] [--state FILE]
#include "CliContext.h"
#include "sync/InterruptWatcher.h"
#include "sync/StateStore.h"
#include "sync/UploadJob.h"

#include <QEventLoop>
#include <QJsonArray>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace rd::cli {

namespace {

Result<QList<int>> parseIds(const QString &text)
{
    QList<int> ids;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int id = part.trimmed().toInt(&ok);
        if (!ok || id <= 0)
            return Error(ErrorCode::Usage,
                         u"--ids takes shop ids separated by commas, each a whole number above 0 (got '%1')."_s.arg(
                             part.trimmed()));
        if (!ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return Error(ErrorCode::Usage, u"--ids needs at least one id, e.g. --ids 1,2,3."_s);
    return ids;
}

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString duration(double seconds)
{
    if (seconds < 0)
        return u"?"_s;
    const qint64 s = static_cast<qint64>(seconds + 0.5);
    if (s >= 3600)
        return u"%1h%2m"_s.arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    if (s >= 60)
        return u"%1m%2s"_s.arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return u"%1s"_s.arg(s);
}

void printSummary(CliContext &ctx, const UploadSummary &s)
{
    QTextStream &out = ctx.out();
    const QString what = entityKindPlural(s.kind);
    if (s.dryRun)
        out << "Dry run, nothing was sent. ";
    out << what.left(1).toUpper() << what.mid(1) << ": read " << s.read << ", " << (s.dryRun ? "would send " : "sent ")
        << s.sent << ", skipped " << s.skipped << ", failed " << s.failed;
    if (s.unfinished > 0)
        out << " (" << s.unfinished << " read but not finished: the next run picks them up)";
    out << ".\n";
    if (s.kind == EntityKind::Order && (s.customersCreated > 0 || s.customersFailed > 0))
        out << "  customers " << (s.dryRun ? "to create" : "created") << " first: " << s.customersCreated
            << (s.customersFailed ? u", refused by the CRM: %1"_s.arg(s.customersFailed) : QString()) << '\n';
    for (auto it = s.skipReasons.cbegin(); it != s.skipReasons.cend(); ++it)
        out << "  skipped " << it.value() << ": " << it.key() << '\n';
    if (!s.failures.isEmpty()) {
        out << "Failed (the CRM's reasons):\n";
        for (const FailedItem &f : s.failures) {
            out << "  " << entityKindName(f.kind) << ' ' << f.externalId;
            if (f.shopId > 0)
                out << " (shop id " << f.shopId << ')';
            out << ": " << f.reason << '\n';
        }
        if (s.failuresNotListed > 0)
            out << "  … and " << s.failuresNotListed << " more (the journal in the state file lists them all)\n";
    }
    out.flush();
}

} // namespace

int runUpload(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Upload shop customers or orders to the CRM in batches of 50 (customers/upload, orders/upload).\n"
        u"An interrupted upload resumes where it stopped; running it again never duplicates anything in the CRM.\n"
        u"Orders bring the customers they reference first. Orders in status 0 (not confirmed) or 999 (draft) and "
        u"super users are skipped with that reason.\n\n"
        u"  upload customers|orders [--ids 1,2,3] [--since YYYY-MM-DD] [--dry-run] [--restart]"_s);
    const QCommandLineOption ids(u"ids"_s, u"Only these shop ids (comma-separated)."_s, u"IDS"_s);
    const QCommandLineOption since(u"since"_s, u"Only rows created on or after this day."_s, u"YYYY-MM-DD"_s);
    const QCommandLineOption dryRun(u"dry-run"_s, u"Print the payloads that would be sent (JSON); send nothing."_s);
    const QCommandLineOption restart(
        u"restart"_s, u"Start over instead of resuming (the CRM is still asked before anything is sent twice)."_s);
    const QCommandLineOption state(u"state"_s, u"RetailDesk's local state file (default: one per profile)."_s,
                                   u"FILE"_s);
    parser.addOptions({ ids, since, dryRun, restart, state });
    parser.addPositionalArgument(u"what"_s, u"customers or orders"_s);
    int code = 0;
    if (!parseCommandLine(ctx, parser, args, code))
        return code;
    const QStringList pos = parser.positionalArguments().mid(1);
    const std::optional<EntityKind> kind = pos.size() == 1 ? parseEntityKind(pos.first()) : std::nullopt;
    if (!kind) {
        ctx.err() << "usage: retaildesk-cli upload customers|orders [--ids 1,2,3] [--since YYYY-MM-DD] [--dry-run] "
                     "[--restart]\n";
        return ExitUsage;
    }

    UploadOptions options;
    options.kind = *kind;
    options.dryRun = parser.isSet(dryRun);
    options.restart = parser.isSet(restart);
    if (parser.isSet(ids)) {
        auto parsed = parseIds(parser.value(ids));
        if (!parsed)
            return ctx.fail(parsed.error());
        options.ids = *parsed;
    }
    if (parser.isSet(since)) {
        options.since = QDate::fromString(parser.value(since), Qt::ISODate);
        if (!options.since.isValid())
            return ctx.fail(
                Error(ErrorCode::Usage, u"--since takes a day as YYYY-MM-DD (got '%1')."_s.arg(parser.value(since))));
    }
    if (options.dryRun && options.restart)
        return ctx.fail(Error(ErrorCode::Usage, u"--dry-run and --restart exclude each other."_s));

    auto profile = ctx.profile();
    if (!profile)
        return ctx.fail(profile.error());
    JobEnvironment env;
    env.profile = **profile;
    if (!options.dryRun) {
        auto key = ctx.secret(SecretKind::CrmApiKey);
        if (!key)
            return ctx.fail(key.error());
        env.apiKey = *key;
    }
    if (env.profile.shop.driver == ShopSettings::Driver::MySql) {
        auto password = ctx.secret(SecretKind::ShopDbPassword);
        if (!password)
            return ctx.fail(password.error());
        env.dbPassword = *password;
    }
    env.statePath = parser.isSet(state) ? parser.value(state) : StateStore::defaultPath(env.profile);

    auto *job = new UploadJob(env, options);
    InterruptWatcher watcher;
    QObject::connect(&watcher, &InterruptWatcher::interrupted, job, [&ctx, &watcher, job](int) {
        if (watcher.count() > 1) {
            ctx.err() << "\nStopped at once (second interrupt).\n";
            ctx.err().flush();
            std::_Exit(ExitInterrupted);
        }
        ctx.progressDone();
        if (!ctx.quiet)
            ctx.err() << "Stopping: finishing the journal (interrupt again to stop at once)…\n";
        ctx.err().flush();
        job->cancel();
    });
    const QString label = (options.dryRun ? u"Mapping "_s : u"Uploading "_s) + entityKindPlural(options.kind);
    QObject::connect(job, &Job::progress, job, [&ctx, label](qint64 done, qint64 total, double rate, double eta) {
        QString what = label;
        if (rate > 0)
            what += u" (%1/s, %2 left)"_s.arg(rate, 0, 'f', 1).arg(duration(eta));
        ctx.progress(what, done, total);
    });

    // Dry run: the payloads go to stdout as they come; with --json inside one document.
    bool firstPayload = true;
    if (options.dryRun) {
        if (ctx.json)
            ctx.out() << "{\n\"dryRun\": true,\n\"requests\": [\n";
        QObject::connect(job, &UploadJob::payload, job,
                         [&ctx, &firstPayload](const QString &endpoint, const QJsonArray &items) {
                             const QString key = endpoint.section(u'/', 0, 0);
                             const QJsonObject request { { u"endpoint"_s, endpoint }, { key, items } };
                             if (ctx.json) {
                                 ctx.out() << (firstPayload ? "" : ",\n") << compactJson(request);
                             } else {
                                 ctx.out() << QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Indented));
                             }
                             firstPayload = false;
                             ctx.out().flush();
                         });
    }

    QEventLoop loop;
    QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
    ctx.progressDone();
    const UploadSummary summary = job->summary();
    delete job;

    int exit = ExitOk;
    if (summary.error)
        exit = exitCodeFor(summary.error->code);
    else if (summary.cancelled)
        exit = ExitInterrupted;
    else if (summary.failed > 0)
        exit = ExitItemsFailed;

    if (ctx.json) {
        QJsonObject doc { { u"ok"_s, exit == ExitOk }, { u"summary"_s, summary.toJson() }, { u"exitCode"_s, exit } };
        if (summary.error)
            doc.insert(u"error"_s, summary.toJson().value(u"error"_s));
        if (options.dryRun) {
            // Close the document opened above.
            QString rest = QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented)).trimmed();
            rest.remove(0, 1); // '{'
            ctx.out() << "\n],\n" << rest << '\n';
            ctx.out().flush();
        } else {
            ctx.printJson(doc);
        }
    } else {
        printSummary(ctx, summary);
    }
    if (summary.error) {
        ctx.err() << "error: " << summary.error->toString() << Qt::endl;
    } else if (summary.cancelled) {
        ctx.err() << "Interrupted: the journal is up to date; run the same command again to resume." << Qt::endl;
    }
    return exit;
}

static const CommandRegistration registration {
    "upload", "customers|orders [--ids 1,2,3] [--since YYYY-MM-DD] [--dry-run] [--restart]", &runUpload, 40
};

} // namespace rd::cli
