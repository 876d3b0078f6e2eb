#include "ApiErrors.h"
#include "OrgStore.h"
#include "PageCursor.h"
#include "Router.h"
#include "Routes.h"
#include "UserJson.h"

#include <QJsonArray>

namespace sandbox {
namespace {

constexpr int kManagedAccountsPageSize = 100;

ApiResponse userDetails(OrgStore &store, const ApiRequest &request)
{
    if (!store.isOrg(request.param(0)))
        return errors::orgNotFound(request.param(0));
    const auto scope = store.directoryScope(request.param(1));
    if (!scope)
        return errors::directoryNotFound(request.param(1));
    const int index = store.userIndex(request.param(2));
    if (index < 0)
        return errors::userNotFound(request.param(2));
    const SeedUser &user = store.data().users.at(index);
    if (*scope >= 0 && user.directory != *scope)
        return errors::userNotFound(request.param(2));
    return ApiResponse::json(
        {{QStringLiteral("data"), multiDirectoryUserDetails(user, store.data(), request.origin)}});
}

// v1 managed accounts (P1): full-URL links and meta.total.
ApiResponse managedAccounts(OrgStore &store, const ApiRequest &request)
{
    if (!store.isOrg(request.param(0)))
        return errors::orgNotFound(request.param(0));
    int offset = 0;
    if (request.query.hasQueryItem(QStringLiteral("cursor"))) {
        const auto cursor =
            PageCursor::decode(request.query.queryItemValue(QStringLiteral("cursor")));
        if (!cursor)
            return errors::invalidCursor();
        offset = int(cursor->offset);
    }
    UserCriteria managed;
    managed.managed = true;
    const OrgStore::SearchResult result = store.search(managed, -1);
    const int total = int(result.indices->size());
    const int limit = kManagedAccountsPageSize;
    offset = qBound(0, offset, total);

    QJsonArray data;
    for (int i = offset; i < qMin(total, offset + limit); ++i) {
        const SeedUser &user = store.data().users.at(result.indices->at(i));
        data.append(managedAccount(user, store.data(), request.origin));
    }
    const QString base = request.origin + request.path;
    auto url = [&](int at) {
        return base + QStringLiteral("?cursor=") +
               PageCursor{quint32(at), quint8(limit), result.queryHash}.encode();
    };
    QJsonObject links{{QStringLiteral("self"),
                       offset == 0 && !request.query.hasQueryItem(QStringLiteral("cursor"))
                           ? base
                           : url(offset)}};
    if (offset > 0)
        links.insert(QStringLiteral("prev"), url(qMax(0, offset - limit)));
    if (offset + limit < total)
        links.insert(QStringLiteral("next"), url(offset + limit));
    return ApiResponse::json(
        {{QStringLiteral("data"), data},
         {QStringLiteral("meta"), QJsonObject{{QStringLiteral("total"), total}}},
         {QStringLiteral("links"), links}});
}

// P3: one page holds every product, so links has no next.
ApiResponse lastActiveDates(OrgStore &store, const ApiRequest &request)
{
    if (!store.isOrg(request.param(0)))
        return errors::orgNotFound(request.param(0));
    if (request.query.hasQueryItem(QStringLiteral("cursor")) &&
        !PageCursor::decode(request.query.queryItemValue(QStringLiteral("cursor")))) {
        return errors::invalidCursor();
    }
    const int index = store.userIndex(request.param(1));
    if (index < 0)
        return errors::userNotFound(request.param(1));
    return ApiResponse::json({{QStringLiteral("data"),
                               productAccessActivity(store.data().users.at(index), store.data())},
                              {QStringLiteral("links"), QJsonObject()}});
}

} // namespace

void addUserRoutes(Router &router, OrgStore &store)
{
    router.add("GET",
               QStringLiteral("/admin/v2/orgs/{orgId}/directories/{directoryId}/users/{accountId}"),
               [&store](const ApiRequest &r) { return userDetails(store, r); });
    router.add("GET", QStringLiteral("/admin/v1/orgs/{orgId}/users"),
               [&store](const ApiRequest &r) { return managedAccounts(store, r); });
    router.add(
        "GET",
        QStringLiteral("/admin/v1/orgs/{orgId}/directory/users/{accountId}/last-active-dates"),
        [&store](const ApiRequest &r) { return lastActiveDates(store, r); });
}

} // namespace sandbox
