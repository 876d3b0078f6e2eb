#include "ApiErrors.h"

#include <QAtomicInteger>
#include <QJsonArray>

namespace sandbox::errors {

QString statusTitle(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 402:
        return QStringLiteral("Payment Required");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 409:
        return QStringLiteral("Conflict");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return status >= 500 ? QStringLiteral("Server Error") : QStringLiteral("Error");
    }
}

ApiResponse proxyError(int status, const QString &message)
{
    return ApiResponse::json(
        {{QStringLiteral("code"), status}, {QStringLiteral("message"), message}}, status);
}

ApiResponse applicationError(int status, const QString &code, const QString &detail)
{
    static QAtomicInteger<quint32> sequence;
    const QString id = QStringLiteral("sandbox-error-%1").arg(sequence.fetchAndAddRelaxed(1) + 1);
    const QJsonObject error{{QStringLiteral("id"), id},
                            {QStringLiteral("status"), QString::number(status)},
                            {QStringLiteral("code"), code},
                            {QStringLiteral("title"), statusTitle(status)},
                            {QStringLiteral("detail"), detail}};
    return ApiResponse::json({{QStringLiteral("errors"), QJsonArray{error}}}, status);
}

ApiResponse unauthorized()
{
    return proxyError(401, QStringLiteral("Unauthorized"));
}

ApiResponse tooManyRequests(int retryAfterSeconds)
{
    ApiResponse response = proxyError(429, QStringLiteral("Too Many Requests"));
    response.headers.append({"Retry-After", QByteArray::number(qMax(1, retryAfterSeconds))});
    return response;
}

ApiResponse scopedKeyForbidden()
{
    // The shape User management answers (CATALOG §0.2: 403 naming a scope the key cannot have).
    const QJsonObject context{
        {QStringLiteral("message"),
         QStringLiteral("This API key has scopes. The User management API needs an API key "
                        "without scopes (manage:org).")}};
    return ApiResponse::json({{QStringLiteral("key"), QStringLiteral("forbidden")},
                              {QStringLiteral("context"), context}},
                             403);
}

ApiResponse scopeDoesNotAllow()
{
    return proxyError(403, QStringLiteral("The API key's scopes do not allow this operation: it "
                                          "needs an API key without scopes."));
}

ApiResponse invalidCursor()
{
    return applicationError(
        400, QStringLiteral("ADMIN-400-1"),
        QStringLiteral("The cursor is not valid. Start again without a cursor."));
}

ApiResponse invalidBody(const QString &detail)
{
    return applicationError(400, QStringLiteral("ADMIN-400-24"), detail);
}

ApiResponse invalidQuery(const QString &detail)
{
    return applicationError(400, QStringLiteral("ADMIN-400-19"), detail);
}

ApiResponse orgNotFound(const QString &orgId)
{
    return applicationError(404, QStringLiteral("ADMIN-404-2"),
                            QStringLiteral("Organization %1 was not found.").arg(orgId));
}

ApiResponse directoryNotFound(const QString &directoryId)
{
    return applicationError(404, QStringLiteral("ADMIN-404-1"),
                            QStringLiteral("Directory %1 was not found.").arg(directoryId));
}

ApiResponse userNotFound(const QString &accountId)
{
    return applicationError(404, QStringLiteral("ADMIN-404-8"),
                            QStringLiteral("User %1 was not found.").arg(accountId));
}

ApiResponse routeNotFound(const QByteArray &method, const QString &path)
{
    return proxyError(404,
                      QStringLiteral("No route for %1 %2").arg(QString::fromLatin1(method), path));
}

ApiResponse methodNotAllowed(const QByteArray &method, const QString &path)
{
    return applicationError(
        405, QStringLiteral("ADMIN-405-1"),
        QStringLiteral("%1 is not supported on %2").arg(QString::fromLatin1(method), path));
}

ApiResponse forStatus(int status, const QByteArray &retryAfter)
{
    ApiResponse response;
    if (status == 401) {
        response = unauthorized();
    } else if (status == 429) {
        response = proxyError(429, QStringLiteral("Too Many Requests"));
        if (!retryAfter.isEmpty())
            response.headers.append({"Retry-After", retryAfter});
    } else if (status >= 500) {
        response = applicationError(status, QStringLiteral("ADMIN-500-1"),
                                    QStringLiteral("Injected fault: %1").arg(statusTitle(status)));
    } else if (status >= 400) {
        response = applicationError(status, QStringLiteral("ADMIN-%1-1").arg(status),
                                    QStringLiteral("Injected fault: %1").arg(statusTitle(status)));
    } else {
        response = ApiResponse::empty(status);
    }
    return response;
}

} // namespace sandbox::errors
