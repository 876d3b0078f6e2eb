#pragma once

#include "ApiResult.h"
#include "Pager.h"

#include <QList>
#include <QObject>
#include <QTest>

#include <optional>

// Synchronous waits for service tests: each spins the event loop until the answer comes, for at
// most `timeoutMs`; a wait that runs out gives ApiError::timeout().
namespace Await {

template <typename T> struct Pages
{
    QList<T> items;
    int pages = 0;
    ApiError error;
};

// Every page of `pager` (the caller keeps it), through its `received(items, hasMore)` signal.
template <typename T, typename PagerType>
Pages<T> allPages(PagerType *pager, void (PagerType::*received)(const QList<T> &, bool),
                  int timeoutMs = 20000)
{
    Pages<T> listing;
    bool done = false;
    QObject context;
    QObject::connect(pager, received, &context, [&](const QList<T> &page, bool hasMore) {
        listing.items += page;
        ++listing.pages;
        if (hasMore)
            pager->fetchNext();
        else
            done = true;
    });
    QObject::connect(pager, &Pager::failed, &context, [&](const ApiError &error) {
        listing.error = error;
        done = true;
    });
    pager->fetchNext();
    if (!QTest::qWaitFor([&done] { return done; }, timeoutMs))
        listing.error = ApiError::timeout();
    return listing;
}

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

} // namespace Await
