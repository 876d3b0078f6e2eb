#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <functional>

class AreaPane;
class BulkJob;
class DesktopNotifier;
class JobsDock;
class MainWindow;
class PagedTableModel;

// Tells the desktop when long work ends while nobody looks at the window (it is not the active
// window, or it is minimized): a job ("Suspend access: 240 people" – "238 done, 2 failed"), or
// a listing of every page that took a while. Clicking the notification brings the window up
// with the job picked in the jobs view, or the area that listed.
class WorkNotifications : public QObject
{
    Q_OBJECT

public:
    WorkNotifications(MainWindow *window, JobsDock *jobs);

    DesktopNotifier *notifier() const { return m_notifier; }
    // How long a listing of every page must take to be worth a notification (default 10 s).
    void setLongListing(int ms) { m_longListingMs = ms; }

private:
    void onJobFinished(BulkJob *job);
    void onPaneCreated(const QString &key, AreaPane *pane);
    void onListingChanged(const QString &key, PagedTableModel *model);
    void announce(const QString &summary, const QString &body, std::function<void()> open);
    void bringUpWindow();
    bool isLookedAt() const;

    MainWindow *m_window;
    JobsDock *m_jobs;
    DesktopNotifier *m_notifier;
    int m_longListingMs = 10000;
    QHash<PagedTableModel *, QElapsedTimer> m_listings; // listings of every page under way
    QHash<int, std::function<void()>> m_openers;        // token → what a click opens
    int m_nextToken = 1;
};
