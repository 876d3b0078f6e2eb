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
    m_writeFraction = 0;
    m_writeKinds.clear();
}

void FaultInjector::setWriteFaults(double fraction, const QList<FaultRule> &kinds, quint32 seed)
{
    QMutexLocker lock(&m_mutex);
    m_writeFraction = kinds.isEmpty() ? 0 : qBound(0.0, fraction, 1.0);
    m_writeKinds = kinds;
    m_writeRng = Prng(Prng::derive(seed, 0, 0x6661756c74)); // "fault"
    m_nextWriteKind = 0;
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
    // A POST .../search reads: it is not a write.
    const bool write = (method == "POST" && !path.endsWith(QLatin1String("/search"))) ||
                       method == "PUT" || method == "PATCH" || method == "DELETE";
    if (write && m_writeFraction > 0 && !path.startsWith(QLatin1String("/sandbox/")) &&
        m_writeRng.chance(m_writeFraction)) {
        const FaultRule hit = m_writeKinds.at(m_nextWriteKind);
        m_nextWriteKind = (m_nextWriteKind + 1) % int(m_writeKinds.size());
        return hit;
    }
    return std::nullopt;
}

} // namespace sandbox
