#pragma once

#include "ApiResult.h"
#include "Pager.h"
#include "RoleAssignment.h"

class ApiClient;

// Pages through a user's role assignments (P2) and hands out typed ones.
class RoleAssignmentPager : public CursorPager
{
    Q_OBJECT

public:
    RoleAssignmentPager(ApiClient *client, const ApiRequest &firstRequest,
                        QObject *parent = nullptr);

Q_SIGNALS:
    void assignmentsReceived(const QList<ResourceRoleAssignment> &assignments, bool hasMore);
};

// Filters of GET .../role-assignments; empty lists filter nothing.
struct RoleAssignmentFilter
{
    QStringList directoryIds, resourceOwners, resourceIds, roleIds;
    int limit = 100;
};

// A person's roles (CATALOG §1.3): list them; grant and revoke product roles on a workspace;
// make someone an org admin or stop them being one. Role changes can take up to 30 seconds to
// show in the listing.
class RoleService
{
public:
    RoleService(ApiClient *client, QString orgId);

    // GET /v2/orgs/{orgId}/directories/{directoryId}/users/{accountId}/role-assignments: a pager
    // the caller owns. An empty directoryId means every directory ("-").
    RoleAssignmentPager *userRoles(const QString &accountId, const QString &directoryId = {},
                                   const RoleAssignmentFilter &filter = {},
                                   QObject *parent = nullptr) const;
    // POST /v1/orgs/{orgId}/users/{userId}/roles/assign|revoke {role, resource}
    ApiReply *assignRole(const QString &accountId, const QString &role, const QString &resource,
                         const QObject *context,
                         std::function<void(const ApiError &)> callback) const;
    ApiReply *revokeRole(const QString &accountId, const QString &role, const QString &resource,
                         const QObject *context,
                         std::function<void(const ApiError &)> callback) const;
    // POST /v1/orgs/{orgId}/users/{userId}/role-assignments/assign|revoke {role: org-admin}
    ApiReply *grantOrgAdmin(const QString &accountId, const QObject *context,
                            std::function<void(const ApiError &)> callback) const;
    ApiReply *revokeOrgAdmin(const QString &accountId, const QObject *context,
                             std::function<void(const ApiError &)> callback) const;

    // The requests, for bulk jobs.
    static ApiRequest roleRequest(const QString &orgId, const QString &accountId, bool assign,
                                  const QString &role, const QString &resource);
    static ApiRequest orgAdminRequest(const QString &orgId, const QString &accountId, bool assign);
    // A refused role change in words (licence limit, a role the workspace does not take...).
    static QString refusalInWords(const ApiError &error);

private:
    ApiClient *m_client;
    QString m_orgId;
};
