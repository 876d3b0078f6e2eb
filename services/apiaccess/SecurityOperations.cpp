#include "SecurityOperations.h"

#include "ApiAccessService.h"

QString RevokeApiKeyOperation::title() const
{
    return tr("Revoke admin API keys");
}

ApiRequest RevokeApiKeyOperation::request(const JobItem &item, const QJsonObject &,
                                          const QString &orgId) const
{
    return ApiAccessService::revokeKeyRequest(orgId, item.id);
}

BulkOperation::Outcome RevokeApiKeyOperation::classify(const ApiError &error) const
{
    if (error.kind() == ApiError::Kind::Conflict)
        return {JobItem::State::Skipped, tr("Already revoked")};
    return BulkOperation::classify(error);
}

QString RevokeApiTokenOperation::title() const
{
    return tr("Revoke API tokens");
}

ApiRequest RevokeApiTokenOperation::request(const JobItem &item, const QJsonObject &,
                                            const QString &) const
{
    return ApiAccessService::revokeTokenRequest(
        item.extra.value(SecurityOperations::ownerKey()).toString(), item.id);
}

BulkOperation::Outcome RevokeApiTokenOperation::classify(const ApiError &error) const
{
    // User management says which is missing: "notFound" the token, "accountNotFound" the owner.
    if (error.kind() == ApiError::Kind::NotFound &&
        error.serverCode() != QLatin1String("accountNotFound"))
        return {JobItem::State::Skipped, tr("Already revoked (the token no longer exists)")};
    return BulkOperation::classify(error);
}

void registerSecurityOperations()
{
    if (BulkOperationRegistry::find(SecurityOperations::revokeApiKey()))
        return;
    BulkOperationRegistry::add(std::make_unique<RevokeApiKeyOperation>());
    BulkOperationRegistry::add(std::make_unique<RevokeApiTokenOperation>());
}
