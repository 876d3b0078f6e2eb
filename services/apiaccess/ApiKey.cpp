#include "ApiKey.h"

namespace {

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

QDateTime apiTimestamp(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return QDateTime();
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(text, Qt::ISODate);
    return when.isValid() ? when.toUTC() : QDateTime();
}

ApiPrincipal ApiPrincipal::fromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    ApiPrincipal principal;
    principal.id = text(object, "id");
    principal.name = text(object, "name");
    principal.email = text(object, "email");
    principal.appType = text(object, "appType");
    principal.orgId = text(object, "orgId");
    principal.userStatus = text(object, "userStatus");
    return principal;
}

ApiKey::Status ApiKey::status(const QDateTime &now) const
{
    if (isRevoked())
        return Status::Revoked;
    if (expiresAt.isValid() && expiresAt <= now)
        return Status::Expired;
    return Status::Active;
}

std::optional<ApiKey> ApiKey::fromJson(const QJsonObject &object)
{
    ApiKey key;
    key.id = text(object, "id");
    if (key.id.isEmpty())
        return std::nullopt;
    key.label = text(object, "label");
    key.createdAt = apiTimestamp(object.value(QLatin1String("createdAt")));
    key.lastActiveAt = apiTimestamp(object.value(QLatin1String("lastActiveAt")));
    key.expiresAt = apiTimestamp(object.value(QLatin1String("expiresAt")));
    key.resource = text(object, "resource");
    key.orgId = text(object, "orgId");
    for (const QJsonValue &scope : object.value(QLatin1String("scopes")).toArray())
        key.scopes.append(scope.toString());
    key.createdBy = ApiPrincipal::fromJson(object.value(QLatin1String("createdBy")));
    key.revokedBy = ApiPrincipal::fromJson(object.value(QLatin1String("revokedBy")));
    key.revocationDate = apiTimestamp(object.value(QLatin1String("revocationDate")));
    return key;
}

QList<ApiKey> ApiKey::listFromJson(const QJsonArray &array)
{
    QList<ApiKey> keys;
    keys.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (std::optional<ApiKey> key = fromJson(value.toObject()))
            keys.append(std::move(*key));
    }
    return keys;
}
