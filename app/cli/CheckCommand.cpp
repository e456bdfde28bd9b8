// retaildesk-cli check — the CRM key and site access, the shop DB, its miniShop2 version, the mappings.
#include "CliContext.h"
#include "setup/ConnectionCheck.h"

using namespace Qt::Literals::StringLiterals;

namespace rd::cli {

int runCheck(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Test the CRM key and site access, the shop database, its miniShop2 version "
                                     u"and the code mappings. Exit 0 when RetailDesk can work (warnings allowed), "
                                     u"2 on a configuration error, 3 on a connection, key or access error."_s);
    int code = 0;
    if (!parseCommandLine(ctx, parser, args, code))
        return code;
    auto profile = ctx.profile();
    if (!profile)
        return ctx.fail(profile.error());
    const CheckReport report = runConnectionCheck(**profile, ctx.secrets(), [&ctx](const QString &text) {
        if (!ctx.quiet && !ctx.json)
            ctx.err() << text << Qt::endl;
    });
    if (ctx.json) {
        ctx.printJson(report.toJson());
    } else {
        for (const QString &line : report.toText())
            ctx.out() << line << '\n';
        ctx.out() << (report.ok() ? u"\nRetailDesk can work with this profile"_s : u"\nRetailDesk cannot work yet"_s);
        ctx.out() << " (" << report.errorCount() << " error(s), " << report.warningCount() << " warning(s)).\n";
        ctx.out().flush();
    }
    if (report.blocking && !ctx.json)
        ctx.err() << "error: " << report.blocking->toString() << Qt::endl;
    return report.exitCode();
}

static const CommandRegistration registration {
    "check", "test the CRM key and site access, the shop DB, its miniShop2 version and the code mappings", &runCheck, 10
};

} // namespace rd::cli
