#include "AccessSortProxy.h"

#include "PagedTableModel.h"

AccessSortProxy::AccessSortProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PagedTableModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void AccessSortProxy::setPagedModel(PagedTableModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void AccessSortProxy::setRowFilter(RowFilter filter)
{
    m_filter = std::move(filter);
    invalidateFilter();
}

void AccessSortProxy::sort(int column, Qt::SortOrder order)
{
    if (m_model && column >= 0 && m_model->isServerSorted(column)) {
        // Back to the server's order, then ask the server for the order wanted.
        QSortFilterProxyModel::sort(-1);
        m_model->sort(column, order);
        return;
    }
    QSortFilterProxyModel::sort(column, order);
}

bool AccessSortProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return sourceParent.isValid() || !m_filter || m_filter(sourceRow);
}
