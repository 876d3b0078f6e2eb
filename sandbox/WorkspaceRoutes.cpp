// POST /admin/v2/orgs/{orgId}/workspaces (CATALOG §1.8) with the P4 body cursor.
#include "ApiErrors.h"
#include "OrgStore.h"
#include "PageCursor.h"
#include "Router.h"
#include "Routes.h"
#include "Timestamps.h"
#include "WorkspaceQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <memory>

namespace sandbox {
namespace {

QJsonObject workspaceJson(const Workspace &w, const OrgData &org, const QString &origin)
{
    QJsonObject attributes{
        {QStringLiteral("name"), w.name},
        {QStringLiteral("typeKey"), w.typeKey},
        {QStringLiteral("type"), w.type},
        {QStringLiteral("owner"), org.orgId},
        {QStringLiteral("status"), w.status},
        {QStringLiteral("statusDetails"), QJsonArray()},
        {QStringLiteral("icons"), QJsonObject()},
        {QStringLiteral("avatars"), QJsonObject()},
        {QStringLiteral("labels"), QJsonArray()},
        {QStringLiteral("sandbox"),
         QJsonObject{{QStringLiteral("type"),
                      w.sandboxChild ? QStringLiteral("CHILD") : QStringLiteral("NONE")}}},
        {QStringLiteral("capacity"), w.capacity < 0 ? QJsonValue() : QJsonValue(w.capacity)},
        {QStringLiteral("createdAt"), isoMillis(w.createdAt)},
        {QStringLiteral("hostUrl"), w.hostUrl},
        {QStringLiteral("realm"), QStringLiteral("us")},
        {QStringLiteral("regions"), QJsonArray{QStringLiteral("us-east-1")}},
    };
    if (w.type == QLatin1String("bitbucket"))
        attributes.insert(QStringLiteral("usage"), 0);
    return {{QStringLiteral("id"), w.ari},
            {QStringLiteral("type"), QStringLiteral("workspaces")},
            {QStringLiteral("attributes"), attributes},
            {QStringLiteral("links"),
             QJsonObject{{QStringLiteral("self"),
                          origin + QStringLiteral("/admin/v2/orgs/%1/workspaces?id=%2")
                                       .arg(org.orgId,
                                            QString::fromUtf8(QUrl::toPercentEncoding(w.ari)))}}},
            {QStringLiteral("relationships"), QJsonObject()}};
}

// P4 links are full URLs; a POST to one (with no body) is the same as sending its cursor.
QJsonObject pageLinks(const QString &base, int offset, int limit, int total, quint64 hash)
{
    auto url = [&](int at) {
        return base + QStringLiteral("?cursor=") + PageCursor{quint32(at), 0, hash}.encode();
    };
    QJsonObject links{{QStringLiteral("self"), url(offset)}};
    if (offset > 0)
        links.insert(QStringLiteral("prev"), url(qMax(0, offset - limit)));
    if (offset + limit < total)
        links.insert(QStringLiteral("next"), url(offset + limit));
    return links;
}

using Remembered = QHash<quint64, WorkspaceQuery>;

// This route documents its errors as one ApplicationError object, not wrapped in errors[].
ApiResponse unwrapped(ApiResponse response)
{
    if (response.status < 400)
        return response;
    const QJsonObject object = QJsonDocument::fromJson(response.body).object();
    const QJsonObject first = object.value(QLatin1String("errors")).toArray().at(0).toObject();
    if (!first.isEmpty())
        response.body = QJsonDocument(first).toJson(QJsonDocument::Compact);
    return response;
}

ApiResponse searchWorkspaces(OrgStore &store, Remembered &remembered, const ApiRequest &request)
{
    const OrgData &org = store.data();
    if (!store.isOrg(request.param(0)))
        return errors::orgNotFound(request.param(0));
    const auto body = routes::bodyObject(request);
    if (!body)
        return errors::invalidBody(QStringLiteral("The body is not a JSON object."));
    QString cursorText = body->value(QLatin1String("cursor")).toString();
    if (cursorText.isEmpty())
        cursorText = request.query.queryItemValue(QStringLiteral("cursor"));
    WorkspaceQuery query;
    int offset = 0;
    if (!cursorText.isEmpty()) {
        QJsonObject rest = *body;
        rest.remove(QStringLiteral("cursor"));
        if (!rest.isEmpty()) {
            return errors::invalidBody(
                QStringLiteral("When a cursor is sent, no other properties may be present."));
        }
        const auto cursor = PageCursor::decode(cursorText);
        if (!cursor || !remembered.contains(cursor->queryHash))
            return errors::invalidCursor();
        query = remembered.value(cursor->queryHash);
        offset = int(cursor->offset);
    } else if (body->contains(QLatin1String("cursor")) &&
               !body->value(QLatin1String("cursor")).isNull()) {
        return errors::invalidCursor(); // an empty or non-text cursor
    } else {
        QString error;
        const auto parsed = WorkspaceQuery::fromBody(*body, &error);
        if (!parsed)
            return errors::invalidBody(error);
        query = *parsed;
        remembered.insert(query.hash(), query);
    }
    const QList<int> matching = query.run(org.workspaces);
    const int total = int(matching.size());
    offset = qBound(0, offset, total);
    const int end = qMin(total, offset + query.limit);
    QJsonArray data;
    for (int i = offset; i < end; ++i)
        data.append(workspaceJson(org.workspaces.at(matching.at(i)), org, request.origin));
    const QJsonObject meta{
        {QStringLiteral("pageSize"), query.limit},
        {QStringLiteral("startIndex"), end > offset ? QJsonValue(offset) : QJsonValue()},
        {QStringLiteral("endIndex"), end > offset ? QJsonValue(end - 1) : QJsonValue()},
        {QStringLiteral("total"), total}};
    const QString base =
        request.origin + QStringLiteral("/admin/v2/orgs/%1/workspaces").arg(org.orgId);
    return ApiResponse::json(
        {{QStringLiteral("data"), data},
         {QStringLiteral("links"), pageLinks(base, offset, query.limit, total, query.hash())},
         {QStringLiteral("meta"), meta}});
}

} // namespace

void addWorkspaceRoutes(Router &router, OrgStore &store)
{
    // The queries behind the cursors handed out: a cursor carries only their hash.
    auto remembered = std::make_shared<Remembered>();
    router.add("POST", QStringLiteral("/admin/v2/orgs/{orgId}/workspaces"),
               [&store, remembered](const ApiRequest &request) {
                   return unwrapped(searchWorkspaces(store, *remembered, request));
               });
}

} // namespace sandbox
