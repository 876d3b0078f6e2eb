// User management's API token routes (CATALOG §2): one account's tokens, and revoking one.
#include "ApiAccessJson.h"
#include "ApiAccessRoutes.h"
#include "OrgStore.h"
#include "Router.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sandbox {
namespace {

const QString tokensPath = QStringLiteral("/users/{account_id}/manage/api-tokens");

// User management's error body: {"key": "<reason>"}.
ApiResponse keyError(int status, const QString &key)
{
    return ApiResponse::json({{QStringLiteral("key"), key}}, status);
}

// The account behind the path, or the answer to give instead: 404 when unknown, 403 when the
// org does not manage it (User management covers managed accounts only).
std::optional<ApiResponse> refuse(OrgStore &store, const QString &accountId, int *index)
{
    *index = store.userIndex(accountId);
    if (*index < 0)
        return keyError(404, QStringLiteral("accountNotFound"));
    if (!store.data().users.at(*index).managed)
        return keyError(403, QStringLiteral("forbidden"));
    return std::nullopt;
}

ApiResponse listAccountTokens(const ApiAccessState &state, OrgStore &store,
                              const ApiRequest &request)
{
    int owner = -1;
    if (auto refusal = refuse(store, request.param(0), &owner))
        return *refusal;
    QJsonArray tokens;
    for (const SeedApiToken &token : state.tokens) {
        if (token.owner == owner)
            tokens.append(manageTokenJson(token));
    }
    ApiResponse response;
    response.body = QJsonDocument(tokens).toJson(QJsonDocument::Compact); // a bare array
    return response;
}

ApiResponse deleteAccountToken(ApiAccessState &state, OrgStore &store, const ApiRequest &request)
{
    int owner = -1;
    if (auto refusal = refuse(store, request.param(0), &owner))
        return *refusal;
    const qsizetype removed = state.tokens.removeIf([&](const SeedApiToken &token) {
        return token.owner == owner && token.id == request.param(1);
    });
    if (removed == 0)
        return keyError(404, QStringLiteral("notFound"));
    return ApiResponse::empty(204);
}

} // namespace

void addManageTokenRoutes(Router &router, OrgStore &store, std::shared_ptr<ApiAccessState> state)
{
    router.add("GET", tokensPath, [&store, state](const ApiRequest &request) {
        return listAccountTokens(*state, store, request);
    });
    router.add("DELETE", tokensPath + QStringLiteral("/{tokenId}"),
               [&store, state](const ApiRequest &request) {
                   return deleteAccountToken(*state, store, request);
               });
}

} // namespace sandbox
