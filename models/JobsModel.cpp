#include "JobsModel.h"

#include "BulkJob.h"
#include "CsvRecord.h"
#include "JobManager.h"
#include "StatusColors.h"

#include <QColor>
#include <QLocale>

JobsModel::JobsModel(QObject *parent) : QAbstractItemModel(parent)
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(batchInterval);
    connect(&m_batch, &QTimer::timeout, this, &JobsModel::flush);
}

JobsModel::~JobsModel()
{
    qDeleteAll(m_entries);
}

void JobsModel::setJobManager(JobManager *manager)
{
    if (m_manager)
        disconnect(m_manager, nullptr, this, nullptr);
    beginResetModel();
    for (Entry *entry : std::as_const(m_entries)) {
        if (entry->job)
            disconnect(entry->job, nullptr, this, nullptr);
    }
    qDeleteAll(m_entries);
    m_entries.clear();
    m_manager = manager;
    endResetModel();
    if (!manager)
        return;
    for (BulkJob *job : manager->jobs())
        addJob(job);
    connect(manager, &JobManager::jobAdded, this, &JobsModel::addJob);
}

void JobsModel::addJob(BulkJob *job)
{
    auto *entry = new Entry{job};
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
    connect(job, &BulkJob::itemChanged, this,
            [this, entry](int item) { onItemChanged(entry, item); });
    connect(job, &BulkJob::statusChanged, this, [this, entry] { onStatusChanged(entry); });
    connect(job, &QObject::destroyed, this, [this, entry] {
        const int row = rowOf(entry);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        delete m_entries.takeAt(row);
        endRemoveRows();
    });
}

int JobsModel::rowOf(const Entry *entry) const
{
    return int(m_entries.indexOf(const_cast<Entry *>(entry)));
}

void JobsModel::onItemChanged(Entry *entry, int item)
{
    entry->dirtyFirst = entry->dirtyFirst < 0 ? item : qMin(entry->dirtyFirst, item);
    entry->dirtyLast = qMax(entry->dirtyLast, item);
    if (!m_batch.isActive())
        m_batch.start();
}

void JobsModel::onStatusChanged(Entry *entry)
{
    flush(); // the last items first, then the job's own row
    const int row = rowOf(entry);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void JobsModel::flush()
{
    m_batch.stop();
    for (int row = 0; row < m_entries.size(); ++row) {
        Entry *entry = m_entries.at(row);
        if (entry->dirtyFirst < 0)
            continue;
        const QModelIndex parent = index(row, 0);
        const int last = qMin(entry->dirtyLast, rowCount(parent) - 1);
        if (entry->dirtyFirst <= last) {
            Q_EMIT dataChanged(index(entry->dirtyFirst, 0, parent),
                               index(last, ColumnCount - 1, parent));
        }
        entry->dirtyFirst = entry->dirtyLast = -1;
        Q_EMIT dataChanged(parent, index(row, ColumnCount - 1));
    }
}

BulkJob *JobsModel::jobAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const auto *entry = static_cast<const Entry *>(index.internalPointer());
    if (entry)
        return entry->job;
    return index.row() < m_entries.size() ? m_entries.at(index.row())->job.data() : nullptr;
}

QModelIndex JobsModel::indexOf(const BulkJob *job, int column) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row)->job == job)
            return index(row, column);
    }
    return {};
}

int JobsModel::itemRow(const QModelIndex &index)
{
    return index.isValid() && index.internalPointer() ? index.row() : -1;
}

QModelIndex JobsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_entries.size() ? createIndex(row, column, nullptr) : QModelIndex();
    if (parent.internalPointer() || parent.row() >= m_entries.size())
        return {}; // items have no children
    Entry *entry = m_entries.at(parent.row());
    if (!entry->job || row >= entry->job->items().size())
        return {};
    return createIndex(row, column, entry);
}

QModelIndex JobsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !child.internalPointer())
        return {};
    const int row = rowOf(static_cast<const Entry *>(child.internalPointer()));
    return row < 0 ? QModelIndex() : createIndex(row, 0, nullptr);
}

int JobsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_entries.size());
    if (parent.column() != 0 || parent.internalPointer() || parent.row() >= m_entries.size())
        return 0;
    const BulkJob *job = m_entries.at(parent.row())->job;
    return job ? int(job->items().size()) : 0;
}

int JobsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Job / item");
    case Status:
        return tr("Status");
    case Progress:
        return tr("Progress");
    case Detail:
        return tr("Result");
    case Started:
        return tr("Started");
    default:
        return {};
    }
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    const BulkJob *job = jobAt(index);
    if (!job)
        return {};
    if (role == IsJobRole)
        return itemRow(index) < 0;
    const int item = itemRow(index);
    return item < 0 ? jobData(job, index.column(), role)
                    : itemData(job, item, index.column(), role);
}

QVariant JobsModel::jobData(const BulkJob *job, int column, int role) const
{
    const int total = int(job->items().size());
    const int progress = total == 0 ? 100 : job->finishedCount() * 100 / total;
    if (role == RawValueRole) {
        switch (column) {
        case Status:
            return int(job->status());
        case Progress:
            return progress;
        case Started:
            return job->spec().createdAt;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && column == Name && !job->spec().reason.isEmpty())
        return tr("Reason: %1").arg(job->spec().reason);
    if (role == Qt::ForegroundRole && column == Status && job->count(JobItem::State::Failed) > 0)
        return StatusColors::danger();
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (column) {
    case Name:
        return job->spec().title;
    case Status:
        return statusText(job);
    case Progress:
        return tr("%1 of %2").arg(locale.toString(job->finishedCount()), locale.toString(total));
    case Detail:
        return summaryText(job);
    case Started: {
        // The time alone today, the date and time before.
        const QDateTime started = job->spec().createdAt.toLocalTime();
        return started.date() == QDate::currentDate()
                   ? locale.toString(started.time(), QLocale::ShortFormat)
                   : locale.toString(started, QLocale::ShortFormat);
    }
    default:
        return {};
    }
}

QVariant JobsModel::itemData(const BulkJob *job, int item, int column, int role) const
{
    const JobItem &entry = job->items().at(item);
    switch (role) {
    case RawValueRole:
        return column == Status ? QVariant(int(entry.state)) : QVariant();
    case ItemIdRole:
        return entry.id;
    case Qt::ToolTipRole:
        return column == Name ? entry.id : entry.reason;
    case Qt::ForegroundRole:
        if (column != Status)
            return {};
        if (entry.state == JobItem::State::Failed)
            return StatusColors::danger();
        if (entry.state == JobItem::State::Done)
            return StatusColors::ok();
        return {};
    case Qt::DisplayRole:
        if (column == Name)
            return entry.label.isEmpty() ? entry.id : entry.label;
        if (column == Status)
            return stateText(entry.state);
        if (column == Detail)
            return entry.reason;
        return {};
    default:
        return {};
    }
}

QString JobsModel::stateText(JobItem::State state)
{
    switch (state) {
    case JobItem::State::Pending:
        return tr("Pending");
    case JobItem::State::Running:
        return tr("In progress");
    case JobItem::State::Done:
        return tr("Done");
    case JobItem::State::Failed:
        return tr("Failed");
    case JobItem::State::Skipped:
        return tr("Skipped");
    }
    return QString();
}

QString JobsModel::statusText(const BulkJob *job)
{
    switch (job->status()) {
    case BulkJob::Status::Ready:
        return tr("Waiting");
    case BulkJob::Status::Running:
        return tr("Running");
    case BulkJob::Status::Cancelling:
        return tr("Cancelling\u2026");
    case BulkJob::Status::Cancelled:
        return tr("Cancelled");
    case BulkJob::Status::Interrupted:
        return tr("Interrupted");
    case BulkJob::Status::Finished:
        return job->count(JobItem::State::Failed) > 0 ? tr("Finished with failures")
                                                      : tr("Finished");
    }
    return QString();
}

QString JobsModel::summaryText(const BulkJob *job)
{
    QStringList parts;
    const int done = job->count(JobItem::State::Done);
    const int failed = job->count(JobItem::State::Failed);
    const int skipped = job->count(JobItem::State::Skipped);
    const int waiting = job->count(JobItem::State::Pending) + job->count(JobItem::State::Running);
    if (done > 0)
        parts.append(tr("%n done", nullptr, done));
    if (failed > 0)
        parts.append(tr("%n failed", nullptr, failed));
    if (skipped > 0)
        parts.append(tr("%n skipped", nullptr, skipped));
    if (waiting > 0)
        parts.append(tr("%n to go", nullptr, waiting));
    return parts.join(tr(", ", "between counts"));
}

QByteArray JobsModel::resultsCsv(const BulkJob *job)
{
    QByteArray csv = CsvRecord::record({QStringLiteral("id"), QStringLiteral("name"),
                                        QStringLiteral("result"), QStringLiteral("reason")});
    for (const JobItem &item : job->items())
        csv +=
            CsvRecord::record({item.id, item.label, JobItem::stateName(item.state), item.reason});
    return csv;
}
