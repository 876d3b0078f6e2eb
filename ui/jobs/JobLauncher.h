#pragma once

#include "JobItem.h"

#include <QObject>
#include <QPointer>

class ApiClient;
class BulkJob;
class JobManager;
class QWidget;

// Starts an area's bulk job where the window shows jobs: through the window's jobs dock
// (JobsDock) when it has one, which then shows the job; otherwise through a job manager of
// the area's own, with a result dialog listing every item. Either way the job is journaled.
class JobLauncher : public QObject
{
    Q_OBJECT

public:
    explicit JobLauncher(QWidget *area);
    ~JobLauncher() override;

    // nullptr when the operation is not registered.
    BulkJob *start(ApiClient *client, JobSpec spec, const QList<JobItem> &items);

    // The manager jobs go to now: the dock's, or this launcher's own.
    JobManager *jobManager();

Q_SIGNALS:
    // A job this launcher started has finished (or was cancelled).
    void jobFinished(BulkJob *job);

private:
    QWidget *m_area;
    JobManager *m_ownManager = nullptr;
};
