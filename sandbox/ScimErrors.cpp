#include "ScimErrors.h"

#include "ApiErrors.h"
#include "ScimData.h"

#include <QAtomicInteger>
#include <QJsonArray>

namespace sandbox::scimErrors {

ApiResponse error(int status, const QString &detail, const QString &scimType)
{
    QJsonObject body{{QStringLiteral("schemas"), QJsonArray{scim::kErrorSchema}},
                     {QStringLiteral("status"), QString::number(status)},
                     {QStringLiteral("detail"), detail}};
    if (!scimType.isEmpty())
        body.insert(QStringLiteral("scimType"), scimType);
    ApiResponse response = ApiResponse::json(body, status);
    response.contentType = kContentType;
    return response;
}

ApiResponse invalidFilter(const QString &detail)
{
    return error(400, detail, QStringLiteral("invalidFilter"));
}

ApiResponse invalidValue(const QString &detail)
{
    return error(400, detail, QStringLiteral("invalidValue"));
}

ApiResponse invalidSyntax(const QString &detail)
{
    return error(400, detail, QStringLiteral("invalidSyntax"));
}

ApiResponse invalidPath(const QString &detail)
{
    return error(400, detail, QStringLiteral("invalidPath"));
}

ApiResponse noTarget(const QString &detail)
{
    return error(400, detail, QStringLiteral("noTarget"));
}

ApiResponse mutability(const QString &detail)
{
    return error(400, detail, QStringLiteral("mutability"));
}

ApiResponse uniqueness(const QString &detail)
{
    return error(409, detail, QStringLiteral("uniqueness"));
}

ApiResponse notFound(const QString &detail)
{
    return error(404, detail);
}

ApiResponse unauthorized()
{
    static QAtomicInteger<quint32> sequence;
    ApiResponse response = ApiResponse::json(
        {{QStringLiteral("error"),
          QStringLiteral("Unauthorized: this directory needs its own SCIM API key.")},
         {QStringLiteral("traceId"),
          QStringLiteral("sandbox-trace-%1").arg(sequence.fetchAndAddRelaxed(1) + 1)}},
        401);
    response.contentType = kContentType;
    return response;
}

ApiResponse forStatus(int status, const QByteArray &retryAfter)
{
    if (status == 401)
        return unauthorized();
    if (status == 429 || status < 400)
        return errors::forStatus(status, retryAfter);
    const QString title = errors::statusTitle(status);
    return error(status, status == 500 || status == 503
                             ? QStringLiteral("Injected fault: %1. You can retry calls.").arg(title)
                             : QStringLiteral("Injected fault: %1").arg(title));
}

} // namespace sandbox::scimErrors
