#pragma once

#include "common/Result.h"

#include <QJsonObject>

namespace rd::sandbox {

// The run-time knobs of the sandbox: command-line flags at start, /_sandbox/config while running.
struct SandboxConfig
{
    int rateLimit = 0; // API requests per second (token bucket, burst = rateLimit); 0 = off
    int latencyMs = 0; // every API answer is delayed by this much (requests still overlap)
    double fault503 = 0; // probability of an injected 503 (request not processed)
    double faultReset = 0; // probability of a TCP reset instead of an answer
    double faultMalformed = 0; // probability of a 200 with a truncated JSON body (request processed)
    double faultHang = 0; // probability of never answering
    bool faultsAfterProcessing = false; // reset/hang happen after the request was processed (lost answer)

    QJsonObject toJson() const;
    // Applies the keys present in `json`; unknown keys and out-of-range values are refused as a whole.
    Status apply(const QJsonObject &json);
};

} // namespace rd::sandbox
