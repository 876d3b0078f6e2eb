#pragma once

#include "ApiResult.h"
#include "ManagedAccount.h"

class ApiClient;

// User management (CATALOG §2) for one person: what the key may do to them, their profile,
// and their e-mail address. Needs a key without scopes; managed accounts only.
class ManageService
{
public:
    explicit ManageService(ApiClient *client);

    // GET /users/{account_id}/manage
    ApiReply *privileges(const QString &accountId, const QObject *context,
                         ApiCallback<ManagePrivileges> callback) const;
    // GET /users/{account_id}/manage/profile
    ApiReply *profile(const QString &accountId, const QObject *context,
                      ApiCallback<ManagedProfile> callback) const;
    // PATCH /users/{account_id}/manage/profile
    ApiReply *updateProfile(const QString &accountId, const ProfileChange &change,
                            const QObject *context, ApiCallback<ManagedProfile> callback) const;
    // PUT /users/{account_id}/manage/email (the new address counts as verified; the person's
    // sessions end)
    ApiReply *setEmail(const QString &accountId, const QString &email, const QObject *context,
                       std::function<void(const ApiError &)> callback) const;

    static QString managePath(const QString &accountId);

private:
    ApiClient *m_client;
};
