// User management's API token routes (CATALOG §2): one account's tokens, and revoking one.
#include "ApiAccessJson.h"
#include "ApiAccessRoutes.h"
#include "ManageErrors.h"
#include "OrgStore.h"
#include "Router.h"
#include "UserWriteState.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sandbox {
namespace {

const QString tokensPath = QStringLiteral("/users/{account_id}/manage/api-tokens");

ApiResponse listAccountTokens(const ApiAccessState &state, OrgStore &store,
                              const ApiRequest &request)
{
    int owner = -1;
    if (auto refusal = manageableAccount(store, request.param(0), &owner))
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
    if (auto refusal = manageableAccount(store, request.param(0), &owner))
        return *refusal;
    const qsizetype removed = state.tokens.removeIf([&](const SeedApiToken &token) {
        return token.owner == owner && token.id == request.param(1);
    });
    if (removed == 0)
        return manageErrors::notFound();
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
