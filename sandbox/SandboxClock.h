#pragma once

#include <QDateTime>

#include <atomic>

namespace sandbox {

// The sandbox's "now": the real time, moved on by tests (a 14-day grace period need not take 14
// days). Thread-safe.
class SandboxClock
{
public:
    qint64 nowMs() const { return QDateTime::currentMSecsSinceEpoch() + m_offsetMs.load(); }
    qint64 nowSeconds() const { return nowMs() / 1000; }
    void advance(qint64 ms) { m_offsetMs += ms; }

private:
    std::atomic<qint64> m_offsetMs{0};
};

} // namespace sandbox
