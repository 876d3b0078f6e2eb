#pragma once

#include "Group.h"
#include "PagedTableModel.h"

class GroupService;

// The organization's groups, paged in from groups/search with their user and resource counts;
// the server sorts by name. Synced groups say so in the Source column.
class GroupsModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Description, Users, Resources, Source, ColumnCount };
    Q_ENUM(Column)

    explicit GroupsModel(const GroupService *service, QObject *parent = nullptr);

    // Starts over with these filters.
    void setQuery(const GroupQuery &query);
    const GroupQuery &query() const { return m_query; }

    Group groupAt(int row) const { return m_groups.value(row); }
    int rowOf(const QString &groupId) const; // -1 when not loaded
    // After a change to one group (its counts, say): the row shows the new value.
    void updateGroup(const Group &group);

    bool isServerSorted(int column) const override { return column == Name; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    Pager *createPager(QObject *parent) override;
    ApiReply *requestCount(QObject *context, ApiCallback<int> callback) override;
    void clearRows() override;

private:
    void onGroups(const QList<Group> &groups, bool hasMore);
    QVariant display(const Group &group, int column) const;
    QVariant raw(const Group &group, int column) const;

    const GroupService *m_service;
    GroupQuery m_query;
    QList<Group> m_groups;
};
