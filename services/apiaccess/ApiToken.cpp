#include "ApiToken.h"

#include "ApiKey.h"

namespace {

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

std::optional<ApiToken> ApiToken::fromJson(const QJsonObject &object)
{
    ApiToken token;
    token.id = text(object, "id");
    if (token.id.isEmpty())
        return std::nullopt;
    token.label = text(object, "label");
    token.status = text(object, "status");
    token.createdAt = apiTimestamp(object.value(QLatin1String("createdAt")));
    token.expiresAt = apiTimestamp(object.value(QLatin1String("expiresAt")));
    token.lastActiveAt = apiTimestamp(object.value(QLatin1String("lastActiveAt")));
    const QJsonObject user = object.value(QLatin1String("user")).toObject();
    token.owner = {text(user, "id"), text(user, "orgId"), text(user, "name"), text(user, "email")};
    return token;
}

QList<ApiToken> ApiToken::listFromJson(const QJsonArray &array)
{
    QList<ApiToken> tokens;
    tokens.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (std::optional<ApiToken> token = fromJson(value.toObject()))
            tokens.append(std::move(*token));
    }
    return tokens;
}

std::optional<ApiToken> ApiToken::fromManageJson(const QJsonObject &object,
                                                 const QString &accountId)
{
    ApiToken token;
    token.id = text(object, "id");
    if (token.id.isEmpty())
        return std::nullopt;
    token.label = text(object, "label");
    token.createdAt = apiTimestamp(object.value(QLatin1String("createdAt")));
    token.expiresAt = apiTimestamp(object.value(QLatin1String("expiry")));
    token.lastActiveAt = apiTimestamp(object.value(QLatin1String("lastAccess")));
    token.owner.accountId = accountId;
    return token;
}
