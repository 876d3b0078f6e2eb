#pragma once

#include "OrgData.h"

#include <QHash>
#include <QList>

#include <array>

namespace sandbox {

// How a role came to a user (MultiDirectoryRoleAssignmentMethod), as bits.
enum RoleMethod : quint8 { MethodInferred = 1, MethodDirect = 2, MethodGroupDirect = 4 };

// One resource a user holds roles on: a workspace (index into OrgData::workspaces) or, for
// platform roles (org-admin, ai-access), the organization itself (workspace -1).
struct ResourceRoles
{
    int workspace = -1;
    QList<std::pair<Role, quint8>> roles; // role and its RoleMethod bits, in Role order
};

// Who holds which role where (CATALOG §1.3, role-assignments). The seeded users' roles are
// derived from their products, roles and groups (SeedUser: the product's "<product>-users"
// group grants by group, else directly; jira-administrators grants admin; site admins are
// admins of the site's products by inference; org-admins and ai-early-access grant the
// platform roles). Changes made through the role routes are kept per user and resource as two
// small bit masks (granted and revoked direct roles) over that derivation.
//
// Eventual consistency: a change to a user's org admin role shows in the listing only
// OrgData::orgAdminDelayMs after it was made, on the sandbox clock (the real service takes up
// to 30 s).
//
// Licence limit: granting a billable role (user or admin) on a workspace with a capacity, to
// someone who holds neither there yet, when that many people already do, is refused (409).
// Whether a workspace's product takes this role (user and admin everywhere, guest on
// Confluence, customer on Jira Service Management...).
bool roleFits(Role role, const Workspace &workspace);

class RoleState
{
public:
    explicit RoleState(const OrgData &org);

    // Every resource the user holds a role on, the organization first, then workspaces in
    // OrgData order; nowMs is the sandbox clock's.
    QList<ResourceRoles> rolesOf(const OrgData &org, int user, qint64 nowMs) const;

    // Direct grants and revocations of product roles on a workspace.
    void grant(int user, int workspace, Role role);
    void revoke(int user, int workspace, Role role);
    // People holding user or admin on the workspace (for its licence limit).
    int seatsTaken(const OrgData &org, int workspace) const;
    bool holdsSeat(const OrgData &org, int user, int workspace) const;
    // Whether granting `role` there needs a seat the workspace no longer has (licence limit).
    bool outOfSeats(const OrgData &org, int user, int workspace, Role role) const;

    // A direct org admin role, granted or revoked now, seen after the delay.
    void setOrgAdmin(const OrgData &org, int user, bool admin, qint64 nowMs);

private:
    struct Override
    {
        quint16 granted = 0; // Role bits
        quint16 revoked = 0;
    };
    struct OrgAdminChange
    {
        bool admin = false;
        bool before = false;
        qint64 visibleAtMs = 0;
    };
    static quint32 key(int user, int workspace)
    {
        return quint32(user) << 8 | quint32(workspace + 1);
    }
    // The seeded roles on one resource, before any override.
    using Methods = std::array<quint8, RoleCount>; // RoleMethod bits by Role
    void seeded(const OrgData &org, const SeedUser &user, int workspace, Methods &roles) const;
    bool directOrgAdmin(const OrgData &org, int user, qint64 nowMs) const;
    bool inGroup(const SeedUser &user, int group) const;

    QHash<quint32, Override> m_overrides;
    QHash<int, OrgAdminChange> m_orgAdmin;
    // Group indices by what they grant, looked up by name once (-1 when absent).
    int m_productGroup[ProductCount];
    int m_jiraAdmins, m_orgAdmins, m_siteAdmins, m_aiAccess, m_contractorJira, m_contractorGuests;
};

} // namespace sandbox
