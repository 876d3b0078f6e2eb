#include "Group.h"

std::optional<Group> Group::fromJson(const QJsonObject &object)
{
    Group group;
    group.id = object.value(QLatin1String("id")).toString();
    if (group.id.isEmpty())
        return std::nullopt;
    group.name = object.value(QLatin1String("name")).toString();
    group.description = object.value(QLatin1String("description")).toString();
    group.directoryId = object.value(QLatin1String("directoryId")).toString();
    group.managedBy = object.value(QLatin1String("managedBy")).toString();
    group.externalSynced = object.value(QLatin1String("externalSynced")).toBool();
    const QJsonObject access = object.value(QLatin1String("managementAccess")).toObject();
    group.deletable = access.value(QLatin1String("deletable")).toBool(true);
    group.modifiable = access.value(QLatin1String("modifiable")).toBool(true);
    const QJsonObject counts = object.value(QLatin1String("counts")).toObject();
    group.userCount = counts.value(QLatin1String("users")).toInt(-1);
    group.resourceCount = counts.value(QLatin1String("resources")).toInt(-1);
    return group;
}

QList<Group> Group::listFromJson(const QJsonArray &array)
{
    QList<Group> groups;
    groups.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (auto group = fromJson(value.toObject()))
            groups.append(std::move(*group));
    }
    return groups;
}

std::optional<GroupStats> GroupStats::fromJson(const QJsonObject &object)
{
    const QJsonValue totals = object.value(QLatin1String("totals"));
    if (!totals.isObject())
        return std::nullopt;
    GroupStats stats;
    stats.all = totals[QLatin1String("all")].toInt();
    stats.managed = totals[QLatin1String("managed")].toInt();
    stats.synced = totals[QLatin1String("synced")].toInt();
    for (const QJsonValue &type : object.value(QLatin1String("types")).toArray())
        stats.types.append(
            {type[QLatin1String("type")].toString(), type[QLatin1String("count")].toInt()});
    return stats;
}

std::optional<GroupRoleAssignment> GroupRoleAssignment::fromJson(const QJsonObject &object)
{
    GroupRoleAssignment assignment;
    assignment.resourceId = object.value(QLatin1String("resourceId")).toString();
    if (assignment.resourceId.isEmpty())
        return std::nullopt;
    assignment.resourceOwner = object.value(QLatin1String("resourceOwner")).toString();
    assignment.defaultRole = object.value(QLatin1String("defaultRole")).toString();
    for (const QJsonValue &role : object.value(QLatin1String("roles")).toArray())
        assignment.roles.append(role.toString());
    return assignment;
}

QList<GroupRoleAssignment> GroupRoleAssignment::listFromJson(const QJsonArray &array)
{
    QList<GroupRoleAssignment> list;
    for (const QJsonValue &value : array) {
        if (auto assignment = fromJson(value.toObject()))
            list.append(std::move(*assignment));
    }
    return list;
}

QJsonObject GroupQuery::toSearchBody() const
{
    QJsonObject body{{QStringLiteral("limit"), limit}};
    auto putList = [&body](const char *key, const QStringList &values) {
        if (!values.isEmpty())
            body.insert(QLatin1String(key), QJsonArray::fromStringList(values));
    };
    if (!searchTerm.trimmed().isEmpty())
        body.insert(QStringLiteral("searchTerm"), searchTerm.trimmed());
    putList("groupNames", groupNames);
    putList("groupIds", groupIds);
    putList("accountIds", accountIds);
    body.insert(
        QStringLiteral("sortBy"),
        QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("name")},
                               {QStringLiteral("direction"),
                                descending ? QStringLiteral("desc") : QStringLiteral("asc")}}});
    if (withCounts)
        body.insert(QStringLiteral("expand"),
                    QJsonArray{QStringLiteral("counts.users"), QStringLiteral("counts.resources")});
    return body;
}
