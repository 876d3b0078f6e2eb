#pragma once

#include "ApiError.h"
#include "UserQuery.h"
#include "UserStore.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

#include <functional>

class ApiReply;
class UserPager;
class UserService;

// The people of an organization's directories, one page at a time from users/search.
// canFetchMore()/fetchMore() walk the pages (never while a page is in flight); setQuery() starts
// over and drops whatever the previous query still had in flight. Display text is for people;
// sorting and filtering use RawValueRole.
class UsersModel : public QAbstractTableModel
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

    enum Role {
        // QString for text and statuses (the API's value, e.g. "not_invited"), QDateTime for
        // dates (invalid: never), bool for MFA (invalid QVariant: not known).
        RawValueRole = Qt::UserRole + 1,
        AccountIdRole,
    };

    using Clock = std::function<QDateTime()>;

    explicit UsersModel(const UserService *service, QObject *parent = nullptr);
    ~UsersModel() override;

    // Starts over with these filters: the rows go, the first page and the count are requested.
    void setQuery(const UserQuery &query);
    const UserQuery &query() const { return m_query; }
    // The same query again, from the first page.
    void reload();
    // After an error: asks again for the page that failed.
    void retry();
    // Keeps fetching until every page is in (or an error stops it).
    void fetchAll();

    int loadedCount() const { return int(m_store.size()); }
    int totalCount() const { return m_total; } // -1 while not known
    bool isLoading() const;
    bool hasMore() const;
    ApiError lastError() const { return m_error; }

    DirectoryUser userAt(int row) const;
    // The row showing this account, or -1.
    int rowOf(const QString &accountId) const;

    // Orders two rows by a column's raw value (the order RawValueRole gives: invalid dates and
    // unknown MFA first), without building QVariants: the sort proxy's fast path.
    int compareRows(int left, int right, int column) const;

    // Whether the server sorts this column (the name, by nickname); others sort on loaded rows.
    static bool isServerSorted(int column) { return column == Name; }
    // "Now", for "3 days ago"; tests set a fixed one.
    void setClock(Clock clock);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    // The name column asks the server for the other order (and starts over); other columns are
    // left to a sort proxy.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void loadedCountChanged(int loaded);
    void totalCountChanged(int total);
    void loadingChanged(bool loading);
    void errorOccurred(const ApiError &error);
    // The first page of the current query is in (possibly empty).
    void firstPageLoaded();

private:
    void onUsersReceived(const QList<DirectoryUser> &users, bool hasMore);
    void onFailed(const ApiError &error);
    void requestCount();
    void dropRequests();
    QVariant display(const UserStore::Row &row, int column) const;
    QVariant raw(const UserStore::Row &row, int column) const;
    QString tooltip(const UserStore::Row &row, int column) const;

    const UserService *m_service;
    UserQuery m_query;
    UserStore m_store;
    UserPager *m_pager = nullptr;
    QObject *m_requestContext = nullptr; // dies with the query: late answers never land
    QPointer<ApiReply> m_countReply;
    ApiError m_error;
    int m_total = -1;
    bool m_fetchAll = false;
    bool m_firstPageIn = false;
    Clock m_clock;
    QDateTime m_now;
};
