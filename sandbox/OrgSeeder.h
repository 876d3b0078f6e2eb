#pragma once

#include "OrgData.h"

namespace sandbox {

// Builds the whole demo organization from a seed: same seed and user count, same org.
// User i does not depend on how many users follow it, so "user 0 of seed 1" is stable.
OrgData seedOrg(int userCount, quint32 seed);

// The org id seedOrg() will give for this seed, without seeding anything.
QString seededOrgId(quint32 seed);

// Directory indices in OrgData::directories.
enum SeedDirectory : int { MainDirectory = 0, ContractorsDirectory = 1, OktaDirectory = 2 };

} // namespace sandbox
