#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class AreaPane;
class MainWindow;
class Settings;

// Keeps the window's layout between runs: size and place, docks, the sidebar's width, and for
// each area's tables the columns' widths, order, visibility and sort. Restored when the window
// and each pane are made, saved when the window closes or a connection's panes go. Only the
// app installs it, so tests and screenshots always start from the built-in layout.
class WindowLayout : public QObject
{
    Q_OBJECT

public:
    WindowLayout(MainWindow *window, Settings *settings);

    void save();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restoreWindow();
    void restorePane(const QString &key, AreaPane *pane);
    void savePanes();

    MainWindow *m_window;
    Settings *m_settings;
    QList<QPair<QString, QPointer<AreaPane>>> m_panes;
};
