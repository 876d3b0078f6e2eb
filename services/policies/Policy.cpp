#include "Policy.h"

#include <algorithm>

namespace {

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// Inserts the value under `key` unless it is empty (as an absent key).
void insertSet(QJsonObject &object, const char *key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(QLatin1String(key), value);
}

struct ApplicationKey
{
    PolicyResource::Application application;
    const char *key;
};

constexpr ApplicationKey applicationKeys[] = {
    {PolicyResource::Application::Applying, "applying"},
    {PolicyResource::Application::Removing, "removing"},
    {PolicyResource::Application::Applied, "applied"},
    {PolicyResource::Application::Failed, "failed"},
    {PolicyResource::Application::Scheduled, "scheduled"}};

struct TypeKey
{
    Policy::Type type;
    const char *key;
};

constexpr TypeKey typeKeys[] = {{Policy::Type::IpAllowlist, "ip-allowlist"},
                                {Policy::Type::DataResidency, "data-residency"},
                                {Policy::Type::DataSecurity, "data-security"}};

} // namespace

PolicyResource::Application PolicyResource::applicationFromKey(const QString &key)
{
    for (const ApplicationKey &entry : applicationKeys) {
        if (key == QLatin1String(entry.key))
            return entry.application;
    }
    return Application::Other;
}

QString PolicyResource::applicationKey(Application application)
{
    for (const ApplicationKey &entry : applicationKeys) {
        if (entry.application == application)
            return QLatin1String(entry.key);
    }
    return QString();
}

bool PolicyResource::isSettling() const
{
    const Application now = application();
    return now == Application::Applying || now == Application::Removing;
}

PolicyResource PolicyResource::fromJson(const QJsonObject &object)
{
    const QJsonObject meta = object.value(QLatin1String("meta")).toObject();
    const QJsonObject links = object.value(QLatin1String("links")).toObject();
    PolicyResource resource;
    resource.id = text(object, "id");
    resource.applicationStatus = text(object, "applicationStatus");
    resource.scheduledDate = text(meta, "scheduledDate");
    resource.migrationStartDateTime = text(meta, "migrationStartDateTime");
    resource.migrationEndDateTime = text(meta, "migrationEndDataTime");
    resource.atlassianAccountId = text(meta, "atlassianAccountId");
    resource.ticket = text(links, "ticket");
    return resource;
}

QJsonObject PolicyResource::toJson(bool withId) const
{
    QJsonObject meta;
    insertSet(meta, "scheduledDate", scheduledDate);
    insertSet(meta, "migrationStartDateTime", migrationStartDateTime);
    insertSet(meta, "migrationEndDataTime", migrationEndDateTime);
    insertSet(meta, "atlassianAccountId", atlassianAccountId);
    QJsonObject links;
    insertSet(links, "ticket", ticket);
    QJsonObject json;
    if (withId)
        json.insert(QLatin1String("id"), id);
    if (!meta.isEmpty())
        json.insert(QLatin1String("meta"), meta);
    if (!links.isEmpty())
        json.insert(QLatin1String("links"), links);
    return json;
}

QString Policy::typeKey(Type type)
{
    for (const TypeKey &entry : typeKeys) {
        if (entry.type == type)
            return QLatin1String(entry.key);
    }
    return QString();
}

Policy::Type Policy::typeFromKey(const QString &key)
{
    for (const TypeKey &entry : typeKeys) {
        if (key == QLatin1String(entry.key))
            return entry.type;
    }
    return Type::Other;
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
    const QJsonObject attributes = object.value(QLatin1String("attributes")).toObject();
    Policy policy;
    policy.id = text(object, "id");
    const QString type = text(attributes, "type");
    if (policy.id.isEmpty() || type.isEmpty())
        return std::nullopt;
    policy.type = typeFromKey(type);
    policy.name = text(attributes, "name");
    policy.status = text(attributes, "status");
    const QJsonObject rule = attributes.value(QLatin1String("rule")).toObject();
    for (const QJsonValue &entry : rule.value(QLatin1String("in")).toArray())
        policy.rule.append(entry.toString());
    for (const QJsonValue &resource : attributes.value(QLatin1String("resources")).toArray())
        policy.resources.append(PolicyResource::fromJson(resource.toObject()));
    policy.exportEffect = text(rule.value(QLatin1String("export")).toObject(), "effect");
    const QJsonObject metadata = attributes.value(QLatin1String("metadata")).toObject();
    policy.coverageLevel = text(metadata, "policyCoverageLevel");
    policy.description = text(metadata, "description");
    policy.updatedAt = QDateTime::fromString(text(attributes, "updatedAt"), Qt::ISODate);
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
    QJsonObject attrs{{QLatin1String("type"), typeKey(type)},
                      {QLatin1String("name"), name},
                      {QLatin1String("status"), status.isEmpty() ? QLatin1String(Enabled) : status},
                      {QLatin1String("rule"),
                       QJsonObject{{QLatin1String("in"), QJsonArray::fromStringList(rule)}}}};
    QJsonObject data{{QLatin1String("type"), QStringLiteral("policy")},
                     {QLatin1String("attributes"), attrs}};
    if (!id.isEmpty())
        data.insert(QLatin1String("id"), id);
    return {{QLatin1String("data"), data}};
}
