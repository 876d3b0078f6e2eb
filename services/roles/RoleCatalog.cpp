#include "RoleCatalog.h"

namespace {

struct RoleInfo
{
    const char *id;
    const char *name;
    const char *description;
    bool billable;
};

// clang-format off
const RoleInfo roles[] = {
    {"atlassian/user", QT_TRANSLATE_NOOP("RoleCatalog", "User"),
     QT_TRANSLATE_NOOP("RoleCatalog", "Can use the product, without product admin permissions."), true},
    {"atlassian/admin", QT_TRANSLATE_NOOP("RoleCatalog", "Admin"),
     QT_TRANSLATE_NOOP("RoleCatalog", "Can use the product and administer it."), true},
    {"atlassian/guest", QT_TRANSLATE_NOOP("RoleCatalog", "Guest"),
     QT_TRANSLATE_NOOP("RoleCatalog", "Can only reach the one space they are given (not billed)."), false},
    {"atlassian/customer", QT_TRANSLATE_NOOP("RoleCatalog", "Customer"),
     QT_TRANSLATE_NOOP("RoleCatalog", "Can use the help center and send requests (not billed)."), false},
    {"atlassian/user-access-admin", QT_TRANSLATE_NOOP("RoleCatalog", "User access admin"),
     QT_TRANSLATE_NOOP("RoleCatalog", "No product access; administers users and groups of the product."), true},
    {"atlassian/contributor", QT_TRANSLATE_NOOP("RoleCatalog", "Contributor"),
     QT_TRANSLATE_NOOP("RoleCatalog", "Can view, comment and vote only (not billed)."), false},
    {"atlassian/basic", QT_TRANSLATE_NOOP("RoleCatalog", "Basic"),
     QT_TRANSLATE_NOOP("RoleCatalog", "Limited access to the product (not billed)."), false},
    {"atlassian/stakeholder", QT_TRANSLATE_NOOP("RoleCatalog", "Stakeholder"),
     QT_TRANSLATE_NOOP("RoleCatalog", "Is kept informed of incidents (not billed)."), false},
    {"atlassian/org-admin", QT_TRANSLATE_NOOP("RoleCatalog", "Organization admin"),
     QT_TRANSLATE_NOOP("RoleCatalog", "Administers the whole organization."), false},
    {"atlassian/site-admin", QT_TRANSLATE_NOOP("RoleCatalog", "Site admin"),
     QT_TRANSLATE_NOOP("RoleCatalog", "Administers the site, its products and its users."), false},
    {"atlassian/ai-access", QT_TRANSLATE_NOOP("RoleCatalog", "AI access"),
     QT_TRANSLATE_NOOP("RoleCatalog", "Can use Atlassian Intelligence features."), false},
};
// clang-format on

const RoleInfo *find(const QString &roleId)
{
    for (const RoleInfo &role : roles) {
        if (roleId == QLatin1String(role.id))
            return &role;
    }
    return nullptr;
}

} // namespace

QStringList RoleCatalog::allRoles()
{
    QStringList ids;
    for (const RoleInfo &role : roles)
        ids.append(QLatin1String(role.id));
    return ids;
}

QString RoleCatalog::displayName(const QString &roleId)
{
    const RoleInfo *role = find(roleId);
    return role ? tr(role->name) : roleId;
}

QString RoleCatalog::description(const QString &roleId)
{
    const RoleInfo *role = find(roleId);
    return role ? tr(role->description) : QString();
}

QStringList RoleCatalog::grantableProductRoles()
{
    QStringList ids = allRoles();
    ids.removeAll(OrgAdmin);
    ids.removeAll(QStringLiteral("atlassian/ai-access"));
    return ids;
}

QStringList RoleCatalog::rolesFor(const QString &typeKey)
{
    const QString user = QStringLiteral("atlassian/user");
    const QString admin = QStringLiteral("atlassian/admin");
    const QString uaa = QStringLiteral("atlassian/user-access-admin");
    if (typeKey == QLatin1String("jira-software") || typeKey == QLatin1String("jira-core"))
        return {user, admin, uaa, QStringLiteral("atlassian/site-admin")};
    if (typeKey == QLatin1String("confluence"))
        return {user, QStringLiteral("atlassian/guest"), admin, uaa,
                QStringLiteral("atlassian/site-admin")};
    if (typeKey.startsWith(QLatin1String("jira-service")))
        return {user, QStringLiteral("atlassian/customer"), admin, uaa};
    if (typeKey == QLatin1String("trello"))
        return {user, QStringLiteral("atlassian/basic"), admin};
    if (typeKey == QLatin1String("loom"))
        return {user, QStringLiteral("atlassian/contributor"), admin};
    if (typeKey == QLatin1String("opsgenie"))
        return {user, QStringLiteral("atlassian/stakeholder"), admin};
    if (typeKey == QLatin1String("bitbucket"))
        return {user, admin};
    return grantableProductRoles();
}

bool RoleCatalog::isBillable(const QString &roleId)
{
    const RoleInfo *role = find(roleId);
    return role && role->billable;
}
