#include "Areas.h"

#include "ApiKeysPane.h"
#include "ApiTokensPane.h"
#include "AuditLogPane.h"
#include "ClassificationPane.h"
#include "DomainsPane.h"
#include "GroupsPane.h"
#include "Icons.h"
#include "OverviewPane.h"
#include "PoliciesPane.h"
#include "ProvisioningPane.h"
#include "UsersPane.h"

namespace {

template <typename Pane> AreaPane *make(Connection *connection, QWidget *parent)
{
    return new Pane(connection, parent);
}

} // namespace

QList<AreaDefinition> Areas::all()
{
    return {
        {QStringLiteral("overview"), tr("Overview"), Icons::area(QStringLiteral("overview")),
         make<OverviewPane>},
        {QStringLiteral("users"), tr("Users"), Icons::area(QStringLiteral("users")),
         make<UsersPane>},
        {QStringLiteral("groups"), tr("Groups"), Icons::area(QStringLiteral("groups")),
         make<GroupsPane>},
        {QStringLiteral("domains"), tr("Domains"), Icons::area(QStringLiteral("domains")),
         make<DomainsPane>},
        {QStringLiteral("policies"), tr("Policies"), Icons::area(QStringLiteral("policies")),
         make<PoliciesPane>},
        {QStringLiteral("classification"), tr("Data classification"),
         Icons::area(QStringLiteral("classification")), make<ClassificationPane>},
        {QStringLiteral("apiKeys"), tr("Admin API keys"), Icons::area(QStringLiteral("apiKeys")),
         make<ApiKeysPane>},
        {QStringLiteral("apiTokens"), tr("User API tokens"),
         Icons::area(QStringLiteral("apiTokens")), make<ApiTokensPane>},
        {QStringLiteral("audit"), tr("Audit log"), Icons::area(QStringLiteral("audit")),
         make<AuditLogPane>},
        {QStringLiteral("provisioning"), tr("Provisioning"),
         Icons::area(QStringLiteral("provisioning")), make<ProvisioningPane>},
    };
}

QString Areas::defaultArea()
{
    return QStringLiteral("overview");
}
