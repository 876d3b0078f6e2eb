#pragma once

#include "ApiError.h"

#include <QList>
#include <QString>
#include <QStringList>

// What the Overview shows, tile by tile: one figure each, with the parts it is made of. The
// window's tiles and `orgdesk-cli overview` read the same figures (OverviewFigures).
namespace Overview {

enum class Tile {
    People,         // users/stats: everyone, by account status
    Directories,    // users/count in each directory
    TwoStepOff,     // managed accounts without two-step verification
    InactivePeople, // not active for 90 days, or never (needs every row)
    Groups,         // groups/stats: managed here and synced
    Domains,        // domains needing attention
    ApiKeys,        // admin API keys expiring, never used or without scopes
    OwnKey,         // the key Orgdesk itself connects with, and its days left
    Tokens,         // users' API tokens at risk
    Policies,       // policies with resources failed or still applying
    AuditLog,       // the local archive: its last sync, the week's notable events (no network)
};

constexpr int inactiveDays = 90; // people and tokens: unused this long counts
constexpr int auditDays = 7;     // the audit log: the notable events of this many days

QList<Tile> tiles();
// A stable name for scripts ("people", "twoStepOff", "tokens"...).
QString key(Tile tile);
// Read from this computer (the audit archive), not asked of the server.
bool isLocal(Tile tile);

} // namespace Overview

struct OverviewFigure
{
    enum class State { Loading, Ready, Failed };

    // One thing the figure is made of: "suspended" 12, a directory's name and its people...
    struct Part
    {
        QString key;   // fixed per tile ("expiring", "never"...), or an id (a directory's)
        QString label; // a name to show when the key is an id; empty otherwise
        qint64 count = 0;
    };

    State state = State::Loading;
    qint64 value = 0; // the big number; -1: none (the own key is not among the listed keys)
    QList<Part> parts;
    qint64 rowsRead = 0;       // while a count that needs every row loads: the rows read so far
    bool partsPending = false; // Ready parts are in, others still load (tokens)
    ApiError error;            // when Failed
    QString itemId;            // what the tile's link picks: a policy's id, the own key's label
    QString itemKind;          // policies: the picked policy's type key
    qint64 timeMs = 0;         // the audit log: when it was last synced; 0: never
    QStringList actions;       // the audit log: the action ids counted, for the tile's link
    QStringList actionNames;   // their display names where the archive knows them, same order

    bool isLoading() const { return state == State::Loading; }
    bool isReady() const { return state == State::Ready; }
    bool isFailed() const { return state == State::Failed; }
    // The key may not read this area at all (403), as opposed to a call that failed.
    bool isRefused() const { return isFailed() && error.kind() == ApiError::Kind::Forbidden; }
    qint64 part(const QString &key) const;
};
