#include "UsersActivityFilter.h"

#include "UserRowMatch.h"
#include "UsersModel.h"
#include "UsersSortProxy.h"

UsersActivityFilter::UsersActivityFilter(QObject *parent)
    : QSortFilterProxyModel(parent), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setDynamicSortFilter(true);
}

UsersActivityFilter::~UsersActivityFilter() = default;

void UsersActivityFilter::setLocalQuery(const std::optional<UserQuery> &query)
{
    auto match = query ? std::make_unique<UserRowMatch>(*query) : nullptr;
    if (match && !match->narrows())
        match.reset();
    if (!match && !m_match)
        return;
    m_match = std::move(match);
    invalidateFilter();
}

bool UsersActivityFilter::narrows() const
{
    return m_local || m_match;
}

void UsersActivityFilter::setFilter(const UserFilter &filter, bool withSearchTerm)
{
    m_filter = filter;
    m_local = filter.hasLocalPart(withSearchTerm);
    m_listed.clear();
    if (!filter.listOnServer(withSearchTerm)) {
        for (const QString &id : filter.accountIds)
            m_listed.insert(id);
    }
    m_now = m_clock();
    invalidateFilter();
}

void UsersActivityFilter::sort(int column, Qt::SortOrder order)
{
    // The sort proxy below decides the order (the server's, for the name).
    if (sourceModel())
        sourceModel()->sort(column, order);
}

bool UsersActivityFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_match) {
        const auto *sorted = qobject_cast<const UsersSortProxy *>(sourceModel());
        const UsersModel *users = sorted ? sorted->usersModel() : nullptr;
        const int row =
            sorted ? sorted->mapToSource(sorted->index(sourceRow, 0, sourceParent)).row() : -1;
        if (!users || !users->rowMatches(row, *m_match))
            return false;
    }
    if (!m_local)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, UsersModel::LastActive, sourceParent);
    if (!m_listed.isEmpty() && !m_listed.contains(index.data(UsersModel::AccountIdRole).toString()))
        return false;
    return m_filter.acceptsLastActive(index.data(UsersModel::RawValueRole).toDateTime(), m_now);
}
