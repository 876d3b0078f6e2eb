#pragma once

#include "ApiExchange.h"

#include <QString>

#include <optional>

namespace sandbox {

class OrgStore;
class Router;

// Shared by the group route files (CATALOG §1.4).
namespace grouproutes {

inline QString groupsPath()
{
    return QStringLiteral("/admin/v2/orgs/{orgId}/directories/{directoryId}/groups");
}

// Resolves {orgId} and {directoryId} (param 0 and 1): the directory's index, -1 for "-", or the
// 404 to answer in *failure.
std::optional<int> scope(const OrgStore &store, const ApiRequest &request, ApiResponse *failure);
// Also resolves {groupId} (param 2) within that scope: the group's index, or the 404.
std::optional<int> group(const OrgStore &store, const ApiRequest &request, ApiResponse *failure);

} // namespace grouproutes

void addGroupWriteRoutes(Router &router, OrgStore &store); // create, delete, members, roles
} // namespace sandbox
