#include "GroupMembersModel.h"

#include "UserService.h"
#include "UserText.h"

namespace {

UserQuery membersQuery(const QString &directoryId, const QString &groupId)
{
    UserQuery query;
    query.directoryId = directoryId;
    query.groupIds = {groupId};
    query.expand.clear();
    query.limit = 50;
    return query;
}

} // namespace

GroupMembersModel::GroupMembersModel(const UserService *service, QObject *parent)
    : PagedTableModel(parent), m_service(service)
{}

void GroupMembersModel::setGroup(const QString &directoryId, const QString &groupId)
{
    m_directoryId = directoryId.isEmpty() ? QStringLiteral("-") : directoryId;
    m_groupId = groupId;
    reload();
}

Pager *GroupMembersModel::createPager(QObject *parent)
{
    UserPager *pager = m_service->search(membersQuery(m_directoryId, m_groupId), parent);
    connect(pager, &UserPager::usersReceived, this, &GroupMembersModel::onPeople);
    return pager;
}

ApiReply *GroupMembersModel::requestCount(QObject *context, ApiCallback<int> callback)
{
    if (m_groupId.isEmpty())
        return nullptr;
    return m_service->count(membersQuery(m_directoryId, m_groupId), context, std::move(callback));
}

void GroupMembersModel::clearRows()
{
    m_people.clear();
}

void GroupMembersModel::onPeople(const QList<DirectoryUser> &people, bool hasMore)
{
    appendRows(m_people, people);
    pageArrived(hasMore);
}

int GroupMembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int GroupMembersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupMembersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const DirectoryUser &person = m_people.at(index.row());
    if (role == IdRole)
        return person.accountId;
    if (role != Qt::DisplayRole && role != RawValueRole && role != ExportRole)
        return QVariant();
    switch (index.column()) {
    case Name:
        return person.name;
    case Email:
        return person.email;
    case Status:
        return role == RawValueRole ? QVariant(person.status)
                                    : QVariant(UserText::status(person.status));
    default:
        return QVariant();
    }
}

QVariant GroupMembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("E-mail");
    case Status:
        return tr("Status");
    default:
        return QVariant();
    }
}
