#include "RateLimiter.h"

namespace sandbox {

void RateLimiter::setLimit(int perSecond)
{
    QMutexLocker lock(&m_mutex);
    m_perSecond = qMax(0, perSecond);
    m_windows.clear();
}

int RateLimiter::limit() const
{
    QMutexLocker lock(&m_mutex);
    return m_perSecond;
}

RateLimiter::Decision RateLimiter::take(const QByteArray &key, qint64 nowMs)
{
    constexpr qint64 windowMs = 1000;
    QMutexLocker lock(&m_mutex);
    Decision decision;
    if (m_perSecond <= 0)
        return decision;

    Window &window = m_windows[key];
    if (window.startMs == 0 || nowMs >= window.startMs + windowMs)
        window = {nowMs, 0};
    decision.limited = true;
    decision.limit = m_perSecond;
    decision.resetMs = window.startMs + windowMs;
    if (window.used >= m_perSecond) {
        decision.allowed = false;
        decision.remaining = 0;
        decision.retryAfterSeconds = int(qMax<qint64>(1, (decision.resetMs - nowMs + 999) / 1000));
        return decision;
    }
    ++window.used;
    decision.remaining = m_perSecond - window.used;
    return decision;
}

} // namespace sandbox
