#include "OrgService.h"

#include "ApiClient.h"
#include "Pager.h"

#include <QJsonArray>

OrgService::OrgService(ApiClient *client, QString orgId)
    : m_client(client), m_orgId(std::move(orgId))
{}

ApiReply *OrgService::listOrgs(const QObject *context, ApiCallback<QList<Org>> callback) const
{
    auto parse = [](const QJsonDocument &document) -> std::optional<QList<Org>> {
        const QJsonValue data = document.object().value(QLatin1String("data"));
        if (!data.isArray())
            return std::nullopt;
        QList<Org> orgs;
        for (const QJsonValue &value : data.toArray()) {
            if (std::optional<Org> org = Org::fromJson(value.toObject()))
                orgs.append(*org);
        }
        return orgs;
    };
    return deliverTo<QList<Org>>(m_client->send(ApiRequest::get(QStringLiteral("/admin/v1/orgs"))),
                                 context, parse, std::move(callback));
}

ApiReply *OrgService::org(const QObject *context, ApiCallback<Org> callback) const
{
    auto parse = [](const QJsonDocument &document) {
        return Org::fromJson(document.object().value(QLatin1String("data")).toObject());
    };
    const QString path = QStringLiteral("/admin/v1/orgs/%1").arg(m_orgId);
    return deliverTo<Org>(m_client->send(ApiRequest::get(path)), context, parse,
                          std::move(callback));
}

void OrgService::directories(const QObject *context, ApiCallback<QList<Directory>> callback) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    const QString path = QStringLiteral("/admin/v2/orgs/%1/directories").arg(m_orgId);
    auto *pager = new CursorPager(m_client, ApiRequest::get(path, query));
    auto collected = std::make_shared<QList<Directory>>();
    // The pager dies with the context, so a closed window stops the walk.
    QObject::connect(context, &QObject::destroyed, pager, &QObject::deleteLater);
    QObject::connect(pager, &Pager::pageReceived, context,
                     [pager, collected, callback](const QJsonArray &items, bool hasMore) {
                         for (const QJsonValue &value : items) {
                             if (std::optional<Directory> directory =
                                     Directory::fromJson(value.toObject()))
                                 collected->append(*directory);
                         }
                         if (hasMore) {
                             pager->fetchNext();
                             return;
                         }
                         pager->deleteLater();
                         callback({*collected, {}});
                     });
    QObject::connect(pager, &Pager::failed, context, [pager, callback](const ApiError &error) {
        pager->deleteLater();
        callback({{}, error});
    });
    pager->fetchNext();
}
