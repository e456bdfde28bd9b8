#include "CaptureServer.h"

#include <QFile>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace rd::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    case 460:
        return "Partial Upload";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Temporarily Unavailable";
    default:
        return "Status";
    }
}

} // namespace

QString CapturedRequest::path() const
{
    const qsizetype q = target.indexOf('?');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(q < 0 ? target : target.left(q)));
}

QByteArray CapturedRequest::rawQuery() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? QByteArray() : target.mid(q + 1);
}

QList<std::pair<QString, QString>> CapturedRequest::decodePairs(const QByteArray &encoded)
{
    QList<std::pair<QString, QString>> out;
    auto decode = [](QByteArray bytes) {
        bytes.replace('+', ' ');
        return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
    };
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            out.append({ decode(pair), QString() });
        else
            out.append({ decode(pair.left(eq)), decode(pair.mid(eq + 1)) });
    }
    return out;
}

CannedResponse CannedResponse::json(int status, const QByteArray &body)
{
    CannedResponse r;
    r.status = status;
    r.body = body;
    return r;
}

CannedResponse CannedResponse::fromFile(int status, const QString &path)
{
    QFile file(path);
    CannedResponse r;
    r.status = status;
    r.body = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("missing fixture ") + path.toUtf8();
    return r;
}

CannedResponse CannedResponse::reset()
{
    CannedResponse r;
    r.action = Action::Reset;
    return r;
}

CannedResponse CannedResponse::hang()
{
    CannedResponse r;
    r.action = Action::Hang;
    return r;
}

CaptureServer::CaptureServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &CaptureServer::onNewConnection);
}

CaptureServer::~CaptureServer()
{
    close();
}

bool CaptureServer::listen()
{
    m_clock.start();
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl CaptureServer::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server->serverPort()));
}

quint16 CaptureServer::port() const
{
    return m_server->serverPort();
}

void CaptureServer::close()
{
    m_server->close();
    const QList<QTcpSocket *> sockets = m_conns.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_conns.clear();
}

void CaptureServer::enqueue(const CannedResponse &response)
{
    m_queue.append(response);
}

void CaptureServer::setHandler(std::function<CannedResponse(const CapturedRequest &)> handler)
{
    m_handler = std::move(handler);
}

void CaptureServer::setDefault(const CannedResponse &response)
{
    m_default = response;
}

void CaptureServer::clear()
{
    m_requests.clear();
    m_queue.clear();
    m_maxOpen = m_open;
}

void CaptureServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_conns.insert(socket, Conn { {}, ++m_connections, 0 });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_open -= m_conns.value(socket).hanging;
            m_conns.remove(socket);
            socket->deleteLater();
        });
    }
}

CannedResponse CaptureServer::next(const CapturedRequest &request)
{
    if (!m_queue.isEmpty())
        return m_queue.takeFirst();
    if (m_handler)
        return m_handler(request);
    return m_default;
}

void CaptureServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_conns.find(socket);
    if (it == m_conns.end())
        return;
    it->buffer += socket->readAll();
    for (;;) {
        QByteArray &buffer = m_conns[socket].buffer;
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        CapturedRequest request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return; // wait for the rest of the body
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        request.receivedAtMs = m_clock.elapsed();
        request.connection = m_conns.value(socket).id;

        m_requests.append(request);
        ++m_open;
        m_maxOpen = qMax(m_maxOpen, m_open);
        const CannedResponse response = next(request);
        Q_EMIT requestReceived(static_cast<int>(m_requests.size() - 1));

        if (response.action == CannedResponse::Action::Hang) {
            ++m_conns[socket].hanging;
            continue;
        }
        if (response.delayMs > 0) {
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(response.delayMs, this, [this, guard, response] {
                if (guard && m_conns.contains(guard.data()))
                    respond(guard.data(), response);
                else
                    --m_open;
            });
        } else {
            respond(socket, response);
        }
        if (!m_conns.contains(socket))
            return;
    }
}

void CaptureServer::respond(QTcpSocket *socket, const CannedResponse &response)
{
    --m_open;
    if (response.action == CannedResponse::Action::Reset) {
        m_open -= m_conns.value(socket).hanging;
        m_conns.remove(socket);
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        return;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: keep-alive\r\n\r\n";
    out += response.body;
    socket->write(out);
}

} // namespace rd::test
