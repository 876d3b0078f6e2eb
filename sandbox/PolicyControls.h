#pragma once

#include <QMutex>
#include <QSet>
#include <QString>

#include <atomic>

namespace sandbox {

// Test knobs of the policy routes, shared by the test thread and the server thread: how long a
// write takes to apply (on the sandbox clock) and which resources fail to apply.
struct PolicyControls
{
    std::atomic<int> applyDelayMs{3000}; // applying/removing settle after this; also a task's run

    void failResource(const QString &resourceId)
    {
        QMutexLocker lock(&m_mutex);
        m_failing.insert(resourceId);
    }
    bool fails(const QString &resourceId) const
    {
        QMutexLocker lock(&m_mutex);
        return m_failing.contains(resourceId);
    }

private:
    mutable QMutex m_mutex;
    QSet<QString> m_failing;
};

} // namespace sandbox
