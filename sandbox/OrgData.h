#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <memory>
#include <optional>

namespace sandbox {

// The seeded organization as plain, compact data. JSON is built from it at response time.

enum class UserStatus : quint8 { Active, Suspended, NotInvited, Deactivated, ForDeletion };
enum class AccountStatus : quint8 { Active, Inactive, Closed };
enum class MembershipStatus : quint8 { Active, Suspended, NoMembership };
enum class ManagementSource : quint8 { Unknown, Invited, Synced };

// Products a user can have access to; the order is the index into SeedUser::lastActive.
enum Product : quint8 {
    JiraSoftware,
    Confluence,
    JiraServiceManagement,
    Bitbucket,
    Trello,
    Loom,
    Opsgenie,
    ProductCount
};

// Roles as bits of SeedUser::roleMask, in the order of the spec's RoleId enumeration.
enum Role : quint8 {
    RoleUser,
    RoleAdmin,
    RoleGuest,
    RoleCustomer,
    RoleUserAccessAdmin,
    RoleContributor,
    RoleBasic,
    RoleStakeholder,
    RoleOrgAdmin,
    RoleSiteAdmin,
    RoleAiAccess,
    RoleCount
};

struct Directory
{
    QString id; // uuid
    QString name;
    QString icon;
};

struct Group
{
    QString id; // uuid
    QString name;
    QString description;
    int directory = 0;
    bool synced = false;
    // Deleted through the API. The slot stays (a group is a bit of SeedUser::groupMask, and
    // other state refers to groups by index); nobody has its bit, no route shows it.
    bool deleted = false;
};

struct ProductSite
{
    Product product;
    QString key;   // v2 product key; also the v1 key unless v1Key is empty
    QString v1Key; // key in the v1 enumeration, empty when v1 has none (Loom)
    QString name;  // "Jira", "Confluence", ...
    QString ari;   // resource ARI, e.g. ari:cloud:jira-software::site/<cloudId>
    QString url;
};

struct SeedUser
{
    QString accountId;
    QString name;
    QString nickname;
    QString email;
    qint64 addedToOrg = 0;                          // epoch seconds (UTC)
    qint64 deactivatedOn = 0;                       // epoch seconds, 0 when never deactivated
    quint64 groupMask = 0;                          // bit i = member of OrgData::groups[i]
    std::array<quint32, ProductCount> lastActive{}; // epoch seconds, 0 = never active
    quint16 productMask = 0;                        // bit p = has access to Product p
    quint16 roleMask = 0;                           // bit r = holds Role r somewhere
    qint8 directory = -1; // index into OrgData::directories, -1 = no directory
    UserStatus status = UserStatus::Active;
    ManagementSource managementSource = ManagementSource::Unknown;
    quint8 department = 0;   // index into departments()
    quint8 jobTitle = 0;     // index into that department's job titles
    quint8 culture = 0;      // index into cultures()
    quint8 place = 0;        // index into that culture's places
    quint8 organization = 0; // index into OrgData::organizations
    bool managed = false;    // claimStatus: managed (e-mail on a claimed domain)
    bool mfaEnabled = false;
    bool emailVerified = true;
    bool contractorTitle = false; // job title reads "Contract <title>"
    bool closed = false;          // deleted for good (its 14-day grace period is over)

    AccountStatus accountStatus() const
    {
        if (closed)
            return AccountStatus::Closed;
        return status == UserStatus::Deactivated || status == UserStatus::ForDeletion
                   ? AccountStatus::Inactive
                   : AccountStatus::Active;
    }
    MembershipStatus membershipStatus() const
    {
        switch (status) {
        case UserStatus::Suspended:
            return MembershipStatus::Suspended;
        case UserStatus::NotInvited:
            return MembershipStatus::NoMembership;
        default:
            return MembershipStatus::Active;
        }
    }
    bool hasProduct(Product p) const { return productMask & (1u << p); }
    bool hasRole(Role r) const { return roleMask & (1u << r); }
    int resourceCount() const { return qPopulationCount(productMask); }
    qint64 lastActiveAnywhere() const
    {
        quint32 latest = 0;
        for (quint32 t : lastActive)
            latest = qMax(latest, t);
        return latest;
    }
};

// A workspace of the org (CATALOG §1.8): a product site, a Bitbucket or Trello workspace. The
// seeded products' sites come first, in Product order; then more that nobody holds a seeded
// role on (WorkspaceSeeder).
struct Workspace
{
    QString ari;     // the workspace id: the resource ARI used in role bodies
    QString name;    // "acme-robotics"
    QString typeKey; // product key: "jira-software", "confluence", ...
    QString type;    // product family: "jira", "confluence", "bitbucket", ...
    QString hostUrl;
    QString status = QStringLiteral("online"); // online | offline | deprecated
    qint64 createdAt = 0;                      // epoch seconds
    int capacity = -1;                         // licensed seats; -1 = no limit
    int product = -1;                          // the seeded Product it hosts, -1 = none
    QList<int> seatHolders;    // users seeded with the user role there (beyond the product sites)
    bool sandboxChild = false; // a sandbox copy of a production site
};

class SandboxClock;
struct InviteControls;
struct PolicyControls;

// A role a group holds on a resource (a workspace ARI); seeded by GroupSeeder, changed through
// the group role-assignment routes.
struct GroupGrant
{
    QString resourceId;     // "ari:cloud:jira-software::site/<cloudId>"
    QString roleId;         // "atlassian/user"
    bool isDefault = false; // the product's default-access group: granted to everyone invited
};

// Groups are bits of SeedUser::groupMask: the sandbox holds at most this many (deleted ones
// count until their slot is needed).
constexpr int kMaxGroups = 64;

// Profile fields changed through User management (PATCH .../manage/profile); the seeded values
// are indices into shared tables, so a changed value is kept here instead.
struct ProfileEdits
{
    std::optional<QString> jobTitle, department, organization, location, timeZone, locale;
};

struct OrgData
{
    QString orgId;
    QString orgName;
    QList<Directory> directories;
    QList<Group> groups;
    QList<ProductSite> products; // indexed by Product
    QStringList organizations;   // values of the "organization" profile field
    QList<SeedUser> users;       // in generation order: index 0 is the first seeded person
    QHash<QString, ProfileEdits> profileEdits;     // by account id
    std::shared_ptr<const SandboxClock> clock;     // "now" for changes; set by the server
    QHash<QString, QList<GroupGrant>> groupGrants; // by group id
    QList<Workspace> workspaces;                   // product sites first, in Product order
    qint64 orgAdminDelayMs = 3000; // how long a granted org admin takes to show (sandbox clock)
    std::shared_ptr<PolicyControls>
        policyControls; // policy apply delay, failures; set by the server
    std::shared_ptr<InviteControls> inviteControls; // accept delay, 402; set by the server
};

} // namespace sandbox
