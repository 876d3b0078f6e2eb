#include "JobLauncher.h"

#include "BulkJob.h"
#include "JobManager.h"
#include "JobResultDialog.h"
#include "JobsDock.h"

#include <QWidget>

JobLauncher::JobLauncher(QWidget *area) : QObject(area), m_area(area) {}

JobLauncher::~JobLauncher() = default;

namespace {

JobsDock *dockOf(QWidget *area)
{
    QWidget *window = area->window();
    auto *dock = window ? window->findChild<JobsDock *>() : nullptr;
    return dock && dock->jobManager() ? dock : nullptr;
}

} // namespace

JobManager *JobLauncher::jobManager()
{
    if (JobsDock *dock = dockOf(m_area))
        return dock->jobManager();
    if (!m_ownManager)
        m_ownManager = new JobManager(JobManager::defaultJournalDirectory(), this);
    return m_ownManager;
}

BulkJob *JobLauncher::start(ApiClient *client, JobSpec spec, const QList<JobItem> &items)
{
    JobsDock *dock = dockOf(m_area);
    BulkJob *job = jobManager()->start(client, std::move(spec), items);
    if (!job)
        return nullptr;
    connect(job, &BulkJob::finished, this, [this, job] { Q_EMIT jobFinished(job); });
    if (dock) {
        dock->show();
        dock->raise();
        dock->selectJob(job);
        return job;
    }
    auto *dialog = new JobResultDialog(job, m_area);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return job;
}
