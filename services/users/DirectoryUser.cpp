#include "DirectoryUser.h"

#include "StringPool.h"

namespace {

QString text(const QJsonObject &object, const char *key, StringPool *pool = nullptr)
{
    const QString value = object.value(QLatin1String(key)).toString();
    return pool ? pool->intern(value) : value;
}

QDateTime timestamp(const QJsonValue &value)
{
    QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(value.toString(), Qt::ISODate);
    return when;
}

} // namespace

QDateTime DirectoryUser::lastActive() const
{
    QDateTime latest;
    for (const ProductAccess &access : productAccess) {
        if (access.lastActive.isValid() && (!latest.isValid() || access.lastActive > latest))
            latest = access.lastActive;
    }
    return latest;
}

std::optional<DirectoryUser> DirectoryUser::fromJson(const QJsonObject &object, StringPool *pool)
{
    DirectoryUser user;
    user.accountId = text(object, "accountId");
    if (user.accountId.isEmpty())
        return std::nullopt;
    user.accountType = text(object, "accountType", pool);
    user.status = text(object, "status", pool);
    user.accountStatus = text(object, "accountStatus", pool);
    user.membershipStatus = text(object, "membershipStatus", pool);
    user.name = text(object, "name");
    user.nickname = text(object, "nickname");
    user.email = text(object, "email");
    user.emailVerified = object.value(QLatin1String("emailVerified")).toBool();
    user.claimStatus = text(object, "claimStatus", pool);
    user.managementSource = text(object, "managementSource", pool);
    const QJsonValue mfa = object.value(QLatin1String("mfaEnabled"));
    if (mfa.isBool())
        user.mfaEnabled = mfa.toBool();
    user.jobTitle = text(object, "jobTitle", pool);
    user.department = text(object, "department", pool);
    user.organization = text(object, "organization", pool);
    user.location = text(object, "location", pool);
    user.timeZone = text(object, "timeZone", pool);
    user.addedToOrg = timestamp(object.value(QLatin1String("addedToOrg")));
    user.deactivatedOn = timestamp(object.value(QLatin1String("deactivatedOn")));
    for (const QJsonValue &role : object.value(QLatin1String("platformRoles")).toArray())
        user.platformRoles.append(pool ? pool->intern(role.toString()) : role.toString());
    const QJsonValue resources =
        object.value(QLatin1String("counts")).toObject().value(QLatin1String("resources"));
    if (resources.isDouble())
        user.resourceCount = resources.toInt();
    for (const QJsonValue &value : object.value(QLatin1String("productAccess")).toArray()) {
        const QJsonObject access = value.toObject();
        user.productAccess.append({text(access, "key", pool), text(access, "id", pool),
                                   timestamp(access.value(QLatin1String("lastActiveTimestamp")))});
    }
    for (const QJsonValue &value : object.value(QLatin1String("groups")).toArray()) {
        const QJsonObject group = value.toObject();
        user.groups.append({text(group, "id", pool), text(group, "name", pool)});
    }
    return user;
}

QList<DirectoryUser> DirectoryUser::listFromJson(const QJsonArray &array, StringPool *pool)
{
    QList<DirectoryUser> users;
    users.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (std::optional<DirectoryUser> user = fromJson(value.toObject(), pool))
            users.append(std::move(*user));
    }
    return users;
}

std::optional<LastActiveDates> LastActiveDates::fromJson(const QJsonObject &data)
{
    if (!data.contains(QLatin1String("product_access")))
        return std::nullopt;
    LastActiveDates dates;
    for (const QJsonValue &value : data.value(QLatin1String("product_access")).toArray()) {
        const QJsonObject product = value.toObject();
        QDateTime when = timestamp(product.value(QLatin1String("last_active_timestamp")));
        if (!when.isValid())
            when = timestamp(product.value(QLatin1String("last_active")));
        dates.products.append({text(product, "id"), text(product, "key"), when});
    }
    dates.addedToOrg = timestamp(data.value(QLatin1String("added_to_org_timestamp")));
    if (!dates.addedToOrg.isValid())
        dates.addedToOrg = timestamp(data.value(QLatin1String("added_to_org")));
    return dates;
}

std::optional<UserStats> UserStats::fromJson(const QJsonObject &object)
{
    if (!object.contains(QLatin1String("roles")) &&
        !object.contains(QLatin1String("accountStatus")))
        return std::nullopt;
    UserStats stats;
    for (const QJsonValue &value : object.value(QLatin1String("roles")).toArray()) {
        const QJsonObject role = value.toObject();
        stats.roles.append({text(role, "roleId"), role.value(QLatin1String("count")).toInt()});
    }
    for (const QJsonValue &value : object.value(QLatin1String("accountStatus")).toArray()) {
        const QJsonObject status = value.toObject();
        stats.accountStatuses.append(
            {text(status, "status"), status.value(QLatin1String("count")).toInt()});
    }
    return stats;
}
