#include "WorkspaceService.h"

#include <QJsonDocument>
#include <QUrlQuery>

WorkspacePager::WorkspacePager(ApiClient *client, const ApiRequest &firstRequest, QObject *parent)
    : Pager(client, firstRequest, parent)
{
    connect(this, &Pager::pageReceived, this, [this](const QJsonArray &items, bool hasMore) {
        Q_EMIT workspacesReceived(Workspace::listFromJson(items), hasMore);
    });
}

bool WorkspacePager::advance(const QJsonObject &page)
{
    const QJsonValue total =
        page.value(QLatin1String("meta")).toObject().value(QLatin1String("total"));
    m_total = total.isDouble() ? total.toInt() : -1;
    const QString next =
        page.value(QLatin1String("links")).toObject().value(QLatin1String("next")).toString();
    if (next.isEmpty())
        return false;
    // `links.next` is a URL; its cursor goes back in a body of its own.
    const QString cursor =
        QUrlQuery(QUrl(next).query()).queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
    if (cursor.isEmpty())
        return false;
    m_next.body = QJsonDocument(QJsonObject{{QStringLiteral("cursor"), cursor}})
                      .toJson(QJsonDocument::Compact);
    return true;
}

WorkspaceService::WorkspaceService(ApiClient *client, QString orgId)
    : m_client(client), m_orgId(std::move(orgId))
{}

QJsonObject WorkspaceService::searchBody(const QString &text, int limit)
{
    QJsonObject body{{QStringLiteral("limit"), qBound(1, limit, 1000)},
                     {QStringLiteral("sort"),
                      QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("name")},
                                             {QStringLiteral("order"), QStringLiteral("asc")}}}}};
    const QString trimmed = text.trimmed();
    if (!trimmed.isEmpty())
        body.insert(QStringLiteral("query"),
                    QJsonObject{{QStringLiteral("searchWorkspaces"), trimmed}});
    return body;
}

WorkspacePager *WorkspaceService::search(const QString &text, int limit, QObject *parent) const
{
    const QString path = QStringLiteral("/admin/v2/orgs/%1/workspaces").arg(m_orgId);
    // A search is a read: safe to send again after a failure.
    return new WorkspacePager(m_client, ApiRequest::post(path, searchBody(text, limit), true),
                              parent);
}
