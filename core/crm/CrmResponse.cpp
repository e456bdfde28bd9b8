#include "CrmResponse.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace rd {

namespace {

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts.append(jsonText(v));
        return parts.join(u"; "_s);
    }
    return {};
}

QString apiRelative(const QString &path)
{
    QString p = path;
    for (const QString &prefix : { u"/api/v5/"_s, u"/api/"_s }) {
        const qsizetype at = p.indexOf(prefix);
        if (at >= 0)
            return p.mid(at + prefix.size());
    }
    return p;
}

QString snippet(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(120)).simplified();
    if (body.size() > 120)
        text += u'…';
    return text;
}

const QString urlHint = u"Check crm/url in the profile: it must be your RetailCRM account address, "
                        "e.g. https://yourname.retailcrm.ru (without /api/v5)."_s;

} // namespace

QString CrmResponse::apiKeyHint()
{
    return u"Make a key in the RetailCRM admin: Settings → Integration → API access keys "
           "(Настройки → Интеграция → Ключи доступа к API), then store it with "
           "`retaildesk-cli secret set crm-api-key` or set RETAILDESK_API_KEY."_s;
}

QString CrmResponse::requiredScope(const QString &method, const QString &path)
{
    const QString rel = apiRelative(path);
    const bool write = method.compare(u"GET"_s, Qt::CaseInsensitive) != 0;
    QString area;
    if (rel.startsWith(u"orders"_s))
        area = u"order"_s;
    else if (rel.startsWith(u"customers"_s))
        area = u"customer"_s;
    else if (rel.startsWith(u"reference"_s))
        area = u"reference"_s;
    else if (rel.startsWith(u"store"_s))
        area = u"store"_s;
    else if (rel.startsWith(u"integration-modules"_s))
        area = u"integration"_s;
    else
        return {};
    return area + (write ? u"_write"_s : u"_read"_s);
}

void CrmResponse::readErrors(const QJsonValue &errors, Error &into)
{
    if (errors.isObject()) {
        const QJsonObject map = errors.toObject();
        for (auto it = map.begin(); it != map.end(); ++it)
            into.fieldErrors.insert(it.key(), jsonText(it.value()));
    } else if (errors.isArray()) {
        for (const QJsonValue &v : errors.toArray())
            into.messages.append(jsonText(v));
    } else if (errors.isString() && !errors.toString().isEmpty()) {
        into.messages.append(errors.toString());
    }
}

Error CrmResponse::envelopeError(ErrorCode code, const QJsonObject &envelope, const QString &what) const
{
    Error error(code, what);
    error.httpStatus = httpStatus;
    readErrors(envelope.value(u"errors"_s), error);
    return error;
}

Error CrmResponse::rateLimited(const QString &host, int attempts)
{
    Error error(ErrorCode::RateLimited,
                u"RetailCRM at %1 kept refusing requests because its rate limit was exceeded (HTTP 503), "
                "%2 attempts."_s.arg(host)
                    .arg(attempts),
                u"Lower crm/rate_limit in the profile or try again later; another program may be using the same "
                "account or IP address."_s);
    error.httpStatus = 503;
    return error;
}

Error CrmResponse::networkError(const QString &host, const QString &what, int attempts)
{
    return Error(ErrorCode::Network,
                 u"Could not reach RetailCRM at %1: %2 (%3 attempts)."_s.arg(host, what).arg(attempts),
                 u"Check the network connection and crm/url in the profile."_s);
}

Error CrmResponse::timeout(const QString &method, const QString &path, int timeoutMs, int attempts)
{
    return Error(ErrorCode::Timeout,
                 u"RetailCRM did not answer %1 %2 within %3 s (%4 attempts)."_s.arg(method, path)
                     .arg(timeoutMs / 1000.0)
                     .arg(attempts),
                 u"Check the network connection; if the CRM is just slow, try again later."_s);
}

Result<QJsonObject> CrmResponse::interpret() const
{
    const QString where = method + u' ' + path;
    const QByteArray trimmed = body.trimmed();
    const bool html = contentType.toLower().contains("text/html") || trimmed.startsWith('<');

    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const bool isObject = parseError.error == QJsonParseError::NoError && doc.isObject();
    const QJsonObject envelope = doc.object();
    const QString errorMsg = envelope.value(u"errorMsg"_s).toString();

    auto malformed = [&] {
        Error error(ErrorCode::MalformedResponse,
                    u"RetailCRM answered %1 with something that is not the JSON the API promises "
                    "(HTTP %2, %3 bytes%4)."_s.arg(where)
                        .arg(httpStatus)
                        .arg(body.size())
                        .arg(trimmed.isEmpty() ? QString() : u": \""_s + snippet(trimmed) + u'"'),
                    urlHint + u" A proxy or firewall may also be answering in the CRM's place."_s);
        error.httpStatus = httpStatus;
        return error;
    };
    auto accountNotFound = [&](const QString &why) {
        Error error(ErrorCode::AccountNotFound, u"No RetailCRM account answers at %1: %2."_s.arg(host, why), urlHint);
        error.httpStatus = httpStatus;
        return error;
    };

    if (httpStatus >= 200 && httpStatus < 300) {
        if (!isObject)
            return html ? accountNotFound(u"%1 answered with a web page instead of API JSON"_s.arg(where))
                        : malformed();
        if (envelope.value(u"success"_s).toBool(true))
            return envelope;
        return envelopeError(
            ErrorCode::Validation, envelope,
            u"RetailCRM refused %1: %2"_s.arg(where, errorMsg.isEmpty() ? u"no reason given"_s : errorMsg));
    }
    if (httpStatus == 460) {
        if (!isObject)
            return malformed();
        if (batchUpload)
            return envelope; // partial success of a batch: the payload lists uploaded and failed items
        return envelopeError(
            ErrorCode::PartialUpload, envelope,
            u"RetailCRM only partly did %1: %2"_s.arg(where, errorMsg.isEmpty() ? u"HTTP 460"_s : errorMsg));
    }
    if (httpStatus >= 300 && httpStatus < 400) {
        return accountNotFound(
            u"%1 redirects to %2"_s.arg(where, location.isEmpty() ? u"another address"_s : location));
    }
    if (httpStatus == 503 || httpStatus == 429) {
        Error error = rateLimited(host, 1);
        error.httpStatus = httpStatus;
        return error;
    }
    if (httpStatus >= 500) {
        Error error(ErrorCode::Server,
                    u"RetailCRM failed on %1 with HTTP %2%3."_s.arg(where)
                        .arg(httpStatus)
                        .arg(errorMsg.isEmpty() ? QString() : u": "_s + errorMsg),
                    u"Try again later; if it keeps failing, contact RetailCRM support and give them the time of "
                    "the request."_s);
        error.httpStatus = httpStatus;
        if (isObject)
            readErrors(envelope.value(u"errors"_s), error);
        return error;
    }
    if (body.contains("Account does not exist"))
        return accountNotFound(u"RetailCRM says the account does not exist"_s);
    if (httpStatus == 405 && html && method.compare(u"GET"_s, Qt::CaseInsensitive) != 0)
        return accountNotFound(u"%1 is not accepted there (HTTP 405, a web page)"_s.arg(where));
    if (html)
        return accountNotFound(u"%1 answered HTTP %2 with a web page instead of API JSON"_s.arg(where).arg(httpStatus));
    if (!isObject)
        return malformed();

    switch (httpStatus) {
    case 401: {
        Error error = envelopeError(
            ErrorCode::Auth, envelope,
            u"RetailCRM refused the API key (%1)."_s.arg(errorMsg.isEmpty() ? u"HTTP 401"_s : errorMsg));
        error.hint = apiKeyHint();
        return error;
    }
    case 403: {
        if (errorMsg.contains(u"apiKey"_s, Qt::CaseInsensitive)
            || errorMsg.contains(u"api key"_s, Qt::CaseInsensitive)) {
            Error error
                = envelopeError(ErrorCode::Auth, envelope, u"RetailCRM refused the API key (%1)."_s.arg(errorMsg));
            error.hint = apiKeyHint();
            return error;
        }
        const QString scope = requiredScope(method, path);
        QString need;
        if (!scope.isEmpty() && !site.isEmpty())
            need = u"the key lacks the \"%1\" permission or may not use site \"%2\""_s.arg(scope, site);
        else if (!scope.isEmpty())
            need = u"the key lacks the \"%1\" permission"_s.arg(scope);
        else if (!site.isEmpty())
            need = u"the key may not use this method or site \"%1\""_s.arg(site);
        else
            need = u"the key may not use this method"_s;
        Error error = envelopeError(ErrorCode::Access, envelope,
                                    u"RetailCRM denied access to %1 (%2): %3."_s.arg(
                                        where, errorMsg.isEmpty() ? u"Access denied"_s : errorMsg, need));
        QString todo = u"In the RetailCRM admin open Settings → Integration → API access keys "
                       "(Настройки → Интеграция → Ключи доступа к API), edit this key"_s;
        if (!scope.isEmpty())
            todo += u", tick \"%1\""_s.arg(scope);
        if (!site.isEmpty())
            todo += u" and allow site \"%1\""_s.arg(site);
        error.hint = todo + u'.';
        return error;
    }
    case 404: {
        if (errorMsg.contains(u"API method not found"_s, Qt::CaseInsensitive)) {
            Error error = envelopeError(ErrorCode::NotFound, envelope,
                                        u"RetailCRM does not know the API method %1 (%2)."_s.arg(where, errorMsg));
            error.hint = urlHint;
            return error;
        }
        return envelopeError(
            ErrorCode::NotFound, envelope,
            u"RetailCRM found nothing for %1 (%2)."_s.arg(where, errorMsg.isEmpty() ? u"Not found"_s : errorMsg));
    }
    case 405: {
        Error error = envelopeError(ErrorCode::NotFound, envelope,
                                    u"RetailCRM does not accept %1 (%2)."_s.arg(
                                        where, errorMsg.isEmpty() ? u"Method Not Allowed"_s : errorMsg));
        error.hint = urlHint;
        return error;
    }
    default:
        break;
    }
    // 400 and the other 4xx: the CRM refused what we sent.
    return envelopeError(
        ErrorCode::Validation, envelope,
        u"RetailCRM refused %1: %2"_s.arg(where, errorMsg.isEmpty() ? u"HTTP %1"_s.arg(httpStatus) : errorMsg));
}

} // namespace rd
