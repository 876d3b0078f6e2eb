#include "OrgSeeder.h"

#include "GroupSeeder.h"
#include "Ids.h"
#include "PersonSeeder.h"
#include "Prng.h"
#include "WorkspaceSeeder.h"

namespace sandbox {
namespace {

struct GroupSpec
{
    int directory;
    const char *name;
    const char *description;
    bool synced;
};

// Index order matters: PersonSeeder looks groups up by name once and keeps bit positions.
constexpr GroupSpec groupSpecs[] = {
    {MainDirectory, "jira-software-users", "Grants access to Jira", false},
    {MainDirectory, "confluence-users", "Grants access to Confluence", false},
    {MainDirectory, "jira-servicemanagement-users", "Agents of Jira Service Management", false},
    {MainDirectory, "bitbucket-users", "Grants access to Bitbucket", false},
    {MainDirectory, "trello-users", "Grants access to Trello", false},
    {MainDirectory, "loom-users", "Grants access to Loom", false},
    {MainDirectory, "opsgenie-users", "On-call responders in Opsgenie", false},
    {MainDirectory, "jira-administrators", "Grants admin access to Jira", false},
    {MainDirectory, "org-admins", "Organization administrators", false},
    {MainDirectory, "site-admins", "Site administrators of acme-robotics.atlassian.net", false},
    {MainDirectory, "ai-early-access", "People trying Atlassian Intelligence features", false},
    {MainDirectory, "engineering", "Everyone in Engineering", false},
    {MainDirectory, "robotics-rnd", "Robotics research and development", false},
    {MainDirectory, "manufacturing", "Factory floor and supply chain", false},
    {MainDirectory, "sales", "Sales team", false},
    {MainDirectory, "customer-support", "Customer support and success", false},
    {MainDirectory, "product", "Product management and design", false},
    {MainDirectory, "marketing", "Marketing team", false},
    {MainDirectory, "it", "IT and security", false},
    {MainDirectory, "finance", "Finance team", false},
    {MainDirectory, "people", "People team (HR)", false},
    {MainDirectory, "legal", "Legal and compliance", false},
    {MainDirectory, "operations", "Operations and offices", false},
    {ContractorsDirectory, "contractors", "All external contractors", false},
    {ContractorsDirectory, "contractor-jira-access", "Contractors with access to Jira", false},
    {ContractorsDirectory, "contractor-confluence-guests",
     "Contractors invited as Confluence guests", false},
    {OktaDirectory, "okta-synced-all", "Everyone at Acme Labs (synced from Okta)", true},
    {OktaDirectory, "okta-synced-engineering", "Acme Labs engineering (synced from Okta)", true},
    {OktaDirectory, "okta-synced-sales", "Acme Labs sales (synced from Okta)", true},
    {OktaDirectory, "okta-synced-research", "Acme Labs research (synced from Okta)", true},
};

void seedDirectories(OrgData &org, Prng &rng)
{
    const char16_t *names[] = {u"Acme Robotics", u"Contractors", u"Acme Labs (Okta)"};
    const char *icons[] = {"acme-robotics", "contractors", "okta"};
    for (int i = 0; i < 3; ++i) {
        org.directories.append({uuidFrom(rng), QString::fromUtf16(names[i]),
                                QStringLiteral("https://sandbox.orgdesk.invalid/icons/%1.svg")
                                    .arg(QLatin1String(icons[i]))});
    }
}

void seedProducts(OrgData &org, Prng &rng)
{
    const QString cloudId = uuidFrom(rng);
    const QString site = QStringLiteral("https://acme-robotics.atlassian.net");
    auto add = [&](Product p, const char *key, const char *v1Key, const char *name, QString ari,
                   QString url) {
        org.products.append({p, QLatin1String(key), QLatin1String(v1Key), QLatin1String(name),
                             std::move(ari), std::move(url)});
    };
    add(JiraSoftware, "jira-software", "jira-software", "Jira",
        QStringLiteral("ari:cloud:jira-software::site/") + cloudId, site);
    add(Confluence, "confluence", "confluence", "Confluence",
        QStringLiteral("ari:cloud:confluence::site/") + cloudId, site + QStringLiteral("/wiki"));
    add(JiraServiceManagement, "jira-servicedesk", "jira-service-desk", "Jira Service Management",
        QStringLiteral("ari:cloud:jira-servicedesk::site/") + cloudId, site);
    add(Bitbucket, "bitbucket", "bitbucket", "Bitbucket",
        QStringLiteral("ari:cloud:bitbucket::workspace/") + uuidFrom(rng),
        QStringLiteral("https://bitbucket.org/acme-robotics"));
    add(Trello, "trello", "trello", "Trello",
        QStringLiteral("ari:cloud:trello::workspace/") + hexDigits(rng.next(), 16) +
            hexDigits(rng.next(), 8),
        QStringLiteral("https://trello.com/w/acmerobotics"));
    add(Loom, "loom", "", "Loom", QStringLiteral("ari:cloud:loom::site/") + uuidFrom(rng),
        QStringLiteral("https://www.loom.com/"));
    add(Opsgenie, "opsgenie", "opsgenie", "Opsgenie",
        QStringLiteral("ari:cloud:opsgenie::site/") + cloudId,
        QStringLiteral("https://acme-robotics.app.opsgenie.com"));
}

void seedGroups(OrgData &org, Prng &rng)
{
    for (const GroupSpec &spec : groupSpecs) {
        org.groups.append({uuidFrom(rng), QLatin1String(spec.name), QLatin1String(spec.description),
                           spec.directory, spec.synced});
    }
}

} // namespace

static Prng orgStream(quint32 seed)
{
    return Prng(Prng::derive(seed, 0, 0x6f7267)); // "org"
}

QString seededOrgId(quint32 seed)
{
    Prng rng = orgStream(seed);
    return uuidFrom(rng);
}

OrgData seedOrg(int userCount, quint32 seed)
{
    OrgData org;
    Prng rng = orgStream(seed);
    org.orgId = uuidFrom(rng);
    org.orgName = QStringLiteral("Acme Robotics");
    org.organizations = {QStringLiteral("Acme Robotics"), QStringLiteral("Acme Labs"),
                         QStringLiteral("Northwind Consulting"),
                         QStringLiteral("Brightpath Staffing"),
                         QStringLiteral("Independent contractor")};
    seedDirectories(org, rng);
    seedProducts(org, rng);
    seedGroups(org, rng);
    seedGroupGrants(org);
    seedWorkspaces(org, seed);

    PersonSeeder people(org, seed);
    org.users.reserve(qMax(0, userCount));
    for (int i = 0; i < userCount; ++i)
        org.users.append(people.make(quint32(i)));
    return org;
}

} // namespace sandbox
