#pragma once

#include "DirectoryUser.h"
#include "PagedTableModel.h"

class UserService;

// The members of one group: users/search by groupIds, paged, with the count.
class GroupMembersModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Email, Status, ColumnCount };
    Q_ENUM(Column)

    explicit GroupMembersModel(const UserService *service, QObject *parent = nullptr);

    // Starts over with this group's members; an empty id shows nobody.
    void setGroup(const QString &directoryId, const QString &groupId);
    QString groupId() const { return m_groupId; }

    DirectoryUser personAt(int row) const { return m_people.value(row); }

    bool isServerSorted(int column) const override { return column == Name; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Pager *createPager(QObject *parent) override;
    ApiReply *requestCount(QObject *context, ApiCallback<int> callback) override;
    void clearRows() override;

private:
    void onPeople(const QList<DirectoryUser> &people, bool hasMore);

    const UserService *m_service;
    QString m_directoryId = QStringLiteral("-");
    QString m_groupId;
    QList<DirectoryUser> m_people;
};
