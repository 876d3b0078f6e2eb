#pragma once

#include "GroupService.h"

#include <QTest>

#include <functional>

class UserService;

// Synchronous helpers for tests of the groups area: list every page, wait for one call's
// answer, list a group's members. Each waits (spinning the event loop) for at most `timeoutMs`;
// a wait that runs out gives a timeout error.
namespace GroupsListing {

struct Groups
{
    QList<Group> items;
    int pages = 0;
    ApiError error;
};

Groups allGroups(const GroupService &service, const GroupQuery &query = {}, int timeoutMs = 20000);
QList<GroupRoleAssignment> roles(const GroupService &service, const QString &groupId,
                                 ApiError *error = nullptr);
// Account ids of the group's members, from users/search by groupIds (every page).
QStringList memberIds(const UserService &users, const QString &groupId);

// Runs `call` with a context and a callback, and waits for the callback.
template <typename T>
ApiResult<T> wait(const std::function<void(const QObject *, ApiCallback<T>)> &call,
                  int timeoutMs = 20000);
ApiError
waitDone(const std::function<void(const QObject *, std::function<void(const ApiError &)>)> &call,
         int timeoutMs = 20000);

ApiResult<Group> create(const GroupService &service, const QString &name,
                        const QString &description = QString());
ApiResult<Group> findByName(const GroupService &service, const QString &name);

} // namespace GroupsListing

template <typename T>
ApiResult<T> GroupsListing::wait(const std::function<void(const QObject *, ApiCallback<T>)> &call,
                                 int timeoutMs)
{
    ApiResult<T> result;
    bool done = false;
    QObject context;
    call(&context, [&](const ApiResult<T> &answer) {
        result = answer;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        result.error = ApiError::timeout();
    return result;
}
