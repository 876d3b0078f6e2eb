// User management lifecycle (CATALOG §2): deactivate (with a message to the person), enable,
// delete with a 14-day grace period, and cancel a deletion within it. 409 when the account is
// not eligible; 403 for accounts an identity provider owns.
#include "ManageErrors.h"
#include "OrgStore.h"
#include "Router.h"
#include "Routes.h"
#include "UserWriteState.h"

#include <QJsonObject>

namespace sandbox {
namespace {

const QString lifecyclePath = QStringLiteral("/users/{account_id}/manage/lifecycle/");

enum class Verb { Disable, Enable, Delete, CancelDelete };

ApiResponse conflict(const SeedUser &user, const char *code, const QString &message)
{
    return manageErrors::lifecycleConflict(user.accountId, QLatin1String(code), message);
}

// What the account goes back to when re-enabled: its state before it was deactivated.
UserStatus previousStatus(const UserWriteState &state, int index, const SeedUser &user)
{
    const UserStatus before = state.statusBeforeDeactivation.value(
        index, user.directory < 0 ? UserStatus::NotInvited : UserStatus::Active);
    return before == UserStatus::Deactivated || before == UserStatus::ForDeletion
               ? UserStatus::Active
               : before;
}

ApiResponse disable(OrgStore &store, UserWriteState &state, int index, const ApiRequest &request)
{
    SeedUser &user = store.mutableData().users[index];
    if (user.status == UserStatus::ForDeletion)
        return conflict(user, "ACCOUNT_PENDING_DELETION",
                        QStringLiteral("The account is scheduled for deletion."));
    if (user.status == UserStatus::Deactivated)
        return conflict(user, "ACCOUNT_ALREADY_DEACTIVATED",
                        QStringLiteral("The account is already deactivated."));
    const std::optional<QJsonObject> body = routes::bodyObject(request);
    state.statusBeforeDeactivation.insert(index, user.status);
    state.deactivationMessage.insert(index, body ? body->value(QLatin1String("message")).toString()
                                                 : QString());
    user.status = UserStatus::Deactivated;
    user.deactivatedOn = sandboxNow(store.data());
    store.changed();
    return ApiResponse::empty(204);
}

ApiResponse enable(OrgStore &store, UserWriteState &state, int index)
{
    SeedUser &user = store.mutableData().users[index];
    if (user.status == UserStatus::ForDeletion)
        return conflict(user, "ACCOUNT_PENDING_DELETION",
                        QStringLiteral("The account is scheduled for deletion: cancel the "
                                       "deletion to reactivate it."));
    if (user.status != UserStatus::Deactivated)
        return conflict(user, "ACCOUNT_ALREADY_ACTIVE",
                        QStringLiteral("The account is already active."));
    user.status = previousStatus(state, index, user);
    user.deactivatedOn = 0;
    state.statusBeforeDeactivation.remove(index);
    state.deactivationMessage.remove(index);
    store.changed();
    return ApiResponse::empty(204);
}

ApiResponse remove(OrgStore &store, UserWriteState &state, int index)
{
    SeedUser &user = store.mutableData().users[index];
    if (user.status == UserStatus::ForDeletion)
        return conflict(user, "ACCOUNT_PENDING_DELETION",
                        QStringLiteral("The account is already scheduled for deletion."));
    const qint64 now = sandboxNow(store.data());
    if (user.status != UserStatus::Deactivated) {
        state.statusBeforeDeactivation.insert(index, user.status);
        user.deactivatedOn = now;
    }
    user.status = UserStatus::ForDeletion;
    state.deletionRequestedAt.insert(index, now);
    state.pendingDeletions.insert(index);
    store.changed();
    return manageErrors::successMessage(
        QStringLiteral("The account is deactivated and will be deleted in 14 days."));
}

ApiResponse cancelDelete(OrgStore &store, UserWriteState &state, int index)
{
    SeedUser &user = store.mutableData().users[index];
    if (user.status != UserStatus::ForDeletion)
        return manageErrors::notFound(); // no deletion to cancel
    user.status = previousStatus(state, index, user);
    user.deactivatedOn = 0;
    state.statusBeforeDeactivation.remove(index);
    state.deletionRequestedAt.remove(index);
    state.pendingDeletions.remove(index);
    store.changed();
    return manageErrors::successMessage(
        QStringLiteral("The deletion is cancelled and the account is active again."));
}

ApiResponse lifecycle(OrgStore &store, UserWriteState &state, const ApiRequest &request, Verb verb)
{
    state.sweepDeletions(store);
    int index = -1;
    if (auto refusal = manageableAccount(store, request.param(0), &index))
        return *refusal;
    if (isSynced(store.data().users.at(index)))
        return manageErrors::forbiddenAction(QStringLiteral("externalDirectory.scim"));
    switch (verb) {
    case Verb::Disable:
        return disable(store, state, index, request);
    case Verb::Enable:
        return enable(store, state, index);
    case Verb::Delete:
        return remove(store, state, index);
    case Verb::CancelDelete:
        return cancelDelete(store, state, index);
    }
    return manageErrors::notFound();
}

} // namespace

void addLifecycleRoutes(Router &router, OrgStore &store, std::shared_ptr<UserWriteState> state)
{
    const QList<QPair<const char *, Verb>> verbs = {{"disable", Verb::Disable},
                                                    {"enable", Verb::Enable},
                                                    {"delete", Verb::Delete},
                                                    {"cancel-delete", Verb::CancelDelete}};
    for (const auto &[name, verb] : verbs) {
        router.add("POST", lifecyclePath + QLatin1String(name),
                   [&store, state, verb = verb](const ApiRequest &r) {
                       return lifecycle(store, *state, r, verb);
                   });
    }
}

} // namespace sandbox
