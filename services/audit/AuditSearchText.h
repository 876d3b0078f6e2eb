#pragma once

#include "AuditEvent.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// The archive's full-text side, in one place: the text an event is indexed under, and the
// translation of what a person types into an FTS5 query that can never be a syntax error.
namespace AuditSearchText {

// The two columns of events_fts for one event. The archive deletes an event from the
// (contentless) index with exactly these values again, rebuilt from the stored JSON, so they
// depend on the event alone: change them only together with a migration that rebuilds the index.
struct Indexed
{
    QString action; // the action id's words ("user_suspended")
    QString body;   // actor, on whose behalf, token, targets, containers, places, IP, message
};
Indexed indexedText(const AuditEvent &event);

// What a person typed, as an FTS5 MATCH expression: every word a prefix-or-exact token
// (`suspend` finds "suspended"), "quoted phrases" exact, word* a prefix; terms that are
// addresses or e-mails (10.0.0.1, jane.doe@x.org) become phrases of their parts. Every token
// is quoted and holds only letters and digits, so no quote, bracket or operator a person types
// reaches FTS5 as syntax. A term that also names actions in the catalogue (by display or group
// name: "Suspended" finds user_suspended) matches those actions too. Empty when the text holds
// nothing to search for.
//
// `wordsStartingWith`, when given, lists the index's words that begin with a prefix (lower-case
// letters and digits, three or more), or nothing when there are too many to list: a word typed
// then matches those words by name, which FTS5 reads lazily, newest first, instead of merging
// the lists of every word with that prefix before the first row (a third of a second for a
// word in every one of a million events).
using WordLister = std::function<std::optional<QStringList>(const QString &prefix)>;
QString matchExpression(const QString &text, const QList<EventAction> &catalogue = {},
                        const WordLister &wordsStartingWith = {});

} // namespace AuditSearchText
