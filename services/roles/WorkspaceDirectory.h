#pragma once

#include "Workspace.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

class Connection;
class WorkspacePager;

// The organization's workspaces by resource ARI, read once per connection and shared by every
// view that turns an ARI into a name (role assignments, policy resources). The read pages through
// every workspace; until it is in (or when it fails, say for a key without
// read:workspaces:admin) find() knows nothing and views show the ARI.
class WorkspaceDirectory : public QObject
{
    Q_OBJECT

public:
    // The directory of `connection`, made on first use as its child: it dies with it.
    static WorkspaceDirectory *of(Connection *connection);

    // Reads the workspaces unless they are in or being read. A failed read is tried again on the
    // next call.
    void load();
    // Reads them again (after a refresh); what was known stays until the new list is in.
    void reload();

    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return !m_pager.isNull(); }
    std::optional<Workspace> find(const QString &ari) const;

Q_SIGNALS:
    void loaded(); // the whole list is in
    void failed(); // the read failed: names stay unknown

private:
    explicit WorkspaceDirectory(Connection *connection);

    Connection *m_connection;
    QPointer<WorkspacePager> m_pager;
    QHash<QString, Workspace> m_incoming; // pages of the read in flight
    QHash<QString, Workspace> m_workspaces;
    bool m_loaded = false;
};
