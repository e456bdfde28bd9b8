#include "ConnectionCheck.h"

#include "CodeSuggester.h"
#include "config/SecretStore.h"
#include "crm/CrmClient.h"
#include "crm/CrmDecode.h"
#include "shop/ShopDatabase.h"
#include "shop/ShopReferenceReader.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

using Sev = CheckFinding::Severity;

QString severityName(Sev s)
{
    switch (s) {
    case Sev::Ok:
        return u"ok"_s;
    case Sev::Warning:
        return u"warning"_s;
    case Sev::Error:
        return u"error"_s;
    }
    return u"ok"_s;
}

QList<CrmCodeChoice> choicesFor(MappingState::Kind kind, const CrmReferenceLists &crm)
{
    QList<CrmCodeChoice> out;
    switch (kind) {
    case MappingState::Kind::Delivery:
        for (const auto &d : crm.deliveryTypes)
            if (d.active)
                out.append({ d.code, d.name });
        break;
    case MappingState::Kind::Payment:
        for (const auto &p : crm.paymentTypes)
            if (p.active)
                out.append({ p.code, p.name });
        break;
    case MappingState::Kind::Status:
        for (const auto &s : crm.statuses)
            if (s.active)
                out.append({ s.code, s.name });
        break;
    }
    return out;
}

CodeSuggester::Kind suggesterKind(MappingState::Kind kind)
{
    switch (kind) {
    case MappingState::Kind::Delivery:
        return CodeSuggester::Kind::Delivery;
    case MappingState::Kind::Payment:
        return CodeSuggester::Kind::Payment;
    case MappingState::Kind::Status:
        return CodeSuggester::Kind::Status;
    }
    return CodeSuggester::Kind::Delivery;
}

void add(CheckReport &report, Sev severity, const QString &area, const QString &subject, const QString &message,
         const QString &hint = {})
{
    report.findings.append({ severity, area, subject, message, hint });
}

void addError(CheckReport &report, const QString &area, const QString &subject, const Error &error)
{
    add(report, Sev::Error, area, subject, error.message, error.hint);
    if (!report.blocking)
        report.blocking = error;
}

void checkCrm(const Profile &profile, SecretStore &secrets, CheckReport &report,
              const std::function<void(const QString &)> &progress)
{
    const auto say = [&progress](const QString &t) {
        if (progress)
            progress(t);
    };
    auto key = secrets.read(SecretKind::CrmApiKey);
    if (!key) {
        addError(report, u"crm"_s, u"API key"_s, key.error());
        return;
    }
    auto config = CrmConfig::fromProfile(profile, *key);
    if (!config) {
        addError(report, u"crm"_s, u"URL"_s, config.error());
        return;
    }
    CrmClient client(*config);

    say(u"Checking the CRM API version…"_s);
    auto versions = CrmDecode::apiVersions(client.waitFor(client.apiVersions()));
    if (!versions) {
        addError(report, u"crm"_s, u"API"_s, versions.error());
        return;
    }
    report.apiVersions = *versions;
    const bool v5
        = std::any_of(versions->cbegin(), versions->cend(), [](const QString &v) { return v.startsWith(u"5."_s); });
    if (!v5) {
        addError(report, u"crm"_s, u"API version"_s,
                 Error(ErrorCode::Access,
                       u"The CRM at %1 does not offer API v5 (it offers %2)."_s.arg(profile.crm.url.toString(),
                                                                                    versions->join(u", "_s)),
                       u"RetailDesk needs API v5: check the URL, or ask RetailCRM support."_s));
        return;
    }
    add(report, Sev::Ok, u"crm"_s, u"API version"_s, u"API v5 available (%1)"_s.arg(versions->join(u", "_s)));

    say(u"Checking the API key…"_s);
    auto creds = CrmDecode::credentials(client.waitFor(client.credentials()));
    if (!creds) {
        addError(report, u"crm"_s, u"API key"_s, creds.error());
        return;
    }
    report.credentials = *creds;
    QStringList missing;
    for (const auto &[scope, purpose] : requiredCrmScopes())
        if (!creds->hasScope(scope))
            missing << u"%1 (%2)"_s.arg(scope, purpose);
    if (!missing.isEmpty()) {
        addError(report, u"crm"_s, u"API key scopes"_s,
                 Error(ErrorCode::Access, u"The API key lacks these permissions: %1."_s.arg(missing.join(u", "_s)),
                       u"In RetailCRM open Settings → Integration → API access keys, edit this key and tick the "
                       u"missing permissions (Настройки → Интеграция → Ключи доступа к API)."_s));
    } else {
        add(report, Sev::Ok, u"crm"_s, u"API key"_s, u"accepted, all needed permissions granted"_s);
    }
    if (!creds->canUseSite(profile.crm.site)) {
        addError(report, u"crm"_s, u"site access"_s,
                 Error(ErrorCode::Access,
                       u"The API key may not use the site '%1' (it may use: %2)."_s.arg(
                           profile.crm.site, creds->sitesAvailable.join(u", "_s)),
                       u"Set crm/site to one of those codes, or allow this site for the key in RetailCRM."_s));
        return;
    }

    say(u"Reading the CRM reference lists…"_s);
    auto refs = fetchCrmReferences(client);
    if (!refs) {
        addError(report, u"crm"_s, u"references"_s, refs.error());
        return;
    }
    report.crmReferences = *refs;
    for (const CrmSite &s : refs->sites)
        if (s.code == profile.crm.site)
            report.site = s;
    if (!report.site) {
        QStringList codes;
        for (const CrmSite &s : refs->sites)
            codes << s.code;
        addError(report, u"crm"_s, u"site"_s,
                 Error(ErrorCode::Config, u"The CRM has no site with the code '%1'."_s.arg(profile.crm.site),
                       u"Set crm/site to one of: %1."_s.arg(codes.join(u", "_s))));
        return;
    }
    add(report, Sev::Ok, u"crm"_s, u"site"_s,
        u"%1 (%2), currency %3"_s.arg(report.site->name, report.site->code, report.site->currency));
}

void checkShop(const Profile &profile, SecretStore &secrets, CheckReport &report,
               const std::function<void(const QString &)> &progress)
{
    if (progress)
        progress(u"Checking the shop database…"_s);
    QString password;
    if (profile.shop.driver == ShopSettings::Driver::MySql) {
        auto pw = secrets.read(SecretKind::ShopDbPassword);
        if (!pw) {
            addError(report, u"shop"_s, u"password"_s, pw.error());
            return;
        }
        password = *pw;
    }
    ShopDatabase db(profile.shop, password);
    auto info = db.detect();
    if (!info) {
        addError(report, u"shop"_s, u"database"_s, info.error());
        return;
    }
    report.shop = *info;
    add(report, Sev::Ok, u"shop"_s, u"database"_s, u"%1, %2"_s.arg(db.describe(), info->serverVersion));
    add(report, Sev::Ok, u"shop"_s, u"miniShop2"_s,
        u"version %1 (prefix '%2')"_s.arg(info->generationName(), info->prefix));
    QStringList addons;
    if (info->msOptionsPrice)
        addons << u"msOptionsPrice2"_s;
    if (info->msPromoCode)
        addons << u"msPromoCode"_s;
    add(report, Sev::Ok, u"shop"_s, u"add-ons"_s, addons.isEmpty() ? u"none found"_s : addons.join(u", "_s));
    if (profile.sync.msOptionsPrice && !info->msOptionsPrice)
        add(report, Sev::Warning, u"shop"_s, u"msOptionsPrice2"_s,
            u"sync/msoptionsprice is on, but the shop has no msOptionsPrice2 tables"_s,
            u"Turn sync/msoptionsprice off, or check the prefix."_s);
    for (const QString &w : info->warnings)
        add(report, Sev::Warning, u"shop"_s, u"schema"_s, w);

    QStringList missingColumns;
    if (!info->deliveryCodeColumn)
        missingColumns << u"%1ms2_deliveries.retailcrm_delivery_code"_s.arg(info->prefix);
    if (!info->paymentCodeColumn)
        missingColumns << u"%1ms2_payments.retailcrm_payment_code"_s.arg(info->prefix);
    if (!info->statusCodeColumn)
        missingColumns << u"%1ms2_order_statuses.retailcrm_status_code"_s.arg(info->prefix);
    if (!missingColumns.isEmpty())
        add(report, Sev::Warning, u"mappings"_s, u"code columns"_s, u"missing: %1"_s.arg(missingColumns.join(u", "_s)),
            u"RetailDesk keeps CRM codes in these columns (as modRetailCRM did). Add them with "
            u"'retaildesk-cli mappings auto --apply' or the Mappings page (asks first)."_s);

    auto refs = ShopReferenceReader::read(db);
    if (!refs) {
        addError(report, u"shop"_s, u"references"_s, refs.error());
        return;
    }
    report.mappings
        = mappingStates(*refs, report.crmReferences ? &*report.crmReferences : nullptr, profile.sync.statuses);
    int unmapped = 0, unknown = 0;
    for (const MappingState &m : std::as_const(report.mappings)) {
        if (!m.active)
            continue;
        const QString what = u"%1 %2 \"%3\""_s.arg(MappingState::kindName(m.kind)).arg(m.shopId).arg(m.shopName);
        if (!m.code || m.code->isEmpty()) {
            if (m.kind == MappingState::Kind::Status && !m.synced)
                continue;
            ++unmapped;
            add(report, Sev::Warning, u"mappings"_s, what, u"no CRM code"_s,
                m.suggestion.isEmpty()
                    ? u"Set one with 'retaildesk-cli mappings set'."_s
                    : u"Suggested: %1 ('retaildesk-cli mappings auto --apply')."_s.arg(m.suggestion));
        } else if (report.crmReferences && !m.codeKnown) {
            ++unknown;
            add(report, Sev::Warning, u"mappings"_s, what, u"code '%1' is not in the CRM's list"_s.arg(*m.code),
                u"Pick an existing code: 'retaildesk-cli references' lists them."_s);
        }
    }
    if (unmapped == 0 && unknown == 0)
        add(report, Sev::Ok, u"mappings"_s, u"codes"_s,
            u"every active delivery, payment and synced status is mapped"_s);
    for (int id : profile.sync.statuses) {
        const bool exists = std::any_of(refs->statuses.cbegin(), refs->statuses.cend(),
                                        [id](const ShopStatus &s) { return s.id == id; });
        if (!exists)
            add(report, Sev::Warning, u"mappings"_s, u"sync/statuses"_s,
                u"status id %1 is listed but the shop has no such status"_s.arg(id),
                u"Remove it from sync/statuses."_s);
    }
}

} // namespace

QString MappingState::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Delivery:
        return u"delivery"_s;
    case Kind::Payment:
        return u"payment"_s;
    case Kind::Status:
        return u"status"_s;
    }
    return {};
}

QJsonObject CrmReferenceLists::toJson() const
{
    QJsonArray s, d, p, st;
    for (const auto &x : sites)
        s.append(QJsonObject { { u"code"_s, x.code },
                               { u"name"_s, x.name },
                               { u"currency"_s, x.currency },
                               { u"url"_s, x.url.toString() },
                               { u"ymlUrl"_s, x.ymlUrl.toString() } });
    for (const auto &x : deliveryTypes)
        d.append(QJsonObject { { u"code"_s, x.code },
                               { u"name"_s, x.name },
                               { u"active"_s, x.active },
                               { u"paymentTypes"_s, QJsonArray::fromStringList(x.paymentTypes) } });
    for (const auto &x : paymentTypes)
        p.append(QJsonObject { { u"code"_s, x.code },
                               { u"name"_s, x.name },
                               { u"active"_s, x.active },
                               { u"deliveryTypes"_s, QJsonArray::fromStringList(x.deliveryTypes) } });
    for (const auto &x : statuses)
        st.append(QJsonObject {
            { u"code"_s, x.code }, { u"name"_s, x.name }, { u"active"_s, x.active }, { u"group"_s, x.group } });
    return { { u"sites"_s, s }, { u"deliveryTypes"_s, d }, { u"paymentTypes"_s, p }, { u"statuses"_s, st } };
}

Result<CrmReferenceLists> fetchCrmReferences(CrmClient &client)
{
    // Four independent calls: issue them together so they share the rate limit and overlap.
    CrmReply *sites = client.sites();
    CrmReply *deliveries = client.deliveryTypes();
    CrmReply *payments = client.paymentTypes();
    CrmReply *statuses = client.statuses();
    auto s = CrmDecode::sites(client.waitFor(sites));
    auto d = CrmDecode::deliveryTypes(client.waitFor(deliveries));
    auto p = CrmDecode::paymentTypes(client.waitFor(payments));
    auto st = CrmDecode::statuses(client.waitFor(statuses));
    if (!s)
        return s.error();
    if (!d)
        return d.error();
    if (!p)
        return p.error();
    if (!st)
        return st.error();
    return CrmReferenceLists { *s, *d, *p, *st };
}

QList<QPair<QString, QString>> requiredCrmScopes()
{
    return {
        { u"reference_read"_s, u"read delivery types, payment types, statuses"_s },
        { u"customer_read"_s, u"look up customers"_s },
        { u"customer_write"_s, u"upload customers"_s },
        { u"order_read"_s, u"look up orders and read their history"_s },
        { u"order_write"_s, u"upload orders and statuses"_s },
        { u"store_read"_s, u"look up products"_s },
        { u"store_write"_s, u"upload stock and prices"_s },
    };
}

QList<MappingState> mappingStates(const ShopReferences &shop, const CrmReferenceLists *crm,
                                  const QList<int> &syncStatuses)
{
    QList<MappingState> out;
    const auto finish = [crm](MappingState m) {
        if (crm) {
            const QList<CrmCodeChoice> choices = choicesFor(m.kind, *crm);
            if (m.code && !m.code->isEmpty())
                m.codeKnown = std::any_of(choices.cbegin(), choices.cend(),
                                          [&m](const CrmCodeChoice &c) { return c.code == *m.code; });
            else
                m.suggestion = CodeSuggester::suggest(suggesterKind(m.kind), m.shopName, choices).code;
        }
        return m;
    };
    for (const ShopDelivery &d : shop.deliveries) {
        MappingState m;
        m.kind = MappingState::Kind::Delivery;
        m.shopId = d.id;
        m.shopName = d.name;
        m.active = d.active;
        m.code = d.crmCode;
        out.append(finish(m));
    }
    for (const ShopPayment &p : shop.payments) {
        MappingState m;
        m.kind = MappingState::Kind::Payment;
        m.shopId = p.id;
        m.shopName = p.name;
        m.active = p.active;
        m.code = p.crmCode;
        out.append(finish(m));
    }
    for (const ShopStatus &s : shop.statuses) {
        MappingState m;
        m.kind = MappingState::Kind::Status;
        m.shopId = s.id;
        m.shopName = s.name;
        m.active = s.active;
        m.code = s.crmCode;
        m.synced = syncStatuses.contains(s.id);
        out.append(finish(m));
    }
    return out;
}

int CheckReport::errorCount() const
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [](const CheckFinding &f) { return f.severity == Sev::Error; }));
}

int CheckReport::warningCount() const
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [](const CheckFinding &f) { return f.severity == Sev::Warning; }));
}

int CheckReport::exitCode() const
{
    return blocking ? exitCodeFor(blocking->code) : 0;
}

QJsonObject CheckReport::toJson() const
{
    QJsonArray list;
    for (const CheckFinding &f : findings) {
        QJsonObject o { { u"severity"_s, severityName(f.severity) },
                        { u"area"_s, f.area },
                        { u"subject"_s, f.subject },
                        { u"message"_s, f.message } };
        if (!f.hint.isEmpty())
            o.insert(u"hint"_s, f.hint);
        list.append(o);
    }
    QJsonObject doc { { u"ok"_s, ok() }, { u"findings"_s, list } };
    if (blocking)
        doc.insert(u"error"_s,
                   QJsonObject { { u"code"_s, errorCodeName(blocking->code) },
                                 { u"message"_s, blocking->message },
                                 { u"hint"_s, blocking->hint } });
    QJsonObject crm { { u"apiVersions"_s, QJsonArray::fromStringList(apiVersions) } };
    if (credentials) {
        crm.insert(u"scopes"_s, QJsonArray::fromStringList(credentials->scopes));
        crm.insert(u"siteAccess"_s, credentials->siteAccess);
        crm.insert(u"sitesAvailable"_s, QJsonArray::fromStringList(credentials->sitesAvailable));
    }
    if (site)
        crm.insert(u"site"_s, QJsonObject { { u"code"_s, site->code }, { u"name"_s, site->name } });
    doc.insert(u"crm"_s, crm);
    if (shop) {
        QJsonObject s { { u"generation"_s, shop->generationName() },
                        { u"prefix"_s, shop->prefix },
                        { u"server"_s, shop->serverVersion },
                        { u"msOptionsPrice"_s, shop->msOptionsPrice },
                        { u"msPromoCode"_s, shop->msPromoCode },
                        { u"codeColumns"_s,
                          QJsonObject { { u"delivery"_s, shop->deliveryCodeColumn },
                                        { u"payment"_s, shop->paymentCodeColumn },
                                        { u"status"_s, shop->statusCodeColumn } } } };
        doc.insert(u"shop"_s, s);
    }
    QJsonArray maps;
    for (const MappingState &m : mappings) {
        QJsonObject o { { u"kind"_s, MappingState::kindName(m.kind) },
                        { u"shopId"_s, m.shopId },
                        { u"name"_s, m.shopName },
                        { u"active"_s, m.active },
                        { u"code"_s, m.code ? QJsonValue(*m.code) : QJsonValue() },
                        { u"known"_s, m.codeKnown } };
        if (m.kind == MappingState::Kind::Status)
            o.insert(u"synced"_s, m.synced);
        if (!m.suggestion.isEmpty())
            o.insert(u"suggestion"_s, m.suggestion);
        maps.append(o);
    }
    doc.insert(u"mappings"_s, maps);
    return doc;
}

QStringList CheckReport::toText() const
{
    QStringList lines;
    for (const CheckFinding &f : findings) {
        const QString mark = f.severity == Sev::Ok ? u"ok  "_s : f.severity == Sev::Warning ? u"WARN"_s : u"FAIL"_s;
        lines << u"%1  %2  %3: %4"_s.arg(mark, f.area.leftJustified(8), f.subject, f.message);
        if (!f.hint.isEmpty() && f.severity != Sev::Ok)
            lines << u"          → %1"_s.arg(f.hint);
    }
    return lines;
}

CheckReport runConnectionCheck(const Profile &profile, SecretStore &secrets,
                               const std::function<void(const QString &)> &progress)
{
    CheckReport report;
    checkCrm(profile, secrets, report, progress);
    checkShop(profile, secrets, report, progress);
    return report;
}

} // namespace rd
