#include "SandboxHttp.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace rd::sandbox {

namespace {

// "filter[ids][]" and "filter[ids][3]" belong to the list "filter[ids]".
bool isListKeyOf(const QString &key, const QString &listKey)
{
    if (!key.startsWith(listKey) || key.size() < listKey.size() + 2)
        return false;
    if (key.at(listKey.size()) != u'[' || !key.endsWith(u']'))
        return false;
    const QStringView index = QStringView(key).mid(listKey.size() + 1, key.size() - listKey.size() - 2);
    for (const QChar c : index) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

QString formDecode(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}

} // namespace

bool SandboxParams::contains(const QString &key) const
{
    for (const auto &item : m_items) {
        if (item.first == key)
            return true;
    }
    return false;
}

QString SandboxParams::value(const QString &key, const QString &fallback) const
{
    for (const auto &item : m_items) {
        if (item.first == key)
            return item.second;
    }
    return fallback;
}

QStringList SandboxParams::list(const QString &key) const
{
    QStringList out;
    for (const auto &item : m_items) {
        if (isListKeyOf(item.first, key))
            out.append(item.second);
    }
    return out;
}

void SandboxParams::addUrlEncoded(const QByteArray &encoded)
{
    const QList<QByteArray> pairs = encoded.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            add(formDecode(pair), QString());
        else
            add(formDecode(pair.left(eq)), formDecode(pair.mid(eq + 1)));
    }
}

bool SandboxParams::addMultipart(const QByteArray &body, const QByteArray &boundary)
{
    if (boundary.isEmpty())
        return false;
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0)
        return false;
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return true; // closing delimiter
        if (body.mid(pos, 2) != "\r\n")
            return false;
        pos += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        if (headersEnd < 0)
            return false;
        const QByteArray partHeaders = body.mid(pos, headersEnd - pos);
        const qsizetype contentStart = headersEnd + 4;
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), contentStart);
        if (next < 0)
            return false;
        QString name;
        for (const QByteArray &line : partHeaders.split('\n')) {
            const QByteArray trimmed = line.trimmed();
            if (!trimmed.toLower().startsWith("content-disposition:"))
                continue;
            const qsizetype n = trimmed.indexOf("name=\"");
            if (n < 0)
                continue;
            const qsizetype end = trimmed.indexOf('"', n + 6);
            if (end < 0)
                return false;
            name = QString::fromUtf8(trimmed.mid(n + 6, end - n - 6));
        }
        if (name.isEmpty())
            return false;
        add(name, QString::fromUtf8(body.mid(contentStart, next - contentStart)));
        pos = next + 2;
    }
}

QByteArray SandboxHttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QByteArray toOrderedJson(const QJsonObject &object)
{
    // QJsonObject sorts its keys; the CRM puts the envelope first: success, errorMsg, errors, then the payload.
    static const QStringList first { u"success"_s, u"errorMsg"_s, u"errors"_s };
    QStringList keys;
    for (const QString &k : first) {
        if (object.contains(k))
            keys.append(k);
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!first.contains(it.key()))
            keys.append(it.key());
    }
    QByteArray out = "{";
    for (const QString &k : keys) {
        if (out.size() > 1)
            out += ',';
        // Keys and values through QJsonDocument (an array of one) for exact escaping.
        const QByteArray pair = QJsonDocument(QJsonArray { k, object.value(k) }).toJson(QJsonDocument::Compact);
        const QByteArray key = QJsonDocument(QJsonArray { k }).toJson(QJsonDocument::Compact);
        out += key.mid(1, key.size() - 2);
        out += ':';
        out += pair.mid(key.size(), pair.size() - key.size() - 1);
    }
    out += '}';
    return out;
}

SandboxHttpResponse SandboxHttpResponse::json(int status, const QJsonObject &object)
{
    SandboxHttpResponse r;
    r.status = status;
    r.body = toOrderedJson(object);
    return r;
}

SandboxHttpResponse SandboxHttpResponse::error(int status, const QString &message, const QJsonObject &errors)
{
    QJsonObject o { { u"success"_s, false }, { u"errorMsg"_s, message } };
    if (!errors.isEmpty())
        o.insert(u"errors"_s, errors);
    return json(status, o);
}

SandboxHttpResponse SandboxHttpResponse::errorList(int status, const QString &message, const QJsonArray &errors)
{
    QJsonObject o { { u"success"_s, false }, { u"errorMsg"_s, message } };
    if (!errors.isEmpty())
        o.insert(u"errors"_s, errors);
    return json(status, o);
}

SandboxHttpResponse SandboxHttpResponse::serviceUnavailable()
{
    SandboxHttpResponse r;
    r.status = 503;
    r.contentType = "text/html";
    r.body = "<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n"
             "<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n<hr><center>nginx</center>\r\n"
             "</body>\r\n</html>\r\n";
    return r;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 460:
        return "Partial Success";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Temporarily Unavailable";
    default:
        return "Status";
    }
}

QByteArray serializeResponse(const SandboxHttpResponse &response, bool keepAlive)
{
    QByteArray out;
    out.reserve(response.body.size() + 200);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    out += "Server: retaildesk-sandbox\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += keepAlive ? QByteArray("Connection: keep-alive\r\n") : QByteArray("Connection: close\r\n");
    out += "\r\n";
    out += response.body;
    return out;
}

} // namespace rd::sandbox
