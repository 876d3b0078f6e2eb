#include "AuditEvent.h"

#include <QDateTime>
#include <QJsonDocument>

namespace {

const QStringList knownProducts = {QStringLiteral("jira"), QStringLiteral("confluence"),
                                   QStringLiteral("bitbucket"), QStringLiteral("guard_detect"),
                                   QStringLiteral("loom")};

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// The first of these attributes that holds a string.
QString firstText(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString value = text(object, key);
        if (!value.isEmpty())
            return value;
    }
    return QString();
}

qint64 epochMs(const QString &isoTime)
{
    if (isoTime.isEmpty())
        return 0;
    QDateTime time = QDateTime::fromString(isoTime, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(isoTime, Qt::ISODate);
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

// context[] and container[] items carry their own attributes; the names worth showing and
// searching go by several keys, depending on what the item is.
AuditEvent::Item itemFromJson(const QJsonObject &object)
{
    const QJsonObject attributes = object.value(QLatin1String("attributes")).toObject();
    AuditEvent::Item item;
    item.id = text(object, "id");
    item.type = text(object, "type");
    item.name = firstText(attributes, {"displayName", "name", "groupName", "siteName", "domain",
                                       "title", "hostname", "siteHostName", "label"});
    item.email = firstText(attributes, {"email", "emailAddress"});
    return item;
}

QList<AuditEvent::Item> itemsFromJson(const QJsonValue &value)
{
    QList<AuditEvent::Item> items;
    const QJsonArray array = value.toArray();
    items.reserve(array.size());
    for (const QJsonValue &entry : array)
        items.append(itemFromJson(entry.toObject()));
    return items;
}

// The product an event concerns: a container (or context) item of that type, or one whose
// attributes name it.
QString productOf(const QJsonArray &container, const QJsonArray &context)
{
    for (const QJsonArray *items : {&container, &context}) {
        for (const QJsonValue &entry : *items) {
            const QJsonObject object = entry.toObject();
            const QJsonObject attributes = object.value(QLatin1String("attributes")).toObject();
            for (QString candidate :
                 {text(object, "type"), text(attributes, "product"), text(attributes, "productKey"),
                  text(attributes, "productType")}) {
                candidate = candidate.toLower();
                if (knownProducts.contains(candidate))
                    return candidate;
            }
        }
    }
    return QString();
}

} // namespace

std::optional<AuditEvent> AuditEvent::fromJson(const QJsonObject &object)
{
    const QJsonObject attributes = object.value(QLatin1String("attributes")).toObject();
    AuditEvent event;
    event.id = text(object, "id");
    event.action = text(attributes, "action");
    event.timeMs = epochMs(text(attributes, "time"));
    if (event.id.isEmpty() || event.action.isEmpty() || event.timeMs == 0)
        return std::nullopt;
    event.processedAtMs = epochMs(text(attributes, "processedAt"));

    const QJsonObject actor = attributes.value(QLatin1String("actor")).toObject();
    event.actorId = text(actor, "id");
    event.actorName = text(actor, "name");
    event.actorEmail = text(actor, "email");
    const QJsonObject auth = actor.value(QLatin1String("auth")).toObject();
    event.authType = text(auth, "authType");
    event.tokenId = text(auth, "tokenId");
    event.tokenLabel = text(auth, "tokenLabel");
    event.appId = text(actor.value(QLatin1String("app")).toObject(), "id");
    const QJsonObject onBehalfOf = actor.value(QLatin1String("onBehalfOf")).toObject();
    event.onBehalfOfId = text(onBehalfOf, "id");
    event.onBehalfOfName = text(onBehalfOf, "name");
    event.onBehalfOfEmail = text(onBehalfOf, "email");

    const QJsonArray context = attributes.value(QLatin1String("context")).toArray();
    const QJsonArray container = attributes.value(QLatin1String("container")).toArray();
    event.context = itemsFromJson(context);
    event.container = itemsFromJson(container);
    event.product = productOf(container, context);

    const QJsonObject location = attributes.value(QLatin1String("location")).toObject();
    event.ip = text(location, "ip");
    event.city = text(location, "city");
    event.region = text(location, "regionName");
    event.country = text(location, "countryName");

    const QJsonObject message = object.value(QLatin1String("message")).toObject();
    event.message = text(message, "content");
    event.messageFormat = text(message, "format");

    event.json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return event;
}

std::optional<AuditEvent> AuditEvent::fromCompactJson(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return std::nullopt;
    std::optional<AuditEvent> event = fromJson(document.object());
    if (event)
        event->json = json; // exactly the bytes kept, not a second serialization
    return event;
}

QList<AuditEvent> AuditEvent::listFromJson(const QJsonArray &array)
{
    QList<AuditEvent> events;
    events.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (std::optional<AuditEvent> event = fromJson(value.toObject()))
            events.append(std::move(*event));
    }
    return events;
}

QString AuditEvent::place() const
{
    QStringList parts;
    for (const QString &part : {city, region, country}) {
        if (!part.isEmpty() && !parts.contains(part))
            parts.append(part);
    }
    return parts.join(QStringLiteral(", "));
}

std::optional<EventAction> EventAction::fromJson(const QJsonObject &object)
{
    const QJsonObject attributes = object.value(QLatin1String("attributes")).toObject();
    EventAction action;
    action.id = text(object, "id");
    if (action.id.isEmpty())
        return std::nullopt;
    action.displayName = text(attributes, "displayName");
    action.groupName = text(attributes, "groupDisplayName");
    if (action.groupName.isEmpty()) {
        const QJsonArray groups = attributes.value(QLatin1String("groupDisplayNames")).toArray();
        action.groupName = groups.isEmpty() ? QString() : groups.first().toString();
    }
    return action;
}

QList<EventAction> EventAction::listFromJson(const QJsonArray &array)
{
    QList<EventAction> actions;
    for (const QJsonValue &value : array) {
        if (std::optional<EventAction> action = fromJson(value.toObject()))
            actions.append(std::move(*action));
    }
    return actions;
}
