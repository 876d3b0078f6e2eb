#pragma once

#include "ApiExchange.h"
#include "OrgData.h"

#include <QJsonObject>

#include <optional>

namespace sandbox {

// What the group routes say about one group (CATALOG §1.4, MultiDirectoryGroup), from the
// seeded data: counts, whether it may be changed, and its JSON.
namespace groupfacts {

int memberCount(const OrgData &org, int groupIndex); // people not closed, with the group's bit
int resourceCount(const OrgData &org, const Group &group); // distinct resources it has roles on
// Default-access groups of a product (everyone invited gets them) and groups that grant an
// admin role cannot be deleted (ADMIN-403-6 / ADMIN-403-7); synced groups belong to the IdP.
bool isDefaultGroup(const OrgData &org, const Group &group);
bool grantsAdmin(const OrgData &org, const Group &group);
// 403 with the reason when the group cannot be deleted; nothing when it can.
std::optional<ApiResponse> deletionRefusal(const OrgData &org, const Group &group);
// 403 when the group's members or roles cannot be changed (synced from an IdP).
std::optional<ApiResponse> changeRefusal(const Group &group);

// "jira-software" for "ari:cloud:jira-software::site/<id>"; empty when not an ARI.
QString resourceOwner(const QString &ari);

struct CountsWanted
{
    bool users = false;
    bool resources = false;
};
QJsonObject groupJson(const OrgData &org, int groupIndex, CountsWanted counts);

} // namespace groupfacts
} // namespace sandbox
