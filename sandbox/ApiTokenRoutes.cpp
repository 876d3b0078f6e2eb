// Users' API tokens across the org (CATALOG §6): list, count, and revoke every one.
#include "ApiAccessJson.h"
#include "ApiAccessRoutes.h"
#include "ApiErrors.h"
#include "OrgStore.h"
#include "Router.h"

namespace sandbox {
namespace {

const QString tokensPath = QStringLiteral("/admin/api-access/v1/orgs/{orgId}/api-tokens");

struct TokenFilter
{
    QString text;
    QString status; // ALLOWED, EXPIRED or empty
    TimeCondition createdAt;
    TimeCondition lastActiveAt;
};

std::optional<TokenFilter> tokenFilter(const QUrlQuery &query, qint64 now, QString *problem)
{
    TokenFilter filter;
    filter.text = queryText(query, QStringLiteral("q")).trimmed();
    filter.status = queryText(query, QStringLiteral("status")).toUpper();
    const auto created =
        timeCondition(query, QStringLiteral("createdAt"), DateFacing::Past, now, problem);
    const auto lastActive = created ? timeCondition(query, QStringLiteral("lastActiveAt"),
                                                    DateFacing::Past, now, problem)
                                    : std::nullopt;
    if (!lastActive)
        return std::nullopt;
    filter.createdAt = *created;
    filter.lastActiveAt = *lastActive;
    return filter;
}

bool matches(const TokenFilter &filter, const SeedApiToken &token, const OrgData &org, qint64 now)
{
    if (org.users.at(token.owner).closed)
        return false; // a deleted account's tokens went with it
    if (!filter.createdAt.matches(token.createdAt) ||
        !filter.lastActiveAt.matches(token.lastActiveAt))
        return false;
    if (!filter.status.isEmpty() && apiTokenStatus(token, now) != filter.status)
        return false;
    if (filter.text.isEmpty() || apiaccess::containsFolded(token.label, filter.text))
        return true;
    const SeedUser &owner = org.users.at(token.owner);
    return apiaccess::containsFolded(owner.name, filter.text) ||
           apiaccess::containsFolded(owner.email, filter.text);
}

ApiResponse listTokens(const ApiAccessState &state, OrgStore &store, const ApiRequest &request,
                       bool countOnly)
{
    if (!store.isOrg(request.param(0)))
        return errors::orgNotFound(request.param(0));
    const qint64 now = apiaccess::now(store);
    QString problem;
    const std::optional<TokenFilter> filter = tokenFilter(request.query, now, &problem);
    if (!filter)
        return errors::invalidQuery(problem);
    QList<int> indices;
    for (int i = 0; i < state.tokens.size(); ++i) {
        if (matches(*filter, state.tokens.at(i), store.data(), now))
            indices.append(i);
    }
    if (countOnly)
        return apiaccess::count(indices.size());

    return apiaccess::sortedPage(request.query, state.tokens, indices, [&](int i) {
        return apiTokenJson(state.tokens.at(i), store.data(), now);
    });
}

// Every managed account's tokens go: the org's "revoke all" (dangerous; the client confirms).
ApiResponse revokeEveryToken(ApiAccessState &state, OrgStore &store, const ApiRequest &request)
{
    if (!store.isOrg(request.param(0)))
        return errors::orgNotFound(request.param(0));
    state.tokens.removeIf(
        [&store](const SeedApiToken &token) { return store.data().users.at(token.owner).managed; });
    return ApiResponse::empty(204);
}

} // namespace

void addApiTokenRoutes(Router &router, OrgStore &store, std::shared_ptr<ApiAccessState> state)
{
    router.add("GET", tokensPath, [&store, state](const ApiRequest &request) {
        return listTokens(*state, store, request, false);
    });
    router.add("GET", tokensPath + QStringLiteral("/count"),
               [&store, state](const ApiRequest &request) {
                   return listTokens(*state, store, request, true);
               });
    router.add("DELETE", tokensPath, [&store, state](const ApiRequest &request) {
        return revokeEveryToken(*state, store, request);
    });
}

} // namespace sandbox
