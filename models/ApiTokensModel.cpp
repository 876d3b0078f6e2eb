#include "ApiTokensModel.h"

#include "AccessText.h"
#include "ApiAccessService.h"
#include "StatusColors.h"
#include "UserService.h"
#include "UserText.h"

namespace {

// users/search takes at most 10 account ids a call (MultiDirectoryUserSearchRequest).
constexpr int maxIdsPerSearch = 10;

} // namespace

ApiTokensModel::ApiTokensModel(const ApiAccessService *service, const UserService *users,
                               QObject *parent)
    : AccessListModel(ColumnCount, {Label, Created, Expires, LastActive}, parent),
      m_service(service), m_users(users)
{}

Pager *ApiTokensModel::createPager(QObject *parent)
{
    ApiTokenPager *pager = m_service->tokens(query(), parent);
    connect(pager, &ApiTokenPager::tokensReceived, this, &ApiTokensModel::onTokens);
    return pager;
}

ApiReply *ApiTokensModel::requestCount(QObject *context, ApiCallback<int> callback)
{
    return m_service->countTokens(query(), context, std::move(callback));
}

void ApiTokensModel::clearRows()
{
    AccessListModel::clearRows();
    // Lookups in flight went with the previous query's context: ask for those again later.
    // Statuses already known stay: the same people show up again.
    m_lookupsInFlight = 0;
    m_asked = QSet<QString>(m_ownerStatus.keyBegin(), m_ownerStatus.keyEnd());
}

void ApiTokensModel::onTokens(const QList<ApiToken> &tokens, bool hasMore)
{
    lookUpOwners(tokens);
    addPage(tokens, hasMore);
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
    rowsChangedWhere(
        [&changed](const ApiToken &token) { return changed.contains(token.owner.accountId); });
    Q_EMIT ownerStatusesChanged();
}

AccessRisk::Flags ApiTokensModel::riskAt(int row) const
{
    const ApiToken &token = rows().at(row);
    return AccessRisk::forToken(token, ownerStatus(token.owner.accountId), now());
}

void ApiTokensModel::removeTokens(const QSet<QString> &tokenIds)
{
    removeRowsWhere([&tokenIds](const ApiToken &token) { return tokenIds.contains(token.id); });
}

QVariant ApiTokensModel::extraData(int row, int, int role) const
{
    const ApiToken &token = rows().at(row);
    switch (role) {
    case IdRole:
        return token.id;
    case AccountIdRole:
        return token.owner.accountId;
    case RiskRole:
        return int(riskAt(row));
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
            return StatusColors::muted();
        if (risk.testFlag(AccessRisk::ExpiresVerySoon))
            return StatusColors::danger();
        return risk.testFlag(AccessRisk::ExpiresSoon) ? StatusColors::warning() : QVariant();
    case LastActive:
        return risk & (AccessRisk::NeverUsed | AccessRisk::Stale) ? StatusColors::warning()
                                                                  : QVariant();
    case OwnerStatus:
        return risk.testFlag(AccessRisk::OwnerInactive) ? StatusColors::danger() : QVariant();
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
