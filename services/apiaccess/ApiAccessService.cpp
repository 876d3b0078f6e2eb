#include "ApiAccessService.h"

#include "ApiClient.h"

#include <QJsonDocument>

ApiKeyPager::ApiKeyPager(ApiClient *client, const ApiRequest &firstRequest, QObject *parent)
    : CursorPager(client, firstRequest, parent)
{
    connect(this, &Pager::pageReceived, this, [this](const QJsonArray &items, bool hasMore) {
        Q_EMIT keysReceived(ApiKey::listFromJson(items), hasMore);
    });
}

ApiTokenPager::ApiTokenPager(ApiClient *client, const ApiRequest &firstRequest, QObject *parent)
    : CursorPager(client, firstRequest, parent)
{
    connect(this, &Pager::pageReceived, this, [this](const QJsonArray &items, bool hasMore) {
        Q_EMIT tokensReceived(ApiToken::listFromJson(items), hasMore);
    });
}

ApiAccessService::ApiAccessService(ApiClient *client, QString orgId)
    : m_client(client), m_orgId(std::move(orgId))
{}

QString ApiAccessService::basePath() const
{
    return QStringLiteral("/admin/api-access/v1/orgs/") + m_orgId;
}

std::optional<int> ApiAccessService::parseCount(const QJsonDocument &document)
{
    QJsonObject object = document.object();
    const QJsonValue data = object.value(QLatin1String("data"));
    if (data.isDouble())
        return data.toInt();
    if (data.isObject())
        object = data.toObject();
    const QJsonValue count = object.value(QLatin1String("count"));
    if (!count.isDouble() || count.toDouble() < 0)
        return std::nullopt;
    return count.toInt();
}

namespace {

// The count routes may answer a bare number, which QJsonDocument does not read as a document.
ApiReply *deliverCount(ApiReply *reply, const QObject *context, ApiCallback<int> callback)
{
    QObject::connect(reply, &ApiReply::finished, context, [reply, callback] {
        ApiResult<int> result;
        if (!reply->ok()) {
            result.error = reply->error();
            callback(result);
            return;
        }
        bool isNumber = false;
        const int bare = reply->body().trimmed().toInt(&isNumber);
        std::optional<int> count =
            isNumber ? std::optional<int>(bare) : ApiAccessService::parseCount(reply->json());
        if (count)
            result.value = *count;
        else
            result.error =
                ApiError::badResponse(QCoreApplication::translate("ApiError", "unexpected shape"));
        callback(result);
    });
    return reply;
}

} // namespace

ApiKeyPager *ApiAccessService::keys(const ApiKeyQuery &query, QObject *parent) const
{
    return new ApiKeyPager(
        m_client, ApiRequest::get(basePath() + QStringLiteral("/api-keys"), query.toQuery(true)),
        parent);
}

ApiReply *ApiAccessService::countKeys(const ApiKeyQuery &query, const QObject *context,
                                      ApiCallback<int> callback) const
{
    const ApiRequest request =
        ApiRequest::get(basePath() + QStringLiteral("/api-keys/count"), query.toQuery(false));
    return deliverCount(m_client->send(request), context, std::move(callback));
}

ApiTokenPager *ApiAccessService::tokens(const ApiTokenQuery &query, QObject *parent) const
{
    return new ApiTokenPager(
        m_client, ApiRequest::get(basePath() + QStringLiteral("/api-tokens"), query.toQuery(true)),
        parent);
}

ApiReply *ApiAccessService::countTokens(const ApiTokenQuery &query, const QObject *context,
                                        ApiCallback<int> callback) const
{
    const ApiRequest request =
        ApiRequest::get(basePath() + QStringLiteral("/api-tokens/count"), query.toQuery(false));
    return deliverCount(m_client->send(request), context, std::move(callback));
}

ApiReply *ApiAccessService::revokeEveryToken(const QObject *context,
                                             std::function<void(const ApiError &)> callback) const
{
    ApiRequest request = ApiRequest::del(basePath() + QStringLiteral("/api-tokens"));
    request.idempotent = false; // never sent twice on its own
    return deliverDone(m_client->send(request), context, std::move(callback));
}

ApiReply *ApiAccessService::accountTokens(const QString &accountId, const QObject *context,
                                          ApiCallback<QList<ApiToken>> callback) const
{
    auto parse = [accountId](const QJsonDocument &document) -> std::optional<QList<ApiToken>> {
        if (!document.isArray())
            return std::nullopt;
        QList<ApiToken> tokens;
        for (const QJsonValue &value : document.array()) {
            if (auto token = ApiToken::fromManageJson(value.toObject(), accountId))
                tokens.append(*token);
        }
        return tokens;
    };
    const QString path = QStringLiteral("/users/%1/manage/api-tokens").arg(accountId);
    return deliverTo<QList<ApiToken>>(m_client->send(ApiRequest::get(path)), context, parse,
                                      std::move(callback));
}

ApiRequest ApiAccessService::revokeKeyRequest(const QString &orgId, const QString &keyId)
{
    ApiRequest request = ApiRequest::patch(
        QStringLiteral("/admin/api-access/v1/orgs/%1/api-keys/revoke/%2").arg(orgId, keyId), {});
    // Revoking twice leaves the key as revoking once does: safe to send again after a failure.
    request.idempotent = true;
    return request;
}

ApiRequest ApiAccessService::revokeTokenRequest(const QString &accountId, const QString &tokenId)
{
    return ApiRequest::del(
        QStringLiteral("/users/%1/manage/api-tokens/%2").arg(accountId, tokenId));
}
