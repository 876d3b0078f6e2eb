#include "PolicyService.h"

#include "ApiClient.h"

#include <QUrl>

PolicyPager::PolicyPager(ApiClient *client, const ApiRequest &firstRequest, QObject *parent)
    : LinkPager(client, firstRequest, parent)
{
    connect(this, &Pager::pageReceived, this, [this](const QJsonArray &items, bool hasMore) {
        Q_EMIT policiesReceived(Policy::listFromJson(items), hasMore);
    });
}

namespace {

std::optional<Policy> parsePolicy(const QJsonDocument &document)
{
    return Policy::fromJson(document.object().value(QLatin1String("data")).toObject());
}

QString segment(const QString &id)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(id));
}

// Resource ids are ARIs ("ari:cloud:jira::site/<id>"): their slash must reach the server as
// %2F, which a path set on QUrl in its decoded form would encode again. The full URL keeps it.
ApiRequest withEncodedPath(const ApiClient *client, ApiRequest request)
{
    QUrl url = client->baseUrl();
    QString base = url.path(QUrl::FullyEncoded);
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + request.path, QUrl::TolerantMode);
    request.absoluteUrl = url;
    return request;
}

} // namespace

PolicyService::PolicyService(ApiClient *client, QString orgId, Api api)
    : m_client(client), m_orgId(std::move(orgId)), m_api(api)
{}

QString PolicyService::basePath() const
{
    const QString family = m_api == Api::ControlV1 ? QStringLiteral("/admin/control/v1/orgs/")
                                                   : QStringLiteral("/admin/v1/orgs/");
    return family + m_orgId + QStringLiteral("/policies");
}

QString PolicyService::policyPath(const QString &policyId) const
{
    return basePath() + u'/' + segment(policyId);
}

PolicyPager *PolicyService::policies(const QString &type, QObject *parent) const
{
    QUrlQuery query;
    if (!type.isEmpty())
        query.addQueryItem(QStringLiteral("type"), type);
    return new PolicyPager(m_client, ApiRequest::get(basePath(), query), parent);
}

PolicyPager *PolicyService::dataSecurityPolicies(QObject *parent) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("type"), Policy::typeKey(Policy::Type::DataSecurity));
    return new PolicyPager(
        m_client,
        ApiRequest::get(QStringLiteral("/admin/control/v2/orgs/%1/policies").arg(m_orgId), query),
        parent);
}

ApiReply *PolicyService::policy(const QString &policyId, const QObject *context,
                                ApiCallback<Policy> callback) const
{
    return deliverTo<Policy>(m_client->send(ApiRequest::get(policyPath(policyId))), context,
                             parsePolicy, std::move(callback));
}

ApiReply *PolicyService::dataSecurityPolicy(const QString &policyId, const QObject *context,
                                            ApiCallback<Policy> callback) const
{
    const QString path =
        QStringLiteral("/admin/control/v2/orgs/%1/policies/%2").arg(m_orgId, segment(policyId));
    return deliverTo<Policy>(m_client->send(ApiRequest::get(path)), context, parsePolicy,
                             std::move(callback));
}

ApiReply *PolicyService::create(const Policy &policy, const QObject *context,
                                ApiCallback<Policy> callback) const
{
    // Not idempotent: a second POST would make a second policy.
    const ApiRequest request = ApiRequest::post(basePath(), policy.toWriteBody(), false);
    return deliverTo<Policy>(m_client->send(request), context, parsePolicy, std::move(callback));
}

ApiReply *PolicyService::update(const Policy &policy, const QObject *context,
                                ApiCallback<Policy> callback) const
{
    const ApiRequest request = ApiRequest::put(policyPath(policy.id), policy.toWriteBody());
    return deliverTo<Policy>(m_client->send(request), context, parsePolicy, std::move(callback));
}

ApiReply *PolicyService::remove(const QString &policyId, const QObject *context,
                                std::function<void(const ApiError &)> callback) const
{
    return deliverDone(m_client->send(ApiRequest::del(policyPath(policyId))), context,
                       std::move(callback));
}

ApiReply *PolicyService::addResource(const QString &policyId, const PolicyResource &resource,
                                     const QObject *context, ApiCallback<Policy> callback) const
{
    const ApiRequest request = ApiRequest::post(policyPath(policyId) + QStringLiteral("/resources"),
                                                resource.toJson(true), false);
    return deliverTo<Policy>(m_client->send(request), context, parsePolicy, std::move(callback));
}

ApiReply *PolicyService::updateResource(const QString &policyId, const PolicyResource &resource,
                                        const QObject *context, ApiCallback<Policy> callback) const
{
    const ApiRequest request = withEncodedPath(
        m_client,
        ApiRequest::put(policyPath(policyId) + QStringLiteral("/resources/") + segment(resource.id),
                        resource.toJson(false)));
    return deliverTo<Policy>(m_client->send(request), context, parsePolicy, std::move(callback));
}

ApiReply *PolicyService::removeResource(const QString &policyId, const QString &resourceId,
                                        const QObject *context,
                                        std::function<void(const ApiError &)> callback) const
{
    const ApiRequest request = withEncodedPath(
        m_client, ApiRequest::del(policyPath(policyId) + QStringLiteral("/resources/") +
                                  segment(resourceId)));
    return deliverDone(m_client->send(request), context, std::move(callback));
}

ApiReply *PolicyService::validate(const QString &policyId, const QObject *context,
                                  std::function<void(const ApiError &)> callback) const
{
    return deliverDone(
        m_client->send(ApiRequest::get(policyPath(policyId) + QStringLiteral("/validate"))),
        context, std::move(callback));
}
