#pragma once

#include "BulkOperation.h"

// The bulk operations of the security areas. Both are irreversible: no inverse verb, no undo.
namespace SecurityOperations {

inline QString revokeApiKey()
{
    return QStringLiteral("apiKeys.revoke");
}
inline QString revokeApiToken()
{
    return QStringLiteral("apiTokens.revoke");
}

// The item's JobItem::extra key that names a token's owner (the account id).
inline QString ownerKey()
{
    return QStringLiteral("accountId");
}

} // namespace SecurityOperations

// PATCH .../api-keys/revoke/{id} for each key (JobItem::id = key id).
class RevokeApiKeyOperation : public BulkOperation
{
    Q_DECLARE_TR_FUNCTIONS(RevokeApiKeyOperation)

public:
    QString key() const override { return SecurityOperations::revokeApiKey(); }
    QString title() const override;
    ApiRequest request(const JobItem &item, const QJsonObject &params,
                       const QString &orgId) const override;
    // 409 "already revoked" is skipped, not failed: the key is revoked either way.
    Outcome classify(const ApiError &error) const override;
};

// DELETE /users/{accountId}/manage/api-tokens/{tokenId} for each token (JobItem::id = token id,
// JobItem::extra["accountId"] = its owner).
class RevokeApiTokenOperation : public BulkOperation
{
    Q_DECLARE_TR_FUNCTIONS(RevokeApiTokenOperation)

public:
    QString key() const override { return SecurityOperations::revokeApiToken(); }
    QString title() const override;
    ApiRequest request(const JobItem &item, const QJsonObject &params,
                       const QString &orgId) const override;
    // 404 for the token (not the account) is skipped: the token is gone either way.
    Outcome classify(const ApiError &error) const override;
};

// Registers both with BulkOperationRegistry; calling it again does nothing. The app, the CLI and
// the tests call it at start.
void registerSecurityOperations();
