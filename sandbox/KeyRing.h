#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

namespace sandbox {

// The API keys the sandbox accepts, and which of them have scopes. Thread-safe.
class KeyRing
{
public:
    enum class Kind { Unscoped, Scoped };

    void add(const QString &key, Kind kind);
    // The kind of the key in an "Authorization: Bearer <key>" header, or nothing when the
    // header is missing or the key unknown.
    std::optional<Kind> check(const QByteArray &authorizationHeader) const;
    // The order in which that key was added (0 = the first, the server's own key); -1 when
    // unknown. The audit log tells the keys apart by it.
    int order(const QByteArray &authorizationHeader) const;

private:
    struct Entry
    {
        Kind kind;
        int order;
    };
    static QString bearer(const QByteArray &authorizationHeader);

    mutable QMutex m_mutex;
    QHash<QString, Entry> m_keys;
};

} // namespace sandbox
