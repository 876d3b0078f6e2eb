#include "RoleAssignment.h"

std::optional<ResourceRoleAssignment> ResourceRoleAssignment::fromJson(const QJsonObject &object)
{
    ResourceRoleAssignment a;
    a.resourceId = object.value(QLatin1String("resourceId")).toString();
    if (a.resourceId.isEmpty())
        return std::nullopt;
    a.resourceOwner = object.value(QLatin1String("resourceOwner")).toString();
    a.directoryId = object.value(QLatin1String("directoryId")).toString();
    a.userDirectoryStatus = object.value(QLatin1String("userDirectoryStatus")).toString();
    const QJsonValue grouped = object.value(QLatin1String("roleAssignments"));
    if (grouped.isArray()) {
        for (const QJsonValue &value : grouped.toArray()) {
            RoleGrant grant;
            grant.role = value[QLatin1String("role")].toString();
            for (const QJsonValue &method : value[QLatin1String("roleAssignmentMethods")].toArray())
                grant.methods.append(method.toString());
            if (!grant.role.isEmpty())
                a.roles.append(grant);
        }
    } else {
        // `roles` (deprecated) names the roles without how they were granted.
        for (const QJsonValue &role : object.value(QLatin1String("roles")).toArray())
            a.roles.append({role.toString(), {}});
    }
    return a;
}

QList<ResourceRoleAssignment> ResourceRoleAssignment::listFromJson(const QJsonArray &array)
{
    QList<ResourceRoleAssignment> list;
    for (const QJsonValue &value : array) {
        if (auto a = fromJson(value.toObject()))
            list.append(std::move(*a));
    }
    return list;
}
