#pragma once

#include "SandboxTypes.h"

#include <QMutex>

#include <optional>

namespace sandbox {

// The faults tests asked for, consumed by the requests they match. Thread-safe.
class FaultInjector
{
public:
    void add(const FaultRule &rule);
    void clear();

    // The first rule matching this request, counted as used once; nothing when none matches.
    std::optional<FaultRule> take(const QByteArray &method, const QString &path);

private:
    QMutex m_mutex;
    QList<FaultRule> m_rules;
};

} // namespace sandbox
