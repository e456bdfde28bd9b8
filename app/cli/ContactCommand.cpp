// retaildesk-cli contact create --name NAME [--phone P] [--email E] — a customer straight into the CRM.
#include "CliContext.h"
#include "crm/CrmClient.h"
#include "search/CrmWebUrl.h"
#include "search/QuickEntry.h"

using namespace Qt::Literals::StringLiterals;

namespace rd::cli {

int runContact(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Create a customer in the CRM (customers/create) and print its CRM id.\n\n"
        u"  contact create --name NAME [--phone P] [--email E]\n\n"
        u"A name of exactly three words is read as last name, first name, patronymic; any other name goes "
        u"whole into the first name. The e-mail and the phone are checked before anything is sent."_s);
    const QCommandLineOption name(u"name"_s, u"The person's full name."_s, u"NAME"_s);
    const QCommandLineOption phone(u"phone"_s, u"Phone number, e.g. +7 915 123-45-67."_s, u"P"_s);
    const QCommandLineOption email(u"email"_s, u"E-mail address."_s, u"E"_s);
    parser.addOptions({ name, phone, email });
    parser.addPositionalArgument(u"action"_s, u"create"_s);
    int code = 0;
    if (!parseCommandLine(ctx, parser, args, code))
        return code;
    const QStringList pos = parser.positionalArguments().mid(1);
    if (pos != QStringList { u"create"_s } || parser.value(name).trimmed().isEmpty()) {
        ctx.err() << "usage: retaildesk-cli contact create --name NAME [--phone P] [--email E]\n";
        return ExitUsage;
    }
    const ContactDraft draft { parser.value(name), parser.value(phone), parser.value(email) };
    // Refuse a bad e-mail or phone before loading the profile or connecting.
    if (auto checked = QuickEntry::customerJson(draft); !checked)
        return ctx.fail(checked.error());

    auto client = makeCrmClient(ctx);
    if (!client)
        return ctx.fail(client.error());
    QuickEntry quick(**client);
    const Result<qint64> id = quick.createContact(draft);
    if (!id)
        return ctx.fail(id.error());
    const QUrl url = crmWebUrl((*client)->config().baseUrl, CrmWebKind::Customer, *id);
    if (ctx.json) {
        ctx.printJson(QJsonObject { { u"ok"_s, true }, { u"id"_s, *id }, { u"url"_s, url.toString() } });
        return ExitOk;
    }
    ctx.out() << *id << '\n';
    if (!ctx.quiet)
        ctx.err() << "Customer created in the CRM: " << url.toString() << '\n';
    ctx.out().flush();
    return ExitOk;
}

static const CommandRegistration registration { "contact", "create a customer in the CRM", &runContact, 75 };

} // namespace rd::cli
