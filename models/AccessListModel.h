#pragma once

#include "ApiAccessQuery.h"
#include "RowListModel.h"

// What the admin API key and user API token lists share: a query (its filters and the server's
// sort order) that starts the list over when it changes, and columns the server sorts by.
template <typename Row, typename Query> class AccessListModel : public RowListModel<Row>
{
public:
    // The columns the server sorts by: label, createdAt, expiresAt and lastActiveAt.
    struct SortColumns
    {
        int label, created, expires, lastActive;
    };

    AccessListModel(int columns, SortColumns sortColumns, QObject *parent)
        : RowListModel<Row>(columns, parent), m_sortColumns(sortColumns)
    {}

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

private:
    // The server's name for the column's sort field; empty: none.
    QString sortField(int column) const
    {
        if (column == m_sortColumns.label)
            return QStringLiteral("label");
        if (column == m_sortColumns.created)
            return QStringLiteral("createdAt");
        if (column == m_sortColumns.expires)
            return QStringLiteral("expiresAt");
        if (column == m_sortColumns.lastActive)
            return QStringLiteral("lastActiveAt");
        return QString();
    }

    SortColumns m_sortColumns;
    Query m_query;
};
