#pragma once

#include "OrgData.h"
#include "UserCriteria.h"

#include <QHash>

#include <memory>
#include <optional>

namespace sandbox {

// The organization's state on the server thread: the seeded data, indexes to find things by
// id, the stable orders, and a small cache of search results so that paging through 100,000
// users costs one scan per distinct query, not one per page. Not thread-safe by design: only
// the server thread touches it.
class OrgStore
{
public:
    explicit OrgStore(OrgData data);

    const OrgData &data() const { return m_data; }
    // For routes that change the org: call changed() after changing users.
    OrgData &mutableData() { return m_data; }
    bool isOrg(const QString &orgId) const { return orgId == m_data.orgId; }

    // The route's {directoryId}: -1 for "-", the index of a known directory, or nothing.
    std::optional<int> directoryScope(const QString &directoryId) const;
    int directoryIndex(const QString &directoryId) const; // -1 when unknown
    int userIndex(const QString &accountId) const;        // -1 when unknown
    int groupIndex(const QString &groupIdOrAri) const; // accepts "ari:cloud:identity::group/<id>"
    int productByAri(const QString &ari) const;        // Product, or -1

    struct SearchResult
    {
        std::shared_ptr<const QList<int>> indices; // user indices, in the query's order
        quint64 queryHash = 0;                     // what a cursor for these results carries
    };
    SearchResult search(const UserCriteria &query, int scope);
    // The query behind a cursor's hash, for requests that send only a cursor.
    std::optional<UserCriteria> recall(quint64 queryHash) const;
    static quint64 hashOf(const UserCriteria &query, int scope);

    // Adds a person (an invitation's new account) at the end; returns their index. Indexes and
    // the name order follow; cached results are dropped.
    int addUser(SeedUser user);
    // The person with exactly this e-mail address (any case), or -1.
    int userByEmail(const QString &email) const;

    // Call after changing users: drops cached results.
    void changed();
    // Call after adding or removing groups: indexes them again and drops cached results.
    void groupsChanged();

    // Per user, "name\nnickname\nemail" in lowercase, for searchTerm; built on first use.
    const QList<QString> &searchTexts();

private:
    std::shared_ptr<const QList<int>> order(bool byNickname);
    void remember(quint64 hash, const UserCriteria &query);

    OrgData m_data;
    QHash<QString, int> m_userByAccountId;
    QHash<QString, int> m_groupById;
    std::shared_ptr<const QList<int>> m_byName;     // built again on use after addUser()
    std::shared_ptr<const QList<int>> m_byNickname; // built on first use
    QList<QString> m_searchTexts;                   // built on first use

    static constexpr int kCachedResults = 32;
    static constexpr int kRememberedQueries = 4096;
    QHash<quint64, std::shared_ptr<const QList<int>>> m_results;
    QList<quint64> m_resultsAge; // oldest first
    QHash<quint64, UserCriteria> m_queries;
    QList<quint64> m_queriesAge;
};

} // namespace sandbox
