#include "GroupsListing.h"

#include "UserService.h"

#include <QTest>

#include <memory>

namespace GroupsListing {

Groups allGroups(const GroupService &service, const GroupQuery &query, int timeoutMs)
{
    std::unique_ptr<GroupPager> pager(service.search(query));
    return Await::allPages(pager.get(), &GroupPager::groupsReceived, timeoutMs);
}

QList<GroupRoleAssignment> roles(const GroupService &service, const QString &groupId,
                                 ApiError *error)
{
    std::unique_ptr<GroupRolePager> pager(service.roleAssignments(QStringLiteral("-"), groupId));
    const auto listing = Await::allPages(pager.get(), &GroupRolePager::assignmentsReceived);
    if (error)
        *error = listing.error;
    return listing.items;
}

QStringList memberIds(const UserService &users, const QString &groupId)
{
    UserQuery query;
    query.groupIds = {groupId};
    std::unique_ptr<UserPager> pager(users.search(query));
    const auto listing = Await::allPages(pager.get(), &UserPager::usersReceived);
    if (listing.error.kind() == ApiError::Kind::Timeout)
        return {QStringLiteral("<timeout>")};
    if (listing.error.isError())
        return {QStringLiteral("<failed>")};
    QStringList ids;
    for (const DirectoryUser &user : listing.items)
        ids.append(user.accountId);
    return ids;
}

ApiResult<Group> create(const GroupService &service, const QString &name,
                        const QString &description)
{
    return wait<Group>([&](const QObject *context, ApiCallback<Group> callback) {
        service.create(QStringLiteral("-"), name, description, context, callback);
    });
}

ApiResult<Group> findByName(const GroupService &service, const QString &name)
{
    return wait<Group>([&](const QObject *context, ApiCallback<Group> callback) {
        service.findByName(QStringLiteral("-"), name, context, callback);
    });
}

} // namespace GroupsListing
