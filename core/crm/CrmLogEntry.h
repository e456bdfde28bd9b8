#pragma once

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>
#include <QUrl>
#include <functional>

namespace rd {

// Log category of the CRM client: "retaildesk.crm", quiet by default. Info lines (one per HTTP
// attempt: method, URL, status, duration) with QT_LOGGING_RULES="retaildesk.crm.info=true"; debug
// lines add request and response bodies (apiKey= redacted) with "retaildesk.crm.debug=true".
// The X-API-KEY header value is never logged.
Q_DECLARE_LOGGING_CATEGORY(lcCrm)

// One finished HTTP attempt, for a log sink (GUI log view, CLI --verbose).
struct CrmLogEntry
{
    QString method; // GET | POST
    QUrl url; // with any apiKey parameter stripped
    int httpStatus = 0; // 0 when no HTTP answer (network error, timeout)
    qint64 durationMs = 0; // this attempt
    int attempt = 1; // 1 = first try
    QString error; // empty on success, else errorCodeName() or the Qt network error
    bool willRetry = false;

    // Strips apiKey (any case) from the query and user info from the URL.
    static QUrl redactUrl(const QUrl &url);
    // Replaces the value of apiKey=... in a form body or query string with "***".
    static QByteArray redactBody(const QByteArray &body);
    QString toString() const;
};

using CrmLogSink = std::function<void(const CrmLogEntry &)>;

} // namespace rd
