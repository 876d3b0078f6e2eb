// The rate-limit headers (CATALOG §0.5): Retry-After (seconds or an HTTP date),
// X-RateLimit-Limit, -Remaining and -Reset (ISO 8601 or epoch seconds). The bytes are the four
// header values separated by newlines.
#include "FuzzSupport.h"
#include "RateLimitGate.h"

#include <QDateTime>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> values = Fuzz::bytes(data, size).split('\n');
    RateLimitGate::Headers headers;
    headers.retryAfter = values.value(0);
    headers.limit = values.value(1);
    headers.remaining = values.value(2);
    headers.reset = values.value(3);

    const QDateTime now = QDateTime(QDate(2026, 10, 21), QTime(7, 28), Qt::UTC);
    const RetryPolicy policy;
    const RateLimitGate gate(policy, [now] { return now; });
    Fuzz::check(RateLimitGate::parseRetryAfterMs(headers.retryAfter, now) >= -1,
                "Retry-After is a wait or -1");
    Fuzz::check(RateLimitGate::parseResetMs(headers.reset, now) >= -1, "Reset is a wait or -1");
    for (const int attempt : {1, 3, 100}) {
        const qint64 wait = gate.waitAfterRateLimit(headers, attempt);
        Fuzz::check(wait >= 0 && wait <= policy.maxBackoffMs, "a 429's wait is within the cap");
    }
    for (const int inFlight : {0, 5, -1}) {
        const qint64 spacing = gate.spacingFor(headers, inFlight);
        Fuzz::check(spacing >= 0 && spacing <= policy.maxBackoffMs, "spacing is within the cap");
    }
    return 0;
}
