#include "SandboxApi.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace rd::sandbox {

namespace {

const QString kApiPrefix = u"/api/v5/"_s;

QStringList splitPath(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

} // namespace

SandboxApi::SandboxApi(SandboxStore *store, const QString &apiKey, const QString &siteCode)
    : m_store(store)
    , m_site(siteCode)
{
    m_keyHashes.append(keyHash(apiKey));

    addRoute("GET", u"/api/api-versions"_s, &SandboxApi::apiVersions);
    addRoute("GET", u"/api/credentials"_s, &SandboxApi::credentials);
    addRoute("GET", u"credentials"_s, &SandboxApi::credentials);
    addRoute("GET", u"reference/sites"_s,
             [](SandboxApi *a, const Call &) { return a->referenceMap(u"site"_s, u"sites"_s); });
    addRoute("POST", u"reference/sites/{code}/edit"_s, &SandboxApi::siteEdit);
    addRoute("GET", u"reference/delivery-types"_s,
             [](SandboxApi *a, const Call &) { return a->referenceMap(u"deliveryType"_s, u"deliveryTypes"_s); });
    addRoute("GET", u"reference/payment-types"_s,
             [](SandboxApi *a, const Call &) { return a->referenceMap(u"paymentType"_s, u"paymentTypes"_s); });
    addRoute("GET", u"reference/statuses"_s,
             [](SandboxApi *a, const Call &) { return a->referenceMap(u"status"_s, u"statuses"_s); });
    addRoute("GET", u"reference/status-groups"_s,
             [](SandboxApi *a, const Call &) { return a->referenceMap(u"statusGroup"_s, u"statusGroups"_s); });
    addRoute("GET", u"reference/payment-statuses"_s,
             [](SandboxApi *a, const Call &) { return a->referenceMap(u"paymentStatus"_s, u"paymentStatuses"_s); });
    addRoute("GET", u"reference/order-types"_s,
             [](SandboxApi *a, const Call &) { return a->referenceMap(u"orderType"_s, u"orderTypes"_s); });
    addRoute("GET", u"reference/order-methods"_s,
             [](SandboxApi *a, const Call &) { return a->referenceMap(u"orderMethod"_s, u"orderMethods"_s); });
    addRoute("GET", u"reference/stores"_s,
             [](SandboxApi *a, const Call &) { return a->referenceList(u"store"_s, u"stores"_s); });
    addRoute("GET", u"reference/price-types"_s,
             [](SandboxApi *a, const Call &) { return a->referenceList(u"priceType"_s, u"priceTypes"_s); });

    // Fixed paths before the {id} patterns of the same length.
    addRoute("GET", u"customers"_s, &SandboxApi::customersList);
    addRoute("GET", u"customers/history"_s, &SandboxApi::customersHistory);
    addRoute("POST", u"customers/create"_s, &SandboxApi::customersCreate);
    addRoute("POST", u"customers/upload"_s, &SandboxApi::customersUpload);
    addRoute("POST", u"customers/fix-external-ids"_s, &SandboxApi::customersFixExternalIds);
    addRoute("GET", u"customers/{id}"_s, &SandboxApi::customersGet);
    addRoute("POST", u"customers/{id}/edit"_s, &SandboxApi::customersEdit);

    addRoute("GET", u"orders"_s, &SandboxApi::ordersList);
    addRoute("GET", u"orders/history"_s, &SandboxApi::ordersHistory);
    addRoute("GET", u"orders/statuses"_s, &SandboxApi::ordersStatuses);
    addRoute("POST", u"orders/create"_s, &SandboxApi::ordersCreate);
    addRoute("POST", u"orders/upload"_s, &SandboxApi::ordersUpload);
    addRoute("POST", u"orders/fix-external-ids"_s, &SandboxApi::ordersFixExternalIds);
    addRoute("GET", u"orders/{id}"_s, &SandboxApi::ordersGet);
    addRoute("POST", u"orders/{id}/edit"_s, &SandboxApi::ordersEdit);

    addRoute("GET", u"store/products"_s, &SandboxApi::productsList);
    addRoute("GET", u"store/offers"_s, &SandboxApi::offersList);
    addRoute("GET", u"store/inventories"_s, &SandboxApi::inventoriesList);
    addRoute("POST", u"store/inventories/upload"_s, &SandboxApi::inventoriesUpload);
    addRoute("POST", u"store/prices/upload"_s, &SandboxApi::pricesUpload);
}

void SandboxApi::addRoute(const QByteArray &method, const QString &pattern, Handler handler)
{
    Route r;
    r.method = method;
    r.pattern = pattern;
    r.segments = splitPath(pattern.startsWith(u'/') ? pattern : kApiPrefix + pattern);
    r.handler = std::move(handler);
    m_routes.append(std::move(r));
}

const SandboxApi::Route *SandboxApi::match(const QString &path, const QByteArray &method, QStringList *args,
                                           bool *pathKnown) const
{
    const QStringList segments = splitPath(path);
    *pathKnown = false;
    for (const Route &r : m_routes) {
        if (r.segments.size() != segments.size())
            continue;
        QStringList captured;
        bool ok = true;
        for (qsizetype i = 0; i < segments.size() && ok; ++i) {
            const QString &p = r.segments.at(i);
            if (p.startsWith(u'{'))
                captured.append(segments.at(i));
            else
                ok = p == segments.at(i);
        }
        if (!ok)
            continue;
        *pathKnown = true;
        if (r.method == method) {
            *args = captured;
            return &r;
        }
    }
    return nullptr;
}

QString SandboxApi::endpointOf(const SandboxHttpRequest &request) const
{
    QStringList args;
    bool known = false;
    const Route *r = match(request.path, request.method, &args, &known);
    if (!r)
        return QString::fromLatin1(request.method) + u" unknown"_s;
    const QString path = r->pattern.startsWith(u'/') ? r->pattern : kApiPrefix + r->pattern;
    return QString::fromLatin1(request.method) + u' ' + path;
}

SandboxHttpResponse SandboxApi::handle(const SandboxHttpRequest &request)
{
    Call call;
    call.http = &request;
    bool known = false;
    const Route *route = match(request.path, request.method, &call.args, &known);
    if (!route) {
        if (known)
            return SandboxHttpResponse::error(405, u"Method Not Allowed"_s);
        return SandboxHttpResponse::error(404, u"API method not found"_s);
    }

    call.params.addUrlEncoded(request.rawQuery);
    bool badBody = false;
    if (request.method == "POST") {
        const QByteArray contentType = request.header("Content-Type").trimmed();
        const QByteArray mime = contentType.split(';').first().trimmed().toLower();
        if (mime == "application/x-www-form-urlencoded") {
            call.params.addUrlEncoded(request.body);
        } else if (mime == "multipart/form-data") {
            QByteArray boundary;
            for (const QByteArray &part : contentType.split(';')) {
                const QByteArray t = part.trimmed();
                if (t.toLower().startsWith("boundary="))
                    boundary = t.mid(9).replace('"', "");
            }
            badBody = !call.params.addMultipart(request.body, boundary);
        } else if (!request.body.isEmpty()) {
            badBody = true;
        }
    }

    QString key = QString::fromUtf8(request.header("X-API-KEY"));
    if (key.isEmpty())
        key = call.params.value(u"apiKey"_s);
    if (key.isEmpty())
        return SandboxHttpResponse::error(403, u"\"apiKey\" is missing."_s);
    call.keyHash = keyHash(key);
    if (!m_keyHashes.contains(call.keyHash))
        return SandboxHttpResponse::error(403, u"Wrong \"apiKey\" value."_s);

    if (badBody) {
        return SandboxHttpResponse::error(
            400, u"Errors in the input parameters"_s,
            { { u"body"_s,
                u"The request body must be application/x-www-form-urlencoded (or multipart/form-data)."_s } });
    }

    // On reference edits "site" is the entity itself; elsewhere it names the site.
    call.site = route->pattern.startsWith(u"reference/") ? QString() : call.params.value(u"site"_s);
    if (call.site.isEmpty())
        call.site = m_site;
    else if (!m_store->reference(u"site"_s, call.site))
        return SandboxHttpResponse::error(
            403, u"Access denied."_s, { { u"site"_s, u"Site \"%1\" is not available to this key."_s.arg(call.site) } });

    return route->handler(this, call);
}

// ---- system and references -------------------------------------------------------------------------------

SandboxHttpResponse SandboxApi::apiVersions(const Call &)
{
    return SandboxHttpResponse::json(
        200, { { u"success"_s, true }, { u"versions"_s, QJsonArray { u"3.0"_s, u"4.0"_s, u"5.0"_s } } });
}

SandboxHttpResponse SandboxApi::credentials(const Call &)
{
    static const QStringList scopes {
        u"order_read"_s,       u"order_write"_s,       u"customer_read"_s,  u"customer_write"_s,
        u"store_read"_s,       u"store_write"_s,       u"reference_read"_s, u"reference_write"_s,
        u"integration_read"_s, u"integration_write"_s, u"loyalty_read"_s,   u"loyalty_write"_s,
    };
    QJsonArray credentials;
    for (const Route &r : m_routes)
        credentials.append(r.pattern.startsWith(u'/') ? r.pattern : u"/api/v5/"_s + r.pattern);
    return SandboxHttpResponse::json(200,
                                     { { u"success"_s, true },
                                       { u"scopes"_s, QJsonArray::fromStringList(scopes) },
                                       { u"siteAccess"_s, u"access_selective"_s },
                                       { u"sitesAvailable"_s, QJsonArray { m_site } },
                                       { u"credentials"_s, credentials } });
}

SandboxHttpResponse SandboxApi::referenceMap(const QString &kind, const QString &key)
{
    QJsonObject map;
    for (QJsonObject o : m_store->references(kind)) {
        const QString code = o.value(u"code"_s).toString();
        if (kind != u"site" && kind != u"status" && kind != u"statusGroup")
            o.remove(u"ordering"_s);
        map.insert(code, o);
    }
    QJsonObject out { { u"success"_s, true } };
    // An empty map comes as [] from the real CRM.
    out.insert(key, map.isEmpty() ? QJsonValue(QJsonArray {}) : QJsonValue(map));
    return SandboxHttpResponse::json(200, out);
}

SandboxHttpResponse SandboxApi::referenceList(const QString &kind, const QString &key)
{
    QJsonArray list;
    for (const QJsonObject &o : m_store->references(kind))
        list.append(o);
    return SandboxHttpResponse::json(200, { { u"success"_s, true }, { key, list } });
}

SandboxHttpResponse SandboxApi::siteEdit(const Call &call)
{
    QJsonValue value;
    if (auto bad = entityParam(call, u"site"_s, &value))
        return *bad;
    if (!value.isObject())
        return SandboxHttpResponse::error(400, u"Errors in the entity format"_s,
                                          { { u"site"_s, u"The site must be a JSON object."_s } });
    const QString code = call.args.value(0);
    const QJsonObject patch = value.toObject();
    if (patch.contains(u"code"_s) && patch.value(u"code"_s).toString() != code)
        return SandboxHttpResponse::error(400, u"Errors in the entity format"_s,
                                          { { u"code"_s, u"The code does not match the one in the path."_s } });
    FieldErrors errors;
    for (const QString &f : { u"ymlUrl"_s, u"url"_s, u"name"_s }) {
        if (patch.contains(f) && !patch.value(f).isString())
            errors.append({ f, u"This value should be of type string."_s });
    }
    const QString yml = patch.value(u"ymlUrl"_s).toString();
    if (!yml.isEmpty() && !yml.startsWith(u"http://") && !yml.startsWith(u"https://"))
        errors.append({ u"ymlUrl"_s, u"This value is not a valid URL."_s });
    if (!errors.isEmpty())
        return SandboxHttpResponse::error(400, u"Errors in the entity format"_s, errorsObject(errors));

    std::optional<QJsonObject> existing = m_store->reference(u"site"_s, code);
    if (!existing)
        return SandboxHttpResponse::error(404, u"Not found"_s);
    QJsonObject site = *existing;
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.key() != u"id")
            site.insert(it.key(), it.value());
    }
    if (patch.contains(u"ymlUrl"_s) && !yml.isEmpty())
        site.insert(u"loadFromYml"_s, true);
    if (Status s = m_store->putReference(u"site"_s, code, site.value(u"ordering"_s).toInt(10), site); !s)
        return SandboxHttpResponse::error(500, s.error().message);
    return SandboxHttpResponse::json(200, { { u"success"_s, true }, { u"id"_s, site.value(u"id"_s).toInt() } });
}

// ---- control -----------------------------------------------------------------------------------------------

SandboxHttpResponse SandboxApi::handleControl(const SandboxHttpRequest &request)
{
    if (request.path == u"/_sandbox/icml" && request.method == "POST" && request.body.trimmed().startsWith('<'))
        return controlIcml(request.body);
    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return SandboxHttpResponse::error(400,
                                              u"The body must be a JSON object: %1"_s.arg(parseError.errorString()));
        body = doc.object();
    }
    const QStringList segments = splitPath(request.path); // "_sandbox", ...
    const bool post = request.method == "POST";
    if (segments.size() == 2 && segments.at(1) == u"api-keys" && post) {
        const QString key = body.value(u"key"_s).toString();
        if (key.isEmpty())
            return SandboxHttpResponse::error(400, u"Give the extra key as {\"key\": \"...\"}."_s);
        const QByteArray hash = keyHash(key);
        if (!m_keyHashes.contains(hash))
            m_keyHashes.append(hash);
        return SandboxHttpResponse::json(200, { { u"success"_s, true }, { u"keys"_s, m_keyHashes.size() } });
    }
    if (segments.size() == 2 && segments.at(1) == u"reset" && post)
        return controlReset(body);
    if (segments.size() == 2 && segments.at(1) == u"dump" && request.method == "GET")
        return controlDump();
    if (segments.size() == 2 && segments.at(1) == u"products" && post)
        return controlProducts(body);
    if (segments.size() == 2 && segments.at(1) == u"icml" && post) {
        QFile file(body.value(u"path"_s).toString());
        if (file.fileName().isEmpty() || !file.open(QIODevice::ReadOnly))
            return SandboxHttpResponse::error(
                400,
                u"Post the ICML itself, or {\"path\": \"/absolute/file.xml\"} naming a readable file (%1)."_s.arg(
                    file.fileName()));
        return controlIcml(file.readAll());
    }
    if (segments.size() == 4 && segments.at(1) == u"orders" && post) {
        const int userId = body.value(u"userId"_s).toInt(1);
        if (segments.at(3) == u"status") {
            if (!body.value(u"status"_s).isString())
                return SandboxHttpResponse::error(400, u"Give the new status as {\"status\": \"code\"}."_s);
            return controlOrderEdit(segments.at(2), { { u"status"_s, body.value(u"status"_s) } }, userId);
        }
        if (segments.at(3) == u"edit") {
            if (!body.value(u"order"_s).isObject())
                return SandboxHttpResponse::error(400, u"Give the changes as {\"order\": {...}}."_s);
            return controlOrderEdit(segments.at(2), body.value(u"order"_s).toObject(), userId);
        }
    }
    return SandboxHttpResponse::error(
        404, u"Unknown control endpoint %1 %2"_s.arg(QString::fromLatin1(request.method), request.path));
}

// ---- helpers -----------------------------------------------------------------------------------------------

std::optional<SandboxHttpResponse> SandboxApi::pagination(const Call &call, const QList<int> &allowed, int *limit,
                                                          int *page) const
{
    bool ok = true;
    *limit = 20;
    *page = 1;
    if (call.params.contains(u"limit"_s)) {
        *limit = call.params.value(u"limit"_s).toInt(&ok);
        if (!ok || !allowed.contains(*limit)) {
            QStringList choices;
            for (int a : allowed)
                choices.append(QString::number(a));
            return SandboxHttpResponse::error(
                400, u"Errors in the input parameters"_s,
                { { u"limit"_s, u"The value you selected is not a valid choice (%1)."_s.arg(choices.join(u", "_s)) } });
        }
    }
    if (call.params.contains(u"page"_s)) {
        *page = call.params.value(u"page"_s).toInt(&ok);
        if (!ok || *page < 1)
            return SandboxHttpResponse::error(400, u"Errors in the input parameters"_s,
                                              { { u"page"_s, u"This value should be greater than or equal to 1."_s } });
    }
    return std::nullopt;
}

QJsonObject SandboxApi::paginationObject(int limit, int page, qint64 total)
{
    const qint64 pages = total == 0 ? 0 : (total + limit - 1) / limit;
    return {
        { u"limit"_s, limit }, { u"totalCount"_s, total }, { u"currentPage"_s, page }, { u"totalPageCount"_s, pages }
    };
}

std::optional<SandboxHttpResponse> SandboxApi::entityParam(const Call &call, const QString &name, QJsonValue *out) const
{
    if (!call.params.contains(name))
        return SandboxHttpResponse::error(400, u"Parameter '%1' is missing"_s.arg(name));
    const QByteArray text = call.params.value(name).toUtf8();
    QJsonParseError parseError;
    // Wrapped in an array so that scalars parse too and are refused by type, not by syntax.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]", &parseError);
    if (text.trimmed().isEmpty() || parseError.error != QJsonParseError::NoError || doc.array().size() != 1)
        return SandboxHttpResponse::error(
            400, u"Errors in the entity format"_s,
            { { name, u"The value is not valid JSON: %1."_s.arg(parseError.errorString()) } });
    *out = doc.array().at(0);
    return std::nullopt;
}

QString SandboxApi::now()
{
    // Local-time conversion stats the time zone file each call; once a second is plenty (one thread).
    static qint64 lastSecs = -1;
    static QString text;
    const qint64 secs = QDateTime::currentSecsSinceEpoch();
    if (secs != lastSecs) {
        text = QDateTime::fromSecsSinceEpoch(secs).toString(u"yyyy-MM-dd HH:mm:ss"_s);
        lastSecs = secs;
    }
    return text;
}

QByteArray SandboxApi::keyHash(const QString &key)
{
    return QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QJsonObject SandboxApi::errorsObject(const FieldErrors &errors)
{
    QJsonObject o;
    for (const auto &[field, message] : errors) {
        const QString key = field.isEmpty() ? u"0"_s : field;
        if (o.contains(key))
            o.insert(key, QString(o.value(key).toString() + u' ' + message));
        else
            o.insert(key, message);
    }
    return o;
}

QString SandboxApi::errorsText(const FieldErrors &errors)
{
    QStringList parts;
    for (const auto &[field, message] : errors)
        parts.append(field.isEmpty() ? message : field + u": "_s + message);
    return parts.join(u"; "_s);
}

} // namespace rd::sandbox
