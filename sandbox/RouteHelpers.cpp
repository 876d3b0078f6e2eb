#include "PageCursor.h"
#include "Routes.h"

#include <QJsonDocument>

namespace sandbox::routes {

QJsonObject cursorLinks(int offset, int limit, int total, quint64 queryHash)
{
    auto token = [&](int at) { return PageCursor{quint32(at), quint8(limit), queryHash}.encode(); };
    QJsonObject links{{QStringLiteral("self"), token(offset)}};
    if (offset > 0)
        links.insert(QStringLiteral("prev"), token(qMax(0, offset - limit)));
    if (offset + limit < total)
        links.insert(QStringLiteral("next"), token(offset + limit));
    return links;
}

std::optional<QJsonObject> bodyObject(const ApiRequest &request)
{
    if (request.body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

std::optional<int> queryLimit(const ApiRequest &request, int defaultLimit, int max)
{
    if (!request.query.hasQueryItem(QStringLiteral("limit")))
        return defaultLimit;
    bool ok = false;
    const int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > max)
        return std::nullopt;
    return limit;
}

} // namespace sandbox::routes
