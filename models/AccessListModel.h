#pragma once

#include "ApiAccessQuery.h"
#include "RowListModel.h"

// What the admin API key and user API token lists share: a query (its filters and the server's
// sort order) that starts the list over when it changes, and columns the server sorts by.
template <typename Row, typename Query> class AccessListModel : public RowListModel<Row>
{
public:
    using RowListModel<Row>::RowListModel;

    // Starts over with these filters.
    void setQuery(const Query &query)
    {
        m_query = query;
        this->reload();
    }
    const Query &query() const { return m_query; }

    bool isServerSorted(int column) const override { return !sortField(column).isEmpty(); }
    // Server-sorted columns ask the server for that order (and start over); the others are
    // left to a sort proxy over the loaded rows.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override
    {
        const QString field = sortField(column);
        if (field.isEmpty())
            return;
        const AccessSort wanted{field, order == Qt::DescendingOrder};
        if (wanted == m_query.sort)
            return;
        m_query.sort = wanted;
        this->reload();
    }

protected:
    // The server's name for the column's sort field ("label", "createdAt"...); empty: none.
    virtual QString sortField(int column) const = 0;

private:
    Query m_query;
};
