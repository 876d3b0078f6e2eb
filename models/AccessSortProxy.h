#pragma once

#include <QSortFilterProxyModel>

#include <functional>

class PagedTableModel;

// Sorts and filters a paged table: columns the server can sort by are sorted by asking the
// server (so the order covers every row, not only the loaded ones), the others locally over the
// loaded rows, on PagedTableModel::RawValueRole (never on display text). A row filter narrows
// the loaded rows further, for conditions the server cannot express ("never used").
class AccessSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using RowFilter = std::function<bool(int sourceRow)>;

    explicit AccessSortProxy(QObject *parent = nullptr);

    void setPagedModel(PagedTableModel *model);
    PagedTableModel *pagedModel() const { return m_model; }

    // nullptr (or an empty function) shows every loaded row.
    void setRowFilter(RowFilter filter);
    bool hasRowFilter() const { return bool(m_filter); }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    PagedTableModel *m_model = nullptr;
    RowFilter m_filter;
};
