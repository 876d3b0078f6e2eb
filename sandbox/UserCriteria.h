#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace sandbox {

// The filters, order, paging and expansions of a user search, validated against the spec
// (MultiDirectoryUserSearchRequest and the GET list/count parameters).
struct UserCriteria
{
    enum Expand : quint8 {
        ExpandPlatformRoles = 1,
        ExpandCounts = 2,
        ExpandProductAccess = 4,
        ExpandGroups = 8,
    };
    enum class Form { SearchBody, ListQuery, CountQuery };

    QStringList accountIds, directoryIds, resourceIds, groupIds, emailDomains, emails;
    std::optional<bool> mfaEnabled;
    std::optional<bool> managed; // claimStatus
    quint8 statusMask = 0;       // bits of UserStatus; 0 = any
    quint8 accountStatusMask = 0;
    quint8 membershipMask = 0;
    quint16 roleMask = 0;
    QString searchTerm;
    bool sortByNickname = false; // else by name (the default order)
    bool descending = false;

    QString cursor;
    std::optional<int> limit;
    quint8 expand = 0;

    // Parses and validates; on failure returns nothing and says why in *error.
    static std::optional<UserCriteria> fromJson(const QJsonObject &object, Form form,
                                                QString *error);
    // The GET forms: repeated keys for arrays ("status=active&status=suspended").
    static std::optional<UserCriteria> fromUrlQuery(const QUrlQuery &query, Form form,
                                                    QString *error);

    // Filters and order only, normalised: equal queries give equal JSON. What cursors remember.
    QJsonObject filterJson() const;
    bool hasFilterOrSort() const { return !filterJson().isEmpty(); }
};

} // namespace sandbox
