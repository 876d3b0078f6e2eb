#pragma once

#include "ClassificationLevel.h"
#include "PagedTableModel.h"

class ClassificationService;

// The organization's classification levels in sensitivity order (most sensitive first), the
// archived ones after them when shown, as one whole list. A level that is not archived can be
// moved (drag and drop inside the view, or moveRows): the model shows the new order at once,
// sends it to the server (reorder) and, when the server refuses, puts the old order back and
// says why (reorderFailed).
class ClassificationLevelsModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column { Sensitivity, Name, Status, Definition, Guideline, ColumnCount };
    Q_ENUM(Column)
    static QString mimeType(); // what a dragged level is carried as

    explicit ClassificationLevelsModel(const ClassificationService *service,
                                       QObject *parent = nullptr);

    bool isReordering() const { return m_reorder.isActive(); }

    void setShowArchived(bool show);
    bool showArchived() const { return m_showArchived; }

    ClassificationLevel levelAt(int row) const { return m_shown.value(row); }
    int rowOf(const QString &levelId) const; // -1 when not shown
    QStringList names() const;               // of every level, archived included
    int activeCount() const;                 // the levels that are not archived
    int archivedCount() const;

    // Moves the level at `from` to end up at row `to` (among the levels that are not archived)
    // and sends the new order. False when nothing moves.
    bool moveLevel(int from, int to);

    bool isServerSorted(int) const override { return false; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Drag and drop inside the view: a move only.
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

Q_SIGNALS:
    // The new order was saved; or refused (the old order is back) with a sentence saying why.
    void reordered();
    void reorderFailed(const QString &message);

protected:
    void requestWholeList(QObject *context) override;
    void clearRows() override;

private:
    QList<ClassificationLevel> shownOf(const QList<ClassificationLevel> &levels) const;
    void rebuild();
    int dropTarget(int row, const QModelIndex &parent) const;

    const ClassificationService *m_service;
    QList<ClassificationLevel> m_levels; // all, in sensitivity order, the archived last
    QList<ClassificationLevel> m_shown;  // what the rows are
    bool m_showArchived = false;
    RequestScope m_reorder{this}; // the order being saved
};
