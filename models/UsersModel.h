#pragma once

#include "PagedTableModel.h"
#include "UserQuery.h"
#include "UserStore.h"

#include <QPointer>
#include <QSet>

class ParallelUserListing;
class UserPager;
class UserService;

// The people of an organization's directories, one page at a time from users/search, kept in a
// compact UserStore. setQuery() starts over and drops whatever the previous query still had in
// flight. The name column is sorted by the server; the others by a proxy over the loaded rows.
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

    // The server sorts the name (by nickname); the other columns sort on loaded rows.
    bool isServerSorted(int column) const override { return column == Name; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // The name column asks the server for the other order (and starts over); other columns are
    // left to a sort proxy.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    Pager *createPager(QObject *parent) override;
    ApiReply *requestCount(QObject *context, ApiCallback<int> callback) override;
    void clearRows() override
    {
        m_store.clear();
        m_listedInParallel.clear();
    }

private:
    void onUsersReceived(const QList<DirectoryUser> &users, bool hasMore);
    void onListedInParallel(const QList<DirectoryUser> &users, bool hasMore);
    void appendUsers(const QList<DirectoryUser> &users);
    // Puts the rows in the server's order of the name column (after a parallel listing).
    void sortAsTheServerDoes();
    QVariant display(const UserStore::Row &row, int column) const;
    QVariant raw(const UserStore::Row &row, int column) const;
    QString tooltip(const UserStore::Row &row, int column) const;

    const UserService *m_service;
    UserQuery m_query;
    UserStore m_store;
    QPointer<ParallelUserListing> m_listing;
    QSet<QString> m_listedInParallel; // so that paging on after a failure adds nobody twice
};
