#include "SandboxTestClient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace rd::test {

namespace {

SandboxTestClient::Reply collect(QNetworkReply *reply, qint64 elapsed)
{
    SandboxTestClient::Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.body = reply->isOpen() ? reply->readAll() : QByteArray();
    r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &e);
    r.jsonOk = e.error == QJsonParseError::NoError && doc.isObject();
    r.json = doc.object();
    r.elapsedMs = elapsed;
    return r;
}

} // namespace

SandboxTestClient::SandboxTestClient(const QUrl &base, const QString &apiKey)
    : m_base(base)
    , m_apiKey(apiKey)
{ }

QByteArray SandboxTestClient::formEncode(const Params &form)
{
    QByteArray out;
    for (const auto &[k, v] : form) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    }
    return out;
}

QString SandboxTestClient::json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString SandboxTestClient::json(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QNetworkRequest SandboxTestClient::request(const QString &path, const Params &query) const
{
    QUrl url = m_base;
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(formEncode(query)));
    QNetworkRequest req(url);
    if (!m_apiKey.isEmpty())
        req.setRawHeader("X-API-KEY", m_apiKey.toUtf8());
    req.setTransferTimeout(m_timeoutMs);
    return req;
}

SandboxTestClient::Reply SandboxTestClient::wait(QNetworkReply *reply)
{
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply r = collect(reply, timer.elapsed());
    reply->deleteLater();
    return r;
}

SandboxTestClient::Reply SandboxTestClient::get(const QString &path, const Params &query)
{
    return wait(m_nam.get(request(path, query)));
}

SandboxTestClient::Reply SandboxTestClient::post(const QString &path, const Params &form)
{
    QNetworkRequest req = request(path, {});
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    return wait(m_nam.post(req, formEncode(form)));
}

SandboxTestClient::Reply SandboxTestClient::postRaw(const QString &path, const QByteArray &contentType,
                                                    const QByteArray &body)
{
    QNetworkRequest req = request(path, {});
    if (!contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    return wait(m_nam.post(req, body));
}

QList<SandboxTestClient::Reply> SandboxTestClient::getParallel(const QString &path, int count, int managers)
{
    while (static_cast<int>(m_extra.size()) < managers - 1)
        m_extra.push_back(std::make_unique<QNetworkAccessManager>());
    QElapsedTimer timer;
    timer.start();
    QList<QNetworkReply *> replies;
    for (int i = 0; i < count; ++i) {
        const int m = i % qMax(1, managers);
        QNetworkAccessManager *nam = m == 0 ? &m_nam : m_extra.at(static_cast<size_t>(m - 1)).get();
        replies.append(nam->get(request(path, {})));
    }
    QList<Reply> out;
    for (QNetworkReply *reply : replies) {
        if (!reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        out.append(collect(reply, timer.elapsed()));
        reply->deleteLater();
    }
    return out;
}

} // namespace rd::test
