#include "ScimGroup.h"

std::optional<ScimGroup> ScimGroup::fromJson(const QJsonObject &object)
{
    ScimGroup group;
    group.id = ScimJson::string(object, QLatin1String("id"));
    if (group.id.isEmpty())
        return std::nullopt;
    group.displayName = ScimJson::string(object, QLatin1String("displayName"));
    group.externalId = ScimJson::string(object, QLatin1String("externalId"));
    group.members = ScimJson::refs(object.value(QLatin1String("members")));
    group.lastModified = ScimJson::lastModified(object);
    group.raw = object;
    return group;
}

QList<ScimGroup> ScimGroup::listFromJson(const QJsonArray &array)
{
    QList<ScimGroup> groups;
    groups.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (std::optional<ScimGroup> group = fromJson(value.toObject()))
            groups.append(std::move(*group));
    }
    return groups;
}
