#pragma once

#include "ApiResult.h"
#include "Domain.h"
#include "Pager.h"

class ApiClient;

// The organization's domains (CATALOG §1.5): GET /admin/v1/orgs/{orgId}/domains (P1) and
// /domains/{domainId}.
class DomainService
{
public:
    DomainService(ApiClient *client, QString orgId);

    QString orgId() const { return m_orgId; }

    // A pager over the list (its pages' `data` are DomainModels) that the caller owns.
    LinkPager *pager(QObject *parent = nullptr) const;
    // Every page of the list (an org has few domains). The walk stops when `context` goes.
    void domains(const QObject *context, ApiCallback<QList<Domain>> callback) const;
    // GET .../domains/{domainId}
    ApiReply *domain(const QString &domainId, const QObject *context,
                     ApiCallback<Domain> callback) const;

private:
    ApiClient *m_client;
    QString m_orgId;
};
