#include "WorkNotifications.h"

#include "Areas.h"
#include "BulkJob.h"
#include "DesktopNotifier.h"
#include "JobsDock.h"
#include "JobsModel.h"
#include "ListAreaPane.h"
#include "MainWindow.h"
#include "PagedTableModel.h"

#include <QLabel>
#include <QPointer>
#include <QTreeView>

WorkNotifications::WorkNotifications(MainWindow *window, JobsDock *jobs)
    : QObject(window), m_window(window), m_jobs(jobs), m_notifier(new DesktopNotifier(this))
{
    connect(jobs, &JobsDock::jobFinished, this, &WorkNotifications::onJobFinished);
    connect(window, &MainWindow::paneCreated, this, &WorkNotifications::onPaneCreated);
    connect(m_notifier, &DesktopNotifier::clicked, this, [this](int token) {
        if (const std::function<void()> open = m_openers.take(token))
            open();
    });
}

bool WorkNotifications::isLookedAt() const
{
    return m_window->isActiveWindow() && !m_window->isMinimized();
}

void WorkNotifications::onJobFinished(BulkJob *job)
{
    if (isLookedAt())
        return;
    const QString counts = JobsModel::summaryText(job);
    const QString body =
        job->status() == BulkJob::Status::Cancelled ? tr("Cancelled: %1").arg(counts) : counts;
    const QPointer<BulkJob> guard(job);
    announce(job->spec().title, body, [this, guard] {
        bringUpWindow();
        m_jobs->show();
        m_jobs->raise();
        if (guard)
            m_jobs->selectJob(guard);
        m_jobs->view()->setFocus(Qt::OtherFocusReason);
    });
}

void WorkNotifications::onPaneCreated(const QString &key, AreaPane *pane)
{
    auto *list = qobject_cast<ListAreaPane *>(pane);
    if (!list)
        return;
    PagedTableModel *model = list->pagedModel();
    connect(model, &PagedTableModel::loadingChanged, this,
            [this, key, model] { onListingChanged(key, model); });
    connect(model, &PagedTableModel::modelReset, this, [this, model] { m_listings.remove(model); });
    connect(model, &QObject::destroyed, this, [this, model] { m_listings.remove(model); });
}

void WorkNotifications::onListingChanged(const QString &key, PagedTableModel *model)
{
    if (model->isFetchingAll() && model->isLoading()) {
        if (!m_listings.contains(model))
            m_listings[model].start();
        return;
    }
    if (model->isLoading() || !m_listings.contains(model))
        return;
    const qint64 took = m_listings.take(model).elapsed();
    if (took < m_longListingMs || isLookedAt())
        return;
    QString title = key;
    for (const AreaDefinition &area : Areas::all()) {
        if (area.key == key)
            title = area.title;
    }
    const auto *pane = qobject_cast<ListAreaPane *>(m_window->pane(key));
    const QString body =
        model->lastError().isError()
            ? tr("Listing stopped: %1").arg(model->lastError().userMessage())
            : tr("Every page is in: %1.").arg(pane ? pane->countLabel()->text() : QString());
    announce(title, body, [this, key] {
        bringUpWindow();
        m_window->showArea(key);
    });
}

void WorkNotifications::announce(const QString &summary, const QString &body,
                                 std::function<void()> open)
{
    const int token = m_nextToken++;
    m_openers.insert(token, std::move(open));
    m_notifier->notify(summary, body, token);
}

void WorkNotifications::bringUpWindow()
{
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}
