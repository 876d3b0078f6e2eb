#include "FaultInjector.h"

namespace sandbox {

void FaultInjector::add(const FaultRule &rule)
{
    QMutexLocker lock(&m_mutex);
    m_rules.append(rule);
}

void FaultInjector::clear()
{
    QMutexLocker lock(&m_mutex);
    m_rules.clear();
}

std::optional<FaultRule> FaultInjector::take(const QByteArray &method, const QString &path)
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_rules.begin(); it != m_rules.end(); ++it) {
        if (!it->method.isEmpty() && it->method.compare(method, Qt::CaseInsensitive) != 0)
            continue;
        if (!it->pathPattern.match(path).hasMatch())
            continue;
        FaultRule hit = *it;
        if (it->count > 0 && --it->count == 0)
            m_rules.erase(it);
        return hit;
    }
    return std::nullopt;
}

} // namespace sandbox
