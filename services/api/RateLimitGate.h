#pragma once

#include "RetryPolicy.h"

#include <QByteArray>
#include <QDateTime>

#include <functional>

// Decides how long the whole client waits: after a 429 (Retry-After in seconds or as an HTTP
// date, or X-RateLimit-Reset when that comes sooner, then exponential backoff with jitter), and
// between calls when X-RateLimit-Remaining, less the calls in flight, says the budget is nearly
// spent.
class RateLimitGate
{
public:
    struct Headers
    {
        QByteArray retryAfter;
        QByteArray limit;
        QByteArray remaining;
        QByteArray reset;
    };

    using Clock = std::function<QDateTime()>;

    explicit RateLimitGate(const RetryPolicy &policy, Clock clock);

    // Milliseconds to wait after a 429, `attempt` counting from 1.
    qint64 waitAfterRateLimit(const Headers &headers, int attempt) const;
    // Milliseconds of backoff before retry number `attempt` (from 1) of a failed read.
    qint64 backoff(int attempt) const;
    // Milliseconds to space the next call, given the budget the last answer reported and the
    // calls still in flight (each will spend one of it).
    qint64 spacingFor(const Headers &headers, int inFlight = 0) const;

    // Parses Retry-After: delta seconds or an HTTP date. -1 when absent or unreadable.
    static qint64 parseRetryAfterMs(const QByteArray &value, const QDateTime &now);
    // Parses X-RateLimit-Reset: ISO-8601 / RFC 3339, or epoch seconds. -1 when absent.
    static qint64 parseResetMs(const QByteArray &value, const QDateTime &now);

private:
    RetryPolicy m_policy;
    Clock m_clock;
};
