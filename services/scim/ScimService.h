#pragma once

#include "ApiResult.h"
#include "ScimGroup.h"
#include "ScimPager.h"
#include "ScimQuery.h"
#include "ScimUser.h"

#include <QUrl>

class ApiClient;

// One SCIM directory's server (CATALOG §3) at <base>/scim/directory/<id>/, through an ApiClient
// that holds the directory's own SCIM key (makeClient). Its 500 and 503 are retried as the
// client retries other server faults; its ScimError bodies become ApiError sentences.
class ScimService
{
public:
    ScimService(ApiClient *client, QString directoryId);

    // A client for one directory: the SCIM key goes to that directory's paths only, never to
    // /admin or another directory, and never along a redirect elsewhere.
    static ApiClient *makeClient(const QUrl &baseUrl, const QString &directoryId,
                                 const QString &scimKey, QObject *parent = nullptr);
    // "/scim/directory/<id>" (the id percent-encoded).
    static QString directoryPath(const QString &directoryId);

    QString directoryId() const { return m_directoryId; }
    ApiClient *client() const { return m_client; }

    // GET /Users, /Groups: pagers the caller owns (one fetchNext() per page).
    ScimUserPager *users(const ScimQuery &query, QObject *parent = nullptr) const;
    ScimGroupPager *groups(const ScimQuery &query, QObject *parent = nullptr) const;

    ApiReply *user(const QString &id, const QObject *context, ApiCallback<ScimUser> done) const;
    ApiReply *group(const QString &id, const QObject *context, ApiCallback<ScimGroup> done) const;
    // GET /ServiceProviderConfig: what the directory supports; also the cheapest key test.
    ApiReply *serviceProviderConfig(const QObject *context, ApiCallback<QJsonObject> done) const;

    // POST /Users (201). `user` is a whole record; see newUser().
    ApiReply *createUser(const QJsonObject &user, const QObject *context,
                         ApiCallback<ScimUser> done) const;
    // PUT /Users/{id}: replaces the record; attributes left out are cleared.
    ApiReply *replaceUser(const QString &id, const QJsonObject &user, const QObject *context,
                          ApiCallback<ScimUser> done) const;
    // PATCH /Users/{id} with these Operations ({op, path, value}).
    ApiReply *patchUser(const QString &id, const QJsonArray &operations, const QObject *context,
                        ApiCallback<ScimUser> done) const;
    // PATCH active: false deactivates the linked account, true activates it again.
    ApiReply *setActive(const QString &id, bool active, const QObject *context,
                        ApiCallback<ScimUser> done) const;
    // DELETE /Users/{id} (204): the record is gone and its account deactivated; only a new
    // push from the identity provider brings it back.
    ApiReply *deleteUser(const QString &id, const QObject *context,
                         std::function<void(const ApiError &)> done) const;

    ApiReply *createGroup(const QString &displayName, const QString &externalId,
                          const QStringList &memberIds, const QObject *context,
                          ApiCallback<ScimGroup> done) const;
    enum class MemberChange { Add, Remove };
    // PATCH /Groups/{id} on members.
    ApiReply *changeMembers(const QString &groupId, MemberChange change, const QStringList &userIds,
                            const QObject *context, ApiCallback<ScimGroup> done) const;
    ApiReply *deleteGroup(const QString &id, const QObject *context,
                          std::function<void(const ApiError &)> done) const;

    // A record for POST /Users: the e-mail is the primary one (and the userName when none).
    static QJsonObject newUser(const QString &email, const QString &displayName,
                               const QString &externalId = {}, const QString &userName = {});
    static QJsonObject patchBody(const QJsonArray &operations);

private:
    QString path(const QString &rest) const;

    ApiClient *m_client;
    QString m_directoryId;
};
