// Groups that change: create, delete, add and remove members, grant and revoke roles
// (CATALOG §1.4).
#include "ApiErrors.h"
#include "GroupJson.h"
#include "GroupRoutes.h"
#include "OrgStore.h"
#include "Router.h"
#include "Routes.h"

#include <QRegularExpression>
#include <QUuid>

namespace sandbox {
namespace {

constexpr int kMaxNameLength = 255;

// A string field of the body, or the 400 to answer.
std::optional<QString> requiredText(const ApiRequest &request, const char *key,
                                    ApiResponse *failure)
{
    const auto body = routes::bodyObject(request);
    if (!body) {
        *failure = errors::invalidBody(QStringLiteral("The request body must be a JSON object."));
        return std::nullopt;
    }
    const QString value = body->value(QLatin1String(key)).toString().trimmed();
    if (value.isEmpty()) {
        *failure = errors::invalidBody(
            QStringLiteral("%1: required, a non-empty string").arg(QLatin1String(key)));
        return std::nullopt;
    }
    return value;
}

// POST .../groups {name*, description}: 201 with no body.
ApiResponse create(OrgStore &store, const ApiRequest &request)
{
    ApiResponse failure;
    const auto scope = grouproutes::scope(store, request, &failure);
    if (!scope)
        return failure;
    const auto name = requiredText(request, "name", &failure);
    if (!name)
        return failure;
    if (name->size() > kMaxNameLength)
        return errors::invalidBody(
            QStringLiteral("name: at most %1 characters").arg(kMaxNameLength));
    OrgData &org = store.mutableData();
    for (const Group &group : std::as_const(org.groups)) {
        if (!group.deleted && group.name.compare(*name, Qt::CaseInsensitive) == 0)
            return errors::applicationError(
                409, QStringLiteral("ADMIN-409-28"),
                QStringLiteral("A group named \"%1\" already exists.").arg(group.name));
    }
    // Memberships are bits of a 64-bit mask in the sandbox (SeedUser::groupMask): when every
    // slot is taken, a deleted group's slot is used again.
    int slot = int(org.groups.size());
    if (slot >= kMaxGroups) {
        const auto free = std::find_if(org.groups.cbegin(), org.groups.cend(),
                                       [](const Group &group) { return group.deleted; });
        if (free == org.groups.cend())
            return errors::applicationError(
                409, QStringLiteral("ADMIN-409-28"),
                QStringLiteral("The sandbox holds at most %1 groups: delete one first.")
                    .arg(kMaxGroups));
        slot = int(free - org.groups.cbegin());
    }
    const QString description =
        routes::bodyObject(request)->value(QLatin1String("description")).toString();
    const Group created{QUuid::createUuid().toString(QUuid::WithoutBraces),
                        *name,
                        description,
                        qMax(0, *scope),
                        false,
                        false};
    if (slot < org.groups.size())
        org.groups[slot] = created;
    else
        org.groups.append(created);
    store.groupsChanged();
    return ApiResponse::empty(201);
}

// DELETE .../groups/{groupId}: 204, or 403 with the reason (synced, default, admin-granting).
ApiResponse remove(OrgStore &store, const ApiRequest &request)
{
    ApiResponse failure;
    const auto index = grouproutes::group(store, request, &failure);
    if (!index)
        return failure;
    OrgData &org = store.mutableData();
    if (auto refusal = groupfacts::deletionRefusal(org, org.groups.at(*index)))
        return *refusal;
    // Group i is bit i: nobody keeps the bit; the slot stays, marked deleted.
    const quint64 bit = quint64(1) << *index;
    for (SeedUser &user : org.users)
        user.groupMask &= ~bit;
    org.groupGrants.remove(org.groups.at(*index).id);
    org.groups[*index].deleted = true;
    store.groupsChanged();
    return ApiResponse::empty(204);
}

// The person a membership route names, or the answer to give instead.
std::optional<int> member(OrgStore &store, const QString &accountId, const Group &group,
                          ApiResponse *failure)
{
    const int user = store.userIndex(accountId);
    if (user < 0 || store.data().users.at(user).closed) {
        *failure = errors::userNotFound(accountId);
        return std::nullopt;
    }
    if (store.data().users.at(user).directory != group.directory) {
        *failure = errors::applicationError(
            400, QStringLiteral("ADMIN-400-24"),
            QStringLiteral("User %1 is not in the group's directory (%2).")
                .arg(accountId, store.data().directories.value(group.directory).name));
        return std::nullopt;
    }
    return user;
}

// POST .../groups/{groupId}/memberships {accountId*}: 204; 409 when already a member.
ApiResponse addMember(OrgStore &store, const ApiRequest &request)
{
    ApiResponse failure;
    const auto index = grouproutes::group(store, request, &failure);
    if (!index)
        return failure;
    const auto accountId = requiredText(request, "accountId", &failure);
    if (!accountId)
        return failure;
    const Group &group = store.data().groups.at(*index);
    if (auto refusal = groupfacts::changeRefusal(group))
        return *refusal;
    const auto user = member(store, *accountId, group, &failure);
    if (!user)
        return failure;
    SeedUser &person = store.mutableData().users[*user];
    const quint64 bit = quint64(1) << *index;
    if (person.groupMask & bit)
        return errors::applicationError(
            409, QStringLiteral("ADMIN-409-28"),
            QStringLiteral("User %1 is already a member of %2.").arg(*accountId, group.name));
    person.groupMask |= bit;
    store.changed();
    return ApiResponse::empty(204);
}

// DELETE .../groups/{groupId}/memberships/{accountId}: 204, also for someone not a member.
ApiResponse removeMember(OrgStore &store, const ApiRequest &request)
{
    ApiResponse failure;
    const auto index = grouproutes::group(store, request, &failure);
    if (!index)
        return failure;
    const Group &group = store.data().groups.at(*index);
    if (auto refusal = groupfacts::changeRefusal(group))
        return *refusal;
    const auto user = member(store, request.param(3), group, &failure);
    if (!user)
        return failure;
    store.mutableData().users[*user].groupMask &= ~(quint64(1) << *index);
    store.changed();
    return ApiResponse::empty(204);
}

// The body of assign and revoke, or the 400 to answer.
std::optional<GroupGrant> grantIn(const ApiRequest &request, ApiResponse *failure)
{
    static const QStringList roles = {
        QStringLiteral("atlassian/user"),        QStringLiteral("atlassian/user-access-admin"),
        QStringLiteral("atlassian/admin"),       QStringLiteral("atlassian/guest"),
        QStringLiteral("atlassian/contributor"), QStringLiteral("atlassian/customer"),
        QStringLiteral("atlassian/basic"),       QStringLiteral("atlassian/stakeholder"),
        QStringLiteral("atlassian/viewer")};
    const auto resource = requiredText(request, "resourceId", failure);
    const auto role = resource ? requiredText(request, "roleId", failure) : std::nullopt;
    if (!resource || !role)
        return std::nullopt;
    if (groupfacts::resourceOwner(*resource).isEmpty()) {
        *failure = errors::applicationError(
            400, QStringLiteral("ADMIN-400-4"),
            QStringLiteral("resourceId: \"%1\" is not a resource ARI").arg(*resource));
        return std::nullopt;
    }
    if (!roles.contains(*role)) {
        *failure = errors::invalidBody(
            QStringLiteral("roleId: must be one of %1").arg(roles.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return GroupGrant{*resource, *role, false};
}

// POST .../role-assignments/assign (200, no body) and /revoke (204). Both leave the same state
// however often they are sent.
ApiResponse changeRole(OrgStore &store, const ApiRequest &request, bool assign)
{
    ApiResponse failure;
    const auto index = grouproutes::group(store, request, &failure);
    if (!index)
        return failure;
    const auto grant = grantIn(request, &failure);
    if (!grant)
        return failure;
    const Group &group = store.data().groups.at(*index);
    if (auto refusal = groupfacts::changeRefusal(group))
        return *refusal;
    QList<GroupGrant> &grants = store.mutableData().groupGrants[group.id];
    auto same = [&grant](const GroupGrant &g) {
        return g.resourceId == grant->resourceId && g.roleId == grant->roleId;
    };
    if (assign) {
        if (std::none_of(grants.cbegin(), grants.cend(), same))
            grants.append(*grant);
        return ApiResponse::empty(200);
    }
    grants.removeIf(same);
    return ApiResponse::empty(204);
}

} // namespace

void addGroupWriteRoutes(Router &router, OrgStore &store)
{
    using grouproutes::groupsPath;
    const QString group = groupsPath() + QStringLiteral("/{groupId}");
    router.add("POST", groupsPath(), [&store](const ApiRequest &r) { return create(store, r); });
    router.add("DELETE", group, [&store](const ApiRequest &r) { return remove(store, r); });
    router.add("POST", group + QStringLiteral("/memberships"),
               [&store](const ApiRequest &r) { return addMember(store, r); });
    router.add("DELETE", group + QStringLiteral("/memberships/{accountId}"),
               [&store](const ApiRequest &r) { return removeMember(store, r); });
    router.add("POST", group + QStringLiteral("/role-assignments/assign"),
               [&store](const ApiRequest &r) { return changeRole(store, r, true); });
    router.add("POST", group + QStringLiteral("/role-assignments/revoke"),
               [&store](const ApiRequest &r) { return changeRole(store, r, false); });
}

} // namespace sandbox
