#include "ApiTokensModel.h"

#include "AccessText.h"
#include "ApiAccessService.h"
#include "UserService.h"
#include "UserText.h"

namespace {

// users/search takes at most 10 account ids a call (MultiDirectoryUserSearchRequest).
constexpr int maxIdsPerSearch = 10;

QString sortField(int column)
{
    switch (column) {
    case ApiTokensModel::Label:
        return QStringLiteral("label");
    case ApiTokensModel::Created:
        return QStringLiteral("createdAt");
    case ApiTokensModel::Expires:
        return QStringLiteral("expiresAt");
    case ApiTokensModel::LastActive:
        return QStringLiteral("lastActiveAt");
    default:
        return QString();
    }
}

} // namespace

ApiTokensModel::ApiTokensModel(const ApiAccessService *service, const UserService *users,
                               QObject *parent)
    : PagedTableModel(parent), m_service(service), m_users(users)
{}

void ApiTokensModel::setQuery(const ApiTokenQuery &query)
{
    m_query = query;
    reload();
}

bool ApiTokensModel::isServerSorted(int column) const
{
    return !sortField(column).isEmpty();
}

Pager *ApiTokensModel::createPager(QObject *parent)
{
    ApiTokenPager *pager = m_service->tokens(m_query, parent);
    connect(pager, &ApiTokenPager::tokensReceived, this, &ApiTokensModel::onTokens);
    return pager;
}

ApiReply *ApiTokensModel::requestCount(QObject *context, ApiCallback<int> callback)
{
    return m_service->countTokens(m_query, context, std::move(callback));
}

void ApiTokensModel::clearRows()
{
    m_tokens.clear();
    // Lookups in flight went with the previous query's context: ask for those again later.
    // Statuses already known stay: the same people show up again.
    m_lookupsInFlight = 0;
    m_asked = QSet<QString>(m_ownerStatus.keyBegin(), m_ownerStatus.keyEnd());
}

void ApiTokensModel::onTokens(const QList<ApiToken> &tokens, bool hasMore)
{
    appendRows(m_tokens, tokens);
    lookUpOwners(tokens);
    pageArrived(hasMore);
}

void ApiTokensModel::lookUpOwners(const QList<ApiToken> &tokens)
{
    QStringList wanted;
    for (const ApiToken &token : tokens) {
        const QString &id = token.owner.accountId;
        if (!id.isEmpty() && !m_asked.contains(id) && !wanted.contains(id))
            wanted.append(id);
    }
    for (qsizetype start = 0; start < wanted.size(); start += maxIdsPerSearch) {
        const QStringList batch = wanted.mid(start, maxIdsPerSearch);
        for (const QString &id : batch)
            m_asked.insert(id);
        UserQuery query;
        query.accountIds = batch;
        query.expand.clear();
        query.limit = maxIdsPerSearch;
        UserPager *pager = m_users->search(query, requestContext());
        auto statuses = std::make_shared<QHash<QString, QString>>();
        ++m_lookupsInFlight;
        connect(pager, &UserPager::usersReceived, this,
                [this, pager, batch, statuses](const QList<DirectoryUser> &users, bool hasMore) {
                    for (const DirectoryUser &user : users)
                        statuses->insert(user.accountId, user.status);
                    if (hasMore) {
                        pager->fetchNext();
                        return;
                    }
                    pager->deleteLater();
                    ownersLookedUp(batch, *statuses);
                });
        connect(pager, &Pager::failed, this, [this, pager, batch] {
            // Unknown stays unknown; a later reload asks again.
            for (const QString &id : batch)
                m_asked.remove(id);
            pager->deleteLater();
            ownersLookedUp({}, {});
        });
        pager->fetchNext();
    }
}

void ApiTokensModel::ownersLookedUp(const QStringList &asked,
                                    const QHash<QString, QString> &statuses)
{
    m_lookupsInFlight = qMax(0, m_lookupsInFlight - 1);
    for (const QString &id : asked)
        m_ownerStatus.insert(id, statuses.value(id));
    const QSet<QString> changed(asked.begin(), asked.end());
    for (int row = 0; row < m_tokens.size(); ++row) {
        if (changed.contains(m_tokens.at(row).owner.accountId))
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    Q_EMIT ownerStatusesChanged();
}

AccessRisk::Flags ApiTokensModel::riskAt(int row) const
{
    const ApiToken &token = m_tokens.at(row);
    return AccessRisk::forToken(token, ownerStatus(token.owner.accountId), now());
}

void ApiTokensModel::removeTokens(const QSet<QString> &tokenIds)
{
    int removed = 0;
    for (int row = int(m_tokens.size()) - 1; row >= 0; --row) {
        if (!tokenIds.contains(m_tokens.at(row).id))
            continue;
        beginRemoveRows(QModelIndex(), row, row);
        m_tokens.removeAt(row);
        endRemoveRows();
        ++removed;
    }
    if (removed > 0)
        rowsRemovedFromServer(removed);
}

int ApiTokensModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tokens.size());
}

int ApiTokensModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApiTokensModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ApiToken &token = m_tokens.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(token, index.column());
    case RawValueRole:
        return raw(token, index.column());
    case ExportRole:
        return exportValue(raw(token, index.column()), display(token, index.column()));
    case Qt::ToolTipRole:
        return tooltip(token, index.column());
    case Qt::ForegroundRole:
        return foreground(token, index.column());
    case IdRole:
        return token.id;
    case AccountIdRole:
        return token.owner.accountId;
    case RiskRole:
        return int(riskAt(index.row()));
    default:
        return QVariant();
    }
}

QVariant ApiTokensModel::display(const ApiToken &token, int column) const
{
    switch (column) {
    case Label:
        return token.label;
    case Owner:
        return token.owner.name.isEmpty() ? token.owner.email : token.owner.name;
    case Email:
        return token.owner.email;
    case Created:
        return UserText::date(token.createdAt);
    case Expires:
        return AccessText::expiry(token.expiresAt, now());
    case LastActive:
        return UserText::lastActive(token.lastActiveAt, now());
    case Status:
        return AccessText::tokenStatus(token.status);
    case OwnerStatus: {
        if (!m_ownerStatus.contains(token.owner.accountId))
            return tr("\u2026"); // being looked up
        const QString status = ownerStatus(token.owner.accountId);
        return status.isEmpty() ? tr("Not found") : UserText::status(status);
    }
    case Risk: {
        const AccessRisk::Flags risk =
            AccessRisk::forToken(token, ownerStatus(token.owner.accountId), now());
        return AccessText::riskWords(risk, token.lastActiveAt, token.expiresAt, now())
            .join(QStringLiteral(" \u00b7 "));
    }
    default:
        return QVariant();
    }
}

QVariant ApiTokensModel::raw(const ApiToken &token, int column) const
{
    switch (column) {
    case Label:
        return token.label;
    case Owner:
        return token.owner.name.isEmpty() ? token.owner.email : token.owner.name;
    case Email:
        return token.owner.email;
    case Created:
        return token.createdAt;
    case Expires:
        return token.expiresAt;
    case LastActive:
        return token.lastActiveAt;
    case Status:
        return token.status;
    case OwnerStatus:
        return ownerStatus(token.owner.accountId);
    case Risk:
        return AccessText::riskScore(
            AccessRisk::forToken(token, ownerStatus(token.owner.accountId), now()));
    default:
        return QVariant();
    }
}

QVariant ApiTokensModel::tooltip(const ApiToken &token, int column) const
{
    switch (column) {
    case Created:
        return UserText::dateWithAgo(token.createdAt, now());
    case Expires:
        return AccessText::expiryInFull(token.expiresAt, now());
    case LastActive:
        return UserText::dateWithAgo(token.lastActiveAt, now());
    case Risk:
        return tr("API tokens let a person sign in to the APIs without single sign-on or "
                  "two-step verification.");
    default:
        return QVariant();
    }
}

QVariant ApiTokensModel::foreground(const ApiToken &token, int column) const
{
    const AccessRisk::Flags risk =
        AccessRisk::forToken(token, ownerStatus(token.owner.accountId), now());
    switch (column) {
    case Expires:
        if (risk.testFlag(AccessRisk::Expired))
            return AccessText::goneColor();
        if (risk.testFlag(AccessRisk::ExpiresVerySoon))
            return AccessText::strongColor();
        return risk.testFlag(AccessRisk::ExpiresSoon) ? AccessText::warningColor() : QVariant();
    case LastActive:
        return risk & (AccessRisk::NeverUsed | AccessRisk::Stale) ? AccessText::warningColor()
                                                                  : QVariant();
    case OwnerStatus:
        return risk.testFlag(AccessRisk::OwnerInactive) ? AccessText::strongColor() : QVariant();
    case Risk:
        return AccessText::riskColor(risk);
    default:
        return QVariant();
    }
}

QVariant ApiTokensModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::ToolTipRole)
        return isServerSorted(section)
                   ? tr("Sorting by this column asks the server, so it covers every token")
                   : tr("Sorting by this column orders the tokens loaded so far");
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Label:
        return tr("Label");
    case Owner:
        return tr("Person");
    case Email:
        return tr("E-mail");
    case Created:
        return tr("Created");
    case Expires:
        return tr("Expires");
    case LastActive:
        return tr("Last active");
    case Status:
        return tr("Status");
    case OwnerStatus:
        return tr("Person's status");
    case Risk:
        return tr("Risk");
    default:
        return QVariant();
    }
}

void ApiTokensModel::sort(int column, Qt::SortOrder order)
{
    const QString field = sortField(column);
    if (field.isEmpty())
        return;
    const AccessSort wanted{field, order == Qt::DescendingOrder};
    if (wanted == m_query.sort)
        return;
    m_query.sort = wanted;
    reload();
}
