#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>
#include <memory>
#include <vector>

namespace rd::test {

// A small synchronous HTTP client for the sandbox tests (QNetworkAccessManager + local event loop).
class SandboxTestClient final
{
public:
    using Params = QList<QPair<QString, QString>>;

    struct Reply
    {
        int status = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QByteArray contentType;
        QJsonObject json; // empty when the body is not a JSON object
        bool jsonOk = false;
        qint64 elapsedMs = 0;
    };

    SandboxTestClient(const QUrl &base, const QString &apiKey);

    void setApiKey(const QString &key) { m_apiKey = key; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // path relative to the base, e.g. "/api/v5/orders"; the key goes in X-API-KEY unless empty.
    Reply get(const QString &path, const Params &query = {});
    Reply post(const QString &path, const Params &form);
    Reply postRaw(const QString &path, const QByteArray &contentType, const QByteArray &body);
    // Sends all requests at once, spread over `managers` QNetworkAccessManagers (each opens up to 6
    // connections to a host), and waits for every answer.
    QList<Reply> getParallel(const QString &path, int count, int managers = 1);

    static QByteArray formEncode(const Params &form);
    static QString json(const QJsonObject &o);
    static QString json(const QJsonArray &a);

private:
    QNetworkRequest request(const QString &path, const Params &query) const;
    Reply wait(QNetworkReply *reply);

    QNetworkAccessManager m_nam;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_extra;
    QUrl m_base;
    QString m_apiKey;
    int m_timeoutMs = 10000;
};

} // namespace rd::test
