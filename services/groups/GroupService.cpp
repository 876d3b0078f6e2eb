#include "GroupService.h"

#include "ApiClient.h"

#include <QUrl>

namespace {

QString encoded(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id, ":|"));
}

} // namespace

GroupPager::GroupPager(ApiClient *client, const ApiRequest &firstRequest, QObject *parent)
    : CursorPager(client, firstRequest, parent)
{
    connect(this, &Pager::pageReceived, this, [this](const QJsonArray &items, bool hasMore) {
        Q_EMIT groupsReceived(Group::listFromJson(items), hasMore);
    });
}

GroupRolePager::GroupRolePager(ApiClient *client, const ApiRequest &firstRequest, QObject *parent)
    : CursorPager(client, firstRequest, parent)
{
    connect(this, &Pager::pageReceived, this, [this](const QJsonArray &items, bool hasMore) {
        Q_EMIT assignmentsReceived(GroupRoleAssignment::listFromJson(items), hasMore);
    });
}

GroupService::GroupService(ApiClient *client, QString orgId)
    : m_client(client), m_orgId(std::move(orgId))
{}

QString GroupService::groupsPath(const QString &orgId, const QString &directoryId)
{
    return QStringLiteral("/admin/v2/orgs/%1/directories/%2/groups")
        .arg(orgId, directoryId.isEmpty() ? QStringLiteral("-") : encoded(directoryId));
}

GroupPager *GroupService::search(const GroupQuery &query, QObject *parent) const
{
    const QString path = groupsPath(m_orgId, query.directoryId) + QStringLiteral("/search");
    // A search is a read: safe to send again after a failure.
    return new GroupPager(m_client, ApiRequest::post(path, query.toSearchBody(), true), parent);
}

ApiReply *GroupService::count(const GroupQuery &query, const QObject *context,
                              ApiCallback<int> callback) const
{
    QUrlQuery items;
    if (!query.searchTerm.trimmed().isEmpty())
        items.addQueryItem(QStringLiteral("searchTerm"),
                           QString::fromUtf8(QUrl::toPercentEncoding(query.searchTerm.trimmed())));
    for (const QString &id : query.groupIds)
        items.addQueryItem(QStringLiteral("groupIds"), encoded(id));
    for (const QString &id : query.accountIds)
        items.addQueryItem(QStringLiteral("accountIds"), encoded(id));
    auto parse = [](const QJsonDocument &document) -> std::optional<int> {
        const QJsonValue count = document.object().value(QLatin1String("count"));
        if (!count.isDouble())
            return std::nullopt;
        return count.toInt();
    };
    return deliverTo<int>(
        m_client->send(ApiRequest::get(
            groupsPath(m_orgId, query.directoryId) + QStringLiteral("/count"), items)),
        context, parse, std::move(callback));
}

ApiReply *GroupService::stats(const QString &directoryId, const QObject *context,
                              ApiCallback<GroupStats> callback) const
{
    auto parse = [](const QJsonDocument &document) {
        return GroupStats::fromJson(document.object());
    };
    return deliverTo<GroupStats>(m_client->send(ApiRequest::get(groupsPath(m_orgId, directoryId) +
                                                                QStringLiteral("/stats"))),
                                 context, parse, std::move(callback));
}

ApiReply *GroupService::group(const QString &directoryId, const QString &groupId,
                              const QObject *context, ApiCallback<Group> callback) const
{
    auto parse = [](const QJsonDocument &document) {
        return Group::fromJson(document.object().value(QLatin1String("data")).toObject());
    };
    const QString path = groupsPath(m_orgId, directoryId) + u'/' + encoded(groupId);
    return deliverTo<Group>(m_client->send(ApiRequest::get(path)), context, parse,
                            std::move(callback));
}

ApiReply *GroupService::findByName(const QString &directoryId, const QString &name,
                                   const QObject *context, ApiCallback<Group> callback) const
{
    GroupQuery query;
    query.directoryId = directoryId;
    query.groupNames = {name};
    query.limit = 1;
    const QString path = groupsPath(m_orgId, directoryId) + QStringLiteral("/search");
    ApiReply *reply = m_client->send(ApiRequest::post(path, query.toSearchBody(), true));
    QObject::connect(reply, &ApiReply::finished, context, [reply, name, callback] {
        ApiResult<Group> result;
        if (!reply->ok()) {
            result.error = reply->error();
        } else {
            const QList<Group> groups =
                Group::listFromJson(reply->json().object().value(QLatin1String("data")).toArray());
            if (groups.isEmpty())
                result.error =
                    ApiError(ApiError::Kind::NotFound, 404, QString(),
                             ApiError::tr("No group is named \u201c%1\u201d.").arg(name));
            else
                result.value = groups.first();
        }
        callback(result);
    });
    return reply;
}

void GroupService::create(const QString &directoryId, const QString &name,
                          const QString &description, const QObject *context,
                          ApiCallback<Group> callback) const
{
    QJsonObject body{{QStringLiteral("name"), name}};
    if (!description.isEmpty())
        body.insert(QStringLiteral("description"), description);
    // Not idempotent: a second POST after a lost answer would meet 409 "name exists".
    ApiReply *reply =
        m_client->send(ApiRequest::post(groupsPath(m_orgId, directoryId), body, false));
    // The lookup runs on a copy of this service: the caller's may be gone by then.
    deliverDone(reply, context,
                [client = m_client, orgId = m_orgId, directoryId, name, context,
                 callback](const ApiError &e) {
                    if (e.isError()) {
                        ApiResult<Group> result;
                        result.error = e;
                        callback(result);
                        return;
                    }
                    GroupService(client, orgId).findByName(directoryId, name, context, callback);
                });
}

ApiReply *GroupService::remove(const QString &directoryId, const QString &groupId,
                               const QObject *context,
                               std::function<void(const ApiError &)> callback) const
{
    const QString path = groupsPath(m_orgId, directoryId) + u'/' + encoded(groupId);
    return deliverDone(m_client->send(ApiRequest::del(path)), context, std::move(callback));
}

ApiRequest GroupService::addMemberRequest(const QString &orgId, const QString &directoryId,
                                          const QString &groupId, const QString &accountId)
{
    // Not idempotent: sent again after it took, it answers 409 "already a member" (which the
    // bulk operation counts as done anyway).
    return ApiRequest::post(groupsPath(orgId, directoryId) + u'/' + encoded(groupId) +
                                QStringLiteral("/memberships"),
                            QJsonObject{{QStringLiteral("accountId"), accountId}}, false);
}

ApiRequest GroupService::removeMemberRequest(const QString &orgId, const QString &directoryId,
                                             const QString &groupId, const QString &accountId)
{
    return ApiRequest::del(groupsPath(orgId, directoryId) + u'/' + encoded(groupId) +
                           QStringLiteral("/memberships/") + encoded(accountId));
}

ApiRequest GroupService::membershipCheckRequest(const QString &orgId, const QString &directoryId,
                                                const QString &groupId, const QString &accountId)
{
    const QString path =
        QStringLiteral("/admin/v2/orgs/%1/directories/%2/users/search")
            .arg(orgId, directoryId.isEmpty() ? QStringLiteral("-") : encoded(directoryId));
    const QJsonObject body{{QStringLiteral("accountIds"), QJsonArray{accountId}},
                           {QStringLiteral("groupIds"), QJsonArray{groupId}},
                           {QStringLiteral("limit"), 1}};
    return ApiRequest::post(path, body, true);
}

ApiReply *GroupService::addMember(const QString &directoryId, const QString &groupId,
                                  const QString &accountId, const QObject *context,
                                  std::function<void(const ApiError &)> callback) const
{
    return deliverDone(m_client->send(addMemberRequest(m_orgId, directoryId, groupId, accountId)),
                       context, std::move(callback));
}

ApiReply *GroupService::removeMember(const QString &directoryId, const QString &groupId,
                                     const QString &accountId, const QObject *context,
                                     std::function<void(const ApiError &)> callback) const
{
    return deliverDone(
        m_client->send(removeMemberRequest(m_orgId, directoryId, groupId, accountId)), context,
        std::move(callback));
}

GroupRolePager *GroupService::roleAssignments(const QString &directoryId, const QString &groupId,
                                              QObject *parent) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    const QString path = groupsPath(m_orgId, directoryId) + u'/' + encoded(groupId) +
                         QStringLiteral("/role-assignments");
    return new GroupRolePager(m_client, ApiRequest::get(path, query), parent);
}

ApiReply *GroupService::changeRole(const char *verb, const QString &directoryId,
                                   const QString &groupId, const QString &resourceId,
                                   const QString &roleId, const QObject *context,
                                   std::function<void(const ApiError &)> callback) const
{
    const QString path = groupsPath(m_orgId, directoryId) + u'/' + encoded(groupId) +
                         QStringLiteral("/role-assignments/") + QLatin1String(verb);
    const QJsonObject body{{QStringLiteral("resourceId"), resourceId},
                           {QStringLiteral("roleId"), roleId}};
    // Granting or revoking twice leaves the same state: safe to send again.
    return deliverDone(m_client->send(ApiRequest::post(path, body, true)), context,
                       std::move(callback));
}

ApiReply *GroupService::assignRole(const QString &directoryId, const QString &groupId,
                                   const QString &resourceId, const QString &roleId,
                                   const QObject *context,
                                   std::function<void(const ApiError &)> callback) const
{
    return changeRole("assign", directoryId, groupId, resourceId, roleId, context,
                      std::move(callback));
}

ApiReply *GroupService::revokeRole(const QString &directoryId, const QString &groupId,
                                   const QString &resourceId, const QString &roleId,
                                   const QObject *context,
                                   std::function<void(const ApiError &)> callback) const
{
    return changeRole("revoke", directoryId, groupId, resourceId, roleId, context,
                      std::move(callback));
}
