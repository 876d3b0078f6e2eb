#pragma once

#include "ApiError.h"
#include "ApiReply.h"

#include <QObject>

#include <functional>
#include <optional>

// A typed answer: the parsed value, or the error.
template <typename T> struct ApiResult
{
    T value{};
    ApiError error;
    bool ok() const { return !error.isError(); }
};

template <typename T> using ApiCallback = std::function<void(const ApiResult<T> &)>;

// Delivers a reply's outcome, parsed by `parse`, to `callback` through a connection bound to
// `context`: when the context is destroyed first, the callback is never called. `parse` returns
// std::nullopt when the body does not have the documented shape.
template <typename T, typename Parse>
ApiReply *deliverTo(ApiReply *reply, const QObject *context, Parse parse, ApiCallback<T> callback)
{
    QObject::connect(reply, &ApiReply::finished, context, [reply, parse, callback] {
        ApiResult<T> result;
        if (!reply->ok()) {
            result.error = reply->error();
        } else if (std::optional<T> parsed = parse(reply->json())) {
            result.value = std::move(*parsed);
        } else {
            result.error =
                ApiError::badResponse(QCoreApplication::translate("ApiError", "unexpected shape"));
        }
        callback(result);
    });
    return reply;
}

// For calls whose success carries no body worth reading (204, 202).
inline ApiReply *deliverDone(ApiReply *reply, const QObject *context,
                             std::function<void(const ApiError &)> callback)
{
    QObject::connect(reply, &ApiReply::finished, context,
                     [reply, callback] { callback(reply->error()); });
    return reply;
}
