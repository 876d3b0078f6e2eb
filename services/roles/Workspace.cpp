#include "Workspace.h"

std::optional<Workspace> Workspace::fromJson(const QJsonObject &object)
{
    Workspace w;
    w.id = object.value(QLatin1String("id")).toString();
    if (w.id.isEmpty())
        return std::nullopt;
    const QJsonObject a = object.value(QLatin1String("attributes")).toObject();
    w.name = a.value(QLatin1String("name")).toString();
    w.typeKey = a.value(QLatin1String("typeKey")).toString();
    w.type = a.value(QLatin1String("type")).toString();
    w.hostUrl = a.value(QLatin1String("hostUrl")).toString();
    w.status = a.value(QLatin1String("status")).toString();
    w.sandboxChild = a.value(QLatin1String("sandbox")).toObject().value(QLatin1String("type")) ==
                     QLatin1String("CHILD");
    const QJsonValue capacity = a.value(QLatin1String("capacity"));
    if (capacity.isDouble())
        w.capacity = capacity.toInt();
    return w;
}

QList<Workspace> Workspace::listFromJson(const QJsonArray &array)
{
    QList<Workspace> list;
    list.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (auto w = fromJson(value.toObject()))
            list.append(std::move(*w));
    }
    return list;
}
