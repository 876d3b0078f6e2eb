#pragma once

#include "Theme.h"

#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class Settings;

// View › Theme: System, Light or Dark, one checked. A choice applies at once and is kept in the
// settings; applySaved() puts the kept one on at start.
class ThemeMenu : public QObject
{
    Q_OBJECT

public:
    // Adds the submenu to the window's View menu (the menu named "viewMenu").
    ThemeMenu(QMainWindow *window, Settings *settings);

    static void applySaved(const Settings &settings);

    QMenu *menu() const { return m_menu; }
    QAction *action(Theme::Mode mode) const;
    void choose(Theme::Mode mode);

private:
    QMenu *m_menu;
    QActionGroup *m_group;
    Settings *m_settings;
};
