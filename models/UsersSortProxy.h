#pragma once

#include <QSortFilterProxyModel>

class UsersModel;

// Sorts the users table: the name column by asking the server (so the order covers every user,
// not only the loaded ones), every other column locally over the loaded rows, on
// UsersModel::RawValueRole (never on display text).
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
    UsersModel *m_users = nullptr;
};
