#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>

namespace sandbox {

// A fixed window per API key (one second unless told otherwise): at most `limit` requests in
// each window. Thread-safe; 0 turns limiting off.
class RateLimiter
{
public:
    explicit RateLimiter(qint64 windowMs = 1000) : m_windowMs(windowMs) {}

    struct Decision
    {
        bool limited = false; // limiting is on: send the X-RateLimit-* headers
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        qint64 resetMs = 0;        // epoch ms when the current window ends
        int retryAfterSeconds = 0; // when refused: whole seconds until the window ends, >= 1
    };

    void setLimit(int perWindow);
    int limit() const;

    // Counts one request for `key` at `nowMs` (epoch ms) and says whether it may proceed.
    Decision take(const QByteArray &key, qint64 nowMs);

private:
    struct Window
    {
        qint64 startMs = 0;
        int used = 0;
    };
    mutable QMutex m_mutex;
    const qint64 m_windowMs;
    int m_perWindow = 0;
    QHash<QByteArray, Window> m_windows;
};

} // namespace sandbox
