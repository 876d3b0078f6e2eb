#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

// A group as the v2 groups API returns it (CATALOG §1.4, MultiDirectoryGroup).
struct Group
{
    QString id;
    QString name;
    QString description;
    QString directoryId;
    QString managedBy; // external, admins, team-members, open (open set)
    bool externalSynced = false;
    bool deletable = true; // managementAccess
    bool modifiable = true;
    int userCount = -1; // counts.users; -1 when not asked for
    int resourceCount = -1;

    // Synced from an identity provider: members and roles change there, not here.
    bool isSynced() const { return externalSynced || managedBy == QLatin1String("external"); }

    static std::optional<Group> fromJson(const QJsonObject &object);
    static QList<Group> listFromJson(const QJsonArray &array);
};

// GET .../groups/stats
struct GroupStats
{
    int all = 0;
    int managed = 0;
    int synced = 0;
    QList<QPair<QString, int>> types; // TEAM, GROUP, USERBASE_GROUP -> count

    static std::optional<GroupStats> fromJson(const QJsonObject &object);
};

// One resource a group holds roles on (GET .../groups/{groupId}/role-assignments).
struct GroupRoleAssignment
{
    QString resourceId; // workspace ARI
    QString resourceOwner;
    QString defaultRole; // empty when none
    QStringList roles;

    static std::optional<GroupRoleAssignment> fromJson(const QJsonObject &object);
    static QList<GroupRoleAssignment> listFromJson(const QJsonArray &array);
};

// The filters of POST .../groups/search.
struct GroupQuery
{
    QString directoryId = QStringLiteral("-");
    QString searchTerm;     // part of the name
    QStringList groupNames; // exact, case-insensitive; not with searchTerm or groupIds
    QStringList groupIds;
    QStringList accountIds;  // groups these people are in
    bool descending = false; // sortBy name
    bool withCounts = true;  // expand counts.users and counts.resources
    int limit = 50;

    QJsonObject toSearchBody() const; // without a cursor
};
