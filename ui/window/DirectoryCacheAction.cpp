#include "DirectoryCacheAction.h"

#include "MainWindow.h"
#include "Settings.h"
#include "UsersPane.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

DirectoryCacheAction::DirectoryCacheAction(MainWindow *window, Settings *settings)
    : QObject(window), m_window(window), m_settings(settings),
      m_action(new QAction(tr("&Keep People on This Computer"), this))
{
    m_action->setObjectName(QStringLiteral("directoryCacheAction"));
    m_action->setCheckable(true);
    m_action->setChecked(settings->value(SettingKeys::directoryCache));
    m_action->setToolTip(tr("Keep a copy of each organization's people (never a key) so that the "
                            "Users area opens at once and refreshes in the background. Off "
                            "deletes the copy."));
    connect(m_action, &QAction::toggled, this, &DirectoryCacheAction::setEnabled);
    if (auto *view = window->menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        view->addSeparator();
        view->addAction(m_action);
    }
}

void DirectoryCacheAction::setEnabled(bool enabled)
{
    m_action->setChecked(enabled);
    m_settings->setValue(SettingKeys::directoryCache, enabled);
    m_settings->sync();
    if (auto *users = qobject_cast<UsersPane *>(m_window->pane(QStringLiteral("users"))))
        users->setDirectoryCache(enabled);
}
