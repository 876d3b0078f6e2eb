#pragma once

#include <QObject>

class MainWindow;
class QAction;
class Settings;

// View › Keep People on This Computer: the Users area's directory cache on or off. Applies at
// once to the open Users area (off deletes the organization's copy) and is kept in the settings.
class DirectoryCacheAction : public QObject
{
    Q_OBJECT

public:
    // Adds the checkable action to the window's View menu (the menu named "viewMenu").
    DirectoryCacheAction(MainWindow *window, Settings *settings);

    QAction *action() const { return m_action; }
    void setEnabled(bool enabled);

private:
    MainWindow *m_window;
    Settings *m_settings;
    QAction *m_action;
};
