#include "JobManager.h"

#include "BulkJob.h"
#include "BulkOperation.h"

#include <QStandardPaths>
#include <QUuid>

JobManager::JobManager(const QString &journalDirectory, QObject *parent)
    : QObject(parent), m_journal(journalDirectory)
{}

JobManager::~JobManager() = default;

QString JobManager::defaultJournalDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/jobs");
}

BulkJob *JobManager::adopt(ApiClient *client, const JobSpec &spec, const QList<JobItem> &items)
{
    const BulkOperation *operation = BulkOperationRegistry::find(spec.operation);
    if (!operation)
        return nullptr;
    auto *job = new BulkJob(client, operation, spec, items, &m_journal, this);
    job->setConcurrency(m_concurrency);
    m_jobs.append(job);
    Q_EMIT jobAdded(job);
    return job;
}

BulkJob *JobManager::start(ApiClient *client, JobSpec spec, QList<JobItem> items)
{
    if (!BulkOperationRegistry::find(spec.operation))
        return nullptr;
    if (spec.id.isEmpty())
        spec.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!spec.createdAt.isValid())
        spec.createdAt = QDateTime::currentDateTimeUtc();
    m_journal.create(spec, items);
    BulkJob *job = adopt(client, spec, items);
    job->start();
    return job;
}

BulkJob *JobManager::startUndo(ApiClient *client, const BulkJob *job, const QString &reason)
{
    const BulkOperation *inverse = BulkOperationRegistry::find(job->operation()->inverseKey());
    const QList<JobItem> items = job->undoItems();
    if (!inverse || items.isEmpty())
        return nullptr;
    JobSpec spec = job->spec();
    spec.id.clear();
    spec.createdAt = QDateTime();
    spec.operation = inverse->key();
    spec.title = tr("Undo: %1").arg(job->spec().title);
    spec.undoOf = job->spec().id;
    if (!reason.isEmpty())
        spec.reason = reason;
    return start(client, spec, items);
}

QList<JobJournal::Entry> JobManager::unfinishedFromEarlierRuns() const
{
    QList<JobJournal::Entry> entries = m_journal.unfinished();
    entries.removeIf([this](const JobJournal::Entry &entry) {
        for (const BulkJob *job : m_jobs) {
            // A job whose connection closed mid-way may be resumed like one a crash stopped.
            if (job->spec().id == entry.spec.id)
                return job->status() != BulkJob::Status::Interrupted;
        }
        return m_resumedIds.contains(entry.spec.id);
    });
    return entries;
}

BulkJob *JobManager::resume(ApiClient *client, const JobJournal::Entry &entry)
{
    for (BulkJob *old : std::as_const(m_jobs)) {
        if (old->spec().id == entry.spec.id && old->status() == BulkJob::Status::Interrupted) {
            m_jobs.removeOne(old);
            old->deleteLater();
            break;
        }
    }
    BulkJob *job = adopt(client, entry.spec, entry.items);
    if (!job)
        return nullptr;
    m_resumedIds.append(entry.spec.id);
    job->start();
    return job;
}

void JobManager::discard(const JobJournal::Entry &entry)
{
    m_journal.recordFinished(entry.spec.id);
}
