#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>

Q_MOC_INCLUDE("Connection.h")

struct AreaLink;
class ActivityStatus;
class MessagePanel;
class AreaPane;
class Connection;
class QSplitter;
class QStackedWidget;
class QVBoxLayout;
class Sidebar;

// The window: banners on top; then either the start page (no connection) or the workspace:
// the sidebar (organization, directories, areas) beside the current area's pane (its table and
// detail pane); the network's activity in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows this organization. The window takes the connection over; the previous one goes,
    // with its panes and every call it still had in flight. nullptr: back to the start page.
    void setConnection(Connection *connection);
    Connection *connection() const { return m_connection; }
    void clearConnection() { setConnection(nullptr); }

    // The page shown while there is no connection (a placeholder saying how to connect, until a
    // welcome page replaces it). The window takes the page over and deletes the previous one.
    void setStartPage(QWidget *page);
    QWidget *startPage() const { return m_startPage; }

    // A message in place of the start page until a connection is set ("Starting the local
    // sandbox…", or why it could not start); the start page itself stays as it is.
    void showNotice(const QString &text, bool isError = false);

    // A strip above everything else for banners (a key about to expire...). The window takes
    // each banner over; hide or delete one to take it away.
    void addBanner(QWidget *banner);

    void showArea(const QString &key);
    // Opens the link's area and hands it what to show.
    void open(const AreaLink &link);
    QString currentArea() const { return m_currentArea; }
    AreaPane *pane(const QString &key) const { return m_panes.value(key); }
    // The directory every area looks at ("-": the whole organization).
    void setScope(const QString &directoryId);
    Sidebar *sidebar() const { return m_sidebar; }
    ActivityStatus *activityStatus() const { return m_activity; }

Q_SIGNALS:
    void connectionChanged(Connection *connection);
    // The current area has its first data on screen (or its error).
    void contentReady();
    // An area's pane was made (for the current connection).
    void paneCreated(const QString &key, AreaPane *pane);

private:
    void createMenus();
    void dropPanes();
    void updateTitle();

    QVBoxLayout *m_banners;
    QStackedWidget *m_pages;
    QWidget *m_startPage = nullptr;
    MessagePanel *m_notice;
    QSplitter *m_workspace;
    Sidebar *m_sidebar;
    QStackedWidget *m_areaStack;
    ActivityStatus *m_activity;
    Connection *m_connection = nullptr;
    QHash<QString, AreaPane *> m_panes;
    QString m_currentArea;
    QString m_scope = QStringLiteral("-");
};
