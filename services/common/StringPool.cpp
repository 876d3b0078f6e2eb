#include "StringPool.h"

QString StringPool::intern(const QString &text)
{
    if (text.isEmpty())
        return QString();
    const auto found = m_strings.constFind(text);
    if (found != m_strings.constEnd())
        return *found;
    m_strings.insert(text);
    return text;
}
