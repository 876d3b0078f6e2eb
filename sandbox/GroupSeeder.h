#pragma once

#include "OrgData.h"

namespace sandbox {

// The roles the seeded groups hold (OrgData::groupGrants): the products' default-access groups
// ("jira-software-users": user on Jira, granted to everyone invited), admin groups, and a few
// team groups with a role of their own. Needs the groups and the products seeded first.
void seedGroupGrants(OrgData &org);

} // namespace sandbox
