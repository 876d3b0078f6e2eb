#pragma once

#include "ApiClient.h"
#include "PolicyService.h"

#include <QObject>
#include <QTest>

#include <optional>

// Synchronous helpers for the policy tests: each waits (spinning the event loop) for the answer.
namespace PolicyListing {

struct Listing
{
    QList<Policy> items;
    int pages = 0;
    ApiError error;
};

// Every page of a pager the caller made (and still owns).
Listing all(PolicyPager *pager, int timeoutMs = 20000);

// Runs `call(context, callback)` and waits for the typed result.
template <typename T, typename Call> ApiResult<T> wait(Call call, int timeoutMs = 20000)
{
    std::optional<ApiResult<T>> out;
    QObject context;
    call(&context, [&out](const ApiResult<T> &result) { out = result; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs)) {
        ApiResult<T> late;
        late.error = ApiError::timeout();
        return late;
    }
    return *out;
}

// The same for calls that deliver only an error (202/204 without a body worth reading).
template <typename Call> ApiError waitDone(Call call, int timeoutMs = 20000)
{
    std::optional<ApiError> out;
    QObject context;
    call(&context, [&out](const ApiError &error) { out = error; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs))
        return ApiError::timeout();
    return *out;
}

} // namespace PolicyListing
