#include "ClassificationLevelsModel.h"

#include "ClassificationService.h"
#include "ClassificationText.h"
#include "StatusColors.h"

#include <QColor>
#include <QMimeData>

QString ClassificationLevelsModel::mimeType()
{
    return QStringLiteral("application/x-orgdesk-classification-level");
}

ClassificationLevelsModel::ClassificationLevelsModel(const ClassificationService *service,
                                                     QObject *parent)
    : PagedTableModel(parent), m_service(service)
{}

void ClassificationLevelsModel::requestWholeList(QObject *context)
{
    m_service->levels(context, [this](const ApiResult<QList<ClassificationLevel>> &result) {
        if (!result.ok()) {
            listFailed(result.error);
            return;
        }
        m_levels = result.value;
        // Most sensitive first, the archived after the others, as the server's order says.
        std::stable_sort(m_levels.begin(), m_levels.end(),
                         [](const ClassificationLevel &a, const ClassificationLevel &b) {
                             if (a.isArchived() != b.isArchived())
                                 return !a.isArchived();
                             return a.sensitivity < b.sensitivity;
                         });
        appendRows(m_shown, shownOf(m_levels));
        pageArrived(false);
    });
}

void ClassificationLevelsModel::clearRows()
{
    m_levels.clear();
    m_shown.clear();
}

QList<ClassificationLevel>
ClassificationLevelsModel::shownOf(const QList<ClassificationLevel> &levels) const
{
    QList<ClassificationLevel> shown;
    for (const ClassificationLevel &level : levels) {
        if (m_showArchived || !level.isArchived())
            shown.append(level);
    }
    return shown;
}

void ClassificationLevelsModel::rebuild()
{
    beginResetModel();
    m_shown = shownOf(m_levels);
    endResetModel();
    Q_EMIT loadedCountChanged(loadedCount());
}

void ClassificationLevelsModel::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    rebuild();
}

int ClassificationLevelsModel::rowOf(const QString &levelId) const
{
    for (int row = 0; row < m_shown.size(); ++row) {
        if (m_shown.at(row).levelId == levelId)
            return row;
    }
    return -1;
}

QStringList ClassificationLevelsModel::names() const
{
    QStringList names;
    for (const ClassificationLevel &level : m_levels)
        names.append(level.name);
    return names;
}

int ClassificationLevelsModel::archivedCount() const
{
    return int(m_levels.size()) - activeCount();
}

int ClassificationLevelsModel::activeCount() const
{
    return int(std::count_if(m_levels.begin(), m_levels.end(),
                             [](const ClassificationLevel &level) { return !level.isArchived(); }));
}

bool ClassificationLevelsModel::moveLevel(int from, int to)
{
    // The levels that are not archived come first, in m_levels and in m_shown alike.
    const int active = activeCount();
    if (from < 0 || from >= active || to < 0 || isReordering())
        return false;
    to = qMin(to, active - 1);
    if (from == to)
        return false;
    const QList<ClassificationLevel> before = m_levels;
    // beginMoveRows wants the row the level goes before, counted before the move.
    const int destination = to > from ? to + 1 : to;
    beginMoveRows({}, from, from, {}, destination);
    m_levels.move(from, to);
    m_shown.move(from, to);
    for (int i = 0; i < active; ++i) {
        m_levels[i].sensitivity = i + 1;
        m_shown[i].sensitivity = i + 1;
    }
    endMoveRows();
    Q_EMIT dataChanged(index(0, Sensitivity), index(active - 1, Sensitivity));

    QStringList order;
    for (int i = 0; i < active; ++i)
        order.append(m_levels.at(i).levelId);
    // A list loaded again since then already has the server's order: nothing to put back.
    const QPointer<QObject> list = requestContext();
    m_service->reorder(order, m_reorder.renew(), [this, before, list](const ApiError &error) {
        m_reorder.clear(); // done: the next move may go
        if (!error.isError()) {
            Q_EMIT reordered();
            return;
        }
        if (list && list == requestContext()) {
            m_levels = before;
            rebuild();
        }
        Q_EMIT reorderFailed(
            tr("The new order was not saved, so the levels are back in their order. %1")
                .arg(error.userMessage()));
    });
    return true;
}

int ClassificationLevelsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ClassificationLevelsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClassificationLevelsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ClassificationLevel &level = m_shown.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Sensitivity:
            return level.isArchived() ? QString() : QString::number(index.row() + 1);
        case Name:
            return level.name;
        case Status:
            return ClassificationText::status(level);
        case Definition:
            return level.definition;
        case Guideline:
            return level.guideline;
        }
        return {};
    case RawValueRole:
        switch (column) {
        case Sensitivity:
            return level.isArchived() ? 0 : index.row() + 1;
        case Name:
            return level.name;
        case Status:
            return level.statusText;
        case Definition:
            return level.definition;
        case Guideline:
            return level.guideline;
        }
        return {};
    case IdRole:
        return level.levelId;
    case ExportRole:
        return data(index, Qt::DisplayRole);
    case Qt::DecorationRole:
        if (column == Name)
            return ClassificationText::swatch(level.color);
        return {};
    case Qt::ToolTipRole:
        if (column == Name)
            return tr("%1 \u00b7 colour: %2")
                .arg(level.name, ClassificationText::colorName(level.color));
        if (column == Definition || column == Guideline)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::ForegroundRole:
        if (level.isArchived())
            return StatusColors::muted();
        if (column == Status && level.status == ClassificationLevel::Status::Draft)
            return StatusColors::warning();
        return {};
    default:
        return {};
    }
}

QVariant ClassificationLevelsModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Sensitivity)
        return tr("Sensitivity: 1 is the most sensitive. Drag a level to change it.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sensitivity:
        return tr("#");
    case Name:
        return tr("Level");
    case Status:
        return tr("Status");
    case Definition:
        return tr("Definition");
    case Guideline:
        return tr("Guideline");
    default:
        return {};
    }
}

Qt::ItemFlags ClassificationLevelsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_shown.at(index.row()).isArchived())
        flags |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    return flags;
}

Qt::DropActions ClassificationLevelsModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions ClassificationLevelsModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList ClassificationLevelsModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *ClassificationLevelsModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    const int row = indexes.first().row();
    if (row < 0 || row >= m_shown.size() || m_shown.at(row).isArchived())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType(), m_shown.at(row).levelId.toUtf8());
    return data;
}

int ClassificationLevelsModel::dropTarget(int row, const QModelIndex &parent) const
{
    // Dropped on a level: it takes that level's place. Between levels (row): it goes before that
    // row. Anywhere else: last of the levels that are not archived.
    if (parent.isValid())
        return parent.row();
    if (row < 0)
        return activeCount();
    return row;
}

bool ClassificationLevelsModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int,
                                                int, const QModelIndex &) const
{
    return action == Qt::MoveAction && data && data->hasFormat(mimeType()) && !isReordering();
}

bool ClassificationLevelsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                             int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const int from = rowOf(QString::fromUtf8(data->data(mimeType())));
    if (from < 0)
        return false;
    const int before = dropTarget(row, parent);
    // "Before row `before`" in the list without the dragged level, or onto a level: its place.
    const int to = parent.isValid() ? before : (before > from ? before - 1 : before);
    moveLevel(from, to);
    // The move is done here; the view must not remove the dragged row afterwards.
    return false;
}

bool ClassificationLevelsModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                         const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1)
        return false;
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    return moveLevel(sourceRow, to);
}
