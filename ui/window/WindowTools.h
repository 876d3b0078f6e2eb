#pragma once

#include <QObject>
#include <QPointer>

class ApiActivityDock;
class AreaPane;
class Connection;
class JobManager;
class JobsDock;
class MainWindow;
class SavedViews;

// What the window has beside its areas, for help-desk work: the jobs view (with the job
// manager and its journal, so an unfinished job is offered for resuming), the API activity
// view, and the saved views of the Users area in the sidebar. Follows the window's
// connection; the View menu toggles the two docks.
class WindowTools : public QObject
{
    Q_OBJECT

public:
    // `journalDirectory` empty: JobManager::defaultJournalDirectory().
    explicit WindowTools(MainWindow *window, const QString &journalDirectory = QString());

    JobsDock *jobsDock() const { return m_jobsDock; }
    ApiActivityDock *activityDock() const { return m_activityDock; }
    JobManager *jobManager() const { return m_jobs; }
    SavedViews *savedViews() const { return m_views; }

    // Opens the Users area with this saved view's filters.
    void openSavedView(const QString &name);

private:
    void onConnectionChanged(Connection *connection);
    void onPaneCreated(const QString &key, AreaPane *pane);
    void refreshSavedViews();
    void askViewName(const class UserFilter &filter);

    MainWindow *m_window;
    JobManager *m_jobs;
    JobsDock *m_jobsDock;
    ApiActivityDock *m_activityDock;
    SavedViews *m_views;
    QPointer<Connection> m_connection;
};
