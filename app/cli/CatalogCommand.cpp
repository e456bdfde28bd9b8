// retaildesk-cli catalog icml --output FILE [--publish-url URL]
// retaildesk-cli catalog stock [--store CODE] [--price-type CODE] [--no-stock | --no-prices] [--restart] [--journal
// FILE]
#include "CliContext.h"
#include "catalog/CatalogOptions.h"
#include "catalog/CatalogStockJournal.h"
#include "catalog/IcmlPublisher.h"
#include "catalog/IcmlWriter.h"
#include "catalog/StockUploader.h"
#include "crm/CrmClient.h"
#include "crm/CrmDecode.h"
#include "shop/ShopDatabase.h"
#include "sync/InterruptWatcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QThread>
#include <atomic>
#include <cstdlib>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace rd::cli {

namespace {

constexpr int MaxListedPerGroup = 50; // text output: offers listed per outcome (the JSON and the journal have more)

QString sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return u"%1 MB"_s.arg(static_cast<double>(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
    if (bytes >= 1024)
        return u"%1 KB"_s.arg(static_cast<double>(bytes) / 1024.0, 0, 'f', 1);
    return u"%1 bytes"_s.arg(bytes);
}

void printSkipped(QTextStream &out, const CatalogSkipLog &skipped)
{
    if (skipped.total() == 0)
        return;
    out << "  left out " << skipped.total() << ":\n";
    for (const CatalogSkipLog::Entry &e : skipped.entries()) {
        out << "    " << e.count << ' ' << CatalogSkipLog::description(e.reason);
        if (!e.examples.isEmpty())
            out << " (e.g. " << QStringList(e.examples.mid(0, 5)).join(u", "_s) << ')';
        out << '\n';
    }
}

// SIGINT/SIGTERM: the first sets the cancel flag (the job stops at its next check and tidies up), a
// second one exits at once.
void watchInterrupts(CliContext &ctx, InterruptWatcher &watcher, std::atomic<bool> &cancel, const char *stopping)
{
    QObject::connect(&watcher, &InterruptWatcher::interrupted, &watcher, [&ctx, &watcher, &cancel, stopping](int) {
        if (watcher.count() > 1) {
            ctx.err() << "\nStopped at once (second interrupt).\n";
            ctx.err().flush();
            std::_Exit(ExitInterrupted);
        }
        cancel = true;
        ctx.progressDone();
        if (!ctx.quiet)
            ctx.err() << stopping << " (interrupt again to stop at once)…\n";
        ctx.err().flush();
    });
}

// ---- catalog icml ------------------------------------------------------------------------------------------

void printIcml(CliContext &ctx, const IcmlSummary &s)
{
    QTextStream &out = ctx.out();
    out << "ICML catalog written to " << QDir::toNativeSeparators(s.path) << " (" << sizeText(s.bytes) << " in "
        << QString::number(s.seconds, 'f', 1) << " s).\n";
    out << "  categories " << s.categories << ", products " << s.products << ", offers " << s.offers;
    if (s.modifications)
        out << " (of which " << s.modificationOffers << " msOptionsPrice2 modifications)";
    out << '\n';
    printSkipped(out, s.skipped);
    if (s.droppedCharacters > 0)
        out << "  dropped " << s.droppedCharacters
            << " characters XML does not allow (control characters in names or descriptions); the rest of the text "
               "is as stored\n";
    for (const QString &w : s.warnings)
        out << "  note: " << w << '\n';
    out.flush();
}

int runIcml(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Write the shop's catalogue as an ICML file for the CRM to load: categories, offers with prices, pictures, "
        u"options and stock (msOptionsPrice2 modifications as their own offers when sync/msoptionsprice is on).\n"
        u"The file is written beside the target and renamed into place at the end: an interrupted or failed export "
        u"leaves the previous file as it was.\n\n"
        u"  catalog icml --output FILE [--publish-url URL]"_s);
    const QCommandLineOption output(u"output"_s, u"The ICML file to write (replaced atomically)."_s, u"FILE"_s);
    const QCommandLineOption publishUrl(
        u"publish-url"_s,
        u"The public http(s) address the file is served from: after the export, set it as the site's catalog URL "
        u"in the CRM (reference/sites/{code}/edit; needs the reference_write scope)."_s,
        u"URL"_s);
    parser.addOptions({ output, publishUrl });
    parser.addPositionalArgument(u"icml"_s, u"write the ICML catalog"_s);
    int code = 0;
    if (!parseCommandLine(ctx, parser, args, code))
        return code;
    if (parser.positionalArguments().size() > 2)
        return ctx.fail(Error(ErrorCode::Usage, u"Unexpected argument '%1'."_s.arg(parser.positionalArguments().at(2)),
                              u"usage: retaildesk-cli catalog icml --output FILE [--publish-url URL]"_s));
    if (!parser.isSet(output) || parser.value(output).trimmed().isEmpty())
        return ctx.fail(Error(ErrorCode::Usage, u"catalog icml needs --output FILE."_s,
                              u"Give the file the CRM will download, e.g. --output /var/www/shop/retailcrm.xml."_s));
    std::optional<QUrl> url;
    if (parser.isSet(publishUrl)) {
        url = QUrl(parser.value(publishUrl).trimmed(), QUrl::StrictMode);
        if (Status st = IcmlPublisher::validateUrl(*url); !st)
            return ctx.fail(st.error());
    }

    auto profile = ctx.profile();
    if (!profile)
        return ctx.fail(profile.error());
    // The CRM client first: a missing key or a bad crm/url is better known before a long export.
    std::unique_ptr<CrmClient> client;
    if (url) {
        auto made = makeCrmClient(ctx);
        if (!made)
            return ctx.fail(made.error());
        client = std::move(made).value();
        // The key, the access and the site, checked before a long export (publish() reads them again).
        auto sites = CrmDecode::sites(client->waitFor(client->sites()));
        if (!sites)
            return ctx.fail(sites.error());
        const QString site = (*profile)->crm.site;
        QStringList codes;
        for (const CrmSite &s : std::as_const(*sites))
            codes << s.code;
        if (site.isEmpty() || !codes.contains(site))
            return ctx.fail(
                Error(ErrorCode::Config,
                      u"The CRM has no site \"%1\" for this key, so its catalog URL cannot be set."_s.arg(site),
                      u"Set crm/site in the profile to one of: %1."_s.arg(codes.join(u", "_s))));
    }
    auto shop = openShop(ctx);
    if (!shop)
        return ctx.fail(shop.error());
    std::shared_ptr<ShopDatabase> db = *shop;

    IcmlWriter writer(*db, CatalogOptions::fromProfile(**profile));
    std::atomic<bool> cancel = false;
    writer.setCancelFlag(&cancel);
    QEventLoop loop;
    writer.setProgress([&ctx, &loop](qint64 done, qint64 total) {
        // Called in the export thread: the output belongs to this one.
        QMetaObject::invokeMethod(
            &loop, [&ctx, done, total] { ctx.progress(u"Writing the catalog"_s, done, total); }, Qt::QueuedConnection);
    });
    InterruptWatcher watcher;
    watchInterrupts(ctx, watcher, cancel, "Stopping: the previous file stays as it was");

    // The export runs in its own thread (with its own shop connection) so that this one can take signals.
    std::optional<Result<IcmlSummary>> result;
    const QString path = parser.value(output);
    QThread *thread = QThread::create([&writer, &result, &path, db] {
        result = writer.write(path);
        db->closeConnection();
    });
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    QCoreApplication::sendPostedEvents(&loop); // progress lines still queued
    ctx.progressDone();

    if (!*result) {
        const Error &e = result->error();
        if (e.code == ErrorCode::Cancelled) {
            if (ctx.json)
                ctx.printJson(QJsonObject { { u"ok"_s, false },
                                            { u"exitCode"_s, ExitInterrupted },
                                            { u"cancelled"_s, true },
                                            { u"file"_s, QDir::cleanPath(QDir::current().absoluteFilePath(path)) } });
            ctx.err() << "Interrupted: " << e.message << Qt::endl;
            return ExitInterrupted;
        }
        return ctx.fail(e);
    }
    const IcmlSummary &summary = **result;

    std::optional<IcmlPublishResult> published;
    std::optional<Error> publishError;
    if (url) {
        auto r = IcmlPublisher::publish(*client, (*profile)->crm.site, *url);
        if (r)
            published = *r;
        else
            publishError = r.error();
    }

    const int exit = publishError ? exitCodeFor(publishError->code) : ExitOk;
    if (ctx.json) {
        QJsonObject doc { { u"ok"_s, exit == ExitOk }, { u"exitCode"_s, exit }, { u"icml"_s, summary.toJson() } };
        if (published)
            doc.insert(u"publish"_s,
                       QJsonObject { { u"site"_s, published->site },
                                     { u"previous"_s, published->previous.toString() },
                                     { u"url"_s, published->current.toString() },
                                     { u"changed"_s, published->changed } });
        if (publishError)
            doc.insert(u"error"_s,
                       QJsonObject { { u"code"_s, errorCodeName(publishError->code) },
                                     { u"message"_s, publishError->message },
                                     { u"hint"_s, publishError->hint } });
        ctx.printJson(doc);
    } else {
        printIcml(ctx, summary);
        if (published) {
            if (published->changed)
                ctx.out() << "The CRM site " << published->site << " now loads the catalog from "
                          << published->current.toString() << " (before: "
                          << (published->previous.isEmpty() ? u"none"_s : published->previous.toString()) << ").\n";
            else
                ctx.out() << "The CRM site " << published->site << " already loads the catalog from "
                          << published->current.toString() << ".\n";
            ctx.out().flush();
        }
    }
    if (publishError)
        ctx.err() << "error: the catalog was written, but its URL was not set in the CRM: " << publishError->toString()
                  << Qt::endl;
    return exit;
}

// ---- catalog stock -----------------------------------------------------------------------------------------

void printStock(CliContext &ctx, const StockSummary &s, const QString &journal)
{
    QTextStream &out = ctx.out();
    out << "Stock and prices";
    if (s.resumedAfter > 0)
        out << " (resumed after product " << s.resumedAfter << ')';
    out << ": " << s.products << " products, " << s.offers << " offers";
    if (!s.site.isEmpty())
        out << ", site " << s.site;
    out << ".\n";
    const auto leg = [&out](const char *name, const StockSummary::Leg &l, const QString &where) {
        out << "  " << name;
        if (!l.enabled) {
            out << "not sent: " << l.skippedBecause << '\n';
            return;
        }
        out << "sent " << l.sent << " offers in " << l.batches << " batches" << where << ": updated " << l.processed;
        out << ", unknown to the CRM " << l.notFound << ", refused " << l.failed;
        if (l.unconfirmed > 0)
            out << ", not confirmed " << l.unconfirmed;
        if (l.queued > l.sent)
            out << " (" << (l.queued - l.sent) << " queued but not answered)";
        out << '\n';
    };
    leg("stock:  ", s.stock, s.storeCode.isEmpty() ? QString() : u" to store "_s + s.storeCode);
    leg("prices: ", s.prices, s.priceType.isEmpty() ? QString() : u" as price type "_s + s.priceType);
    if (s.offersWithoutStock > 0)
        out << "  " << s.offersWithoutStock << " offers have no stock figure in the shop (prices only)\n";
    printSkipped(out, s.skipped);
    for (const QString &w : s.warnings)
        out << "  note: " << w << '\n';

    // Offers not found: one reason for all of them; refused ones with the CRM's words each.
    QStringList notFound;
    qint64 notFoundMore = 0;
    QList<const StockItemOutcome *> failed;
    qint64 failedMore = 0;
    for (const StockItemOutcome &i : s.items) {
        if (i.outcome == u"not-found") {
            if (notFound.size() < MaxListedPerGroup)
                notFound << i.kind + u' ' + i.offerId;
            else
                ++notFoundMore;
        } else {
            if (failed.size() < MaxListedPerGroup)
                failed << &i;
            else
                ++failedMore;
        }
    }
    if (!notFound.isEmpty()) {
        out << "Offers the CRM does not know yet (it creates offers when it loads the ICML catalog: run 'catalog "
               "icml', with --publish-url the first time, wait until the CRM has loaded the file, then run 'catalog "
               "stock' again):\n";
        for (const QString &n : std::as_const(notFound))
            out << "  " << n << '\n';
        if (notFoundMore > 0)
            out << "  … and " << notFoundMore << " more\n";
    }
    if (!failed.isEmpty()) {
        out << "Refused by the CRM (its reasons):\n";
        for (const StockItemOutcome *i : std::as_const(failed))
            out << "  " << i->kind << ' ' << i->offerId << ": " << i->reason << '\n';
        if (failedMore > 0)
            out << "  … and " << failedMore << " more\n";
    }
    if (notFoundMore + failedMore + s.itemsNotListed > 0 && !journal.isEmpty())
        out << "  (the journal " << QDir::toNativeSeparators(journal) << " lists every offer, run " << s.runId << ")\n";
    out.flush();
}

int runStock(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Upload the shop's stock (store/inventories/upload) and prices (store/prices/upload) for every offer of the "
        u"ICML catalog, in batches of 250. The CRM only updates offers it already has: load the ICML first "
        u"(catalog icml).\n"
        u"An interrupted run resumes after the last product whose offers were all answered; --restart starts over. "
        u"Stock and prices are absolute, so sending an offer twice is harmless.\n\n"
        u"  catalog stock [--store CODE] [--price-type CODE] [--no-stock | --no-prices] [--restart]"_s);
    const QCommandLineOption store(
        u"store"_s, u"CRM store (warehouse) code for the stock (default: the first active)."_s, u"CODE"_s);
    const QCommandLineOption priceType(u"price-type"_s, u"CRM price type code for the prices (default: base)."_s,
                                       u"CODE"_s, u"base"_s);
    const QCommandLineOption noStock(u"no-stock"_s, u"Upload prices only."_s);
    const QCommandLineOption noPrices(u"no-prices"_s, u"Upload stock only."_s);
    const QCommandLineOption restart(u"restart"_s, u"Start from the first product instead of resuming."_s);
    const QCommandLineOption journal(
        u"journal"_s, u"The catalog upload journal (default: beside RetailDesk's local state, one per profile)."_s,
        u"FILE"_s);
    parser.addOptions({ store, priceType, noStock, noPrices, restart, journal });
    parser.addPositionalArgument(u"stock"_s, u"upload stock and prices"_s);
    int code = 0;
    if (!parseCommandLine(ctx, parser, args, code))
        return code;
    if (parser.positionalArguments().size() > 2)
        return ctx.fail(Error(ErrorCode::Usage, u"Unexpected argument '%1'."_s.arg(parser.positionalArguments().at(2)),
                              u"usage: retaildesk-cli catalog stock [--store CODE] [--price-type CODE] [--restart]"_s));
    if (parser.isSet(noStock) && parser.isSet(noPrices))
        return ctx.fail(Error(ErrorCode::Usage, u"--no-stock and --no-prices together leave nothing to upload."_s));
    StockOptions options;
    options.storeCode = parser.value(store).trimmed();
    options.priceType = parser.value(priceType).trimmed();
    options.stock = !parser.isSet(noStock);
    options.prices = !parser.isSet(noPrices);
    options.restart = parser.isSet(restart);
    if (options.priceType.isEmpty())
        return ctx.fail(Error(ErrorCode::Usage, u"--price-type needs a code, e.g. --price-type base."_s));
    if (parser.isSet(store) && options.storeCode.isEmpty())
        return ctx.fail(Error(ErrorCode::Usage, u"--store needs a code, e.g. --store main."_s));

    auto profile = ctx.profile();
    if (!profile)
        return ctx.fail(profile.error());
    auto client = makeCrmClient(ctx);
    if (!client)
        return ctx.fail(client.error());
    auto shop = openShop(ctx);
    if (!shop)
        return ctx.fail(shop.error());
    std::shared_ptr<ShopDatabase> db = *shop;
    const QString journalPath
        = parser.isSet(journal) ? parser.value(journal) : CatalogStockJournal::defaultPath(**profile);
    auto opened = CatalogStockJournal::open(journalPath);
    if (!opened)
        return ctx.fail(opened.error());
    std::unique_ptr<CatalogStockJournal> journalFile = std::move(opened).value();

    StockUploader uploader(*db, **client, CatalogOptions::fromProfile(**profile), options);
    uploader.setJournal(journalFile.get());
    std::atomic<bool> cancel = false;
    uploader.setCancelFlag(&cancel);
    uploader.setProgress(
        [&ctx](qint64 done, qint64 total) { ctx.progress(u"Uploading stock and prices"_s, done, total); });
    // The upload waits for the CRM in local event loops, where the watcher's notifier is served.
    InterruptWatcher watcher;
    watchInterrupts(ctx, watcher, cancel, "Stopping: waiting for the batches already sent");

    const Result<StockSummary> result = uploader.run();
    ctx.progressDone();
    if (!result)
        return ctx.fail(result.error());
    const StockSummary &summary = *result;

    int exit = ExitOk;
    if (summary.error)
        exit = exitCodeFor(summary.error->code);
    else if (summary.cancelled)
        exit = ExitInterrupted;
    else if (summary.problemCount() > 0)
        exit = ExitItemsFailed;

    if (ctx.json) {
        QJsonObject doc { { u"ok"_s, exit == ExitOk },
                          { u"exitCode"_s, exit },
                          { u"journal"_s, QDir::toNativeSeparators(journalFile->path()) },
                          { u"summary"_s, summary.toJson() } };
        if (summary.error)
            doc.insert(u"error"_s, summary.toJson().value(u"error"_s));
        ctx.printJson(doc);
    } else {
        printStock(ctx, summary, journalFile->path());
    }
    if (summary.error)
        ctx.err() << "error: " << summary.error->toString()
                  << "\nThe position is kept: run the same command again to go on." << Qt::endl;
    else if (summary.cancelled)
        ctx.err() << "Interrupted: the journal keeps the position; run the same command again to resume "
                     "(--restart starts over)."
                  << Qt::endl;
    return exit;
}

} // namespace

int runCatalog(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub == u"icml")
        return runIcml(ctx, args);
    if (sub == u"stock")
        return runStock(ctx, args);
    const char *usage = "usage: retaildesk-cli catalog icml --output FILE [--publish-url URL]\n"
                        "       retaildesk-cli catalog stock [--store CODE] [--price-type CODE] [--no-stock | "
                        "--no-prices] [--restart] [--journal FILE]\n"
                        "Run 'retaildesk-cli catalog icml --help' or 'catalog stock --help' for details.\n";
    if (sub == u"--help" || sub == u"-h") {
        ctx.out() << usage;
        return ExitOk;
    }
    if (!sub.isEmpty())
        ctx.err() << "error: unknown catalog action '" << sub << "'.\n";
    ctx.err() << usage;
    return ExitUsage;
}

static const CommandRegistration registration {
    "catalog", "icml --output FILE [--publish-url URL] | stock [--restart]: the ICML catalog, stock and prices",
    &runCatalog, 45
};

} // namespace rd::cli
