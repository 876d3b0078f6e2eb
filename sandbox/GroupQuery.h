#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace sandbox {

class OrgStore;

// The filters of groups/search (body) and of the GET list and count (query string), CATALOG
// §1.4: which groups, in which order, and which counts to add.
struct GroupQuery
{
    enum class Form { SearchBody, ListQuery, CountQuery };

    QStringList accountIds, directoryIds, roleIds, resourceOwners, resourceIds, groupIds,
        groupNames;
    QString searchTerm;
    bool descending = false;
    bool countUsers = false, countResources = false;
    std::optional<int> limit;
    QString cursor;

    // Nothing, with the problem in *error, when the request breaks the spec's rules (item
    // limits, groupNames with searchTerm or groupIds, an unknown sort field or expand value).
    static std::optional<GroupQuery> fromJson(const QJsonObject &body, Form form, QString *error);
    static std::optional<GroupQuery> fromUrlQuery(const QUrlQuery &query, Form form,
                                                  QString *error);

    bool hasFilterOrSort() const;
    // The filters and order as one value, for the cursor's hash (no limit, cursor, counts).
    quint64 hash(int scope) const;

    // Indices into OrgData::groups that match, in name order (descending when asked). `scope`
    // is the route's directory: -1 for every directory.
    QList<int> matching(const OrgStore &store, int scope) const;
};

} // namespace sandbox
