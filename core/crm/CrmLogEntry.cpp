#include "CrmLogEntry.h"

#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace rd {

// Quiet by default; QT_LOGGING_RULES="retaildesk.crm.info=true" (or .debug) turns the request log on.
Q_LOGGING_CATEGORY(lcCrm, "retaildesk.crm", QtWarningMsg)

QUrl CrmLogEntry::redactUrl(const QUrl &url)
{
    QUrl out = url;
    out.setUserInfo({});
    if (out.hasQuery()) {
        const QByteArray redacted = redactBody(out.query(QUrl::FullyEncoded).toLatin1());
        out.setQuery(QString::fromLatin1(redacted), QUrl::StrictMode);
    }
    return out;
}

QByteArray CrmLogEntry::redactBody(const QByteArray &body)
{
    static const QRegularExpression apiKey(u"(^|[&?])(apiKey|apikey|APIKEY|api_key)=[^&]*"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    return QString::fromUtf8(body).replace(apiKey, u"\\1\\2=***"_s).toUtf8();
}

QString CrmLogEntry::toString() const
{
    QString text = method + u' ' + url.toString(QUrl::FullyEncoded) + u" → "_s
        + (httpStatus > 0 ? QString::number(httpStatus) : u"no answer"_s) + u" in %1 ms"_s.arg(durationMs);
    if (attempt > 1)
        text += u" (attempt %1)"_s.arg(attempt);
    if (!error.isEmpty())
        text += u" ["_s + error + u']';
    if (willRetry)
        text += u", retrying"_s;
    return text;
}

} // namespace rd
