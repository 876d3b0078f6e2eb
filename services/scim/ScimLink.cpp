#include "ScimLink.h"

#include "ApiClient.h"

namespace {

QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

// The routes are not documented beyond their names: a 2xx without a link list is still done.
std::optional<QList<ScimLink>> parseLinks(const QJsonDocument &document)
{
    return ScimLink::listFromJson(document.object());
}

} // namespace

QList<ScimLink> ScimLink::listFromJson(const QJsonObject &object)
{
    QList<ScimLink> links;
    const QJsonArray array = object.value(QLatin1String("scimLinks")).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject item = value.toObject();
        ScimLink link;
        link.scimUserId = item.value(QLatin1String("scimUserId")).toString();
        if (link.scimUserId.isEmpty())
            continue;
        link.atlassianAccountId = item.value(QLatin1String("atlassianAccountId")).toString();
        link.orgId = item.value(QLatin1String("orgId")).toString();
        link.directoryId = item.value(QLatin1String("directoryId")).toString();
        links.append(link);
    }
    return links;
}

ScimLinkService::ScimLinkService(ApiClient *orgClient, QString orgId)
    : m_client(orgClient), m_orgId(std::move(orgId))
{}

QString ScimLinkService::path(const QString &rest) const
{
    return QStringLiteral("/admin/user-provisioning/v1/org/") + segment(m_orgId) + rest;
}

ApiReply *ScimLinkService::linksOfAccount(const QString &accountId, const QObject *context,
                                          ApiCallback<QList<ScimLink>> done) const
{
    const QString route = QStringLiteral("/user/%1/get-scim-links").arg(segment(accountId));
    return deliverTo<QList<ScimLink>>(m_client->send(ApiRequest::get(path(route))), context,
                                      parseLinks, std::move(done));
}

ApiReply *ScimLinkService::linksOfEmail(const QString &email, const QObject *context,
                                        ApiCallback<QList<ScimLink>> done) const
{
    // A read: safe to send again.
    const ApiRequest request =
        ApiRequest::post(path(QStringLiteral("/get-scim-links-for-email")),
                         QJsonObject{{QStringLiteral("email"), email}}, true);
    return deliverTo<QList<ScimLink>>(m_client->send(request), context, parseLinks,
                                      std::move(done));
}

ApiReply *ScimLinkService::unlink(const QString &directoryId, const QString &scimUserId,
                                  const QObject *context, ApiCallback<QList<ScimLink>> done) const
{
    const QString route = QStringLiteral("/scimDirectoryId/%1/scimUserId/%2/unlink")
                              .arg(segment(directoryId), segment(scimUserId));
    ApiRequest request = ApiRequest::patch(path(route), QJsonObject());
    request.idempotent = true; // unlinking twice leaves it unlinked
    return deliverTo<QList<ScimLink>>(m_client->send(request), context, parseLinks,
                                      std::move(done));
}

ApiReply *ScimLinkService::deleteRecordsOfAccount(const QString &accountId, const QObject *context,
                                                  ApiCallback<QList<ScimLink>> done) const
{
    const QString route = QStringLiteral("/user/%1/onlyDeleteUserInDB").arg(segment(accountId));
    return deliverTo<QList<ScimLink>>(m_client->send(ApiRequest::del(path(route))), context,
                                      parseLinks, std::move(done));
}
