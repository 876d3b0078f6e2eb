#include "GroupsListing.h"

#include "UserService.h"

#include <QTest>

#include <memory>

namespace GroupsListing {

Groups allGroups(const GroupService &service, const GroupQuery &query, int timeoutMs)
{
    Groups listing;
    bool done = false;
    QObject context;
    std::unique_ptr<GroupPager> pager(service.search(query));
    QObject::connect(pager.get(), &GroupPager::groupsReceived, &context,
                     [&](const QList<Group> &groups, bool hasMore) {
                         listing.items += groups;
                         ++listing.pages;
                         if (hasMore)
                             pager->fetchNext();
                         else
                             done = true;
                     });
    QObject::connect(pager.get(), &Pager::failed, &context, [&](const ApiError &error) {
        listing.error = error;
        done = true;
    });
    pager->fetchNext();
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        listing.error = ApiError::timeout();
    return listing;
}

QList<GroupRoleAssignment> roles(const GroupService &service, const QString &groupId,
                                 ApiError *error)
{
    QList<GroupRoleAssignment> list;
    bool done = false;
    QObject context;
    std::unique_ptr<GroupRolePager> pager(service.roleAssignments(QStringLiteral("-"), groupId));
    QObject::connect(pager.get(), &GroupRolePager::assignmentsReceived, &context,
                     [&](const QList<GroupRoleAssignment> &page, bool hasMore) {
                         list += page;
                         if (hasMore)
                             pager->fetchNext();
                         else
                             done = true;
                     });
    QObject::connect(pager.get(), &Pager::failed, &context, [&](const ApiError &e) {
        if (error)
            *error = e;
        done = true;
    });
    pager->fetchNext();
    if (!QTest::qWaitFor([&] { return done; }, 20000) && error)
        *error = ApiError::timeout();
    return list;
}

QStringList memberIds(const UserService &users, const QString &groupId)
{
    QStringList ids;
    bool done = false;
    QObject context;
    UserQuery query;
    query.groupIds = {groupId};
    std::unique_ptr<UserPager> pager(users.search(query));
    QObject::connect(pager.get(), &UserPager::usersReceived, &context,
                     [&](const QList<DirectoryUser> &page, bool hasMore) {
                         for (const DirectoryUser &user : page)
                             ids.append(user.accountId);
                         if (hasMore)
                             pager->fetchNext();
                         else
                             done = true;
                     });
    QObject::connect(pager.get(), &Pager::failed, &context, [&](const ApiError &) {
        ids = {QStringLiteral("<failed>")};
        done = true;
    });
    pager->fetchNext();
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        return {QStringLiteral("<timeout>")};
    return ids;
}

ApiError
waitDone(const std::function<void(const QObject *, std::function<void(const ApiError &)>)> &call,
         int timeoutMs)
{
    ApiError error = ApiError::timeout();
    bool done = false;
    QObject context;
    call(&context, [&](const ApiError &answer) {
        error = answer;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        return ApiError::timeout();
    return error;
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
