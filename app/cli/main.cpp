// retaildesk-cli: the headless front over retaildesk_core, for cron and servers (INTERFACE.md).
#include "CliContext.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;
using namespace rd::cli;

namespace {

QString usage()
{
    QString text = u"Usage: retaildesk-cli [--config FILE | --demo] [--json] [--quiet] COMMAND ...\n\n"
                   u"RetailDesk connects a MODX miniShop2 shop to RetailCRM.\n\nCommands:\n"_s;
    for (const Command &c : registeredCommands())
        text += u"  %1  %2\n"_s.arg(QString::fromLatin1(c.name).leftJustified(11), QString::fromLatin1(c.summary));
    text
        += u"\nGlobal options:\n"
           u"  --config FILE  the profile to use (default: %1)\n"
           u"  --demo         use the demo shop and a local sandbox CRM\n"
           u"  --json         print one JSON document on stdout\n"
           u"  --quiet        no progress on stderr\n"
           u"  --version      print the version\n\n"
           u"Run 'retaildesk-cli COMMAND --help' for a command's options.\n"
           u"Exit codes: 0 ok, 1 some items failed, 2 usage or configuration error, 3 connection/authentication/access "
           u"error, 130 interrupted.\n"_s.arg(rd::Profile::defaultPath());
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"RetailDesk"_s);
    QCoreApplication::setApplicationName(u"RetailDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(RETAILDESK_VERSION));

    CliContext ctx;
    // Global options may stand anywhere; everything else is the command and its own arguments.
    QStringList rest;
    const QStringList all = QCoreApplication::arguments().mid(1);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QString &a = all.at(i);
        if (a == u"--config"_s) {
            if (i + 1 >= all.size()) {
                ctx.err() << "--config needs a file name\n";
                return ExitUsage;
            }
            ctx.configPath = all.at(++i);
        } else if (a.startsWith(u"--config="_s)) {
            ctx.configPath = a.mid(9);
        } else if (a == u"--demo"_s) {
            ctx.demo = true;
        } else if (a == u"--json"_s) {
            ctx.json = true;
        } else if (a == u"--quiet"_s || a == u"-q"_s) {
            ctx.quiet = true;
        } else if (rest.isEmpty() && (a == u"--help"_s || a == u"-h"_s)) {
            ctx.out() << usage();
            return ExitOk;
        } else if (rest.isEmpty() && a == u"--version"_s) {
            ctx.out() << "retaildesk-cli " << QCoreApplication::applicationVersion() << '\n';
            return ExitOk;
        } else {
            rest << a;
        }
    }
    if (ctx.demo && !ctx.configPath.isEmpty()) {
        ctx.err() << "--config and --demo exclude each other: choose one profile\n";
        return ExitUsage;
    }
    if (rest.isEmpty()) {
        ctx.err() << usage();
        return ExitUsage;
    }
    for (const Command &c : registeredCommands()) {
        if (rest.first() == QLatin1StringView(c.name))
            return c.run(ctx, rest);
    }
    ctx.err() << "Unknown command '" << rest.first() << "'.\n\n" << usage();
    return ExitUsage;
}
