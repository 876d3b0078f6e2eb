#pragma once

#include "SandboxTypes.h"

#include <QMutex>

namespace sandbox {

// Every request received, in order, for tests. Thread-safe. Keeps the most recent
// kMaxEntries so that a long-running sandbox does not grow without bound.
class RequestLog
{
public:
    static constexpr int kMaxEntries = 200000;

    void append(ReceivedRequest request);
    QList<ReceivedRequest> entries() const;
    void clear();

private:
    mutable QMutex m_mutex;
    QList<ReceivedRequest> m_entries;
};

} // namespace sandbox
