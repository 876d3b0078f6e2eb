#include "UsersModel.h"

#include "UserService.h"
#include "UserText.h"

#include <QLocale>

UsersModel::UsersModel(const UserService *service, QObject *parent)
    : PagedTableModel(parent), m_service(service)
{}

void UsersModel::setQuery(const UserQuery &query)
{
    m_query = query;
    reload();
}

Pager *UsersModel::createPager(QObject *parent)
{
    UserPager *pager = m_service->search(m_query, parent);
    connect(pager, &UserPager::usersReceived, this, &UsersModel::onUsersReceived);
    return pager;
}

ApiReply *UsersModel::requestCount(QObject *context, ApiCallback<int> callback)
{
    return m_service->count(m_query, context, std::move(callback));
}

void UsersModel::onUsersReceived(const QList<DirectoryUser> &users, bool hasMore)
{
    if (isOwnWalkRunning())
        return; // a page asked for before Load all: the parallel listing has these people too
    if (m_listedInParallel.isEmpty()) {
        appendUsers(users);
    } else {
        QList<DirectoryUser> fresh;
        for (const DirectoryUser &user : users) {
            if (!m_listedInParallel.contains(user.accountId))
                fresh.append(user);
        }
        appendUsers(fresh);
    }
    pageArrived(hasMore);
}

void UsersModel::appendUsers(const QList<DirectoryUser> &users)
{
    if (users.isEmpty())
        return;
    const int first = int(m_store.size());
    beginInsertRows(QModelIndex(), first, first + int(users.size()) - 1);
    for (const DirectoryUser &user : users)
        m_store.append(user);
    endInsertRows();
}

DirectoryUser UsersModel::userAt(int row) const
{
    if (row < 0 || row >= m_store.size())
        return DirectoryUser();
    return m_store.user(row);
}

int UsersModel::rowOf(const QString &accountId) const
{
    for (qsizetype i = 0; i < m_store.size(); ++i) {
        if (m_store.row(i).accountId == accountId)
            return int(i);
    }
    return -1;
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_store.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const UserStore::Row &row = m_store.row(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case RawValueRole:
        return raw(row, index.column());
    case Qt::ToolTipRole:
        return tooltip(row, index.column());
    case AccountIdRole:
        return row.accountId;
    case ExportRole:
        return exportValue(raw(row, index.column()), display(row, index.column()));
    default:
        return QVariant();
    }
}

QVariant UsersModel::display(const UserStore::Row &row, int column) const
{
    switch (column) {
    case Name:
        return row.name.isEmpty() ? row.nickname : row.name;
    case Email:
        return row.email;
    case Status:
        return UserText::status(m_store.text(row.status));
    case AccountStatus:
        return UserText::accountStatus(m_store.text(row.accountStatus));
    case LastActive:
        return UserText::lastActive(UserStore::time(row.lastActiveMs), now());
    case Mfa:
        return UserText::mfa(row.mfa < 0 ? std::nullopt : std::optional<bool>(row.mfa == 1));
    case ClaimStatus:
        return UserText::claimStatus(m_store.text(row.claimStatus));
    case ManagementSource:
        return UserText::managementSource(m_store.text(row.managementSource));
    case AddedToOrg:
        return UserText::date(UserStore::time(row.addedToOrgMs));
    default:
        return QVariant();
    }
}

QVariant UsersModel::raw(const UserStore::Row &row, int column) const
{
    switch (column) {
    case Name:
        return row.name.isEmpty() ? row.nickname : row.name;
    case Email:
        return row.email;
    case Status:
        return m_store.text(row.status);
    case AccountStatus:
        return m_store.text(row.accountStatus);
    case LastActive:
        return UserStore::time(row.lastActiveMs);
    case Mfa:
        return row.mfa < 0 ? QVariant() : QVariant(row.mfa == 1);
    case ClaimStatus:
        return m_store.text(row.claimStatus);
    case ManagementSource:
        return m_store.text(row.managementSource);
    case AddedToOrg:
        return UserStore::time(row.addedToOrgMs);
    default:
        return QVariant();
    }
}

QString UsersModel::tooltip(const UserStore::Row &row, int column) const
{
    switch (column) {
    case Name:
        return row.nickname.isEmpty() || row.nickname == row.name
                   ? QString()
                   : tr("Nickname: %1").arg(row.nickname);
    case Email:
        return row.emailVerified ? tr("Verified e-mail address")
                                 : tr("The e-mail address is not verified");
    case LastActive:
    case AddedToOrg: {
        const QDateTime when =
            UserStore::time(column == LastActive ? row.lastActiveMs : row.addedToOrgMs);
        return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::LongFormat)
                              : QString();
    }
    default:
        return QString();
    }
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::ToolTipRole) {
        if (section == Mfa)
            return tr("Two-step verification. Sorting by this column orders the users loaded "
                      "so far");
        return isServerSorted(section)
                   ? tr("Sorting by name asks the server, so it covers every user")
                   : tr("Sorting by this column orders the users loaded so far");
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("E-mail");
    case Status:
        return tr("Status");
    case AccountStatus:
        return tr("Account");
    case LastActive:
        return tr("Last active");
    case Mfa:
        return tr("Two-step");
    case ClaimStatus:
        return tr("Claim");
    case ManagementSource:
        return tr("Source");
    case AddedToOrg:
        return tr("Added to org");
    default:
        return QVariant();
    }
}

int UsersModel::compareRows(int left, int right, int column) const
{
    const UserStore::Row &a = m_store.row(left);
    const UserStore::Row &b = m_store.row(right);
    auto texts = [this](UserStore::TextId x, UserStore::TextId y) {
        return x == y ? 0 : m_store.text(x).compare(m_store.text(y), Qt::CaseInsensitive);
    };
    auto numbers = [](qint64 x, qint64 y) { return x < y ? -1 : (x > y ? 1 : 0); };
    switch (column) {
    case Name:
        return (a.name.isEmpty() ? a.nickname : a.name)
            .compare(b.name.isEmpty() ? b.nickname : b.name, Qt::CaseInsensitive);
    case Email:
        return a.email.compare(b.email, Qt::CaseInsensitive);
    case Status:
        return texts(a.status, b.status);
    case AccountStatus:
        return texts(a.accountStatus, b.accountStatus);
    case LastActive:
        return numbers(a.lastActiveMs, b.lastActiveMs);
    case Mfa:
        return numbers(a.mfa, b.mfa);
    case ClaimStatus:
        return texts(a.claimStatus, b.claimStatus);
    case ManagementSource:
        return texts(a.managementSource, b.managementSource);
    case AddedToOrg:
        return numbers(a.addedToOrgMs, b.addedToOrgMs);
    default:
        return 0;
    }
}

void UsersModel::sort(int column, Qt::SortOrder order)
{
    if (!isServerSorted(column))
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (descending == m_query.sortDescending)
        return;
    m_query.sortDescending = descending;
    reload();
}
