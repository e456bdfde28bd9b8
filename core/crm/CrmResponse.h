#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace rd {

// One HTTP answer of the CRM and its meaning: the JSON payload, or an rd::Error for a person.
// Pure (no I/O), so the whole error table is testable without a network.
//
//   200/201 JSON {success != false}     → payload
//   460 JSON (partial batch upload)     → payload (decode it with CrmDecode::upload)
//   400 (and other 4xx)                 → Validation, with fieldErrors (errors as a map) or messages (a list)
//   401, 403 "apiKey" missing/wrong     → Auth, with where to get a key
//   403 otherwise ("Access denied")     → Access, naming the scope and the site the key needs
//   404 "Account does not exist"        → AccountNotFound;  "API method not found" → NotFound (check the URL)
//   404                                 → NotFound (entity)
//   405 text/html on POST, HTML bodies  → AccountNotFound
//   3xx                                 → AccountNotFound (the URL is not an account's API)
//   503/429                             → RateLimited;  other 5xx → Server
//   200 with a body that is not JSON    → MalformedResponse
struct CrmResponse
{
    QString method; // GET | POST
    QString path; // e.g. /api/v5/orders/upload
    QString host; // for messages
    QString site; // the configured site code, for access messages
    int httpStatus = 0;
    QByteArray contentType;
    QByteArray body;
    QString location; // Location header of a redirect
    bool batchUpload = false; // orders/upload, customers/upload, ...: a 460 is a partial success

    Result<QJsonObject> interpret() const;

    // The key scope an endpoint needs: orders GET → order_read, customers POST → customer_write,
    // reference/... → reference_read|write, store/... → store_read|write; empty when unknown.
    static QString requiredScope(const QString &method, const QString &path);
    // Fills fieldErrors (a map) or messages (a list) from the envelope's `errors`.
    static void readErrors(const QJsonValue &errors, Error &into);

    // Final errors after the retries ran out.
    static Error rateLimited(const QString &host, int attempts);
    static Error networkError(const QString &host, const QString &what, int attempts);
    static Error timeout(const QString &method, const QString &path, int timeoutMs, int attempts);

    static QString apiKeyHint();

private:
    Error envelopeError(ErrorCode code, const QJsonObject &envelope, const QString &what) const;
};

} // namespace rd
