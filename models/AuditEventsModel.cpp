#include "AuditEventsModel.h"

#include "AuditBackground.h"
#include <QTimer>

AuditEventsModel::AuditEventsModel(const AuditArchive *archive, QObject *parent)
    : RowListModel(ColumnCount, parent), m_archive(archive)
{}

void AuditEventsModel::setActionNames(const AuditActionNames &names)
{
    m_names = names;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Action), index(rowCount() - 1, Action));
}

void AuditEventsModel::fetchLocalPage()
{
    if (!m_archive || !m_archive->isOpen()) {
        addPage({}, false);
        return;
    }
    std::optional<AuditArchive::RowKey> after;
    if (!rows().isEmpty())
        after = AuditArchive::RowKey{rows().constLast().timeMs, rows().constLast().id};
    // One more than a page says whether another page follows without asking again.
    QList<AuditEvent> page = m_archive->events(m_filter, pageSize + 1, after);
    if (page.isEmpty() && !m_archive->lastError().isEmpty())
        Q_EMIT readFailed(m_archive->lastError());
    const bool more = page.size() > pageSize;
    if (more)
        page.removeLast();
    addPage(page, more);
}

void AuditEventsModel::setCountSource(const QString &orgId, const QString &databaseFolder)
{
    m_orgId = orgId;
    m_folder = databaseFolder;
}

ApiReply *AuditEventsModel::requestCount(QObject *context, ApiCallback<int> callback)
{
    const auto deliver = [callback](qint64 count) {
        ApiResult<int> result;
        result.value = int(count);
        callback(result);
    };
    if (!m_orgId.isEmpty()) {
        AuditBackground::read<qint64>(
            m_orgId, m_folder, context,
            [filter = m_filter](const AuditArchive &archive) { return archive.count(filter); },
            deliver);
        return nullptr;
    }
    // After the first page is on screen: the rows come before their count.
    QTimer::singleShot(0, context,
                       [this, deliver] { deliver(m_archive ? m_archive->count(m_filter) : 0); });
    return nullptr;
}

int AuditEventsModel::rowOf(const QString &eventId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (rows().at(row).id == eventId)
            return row;
    }
    return -1;
}

QVariant AuditEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(section);
}

QString AuditEventsModel::columnTitle(int column)
{
    switch (column) {
    case Time:
        return tr("Time");
    case Action:
        return tr("Action");
    case Actor:
        return tr("By");
    case Target:
        return tr("On");
    case Where:
        return tr("Where");
    case Ip:
        return tr("IP address");
    case Place:
        return tr("Place");
    default:
        return QString();
    }
}

QString AuditEventsModel::cellText(const AuditEvent &event, int column,
                                   const AuditActionNames &names)
{
    switch (column) {
    case Time:
        return AuditText::time(event.timeMs);
    case Action:
        return names.name(event.action);
    case Actor:
        return AuditText::actor(event);
    case Target:
        return AuditText::items(event.context);
    case Where:
        return AuditText::items(event.container);
    case Ip:
        return event.ip;
    case Place:
        return event.place();
    default:
        return QString();
    }
}

QVariant AuditEventsModel::display(const AuditEvent &event, int column) const
{
    return cellText(event, column, m_names);
}

QVariant AuditEventsModel::raw(const AuditEvent &event, int column) const
{
    switch (column) {
    case Time:
        return QDateTime::fromMSecsSinceEpoch(event.timeMs, Qt::UTC);
    case Action:
        return event.action;
    case Actor:
        return event.actorId;
    default:
        return cellText(event, column, m_names);
    }
}

QVariant AuditEventsModel::tooltip(const AuditEvent &event, int column) const
{
    switch (column) {
    case Action:
        return event.action;
    case Actor:
        return event.actorEmail.isEmpty() ? event.actorId : event.actorEmail;
    case Target:
        return event.context.size() > 2 ? AuditText::items(event.context, 50) : QVariant();
    case Where:
        return event.container.size() > 2 ? AuditText::items(event.container, 50) : QVariant();
    default:
        return QVariant();
    }
}

QVariant AuditEventsModel::extraData(int row, int, int role) const
{
    if (role == IdRole)
        return rows().at(row).id;
    return QVariant();
}
