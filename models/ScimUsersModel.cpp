#include "ScimUsersModel.h"

#include "PeopleResolver.h"
#include "ScimService.h"
#include "StatusColors.h"
#include "UserService.h"
#include "UserText.h"

ScimUsersModel::ScimUsersModel(const UserService *users, QObject *parent)
    : RowListModel(ColumnCount, parent), m_users(users)
{}

ScimUsersModel::~ScimUsersModel() = default;

void ScimUsersModel::setService(const ScimService *scim)
{
    m_scim = scim;
}

void ScimUsersModel::setQuery(const ScimQuery &query)
{
    m_query = query;
    reload();
}

Pager *ScimUsersModel::createPager(QObject *parent)
{
    if (!m_scim)
        return nullptr;
    m_pager = m_scim->users(m_query, parent);
    connect(m_pager, &ScimUserPager::usersReceived, this, &ScimUsersModel::onPage);
    return m_pager;
}

void ScimUsersModel::clearRows()
{
    RowListModel::clearRows();
    m_accounts.clear(); // a reload reads the accounts' states again too
    m_missing.clear();
    m_toLookUp.clear();
    m_lookingUp.clear();
    delete m_resolver; // its answer belongs to the previous list
}

void ScimUsersModel::onPage(const QList<ScimUser> &records, bool hasMore)
{
    for (const ScimUser &record : records) {
        const QString id = record.atlassianAccountId;
        if (!id.isEmpty() && !m_accounts.contains(id) && !m_missing.contains(id) &&
            !m_toLookUp.contains(id))
            m_toLookUp.append(id);
    }
    addPage(records, hasMore);
    lookUpNextAccounts();
}

void ScimUsersModel::lookUpNextAccounts()
{
    if (m_resolver || m_toLookUp.isEmpty() || !m_users)
        return;
    m_lookingUp = m_toLookUp.mid(0, PeopleResolver::idBatch * 10);
    m_toLookUp.remove(0, m_lookingUp.size());
    m_resolver = new PeopleResolver(m_users, this);
    connect(m_resolver, &PeopleResolver::finished, this, &ScimUsersModel::onAccountsFound);
    // Without the accounts the records still show; their status cells stay empty.
    connect(m_resolver, &PeopleResolver::failed, m_resolver, &QObject::deleteLater);
    PeopleList ids;
    ids.accountIds = m_lookingUp;
    m_resolver->resolve(ids);
}

void ScimUsersModel::onAccountsFound()
{
    for (const DirectoryUser &account : m_resolver->found())
        m_accounts.insert(account.accountId, account);
    for (const QString &id : std::as_const(m_lookingUp)) {
        if (!m_accounts.contains(id))
            m_missing.insert(id);
    }
    const QSet<QString> done(m_lookingUp.cbegin(), m_lookingUp.cend());
    m_lookingUp.clear();
    m_resolver->deleteLater();
    m_resolver = nullptr;
    rowsChangedWhere(
        [&done](const ScimUser &record) { return done.contains(record.atlassianAccountId); });
    lookUpNextAccounts();
}

int ScimUsersModel::matchingCount() const
{
    return m_pager ? m_pager->totalResults() : -1;
}

std::optional<DirectoryUser> ScimUsersModel::accountOf(const ScimUser &record) const
{
    const auto found = m_accounts.constFind(record.atlassianAccountId);
    if (found == m_accounts.cend())
        return std::nullopt;
    return *found;
}

bool ScimUsersModel::isAccountMissing(const ScimUser &record) const
{
    return m_missing.contains(record.atlassianAccountId);
}

void ScimUsersModel::updateRecord(const ScimUser &record)
{
    for (int row = 0; row < rowCount(); ++row) {
        if (rows().at(row).id == record.id) {
            replaceRow(row, record);
            return;
        }
    }
}

void ScimUsersModel::removeRecords(const QStringList &ids)
{
    removeRowsWhere([&ids](const ScimUser &record) { return ids.contains(record.id); });
}

QVariant ScimUsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RowListModel::headerData(section, orientation, role);
    switch (section) {
    case UserName:
        return tr("User name");
    case DisplayName:
        return tr("Display name");
    case Email:
        return tr("E-mail");
    case Active:
        return tr("Active");
    case ExternalId:
        return tr("External id");
    case Account:
        return tr("Linked account");
    case AccountStatus:
        return tr("Account status");
    case Groups:
        return tr("Groups");
    case LastModified:
        return tr("Last modified");
    default:
        return QVariant();
    }
}

QVariant ScimUsersModel::display(const ScimUser &record, int column) const
{
    switch (column) {
    case UserName:
        return record.userName;
    case DisplayName:
        return record.displayName;
    case Email:
        return record.primaryEmail();
    case Active:
        if (!record.active)
            return QString();
        return *record.active ? tr("Active") : tr("Inactive");
    case ExternalId:
        return record.externalId;
    case Account: {
        if (record.atlassianAccountId.isEmpty())
            return tr("Not linked");
        const std::optional<DirectoryUser> account = accountOf(record);
        if (account)
            return account->name.isEmpty() ? account->email : account->name;
        return isAccountMissing(record) ? tr("No such account") : record.atlassianAccountId;
    }
    case AccountStatus: {
        const std::optional<DirectoryUser> account = accountOf(record);
        return account ? UserText::status(account->status) : QString();
    }
    case Groups:
        return record.groups.isEmpty() ? QString() : QString::number(record.groups.size());
    case LastModified:
        return UserText::date(record.lastModified);
    default:
        return QVariant();
    }
}

QVariant ScimUsersModel::raw(const ScimUser &record, int column) const
{
    switch (column) {
    case Active:
        return record.active ? QVariant(*record.active) : QVariant();
    case Account:
        return record.atlassianAccountId;
    case AccountStatus: {
        const std::optional<DirectoryUser> account = accountOf(record);
        return account ? account->status : QString();
    }
    case Groups:
        return int(record.groups.size());
    case LastModified:
        return record.lastModified;
    default:
        return display(record, column);
    }
}

QVariant ScimUsersModel::tooltip(const ScimUser &record, int column) const
{
    if (column == Account && isAccountMissing(record))
        return tr("The record is linked to account %1, which the organization does not have: "
                  "an orphaned record. The link check lists the repairs.")
            .arg(record.atlassianAccountId);
    if (column == Account && !record.atlassianAccountId.isEmpty())
        return record.atlassianAccountId;
    return QVariant();
}

QVariant ScimUsersModel::foreground(const ScimUser &record, int column) const
{
    if (column == Account && (record.atlassianAccountId.isEmpty() || isAccountMissing(record)))
        return StatusColors::warning();
    if (column == Active && record.active && !*record.active)
        return StatusColors::muted();
    return QVariant();
}

QVariant ScimUsersModel::extraData(int row, int, int role) const
{
    if (role == IdRole)
        return rows().at(row).id;
    return QVariant();
}
