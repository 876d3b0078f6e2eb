// UsersModel's Load all: the rest of the list in several parts at once.
#include "UsersModel.h"

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
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QList<qsizetype> order = m_store.sortByName(m_query.sortDescending);
    QList<int> newRowOf(order.size());
    for (qsizetype row = 0; row < order.size(); ++row)
        newRowOf[order.at(row)] = int(row);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before)
        after.append(this->index(newRowOf.at(index.row()), index.column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}
