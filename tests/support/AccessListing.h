#pragma once

#include "ApiAccessService.h"
#include "Await.h"

// Synchronous helpers for tests of the API access family: list every page, count, send one
// request; each waits (spinning the event loop) for at most `timeoutMs`.
namespace AccessListing {

using Keys = Await::Pages<ApiKey>;
using Tokens = Await::Pages<ApiToken>;

Keys allKeys(const ApiAccessService &service, const ApiKeyQuery &query = {}, int timeoutMs = 20000);
Tokens allTokens(const ApiAccessService &service, const ApiTokenQuery &query = {},
                 int timeoutMs = 20000);
// -1 on failure.
int countKeys(const ApiAccessService &service, const ApiKeyQuery &query = {});
int countTokens(const ApiAccessService &service, const ApiTokenQuery &query = {});
// The error of the answer (ApiError() on success).
ApiError send(ApiClient *client, const ApiRequest &request);

} // namespace AccessListing
