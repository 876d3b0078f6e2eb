#include "RequestLog.h"

namespace sandbox {

QByteArray ReceivedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void RequestLog::append(ReceivedRequest request)
{
    QMutexLocker lock(&m_mutex);
    if (m_entries.size() >= kMaxEntries)
        m_entries.remove(0, kMaxEntries / 10);
    m_entries.append(std::move(request));
}

QList<ReceivedRequest> RequestLog::entries() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries;
}

void RequestLog::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
}

} // namespace sandbox
