#pragma once

#include "JobItem.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class ApiClient;
class ApiReply;
struct ApiRequest;
class BulkOperation;
class JobJournal;

// Runs one operation over many items with a bounded number of calls in flight (the ApiClient
// paces them against the rate limit), a result per item, cancel, retry of the failed ones, and
// a journal entry for every change.
class BulkJob : public QObject
{
    Q_OBJECT

public:
    // Interrupted: its connection closed mid-way; the journal keeps it unfinished, so it can
    // be resumed later like a job a crash stopped.
    enum class Status { Ready, Running, Cancelling, Cancelled, Finished, Interrupted };
    Q_ENUM(Status)

    // `operation` must outlive the job (registered operations live for the whole run);
    // `journal` may be null (no journaling).
    BulkJob(ApiClient *client, const BulkOperation *operation, JobSpec spec, QList<JobItem> items,
            JobJournal *journal, QObject *parent = nullptr);
    ~BulkJob() override;

    const JobSpec &spec() const { return m_spec; }
    const QList<JobItem> &items() const { return m_items; }
    const BulkOperation *operation() const { return m_operation; }
    ApiClient *client() const; // nullptr once its connection has closed
    Status status() const { return m_status; }
    int count(JobItem::State state) const;
    int finishedCount() const; // done + failed + skipped
    bool canUndo() const;

    void setConcurrency(int concurrency) { m_concurrency = std::max(1, concurrency); }

    void start();
    void cancel();      // stops sending; items not yet sent stay pending
    void retryFailed(); // failed items back to pending, and run again
    // The items an undo acts on: those this job changed (done).
    QList<JobItem> undoItems() const;

Q_SIGNALS:
    void itemChanged(int index);
    void statusChanged(BulkJob::Status status);
    void finished();

private:
    void pump();
    void startItem(int index);
    void startCheck(int index, const ApiRequest &check);
    void startBatch(const QList<int> &indices);
    void onAnswer(int index, ApiReply *reply, bool wasCheck);
    void onBatchAnswer(const QList<int> &indices, ApiReply *reply);
    void afterAnswer(int lowestPending);
    void setItem(int index, JobItem::State state, const QString &reason);
    void setStatus(Status status);
    void finishIfIdle();
    void conclude(Status status);

    void onClientDestroyed();

    QPointer<ApiClient> m_client;
    const BulkOperation *m_operation;
    JobSpec m_spec;
    QList<JobItem> m_items;
    JobJournal *m_journal;
    Status m_status = Status::Ready;
    int m_concurrency = 4;
    int m_next = 0;
    QList<QPointer<ApiReply>> m_inFlight;
    // Items whose answer was lost (a dropped connection, a timeout, a 5xx) and that are being
    // checked: the reason they failed with, should the check find the change not made.
    QHash<int, QString> m_lostAnswers;
};
