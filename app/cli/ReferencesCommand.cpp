// retaildesk-cli references — the CRM's sites, delivery types, payment types and statuses.
#include "CliContext.h"
#include "crm/CrmClient.h"
#include "setup/ConnectionCheck.h"

using namespace Qt::Literals::StringLiterals;

namespace rd::cli {

Result<std::unique_ptr<CrmClient>> makeCrmClient(CliContext &ctx)
{
    auto profile = ctx.profile();
    if (!profile)
        return profile.error();
    auto key = ctx.secret(SecretKind::CrmApiKey);
    if (!key)
        return key.error();
    auto config = CrmConfig::fromProfile(**profile, *key);
    if (!config)
        return config.error();
    return std::make_unique<CrmClient>(*config);
}

int runReferences(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"List the CRM's sites, delivery types, payment types and order statuses: "
                                     u"the codes shop rows can be mapped to."_s);
    int code = 0;
    if (!parseCommandLine(ctx, parser, args, code))
        return code;
    auto client = makeCrmClient(ctx);
    if (!client)
        return ctx.fail(client.error());
    auto refs = fetchCrmReferences(**client);
    if (!refs)
        return ctx.fail(refs.error());
    if (ctx.json) {
        ctx.printJson(refs->toJson());
        return ExitOk;
    }
    QTextStream &out = ctx.out();
    const auto yesNo = [](bool active) { return active ? u""_s : u"  (inactive)"_s; };
    out << "Sites:\n";
    for (const CrmSite &s : refs->sites)
        out << "  " << s.code.leftJustified(24) << ' ' << s.name << "  [" << s.currency << "]\n";
    out << "\nDelivery types:\n";
    for (const CrmDeliveryType &d : refs->deliveryTypes) {
        out << "  " << d.code.leftJustified(24) << ' ' << d.name << yesNo(d.active);
        if (!d.paymentTypes.isEmpty())
            out << "  — payments: " << d.paymentTypes.join(u", "_s);
        out << '\n';
    }
    out << "\nPayment types:\n";
    for (const CrmPaymentType &p : refs->paymentTypes)
        out << "  " << p.code.leftJustified(24) << ' ' << p.name << yesNo(p.active) << '\n';
    out << "\nOrder statuses:\n";
    for (const CrmStatus &s : refs->statuses)
        out << "  " << s.code.leftJustified(24) << ' ' << s.name << "  (" << s.group << ')' << yesNo(s.active) << '\n';
    out.flush();
    return ExitOk;
}

static const CommandRegistration registration { "references", "list CRM delivery types, payment types, statuses, sites",
                                                &runReferences, 20 };

} // namespace rd::cli
