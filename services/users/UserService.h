#pragma once

#include "ApiResult.h"
#include "DirectoryUser.h"
#include "Pager.h"
#include "UserQuery.h"

#include <memory>

class ApiClient;
class ParallelUserListing;
class StringPool;

// Pages through users/search and hands out typed users.
class UserPager : public CursorPager
{
    Q_OBJECT

public:
    UserPager(ApiClient *client, const ApiRequest &firstRequest, QObject *parent = nullptr);

Q_SIGNALS:
    void usersReceived(const QList<DirectoryUser> &users, bool hasMore);

private:
    std::shared_ptr<StringPool> m_pool;
};

// Users in the org's directories (CATALOG §1.3).
class UserService
{
public:
    UserService(ApiClient *client, QString orgId);

    // POST .../directories/{directoryId}/users/search: a pager the caller owns.
    UserPager *search(const UserQuery &query, QObject *parent = nullptr) const;
    // Every person the query finds, listed several parts at once (ParallelUserListing): the same
    // signals as search()'s pager walking every page, in no particular order.
    ParallelUserListing *listAll(const UserQuery &query, QObject *parent = nullptr) const;
    // GET .../directories/{directoryId}/users/count
    ApiReply *count(const UserQuery &query, const QObject *context,
                    ApiCallback<int> callback) const;
    // GET .../directories/{directoryId}/users/stats
    ApiReply *stats(const QString &directoryId, const QObject *context,
                    ApiCallback<UserStats> callback) const;
    // GET .../directories/{directoryId}/users/{accountId}
    ApiReply *details(const QString &directoryId, const QString &accountId, const QObject *context,
                      ApiCallback<DirectoryUser> callback) const;
    // GET /v1/orgs/{orgId}/directory/users/{accountId}/last-active-dates (first page)
    ApiReply *lastActiveDates(const QString &accountId, const QObject *context,
                              ApiCallback<LastActiveDates> callback) const;

private:
    QString directoryPath(const QString &directoryId) const;

    ApiClient *m_client;
    QString m_orgId;
};
