// A user's role assignments (v2 GET) and the v1 role routes (CATALOG §1.3): grant and revoke
// product roles, grant and revoke org admin.
#include "ApiErrors.h"
#include "OrgStore.h"
#include "PageCursor.h"
#include "RoleState.h"
#include "Router.h"
#include "Routes.h"
#include "SandboxClock.h"
#include "Vocabulary.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QtEndian>

#include <memory>

namespace sandbox {
namespace {

const QString orgResourcePrefix = QStringLiteral("ari:cloud:platform::org/");

qint64 nowMs(const OrgData &org)
{
    return org.clock ? org.clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
}

struct ListFilter
{
    QString accountId;
    QStringList directoryIds, resourceOwners, resourceIds, roleIds;
    int limit = 20;

    quint64 hash() const
    {
        QCryptographicHash h(QCryptographicHash::Sha1);
        h.addData(QStringList{QStringLiteral("role-assignments"), accountId,
                              directoryIds.join(u','), resourceOwners.join(u','),
                              resourceIds.join(u','), roleIds.join(u','), QString::number(limit)}
                      .join(u'\n')
                      .toUtf8());
        return qFromBigEndian<quint64>(h.result().constData());
    }
};

QJsonArray methodNames(quint8 methods)
{
    QJsonArray names;
    if (methods & MethodInferred)
        names.append(QStringLiteral("inferred"));
    if (methods & MethodDirect)
        names.append(QStringLiteral("direct"));
    if (methods & MethodGroupDirect)
        names.append(QStringLiteral("group_direct"));
    return names;
}

// One MultiDirectoryUserRoleAssignment, or nothing when the filter leaves no role of it.
std::optional<QJsonObject> assignmentJson(const OrgData &org, const SeedUser &user,
                                          const ResourceRoles &entry, const ListFilter &filter)
{
    const bool platform = entry.workspace < 0;
    const QString resourceId =
        platform ? orgResourcePrefix + org.orgId : org.workspaces.at(entry.workspace).ari;
    const QString owner =
        platform ? QStringLiteral("platform") : org.workspaces.at(entry.workspace).typeKey;
    const QJsonValue directoryId = platform || user.directory < 0
                                       ? QJsonValue()
                                       : QJsonValue(org.directories.at(user.directory).id);
    if (!filter.resourceIds.isEmpty() && !filter.resourceIds.contains(resourceId))
        return std::nullopt;
    if (!filter.resourceOwners.isEmpty() && !filter.resourceOwners.contains(owner))
        return std::nullopt;
    if (!filter.directoryIds.isEmpty() && !filter.directoryIds.contains(directoryId.toString()))
        return std::nullopt;
    QJsonArray assignments, roles;
    for (const auto &[role, methods] : entry.roles) {
        const QString name = roleIdName(role);
        if (!filter.roleIds.isEmpty() && !filter.roleIds.contains(name))
            continue;
        assignments.append(
            QJsonObject{{QStringLiteral("role"), name},
                        {QStringLiteral("roleAssignmentMethods"), methodNames(methods)}});
        roles.append(name);
    }
    if (assignments.isEmpty())
        return std::nullopt;
    return QJsonObject{
        {QStringLiteral("resourceId"), resourceId},
        {QStringLiteral("resourceOwner"), owner},
        {QStringLiteral("directoryId"), directoryId},
        {QStringLiteral("userDirectoryStatus"),
         platform ? QJsonValue() : QJsonValue(membershipStatusName(user.membershipStatus()))},
        {QStringLiteral("roleAssignments"), assignments},
        {QStringLiteral("roles"), roles}};
}

using Remembered = QHash<quint64, ListFilter>;

ApiResponse listRoles(OrgStore &store, const RoleState &state, Remembered &remembered,
                      const ApiRequest &request)
{
    const OrgData &org = store.data();
    if (!store.isOrg(request.param(0)))
        return errors::orgNotFound(request.param(0));
    const auto scope = store.directoryScope(request.param(1));
    if (!scope)
        return errors::directoryNotFound(request.param(1));
    const int index = store.userIndex(request.param(2));
    if (index < 0 || org.users.at(index).closed ||
        (*scope >= 0 && org.users.at(index).directory != *scope)) {
        return errors::userNotFound(request.param(2));
    }
    const QUrlQuery &query = request.query;
    ListFilter filter;
    int offset = 0;
    if (query.hasQueryItem(QStringLiteral("cursor"))) {
        // "If present, all other parameters are discarded."
        const auto cursor = PageCursor::decode(query.queryItemValue(QStringLiteral("cursor")));
        if (!cursor || !remembered.contains(cursor->queryHash))
            return errors::invalidCursor();
        filter = remembered.value(cursor->queryHash);
        if (filter.accountId != org.users.at(index).accountId)
            return errors::invalidCursor();
        offset = int(cursor->offset);
    } else {
        const auto limit = routes::queryLimit(request, 20);
        if (!limit)
            return errors::invalidQuery(
                QStringLiteral("limit must be a whole number from 1 to 100"));
        filter.limit = *limit;
        filter.accountId = org.users.at(index).accountId;
        filter.directoryIds =
            query.allQueryItemValues(QStringLiteral("directoryIds"), QUrl::FullyDecoded);
        filter.resourceOwners =
            query.allQueryItemValues(QStringLiteral("resourceOwners"), QUrl::FullyDecoded);
        filter.resourceIds =
            query.allQueryItemValues(QStringLiteral("resourceIds"), QUrl::FullyDecoded);
        filter.roleIds = query.allQueryItemValues(QStringLiteral("roleIds"), QUrl::FullyDecoded);
        for (const QString &role : std::as_const(filter.roleIds)) {
            if (!parseRoleId(role))
                return errors::invalidQuery(QStringLiteral("Unknown role id %1.").arg(role));
        }
        remembered.insert(filter.hash(), filter);
    }
    QJsonArray all;
    for (const ResourceRoles &entry : state.rolesOf(org, index, nowMs(org))) {
        if (auto json = assignmentJson(org, org.users.at(index), entry, filter))
            all.append(*json);
    }
    const int total = int(all.size());
    offset = qBound(0, offset, total);
    QJsonArray data;
    for (int i = offset; i < qMin(total, offset + filter.limit); ++i)
        data.append(all.at(i));
    return ApiResponse::json({{QStringLiteral("data"), data},
                              {QStringLiteral("links"),
                               routes::cursorLinks(offset, filter.limit, total, filter.hash())}});
}

// The user the v1 path names ({userId}), or the answer to give instead.
std::optional<ApiResponse> findUser(OrgStore &store, const ApiRequest &request, int *index)
{
    if (!store.isOrg(request.param(0)))
        return errors::orgNotFound(request.param(0));
    *index = store.userIndex(request.param(1));
    if (*index < 0 || store.data().users.at(*index).closed)
        return errors::userNotFound(request.param(1));
    return std::nullopt;
}

ApiResponse badResource(const QString &detail)
{
    return errors::applicationError(400, QStringLiteral("ADMIN-400-4"), detail);
}

// POST /v1/orgs/{orgId}/users/{userId}/roles/assign|revoke: {role, resource}.
ApiResponse changeRole(OrgStore &store, RoleState &state, const ApiRequest &request, bool assign)
{
    int index = -1;
    if (auto refusal = findUser(store, request, &index))
        return *refusal;
    const auto body = routes::bodyObject(request);
    if (!body)
        return errors::invalidBody(QStringLiteral("The body is not a JSON object."));
    const QString roleName = body->value(QLatin1String("role")).toString();
    const auto role = parseRoleId(roleName);
    if (!role || *role == RoleAiAccess)
        return errors::invalidBody(
            QStringLiteral("role must be one of the role ids, e.g. atlassian/user."));
    const OrgData &org = store.data();
    if (*role == RoleOrgAdmin) { // any resource is ignored
        state.setOrgAdmin(org, index, assign, nowMs(org));
        return ApiResponse::empty(204);
    }
    const QString resource = body->value(QLatin1String("resource")).toString();
    if (resource.isEmpty())
        return badResource(
            QStringLiteral("resource is required for every role but atlassian/org-admin."));
    int workspace = -1;
    for (int w = 0; w < org.workspaces.size() && workspace < 0; ++w) {
        if (org.workspaces.at(w).ari == resource)
            workspace = w;
    }
    if (workspace < 0) {
        return errors::applicationError(404, QStringLiteral("ADMIN-404-1"),
                                        QStringLiteral("Resource %1 was not found.").arg(resource));
    }
    const Workspace &target = org.workspaces.at(workspace);
    if (!roleFits(*role, target)) {
        return badResource(QStringLiteral("The role %1 cannot be granted on a %2 workspace.")
                               .arg(roleName, target.typeKey));
    }
    if (!assign) {
        state.revoke(index, workspace, *role);
        return ApiResponse::empty(204);
    }
    if (state.outOfSeats(org, index, workspace, *role)) {
        return errors::applicationError(
            409, QStringLiteral("ADMIN-409-3"),
            QStringLiteral("%1 has no licence left: all %2 seats are in use.")
                .arg(target.name)
                .arg(target.capacity));
    }
    state.grant(index, workspace, *role);
    return ApiResponse::empty(204);
}

// POST /v1/orgs/{orgId}/users/{userId}/role-assignments/assign|revoke: {role: org-admin}.
ApiResponse changeOrgAdmin(OrgStore &store, RoleState &state, const ApiRequest &request,
                           bool assign)
{
    int index = -1;
    if (auto refusal = findUser(store, request, &index))
        return *refusal;
    const auto body = routes::bodyObject(request);
    if (!body ||
        body->value(QLatin1String("role")).toString() != QLatin1String("atlassian/org-admin"))
        return errors::invalidBody(QStringLiteral("role must be atlassian/org-admin."));
    state.setOrgAdmin(store.data(), index, assign, nowMs(store.data()));
    return ApiResponse::empty(204);
}

} // namespace

std::shared_ptr<RoleState> makeRoleState(const OrgStore &store)
{
    return std::make_shared<RoleState>(store.data());
}

void addRoleRoutes(Router &router, OrgStore &store, std::shared_ptr<RoleState> state)
{
    auto remembered = std::make_shared<Remembered>();
    router.add(
        "GET",
        QStringLiteral(
            "/admin/v2/orgs/{orgId}/directories/{directoryId}/users/{accountId}/role-assignments"),
        [&store, state, remembered](const ApiRequest &r) {
            return listRoles(store, *state, *remembered, r);
        });
    const QString v1 = QStringLiteral("/admin/v1/orgs/{orgId}/users/{userId}");
    for (const bool assign : {true, false}) {
        const QString verb = assign ? QStringLiteral("/assign") : QStringLiteral("/revoke");
        router.add("POST", v1 + QStringLiteral("/roles") + verb,
                   [&store, state, assign](const ApiRequest &r) {
                       return changeRole(store, *state, r, assign);
                   });
        router.add("POST", v1 + QStringLiteral("/role-assignments") + verb,
                   [&store, state, assign](const ApiRequest &r) {
                       return changeOrgAdmin(store, *state, r, assign);
                   });
    }
}

} // namespace sandbox
