#include "ManageService.h"

#include "ApiClient.h"

#include <QUrl>

ManageService::ManageService(ApiClient *client) : m_client(client) {}

QString ManageService::managePath(const QString &accountId)
{
    return QStringLiteral("/users/%1/manage")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(accountId, ":|")));
}

ApiReply *ManageService::privileges(const QString &accountId, const QObject *context,
                                    ApiCallback<ManagePrivileges> callback) const
{
    auto parse = [](const QJsonDocument &document) {
        return ManagePrivileges::fromJson(document.object());
    };
    return deliverTo<ManagePrivileges>(m_client->send(ApiRequest::get(managePath(accountId))),
                                       context, parse, std::move(callback));
}

ApiReply *ManageService::profile(const QString &accountId, const QObject *context,
                                 ApiCallback<ManagedProfile> callback) const
{
    auto parse = [](const QJsonDocument &document) {
        return ManagedProfile::fromJson(document.object());
    };
    const QString path = managePath(accountId) + QStringLiteral("/profile");
    return deliverTo<ManagedProfile>(m_client->send(ApiRequest::get(path)), context, parse,
                                     std::move(callback));
}

ApiReply *ManageService::updateProfile(const QString &accountId, const ProfileChange &change,
                                       const QObject *context,
                                       ApiCallback<ManagedProfile> callback) const
{
    auto parse = [](const QJsonDocument &document) {
        return ManagedProfile::fromJson(document.object());
    };
    const QString path = managePath(accountId) + QStringLiteral("/profile");
    return deliverTo<ManagedProfile>(m_client->send(ApiRequest::patch(path, change.toJson())),
                                     context, parse, std::move(callback));
}

ApiReply *ManageService::setEmail(const QString &accountId, const QString &email,
                                  const QObject *context,
                                  std::function<void(const ApiError &)> callback) const
{
    const QString path = managePath(accountId) + QStringLiteral("/email");
    const QJsonObject body{{QStringLiteral("email"), email}};
    return deliverDone(m_client->send(ApiRequest::put(path, body)), context, std::move(callback));
}
