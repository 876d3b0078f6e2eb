#include "RoleState.h"

namespace sandbox {
namespace {

int groupNamed(const OrgData &org, const char *name)
{
    for (int g = 0; g < org.groups.size(); ++g) {
        if (org.groups.at(g).name == QLatin1String(name))
            return g;
    }
    return -1;
}

// The role a seeded user with access to product p holds there: AccessSeeder gives each product
// one role, and the non-billable ones (guest, customer, ...) only ever on one product.
Role productRole(const SeedUser &user, Product p)
{
    switch (p) {
    case Confluence:
        return user.hasRole(RoleGuest) ? RoleGuest : RoleUser;
    case JiraServiceManagement:
        return user.hasRole(RoleCustomer) ? RoleCustomer : RoleUser;
    case Trello:
        return user.hasRole(RoleBasic) ? RoleBasic : RoleUser;
    case Loom:
        return user.hasRole(RoleContributor) ? RoleContributor : RoleUser;
    case Opsgenie:
        return user.hasRole(RoleStakeholder) ? RoleStakeholder : RoleUser;
    default:
        return RoleUser;
    }
}

// Products on the same site as Jira (one cloud id): what a site admin administers.
bool onTheSite(int product)
{
    return product == JiraSoftware || product == Confluence || product == JiraServiceManagement ||
           product == Opsgenie;
}

constexpr quint16 bit(Role r)
{
    return quint16(1u << r);
}

} // namespace

// The product roles each kind of workspace takes (by typeKey).
bool roleFits(Role role, const Workspace &workspace)
{
    switch (role) {
    case RoleUser:
    case RoleAdmin:
        return true;
    case RoleUserAccessAdmin:
        return workspace.type == QLatin1String("jira") ||
               workspace.typeKey == QLatin1String("confluence");
    case RoleSiteAdmin:
        return workspace.typeKey == QLatin1String("jira-software") ||
               workspace.typeKey == QLatin1String("confluence");
    case RoleGuest:
        return workspace.typeKey == QLatin1String("confluence");
    case RoleCustomer:
        return workspace.typeKey.startsWith(QLatin1String("jira-service"));
    case RoleBasic:
        return workspace.typeKey == QLatin1String("trello");
    case RoleContributor:
        return workspace.typeKey == QLatin1String("loom");
    case RoleStakeholder:
        return workspace.typeKey == QLatin1String("opsgenie");
    default:
        return false;
    }
}

RoleState::RoleState(const OrgData &org)
{
    const char *productGroups[ProductCount] = {
        "jira-software-users", "confluence-users", "jira-servicemanagement-users",
        "bitbucket-users",     "trello-users",     "loom-users",
        "opsgenie-users"};
    for (int p = 0; p < ProductCount; ++p)
        m_productGroup[p] = groupNamed(org, productGroups[p]);
    m_jiraAdmins = groupNamed(org, "jira-administrators");
    m_orgAdmins = groupNamed(org, "org-admins");
    m_siteAdmins = groupNamed(org, "site-admins");
    m_aiAccess = groupNamed(org, "ai-early-access");
    m_contractorJira = groupNamed(org, "contractor-jira-access");
    m_contractorGuests = groupNamed(org, "contractor-confluence-guests");
    for (int w = 0; w < org.workspaces.size(); ++w) {
        for (int user : org.workspaces.at(w).seatHolders) {
            if (user < org.users.size())
                m_overrides[key(user, w)].granted |= bit(RoleUser);
        }
    }
}

bool RoleState::inGroup(const SeedUser &user, int group) const
{
    return group >= 0 && (user.groupMask & (quint64(1) << group));
}

void RoleState::seeded(const OrgData &org, const SeedUser &user, int workspace,
                       Methods &roles) const
{
    auto byGroupOr = [&](int group) {
        return inGroup(user, group) ? MethodGroupDirect : MethodDirect;
    };
    if (workspace < 0) {
        if (user.hasRole(RoleAiAccess))
            roles[RoleAiAccess] |= byGroupOr(m_aiAccess);
        if (user.hasRole(RoleOrgAdmin) && inGroup(user, m_orgAdmins))
            roles[RoleOrgAdmin] |= MethodGroupDirect; // the direct one is kept apart (delay)
        return;
    }
    const int p = org.workspaces.at(workspace).product;
    if (p < 0)
        return; // workspaces beyond the product sites hold no seeded roles
    const Product product = Product(p);
    if (user.hasProduct(product)) {
        const Role role = productRole(user, product);
        int group = m_productGroup[p];
        if (product == JiraSoftware && inGroup(user, m_contractorJira))
            group = m_contractorJira;
        if (product == Confluence && role == RoleGuest)
            group = m_contractorGuests;
        roles[role] |= byGroupOr(group);
    }
    if (user.hasRole(RoleAdmin) && product == JiraSoftware)
        roles[RoleAdmin] |= byGroupOr(m_jiraAdmins);
    if (user.hasRole(RoleUserAccessAdmin) && product == JiraSoftware)
        roles[RoleUserAccessAdmin] |= MethodDirect;
    if (user.hasRole(RoleSiteAdmin)) {
        if (product == JiraSoftware)
            roles[RoleSiteAdmin] |= byGroupOr(m_siteAdmins);
        if (onTheSite(p))
            roles[RoleAdmin] |= MethodInferred;
    }
}

bool RoleState::directOrgAdmin(const OrgData &org, int user, qint64 nowMs) const
{
    const SeedUser &u = org.users.at(user);
    const bool seededDirect = u.hasRole(RoleOrgAdmin) && !inGroup(u, m_orgAdmins);
    const auto change = m_orgAdmin.constFind(user);
    if (change == m_orgAdmin.constEnd())
        return seededDirect;
    return nowMs >= change->visibleAtMs ? change->admin : change->before;
}

QList<ResourceRoles> RoleState::rolesOf(const OrgData &org, int user, qint64 nowMs) const
{
    const SeedUser &u = org.users.at(user);
    QList<ResourceRoles> result;
    for (int w = -1; w < org.workspaces.size(); ++w) {
        Methods roles{};
        seeded(org, u, w, roles);
        if (w < 0) {
            if (directOrgAdmin(org, user, nowMs))
                roles[RoleOrgAdmin] |= MethodDirect;
        } else if (const auto o = m_overrides.constFind(key(user, w));
                   o != m_overrides.constEnd()) {
            for (int r = 0; r < RoleCount; ++r) {
                if (o->revoked & bit(Role(r)))
                    roles[r] &= quint8(~MethodDirect);
                if (o->granted & bit(Role(r)))
                    roles[r] |= MethodDirect;
            }
        }
        ResourceRoles entry;
        entry.workspace = w;
        for (int r = 0; r < RoleCount; ++r) {
            if (roles[r])
                entry.roles.append({Role(r), roles[r]});
        }
        if (!entry.roles.isEmpty())
            result.append(entry);
    }
    return result;
}

void RoleState::grant(int user, int workspace, Role role)
{
    Override &o = m_overrides[key(user, workspace)];
    o.granted |= bit(role);
    o.revoked &= quint16(~bit(role));
}

void RoleState::revoke(int user, int workspace, Role role)
{
    Override &o = m_overrides[key(user, workspace)];
    o.revoked |= bit(role);
    o.granted &= quint16(~bit(role));
}

bool RoleState::holdsSeat(const OrgData &org, int user, int workspace) const
{
    Methods roles{};
    seeded(org, org.users.at(user), workspace, roles);
    quint16 held = 0;
    for (int r = 0; r < RoleCount; ++r) {
        if (roles[r])
            held |= bit(Role(r));
    }
    const Override o = m_overrides.value(key(user, workspace));
    held = (held | o.granted) & quint16(~o.revoked);
    return held & (bit(RoleUser) | bit(RoleAdmin));
}

int RoleState::seatsTaken(const OrgData &org, int workspace) const
{
    int seats = 0;
    if (org.workspaces.at(workspace).product >= 0) {
        for (int u = 0; u < org.users.size(); ++u)
            seats += holdsSeat(org, u, workspace);
        return seats;
    }
    // Nobody holds a seeded role there: only the overrides count.
    for (auto it = m_overrides.begin(); it != m_overrides.end(); ++it) {
        if (int(it.key() & 0xff) - 1 == workspace)
            seats += holdsSeat(org, int(it.key() >> 8), workspace);
    }
    return seats;
}

bool RoleState::outOfSeats(const OrgData &org, int user, int workspace, Role role) const
{
    const Workspace &target = org.workspaces.at(workspace);
    const bool billable = role == RoleUser || role == RoleAdmin;
    return billable && target.capacity >= 0 && !holdsSeat(org, user, workspace) &&
           seatsTaken(org, workspace) >= target.capacity;
}

void RoleState::setOrgAdmin(const OrgData &org, int user, bool admin, qint64 nowMs)
{
    const bool before = directOrgAdmin(org, user, nowMs);
    m_orgAdmin.insert(user, {admin, before, nowMs + qMax<qint64>(0, org.orgAdminDelayMs)});
}

} // namespace sandbox
