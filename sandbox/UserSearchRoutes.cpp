#include "ApiErrors.h"
#include "OrgStore.h"
#include "PageCursor.h"
#include "Router.h"
#include "Routes.h"
#include "UserJson.h"
#include "Vocabulary.h"

#include <QJsonArray>

namespace sandbox {
namespace {

// Resolves {orgId} and {directoryId}; on failure fills *failure with the 404 to send.
std::optional<int> resolveScope(const OrgStore &store, const ApiRequest &request,
                                ApiResponse *failure)
{
    if (!store.isOrg(request.param(0))) {
        *failure = errors::orgNotFound(request.param(0));
        return std::nullopt;
    }
    const auto scope = store.directoryScope(request.param(1));
    if (!scope)
        *failure = errors::directoryNotFound(request.param(1));
    return scope;
}

// Applies a cursor to a parsed query. When the request carries no filters of its own, the
// cursor's remembered query is used (the GET form discards the others anyway).
bool applyCursor(OrgStore &store, int scope, bool discardOthers, UserCriteria *query, int *offset,
                 int *limit)
{
    const auto cursor = PageCursor::decode(query->cursor);
    if (!cursor)
        return false;
    if (discardOthers || !query->hasFilterOrSort()) {
        const quint8 expand = query->expand;
        if (const auto recalled = store.recall(cursor->queryHash))
            *query = *recalled;
        else if (cursor->queryHash != OrgStore::hashOf(UserCriteria(), scope))
            return false; // a cursor from a query this sandbox never saw
        else
            *query = UserCriteria();
        query->expand = expand;
    }
    *offset = int(cursor->offset);
    if (discardOthers || !query->limit)
        *limit = qBound(1, int(cursor->limit), 100);
    return true;
}

ApiResponse userPage(OrgStore &store, const UserCriteria &query, int scope, int offset, int limit,
                     const QString &origin)
{
    const OrgStore::SearchResult result = store.search(query, scope);
    const int total = int(result.indices->size());
    offset = qBound(0, offset, total);
    QJsonArray data;
    for (int i = offset; i < qMin(total, offset + limit); ++i) {
        const SeedUser &user = store.data().users.at(result.indices->at(i));
        data.append(multiDirectoryUser(user, store.data(), query.expand, origin));
    }
    return ApiResponse::json(
        {{QStringLiteral("data"), data},
         {QStringLiteral("links"), routes::cursorLinks(offset, limit, total, result.queryHash)}});
}

ApiResponse search(OrgStore &store, const ApiRequest &request)
{
    ApiResponse failure;
    const auto scope = resolveScope(store, request, &failure);
    if (!scope)
        return failure;
    const auto body = routes::bodyObject(request);
    if (!body)
        return errors::invalidBody(QStringLiteral("The request body must be a JSON object."));
    QString error;
    auto query = UserCriteria::fromJson(*body, UserCriteria::Form::SearchBody, &error);
    if (!query)
        return errors::invalidBody(error);
    int offset = 0;
    int limit = query->limit.value_or(50);
    if (!query->cursor.isEmpty() && !applyCursor(store, *scope, false, &*query, &offset, &limit))
        return errors::invalidCursor();
    return userPage(store, *query, *scope, offset, limit, request.origin);
}

ApiResponse list(OrgStore &store, const ApiRequest &request)
{
    ApiResponse failure;
    const auto scope = resolveScope(store, request, &failure);
    if (!scope)
        return failure;
    QString error;
    auto query = UserCriteria::fromUrlQuery(request.query, UserCriteria::Form::ListQuery, &error);
    if (!query)
        return errors::invalidQuery(error);
    int offset = 0;
    int limit = query->limit.value_or(20);
    if (!query->cursor.isEmpty() && !applyCursor(store, *scope, true, &*query, &offset, &limit))
        return errors::invalidCursor();
    return userPage(store, *query, *scope, offset, limit, request.origin);
}

ApiResponse count(OrgStore &store, const ApiRequest &request)
{
    ApiResponse failure;
    const auto scope = resolveScope(store, request, &failure);
    if (!scope)
        return failure;
    QString error;
    const auto query =
        UserCriteria::fromUrlQuery(request.query, UserCriteria::Form::CountQuery, &error);
    if (!query)
        return errors::invalidQuery(error);
    const qsizetype total = store.search(*query, *scope).indices->size();
    return ApiResponse::json({{QStringLiteral("count"), qint64(total)}});
}

ApiResponse stats(OrgStore &store, const ApiRequest &request)
{
    ApiResponse failure;
    const auto scope = resolveScope(store, request, &failure);
    if (!scope)
        return failure;
    int roleCounts[RoleCount] = {};
    int accountCounts[3] = {};
    for (int index : *store.search(UserCriteria(), *scope).indices) {
        const SeedUser &user = store.data().users.at(index);
        ++accountCounts[int(user.accountStatus())];
        for (int r = 0; r < RoleCount; ++r)
            roleCounts[r] += user.hasRole(Role(r)) ? 1 : 0;
    }
    QJsonArray roles;
    for (int r = 0; r < RoleCount; ++r) {
        if (roleCounts[r] > 0)
            roles.append(QJsonObject{{QStringLiteral("roleId"), roleIdName(Role(r))},
                                     {QStringLiteral("count"), roleCounts[r]}});
    }
    QJsonArray accounts;
    for (int s = 0; s < 3; ++s)
        accounts.append(QJsonObject{{QStringLiteral("status"), accountStatusName(AccountStatus(s))},
                                    {QStringLiteral("count"), accountCounts[s]}});
    return ApiResponse::json(
        {{QStringLiteral("roles"), roles}, {QStringLiteral("accountStatus"), accounts}});
}

} // namespace

void addUserSearchRoutes(Router &router, OrgStore &store)
{
    const QString users = QStringLiteral("/admin/v2/orgs/{orgId}/directories/{directoryId}/users");
    router.add("POST", users + QStringLiteral("/search"),
               [&store](const ApiRequest &r) { return search(store, r); });
    router.add("GET", users, [&store](const ApiRequest &r) { return list(store, r); });
    // Before ".../users/{accountId}" so that "count" and "stats" are not taken for ids.
    router.add("GET", users + QStringLiteral("/count"),
               [&store](const ApiRequest &r) { return count(store, r); });
    router.add("GET", users + QStringLiteral("/stats"),
               [&store](const ApiRequest &r) { return stats(store, r); });
}

} // namespace sandbox
