#pragma once

#include "ApiResult.h"
#include "Group.h"
#include "Pager.h"

class ApiClient;

// Pages through groups/search (P2) and hands out typed groups.
class GroupPager : public CursorPager
{
    Q_OBJECT

public:
    GroupPager(ApiClient *client, const ApiRequest &firstRequest, QObject *parent = nullptr);

Q_SIGNALS:
    void groupsReceived(const QList<Group> &groups, bool hasMore);
};

// Pages through a group's role assignments (P2, GET with cursor).
class GroupRolePager : public CursorPager
{
    Q_OBJECT

public:
    GroupRolePager(ApiClient *client, const ApiRequest &firstRequest, QObject *parent = nullptr);

Q_SIGNALS:
    void assignmentsReceived(const QList<GroupRoleAssignment> &assignments, bool hasMore);
};

// Groups of the org's directories, their members and their roles (CATALOG §1.4). Every call
// takes the directory ("-" or empty: every directory the key can manage).
class GroupService
{
public:
    GroupService(ApiClient *client, QString orgId);

    QString orgId() const { return m_orgId; }

    // POST .../groups/search: a pager the caller owns.
    GroupPager *search(const GroupQuery &query, QObject *parent = nullptr) const;
    // GET .../groups/count with the query's searchTerm, groupIds and accountIds
    ApiReply *count(const GroupQuery &query, const QObject *context,
                    ApiCallback<int> callback) const;
    // GET .../groups/stats
    ApiReply *stats(const QString &directoryId, const QObject *context,
                    ApiCallback<GroupStats> callback) const;
    // GET .../groups/{groupId} (with its counts)
    ApiReply *group(const QString &directoryId, const QString &groupId, const QObject *context,
                    ApiCallback<Group> callback) const;
    // groups/search by groupNames: the group with exactly this name (case-insensitive); a
    // NotFound error when there is none.
    ApiReply *findByName(const QString &directoryId, const QString &name, const QObject *context,
                         ApiCallback<Group> callback) const;
    // POST .../groups answers 201 with no body: the new group is then looked up by its name.
    void create(const QString &directoryId, const QString &name, const QString &description,
                const QObject *context, ApiCallback<Group> callback) const;
    // DELETE .../groups/{groupId}; a refusal (synced, default or admin group) is a Forbidden
    // error with the server's reason.
    ApiReply *remove(const QString &directoryId, const QString &groupId, const QObject *context,
                     std::function<void(const ApiError &)> callback) const;
    ApiReply *addMember(const QString &directoryId, const QString &groupId,
                        const QString &accountId, const QObject *context,
                        std::function<void(const ApiError &)> callback) const;
    ApiReply *removeMember(const QString &directoryId, const QString &groupId,
                           const QString &accountId, const QObject *context,
                           std::function<void(const ApiError &)> callback) const;
    // GET .../groups/{groupId}/role-assignments: a pager the caller owns.
    GroupRolePager *roleAssignments(const QString &directoryId, const QString &groupId,
                                    QObject *parent = nullptr) const;
    // POST .../role-assignments/assign (200, no body) and /revoke (204).
    ApiReply *assignRole(const QString &directoryId, const QString &groupId,
                         const QString &resourceId, const QString &roleId, const QObject *context,
                         std::function<void(const ApiError &)> callback) const;
    ApiReply *revokeRole(const QString &directoryId, const QString &groupId,
                         const QString &resourceId, const QString &roleId, const QObject *context,
                         std::function<void(const ApiError &)> callback) const;

    // The membership changes as requests: bulk jobs send them (GroupOperations).
    static ApiRequest addMemberRequest(const QString &orgId, const QString &directoryId,
                                       const QString &groupId, const QString &accountId);
    static ApiRequest removeMemberRequest(const QString &orgId, const QString &directoryId,
                                          const QString &groupId, const QString &accountId);
    // users/search for one person within one group: a page with them when they are a member.
    static ApiRequest membershipCheckRequest(const QString &orgId, const QString &directoryId,
                                             const QString &groupId, const QString &accountId);

private:
    static QString groupsPath(const QString &orgId, const QString &directoryId);
    ApiReply *changeRole(const char *verb, const QString &directoryId, const QString &groupId,
                         const QString &resourceId, const QString &roleId, const QObject *context,
                         std::function<void(const ApiError &)> callback) const;

    ApiClient *m_client;
    QString m_orgId;
};
