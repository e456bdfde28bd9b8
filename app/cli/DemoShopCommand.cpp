// retaildesk-cli demo-shop --output FILE.sqlite — a deterministic demo miniShop2 shop.
#include "CliContext.h"
#include "demo/DemoShopGenerator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace rd::cli {

namespace {

bool parseCount(const QCommandLineParser &parser, const QCommandLineOption &option, int max, int &value,
                CliContext &ctx)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const qlonglong v = parser.value(option).toLongLong(&ok);
    if (!ok || v < 0 || v > max) {
        ctx.err() << "error: --" << option.names().constFirst() << " must be a whole number from 0 to " << max
                  << " (got '" << parser.value(option) << "').\n";
        return false;
    }
    value = int(v);
    return true;
}

} // namespace

int runDemoShop(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Write a realistic, deterministic miniShop2 demo shop (SQLite): categories, "
                                     u"products with options and modifications, customers, orders across statuses, "
                                     u"deliveries, payments, promo codes, with CRM codes matching the sandbox."_s);
    const QCommandLineOption output(u"output"_s, u"The SQLite file to write (replaced when it exists)."_s, u"FILE"_s);
    const QCommandLineOption products(u"products"_s, u"Number of products (default 2000)."_s, u"N"_s);
    const QCommandLineOption customers(u"customers"_s, u"Number of customers (default 1000)."_s, u"N"_s);
    const QCommandLineOption orders(u"orders"_s, u"Number of orders (default 5000)."_s, u"N"_s);
    const QCommandLineOption seed(u"seed"_s, u"Random seed: the same seed gives the same shop (default 1)."_s, u"N"_s);
    parser.addOptions({ output, products, customers, orders, seed });
    int code = 0;
    if (!parseCommandLine(ctx, parser, args, code))
        return code;
    if (!parser.isSet(output) || parser.value(output).isEmpty()) {
        ctx.err() << "error: --output FILE.sqlite is required.\n\n" << parser.helpText();
        return ExitUsage;
    }
    DemoShopOptions o;
    constexpr int kMax = 10'000'000;
    if (!parseCount(parser, products, kMax, o.products, ctx) || !parseCount(parser, customers, kMax, o.customers, ctx)
        || !parseCount(parser, orders, kMax, o.orders, ctx))
        return ExitUsage;
    if (o.orders > 0 && o.customers == 0) {
        ctx.err() << "error: orders need customers: give --customers 1 or more.\n";
        return ExitUsage;
    }
    if (parser.isSet(seed)) {
        bool ok = false;
        o.seed = parser.value(seed).toULongLong(&ok);
        if (!ok) {
            ctx.err() << "error: --seed must be a non-negative whole number.\n";
            return ExitUsage;
        }
    }

    const QString path = QFileInfo(parser.value(output)).absoluteFilePath();
    const QString tmp = path + u".part"_s;
    QFile::remove(tmp);
    const QString connection = u"retaildesk-cli-demo-shop"_s;
    QElapsedTimer timer;
    timer.start();
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(tmp);
        if (!db.open()) {
            result = Error(ErrorCode::Io, u"Cannot create %1: %2"_s.arg(tmp, db.lastError().text()),
                           u"Check that the folder exists and is writable."_s);
        } else {
            result = generateDemoShop(db, o, [&ctx](qint64 done, qint64 total) {
                ctx.progress(u"Generating"_s, done, total);
                return true;
            });
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    ctx.progressDone();
    if (!result) {
        QFile::remove(tmp);
        return ctx.fail(result.error());
    }
    QFile::remove(path);
    if (!QFile::rename(tmp, path))
        return ctx.fail(Error(ErrorCode::Io, u"Cannot move the new shop into place at %1."_s.arg(path)));
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (ctx.json) {
        ctx.printJson(QJsonObject { { u"ok"_s, true },
                                    { u"output"_s, path },
                                    { u"products"_s, o.products },
                                    { u"customers"_s, o.customers },
                                    { u"orders"_s, o.orders },
                                    { u"seed"_s, QString::number(o.seed) },
                                    { u"seconds"_s, seconds } });
    } else if (!ctx.quiet) {
        ctx.err() << "Wrote " << path << ": " << o.products << " products, " << o.customers << " customers, "
                  << o.orders << " orders in " << QString::number(seconds, 'f', 1) << " s.\n";
    }
    return ExitOk;
}

static const CommandRegistration registration {
    "demo-shop", "--output FILE.sqlite [--products N] [--customers N] [--orders N] [--seed N]", &runDemoShop, 90
};

} // namespace rd::cli
