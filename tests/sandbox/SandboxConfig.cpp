#include "SandboxConfig.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace rd::sandbox {

QJsonObject SandboxConfig::toJson() const
{
    return {
        { u"rateLimit"_s, rateLimit },
        { u"latencyMs"_s, latencyMs },
        { u"fault503"_s, fault503 },
        { u"faultReset"_s, faultReset },
        { u"faultMalformed"_s, faultMalformed },
        { u"faultHang"_s, faultHang },
        { u"faultsAfterProcessing"_s, faultsAfterProcessing },
    };
}

Status SandboxConfig::apply(const QJsonObject &json)
{
    SandboxConfig next = *this;
    static const QStringList probabilities { u"fault503"_s, u"faultReset"_s, u"faultMalformed"_s, u"faultHang"_s };
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (key == u"rateLimit" || key == u"latencyMs") {
            if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 3600000 || v.toDouble() != v.toInt())
                return Error(ErrorCode::Usage, u"\"%1\" must be a whole number >= 0."_s.arg(key));
            (key == u"rateLimit" ? next.rateLimit : next.latencyMs) = v.toInt();
        } else if (probabilities.contains(key)) {
            if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1)
                return Error(ErrorCode::Usage, u"\"%1\" must be a probability between 0 and 1."_s.arg(key));
            double *target = key == u"fault503" ? &next.fault503
                : key == u"faultReset"          ? &next.faultReset
                : key == u"faultMalformed"      ? &next.faultMalformed
                                                : &next.faultHang;
            *target = v.toDouble();
        } else if (key == u"faultsAfterProcessing") {
            if (!v.isBool())
                return Error(ErrorCode::Usage, u"\"faultsAfterProcessing\" must be true or false."_s);
            next.faultsAfterProcessing = v.toBool();
        } else if (key != u"randomSeed") {
            return Error(ErrorCode::Usage,
                         u"Unknown setting \"%1\"; known: rateLimit, latencyMs, fault503, faultReset, faultMalformed, "
                         "faultHang, faultsAfterProcessing, randomSeed."_s.arg(key));
        }
    }
    if (next.fault503 + next.faultReset + next.faultMalformed + next.faultHang > 1.0 + 1e-9)
        return Error(ErrorCode::Usage, u"The fault probabilities add up to more than 1."_s);
    *this = next;
    return {};
}

} // namespace rd::sandbox
