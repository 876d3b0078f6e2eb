#include "DomainService.h"

#include "ApiClient.h"

#include <QJsonDocument>

#include <memory>

DomainService::DomainService(ApiClient *client, QString orgId)
    : m_client(client), m_orgId(std::move(orgId))
{}

LinkPager *DomainService::pager(QObject *parent) const
{
    return new LinkPager(m_client,
                         ApiRequest::get(QStringLiteral("/admin/v1/orgs/%1/domains").arg(m_orgId)),
                         parent);
}

void DomainService::domains(const QObject *context, ApiCallback<QList<Domain>> callback) const
{
    LinkPager *walk = pager();
    auto collected = std::make_shared<QList<Domain>>();
    // The pager dies with the context, so a closed pane stops the walk.
    QObject::connect(context, &QObject::destroyed, walk, &QObject::deleteLater);
    QObject::connect(walk, &Pager::pageReceived, context,
                     [walk, collected, callback](const QJsonArray &items, bool hasMore) {
                         collected->append(Domain::listFromJson(items));
                         if (hasMore) {
                             walk->fetchNext();
                             return;
                         }
                         walk->deleteLater();
                         callback({*collected, {}});
                     });
    QObject::connect(walk, &Pager::failed, context, [walk, callback](const ApiError &error) {
        walk->deleteLater();
        callback({{}, error});
    });
    walk->fetchNext();
}

ApiReply *DomainService::domain(const QString &domainId, const QObject *context,
                                ApiCallback<Domain> callback) const
{
    const QString path = QStringLiteral("/admin/v1/orgs/%1/domains/%2")
                             .arg(m_orgId, QString::fromUtf8(QUrl::toPercentEncoding(domainId)));
    auto parse = [](const QJsonDocument &document) {
        return Domain::fromJson(document.object().value(QLatin1String("data")).toObject());
    };
    return deliverTo<Domain>(m_client->send(ApiRequest::get(path)), context, parse,
                             std::move(callback));
}
