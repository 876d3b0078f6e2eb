#pragma once

#include "UserFilter.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <functional>

// Keeps the rows that pass the filter's local part ("inactive for 90 days", "never active", a
// list of people the server cannot narrow to); what the server filters never reaches here.
// Sits above the sort proxy and leaves the order to it: sort() is passed down.
class UsersActivityFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit UsersActivityFilter(QObject *parent = nullptr);

    // `withSearchTerm`: a search term goes to the server, so a list is filtered here.
    void setFilter(const UserFilter &filter, bool withSearchTerm = false);
    const UserFilter &filter() const { return m_filter; }
    void setClock(Clock clock) { m_clock = std::move(clock); }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    UserFilter m_filter;
    bool m_local = false;
    QSet<QString> m_listed; // a list filtered here
    Clock m_clock;
    QDateTime m_now;
};
