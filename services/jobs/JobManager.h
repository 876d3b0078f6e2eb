#pragma once

#include "JobJournal.h"

#include <QList>
#include <QObject>

class ApiClient;
class BulkJob;

// Every bulk job of this run: starts them with a journal, undoes them by the inverse verb,
// and resumes the ones a previous run left unfinished. The jobs view and the CLI both use it.
class JobManager : public QObject
{
    Q_OBJECT

public:
    // `journalDirectory` is usually <AppDataLocation>/jobs.
    explicit JobManager(const QString &journalDirectory, QObject *parent = nullptr);
    ~JobManager() override;

    static QString defaultJournalDirectory();

    // Creates the job (items already in their final state, e.g. skipped, stay so), writes its
    // journal and starts it. Returns nullptr when the operation key is unknown.
    BulkJob *start(ApiClient *client, JobSpec spec, QList<JobItem> items);
    // A new job running the inverse verb on the items `job` changed; nullptr when it has none.
    // `reason` goes to the history (the undone job's reason when empty).
    BulkJob *startUndo(ApiClient *client, const BulkJob *job, const QString &reason = QString());
    // Jobs a previous run left unfinished (journal without an end mark).
    QList<JobJournal::Entry> unfinishedFromEarlierRuns() const;
    BulkJob *resume(ApiClient *client, const JobJournal::Entry &entry);
    // Drops an unfinished job from an earlier run without running it (its journal is closed).
    void discard(const JobJournal::Entry &entry);

    const QList<BulkJob *> &jobs() const { return m_jobs; }
    JobJournal *journal() { return &m_journal; }
    void setConcurrency(int concurrency) { m_concurrency = concurrency; }

Q_SIGNALS:
    void jobAdded(BulkJob *job);

private:
    BulkJob *adopt(ApiClient *client, const JobSpec &spec, const QList<JobItem> &items);

    JobJournal m_journal;
    QList<BulkJob *> m_jobs;
    QStringList m_resumedIds;
    int m_concurrency = 4;
};
