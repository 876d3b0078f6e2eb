#pragma once

#include <QDateTime>
#include <QFlags>
#include <QString>

struct ApiKey;
struct ApiToken;

// The signs of a risky admin API key or user API token, by one set of rules for the window and
// the CLI. Every rule takes "now" so that tests can fix it.
namespace AccessRisk {

constexpr int soonDays = 30;    // an expiry this close is marked
constexpr int verySoonDays = 7; // and this close, marked strongly
constexpr int staleDays = 90;   // unused this long is stale

enum Flag : quint16 {
    NeverUsed = 1 << 0,
    Stale = 1 << 1,         // used once, but not for staleDays
    OwnerInactive = 1 << 2, // the token's owner (or the key's creator) is suspended or deactivated
    Expired = 1 << 3,
    ExpiresVerySoon = 1 << 4, // within verySoonDays
    ExpiresSoon = 1 << 5,     // within soonDays (not set when ExpiresVerySoon is)
    FullAccess = 1 << 6,      // a key without scopes
    Revoked = 1 << 7,
};
Q_DECLARE_FLAGS(Flags, Flag)

// Whole days from now until `when`, rounded down; negative in the past. 0 for an invalid date.
qint64 daysUntil(const QDateTime &when, const QDateTime &now);
// Whether `when` is set, still ahead, and less than `days` days away.
bool expiresWithin(int days, const QDateTime &when, const QDateTime &now);
bool isExpired(const QDateTime &when, const QDateTime &now);
// Not used for `days` days: last used that long ago, or never used and made that long ago.
bool unusedFor(int days, const QDateTime &lastActive, const QDateTime &createdAt,
               const QDateTime &now);
// suspended, deactivated, for_deletion (and the v1 words inactive, closed), in any case.
bool isInactiveStatus(const QString &userStatus);

// A revoked key has only Revoked, an expired one (key or token) only Expired: they open nothing.
Flags forKey(const ApiKey &key, const QDateTime &now);
// `ownerStatus` is the owner's directory status, empty while not known.
Flags forToken(const ApiToken &token, const QString &ownerStatus, const QDateTime &now);

} // namespace AccessRisk

Q_DECLARE_OPERATORS_FOR_FLAGS(AccessRisk::Flags)
