#include "KeyRing.h"

namespace sandbox {

void KeyRing::add(const QString &key, Kind kind)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_keys.constFind(key);
    m_keys.insert(key, {kind, it == m_keys.cend() ? int(m_keys.size()) : it->order});
}

QString KeyRing::bearer(const QByteArray &authorizationHeader)
{
    const QByteArray prefix = "Bearer ";
    if (!authorizationHeader.startsWith(prefix))
        return {};
    return QString::fromUtf8(authorizationHeader.mid(prefix.size()).trimmed());
}

std::optional<KeyRing::Kind> KeyRing::check(const QByteArray &authorizationHeader) const
{
    const QString key = bearer(authorizationHeader);
    if (key.isEmpty())
        return std::nullopt;
    QMutexLocker lock(&m_mutex);
    const auto it = m_keys.constFind(key);
    if (it == m_keys.cend())
        return std::nullopt;
    return it->kind;
}

int KeyRing::order(const QByteArray &authorizationHeader) const
{
    const QString key = bearer(authorizationHeader);
    QMutexLocker lock(&m_mutex);
    const auto it = m_keys.constFind(key);
    return key.isEmpty() || it == m_keys.cend() ? -1 : it->order;
}

} // namespace sandbox
