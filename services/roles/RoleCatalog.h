#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The role ids of CATALOG §1.9 with names for people: what the role pickers offer and how a
// role assignment reads. Shared by the roles and the groups areas.
class RoleCatalog
{
    Q_DECLARE_TR_FUNCTIONS(RoleCatalog)

public:
    static inline const QString OrgAdmin = QStringLiteral("atlassian/org-admin");

    // Every role id of the enumeration, in its order.
    static QStringList allRoles();
    // "User", "Admin", "Organization admin"...; an unknown id as it is.
    static QString displayName(const QString &roleId);
    // One sentence on what the role allows, for tooltips; empty for an unknown id.
    static QString description(const QString &roleId);
    // Roles that can be granted on a workspace (every role but org-admin and ai-access).
    static QStringList grantableProductRoles();
    // The grantable roles that make sense on a workspace of this product (its typeKey, e.g.
    // "confluence"): user and admin everywhere, guest on Confluence, customer on Jira Service
    // Management, and so on. Every grantable role when the product is not known.
    static QStringList rolesFor(const QString &typeKey);
    // Roles that are not billed (guest, customer, contributor, basic, stakeholder).
    static bool isBillable(const QString &roleId);
};
