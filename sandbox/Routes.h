#pragma once

#include "ApiExchange.h"

#include <QJsonObject>

#include <memory>
#include <optional>

namespace sandbox {

class OrgStore;
class RoleState;
class Router;

// One function per API family registers its routes; handlers run on the server thread.
void addOrgRoutes(Router &router, OrgStore &store);        // /admin/v1/orgs...
void addDirectoryRoutes(Router &router, OrgStore &store);  // /admin/v2/orgs/{orgId}/directories
void addUserSearchRoutes(Router &router, OrgStore &store); // v2 users search/list/count/stats
void addUserRoutes(Router &router, OrgStore &store);       // v2 user details, v1 users, last-active
void addAvatarRoutes(Router &router, OrgStore &store);     // /sandbox/avatars/<accountId>.svg
void addUserWriteRoutes(Router &router, OrgStore &store);  // suspend, restore, UM manage
void addApiAccessRoutes(Router &router, OrgStore &store);  // api-access keys/tokens, UM tokens
void addGroupRoutes(Router &router, OrgStore &store);      // v2 groups, members, group roles
void addWorkspaceRoutes(Router &router, OrgStore &store);  // POST /admin/v2/orgs/{orgId}/workspaces
void addRoleRoutes(Router &router, OrgStore &store, // user role-assignments, v1 role grant/revoke
                   std::shared_ptr<RoleState> roles);
void addInviteRoutes(Router &router, OrgStore &store, // POST /admin/v2/orgs/{orgId}/users/invite
                     std::shared_ptr<RoleState> roles);
void addDomainRoutes(Router &router, OrgStore &store);         // /admin/v1/orgs/{orgId}/domains
void addClassificationRoutes(Router &router, OrgStore &store); // DLP classification levels
void addPolicyRoutes(Router &router, OrgStore &store); // v1 + Control policies, auth policies

std::shared_ptr<RoleState> makeRoleState(const OrgStore &store);

inline void addAllRoutes(Router &router, OrgStore &store)
{
    addOrgRoutes(router, store);
    addDirectoryRoutes(router, store);
    addUserSearchRoutes(router, store);
    addUserRoutes(router, store);
    addAvatarRoutes(router, store);
    addUserWriteRoutes(router, store);
    addApiAccessRoutes(router, store);
    addGroupRoutes(router, store);
    addWorkspaceRoutes(router, store);
    // Invitations grant roles: both families share who holds which role where.
    const auto roles = makeRoleState(store);
    addRoleRoutes(router, store, roles);
    addInviteRoutes(router, store, roles);
    addDomainRoutes(router, store);
    addClassificationRoutes(router, store);
    addPolicyRoutes(router, store);
}

// Helpers shared by the route files.
namespace routes {

// P2 links: bare cursor tokens for this page, the previous and the next one.
QJsonObject cursorLinks(int offset, int limit, int total, quint64 queryHash);

// The request body as a JSON object; an empty body is an empty object. Nothing when the body
// is not a JSON object.
std::optional<QJsonObject> bodyObject(const ApiRequest &request);

// "limit" from a query string: default when absent; nothing when not an integer in [1, max].
std::optional<int> queryLimit(const ApiRequest &request, int defaultLimit, int max = 100);

} // namespace routes
} // namespace sandbox
