#include "RoleService.h"

#include "ApiClient.h"
#include "RoleCatalog.h"

#include <QCoreApplication>

RoleAssignmentPager::RoleAssignmentPager(ApiClient *client, const ApiRequest &firstRequest,
                                         QObject *parent)
    : CursorPager(client, firstRequest, parent)
{
    connect(this, &Pager::pageReceived, this, [this](const QJsonArray &items, bool hasMore) {
        Q_EMIT assignmentsReceived(ResourceRoleAssignment::listFromJson(items), hasMore);
    });
}

RoleService::RoleService(ApiClient *client, QString orgId)
    : m_client(client), m_orgId(std::move(orgId))
{}

RoleAssignmentPager *RoleService::userRoles(const QString &accountId, const QString &directoryId,
                                            const RoleAssignmentFilter &filter,
                                            QObject *parent) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(qBound(1, filter.limit, 100)));
    auto add = [&query](const char *key, const QStringList &values) {
        for (const QString &value : values)
            query.addQueryItem(QLatin1String(key),
                               QString::fromUtf8(QUrl::toPercentEncoding(value)));
    };
    add("directoryIds", filter.directoryIds);
    add("resourceOwners", filter.resourceOwners);
    add("resourceIds", filter.resourceIds);
    add("roleIds", filter.roleIds);
    const QString path =
        QStringLiteral("/admin/v2/orgs/%1/directories/%2/users/%3/role-assignments")
            .arg(m_orgId, directoryId.isEmpty() ? QStringLiteral("-") : directoryId, accountId);
    return new RoleAssignmentPager(m_client, ApiRequest::get(path, query), parent);
}

ApiRequest RoleService::roleRequest(const QString &orgId, const QString &accountId, bool assign,
                                    const QString &role, const QString &resource)
{
    QJsonObject body{{QStringLiteral("role"), role}};
    if (!resource.isEmpty())
        body.insert(QStringLiteral("resource"), resource);
    const QString path =
        QStringLiteral("/admin/v1/orgs/%1/users/%2/roles/%3")
            .arg(orgId, accountId, assign ? QStringLiteral("assign") : QStringLiteral("revoke"));
    // Granting a role that is held already changes nothing: safe to send again.
    return ApiRequest::post(path, body, true);
}

ApiRequest RoleService::orgAdminRequest(const QString &orgId, const QString &accountId, bool assign)
{
    const QString path =
        QStringLiteral("/admin/v1/orgs/%1/users/%2/role-assignments/%3")
            .arg(orgId, accountId, assign ? QStringLiteral("assign") : QStringLiteral("revoke"));
    return ApiRequest::post(path, QJsonObject{{QStringLiteral("role"), RoleCatalog::OrgAdmin}},
                            true);
}

ApiReply *RoleService::assignRole(const QString &accountId, const QString &role,
                                  const QString &resource, const QObject *context,
                                  std::function<void(const ApiError &)> callback) const
{
    return deliverDone(m_client->send(roleRequest(m_orgId, accountId, true, role, resource)),
                       context, std::move(callback));
}

ApiReply *RoleService::revokeRole(const QString &accountId, const QString &role,
                                  const QString &resource, const QObject *context,
                                  std::function<void(const ApiError &)> callback) const
{
    return deliverDone(m_client->send(roleRequest(m_orgId, accountId, false, role, resource)),
                       context, std::move(callback));
}

ApiReply *RoleService::grantOrgAdmin(const QString &accountId, const QObject *context,
                                     std::function<void(const ApiError &)> callback) const
{
    return deliverDone(m_client->send(orgAdminRequest(m_orgId, accountId, true)), context,
                       std::move(callback));
}

ApiReply *RoleService::revokeOrgAdmin(const QString &accountId, const QObject *context,
                                      std::function<void(const ApiError &)> callback) const
{
    return deliverDone(m_client->send(orgAdminRequest(m_orgId, accountId, false)), context,
                       std::move(callback));
}

QString RoleService::refusalInWords(const ApiError &error)
{
    const QString code = error.serverCode();
    const char *context = "RoleService";
    if (code == QLatin1String("ADMIN-409-3") || code == QLatin1String("ADMIN-400-32")) {
        return QCoreApplication::translate(context, "No licence is left on that workspace: free "
                                                    "a seat or buy more, then try again.");
    }
    if (code == QLatin1String("ADMIN-400-4")) {
        const QString detail = error.serverMessage();
        return detail.isEmpty() ? QCoreApplication::translate(
                                      context, "That role cannot be granted on that workspace.")
                                : QCoreApplication::translate(context, "Refused: %1").arg(detail);
    }
    if (code == QLatin1String("ADMIN-404-1"))
        return QCoreApplication::translate(context, "That workspace no longer exists.");
    if (code == QLatin1String("ADMIN-404-8"))
        return QCoreApplication::translate(context, "No such person (they may have been removed).");
    return error.userMessage();
}
