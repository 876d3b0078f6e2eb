#pragma once

#include <QList>
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

    // The users model's row shown at `row` here. After mapRows(), until the rows here next
    // change, read from one list instead of mapped through the proxy row by row: a filter above
    // asks for every row at each keystroke.
    int usersRow(int row) const;
    void mapRows();

protected:
    // The same order as comparing RawValueRole values, read straight from the rows.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // The cache's rows came or went: the order asked for may now be this proxy's to keep.
    void onCacheStateChanged();

    UsersModel *m_users = nullptr;
    QList<int> m_usersRows; // empty: not mapped since the rows here last changed
    int m_column = -1;      // the order asked for, wherever it is kept
    Qt::SortOrder m_order = Qt::AscendingOrder;
};
