#include "AuditEvent.h"

#include "JsonSlices.h"

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

// Days since 1970-01-01 of a date in the proleptic Gregorian calendar (H. Hinnant's
// days_from_civil).
qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const int yearOfEra = year - era * 400;
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return qint64(era) * 146097 + dayOfEra - 719468;
}

// "2026-12-07T10:39:39.123Z" (or "+01:00", without the fraction): the form every event time
// has, read without QDateTime, which costs more than the rest of an event together. Nothing
// for any other form.
std::optional<qint64> fastEpochMs(const QString &text)
{
    const qsizetype size = text.size();
    if (size < 20 || text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u'T' ||
        text.at(13) != u':' || text.at(16) != u':')
        return std::nullopt;
    bool ok = true;
    auto number = [&](qsizetype from, qsizetype digits) {
        int value = 0;
        for (qsizetype i = from; i < from + digits; ++i) {
            const char16_t c = text.at(i).unicode();
            ok = ok && c >= u'0' && c <= u'9';
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
    const int hour = number(11, 2), minute = number(14, 2), second = number(17, 2);
    qsizetype at = 19;
    int millis = 0;
    if (at < size && text.at(at) == u'.') {
        const qsizetype start = ++at;
        while (at < size && text.at(at).isDigit())
            ++at;
        if (at == start)
            return std::nullopt;
        for (qsizetype i = start; i < start + 3; ++i)
            millis = millis * 10 + (i < at ? text.at(i).unicode() - u'0' : 0);
    }
    int offsetMinutes = 0;
    if (at + 1 == size && text.at(at) == u'Z') {
        // UTC
    } else if (at + 6 == size && (text.at(at) == u'+' || text.at(at) == u'-') &&
               text.at(at + 3) == u':') {
        offsetMinutes = number(at + 1, 2) * 60 + number(at + 4, 2);
        if (text.at(at) == u'-')
            offsetMinutes = -offsetMinutes;
    } else {
        return std::nullopt;
    }
    if (!ok || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 ||
        second > 59)
        return std::nullopt;
    const qint64 days = daysFromCivil(year, month, day);
    return ((days * 24 + hour) * 60 + minute - offsetMinutes) * 60000 + second * 1000 + millis;
}

qint64 epochMs(const QString &isoTime)
{
    if (isoTime.isEmpty())
        return 0;
    if (const std::optional<qint64> fast = fastEpochMs(isoTime))
        return *fast;
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
    std::optional<AuditEvent> event = fieldsFromJson(object);
    if (event)
        event->json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return event;
}

std::optional<AuditEvent> AuditEvent::fieldsFromJson(const QJsonObject &object)
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
    return event;
}

std::optional<AuditEvent> AuditEvent::fromCompactJson(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return std::nullopt;
    std::optional<AuditEvent> event = fieldsFromJson(document.object());
    if (event)
        event->json = json; // exactly the bytes kept, not a second serialization
    return event;
}

std::optional<QList<AuditEvent>> AuditEvent::listFromJsonText(QByteArrayView array)
{
    const std::optional<QList<QByteArrayView>> items = JsonSlices::elements(array);
    if (!items)
        return std::nullopt;
    QList<AuditEvent> events;
    events.reserve(items->size());
    for (const QByteArrayView item : *items) {
        // An event's text is kept as it came, unless line breaks would split its NDJSON line.
        std::optional<AuditEvent> event;
        if (item.contains('\n') || item.contains('\r'))
            event = fromJson(QJsonDocument::fromJson(item.toByteArray()).object());
        else
            event = fromCompactJson(item.toByteArray());
        if (event)
            events.append(std::move(*event));
    }
    return events;
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
