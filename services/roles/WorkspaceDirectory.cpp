#include "WorkspaceDirectory.h"

#include "Connection.h"
#include "WorkspaceService.h"

namespace {

constexpr int kPageSize = 1000; // the most a page holds: one or two reads for most organizations

} // namespace

WorkspaceDirectory::WorkspaceDirectory(Connection *connection)
    : QObject(connection), m_connection(connection)
{
    setObjectName(QStringLiteral("workspaceDirectory"));
}

WorkspaceDirectory *WorkspaceDirectory::of(Connection *connection)
{
    if (!connection)
        return nullptr;
    auto *directory = connection->findChild<WorkspaceDirectory *>(
        QStringLiteral("workspaceDirectory"), Qt::FindDirectChildrenOnly);
    return directory ? directory : new WorkspaceDirectory(connection);
}

void WorkspaceDirectory::load()
{
    if (m_loaded || m_pager || !m_connection->client())
        return;
    m_incoming.clear();
    const WorkspaceService service(m_connection->client(), m_connection->orgId());
    m_pager = service.search(QString(), kPageSize, this);
    connect(m_pager, &WorkspacePager::workspacesReceived, this,
            [this](const QList<Workspace> &workspaces, bool hasMore) {
                for (const Workspace &w : workspaces)
                    m_incoming.insert(w.id, w);
                if (hasMore) {
                    m_pager->fetchNext();
                    return;
                }
                m_pager->deleteLater();
                m_pager = nullptr;
                m_workspaces = std::exchange(m_incoming, {});
                m_loaded = true;
                Q_EMIT loaded();
            });
    // Without names the views keep the ARIs: not worth a word.
    connect(m_pager, &Pager::failed, this, [this] {
        m_pager->deleteLater();
        m_pager = nullptr;
        Q_EMIT failed();
    });
    m_pager->fetchNext();
}

void WorkspaceDirectory::reload()
{
    delete m_pager;
    m_loaded = false;
    load();
}

std::optional<Workspace> WorkspaceDirectory::find(const QString &ari) const
{
    const auto it = m_workspaces.constFind(ari);
    if (it == m_workspaces.constEnd())
        return std::nullopt;
    return *it;
}
