#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class StringPool;

struct ProductAccess
{
    QString key;          // "jira-software", "confluence"... (open set)
    QString id;           // site ARI
    QDateTime lastActive; // invalid: never active
};

struct GroupRef
{
    QString id;
    QString name;
};

// A person as the v2 directory users API returns them. Enumerated fields stay strings: new
// statuses and roles appear often, and an unknown one must still show.
struct DirectoryUser
{
    QString accountId;
    QString accountType;
    QString status;           // active, suspended, not_invited, deactivated, for_deletion
    QString accountStatus;    // active, inactive, closed
    QString membershipStatus; // active, suspended, no_membership
    QString name;
    QString nickname;
    QString email;
    bool emailVerified = false;
    QString claimStatus;      // managed, unmanaged
    QString managementSource; // invited, synced, or empty
    std::optional<bool> mfaEnabled;
    QString jobTitle;
    QString department;
    QString organization;
    QString location;
    QString timeZone;
    QDateTime addedToOrg;
    QDateTime deactivatedOn;
    QStringList platformRoles;
    int resourceCount = -1;
    QList<ProductAccess> productAccess;
    QList<GroupRef> groups;

    // The latest activity over all products; invalid when never active.
    QDateTime lastActive() const;

    static std::optional<DirectoryUser> fromJson(const QJsonObject &object,
                                                 StringPool *pool = nullptr);
    static QList<DirectoryUser> listFromJson(const QJsonArray &array, StringPool *pool = nullptr);
};

// GET /v1/orgs/{orgId}/directory/users/{accountId}/last-active-dates
struct LastActiveDates
{
    struct Product
    {
        QString id;
        QString key;
        QDateTime lastActive;
    };
    QList<Product> products;
    QDateTime addedToOrg;

    static std::optional<LastActiveDates> fromJson(const QJsonObject &data);
};

// GET .../users/stats
struct UserStats
{
    QList<QPair<QString, int>> roles;
    QList<QPair<QString, int>> accountStatuses;

    static std::optional<UserStats> fromJson(const QJsonObject &object);
};
