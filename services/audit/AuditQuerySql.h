#pragma once

#include "AuditFilter.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

// An AuditFilter as SQL over the archive's tables (see OrgSchema.cpp): the FROM clause and the
// conditions, with their bound values in order. With full text, the FTS table drives the query
// in its rowid order (which is the events' newest-first order), so the first page of a search
// never sorts the matches.
struct AuditQuerySql
{
    QString from;
    QStringList conditions;
    QVariantList values;
    QString seqColumn; // "e.seq" or "f.rowid": what to order and page by

    // `match` is the FTS5 expression (AuditSearchText::matchExpression), empty for none;
    // `beforeSeq` > 0 keeps rows before that position (the next page).
    static AuditQuerySql build(const AuditFilter &filter, const QString &match,
                               qint64 beforeSeq = 0);

    QString where() const;
    // Whether counting needs only the FTS table (full text and nothing else).
    bool textOnly = false;
};

// The position of an event time in the archive's order (the events table's row id).
namespace AuditSeq {
constexpr qint64 slotsPerMs = 4096;
inline qint64 first(qint64 timeMs)
{
    return (timeMs < 0 ? 0 : timeMs) * slotsPerMs;
}
} // namespace AuditSeq
