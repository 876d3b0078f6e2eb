#include "UserWriteState.h"

#include "OrgStore.h"
#include "Routes.h"
#include "SandboxClock.h"

#include <QDateTime>

namespace sandbox {

qint64 sandboxNow(const OrgData &data)
{
    return data.clock ? data.clock->nowSeconds() : QDateTime::currentSecsSinceEpoch();
}

UserWriteState::UserWriteState(const OrgStore &store) : startedAt(sandboxNow(store.data()))
{
    // The domains of the org's managed accounts are the ones it has claimed.
    const QList<SeedUser> &users = store.data().users;
    for (int index = 0; index < users.size(); ++index) {
        const SeedUser &user = users.at(index);
        if (user.managed)
            claimedDomains.insert(user.email.mid(user.email.lastIndexOf(u'@') + 1).toLower());
        if (user.status == UserStatus::ForDeletion)
            pendingDeletions.insert(index);
    }
}

qint64 UserWriteState::deletionRequested(int index) const
{
    return deletionRequestedAt.value(index, startedAt);
}

bool UserWriteState::sweepDeletions(OrgStore &store)
{
    const qint64 now = sandboxNow(store.data());
    bool changed = false;
    QList<SeedUser> &users = store.mutableData().users;
    for (auto it = pendingDeletions.begin(); it != pendingDeletions.end();) {
        SeedUser &user = users[*it];
        if (user.status == UserStatus::ForDeletion &&
            now < deletionRequested(*it) + kDeletionGraceSeconds) {
            ++it;
            continue;
        }
        if (user.status == UserStatus::ForDeletion) {
            user.closed = true;
            user.status = UserStatus::Deactivated;
            changed = true;
        }
        it = pendingDeletions.erase(it);
    }
    if (changed)
        store.changed();
    return changed;
}

void addUserWriteRoutes(Router &router, OrgStore &store)
{
    auto state = std::make_shared<UserWriteState>(store);
    addDirectoryWriteRoutes(router, store, state);
    addManageRoutes(router, store, state);
    addProfileRoutes(router, store, state);
    addLifecycleRoutes(router, store, state);
}

} // namespace sandbox
