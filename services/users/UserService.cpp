#include "UserService.h"

#include "ApiClient.h"
#include "ParallelUserListing.h"
#include "StringPool.h"

UserPager::UserPager(ApiClient *client, const ApiRequest &firstRequest, QObject *parent)
    : CursorPager(client, firstRequest, parent), m_pool(std::make_shared<StringPool>())
{
    connect(this, &Pager::pageReceived, this, [this](const QJsonArray &items, bool hasMore) {
        Q_EMIT usersReceived(DirectoryUser::listFromJson(items, m_pool.get()), hasMore);
    });
}

UserService::UserService(ApiClient *client, QString orgId)
    : m_client(client), m_orgId(std::move(orgId))
{}

QString UserService::directoryPath(const QString &directoryId) const
{
    return QStringLiteral("/admin/v2/orgs/%1/directories/%2")
        .arg(m_orgId, directoryId.isEmpty() ? QStringLiteral("-") : directoryId);
}

UserPager *UserService::search(const UserQuery &query, QObject *parent) const
{
    const QString path = directoryPath(query.directoryId) + QStringLiteral("/users/search");
    // A search is a read: safe to send again after a failure.
    return new UserPager(m_client, ApiRequest::post(path, query.toSearchBody(), true), parent);
}

ParallelUserListing *UserService::listAll(const UserQuery &query, QObject *parent) const
{
    return new ParallelUserListing(m_client, m_orgId, query, parent);
}

ApiReply *UserService::count(const UserQuery &query, const QObject *context,
                             ApiCallback<int> callback) const
{
    QUrlQuery items;
    items.setQueryItems(query.toQueryItems());
    auto parse = [](const QJsonDocument &document) -> std::optional<int> {
        const QJsonValue count = document.object().value(QLatin1String("count"));
        if (!count.isDouble())
            return std::nullopt;
        return count.toInt();
    };
    const QString path = directoryPath(query.directoryId) + QStringLiteral("/users/count");
    return deliverTo<int>(m_client->send(ApiRequest::get(path, items)), context, parse,
                          std::move(callback));
}

ApiReply *UserService::stats(const QString &directoryId, const QObject *context,
                             ApiCallback<UserStats> callback) const
{
    auto parse = [](const QJsonDocument &document) {
        return UserStats::fromJson(document.object());
    };
    const QString path = directoryPath(directoryId) + QStringLiteral("/users/stats");
    return deliverTo<UserStats>(m_client->send(ApiRequest::get(path)), context, parse,
                                std::move(callback));
}

ApiReply *UserService::details(const QString &directoryId, const QString &accountId,
                               const QObject *context, ApiCallback<DirectoryUser> callback) const
{
    auto parse = [](const QJsonDocument &document) {
        return DirectoryUser::fromJson(document.object().value(QLatin1String("data")).toObject());
    };
    const QString path = directoryPath(directoryId) + QStringLiteral("/users/%1").arg(accountId);
    return deliverTo<DirectoryUser>(m_client->send(ApiRequest::get(path)), context, parse,
                                    std::move(callback));
}

ApiReply *UserService::lastActiveDates(const QString &accountId, const QObject *context,
                                       ApiCallback<LastActiveDates> callback) const
{
    auto parse = [](const QJsonDocument &document) {
        return LastActiveDates::fromJson(document.object().value(QLatin1String("data")).toObject());
    };
    const QString path = QStringLiteral("/admin/v1/orgs/%1/directory/users/%2/last-active-dates")
                             .arg(m_orgId, accountId);
    return deliverTo<LastActiveDates>(m_client->send(ApiRequest::get(path)), context, parse,
                                      std::move(callback));
}
