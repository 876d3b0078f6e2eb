#pragma once

#include "OrgData.h"
#include "Prng.h"

namespace sandbox {

// Seeds what a person can reach: products with their last-active times, roles (product and
// platform), and group memberships that agree with both.
class AccessSeeder
{
public:
    struct Overrides
    {
        int lastActiveDaysAgo = kRandom; // kNever: never active anywhere
        int platformRoles = kRandom;     // else a mask of Role bits (org-admin, site-admin, ...)
        static constexpr int kRandom = -2;
        static constexpr int kNever = -1;
    };

    explicit AccessSeeder(const OrgData &org);

    // Needs status, directory, department, managed and addedToOrg already set.
    void seed(SeedUser &user, Prng &rng, const Overrides &overrides) const;
    void seed(SeedUser &user, Prng &rng) const;

private:
    void seedProducts(SeedUser &user, Prng &rng) const;
    void seedRoles(SeedUser &user, Prng &rng, const Overrides &overrides) const;
    void seedActivity(SeedUser &user, Prng &rng, const Overrides &overrides) const;
    void seedGroups(SeedUser &user) const;
    static void join(SeedUser &user, int groupIndex);

    // Bit positions of the seeded groups, looked up by name once.
    struct GroupBits
    {
        int contractors, contractorJira, contractorGuests;
        int oktaAll, oktaEngineering, oktaSales, oktaResearch;
        int jiraAdmins, orgAdmins, siteAdmins, aiEarlyAccess;
        int product[ProductCount];
        int department[12];
    } m_groups;
};

} // namespace sandbox
