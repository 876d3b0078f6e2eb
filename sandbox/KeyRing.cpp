#include "KeyRing.h"

namespace sandbox {

void KeyRing::add(const QString &key, Kind kind)
{
    QMutexLocker lock(&m_mutex);
    m_keys.insert(key, kind);
}

std::optional<KeyRing::Kind> KeyRing::check(const QByteArray &authorizationHeader) const
{
    const QByteArray prefix = "Bearer ";
    if (!authorizationHeader.startsWith(prefix))
        return std::nullopt;
    const QString key = QString::fromUtf8(authorizationHeader.mid(prefix.size()).trimmed());
    QMutexLocker lock(&m_mutex);
    const auto it = m_keys.constFind(key);
    if (it == m_keys.cend())
        return std::nullopt;
    return *it;
}

} // namespace sandbox
