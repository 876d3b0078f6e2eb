#include "GroupSeeder.h"

namespace sandbox {
namespace {

struct GrantSpec
{
    const char *group;
    int product; // Product, or -1 for the organization itself
    const char *role;
    bool isDefault;
};

constexpr GrantSpec grantSpecs[] = {
    {"jira-software-users", JiraSoftware, "atlassian/user", true},
    {"confluence-users", Confluence, "atlassian/user", true},
    {"jira-servicemanagement-users", JiraServiceManagement, "atlassian/user", true},
    {"bitbucket-users", Bitbucket, "atlassian/user", true},
    {"trello-users", Trello, "atlassian/user", true},
    {"loom-users", Loom, "atlassian/user", true},
    {"opsgenie-users", Opsgenie, "atlassian/user", true},
    {"jira-administrators", JiraSoftware, "atlassian/admin", false},
    {"jira-administrators", JiraServiceManagement, "atlassian/admin", false},
    {"org-admins", -1, "atlassian/org-admin", false},
    {"site-admins", JiraSoftware, "atlassian/site-admin", false},
    {"site-admins", Confluence, "atlassian/site-admin", false},
    {"engineering", Bitbucket, "atlassian/user", false},
    {"robotics-rnd", Confluence, "atlassian/user", false},
    {"customer-support", JiraServiceManagement, "atlassian/user", false},
    {"contractor-jira-access", JiraSoftware, "atlassian/user", false},
    {"contractor-confluence-guests", Confluence, "atlassian/guest", false},
    {"okta-synced-engineering", JiraSoftware, "atlassian/user", false},
    {"okta-synced-engineering", Bitbucket, "atlassian/user", false},
    {"okta-synced-research", Confluence, "atlassian/contributor", false},
};

} // namespace

void seedGroupGrants(OrgData &org)
{
    for (const GrantSpec &spec : grantSpecs) {
        for (const Group &group : std::as_const(org.groups)) {
            if (group.name != QLatin1String(spec.group))
                continue;
            const QString resource = spec.product < 0
                                         ? QStringLiteral("ari:cloud:platform::org/") + org.orgId
                                         : org.products.at(spec.product).ari;
            org.groupGrants[group.id].append({resource, QLatin1String(spec.role), spec.isDefault});
        }
    }
}

} // namespace sandbox
