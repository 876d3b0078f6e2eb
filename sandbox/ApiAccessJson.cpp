#include "ApiAccessJson.h"

#include "Timestamps.h"
#include "Vocabulary.h"

namespace sandbox {
namespace {

QJsonValue when(qint64 epochSeconds)
{
    return epochSeconds == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(isoMillis(epochSeconds));
}

QJsonValue principal(const OrgData &org, int userIndex)
{
    if (userIndex < 0 || userIndex >= org.users.size())
        return QJsonValue(QJsonValue::Null);
    const SeedUser &user = org.users.at(userIndex);
    return QJsonObject{{QStringLiteral("id"), user.accountId},
                       {QStringLiteral("name"), user.name},
                       {QStringLiteral("email"), user.email},
                       {QStringLiteral("appType"), QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("orgId"), org.orgId},
                       {QStringLiteral("userStatus"), statusName(user.status)}};
}

} // namespace

QJsonObject apiKeyJson(const SeedApiKey &key, const OrgData &org)
{
    return {{QStringLiteral("id"), key.id},
            {QStringLiteral("label"), key.label},
            {QStringLiteral("createdAt"), when(key.createdAt)},
            {QStringLiteral("lastActiveAt"), when(key.lastActiveAt)},
            {QStringLiteral("expiresAt"), when(key.expiresAt)},
            {QStringLiteral("token"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("resource"), QStringLiteral("ari:cloud:platform::org/") + org.orgId},
            {QStringLiteral("orgId"), org.orgId},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(key.scopes)},
            {QStringLiteral("createdBy"), principal(org, key.createdBy)},
            {QStringLiteral("revokedBy"), principal(org, key.isRevoked() ? key.revokedBy : -1)},
            {QStringLiteral("revocationDate"), when(key.revocationDate)}};
}

QString apiTokenStatus(const SeedApiToken &token, qint64 now)
{
    return token.expiresAt != 0 && token.expiresAt < now ? QStringLiteral("EXPIRED")
                                                         : QStringLiteral("ALLOWED");
}

QJsonObject apiTokenJson(const SeedApiToken &token, const OrgData &org, qint64 now)
{
    QJsonObject user;
    if (token.owner >= 0 && token.owner < org.users.size()) {
        const SeedUser &owner = org.users.at(token.owner);
        user = {{QStringLiteral("id"), owner.accountId},
                {QStringLiteral("orgId"), org.orgId},
                {QStringLiteral("name"), owner.name},
                {QStringLiteral("email"), owner.email}};
    }
    return {{QStringLiteral("id"), token.id},
            {QStringLiteral("label"), token.label},
            {QStringLiteral("status"), apiTokenStatus(token, now)},
            {QStringLiteral("createdAt"), when(token.createdAt)},
            {QStringLiteral("expiresAt"), when(token.expiresAt)},
            {QStringLiteral("lastActiveAt"), when(token.lastActiveAt)},
            {QStringLiteral("user"), user}};
}

QJsonObject manageTokenJson(const SeedApiToken &token)
{
    QJsonObject object{{QStringLiteral("id"), token.id},
                       {QStringLiteral("label"), token.label},
                       {QStringLiteral("createdAt"), isoMillis(token.createdAt)}};
    if (token.lastActiveAt != 0)
        object.insert(QStringLiteral("lastAccess"), isoMillis(token.lastActiveAt));
    if (token.expiresAt != 0)
        object.insert(QStringLiteral("expiry"), isoMillis(token.expiresAt));
    return object;
}

} // namespace sandbox
