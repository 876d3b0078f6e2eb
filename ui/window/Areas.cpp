#include "Areas.h"

#include "ApiKeysPane.h"
#include "ApiTokensPane.h"
#include "ClassificationPane.h"
#include "DomainsPane.h"
#include "GroupsPane.h"
#include "PoliciesPane.h"
#include "UsersPane.h"

namespace {

template <typename Pane> AreaPane *make(Connection *connection, QWidget *parent)
{
    return new Pane(connection, parent);
}

QIcon themeIcon(const char *name)
{
    return QIcon::fromTheme(QLatin1String(name));
}

} // namespace

QList<AreaDefinition> Areas::all()
{
    return {
        {QStringLiteral("users"), tr("Users"), themeIcon("system-users"), make<UsersPane>},
        {QStringLiteral("groups"), tr("Groups"), themeIcon("user-group-properties"),
         make<GroupsPane>},
        {QStringLiteral("domains"), tr("Domains"), themeIcon("network-server"), make<DomainsPane>},
        {QStringLiteral("policies"), tr("Policies"), themeIcon("security-medium"),
         make<PoliciesPane>},
        {QStringLiteral("classification"), tr("Data classification"), themeIcon("tag"),
         make<ClassificationPane>},
        {QStringLiteral("apiKeys"), tr("Admin API keys"), themeIcon("security-high"),
         make<ApiKeysPane>},
        {QStringLiteral("apiTokens"), tr("User API tokens"), themeIcon("dialog-password"),
         make<ApiTokensPane>},
    };
}

QString Areas::defaultArea()
{
    return QStringLiteral("users");
}
