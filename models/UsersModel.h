#pragma once

#include "CachedStoreReader.h"
#include "PagedTableModel.h"
#include "UserQuery.h"
#include "UserStore.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <vector>

class DirectoryCacheWriter;
class ParallelUserListing;
class UserPager;
class UserRowMatch;
class UserService;
template <typename T> class QFutureWatcher;

// The people of an organization's directories, one page at a time from users/search, kept in a
// compact UserStore. setQuery() starts over and drops whatever the previous query still had in
// flight. The name column is sorted by the server; the others by a proxy over the loaded rows.
//
// With the directory cache on (setCache), a query for the whole directory (or one that the rows
// can answer: UserRowMatch) shows every person kept on this computer at once, then refreshes
// them from the server in the background: changed people are updated in place (dataChanged),
// new ones added at the end, and, once the refresh has seen everyone, those it did not see are
// removed; never a reset, so a view keeps its selection, scroll position and sort. The filters
// of such a query are applied above the model, on its rows (UsersActivityFilter).
class UsersModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Email,
        Status,
        AccountStatus,
        LastActive,
        Mfa,
        ClaimStatus,
        ManagementSource,
        AddedToOrg,
        ColumnCount
    };
    Q_ENUM(Column)

    // RawValueRole: QString for text and statuses (the API's value, e.g. "not_invited"),
    // QDateTime for dates (invalid: never), bool for MFA (invalid QVariant: not known).
    enum Role { AccountIdRole = IdRole };

    explicit UsersModel(const UserService *service, QObject *parent = nullptr);
    ~UsersModel() override;

    // The directory cache of `orgId` in `databaseFolder` (empty: OrgDatabase's default); off,
    // the people kept there are forgotten and the rows come from the server again; on, it applies
    // from the next setQuery().
    void setCache(const QString &orgId, const QString &databaseFolder, bool enabled);
    // Whether the rows are the whole directory from the cache (and its refreshes).
    bool showsCache() const { return m_cacheMode; }
    // The rows came from the cache and no refresh has confirmed them yet.
    bool rowsAreCached() const { return m_cacheMode && m_rowsFromCache; }
    // The cache's last complete refresh (invalid: never).
    QDateTime cacheAsOf() const { return m_cacheAsOf; }
    bool isRefreshing() const;
    // Refreshes the cached rows in place (after an action, or View › Refresh).
    void refreshCache();
    // Whether a row passes a query answered here (the cache's rows).
    bool rowMatches(int row, const UserRowMatch &match) const;

    // Starts over with these filters: the rows go, the first page and the count are requested.
    void setQuery(const UserQuery &query);
    const UserQuery &query() const { return m_query; }
    DirectoryUser userAt(int row) const;
    // The row showing this account, or -1.
    int rowOf(const QString &accountId) const;

    // Orders two rows by a column's raw value (the order RawValueRole gives: invalid dates and
    // unknown MFA first), without building QVariants: the sort proxy's fast path.
    int compareRows(int left, int right, int column) const;

    // Loads the rest in several parts at once (ParallelUserListing): the rows loaded stay, the
    // others come in as they arrive, and once all are in the rows are put in the server's order.
    void fetchAll() override;

    // The server sorts the name (by nickname); the other columns sort on loaded rows, and so
    // does the name over the cache's rows (they are every person).
    bool isServerSorted(int column) const override { return column == Name && !m_cacheMode; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // The name column asks the server for the other order (and starts over); other columns are
    // left to a sort proxy.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // showsCache(), rowsAreCached(), cacheAsOf() or isRefreshing() changed.
    void cacheStateChanged();

protected:
    Pager *createPager(QObject *parent) override;
    ApiReply *requestCount(QObject *context, ApiCallback<int> callback) override;
    void clearRows() override;
    bool isLocalList() const override { return m_cacheMode; }
    void fetchLocalPage() override;

private:
    void onUsersReceived(const QList<DirectoryUser> &users, bool hasMore);
    void onListedInParallel(const QList<DirectoryUser> &users, bool hasMore);
    void appendUsers(const QList<DirectoryUser> &users);
    // Puts the rows in the server's order of the name column (after a parallel listing).
    void sortAsTheServerDoes();
    void loadCache();
    void onCacheLoaded(CachedStoreReader::Result load);
    void startRefresh();
    void onRefreshPage(const QList<DirectoryUser> &users, bool hasMore);
    void onRefreshFailed(const ApiError &error);
    void removeUnseen();
    void dropRefresh();
    QVariant display(const UserStore::Row &row, int column) const;
    QVariant raw(const UserStore::Row &row, int column) const;
    QString tooltip(const UserStore::Row &row, int column) const;

    const UserService *m_service;
    UserQuery m_query;
    UserStore m_store;
    QPointer<ParallelUserListing> m_listing;
    QSet<QString> m_listedInParallel; // so that paging on after a failure adds nobody twice

    // The directory cache.
    QString m_cacheOrgId;
    QString m_cacheFolder;
    bool m_cacheEnabled = false;
    DirectoryCacheWriter *m_cacheWriter = nullptr;
    bool m_cacheMode = false;     // the rows are the whole directory, from the cache
    bool m_rowsFromCache = false; // and no refresh has finished over them yet
    bool m_cacheLoaded = false;
    bool m_refreshAgain = false; // a refresh was asked for while one ran
    QDateTime m_cacheAsOf;
    QPointer<QFutureWatcher<CachedStoreReader::Result>> m_cacheLoad;
    QPointer<ParallelUserListing> m_refresh;
    QHash<QString, int> m_rowOfId; // during a refresh: the rows it started with
    std::vector<bool> m_seenRows;  // by row: whether the refresh has seen that person
};
