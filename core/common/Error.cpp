#include "Error.h"

using namespace Qt::Literals::StringLiterals;

namespace rd {

QString Error::toString() const
{
    QString text = message;
    for (auto it = fieldErrors.cbegin(); it != fieldErrors.cend(); ++it)
        text += u"\n  "_s + it.key() + u": "_s + it.value();
    for (const QString &m : messages)
        text += u"\n  "_s + m;
    if (!hint.isEmpty())
        text += u"\n"_s + hint;
    return text;
}

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage:
    case ErrorCode::Config:
    case ErrorCode::Schema:
        return 2;
    case ErrorCode::MissingSecret:
    case ErrorCode::Auth:
    case ErrorCode::Access:
    case ErrorCode::AccountNotFound:
    case ErrorCode::Network:
    case ErrorCode::Timeout:
    case ErrorCode::RateLimited:
    case ErrorCode::Server:
    case ErrorCode::MalformedResponse:
    case ErrorCode::Database:
        return 3;
    case ErrorCode::Cancelled:
        return 130;
    case ErrorCode::NotFound:
    case ErrorCode::Validation:
    case ErrorCode::PartialUpload:
    case ErrorCode::Io:
    case ErrorCode::Internal:
        return 1;
    }
    return 1;
}

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage:
        return u"usage"_s;
    case ErrorCode::Config:
        return u"config"_s;
    case ErrorCode::MissingSecret:
        return u"missing-secret"_s;
    case ErrorCode::Auth:
        return u"auth"_s;
    case ErrorCode::Access:
        return u"access"_s;
    case ErrorCode::NotFound:
        return u"not-found"_s;
    case ErrorCode::AccountNotFound:
        return u"account-not-found"_s;
    case ErrorCode::Validation:
        return u"validation"_s;
    case ErrorCode::PartialUpload:
        return u"partial-upload"_s;
    case ErrorCode::RateLimited:
        return u"rate-limited"_s;
    case ErrorCode::Server:
        return u"server"_s;
    case ErrorCode::Network:
        return u"network"_s;
    case ErrorCode::Timeout:
        return u"timeout"_s;
    case ErrorCode::MalformedResponse:
        return u"malformed-response"_s;
    case ErrorCode::Database:
        return u"database"_s;
    case ErrorCode::Schema:
        return u"schema"_s;
    case ErrorCode::Io:
        return u"io"_s;
    case ErrorCode::Cancelled:
        return u"cancelled"_s;
    case ErrorCode::Internal:
        return u"internal"_s;
    }
    return u"internal"_s;
}

} // namespace rd
