#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One role on a resource and how the person came to hold it (MultiDirectoryRoleAssignment).
struct RoleGrant
{
    QString role;        // "atlassian/user"
    QStringList methods; // "direct", "group_direct", "inferred" (open set)

    bool isDirect() const { return methods.contains(QLatin1String("direct")); }
    bool isViaGroup() const { return methods.contains(QLatin1String("group_direct")); }
    bool isInferred() const { return methods.contains(QLatin1String("inferred")); }
};

// The roles a person holds on one resource (CATALOG §1.3, GET .../users/{accountId}/
// role-assignments, one MultiDirectoryUserRoleAssignment).
struct ResourceRoleAssignment
{
    QString resourceId;          // ARI of a workspace, or of the organization for platform roles
    QString resourceOwner;       // "jira-software", "platform", ...
    QString directoryId;         // empty for platform roles
    QString userDirectoryStatus; // active, suspended, no_membership; empty for platform roles
    QList<RoleGrant> roles;

    // Platform roles (org admin...) belong to no directory.
    bool isPlatform() const { return directoryId.isEmpty(); }

    static std::optional<ResourceRoleAssignment> fromJson(const QJsonObject &object);
    static QList<ResourceRoleAssignment> listFromJson(const QJsonArray &array);
};
