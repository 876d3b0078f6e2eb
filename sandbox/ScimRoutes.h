#pragma once

#include "ApiExchange.h"

#include <QString>

#include <optional>

namespace sandbox {

class OrgStore;
class Router;
class ScimStore;

// The SCIM 2.0 server (CATALOG §3) at /scim/directory/{directoryId}; the front end has checked
// that the directory exists and that the request carries its SCIM key.
void addScimUserRoutes(Router &router, ScimStore &scim);  // /Users
void addScimGroupRoutes(Router &router, ScimStore &scim); // /Groups
void addScimMetaRoutes(Router &router, ScimStore &scim);  // Schemas, ResourceTypes, ...
// The link-repair routes (CATALOG §3.1, §9.2) under /admin/user-provisioning, org key.
void addScimLinkRoutes(Router &router, ScimStore &scim);

inline void addScimRoutes(Router &router, ScimStore &scim)
{
    addScimUserRoutes(router, scim);
    addScimGroupRoutes(router, scim);
    addScimMetaRoutes(router, scim);
    addScimLinkRoutes(router, scim);
}

namespace scimroutes {

inline const QString kPrefix = QStringLiteral("/scim/directory/");
inline const QString kBase = QStringLiteral("/scim/directory/{directoryId}");

inline bool isScimPath(const QString &path)
{
    return path.startsWith(kPrefix);
}
// The {directoryId} segment of a SCIM path.
inline QString directorySegment(const QString &path)
{
    return path.mid(kPrefix.size()).section(u'/', 0, 0);
}

// The request body as a JSON object, or nothing with the 400 in *failure.
std::optional<QJsonObject> body(const ApiRequest &request, ApiResponse *failure);

} // namespace scimroutes
} // namespace sandbox
