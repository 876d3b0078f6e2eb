#pragma once

#include "ApiResult.h"
#include "Pager.h"
#include "Policy.h"

class ApiClient;

// Pages through a policy list (P1: links.next is a full URL) and hands out typed policies.
class PolicyPager : public LinkPager
{
    Q_OBJECT

public:
    PolicyPager(ApiClient *client, const ApiRequest &firstRequest, QObject *parent = nullptr);

Q_SIGNALS:
    void policiesReceived(const QList<Policy> &policies, bool hasMore);
};

// Organization policies (CATALOG §1.7 org v1, or the same routes under Admin Control v1, §5)
// and the read-only v2 data-security policies. Writes answer 202: the change applies later,
// resource by resource (see PolicyWatcher).
class PolicyService
{
public:
    enum class Api { OrgV1, ControlV1 };

    PolicyService(ApiClient *client, QString orgId, Api api = Api::OrgV1);

    QString orgId() const { return m_orgId; }

    // GET .../policies?type=: a pager the caller owns. An empty type lists every type.
    PolicyPager *policies(const QString &type, QObject *parent = nullptr) const;
    // GET /admin/control/v2/orgs/{orgId}/policies?type=data-security
    PolicyPager *dataSecurityPolicies(QObject *parent = nullptr) const;

    ApiReply *policy(const QString &policyId, const QObject *context,
                     ApiCallback<Policy> callback) const;
    ApiReply *dataSecurityPolicy(const QString &policyId, const QObject *context,
                                 ApiCallback<Policy> callback) const;

    // POST .../policies (202 {data}); PUT .../policies/{id} (202 {data}); DELETE (202).
    ApiReply *create(const Policy &policy, const QObject *context,
                     ApiCallback<Policy> callback) const;
    ApiReply *update(const Policy &policy, const QObject *context,
                     ApiCallback<Policy> callback) const;
    ApiReply *remove(const QString &policyId, const QObject *context,
                     std::function<void(const ApiError &)> callback) const;

    // .../policies/{id}/resources: POST (202), PUT /{resourceId} (202), DELETE /{resourceId} (204).
    // POST and PUT answer the whole policy ({data: PolicyModel}).
    ApiReply *addResource(const QString &policyId, const PolicyResource &resource,
                          const QObject *context, ApiCallback<Policy> callback) const;
    ApiReply *updateResource(const QString &policyId, const PolicyResource &resource,
                             const QObject *context, ApiCallback<Policy> callback) const;
    ApiReply *removeResource(const QString &policyId, const QString &resourceId,
                             const QObject *context,
                             std::function<void(const ApiError &)> callback) const;

    // GET .../policies/{id}/validate: 202 = the validation was accepted, 400 = it failed (the
    // error's message says why).
    ApiReply *validate(const QString &policyId, const QObject *context,
                       std::function<void(const ApiError &)> callback) const;

private:
    QString basePath() const;
    QString policyPath(const QString &policyId) const;

    ApiClient *m_client;
    QString m_orgId;
    Api m_api;
};
