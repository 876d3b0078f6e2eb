#include "AccessListing.h"

#include "ApiClient.h"

#include <QTest>

#include <memory>

namespace AccessListing {

Keys allKeys(const ApiAccessService &service, const ApiKeyQuery &query, int timeoutMs)
{
    std::unique_ptr<ApiKeyPager> pager(service.keys(query));
    return Await::allPages(pager.get(), &ApiKeyPager::keysReceived, timeoutMs);
}

Tokens allTokens(const ApiAccessService &service, const ApiTokenQuery &query, int timeoutMs)
{
    std::unique_ptr<ApiTokenPager> pager(service.tokens(query));
    return Await::allPages(pager.get(), &ApiTokenPager::tokensReceived, timeoutMs);
}

int countKeys(const ApiAccessService &service, const ApiKeyQuery &query)
{
    int count = -2;
    QObject context;
    service.countKeys(query, &context, [&](const ApiResult<int> &result) {
        count = result.ok() ? result.value : -1;
    });
    if (!QTest::qWaitFor([&] { return count != -2; }, 10000))
        return -1;
    return count;
}

int countTokens(const ApiAccessService &service, const ApiTokenQuery &query)
{
    int count = -2;
    QObject context;
    service.countTokens(query, &context, [&](const ApiResult<int> &result) {
        count = result.ok() ? result.value : -1;
    });
    if (!QTest::qWaitFor([&] { return count != -2; }, 10000))
        return -1;
    return count;
}

ApiError send(ApiClient *client, const ApiRequest &request)
{
    ApiError error = ApiError::timeout();
    bool done = false;
    QObject context;
    ApiReply *reply = client->send(request);
    QObject::connect(reply, &ApiReply::finished, &context, [&, reply] {
        error = reply->error();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        return ApiError::timeout();
    return error;
}

} // namespace AccessListing
