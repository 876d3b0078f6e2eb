#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// The filters of POST /v2/orgs/{orgId}/directories/{directoryId}/users/search (CATALOG §1.3).
struct UserQuery
{
    QString directoryId = QStringLiteral("-"); // "-": every directory the key can manage
    QString searchTerm;                        // fuzzy on name and e-mail
    QStringList emails;                        // exact; cannot go with searchTerm
    QStringList accountIds;
    QStringList directoryIds;
    QStringList groupIds;
    QStringList roleIds;
    QStringList resourceIds;
    QStringList statuses;        // active, suspended, not_invited, deactivated, for_deletion
    QStringList accountStatuses; // active, inactive, closed
    QStringList membershipStatuses;
    QStringList emailDomains;
    std::optional<bool> mfaEnabled;
    QString claimStatus; // managed, unmanaged
    QStringList expand = {QStringLiteral("productAccess")};
    bool sortDescending = false; // sortBy nick_name
    int limit = 100;

    // The search body, without a cursor.
    QJsonObject toSearchBody() const;
    // The same filters as query items, for the count route.
    QList<QPair<QString, QString>> toQueryItems() const;
    bool operator==(const UserQuery &other) const = default;
};
