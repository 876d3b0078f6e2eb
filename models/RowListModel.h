#pragma once

#include "PagedTableModel.h"

#include <QList>

// A PagedTableModel whose rows are values of one type, kept in a list: it counts them, appends
// a page as it comes, drops the rows the server no longer has, and answers data() from what a
// row shows (display), sorts and filters on (raw), exports, says on hover (tooltip) and is
// coloured (foreground). Subclasses say those per column, and any other role in extraData().
template <typename Row> class RowListModel : public PagedTableModel
{
public:
    RowListModel(int columns, QObject *parent) : PagedTableModel(parent), m_columns(columns) {}

    Row rowAt(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columns;
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return QVariant();
        const Row &row = m_rows.at(index.row());
        const int column = index.column();
        switch (role) {
        case Qt::DisplayRole:
            return display(row, column);
        case RawValueRole:
            return raw(row, column);
        case ExportRole:
            return exportValue(raw(row, column), display(row, column));
        case Qt::ToolTipRole:
            return tooltip(row, column);
        case Qt::ForegroundRole:
            return foreground(row, column);
        default:
            return extraData(index.row(), column, role);
        }
    }

protected:
    virtual QVariant display(const Row &row, int column) const = 0;
    virtual QVariant raw(const Row &row, int column) const = 0;
    virtual QVariant tooltip(const Row &, int) const { return QVariant(); }
    virtual QVariant foreground(const Row &, int) const { return QVariant(); }
    virtual QVariant extraData(int, int, int) const { return QVariant(); }

    const QList<Row> &rows() const { return m_rows; }
    void clearRows() override { m_rows.clear(); }
    // A page came in: its rows go at the end.
    void addPage(const QList<Row> &page, bool hasMore)
    {
        appendRows(m_rows, page);
        pageArrived(hasMore);
    }
    // A row changed on the server (after an edit): the new value in its place.
    void replaceRow(int row, const Row &value)
    {
        m_rows[row] = value;
        Q_EMIT dataChanged(index(row, 0), index(row, m_columns - 1));
    }
    // Takes out the rows that are gone from the server (revoked); the total follows.
    template <typename Gone> void removeRowsWhere(Gone gone)
    {
        int removed = 0;
        for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
            if (!gone(m_rows.at(row)))
                continue;
            beginRemoveRows(QModelIndex(), row, row);
            m_rows.removeAt(row);
            endRemoveRows();
            ++removed;
        }
        if (removed > 0)
            rowsRemovedFromServer(removed);
    }
    // Every cell of the rows that pass changed (something looked up later came in).
    template <typename Changed> void rowsChangedWhere(Changed changed)
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (changed(m_rows.at(row)))
                Q_EMIT dataChanged(index(row, 0), index(row, m_columns - 1));
        }
    }

private:
    QList<Row> m_rows;
    int m_columns;
};
