#include "UsersSortProxy.h"

#include "UsersModel.h"

UsersSortProxy::UsersSortProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(UsersModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Before any row here moves, comes or goes.
    auto forget = [this] { m_usersRows.clear(); };
    connect(this, &QAbstractItemModel::layoutAboutToBeChanged, this, forget);
    connect(this, &QAbstractItemModel::rowsAboutToBeInserted, this, forget);
    connect(this, &QAbstractItemModel::rowsAboutToBeRemoved, this, forget);
    connect(this, &QAbstractItemModel::rowsAboutToBeMoved, this, forget);
    connect(this, &QAbstractItemModel::modelAboutToBeReset, this, forget);
}

int UsersSortProxy::usersRow(int row) const
{
    if (row >= 0 && row < m_usersRows.size())
        return m_usersRows.at(row);
    return mapToSource(index(row, 0)).row();
}

void UsersSortProxy::mapRows()
{
    if (!m_usersRows.isEmpty())
        return;
    const int rows = rowCount();
    m_usersRows.reserve(rows);
    for (int row = 0; row < rows; ++row)
        m_usersRows.append(mapToSource(index(row, 0)).row());
}

void UsersSortProxy::setUsersModel(UsersModel *model)
{
    m_users = model;
    setSourceModel(model);
    connect(model, &UsersModel::cacheStateChanged, this, &UsersSortProxy::onCacheStateChanged);
}

void UsersSortProxy::sort(int column, Qt::SortOrder order)
{
    m_column = column;
    m_order = order;
    if (m_users && m_users->isServerSorted(column)) {
        // Back to the server's order, then ask the server for the order wanted.
        QSortFilterProxyModel::sort(-1);
        m_users->sort(column, order);
        return;
    }
    QSortFilterProxyModel::sort(column, order);
}

void UsersSortProxy::onCacheStateChanged()
{
    // No order asked for: the server's, which over the cache's rows is kept here.
    const int column = m_column >= 0 ? m_column : int(UsersModel::Name);
    const Qt::SortOrder order = m_column >= 0 ? m_order : Qt::AscendingOrder;
    if (sortColumn() != column && !m_users->isServerSorted(column))
        QSortFilterProxyModel::sort(column, order);
}

bool UsersSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_users && left.model() == m_users && sortRole() == UsersModel::RawValueRole)
        return m_users->compareRows(left.row(), right.row(), left.column()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}
