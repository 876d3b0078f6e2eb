#pragma once

#include "ApiClient.h"
#include "JobManager.h"

#include <QDockWidget>
#include <QPointer>

class BulkJob;
class JobsModel;
class QLabel;
class QPushButton;
class QTreeView;

// The jobs view: every bulk job of this run, newest first, each expanding to one line per
// item (pending, done, failed with the reason, skipped). Progress, cancel, retry the failed,
// undo (the inverse verb on what the job changed), export a job's results as CSV. A bar on top
// offers to resume, or discard, a job an earlier run left unfinished on this organization.
// Generic: it knows jobs and items, not people or tokens.
class JobsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit JobsDock(QWidget *parent = nullptr);

    void setJobManager(JobManager *manager);
    JobManager *jobManager() const { return m_manager; }
    // The connection new work goes through (resume, and undo of a job whose own connection
    // closed); only unfinished jobs of `orgId` are offered. nullptr: none.
    void setClient(ApiClient *client, const QString &orgId);

    JobsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    BulkJob *currentJob() const;
    void selectJob(const BulkJob *job);

    // The unfinished job on offer in the bar, as "title (n of m done)"; empty when none.
    QString resumeOfferText() const;
    void resumeOffered();  // the bar's Resume
    void discardOffered(); // the bar's Discard

    // Writes the job's results as CSV; false (with a message) when the file cannot be written.
    bool exportResults(const BulkJob *job, const QString &path);

    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *undoButton() const { return m_undo; }
    QPushButton *exportButton() const { return m_export; }

Q_SIGNALS:
    // A job started from here (undo, retry, resume): panes may want to refresh afterwards.
    void jobStarted(BulkJob *job);
    void jobFinished(BulkJob *job);

private:
    QWidget *createResumeBar();
    QWidget *createButtons();
    void onJobAdded(BulkJob *job);
    void updateButtons();
    void updateResumeBar();
    void undoCurrent();
    void exportCurrent();
    ApiClient *clientFor(const BulkJob *job) const;

    QPointer<JobManager> m_manager;
    QPointer<ApiClient> m_client;
    QString m_orgId;
    JobsModel *m_model;
    QTreeView *m_view = nullptr;
    QWidget *m_resumeBar = nullptr;
    QLabel *m_resumeText = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_export = nullptr;
};
