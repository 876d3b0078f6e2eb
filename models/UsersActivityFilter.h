#pragma once

#include "UserFilter.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <functional>
#include <memory>
#include <optional>

class UserRowMatch;

// Keeps the rows that pass the filter's local part ("inactive for 90 days", "never active", a
// list of people the server cannot narrow to); what the server filters never reaches here.
// Sits above the sort proxy and leaves the order to it: sort() is passed down.
class UsersActivityFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit UsersActivityFilter(QObject *parent = nullptr);
    ~UsersActivityFilter() override;

    // `withSearchTerm`: a search term goes to the server, so a list is filtered here.
    // `localQuery`: over the directory cache's rows, the whole query is answered here
    // (UserRowMatch), not by the server; std::nullopt: the server filtered the rows. The rows
    // are filtered once, for all of it.
    void setFilter(const UserFilter &filter, bool withSearchTerm = false,
                   const std::optional<UserQuery> &localQuery = std::nullopt);
    const UserFilter &filter() const { return m_filter; }
    // Whether anything narrows the rows here.
    bool narrows() const;
    void setClock(Clock clock) { m_clock = std::move(clock); }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    UserFilter m_filter;
    bool m_local = false;
    QSet<QString> m_listed; // a list filtered here
    std::unique_ptr<UserRowMatch> m_match;
    Clock m_clock;
    QDateTime m_now;
};
