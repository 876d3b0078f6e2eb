#pragma once

#include "Workspace.h"

#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class Connection;
class QLabel;
class QLineEdit;
class QTreeWidget;
class WorkspacePager;

// Finds a workspace of the organization: a search field (name or URL, asked of the server as
// you type) over a list of workspaces with their product and URL. The selection is the
// workspace's resource ARI, what role bodies name.
class WorkspacePicker : public QWidget
{
    Q_OBJECT

public:
    WorkspacePicker(Connection *connection, QWidget *parent = nullptr);
    ~WorkspacePicker() override;

    QString selectedWorkspaceId() const;   // the ARI; empty when nothing is selected
    QString selectedWorkspaceName() const; // empty when nothing is selected
    // The whole selected workspace (its product decides which roles fit); nothing when none.
    std::optional<Workspace> selectedWorkspace() const;

    QString searchText() const;
    void setSearchText(const QString &text); // searches at once
    bool isLoading() const;
    int workspaceCount() const; // rows listed
    QString statusText() const;

Q_SIGNALS:
    void selectionChanged();
    void loaded(); // a search's pages are all in (or it failed)

private:
    void search();
    void addWorkspaces(const QList<Workspace> &workspaces, bool hasMore);

    QPointer<Connection> m_connection;
    QLineEdit *m_search;
    QTreeWidget *m_list;
    QLabel *m_status;
    QTimer m_debounce;
    QPointer<WorkspacePager> m_pager;
    QList<Workspace> m_workspaces; // as listed, row i = m_workspaces[i]
};
