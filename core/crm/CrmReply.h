#pragma once

#include "CrmTypes.h"
#include "common/Result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace rd {

class CrmClient;

// One CRM call in progress, made by a CrmClient (its parent). It waits for a rate slot, is sent,
// retried when the API allows it, and emits finished() exactly once, always asynchronously.
//
// Lifetime: by default the reply deletes itself (deleteLater) right after finished(), so read
// result() in the slot connected to finished() — or use CrmClient::waitFor(). Call
// setAutoDelete(false) (before or inside finished()) to keep it; it is freed with its client
// otherwise. Deleting an unfinished reply cancels it silently; abort() cancels it with finished()
// and Error(Cancelled).
class CrmReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CrmReply)

public:
    ~CrmReply() override;

    QString method() const { return m_method; } // GET | POST
    QUrl url() const { return m_url; } // the full URL (never carries the API key)
    QString path() const; // e.g. /api/v5/orders/upload
    QByteArray requestBody() const { return m_body; } // the form body of a POST
    QJsonArray batch() const { return m_batch; } // for */upload: the items sent

    bool isFinished() const { return m_finished; }
    // The payload (the whole JSON envelope) or the error. Error(Internal) before finished().
    const Result<QJsonObject> &result() const { return m_result; }
    int httpStatus() const { return m_httpStatus; } // of the last attempt, 0 when none answered
    bool isPartialUpload() const { return m_httpStatus == 460; }
    int attempts() const { return m_attempt; }
    qint64 elapsedMs() const { return m_total.isValid() ? m_total.elapsed() : 0; }

    // For orders/upload and customers/upload: uploaded ids and failed externalIds with the CRM's reason.
    Result<CrmUploadResult> uploadResult() const;

    void setAutoDelete(bool on) { m_autoDelete = on; }
    bool autoDelete() const { return m_autoDelete; }

    // Cancels the call: finished() is emitted with Error(Cancelled) (nothing when already finished).
    void abort();

Q_SIGNALS:
    void finished();

private:
    friend class CrmClient;
    CrmReply(CrmClient *client, QString method, QUrl url, QByteArray body);

    QPointer<CrmClient> m_client;
    QString m_method;
    QUrl m_url;
    QByteArray m_body;
    QJsonArray m_batch;
    bool m_batchUpload = false;
    Result<QJsonObject> m_result;
    int m_httpStatus = 0;
    int m_attempt = 0;
    bool m_finished = false;
    bool m_autoDelete = true;
    bool m_holdsSlot = false; // counts against the client's maxInFlight
    bool m_timedOut = false;
    QNetworkReply *m_network = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    QTimer *m_timer = nullptr; // waits for a rate slot or a back-off
    QTimer *m_timeout = nullptr; // per attempt
    QElapsedTimer m_total;
    QElapsedTimer m_attemptClock;
};

} // namespace rd
