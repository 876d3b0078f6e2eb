#pragma once

#include <QSortFilterProxyModel>

class UsersModel;

// Sorts the users table: the name column by asking the server (so the order covers every user,
// not only the loaded ones), every other column locally over the loaded rows, on
// UsersModel::RawValueRole (never on display text). Over the directory cache's rows, which are
// every person, the name column sorts here too.
class UsersSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit UsersSortProxy(QObject *parent = nullptr);

    void setUsersModel(UsersModel *model);
    UsersModel *usersModel() const { return m_users; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    // The same order as comparing RawValueRole values, read straight from the rows.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // The cache's rows came or went: the order asked for may now be this proxy's to keep.
    void onCacheStateChanged();

    UsersModel *m_users = nullptr;
    int m_column = -1; // the order asked for, wherever it is kept
    Qt::SortOrder m_order = Qt::AscendingOrder;
};
