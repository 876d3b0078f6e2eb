#pragma once

#include "Await.h"
#include "GroupService.h"

class UserService;

// Synchronous helpers for tests of the groups area: list every page, wait for one call's
// answer, list a group's members. Each waits (spinning the event loop) for at most `timeoutMs`;
// a wait that runs out gives a timeout error.
namespace GroupsListing {

using Groups = Await::Pages<Group>;

Groups allGroups(const GroupService &service, const GroupQuery &query = {}, int timeoutMs = 20000);
QList<GroupRoleAssignment> roles(const GroupService &service, const QString &groupId,
                                 ApiError *error = nullptr);
// Account ids of the group's members, from users/search by groupIds (every page).
QStringList memberIds(const UserService &users, const QString &groupId);

using Await::wait;
using Await::waitDone;

ApiResult<Group> create(const GroupService &service, const QString &name,
                        const QString &description = QString());
ApiResult<Group> findByName(const GroupService &service, const QString &name);

} // namespace GroupsListing
