#pragma once

#include "ApiResult.h"
#include "Org.h"

#include <QObject>

class ApiClient;

// Organizations and their directories (CATALOG §1.1, §1.2).
class OrgService
{
public:
    OrgService(ApiClient *client, QString orgId);

    QString orgId() const { return m_orgId; }

    // GET /admin/v1/orgs: the organizations the key can see (often empty for an org key).
    ApiReply *listOrgs(const QObject *context, ApiCallback<QList<Org>> callback) const;
    // GET /admin/v1/orgs/{orgId}
    ApiReply *org(const QObject *context, ApiCallback<Org> callback) const;
    // GET /admin/v2/orgs/{orgId}/directories, every page (an org has few directories).
    void directories(const QObject *context, ApiCallback<QList<Directory>> callback) const;

private:
    ApiClient *m_client;
    QString m_orgId;
};
