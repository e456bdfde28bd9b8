#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace rd::sandbox {

// Decoded request parameters (query string and form body) with PHP-style bracket keys:
// value("filter[email]"), list("filter[ids]") collects "filter[ids][]=1&filter[ids][0]=2".
class SandboxParams final
{
public:
    void add(const QString &key, const QString &value) { m_items.append({ key, value }); }
    bool contains(const QString &key) const;
    QString value(const QString &key, const QString &fallback = {}) const;
    QStringList list(const QString &key) const;
    const QList<QPair<QString, QString>> &items() const { return m_items; }

    // application/x-www-form-urlencoded and query strings: '+' is a space, %XX decoded, keys too.
    void addUrlEncoded(const QByteArray &encoded);
    // multipart/form-data with the given boundary; returns false when the body is not valid multipart.
    bool addMultipart(const QByteArray &body, const QByteArray &boundary);

private:
    QList<QPair<QString, QString>> m_items;
};

// A request copied out of QHttpServerRequest (which is reused by the next request on its connection).
struct SandboxHttpRequest
{
    QByteArray method; // GET, POST, ...
    QString path; // decoded path, e.g. /api/v5/orders/12/edit
    QByteArray rawQuery;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive, first match
};

struct SandboxHttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;

    static SandboxHttpResponse json(int status, const QJsonObject &object);
    // {"success": false, "errorMsg": message[, "errors": errors]}
    static SandboxHttpResponse error(int status, const QString &message, const QJsonObject &errors = {});
    static SandboxHttpResponse errorList(int status, const QString &message, const QJsonArray &errors);
    // The nginx page the real CRM sends when its rate limit is hit.
    static SandboxHttpResponse serviceUnavailable();
};

QByteArray reasonPhrase(int status);
// Compact JSON with the envelope keys first (success, errorMsg, errors), the rest sorted.
QByteArray toOrderedJson(const QJsonObject &object);
// The full HTTP/1.1 message for a response.
QByteArray serializeResponse(const SandboxHttpResponse &response, bool keepAlive);

} // namespace rd::sandbox
