#include "RateLimitGate.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace {

// A year: longer than any wait a server means, short enough that its milliseconds fit.
constexpr double longestWaitSeconds = 365.0 * 24 * 3600;

} // namespace

RateLimitGate::RateLimitGate(const RetryPolicy &policy, Clock clock)
    : m_policy(policy), m_clock(std::move(clock))
{}

qint64 RateLimitGate::parseRetryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool isNumber = false;
    const double seconds = trimmed.toDouble(&isNumber);
    if (isNumber) {
        // Whatever number the header holds must fit in milliseconds (a long run of digits did
        // not: undefined behaviour, found by fuzz/fuzz_ratelimit.cpp); the caller caps it again.
        if (std::isnan(seconds))
            return -1;
        return qint64(std::clamp(seconds, 0.0, longestWaitSeconds) * 1000);
    }
    // HTTP date, e.g. "Wed, 21 Oct 2026 07:28:00 GMT"
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, now.msecsTo(when));
}

qint64 RateLimitGate::parseResetMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool isNumber = false;
    const qint64 epochSeconds = trimmed.toLongLong(&isNumber);
    QDateTime when = isNumber
                         ? QDateTime::fromSecsSinceEpoch(epochSeconds, Qt::UTC)
                         : QDateTime::fromString(QString::fromLatin1(trimmed), Qt::ISODateWithMs);
    if (!when.isValid())
        return -1;
    return std::max<qint64>(0, now.msecsTo(when));
}

qint64 RateLimitGate::backoff(int attempt) const
{
    const qint64 exponential = qint64(m_policy.baseBackoffMs) << std::clamp(attempt - 1, 0, 16);
    const qint64 capped = std::min<qint64>(exponential, m_policy.maxBackoffMs);
    // Full jitter on the upper half keeps many clients from retrying in step.
    const qint64 jitter = QRandomGenerator::global()->bounded(capped / 2 + 1);
    return capped / 2 + jitter;
}

qint64 RateLimitGate::waitAfterRateLimit(const Headers &headers, int attempt) const
{
    const QDateTime now = m_clock();
    qint64 wait = parseRetryAfterMs(headers.retryAfter, now);
    const qint64 reset = parseResetMs(headers.reset, now);
    // Retry-After counts whole seconds; a window that resets sooner says so to the millisecond.
    if (wait < 0 || (reset >= 0 && reset < wait))
        wait = reset;
    if (wait < 0)
        wait = backoff(attempt);
    return std::min<qint64>(wait, m_policy.maxBackoffMs);
}

qint64 RateLimitGate::spacingFor(const Headers &headers, int inFlight) const
{
    bool haveLimit = false;
    bool haveRemaining = false;
    const int limit = headers.limit.trimmed().toInt(&haveLimit);
    const int reported = headers.remaining.trimmed().toInt(&haveRemaining);
    if (!haveLimit || !haveRemaining || limit <= 0)
        return 0;
    // The calls already on their way spend the budget too.
    const int remaining = std::max(0, reported - std::max(0, inFlight));
    // Slow down only in the last tenth of the budget: spread what is left over the time to reset.
    if (remaining > std::max(1, limit / 10))
        return 0;
    const qint64 untilReset = parseResetMs(headers.reset, m_clock());
    if (untilReset <= 0)
        return 0;
    return std::min<qint64>(untilReset / std::max(1, remaining + 1), m_policy.maxBackoffMs);
}
