// Suspend, restore and remove a user in a directory (CATALOG §1.3, v2 directory routes).
#include "ApiErrors.h"
#include "OrgStore.h"
#include "Router.h"
#include "UserWriteState.h"

namespace sandbox {
namespace {

const QString userPath =
    QStringLiteral("/admin/v2/orgs/{orgId}/directories/{directoryId}/users/{accountId}");

// The user the path names, when they are a member of that directory ("-": of any), or the
// answer to give instead.
std::optional<ApiResponse> findMember(OrgStore &store, const ApiRequest &request, int *index)
{
    if (!store.isOrg(request.param(0)))
        return errors::orgNotFound(request.param(0));
    const auto scope = store.directoryScope(request.param(1));
    if (!scope)
        return errors::directoryNotFound(request.param(1));
    *index = store.userIndex(request.param(2));
    if (*index < 0)
        return errors::userNotFound(request.param(2));
    const SeedUser &user = store.data().users.at(*index);
    if (user.closed || user.directory < 0 || (*scope >= 0 && user.directory != *scope))
        return errors::userNotFound(request.param(2));
    return std::nullopt;
}

bool isDeactivated(const SeedUser &user)
{
    return user.status == UserStatus::Deactivated || user.status == UserStatus::ForDeletion;
}

ApiResponse notForDeactivated(const QString &verb)
{
    return errors::applicationError(
        400, QStringLiteral("ADMIN-400-4"),
        QStringLiteral("Cannot %1 access: the account is deactivated. Re-enable it first.")
            .arg(verb));
}

// Suspended keeps roles and groups (not billed); restore brings them back. Both are no-ops on
// someone already in that state.
ApiResponse setSuspended(OrgStore &store, UserWriteState &state, const ApiRequest &request,
                         bool suspend)
{
    state.sweepDeletions(store);
    int index = -1;
    if (auto refusal = findMember(store, request, &index))
        return *refusal;
    SeedUser &user = store.mutableData().users[index];
    if (isDeactivated(user))
        return notForDeactivated(suspend ? QStringLiteral("suspend") : QStringLiteral("restore"));
    const UserStatus target = suspend ? UserStatus::Suspended : UserStatus::Active;
    if (user.status != target) {
        user.status = target;
        store.changed();
    }
    return ApiResponse::empty(204);
}

// Removal drops the membership with its groups, roles and product access: undoing it means
// inviting and granting again.
ApiResponse removeFromDirectory(OrgStore &store, UserWriteState &state, const ApiRequest &request)
{
    state.sweepDeletions(store);
    int index = -1;
    if (auto refusal = findMember(store, request, &index))
        return *refusal;
    SeedUser &user = store.mutableData().users[index];
    user.directory = -1;
    user.groupMask = 0;
    user.productMask = 0;
    user.roleMask = 0;
    if (!isDeactivated(user))
        user.status = UserStatus::NotInvited;
    store.changed();
    return ApiResponse::empty(204);
}

// The spec documents these routes' errors without a body.
ApiResponse bodiless(ApiResponse response)
{
    return response.status >= 400 ? ApiResponse::empty(response.status) : response;
}

} // namespace

void addDirectoryWriteRoutes(Router &router, OrgStore &store, std::shared_ptr<UserWriteState> state)
{
    router.add("POST", userPath + QStringLiteral("/suspend"), [&store, state](const ApiRequest &r) {
        return bodiless(setSuspended(store, *state, r, true));
    });
    router.add("POST", userPath + QStringLiteral("/restore"), [&store, state](const ApiRequest &r) {
        return bodiless(setSuspended(store, *state, r, false));
    });
    router.add("DELETE", userPath, [&store, state](const ApiRequest &r) {
        return bodiless(removeFromDirectory(store, *state, r));
    });
}

} // namespace sandbox
