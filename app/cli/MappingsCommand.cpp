// retaildesk-cli mappings show | auto [--apply] | set delivery|payment|status SHOP_ID CRM_CODE [--apply]
#include "CliContext.h"
#include "crm/CrmClient.h"
#include "setup/CodeSuggester.h"
#include "setup/ConnectionCheck.h"
#include "shop/ShopDatabase.h"
#include "shop/ShopReferenceReader.h"
#include "shop/ShopWriter.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace rd::cli {

Result<std::shared_ptr<ShopDatabase>> openShop(CliContext &ctx)
{
    auto profile = ctx.profile();
    if (!profile)
        return profile.error();
    QString password;
    if ((*profile)->shop.driver == ShopSettings::Driver::MySql) {
        auto pw = ctx.secret(SecretKind::ShopDbPassword);
        if (!pw)
            return pw.error();
        password = *pw;
    }
    return ShopDatabase::open((*profile)->shop, password);
}

namespace {

ShopWriter::CodeKind writerKind(MappingState::Kind kind)
{
    switch (kind) {
    case MappingState::Kind::Delivery:
        return ShopWriter::CodeKind::Delivery;
    case MappingState::Kind::Payment:
        return ShopWriter::CodeKind::Payment;
    case MappingState::Kind::Status:
        return ShopWriter::CodeKind::Status;
    }
    return ShopWriter::CodeKind::Delivery;
}

QString crmNameFor(const CrmReferenceLists &crm, MappingState::Kind kind, const QString &code)
{
    switch (kind) {
    case MappingState::Kind::Delivery:
        for (const auto &d : crm.deliveryTypes)
            if (d.code == code)
                return d.name;
        break;
    case MappingState::Kind::Payment:
        for (const auto &p : crm.paymentTypes)
            if (p.code == code)
                return p.name;
        break;
    case MappingState::Kind::Status:
        for (const auto &s : crm.statuses)
            if (s.code == code)
                return s.name;
        break;
    }
    return {};
}

QStringList codesOf(const CrmReferenceLists &crm, MappingState::Kind kind)
{
    QStringList out;
    switch (kind) {
    case MappingState::Kind::Delivery:
        for (const auto &d : crm.deliveryTypes)
            out << d.code;
        break;
    case MappingState::Kind::Payment:
        for (const auto &p : crm.paymentTypes)
            out << p.code;
        break;
    case MappingState::Kind::Status:
        for (const auto &s : crm.statuses)
            out << s.code;
        break;
    }
    return out;
}

struct Loaded
{
    std::shared_ptr<ShopDatabase> db;
    ShopReferences shop;
    CrmReferenceLists crm;
    QList<MappingState> states;
};

Result<Loaded> load(CliContext &ctx)
{
    Loaded l;
    auto db = openShop(ctx);
    if (!db)
        return db.error();
    l.db = *db;
    auto refs = ShopReferenceReader::read(*l.db);
    if (!refs)
        return refs.error();
    l.shop = *refs;
    auto client = makeCrmClient(ctx);
    if (!client)
        return client.error();
    auto crm = fetchCrmReferences(**client);
    if (!crm)
        return crm.error();
    l.crm = *crm;
    auto profile = ctx.profile();
    l.states = mappingStates(l.shop, &l.crm, (*profile)->sync.statuses);
    return l;
}

QJsonArray statesJson(const Loaded &l)
{
    QJsonArray out;
    for (const MappingState &m : l.states) {
        QJsonObject o { { u"kind"_s, MappingState::kindName(m.kind) },
                        { u"shopId"_s, m.shopId },
                        { u"name"_s, m.shopName },
                        { u"active"_s, m.active },
                        { u"code"_s, m.code ? QJsonValue(*m.code) : QJsonValue() },
                        { u"known"_s, m.codeKnown } };
        if (m.code && m.codeKnown)
            o.insert(u"crmName"_s, crmNameFor(l.crm, m.kind, *m.code));
        if (m.kind == MappingState::Kind::Status)
            o.insert(u"synced"_s, m.synced);
        if (!m.suggestion.isEmpty())
            o.insert(u"suggestion"_s, m.suggestion);
        out.append(o);
    }
    return out;
}

void printStates(CliContext &ctx, const Loaded &l)
{
    QTextStream &out = ctx.out();
    const auto &info = l.db->info();
    const auto columnMissing = [&info](MappingState::Kind k) {
        switch (k) {
        case MappingState::Kind::Delivery:
            return !info.deliveryCodeColumn;
        case MappingState::Kind::Payment:
            return !info.paymentCodeColumn;
        case MappingState::Kind::Status:
            return !info.statusCodeColumn;
        }
        return false;
    };
    MappingState::Kind last = MappingState::Kind::Delivery;
    bool first = true;
    for (const MappingState &m : l.states) {
        if (first || m.kind != last) {
            out << (first ? "" : "\n")
                << (m.kind == MappingState::Kind::Delivery      ? "Deliveries"
                        : m.kind == MappingState::Kind::Payment ? "Payments"
                                                                : "Order statuses");
            if (columnMissing(m.kind))
                out << "  (code column " << ShopWriter::columnFor(writerKind(m.kind)) << " missing)";
            out << ":\n";
            first = false;
            last = m.kind;
        }
        QString state;
        if (m.code && !m.code->isEmpty())
            state = m.codeKnown ? u"→ %1 (%2)"_s.arg(*m.code, crmNameFor(l.crm, m.kind, *m.code))
                                : u"→ %1  UNKNOWN in the CRM"_s.arg(*m.code);
        else
            state = m.suggestion.isEmpty() ? u"→ (none)"_s : u"→ (none; suggested: %1)"_s.arg(m.suggestion);
        out << "  " << QString::number(m.shopId).rightJustified(4) << "  " << m.shopName.leftJustified(28) << ' '
            << state;
        if (!m.active)
            out << "  [inactive]";
        if (m.kind == MappingState::Kind::Status)
            out << (m.synced ? "  [synced]" : "  [not synced]");
        out << '\n';
    }
    out.flush();
}

} // namespace

int runMappings(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Show, suggest or set the CRM codes of the shop's deliveries, payments and order statuses. They are stored "
        u"in the shop database, in modRetailCRM's columns (retailcrm_delivery_code, retailcrm_payment_code, "
        u"retailcrm_status_code).\n\n  mappings show\n  mappings auto [--apply]\n"
        u"  mappings set delivery|payment|status SHOP_ID CRM_CODE [--apply]"_s);
    const QCommandLineOption apply(u"apply"_s,
                                   u"Store the codes. Adds a missing code column to the shop's table first."_s);
    parser.addOption(apply);
    parser.addPositionalArgument(u"action"_s, u"show, auto or set"_s);
    int code = 0;
    if (!parseCommandLine(ctx, parser, args, code))
        return code;
    const QStringList pos = parser.positionalArguments().mid(1);
    const QString action = pos.value(0);
    if (action != u"show"_s && action != u"auto"_s && action != u"set"_s) {
        ctx.err() << "usage: retaildesk-cli mappings show | auto [--apply] | set delivery|payment|status SHOP_ID "
                     "CRM_CODE [--apply]\n";
        return ExitUsage;
    }

    if (action == u"set"_s) {
        if (pos.size() != 4) {
            ctx.err() << "usage: retaildesk-cli mappings set delivery|payment|status SHOP_ID CRM_CODE [--apply]\n";
            return ExitUsage;
        }
        MappingState::Kind kind;
        if (pos.at(1) == u"delivery"_s)
            kind = MappingState::Kind::Delivery;
        else if (pos.at(1) == u"payment"_s)
            kind = MappingState::Kind::Payment;
        else if (pos.at(1) == u"status"_s)
            kind = MappingState::Kind::Status;
        else {
            ctx.err() << "error: '" << pos.at(1) << "' is not delivery, payment or status.\n";
            return ExitUsage;
        }
        bool idOk = false;
        const int shopId = pos.at(2).toInt(&idOk);
        if (!idOk || shopId <= 0) {
            ctx.err() << "error: SHOP_ID must be a positive whole number (got '" << pos.at(2) << "').\n";
            return ExitUsage;
        }
        const QString crmCode = pos.at(3).trimmed();
        auto l = load(ctx);
        if (!l)
            return ctx.fail(l.error());
        const QStringList known = codesOf(l->crm, kind);
        if (!crmCode.isEmpty() && !known.contains(crmCode)) {
            return ctx.fail(Error(ErrorCode::Config,
                                  u"The CRM has no %1 code '%2'."_s.arg(MappingState::kindName(kind), crmCode),
                                  u"Known codes: %1."_s.arg(known.join(u", "_s))));
        }
        ShopWriter writer(*l->db);
        const Status st = writer.setCode(writerKind(kind), shopId, crmCode, parser.isSet(apply));
        if (!st) {
            Error e = st.error();
            if (e.code == ErrorCode::Schema && !parser.isSet(apply))
                e.hint = u"Run the same command with --apply to add the column (as modRetailCRM did), "
                         u"or add it yourself."_s;
            return ctx.fail(e);
        }
        if (ctx.json)
            ctx.printJson(QJsonObject { { u"ok"_s, true },
                                        { u"kind"_s, MappingState::kindName(kind) },
                                        { u"shopId"_s, shopId },
                                        { u"code"_s, crmCode } });
        else
            ctx.out() << "Set " << MappingState::kindName(kind) << ' ' << shopId << " → "
                      << (crmCode.isEmpty() ? u"(none)"_s : crmCode) << ".\n";
        return ExitOk;
    }

    auto l = load(ctx);
    if (!l)
        return ctx.fail(l.error());

    if (action == u"show"_s) {
        if (ctx.json)
            ctx.printJson(QJsonObject { { u"mappings"_s, statesJson(*l) } });
        else
            printStates(ctx, *l);
        return ExitOk;
    }

    // auto
    QJsonArray applied;
    int suggested = 0;
    ShopWriter writer(*l->db);
    for (const MappingState &m : std::as_const(l->states)) {
        if ((m.code && !m.code->isEmpty()) || m.suggestion.isEmpty())
            continue;
        ++suggested;
        QJsonObject o { { u"kind"_s, MappingState::kindName(m.kind) },
                        { u"shopId"_s, m.shopId },
                        { u"name"_s, m.shopName },
                        { u"code"_s, m.suggestion } };
        if (parser.isSet(apply)) {
            const Status st = writer.setCode(writerKind(m.kind), m.shopId, m.suggestion, true);
            if (!st)
                return ctx.fail(st.error());
            o.insert(u"applied"_s, true);
        }
        applied.append(o);
        if (!ctx.json)
            ctx.out() << "  " << MappingState::kindName(m.kind).leftJustified(9)
                      << QString::number(m.shopId).rightJustified(4) << "  " << m.shopName.leftJustified(28) << " → "
                      << m.suggestion << (parser.isSet(apply) ? "  (stored)" : "") << '\n';
    }
    if (ctx.json) {
        ctx.printJson(QJsonObject { { u"suggestions"_s, applied }, { u"applied"_s, parser.isSet(apply) } });
    } else if (suggested == 0) {
        ctx.out() << "Nothing to suggest: every row has a code, or no CRM name is close enough.\n";
    } else if (!parser.isSet(apply)) {
        ctx.out() << "\n" << suggested << " suggestion(s). Run 'mappings auto --apply' to store them.\n";
    }
    ctx.out().flush();
    return ExitOk;
}

static const CommandRegistration registration { "mappings",
                                                "show | auto [--apply] | set delivery|payment|status SHOP_ID CRM_CODE",
                                                &runMappings, 30 };

} // namespace rd::cli
