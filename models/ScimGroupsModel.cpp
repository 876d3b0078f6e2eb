#include "ScimGroupsModel.h"

#include "ScimService.h"
#include "UserText.h"

ScimGroupsModel::ScimGroupsModel(QObject *parent) : RowListModel(ColumnCount, parent) {}

void ScimGroupsModel::setQuery(const ScimQuery &query)
{
    m_query = query;
    reload();
}

Pager *ScimGroupsModel::createPager(QObject *parent)
{
    if (!m_scim)
        return nullptr;
    ScimGroupPager *pager = m_scim->groups(m_query, parent);
    connect(pager, &ScimGroupPager::groupsReceived, this, &ScimGroupsModel::addPage);
    return pager;
}

void ScimGroupsModel::updateGroup(const ScimGroup &group)
{
    for (int row = 0; row < rowCount(); ++row) {
        if (rows().at(row).id == group.id) {
            replaceRow(row, group);
            return;
        }
    }
}

void ScimGroupsModel::removeGroup(const QString &id)
{
    removeRowsWhere([&id](const ScimGroup &group) { return group.id == id; });
}

QVariant ScimGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RowListModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case ExternalId:
        return tr("External id");
    case Members:
        return tr("Members");
    case LastModified:
        return tr("Last modified");
    default:
        return QVariant();
    }
}

QVariant ScimGroupsModel::display(const ScimGroup &group, int column) const
{
    switch (column) {
    case Name:
        return group.displayName;
    case ExternalId:
        return group.externalId;
    case Members:
        return QString::number(group.members.size());
    case LastModified:
        return UserText::date(group.lastModified);
    default:
        return QVariant();
    }
}

QVariant ScimGroupsModel::raw(const ScimGroup &group, int column) const
{
    if (column == Members)
        return int(group.members.size());
    if (column == LastModified)
        return group.lastModified;
    return display(group, column);
}

QVariant ScimGroupsModel::extraData(int row, int, int role) const
{
    return role == IdRole ? QVariant(rows().at(row).id) : QVariant();
}
