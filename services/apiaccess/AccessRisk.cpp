#include "AccessRisk.h"

#include "ApiKey.h"
#include "ApiToken.h"

namespace AccessRisk {
namespace {

constexpr qint64 secondsPerDay = 86400;

Flags expiryFlags(const QDateTime &expiresAt, const QDateTime &now)
{
    if (isExpired(expiresAt, now))
        return Expired;
    if (expiresWithin(verySoonDays, expiresAt, now))
        return ExpiresVerySoon;
    if (expiresWithin(soonDays, expiresAt, now))
        return ExpiresSoon;
    return {};
}

Flags useFlags(const QDateTime &lastActive, const QDateTime &now)
{
    if (!lastActive.isValid())
        return NeverUsed;
    if (lastActive.secsTo(now) >= staleDays * secondsPerDay)
        return Stale;
    return {};
}

} // namespace

qint64 daysUntil(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return 0;
    const qint64 seconds = now.secsTo(when);
    // Rounded down, also below zero: one second past is "-1 days".
    return seconds >= 0 ? seconds / secondsPerDay
                        : -((-seconds + secondsPerDay - 1) / secondsPerDay);
}

bool expiresWithin(int days, const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid() || when <= now)
        return false;
    return now.secsTo(when) < qint64(days) * secondsPerDay;
}

bool isExpired(const QDateTime &when, const QDateTime &now)
{
    return when.isValid() && when <= now;
}

bool unusedFor(int days, const QDateTime &lastActive, const QDateTime &createdAt,
               const QDateTime &now)
{
    const QDateTime since = lastActive.isValid() ? lastActive : createdAt;
    return since.isValid() && since.secsTo(now) >= qint64(days) * secondsPerDay;
}

bool isInactiveStatus(const QString &userStatus)
{
    const QString status = userStatus.toLower();
    return status == QLatin1String("suspended") || status == QLatin1String("deactivated") ||
           status == QLatin1String("for_deletion") || status == QLatin1String("inactive") ||
           status == QLatin1String("closed");
}

Flags forKey(const ApiKey &key, const QDateTime &now)
{
    // A revoked or expired key opens nothing any more: no other sign counts.
    if (key.isRevoked())
        return Revoked;
    if (isExpired(key.expiresAt, now))
        return Expired;
    Flags flags = expiryFlags(key.expiresAt, now) | useFlags(key.lastActiveAt, now);
    if (!key.hasScopes())
        flags |= FullAccess;
    if (isInactiveStatus(key.createdBy.userStatus))
        flags |= OwnerInactive;
    return flags;
}

Flags forToken(const ApiToken &token, const QString &ownerStatus, const QDateTime &now)
{
    if (isExpired(token.expiresAt, now))
        return Expired; // it opens nothing any more
    Flags flags = expiryFlags(token.expiresAt, now) | useFlags(token.lastActiveAt, now);
    if (isInactiveStatus(ownerStatus))
        flags |= OwnerInactive;
    return flags;
}

} // namespace AccessRisk
