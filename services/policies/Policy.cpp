#include "Policy.h"

#include <algorithm>

bool PolicyResource::isSettling() const
{
    return applicationStatus == QLatin1String("applying") ||
           applicationStatus == QLatin1String("removing");
}

PolicyResource PolicyResource::fromJson(const QJsonObject &object)
{
    return {object.value(QLatin1String("id")).toString(),
            object.value(QLatin1String("applicationStatus")).toString(),
            object.value(QLatin1String("meta")).toObject(),
            object.value(QLatin1String("links")).toObject()};
}

QJsonObject PolicyResource::toJson(bool withId) const
{
    QJsonObject json;
    if (withId)
        json.insert(QLatin1String("id"), id);
    if (!meta.isEmpty())
        json.insert(QLatin1String("meta"), meta);
    if (!links.isEmpty())
        json.insert(QLatin1String("links"), links);
    return json;
}

bool Policy::isSettling() const
{
    return std::any_of(resources.cbegin(), resources.cend(),
                       [](const PolicyResource &r) { return r.isSettling(); });
}

PolicyResource Policy::resource(const QString &resourceId) const
{
    for (const PolicyResource &r : resources) {
        if (r.id == resourceId)
            return r;
    }
    return {};
}

std::optional<Policy> Policy::fromJson(const QJsonObject &object)
{
    Policy policy;
    policy.id = object.value(QLatin1String("id")).toString();
    policy.attributes = object.value(QLatin1String("attributes")).toObject();
    policy.type = policy.attributes.value(QLatin1String("type")).toString();
    if (policy.id.isEmpty() || policy.type.isEmpty())
        return std::nullopt;
    policy.name = policy.attributes.value(QLatin1String("name")).toString();
    policy.status = policy.attributes.value(QLatin1String("status")).toString();
    const QJsonObject rule = policy.attributes.value(QLatin1String("rule")).toObject();
    for (const QJsonValue &entry : rule.value(QLatin1String("in")).toArray())
        policy.rule.append(entry.toString());
    for (const QJsonValue &resource : policy.attributes.value(QLatin1String("resources")).toArray())
        policy.resources.append(PolicyResource::fromJson(resource.toObject()));
    return policy;
}

QList<Policy> Policy::listFromJson(const QJsonArray &array)
{
    QList<Policy> policies;
    for (const QJsonValue &value : array) {
        if (auto policy = fromJson(value.toObject()))
            policies.append(*policy);
    }
    return policies;
}

QJsonObject Policy::toWriteBody() const
{
    QJsonObject attrs{
        {QLatin1String("type"), type},
        {QLatin1String("name"), name},
        {QLatin1String("status"), status.isEmpty() ? QStringLiteral("enabled") : status},
        {QLatin1String("rule"),
         QJsonObject{{QLatin1String("in"), QJsonArray::fromStringList(rule)}}}};
    QJsonObject data{{QLatin1String("type"), QStringLiteral("policy")},
                     {QLatin1String("attributes"), attrs}};
    if (!id.isEmpty())
        data.insert(QLatin1String("id"), id);
    return {{QLatin1String("data"), data}};
}
