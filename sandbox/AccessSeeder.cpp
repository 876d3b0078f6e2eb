#include "AccessSeeder.h"

#include "OrgSeeder.h"
#include "Timestamps.h"

namespace sandbox {
namespace {

// Department indices in departments(), for access patterns that follow the job.
enum Dept : quint8 {
    Engineering,
    RoboticsRnd,
    Manufacturing,
    Sales,
    CustomerSupport,
    ProductDept,
    Marketing,
    IT,
    Finance,
    People,
    Legal,
    Operations
};

bool isBuilder(quint8 dept)
{
    return dept == Engineering || dept == RoboticsRnd || dept == IT;
}

} // namespace

AccessSeeder::AccessSeeder(const OrgData &org)
{
    auto bit = [&org](const char *name) {
        for (int i = 0; i < org.groups.size(); ++i) {
            if (org.groups.at(i).name == QLatin1String(name))
                return i;
        }
        qFatal("AccessSeeder: no seeded group named %s", name);
    };
    m_groups.contractors = bit("contractors");
    m_groups.contractorJira = bit("contractor-jira-access");
    m_groups.contractorGuests = bit("contractor-confluence-guests");
    m_groups.oktaAll = bit("okta-synced-all");
    m_groups.oktaEngineering = bit("okta-synced-engineering");
    m_groups.oktaSales = bit("okta-synced-sales");
    m_groups.oktaResearch = bit("okta-synced-research");
    m_groups.jiraAdmins = bit("jira-administrators");
    m_groups.orgAdmins = bit("org-admins");
    m_groups.siteAdmins = bit("site-admins");
    m_groups.aiEarlyAccess = bit("ai-early-access");
    const char *productGroups[ProductCount] = {
        "jira-software-users", "confluence-users", "jira-servicemanagement-users",
        "bitbucket-users",     "trello-users",     "loom-users",
        "opsgenie-users"};
    for (int p = 0; p < ProductCount; ++p)
        m_groups.product[p] = bit(productGroups[p]);
    const char *departmentGroups[] = {
        "engineering",      "robotics-rnd", "manufacturing", "sales",
        "customer-support", "product",      "marketing",     "it",
        "finance",          "people",       "legal",         "operations"};
    for (std::size_t d = 0; d < std::size(departmentGroups); ++d)
        m_groups.department[d] = bit(departmentGroups[d]);
}

void AccessSeeder::seed(SeedUser &user, Prng &rng) const
{
    seed(user, rng, Overrides());
}

void AccessSeeder::seed(SeedUser &user, Prng &rng, const Overrides &overrides) const
{
    if (user.status == UserStatus::NotInvited) {
        // No membership in any directory: no product access, roles or groups.
        return;
    }
    seedProducts(user, rng);
    seedRoles(user, rng, overrides);
    seedActivity(user, rng, overrides);
    seedGroups(user);
}

void AccessSeeder::seedProducts(SeedUser &user, Prng &rng) const
{
    const quint8 d = user.department;
    const bool contractor = user.directory == ContractorsDirectory;
    auto grant = [&](Product p, double probability) {
        if (rng.chance(probability))
            user.productMask |= quint16(1u << p);
    };
    grant(JiraSoftware, contractor ? 0.9 : 0.85);
    grant(Confluence, contractor ? 0.7 : 0.8);
    grant(JiraServiceManagement, d == CustomerSupport ? 0.95 : (d == IT ? 0.6 : 0.08));
    grant(Bitbucket, isBuilder(d) ? 0.8 : 0.03);
    grant(Trello, (d == Marketing || d == ProductDept || d == People) ? 0.6 : 0.12);
    grant(Loom, contractor ? 0.2 : 0.45);
    grant(Opsgenie, (d == Engineering || d == IT || d == CustomerSupport) ? 0.25 : 0.0);
    if (user.productMask == 0 && rng.chance(0.7))
        user.productMask |= quint16(1u << Confluence);
}

void AccessSeeder::seedRoles(SeedUser &user, Prng &rng, const Overrides &overrides) const
{
    const bool contractor = user.directory == ContractorsDirectory;
    auto role = [&](Role r) { user.roleMask |= quint16(1u << r); };
    for (int p = 0; p < ProductCount; ++p) {
        if (!user.hasProduct(Product(p)))
            continue;
        switch (Product(p)) {
        case Confluence:
            role(contractor && rng.chance(0.35) ? RoleGuest : RoleUser);
            break;
        case JiraServiceManagement:
            role(user.department == CustomerSupport || user.department == IT ? RoleUser
                                                                             : RoleCustomer);
            break;
        case Trello:
            role(rng.chance(0.3) ? RoleBasic : RoleUser);
            break;
        case Loom:
            role(rng.chance(0.25) ? RoleContributor : RoleUser);
            break;
        case Opsgenie:
            role(rng.chance(0.2) ? RoleStakeholder : RoleUser);
            break;
        default:
            role(RoleUser);
        }
    }
    if (!contractor && user.productMask && rng.chance(0.02))
        role(RoleAdmin);

    if (overrides.platformRoles != Overrides::kRandom) {
        user.roleMask |= quint16(overrides.platformRoles);
        return;
    }
    if (contractor || !user.managed)
        return;
    if (rng.chance(0.0005))
        role(RoleOrgAdmin);
    if (rng.chance(0.002))
        role(RoleSiteAdmin);
    if (rng.chance(0.004))
        role(RoleUserAccessAdmin);
    if (user.status == UserStatus::Active && rng.chance(0.3))
        role(RoleAiAccess);
}

void AccessSeeder::seedActivity(SeedUser &user, Prng &rng, const Overrides &overrides) const
{
    const qint64 now = kSeedReferenceEpoch;
    if (overrides.lastActiveDaysAgo == Overrides::kNever)
        return;
    qint64 base;
    if (overrides.lastActiveDaysAgo >= 0) {
        base = now - overrides.lastActiveDaysAgo * kSecondsPerDay - rng.range(600, 36000);
    } else {
        if (rng.chance(0.06))
            return; // never active anywhere
        const bool gone = user.status != UserStatus::Active;
        const double u = rng.unit();
        qint64 daysAgo;
        if (gone)
            daysAgo = rng.range(30, 548);
        else if (u < 0.6)
            daysAgo = rng.range(0, 14);
        else if (u < 0.8)
            daysAgo = rng.range(15, 90);
        else if (u < 0.92)
            daysAgo = rng.range(91, 365);
        else
            daysAgo = rng.range(366, 548);
        base = now - daysAgo * kSecondsPerDay - rng.range(0, kSecondsPerDay - 1);
    }
    base = qMax(base, user.addedToOrg + rng.range(3600, 3 * kSecondsPerDay));
    base = qMin(base, now - 60);
    bool first = true;
    for (int p = 0; p < ProductCount; ++p) {
        if (!user.hasProduct(Product(p)))
            continue;
        if (!first && rng.chance(0.1))
            continue; // has access, never used this one
        qint64 t = first ? base : base - rng.range(0, 60) * kSecondsPerDay - rng.range(0, 86399);
        t = qMax(t, user.addedToOrg + 60);
        user.lastActive[p] = quint32(qMin(t, now - 60));
        first = false;
    }
    if (user.deactivatedOn) {
        // Nobody works after being deactivated.
        for (quint32 &t : user.lastActive) {
            if (t > user.deactivatedOn)
                t = quint32(user.deactivatedOn - rng.range(3600, 5 * kSecondsPerDay));
            if (t && t < user.addedToOrg)
                t = quint32(user.addedToOrg + 60);
        }
    }
}

void AccessSeeder::join(SeedUser &user, int groupIndex)
{
    user.groupMask |= quint64(1) << groupIndex;
}

void AccessSeeder::seedGroups(SeedUser &user) const
{
    const quint8 d = user.department;
    const GroupBits &g = m_groups;
    if (user.directory == ContractorsDirectory) {
        join(user, g.contractors);
        if (user.hasProduct(JiraSoftware))
            join(user, g.contractorJira);
        if (user.hasRole(RoleGuest))
            join(user, g.contractorGuests);
        return;
    }
    if (user.directory == OktaDirectory) {
        join(user, g.oktaAll);
        if (d == Engineering || d == IT)
            join(user, g.oktaEngineering);
        else if (d == Sales || d == Marketing)
            join(user, g.oktaSales);
        else if (d == RoboticsRnd)
            join(user, g.oktaResearch);
        return;
    }
    for (int p = 0; p < ProductCount; ++p) {
        // JSM customers reach the help center without an agent seat.
        if (user.hasProduct(Product(p)) &&
            !(p == JiraServiceManagement && user.hasRole(RoleCustomer))) {
            join(user, g.product[p]);
        }
    }
    if (user.hasRole(RoleAdmin))
        join(user, g.jiraAdmins);
    if (user.hasRole(RoleOrgAdmin))
        join(user, g.orgAdmins);
    if (user.hasRole(RoleSiteAdmin))
        join(user, g.siteAdmins);
    if (user.hasRole(RoleAiAccess))
        join(user, g.aiEarlyAccess);
    if (d < std::size(g.department))
        join(user, g.department[d]);
}

} // namespace sandbox
