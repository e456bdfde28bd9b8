// retaildesk-cli order quick --product ID [--quantity N] --name NAME [--phone P] [--email E] — a one-item order.
#include "CliContext.h"
#include "crm/CrmClient.h"
#include "search/CrmWebUrl.h"
#include "search/QuickEntry.h"
#include "search/SearchDecode.h"

using namespace Qt::Literals::StringLiterals;

namespace rd::cli {

namespace {
const char *const orderUsage = "usage: retaildesk-cli order quick --product ID [--by externalId|id] [--quantity N] "
                               "--name NAME [--phone P] [--email E]\n";
} // namespace

int runOrder(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Create an order with one item in the CRM (orders/create, status \"new\") and print its CRM id and "
        u"number.\n\n"
        u"  order quick --product ID [--by externalId|id] [--quantity N] --name NAME [--phone P] [--email E]\n\n"
        u"--product is the offer's externalId (the shop product id, as in the ICML catalog) or, with --by id, the "
        u"CRM's offer id. The offer must exist in the CRM catalog; its name and price go into the item. The order "
        u"is tied to an existing customer with the same e-mail (else the same phone); otherwise the CRM creates "
        u"one from the contact data."_s);
    const QCommandLineOption product(u"product"_s, u"The offer: externalId (default) or CRM id (--by id)."_s, u"ID"_s);
    const QCommandLineOption by(u"by"_s, u"How --product names the offer: externalId (default) or id."_s, u"KIND"_s,
                                u"externalId"_s);
    const QCommandLineOption quantity(u"quantity"_s, u"How many (default 1)."_s, u"N"_s, u"1"_s);
    const QCommandLineOption name(u"name"_s, u"The buyer's full name."_s, u"NAME"_s);
    const QCommandLineOption phone(u"phone"_s, u"The buyer's phone."_s, u"P"_s);
    const QCommandLineOption email(u"email"_s, u"The buyer's e-mail."_s, u"E"_s);
    parser.addOptions({ product, by, quantity, name, phone, email });
    parser.addPositionalArgument(u"action"_s, u"quick"_s);
    int code = 0;
    if (!parseCommandLine(ctx, parser, args, code))
        return code;
    const QStringList pos = parser.positionalArguments().mid(1);
    if (pos != QStringList { u"quick"_s } || parser.value(product).trimmed().isEmpty()
        || parser.value(name).trimmed().isEmpty()) {
        ctx.err() << orderUsage;
        return ExitUsage;
    }
    QuickOrderDraft draft;
    draft.product = parser.value(product).trimmed();
    const QString byValue = parser.value(by).trimmed();
    if (byValue.compare(u"externalId"_s, Qt::CaseInsensitive) == 0) {
        draft.by = OfferRefKind::ExternalId;
    } else if (byValue == u"id"_s) {
        draft.by = OfferRefKind::Id;
    } else {
        ctx.err() << "error: --by must be externalId or id (got '" << byValue << "').\n" << orderUsage;
        return ExitUsage;
    }
    bool ok = false;
    draft.quantity = parser.value(quantity).trimmed().toDouble(&ok);
    if (!ok || !(draft.quantity > 0)) {
        ctx.err() << "error: --quantity must be a number above 0 (got '" << parser.value(quantity) << "').\n"
                  << orderUsage;
        return ExitUsage;
    }
    draft.contact = ContactDraft { parser.value(name), parser.value(phone), parser.value(email) };
    if (auto checked = QuickEntry::customerJson(draft.contact); !checked)
        return ctx.fail(checked.error());

    auto client = makeCrmClient(ctx);
    if (!client)
        return ctx.fail(client.error());
    QuickEntry quick(**client);
    const Result<QuickOrderResult> created = quick.createOrder(draft);
    if (!created)
        return ctx.fail(created.error());
    const QUrl url = crmWebUrl((*client)->config().baseUrl, CrmWebKind::Order, created->id);
    if (ctx.json) {
        ctx.printJson(QJsonObject { { u"ok"_s, true },
                                    { u"id"_s, created->id },
                                    { u"number"_s, created->number },
                                    { u"customerId"_s, created->customerId },
                                    { u"offer"_s, SearchDecode::toJson(created->offer) },
                                    { u"url"_s, url.toString() } });
        return ExitOk;
    }
    ctx.out() << created->id << ' ' << created->number << '\n';
    if (!ctx.quiet) {
        ctx.err() << "Order " << created->number << " created in the CRM: " << created->offer.name << " × "
                  << draft.quantity << " at " << QString::number(created->offer.price, 'f', 2);
        if (created->customerId > 0)
            ctx.err() << ", for the existing customer " << created->customerId;
        ctx.err() << ". " << url.toString() << '\n';
    }
    ctx.out().flush();
    return ExitOk;
}

static const CommandRegistration registration { "order", "create a one-item order in the CRM", &runOrder, 80 };

} // namespace rd::cli
