#include "GroupsModel.h"

#include "GroupService.h"

#include <QLocale>

GroupsModel::GroupsModel(const GroupService *service, QObject *parent)
    : PagedTableModel(parent), m_service(service)
{}

void GroupsModel::setQuery(const GroupQuery &query)
{
    m_query = query;
    reload();
}

int GroupsModel::rowOf(const QString &groupId) const
{
    for (int row = 0; row < m_groups.size(); ++row) {
        if (m_groups.at(row).id == groupId)
            return row;
    }
    return -1;
}

void GroupsModel::updateGroup(const Group &group)
{
    const int row = rowOf(group.id);
    if (row < 0)
        return;
    m_groups[row] = group;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

Pager *GroupsModel::createPager(QObject *parent)
{
    GroupPager *pager = m_service->search(m_query, parent);
    connect(pager, &GroupPager::groupsReceived, this, &GroupsModel::onGroups);
    return pager;
}

ApiReply *GroupsModel::requestCount(QObject *context, ApiCallback<int> callback)
{
    // groups/count has no groupNames filter: those searches count their own rows.
    if (!m_query.groupNames.isEmpty())
        return nullptr;
    return m_service->count(m_query, context, std::move(callback));
}

void GroupsModel::clearRows()
{
    m_groups.clear();
}

void GroupsModel::onGroups(const QList<Group> &groups, bool hasMore)
{
    appendRows(m_groups, groups);
    pageArrived(hasMore);
}

void GroupsModel::sort(int column, Qt::SortOrder order)
{
    if (column != Name)
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (descending == m_query.descending)
        return;
    m_query.descending = descending;
    reload();
}

int GroupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int GroupsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Group &group = m_groups.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(group, index.column());
    case RawValueRole:
        return raw(group, index.column());
    case ExportRole:
        return exportValue(raw(group, index.column()), display(group, index.column()));
    case IdRole:
        return group.id;
    case Qt::ToolTipRole:
        if (index.column() == Source && group.isSynced())
            return tr("Synced from your identity provider: change its members there.");
        if (index.column() == Description)
            return group.description;
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Users || index.column() == Resources)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant GroupsModel::display(const Group &group, int column) const
{
    const QLocale locale;
    switch (column) {
    case Name:
        return group.name;
    case Description:
        return group.description;
    case Users:
        return group.userCount < 0 ? QString() : locale.toString(group.userCount);
    case Resources:
        return group.resourceCount < 0 ? QString() : locale.toString(group.resourceCount);
    case Source:
        return group.isSynced() ? tr("Synced") : tr("Managed");
    default:
        return QVariant();
    }
}

QVariant GroupsModel::raw(const Group &group, int column) const
{
    switch (column) {
    case Users:
        return group.userCount;
    case Resources:
        return group.resourceCount;
    case Source:
        return group.isSynced();
    default:
        return display(group, column);
    }
}

QVariant GroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Name:
        return tr("Name");
    case Description:
        return tr("Description");
    case Users:
        return tr("Users");
    case Resources:
        return tr("Resources");
    case Source:
        return tr("Source");
    default:
        return QVariant();
    }
}
