#include "Org.h"

std::optional<Org> Org::fromJson(const QJsonObject &object)
{
    const QString id = object.value(QLatin1String("id")).toString();
    if (id.isEmpty())
        return std::nullopt;
    const QJsonObject attributes = object.value(QLatin1String("attributes")).toObject();
    return Org{id, attributes.value(QLatin1String("name")).toString()};
}

std::optional<Directory> Directory::fromJson(const QJsonObject &object)
{
    const QString id = object.value(QLatin1String("directoryId")).toString();
    if (id.isEmpty())
        return std::nullopt;
    return Directory{id, object.value(QLatin1String("name")).toString(),
                     object.value(QLatin1String("icon")).toString()};
}
