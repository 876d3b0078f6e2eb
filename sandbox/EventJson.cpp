#include "EventJson.h"

#include "EventPlaces.h"
#include "Ids.h"
#include "Prng.h"
#include "Timestamps.h"

#include <QJsonArray>

namespace sandbox {
namespace {

QJsonObject object(const QString &id, const QString &type, const QJsonObject &attributes)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("type"), type},
            {QStringLiteral("attributes"), attributes}};
}

// Seeded tokens have no record of their own: an id derived from the event is enough.
QString tokenId(quint32 index)
{
    Prng rng(Prng::derive(quint64(index), 0, 0x746f6b)); // "tok"
    return uuidFrom(rng);
}

QJsonObject targetObject(const EventView &view, const EventRecord &record, quint32 index)
{
    const EventNames &names = view.log.names;
    switch (eventAction(record.action).target) {
    case EventTarget::Group:
        if (record.target < view.org.groups.size())
            return groupObject(view.org.groups.at(record.target));
        break;
    case EventTarget::Product:
        if (record.target < view.org.products.size()) {
            const ProductSite &site = view.org.products.at(record.target);
            return object(site.ari, QStringLiteral("sites"),
                          {{QStringLiteral("name"), site.name},
                           {QStringLiteral("url"), site.url},
                           {QStringLiteral("productKey"), site.key}});
        }
        break;
    case EventTarget::ApiKey:
        if (record.target < names.keys.size()) {
            const SeedApiKey &key = names.keys.at(record.target);
            return object(key.id, QStringLiteral("api-keys"),
                          {{QStringLiteral("label"), key.label}});
        }
        break;
    case EventTarget::Policy:
        if (record.target < names.policies.size()) {
            const auto &[id, name] = names.policies.at(record.target);
            return object(id, QStringLiteral("policies"), {{QStringLiteral("name"), name}});
        }
        break;
    case EventTarget::TokenLabel:
        return object(tokenId(index), QStringLiteral("api-tokens"),
                      {{QStringLiteral("label"), names.tokenLabels.value(record.target)}});
    case EventTarget::Domain:
        if (record.target < names.domains.size()) {
            const SeedDomain &domain = names.domains.at(record.target);
            return object(domain.id, QStringLiteral("domains"),
                          {{QStringLiteral("name"), domain.name}});
        }
        break;
    case EventTarget::None:
        break;
    }
    return {};
}

QJsonObject actorJson(const EventView &view, const EventRecord &record)
{
    if (record.actor < 0 || record.actor >= view.org.users.size())
        return {{QStringLiteral("id"), QStringLiteral("system")},
                {QStringLiteral("name"), QStringLiteral("Atlassian")}};
    const SeedUser &user = view.org.users.at(record.actor);
    QJsonObject actor{{QStringLiteral("id"), user.accountId},
                      {QStringLiteral("name"), user.name},
                      {QStringLiteral("email"), user.email}};
    if (record.key > 0 && record.key <= view.log.names.keys.size()) {
        const SeedApiKey &key = view.log.names.keys.at(record.key - 1);
        actor.insert(QStringLiteral("auth"),
                     QJsonObject{{QStringLiteral("authType"), QStringLiteral("api-token")},
                                 {QStringLiteral("tokenId"), key.id},
                                 {QStringLiteral("tokenLabel"), key.label}});
    }
    return actor;
}

QJsonObject locationJson(const EventRecord &record)
{
    QJsonObject location{{QStringLiteral("ip"), ipText(record.ip)}};
    if (record.place < eventPlaces().size()) {
        const EventPlace &place = eventPlaces()[record.place];
        location.insert(QStringLiteral("city"), QString::fromUtf16(place.city));
        location.insert(QStringLiteral("regionName"), QString::fromUtf16(place.region));
        location.insert(QStringLiteral("countryName"), QString::fromUtf16(place.country));
    }
    return location;
}

QString message(const EventView &view, const EventRecord &record, const EventDetail *detail)
{
    QString text = QString::fromUtf16(eventAction(record.action).message);
    const QString actor = detail ? detail->actor.value(QStringLiteral("name")).toString()
                          : record.actor >= 0 && record.actor < view.org.users.size()
                              ? view.org.users.at(record.actor).name
                              : QStringLiteral("Atlassian");
    QString subject = detail ? detail->subjectName : QString();
    if (!detail && record.subject >= 0 && record.subject < view.org.users.size())
        subject = view.org.users.at(record.subject).name;
    const QString target = detail ? detail->targetName : targetName(view, record);
    text.replace(QLatin1String("{actor}"), actor);
    text.replace(QLatin1String("{subject}"),
                 subject.isEmpty() ? QStringLiteral("a user") : subject);
    text.replace(QLatin1String("{target}"), target);
    return text.simplified();
}

} // namespace

QJsonObject personObject(const SeedUser &user)
{
    return object(user.accountId, QStringLiteral("users"),
                  {{QStringLiteral("name"), user.name}, {QStringLiteral("email"), user.email}});
}

QJsonObject groupObject(const Group &group)
{
    return object(group.id, QStringLiteral("groups"), {{QStringLiteral("name"), group.name}});
}

QJsonObject orgObject(const OrgData &org)
{
    return object(org.orgId, QStringLiteral("orgs"), {{QStringLiteral("name"), org.orgName}});
}

EventProduct productFamily(int product)
{
    switch (product) {
    case JiraSoftware:
    case JiraServiceManagement:
        return EventProduct::Jira;
    case Confluence:
        return EventProduct::Confluence;
    case Bitbucket:
        return EventProduct::Bitbucket;
    case Loom:
        return EventProduct::Loom;
    default:
        return EventProduct::None;
    }
}

EventProduct eventProduct(const EventRecord &record)
{
    const EventProduct product = eventAction(record.action).product;
    return product == EventProduct::OfTarget ? productFamily(record.target) : product;
}

QString targetName(const EventView &view, const EventRecord &record)
{
    const QJsonObject target = targetObject(view, record, 0);
    const QJsonObject attributes = target.value(QStringLiteral("attributes")).toObject();
    const QString name = attributes.value(QStringLiteral("name")).toString();
    return name.isEmpty() ? attributes.value(QStringLiteral("label")).toString() : name;
}

QJsonObject eventJson(const EventView &view, quint32 index, bool withProcessedAt)
{
    const EventRecord &record = view.log.at(index);
    const EventDetail *detail = record.hasDetail ? view.log.detail(index) : nullptr;
    const QString id = view.log.idOf(index);

    QJsonArray context;
    if (detail) {
        context = detail->context;
    } else {
        if (record.subject >= 0 && record.subject < view.org.users.size())
            context.append(personObject(view.org.users.at(record.subject)));
        const QJsonObject target = targetObject(view, record, index);
        if (!target.isEmpty())
            context.append(target);
    }
    QJsonObject attributes{
        {QStringLiteral("time"), isoMillisFromMs(record.timeMs)},
        {QStringLiteral("action"), QLatin1String(eventAction(record.action).id)},
        {QStringLiteral("actor"), detail ? detail->actor : actorJson(view, record)},
        {QStringLiteral("context"), context},
        {QStringLiteral("container"), QJsonArray{orgObject(view.org)}},
        {QStringLiteral("location"), locationJson(record)},
    };
    if (withProcessedAt)
        attributes.insert(QStringLiteral("processedAt"), isoMillisFromMs(record.processedMs()));
    const QString self =
        view.origin + QStringLiteral("/admin/v1/orgs/%1/events/%2").arg(view.org.orgId, id);
    return {{QStringLiteral("id"), id},
            {QStringLiteral("type"), QStringLiteral("events")},
            {QStringLiteral("attributes"), attributes},
            {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), self}}},
            {QStringLiteral("message"),
             QJsonObject{{QStringLiteral("content"), message(view, record, detail)},
                         {QStringLiteral("format"), QStringLiteral("simple")}}}};
}

QJsonObject eventActionJson(int action)
{
    const EventActionInfo &info = eventAction(action);
    const QString group = QString::fromUtf16(info.group);
    return {{QStringLiteral("id"), QLatin1String(info.id)},
            {QStringLiteral("type"), QStringLiteral("event-actions")},
            {QStringLiteral("attributes"),
             QJsonObject{{QStringLiteral("displayName"), QString::fromUtf16(info.displayName)},
                         {QStringLiteral("groupDisplayName"), group},
                         {QStringLiteral("groupDisplayNames"), QJsonArray{group}}}}};
}

} // namespace sandbox
