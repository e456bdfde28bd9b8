#pragma once

#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace rd {

// What went wrong, coarse enough to pick an exit code and a remedy, fine enough to test.
enum class ErrorCode {
    Usage, // bad command-line use
    Config, // invalid or missing configuration value
    MissingSecret, // API key or DB password not found in the environment or the keychain
    Auth, // the CRM refused the key (403 apiKey missing/wrong, 401)
    Access, // the key lacks a scope or the site is not allowed
    NotFound, // entity not found (404)
    AccountNotFound, // the CRM account (sub-domain) does not exist
    Validation, // 400: the CRM refused the entity; fieldErrors/messages hold the reasons
    PartialUpload, // 460: some items of a batch failed
    RateLimited, // 503/429 after all retries
    Server, // 5xx other than 503
    Network, // connection refused/reset, DNS, TLS
    Timeout, // no answer within the per-request timeout
    MalformedResponse, // the body is not the JSON envelope the API promises
    Database, // shop or state database failure
    Schema, // the shop database lacks tables/columns RetailDesk needs
    Io, // local file failure
    Cancelled, // the operator (or a signal) stopped the job
    Internal, // a bug: should never reach a person
};

// A failure meant for a person: message says what failed and why, hint says what to do.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message; // one sentence: what failed and why
    QString hint; // what to do about it (may be empty)
    int httpStatus = 0; // for CRM errors, the HTTP status (0 when none)
    QMap<QString, QString> fieldErrors; // per-field errors from the CRM ("errors" as a map)
    QStringList messages; // list-shaped "errors" from the CRM, or extra detail lines

    Error() = default;
    Error(ErrorCode c, QString msg, QString h = {})
        : code(c)
        , message(std::move(msg))
        , hint(std::move(h))
    { }

    // message, the CRM's field errors and the hint, as one text for a log or a terminal.
    QString toString() const;
};

// The CLI exit code of INTERFACE.md for an error: 2 usage/config, 3 connection/auth/access, 130 cancelled, 1 other.
int exitCodeFor(ErrorCode code);
QString errorCodeName(ErrorCode code);

} // namespace rd

Q_DECLARE_METATYPE(rd::Error)
