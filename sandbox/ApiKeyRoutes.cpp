// Admin API keys (CATALOG §6): list, count, revoke.
#include "ApiAccessJson.h"
#include "ApiAccessRoutes.h"
#include "ApiErrors.h"
#include "OrgStore.h"
#include "Router.h"

namespace sandbox {
namespace {

const QString keysPath = QStringLiteral("/admin/api-access/v1/orgs/{orgId}/api-keys");

struct KeyFilter
{
    QString text;
    QString keyType; // SCOPED, UNSCOPED or empty
    TimeCondition expiresAt;
    TimeCondition lastActiveAt;
};

std::optional<KeyFilter> keyFilter(const QUrlQuery &query, qint64 now, QString *problem)
{
    KeyFilter filter;
    filter.text = queryText(query, QStringLiteral("q")).trimmed();
    filter.keyType = queryText(query, QStringLiteral("keyType")).toUpper();
    if (!filter.keyType.isEmpty() && filter.keyType != QLatin1String("SCOPED") &&
        filter.keyType != QLatin1String("UNSCOPED")) {
        *problem = QStringLiteral("keyType must be SCOPED or UNSCOPED");
        return std::nullopt;
    }
    const auto expires =
        timeCondition(query, QStringLiteral("expiresAt"), DateFacing::Future, now, problem);
    const auto lastActive = expires ? timeCondition(query, QStringLiteral("lastActiveAt"),
                                                    DateFacing::Past, now, problem)
                                    : std::nullopt;
    if (!lastActive)
        return std::nullopt;
    filter.expiresAt = *expires;
    filter.lastActiveAt = *lastActive;
    return filter;
}

bool matches(const KeyFilter &filter, const SeedApiKey &key, const OrgData &org)
{
    if (!filter.expiresAt.matches(key.expiresAt) || !filter.lastActiveAt.matches(key.lastActiveAt))
        return false;
    if (filter.keyType == QLatin1String("SCOPED") && key.scopes.isEmpty())
        return false;
    if (filter.keyType == QLatin1String("UNSCOPED") && !key.scopes.isEmpty())
        return false;
    if (filter.text.isEmpty() || apiaccess::containsFolded(key.label, filter.text))
        return true;
    if (key.createdBy < 0)
        return false;
    const SeedUser &creator = org.users.at(key.createdBy);
    return apiaccess::containsFolded(creator.name, filter.text) ||
           apiaccess::containsFolded(creator.email, filter.text);
}

ApiResponse listKeys(const ApiAccessState &state, OrgStore &store, const ApiRequest &request,
                     bool countOnly)
{
    if (!store.isOrg(request.param(0)))
        return errors::orgNotFound(request.param(0));
    QString problem;
    const std::optional<KeyFilter> filter =
        keyFilter(request.query, apiaccess::now(store), &problem);
    if (!filter)
        return errors::invalidQuery(problem);
    QList<int> indices;
    for (int i = 0; i < state.keys.size(); ++i) {
        if (matches(*filter, state.keys.at(i), store.data()))
            indices.append(i);
    }
    if (countOnly)
        return apiaccess::count(indices.size());

    return apiaccess::sortedPage(request.query, state.keys, indices,
                                 [&](int i) { return apiKeyJson(state.keys.at(i), store.data()); });
}

ApiResponse revokeKey(ApiAccessState &state, OrgStore &store, const ApiRequest &request)
{
    if (!store.isOrg(request.param(0)))
        return errors::orgNotFound(request.param(0));
    for (SeedApiKey &key : state.keys) {
        if (key.id != request.param(1))
            continue;
        if (key.isRevoked())
            return errors::applicationError(409, QStringLiteral("ADMIN-409-28"),
                                            QStringLiteral("The API key is already revoked."));
        key.revocationDate = apiaccess::now(store);
        key.revokedBy = state.revokingAdmin;
        return ApiResponse::json(apiKeyJson(key, store.data()));
    }
    return errors::applicationError(404, QStringLiteral("ADMIN-404-1"),
                                    QStringLiteral("No API key with id %1.").arg(request.param(1)));
}

} // namespace

void addApiKeyRoutes(Router &router, OrgStore &store, std::shared_ptr<ApiAccessState> state)
{
    router.add("GET", keysPath, [&store, state](const ApiRequest &request) {
        return listKeys(*state, store, request, false);
    });
    router.add("GET", keysPath + QStringLiteral("/count"),
               [&store, state](const ApiRequest &request) {
                   return listKeys(*state, store, request, true);
               });
    router.add(
        "PATCH", keysPath + QStringLiteral("/revoke/{apiKeyId}"),
        [&store, state](const ApiRequest &request) { return revokeKey(*state, store, request); });
}

} // namespace sandbox
