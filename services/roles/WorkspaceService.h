#pragma once

#include "Pager.h"
#include "Workspace.h"

class ApiClient;

// Pages through POST /v2/orgs/{orgId}/workspaces (P4): the next page is asked for with a body
// that holds only the cursor of `links.next`.
class WorkspacePager : public Pager
{
    Q_OBJECT

public:
    WorkspacePager(ApiClient *client, const ApiRequest &firstRequest, QObject *parent = nullptr);

    int total() const { return m_total; } // meta.total of the last page; -1 before one

Q_SIGNALS:
    void workspacesReceived(const QList<Workspace> &workspaces, bool hasMore);

protected:
    bool advance(const QJsonObject &page) override;

private:
    int m_total = -1;
};

// The organization's workspaces (CATALOG §1.8).
class WorkspaceService
{
public:
    WorkspaceService(ApiClient *client, QString orgId);

    // Workspaces whose name or URL contains `text` (every one when empty), by name, `limit`
    // (1–1000) a page: a pager the caller owns.
    WorkspacePager *search(const QString &text, int limit = 20, QObject *parent = nullptr) const;
    // The request body search() sends first.
    static QJsonObject searchBody(const QString &text, int limit);

private:
    ApiClient *m_client;
    QString m_orgId;
};
