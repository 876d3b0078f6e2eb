#pragma once

#include "ApiExchange.h"
#include "OrgData.h"

#include <QHash>
#include <QSet>

#include <memory>
#include <optional>

namespace sandbox {

class OrgStore;
class Router;

// A deletion can be cancelled for 14 days; then the account is closed for good.
constexpr qint64 kDeletionGraceSeconds = 14 * 86400;

// What the routes that change people remember beyond the seeded data. Server thread only.
struct UserWriteState
{
    explicit UserWriteState(const OrgStore &store);

    qint64 startedAt = 0;                            // the server's start, on the sandbox clock
    QHash<int, qint64> deletionRequestedAt;          // user index -> when (sandbox clock, seconds)
    QSet<int> pendingDeletions;                      // user indices in their grace period
    QHash<int, UserStatus> statusBeforeDeactivation; // what enable / cancel-delete go back to
    QHash<int, QString> deactivationMessage;         // the message the person was shown
    QSet<QString> claimedDomains;                    // e-mail domains the org has verified

    // When the user's deletion was requested: seeded pending deletions count from the start.
    qint64 deletionRequested(int index) const;
    // Closes the accounts whose grace period is over; true when any changed.
    bool sweepDeletions(OrgStore &store);
};

// "Now" on the sandbox clock, in epoch seconds.
qint64 sandboxNow(const OrgData &data);

// The account User management may act on (a managed, verified, not closed account), or the
// answer to give instead (404 accountNotFound, 403 forbidden / forbidden.targetUnverified).
std::optional<ApiResponse> manageableAccount(OrgStore &store, const QString &accountId, int *index);
// Accounts synced from an identity provider: their lifecycle, e-mail and most profile fields
// belong to the provider.
inline bool isSynced(const SeedUser &user)
{
    return user.managementSource == ManagementSource::Synced;
}

// The route families that change people; they share one UserWriteState.
void addDirectoryWriteRoutes(Router &router, OrgStore &store,
                             std::shared_ptr<UserWriteState> state); // suspend, restore, remove
void addManageRoutes(Router &router, OrgStore &store,
                     std::shared_ptr<UserWriteState> state); // manage, email
void addProfileRoutes(Router &router, OrgStore &store,
                      std::shared_ptr<UserWriteState> state); // profile GET and PATCH
void addLifecycleRoutes(Router &router, OrgStore &store,
                        std::shared_ptr<UserWriteState> state); // disable, enable, (cancel-)delete

} // namespace sandbox
