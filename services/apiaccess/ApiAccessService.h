#pragma once

#include "ApiAccessQuery.h"
#include "ApiKey.h"
#include "ApiResult.h"
#include "ApiToken.h"
#include "Pager.h"

class ApiClient;

// Pages through GET .../api-keys (P6) and hands out typed keys.
class ApiKeyPager : public CursorPager
{
    Q_OBJECT

public:
    ApiKeyPager(ApiClient *client, const ApiRequest &firstRequest, QObject *parent = nullptr);

Q_SIGNALS:
    void keysReceived(const QList<ApiKey> &keys, bool hasMore);
};

// Pages through GET .../api-tokens (P6) and hands out typed tokens.
class ApiTokenPager : public CursorPager
{
    Q_OBJECT

public:
    ApiTokenPager(ApiClient *client, const ApiRequest &firstRequest, QObject *parent = nullptr);

Q_SIGNALS:
    void tokensReceived(const QList<ApiToken> &tokens, bool hasMore);
};

// Admin API keys and users' API tokens: the API access family (CATALOG §6) and User
// management's token routes (§2).
class ApiAccessService
{
public:
    ApiAccessService(ApiClient *client, QString orgId);

    QString orgId() const { return m_orgId; }

    // GET .../api-keys: a pager the caller owns.
    ApiKeyPager *keys(const ApiKeyQuery &query, QObject *parent = nullptr) const;
    // GET .../api-keys/count
    ApiReply *countKeys(const ApiKeyQuery &query, const QObject *context,
                        ApiCallback<int> callback) const;
    // GET .../api-tokens
    ApiTokenPager *tokens(const ApiTokenQuery &query, QObject *parent = nullptr) const;
    // GET .../api-tokens/count
    ApiReply *countTokens(const ApiTokenQuery &query, const QObject *context,
                          ApiCallback<int> callback) const;
    // DELETE .../api-tokens: revokes every API token of every managed account of the org.
    ApiReply *revokeEveryToken(const QObject *context,
                               std::function<void(const ApiError &)> callback) const;
    // GET /users/{accountId}/manage/api-tokens (a bare array)
    ApiReply *accountTokens(const QString &accountId, const QObject *context,
                            ApiCallback<QList<ApiToken>> callback) const;

    // The single revocations, as requests: bulk jobs send them (SecurityOperations).
    // PATCH .../api-keys/revoke/{keyId}
    static ApiRequest revokeKeyRequest(const QString &orgId, const QString &keyId);
    // DELETE /users/{accountId}/manage/api-tokens/{tokenId}
    static ApiRequest revokeTokenRequest(const QString &accountId, const QString &tokenId);

    // The count routes' answer: {"count": N}, {"data": {"count": N}} or a bare number.
    static std::optional<int> parseCount(const QJsonDocument &document);

private:
    QString basePath() const;

    ApiClient *m_client;
    QString m_orgId;
};
