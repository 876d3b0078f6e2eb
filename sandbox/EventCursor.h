#pragma once

#include <QString>

#include <optional>

namespace sandbox {

// The opaque cursors of the two event routes, sealed like PageCursor so that anything else
// fails to decode (400 ADMIN-400-1).
//  - Search: an offset into the results of the query with `queryHash`, as they stood at
//    `snapshotMs` (so that new events do not shift the pages).
//  - Stream: a position in the log (sorted by processing time), the sort order and the
//    from/to of the first request; the last page's cursor reads what is processed later.
struct EventCursor
{
    enum Kind : quint8 { Search = 1, Stream = 2 };
    Kind kind = Search;
    bool descending = false;
    quint32 position = 0;
    quint16 limit = 0;
    quint64 queryHash = 0;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 snapshotMs = 0;

    QString encode() const;
    static std::optional<EventCursor> decode(const QString &token, Kind kind);
};

} // namespace sandbox
