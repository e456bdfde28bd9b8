#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>
#include <utility>

class QTcpServer;
class QTcpSocket;

namespace rd::test {

// One HTTP request as it arrived on the wire.
struct CapturedRequest
{
    QByteArray method; // GET, POST, ...
    QByteArray target; // the raw request-target: /api/v5/orders?filter%5Bnumbers%5D%5B%5D=1
    QMap<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    qint64 receivedAtMs = 0; // since the server started listening
    int connection = 0; // which TCP connection carried it (1, 2, ...)

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QString path() const; // percent-decoded path without the query
    QByteArray rawQuery() const; // after '?', still encoded
    // name=value pairs of the query string or of a form body, percent-decoded ('+' as a space).
    static QList<std::pair<QString, QString>> decodePairs(const QByteArray &encoded);
    QList<std::pair<QString, QString>> queryItems() const { return decodePairs(rawQuery()); }
    QList<std::pair<QString, QString>> formItems() const { return decodePairs(body); }
};

// What the server does with a request.
struct CannedResponse
{
    enum class Action { Reply, Reset, Hang };
    Action action = Action::Reply;
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body = R"({"success":true})";
    QList<std::pair<QByteArray, QByteArray>> headers;
    int delayMs = 0; // answer (or reset) after this long

    static CannedResponse json(int status, const QByteArray &body);
    static CannedResponse fromFile(int status, const QString &path); // JSON file, e.g. a fixture
    static CannedResponse reset(); // close the connection without an answer
    static CannedResponse hang(); // never answer
};

// A tiny HTTP/1.1 server on 127.0.0.1 (free port) for client tests: records every request and
// answers from a queue of canned responses (then from the handler, then the default). Keep-alive
// connections and several connections at once are supported; no chunked request bodies.
class CaptureServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureServer)

public:
    explicit CaptureServer(QObject *parent = nullptr);
    ~CaptureServer() override;

    bool listen(); // 127.0.0.1 on a free port
    QUrl url() const; // http://127.0.0.1:<port>
    quint16 port() const;
    void close();

    void enqueue(const CannedResponse &response); // used once, in order
    void setHandler(std::function<CannedResponse(const CapturedRequest &)> handler);
    void setDefault(const CannedResponse &response);

    const QList<CapturedRequest> &requests() const { return m_requests; }
    int requestCount() const { return static_cast<int>(m_requests.size()); }
    CapturedRequest last() const { return m_requests.isEmpty() ? CapturedRequest() : m_requests.last(); }
    void clear();
    int maxConcurrent() const { return m_maxOpen; } // most requests received but not yet answered at once
    int connectionCount() const { return m_connections; }
    int openRequests() const { return m_open; }

Q_SIGNALS:
    void requestReceived(int index);

private:
    struct Conn
    {
        QByteArray buffer;
        int id = 0;
        int hanging = 0;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const CannedResponse &response);
    CannedResponse next(const CapturedRequest &request);

    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, Conn> m_conns;
    QList<CapturedRequest> m_requests;
    QList<CannedResponse> m_queue;
    std::function<CannedResponse(const CapturedRequest &)> m_handler;
    CannedResponse m_default;
    QElapsedTimer m_clock;
    int m_connections = 0;
    int m_open = 0;
    int m_maxOpen = 0;
};

} // namespace rd::test
