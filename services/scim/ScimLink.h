#pragma once

#include "ApiResult.h"

#include <QJsonArray>
#include <QList>
#include <QString>

class ApiClient;

// One SCIM record's link to an Atlassian account, as the link-repair routes give it.
struct ScimLink
{
    QString scimUserId;
    QString atlassianAccountId; // empty: the record is linked to no account
    QString orgId;
    QString directoryId; // the SCIM directory's id

    static QList<ScimLink> listFromJson(const QJsonObject &object); // {"scimLinks": [...]}
};

// The SCIM link-repair routes (CATALOG §3.1, §9.2) at
// /admin/user-provisioning/v1/org/{orgId}, with the organization's API key (not a SCIM key).
class ScimLinkService
{
public:
    ScimLinkService(ApiClient *orgClient, QString orgId);

    // GET /user/{aaId}/get-scim-links
    ApiReply *linksOfAccount(const QString &accountId, const QObject *context,
                             ApiCallback<QList<ScimLink>> done) const;
    // POST /get-scim-links-for-email
    ApiReply *linksOfEmail(const QString &email, const QObject *context,
                           ApiCallback<QList<ScimLink>> done) const;
    // PATCH /scimDirectoryId/{d}/scimUserId/{u}/unlink: the record and the account both stay.
    ApiReply *unlink(const QString &directoryId, const QString &scimUserId, const QObject *context,
                     ApiCallback<QList<ScimLink>> done) const;
    // DELETE /user/{aaId}/onlyDeleteUserInDB: every SCIM record of a managed account, in every
    // directory; the account stays, and its group memberships must be pushed again.
    ApiReply *deleteRecordsOfAccount(const QString &accountId, const QObject *context,
                                     ApiCallback<QList<ScimLink>> done) const;

private:
    QString path(const QString &rest) const;

    ApiClient *m_client;
    QString m_orgId;
};
