// Groups: search, list, count, stats, one group and its role assignments (CATALOG §1.4).
#include "GroupRoutes.h"

#include "ApiErrors.h"
#include "GroupJson.h"
#include "GroupQuery.h"
#include "OrgStore.h"
#include "PageCursor.h"
#include "Router.h"
#include "Routes.h"

#include <QJsonArray>
#include <QMap>

#include <memory>

namespace sandbox {

namespace grouproutes {

std::optional<int> scope(const OrgStore &store, const ApiRequest &request, ApiResponse *failure)
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

std::optional<int> group(const OrgStore &store, const ApiRequest &request, ApiResponse *failure)
{
    const auto directory = scope(store, request, failure);
    if (!directory)
        return std::nullopt;
    const int index = store.groupIndex(request.param(2));
    if (index < 0 || (*directory >= 0 && store.data().groups.at(index).directory != *directory)) {
        *failure = errors::applicationError(
            404, QStringLiteral("ADMIN-404-10"),
            QStringLiteral("Group %1 was not found.").arg(request.param(2)));
        return std::nullopt;
    }
    return index;
}

} // namespace grouproutes

namespace {

using Remembered = QHash<quint64, GroupQuery>;

// A page of groups. A request that carries only a cursor (or, for GET, any cursor) pages
// through the query the cursor was made for.
ApiResponse groupPage(OrgStore &store, const ApiRequest &request, GroupQuery query,
                      bool discardOthers, Remembered &remembered)
{
    ApiResponse failure;
    const auto scope = grouproutes::scope(store, request, &failure);
    if (!scope)
        return failure;
    int offset = 0;
    int limit = query.limit.value_or(20);
    if (!query.cursor.isEmpty()) {
        const auto cursor = PageCursor::decode(query.cursor);
        if (!cursor)
            return errors::invalidCursor();
        if (discardOthers || !query.hasFilterOrSort()) {
            const GroupQuery plain;
            if (cursor->queryHash != plain.hash(*scope) && !remembered.contains(cursor->queryHash))
                return errors::invalidCursor();
            const bool users = query.countUsers, resources = query.countResources;
            query = remembered.value(cursor->queryHash, plain);
            query.countUsers = users;
            query.countResources = resources;
        }
        offset = int(cursor->offset);
        if (discardOthers || !query.limit)
            limit = qBound(1, int(cursor->limit), 100);
    }
    const quint64 hash = query.hash(*scope);
    remembered.insert(hash, query);
    const QList<int> matching = query.matching(store, *scope);
    const int total = int(matching.size());
    offset = qBound(0, offset, total);
    QJsonArray data;
    for (int i = offset; i < qMin(total, offset + limit); ++i)
        data.append(groupfacts::groupJson(store.data(), matching.at(i),
                                          {query.countUsers, query.countResources}));
    return ApiResponse::json(
        {{QStringLiteral("data"), data},
         {QStringLiteral("links"), routes::cursorLinks(offset, limit, total, hash)}});
}

ApiResponse search(OrgStore &store, const ApiRequest &request, Remembered &remembered)
{
    const auto body = routes::bodyObject(request);
    if (!body)
        return errors::invalidBody(QStringLiteral("The request body must be a JSON object."));
    QString error;
    const auto query = GroupQuery::fromJson(*body, GroupQuery::Form::SearchBody, &error);
    if (!query)
        return errors::invalidBody(error);
    return groupPage(store, request, *query, false, remembered);
}

ApiResponse list(OrgStore &store, const ApiRequest &request, Remembered &remembered)
{
    QString error;
    const auto query = GroupQuery::fromUrlQuery(request.query, GroupQuery::Form::ListQuery, &error);
    if (!query)
        return errors::invalidQuery(error);
    return groupPage(store, request, *query, true, remembered);
}

ApiResponse count(OrgStore &store, const ApiRequest &request)
{
    ApiResponse failure;
    const auto scope = grouproutes::scope(store, request, &failure);
    if (!scope)
        return failure;
    QString error;
    const auto query =
        GroupQuery::fromUrlQuery(request.query, GroupQuery::Form::CountQuery, &error);
    if (!query)
        return errors::invalidQuery(error);
    return ApiResponse::json(
        {{QStringLiteral("count"), qint64(query->matching(store, *scope).size())}});
}

// Every group here is a plain GROUP: the sandbox has no teams or userbase groups.
ApiResponse stats(OrgStore &store, const ApiRequest &request)
{
    ApiResponse failure;
    const auto scope = grouproutes::scope(store, request, &failure);
    if (!scope)
        return failure;
    int all = 0, synced = 0;
    for (const Group &group : store.data().groups) {
        if (group.deleted || (*scope >= 0 && group.directory != *scope))
            continue;
        ++all;
        synced += group.synced ? 1 : 0;
    }
    auto type = [](const char *name, int count) {
        return QJsonObject{{QStringLiteral("type"), QLatin1String(name)},
                           {QStringLiteral("count"), count}};
    };
    return ApiResponse::json(
        {{QStringLiteral("types"),
          QJsonArray{type("TEAM", 0), type("GROUP", all), type("USERBASE_GROUP", 0)}},
         {QStringLiteral("totals"), QJsonObject{{QStringLiteral("all"), all},
                                                {QStringLiteral("managed"), all - synced},
                                                {QStringLiteral("synced"), synced}}}});
}

ApiResponse details(OrgStore &store, const ApiRequest &request)
{
    ApiResponse failure;
    const auto index = grouproutes::group(store, request, &failure);
    if (!index)
        return failure;
    return ApiResponse::json(
        {{QStringLiteral("data"), groupfacts::groupJson(store.data(), *index, {true, true})}});
}

struct GrantFilter
{
    QStringList directoryIds, resourceOwners, resourceIds;
    QString groupId;

    quint64 hash() const
    {
        GroupQuery query; // the same hash, with -2 for "role assignments"
        query.directoryIds = directoryIds;
        query.resourceOwners = resourceOwners;
        query.resourceIds = resourceIds;
        query.groupIds = {groupId};
        return query.hash(-2);
    }
};

// GET .../groups/{groupId}/role-assignments: one entry per resource, P2 cursors.
ApiResponse roleAssignments(OrgStore &store, const ApiRequest &request,
                            QHash<quint64, GrantFilter> &remembered)
{
    ApiResponse failure;
    const auto index = grouproutes::group(store, request, &failure);
    if (!index)
        return failure;
    const Group &group = store.data().groups.at(*index);
    const QUrlQuery &query = request.query;
    GrantFilter filter;
    int offset = 0;
    std::optional<int> limit = routes::queryLimit(request, 20);
    if (query.hasQueryItem(QStringLiteral("cursor"))) {
        const auto cursor = PageCursor::decode(query.queryItemValue(QStringLiteral("cursor")));
        if (!cursor || !remembered.contains(cursor->queryHash))
            return errors::invalidCursor();
        filter = remembered.value(cursor->queryHash);
        offset = int(cursor->offset);
        limit = qBound(1, int(cursor->limit), 100);
    } else {
        auto values = [&query](const char *key) {
            return query.allQueryItemValues(QLatin1String(key), QUrl::FullyDecoded);
        };
        filter.directoryIds = values("directoryIds");
        filter.resourceOwners = values("resourceOwners");
        filter.resourceIds = values("resourceIds");
    }
    if (!limit)
        return errors::invalidQuery(QStringLiteral("limit: must be an integer from 1 to 100"));
    filter.groupId = group.id;
    const quint64 hash = filter.hash();
    remembered.insert(hash, filter);

    const QString directoryId = store.data().directories.value(group.directory).id;
    QMap<QString, QPair<QStringList, QString>> byResource; // roles, default role
    if (filter.directoryIds.isEmpty() || filter.directoryIds.contains(directoryId)) {
        for (const GroupGrant &grant : store.data().groupGrants.value(group.id)) {
            const QString owner = groupfacts::resourceOwner(grant.resourceId);
            if ((!filter.resourceIds.isEmpty() && !filter.resourceIds.contains(grant.resourceId)) ||
                (!filter.resourceOwners.isEmpty() && !filter.resourceOwners.contains(owner))) {
                continue;
            }
            auto &entry = byResource[grant.resourceId];
            entry.first.append(grant.roleId);
            if (grant.isDefault)
                entry.second = grant.roleId;
        }
    }
    const QStringList resources = byResource.keys();
    const int total = int(resources.size());
    offset = qBound(0, offset, total);
    QJsonArray data;
    for (int i = offset; i < qMin(total, offset + *limit); ++i) {
        const auto &entry = byResource.value(resources.at(i));
        data.append(QJsonObject{
            {QStringLiteral("resourceId"), resources.at(i)},
            {QStringLiteral("resourceOwner"), groupfacts::resourceOwner(resources.at(i))},
            {QStringLiteral("defaultRole"),
             entry.second.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(entry.second)},
            {QStringLiteral("roles"), QJsonArray::fromStringList(entry.first)}});
    }
    return ApiResponse::json(
        {{QStringLiteral("data"), data},
         {QStringLiteral("links"), routes::cursorLinks(offset, *limit, total, hash)}});
}

} // namespace

void addGroupRoutes(Router &router, OrgStore &store)
{
    using grouproutes::groupsPath;
    auto remembered = std::make_shared<Remembered>();
    auto grantFilters = std::make_shared<QHash<quint64, GrantFilter>>();
    router.add("POST", groupsPath() + QStringLiteral("/search"),
               [&store, remembered](const ApiRequest &r) { return search(store, r, *remembered); });
    router.add("GET", groupsPath(),
               [&store, remembered](const ApiRequest &r) { return list(store, r, *remembered); });
    // Before ".../groups/{groupId}" so that "count" and "stats" are not taken for ids.
    router.add("GET", groupsPath() + QStringLiteral("/count"),
               [&store](const ApiRequest &r) { return count(store, r); });
    router.add("GET", groupsPath() + QStringLiteral("/stats"),
               [&store](const ApiRequest &r) { return stats(store, r); });
    router.add("GET", groupsPath() + QStringLiteral("/{groupId}"),
               [&store](const ApiRequest &r) { return details(store, r); });
    router.add("GET", groupsPath() + QStringLiteral("/{groupId}/role-assignments"),
               [&store, grantFilters](const ApiRequest &r) {
                   return roleAssignments(store, r, *grantFilters);
               });
    addGroupWriteRoutes(router, store);
}

} // namespace sandbox
