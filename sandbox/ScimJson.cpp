#include "ScimJson.h"

#include "OrgStore.h"
#include "ScimErrors.h"
#include "ScimStore.h"
#include "Timestamps.h"

#include <QJsonArray>
#include <QMap>

namespace sandbox::scimjson {
namespace {

QJsonObject meta(const char *type, const QString &location, qint64 createdMs, qint64 modifiedMs)
{
    return {{QStringLiteral("resourceType"), QLatin1String(type)},
            {QStringLiteral("location"), location},
            {QStringLiteral("created"), isoMillisFromMs(createdMs)},
            {QStringLiteral("lastModified"), isoMillisFromMs(modifiedMs)}};
}

// The resource's attribute a path starts with, and the rest of the path after it: "emails.value"
// gives ("emails", "value"); "urn:...:User:department" gives ("urn:...:User", "department").
std::optional<QPair<QString, QString>> splitPath(const QJsonObject &resource, const QString &path)
{
    for (auto it = resource.begin(); it != resource.end(); ++it) {
        const QString &key = it.key();
        if (path.compare(key, Qt::CaseInsensitive) == 0)
            return qMakePair(key, QString());
        const QChar separator = key.startsWith(QLatin1String("urn:")) ? u':' : u'.';
        if (path.size() > key.size() + 1 && path.at(key.size()) == separator &&
            path.left(key.size()).compare(key, Qt::CaseInsensitive) == 0)
            return qMakePair(key, path.mid(key.size() + 1));
    }
    return std::nullopt;
}

// The object with only (keep) or without (!keep) the sub-attributes named.
QJsonObject filterObject(const QJsonObject &object, const QStringList &subs, bool keep)
{
    QJsonObject out = keep ? QJsonObject() : object;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool named = subs.contains(it.key(), Qt::CaseInsensitive);
        if (keep && named)
            out.insert(it.key(), it.value());
        else if (!keep && named)
            out.remove(it.key());
    }
    return out;
}

QJsonValue filterValue(const QJsonValue &value, const QStringList &subs, bool keep)
{
    if (value.isObject())
        return filterObject(value.toObject(), subs, keep);
    if (!value.isArray())
        return keep ? QJsonValue(QJsonValue::Undefined) : value;
    QJsonArray out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.isObject() ? QJsonValue(filterObject(item.toObject(), subs, keep)) : item);
    return out;
}

QStringList commaList(const ApiRequest &request, const char *name)
{
    QStringList result;
    for (const QString &item :
         request.query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded).split(u',')) {
        if (!item.trimmed().isEmpty())
            result.append(item.trimmed());
    }
    return result;
}

} // namespace

QString location(const ApiRequest &request, const ScimStore &store, int directory,
                 const QString &resource, const QString &id)
{
    return QStringLiteral("%1/scim/directory/%2/%3/%4")
        .arg(request.origin, store.directory(directory).id, resource, id);
}

QJsonObject user(const ScimStore &store, int record, const ApiRequest &request)
{
    const ScimUserRecord &r = store.user(record);
    QJsonObject json = r.attributes;
    QJsonArray schemas{scim::kUserSchema};
    if (json.contains(scim::kEnterpriseSchema))
        schemas.append(scim::kEnterpriseSchema);
    if (!r.accountId.isEmpty()) {
        schemas.append(scim::kAtlassianSchema);
        json.insert(scim::kAtlassianSchema,
                    QJsonObject{{QStringLiteral("atlassianAccountId"), r.accountId}});
    }
    json.insert(QStringLiteral("schemas"), schemas);
    json.insert(QStringLiteral("id"), r.id);
    json.insert(QStringLiteral("userName"), r.userName);
    if (!r.externalId.isEmpty())
        json.insert(QStringLiteral("externalId"), r.externalId);
    json.insert(QStringLiteral("active"), r.active);
    QJsonArray groups;
    const QList<Group> &orgGroups = store.org().data().groups;
    for (int g : store.groupsOf(record)) {
        const ScimGroupRecord &group = store.data().groups.at(g);
        groups.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("direct")},
                        {QStringLiteral("value"), group.id},
                        {QStringLiteral("display"), orgGroups.at(store.orgGroup(g)).name},
                        {QStringLiteral("$ref"), location(request, store, group.directory,
                                                          QStringLiteral("Groups"), group.id)}});
    }
    json.insert(QStringLiteral("groups"), groups);
    json.insert(QStringLiteral("meta"),
                meta("USER", location(request, store, r.directory, QStringLiteral("Users"), r.id),
                     r.createdMs, r.modifiedMs));
    return json;
}

QJsonObject group(const ScimStore &store, int record, const ApiRequest &request)
{
    const ScimGroupRecord &g = store.data().groups.at(record);
    QJsonArray members;
    for (int member : store.membersOf(record)) {
        const ScimUserRecord &u = store.user(member);
        const QString display = u.attributes.value(QLatin1String("displayName")).toString();
        members.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("User")},
                        {QStringLiteral("value"), u.id},
                        {QStringLiteral("display"), display.isEmpty() ? u.userName : display},
                        {QStringLiteral("$ref"),
                         location(request, store, u.directory, QStringLiteral("Users"), u.id)}});
    }
    QJsonObject json{
        {QStringLiteral("schemas"), QJsonArray{scim::kGroupSchema}},
        {QStringLiteral("id"), g.id},
        {QStringLiteral("displayName"), store.org().data().groups.at(store.orgGroup(record)).name},
        {QStringLiteral("members"), members},
        {QStringLiteral("meta"),
         meta("GROUP", location(request, store, g.directory, QStringLiteral("Groups"), g.id),
              g.createdMs, g.modifiedMs)}};
    if (!g.externalId.isEmpty())
        json.insert(QStringLiteral("externalId"), g.externalId);
    return json;
}

std::optional<Projection> Projection::fromQuery(const ApiRequest &request, ApiResponse *failure)
{
    Projection projection{commaList(request, "attributes"),
                          commaList(request, "excludedAttributes")};
    if (!projection.attributes.isEmpty() && !projection.excluded.isEmpty()) {
        *failure = scimErrors::invalidSyntax(
            QStringLiteral("attributes and excludedAttributes cannot be used together."));
        return std::nullopt;
    }
    return projection;
}

QJsonObject Projection::apply(const QJsonObject &resource) const
{
    const bool keep = !attributes.isEmpty();
    if (!keep && excluded.isEmpty())
        return resource;
    // Per attribute of the resource: the sub-attributes named, or none for the whole of it.
    QMap<QString, QStringList> named;
    for (const QString &path : keep ? attributes : excluded) {
        const auto split = splitPath(resource, path);
        if (!split)
            continue; // an attribute the resource does not have
        QStringList &subs = named[split->first];
        if (split->second.isEmpty())
            subs = QStringList{QString()};
        else if (!subs.contains(QString()))
            subs.append(split->second);
    }
    QJsonObject out = keep ? QJsonObject() : resource;
    for (auto it = named.begin(); it != named.end(); ++it) {
        const bool whole = it.value().contains(QString());
        if (keep) {
            const QJsonValue value = whole
                                         ? resource.value(it.key())
                                         : filterValue(resource.value(it.key()), it.value(), true);
            if (!value.isUndefined())
                out.insert(it.key(), value);
        } else if (whole) {
            out.remove(it.key());
        } else {
            out.insert(it.key(), filterValue(resource.value(it.key()), it.value(), false));
        }
    }
    for (const char *always : {"id", "schemas"})
        out.insert(QLatin1String(always), resource.value(QLatin1String(always)));
    return out;
}

std::optional<Page> Page::fromQuery(const ApiRequest &request, ApiResponse *failure)
{
    Page page;
    for (const auto &[name, field, minimum] : {std::make_tuple("startIndex", &Page::startIndex, 1),
                                               std::make_tuple("count", &Page::count, 0)}) {
        if (!request.query.hasQueryItem(QLatin1String(name)))
            continue;
        bool ok = false;
        const int value = request.query.queryItemValue(QLatin1String(name)).toInt(&ok);
        if (!ok) {
            *failure = scimErrors::invalidValue(
                QStringLiteral("%1 must be an integer.").arg(QLatin1String(name)));
            return std::nullopt;
        }
        // RFC 7644 §3.4.2.4: a startIndex below 1 means 1, a negative count means 0.
        page.*field = qMax(minimum, value);
    }
    page.count = qMin(page.count, 100);
    return page;
}

ApiResponse resource(const QJsonObject &object, int status)
{
    ApiResponse response = ApiResponse::json(object, status);
    response.contentType = scimErrors::kContentType;
    return response;
}

ApiResponse list(const QList<QJsonObject> &items, int total, const Page &page)
{
    QJsonArray resources;
    for (const QJsonObject &item : items)
        resources.append(item);
    return resource({{QStringLiteral("schemas"), QJsonArray{scim::kListSchema}},
                     {QStringLiteral("totalResults"), total},
                     {QStringLiteral("startIndex"), page.startIndex},
                     {QStringLiteral("itemsPerPage"), int(items.size())},
                     {QStringLiteral("Resources"), resources}});
}

ApiResponse list(const QList<int> &matching, const Page &page,
                 const std::function<QJsonObject(int record)> &toJson)
{
    QList<QJsonObject> items;
    for (qsizetype i = page.startIndex - 1; i < matching.size() && items.size() < page.count; ++i)
        items.append(toJson(matching.at(i)));
    return list(items, int(matching.size()), page);
}

} // namespace sandbox::scimjson
