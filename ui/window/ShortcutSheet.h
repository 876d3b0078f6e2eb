#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class MainWindow;
class QAction;
class QTreeWidget;

// Help › Keyboard shortcuts: every key of the window (its menus first, in their order) and of
// the area on screen, read from the actions themselves, with the keys as the platform writes
// them. Nothing here is a list kept by hand.
class ShortcutSheet : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString text; // the action's text without its mnemonic
        QString keys; // "Ctrl+E", or several: "Return, Alt+Return"
    };
    struct Section
    {
        QString title; // "Window", or the area's name
        QList<Entry> entries;
    };

    explicit ShortcutSheet(MainWindow *window);

    static QList<Section> collect(const MainWindow *window);
    QTreeWidget *view() const { return m_view; }

private:
    QTreeWidget *m_view;
};
