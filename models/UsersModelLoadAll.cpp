// UsersModel's Load all: the rest of the list in several parts at once.
#include "UsersModel.h"

#include "NicknameOrder.h"
#include "ParallelUserListing.h"
#include "UserService.h"

void UsersModel::fetchAll()
{
    if (!isPagedList() || !hasMore() || isOwnWalkRunning() || !requestContext())
        return;
    m_listing = m_service->listAll(m_query, requestContext()); // gone with the query
    QSet<QString> loaded;
    loaded.reserve(m_store.size());
    for (qsizetype i = 0; i < m_store.size(); ++i)
        loaded.insert(m_store.row(i).accountId);
    m_listing->skipAccounts(loaded);
    connect(m_listing, &ParallelUserListing::usersReceived, this, &UsersModel::onListedInParallel);
    connect(m_listing, &ParallelUserListing::failed, this,
            [this](const ApiError &error) { listFailed(error); });
    beginOwnWalk();
    m_listing->fetchAll();
}

void UsersModel::onListedInParallel(const QList<DirectoryUser> &users, bool hasMore)
{
    for (const DirectoryUser &user : users)
        m_listedInParallel.insert(user.accountId);
    appendUsers(users);
    if (!hasMore) {
        sortAsTheServerDoes();
        m_listing->deleteLater();
    }
    pageArrived(hasMore);
}

void UsersModel::sortAsTheServerDoes()
{
    QList<DirectoryUser> users;
    users.reserve(m_store.size());
    for (qsizetype i = 0; i < m_store.size(); ++i)
        users.append(m_store.user(i));
    NicknameOrder::sort(users, m_query.sortDescending);

    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QHash<QString, int> newRow;
    newRow.reserve(users.size());
    for (int row = 0; row < users.size(); ++row)
        newRow.insert(users.at(row).accountId, row);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before) {
        const int row = newRow.value(m_store.row(index.row()).accountId, -1);
        after.append(row < 0 ? QModelIndex() : this->index(row, index.column()));
    }
    m_store.clear();
    m_store.reserve(users.size());
    for (const DirectoryUser &user : std::as_const(users))
        m_store.append(user);
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}
