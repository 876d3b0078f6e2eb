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

bool UsersActivityFilter::narrows() const
{
    return m_local || m_match;
}

void UsersActivityFilter::setFilter(const UserFilter &filter, bool withSearchTerm,
                                    const std::optional<UserQuery> &localQuery)
{
    m_match = localQuery ? std::make_unique<UserRowMatch>(*localQuery) : nullptr;
    if (m_match && !m_match->narrows())
        m_match.reset();
    m_filter = filter;
    m_local = filter.hasLocalPart(withSearchTerm);
    m_listed.clear();
    if (!filter.listOnServer(withSearchTerm)) {
        for (const QString &id : filter.accountIds)
            m_listed.insert(id);
    }
    m_now = m_clock();
    if (auto *sorted = qobject_cast<UsersSortProxy *>(sourceModel()); sorted && m_match)
        sorted->mapRows();
    // The rows laid out again in one pass: invalidateFilter() would announce each run of rows
    // that comes or goes, and over 100,000 rows the view spends seconds on thousands of runs.
    invalidate();
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
        const int row = sorted && !sourceParent.isValid() ? sorted->usersRow(sourceRow) : -1;
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
