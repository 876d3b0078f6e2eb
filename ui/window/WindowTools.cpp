#include "WindowTools.h"

#include "ApiActivityDock.h"
#include "AreaLink.h"
#include "BulkJob.h"
#include "Connection.h"
#include "GroupOperations.h"
#include "JobManager.h"
#include "JobsDock.h"
#include "MainWindow.h"
#include "SavedViews.h"
#include "SecurityOperations.h"
#include "Sidebar.h"
#include "SidebarModel.h"
#include "UserFilter.h"
#include "UserOperations.h"
#include "UsersPane.h"
#include "WorkNotifications.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QTreeView>

WindowTools::WindowTools(MainWindow *window, const QString &journalDirectory)
    : QObject(window), m_window(window),
      m_jobs(new JobManager(journalDirectory.isEmpty() ? JobManager::defaultJournalDirectory()
                                                       : journalDirectory,
                            this)),
      m_jobsDock(new JobsDock(window)), m_activityDock(new ApiActivityDock(window)),
      m_views(new SavedViews(QString(), this))
{
    m_jobsDock->setJobManager(m_jobs);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_jobsDock);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_activityDock);
    window->tabifyDockWidget(m_jobsDock, m_activityDock);
    m_jobsDock->hide();
    m_activityDock->hide();

    if (auto *view = window->menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        view->addSeparator();
        QAction *jobs = m_jobsDock->toggleViewAction();
        jobs->setText(tr("&Jobs"));
        jobs->setShortcut(QKeySequence(tr("Ctrl+J")));
        // From the keyboard, into the list at once.
        connect(jobs, &QAction::triggered, m_jobsDock, [this](bool shown) {
            if (shown)
                m_jobsDock->view()->setFocus(Qt::ShortcutFocusReason);
        });
        view->addAction(jobs);
        QAction *activity = m_activityDock->toggleViewAction();
        activity->setText(tr("API &activity"));
        activity->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
        view->addAction(activity);
    }

    new WorkNotifications(window, m_jobsDock); // when a job ends while the window is away

    connect(window, &MainWindow::connectionChanged, this, &WindowTools::onConnectionChanged);
    connect(window, &MainWindow::paneCreated, this, &WindowTools::onPaneCreated);
    connect(window->sidebar(), &Sidebar::savedViewPicked, this, &WindowTools::openSavedView);
    connect(m_views, &SavedViews::changed, this, &WindowTools::refreshSavedViews);
    // Right-click on a saved view: delete it.
    QTreeView *tree = window->sidebar()->view();
    tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(tree, &QWidget::customContextMenuRequested, this, [this, tree](const QPoint &at) {
        const QModelIndex index = tree->indexAt(at);
        if (index.data(SidebarModel::KindRole).toInt() != SidebarModel::SavedView || !m_connection)
            return;
        const QString name = index.data(SidebarModel::IdRole).toString();
        auto *menu = new QMenu(tree);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(tr("Delete view \u201c%1\u201d").arg(name), this, [this, name] {
            if (m_connection)
                m_views->remove(m_connection->orgId(), name);
        });
        menu->popup(tree->viewport()->mapToGlobal(at));
    });
    onConnectionChanged(window->connection());
}

void WindowTools::onConnectionChanged(Connection *connection)
{
    m_connection = connection;
    m_jobsDock->setClient(connection ? connection->client() : nullptr,
                          connection ? connection->orgId() : QString());
    m_activityDock->setClient(connection ? connection->client() : nullptr);
    if (!m_jobsDock->resumeOfferText().isEmpty())
        m_jobsDock->show(); // a job an earlier run left unfinished: offer it at once
    refreshSavedViews();
}

void WindowTools::onPaneCreated(const QString &key, AreaPane *pane)
{
    auto *users = qobject_cast<UsersPane *>(pane);
    if (key != QLatin1String("users") || !users)
        return;
    connect(users, &UsersPane::saveViewRequested, this, &WindowTools::askViewName);
    connect(m_jobsDock, &JobsDock::jobFinished, users, [users] { users->refresh(); });
}

void WindowTools::refreshSavedViews()
{
    QStringList names;
    if (m_connection) {
        for (const SavedViews::View &view : m_views->views(m_connection->orgId()))
            names.append(view.name);
    }
    m_window->sidebar()->model()->setSavedViews(names);
}

void WindowTools::openSavedView(const QString &name)
{
    if (!m_connection)
        return;
    const std::optional<UserFilter> filter = m_views->find(m_connection->orgId(), name);
    if (!filter)
        return;
    m_window->open(AreaLink::usersFiltered(*filter));
}

void WindowTools::askViewName(const UserFilter &filter)
{
    auto *dialog = new QInputDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("saveViewDialog"));
    dialog->setWindowTitle(tr("Save view"));
    dialog->setLabelText(tr("A name for these filters (they appear under Saved views):"));
    const QList<UserFilter::Chip> chips = filter.chips();
    dialog->setTextValue(chips.isEmpty() ? QString() : chips.first().text);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, filter](const QString &text) {
        const QString name = text.trimmed();
        if (!name.isEmpty() && m_connection)
            m_views->save(m_connection->orgId(), name, filter);
    });
    dialog->open();
}
