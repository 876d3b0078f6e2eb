#pragma once

#include <QString>

#include <optional>

namespace sandbox {

// An opaque page cursor: base64url of a version byte, the offset, the page size and the hash
// of the query it pages through, sealed with a check value so that anything else fails to
// decode (and the route answers 400 ADMIN-400-1).
struct PageCursor
{
    quint32 offset = 0;
    quint8 limit = 0;
    quint64 queryHash = 0;

    QString encode() const;
    static std::optional<PageCursor> decode(const QString &token);
};

} // namespace sandbox
