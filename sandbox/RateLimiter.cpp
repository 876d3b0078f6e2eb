#include "RateLimiter.h"

namespace sandbox {

void RateLimiter::setLimit(int perWindow)
{
    QMutexLocker lock(&m_mutex);
    m_perWindow = qMax(0, perWindow);
    m_windows.clear();
}

int RateLimiter::limit() const
{
    QMutexLocker lock(&m_mutex);
    return m_perWindow;
}

RateLimiter::Decision RateLimiter::take(const QByteArray &key, qint64 nowMs)
{
    const qint64 windowMs = m_windowMs;
    QMutexLocker lock(&m_mutex);
    Decision decision;
    if (m_perWindow <= 0)
        return decision;

    Window &window = m_windows[key];
    if (window.startMs == 0 || nowMs >= window.startMs + windowMs)
        window = {nowMs, 0};
    decision.limited = true;
    decision.limit = m_perWindow;
    decision.resetMs = window.startMs + windowMs;
    if (window.used >= m_perWindow) {
        decision.allowed = false;
        decision.remaining = 0;
        decision.retryAfterSeconds = int(qMax<qint64>(1, (decision.resetMs - nowMs + 999) / 1000));
        return decision;
    }
    ++window.used;
    decision.remaining = m_perWindow - window.used;
    return decision;
}

} // namespace sandbox
