#pragma once

#include <QObject>

class MainWindow;

// The window's keys beyond its menus' own: Ctrl+1…9 open the areas in the sidebar's order (a Go
// menu lists them), and Help › Keyboard shortcuts shows every key the window and the current
// area have (ShortcutSheet).
class WindowKeys : public QObject
{
    Q_OBJECT

public:
    explicit WindowKeys(MainWindow *window);

    void showSheet();

private:
    void addGoMenu();
    void addSheetAction();

    MainWindow *m_window;
};
