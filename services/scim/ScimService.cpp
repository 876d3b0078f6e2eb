#include "ScimService.h"

#include "ApiClient.h"

namespace {

QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

std::optional<ScimUser> parseUser(const QJsonDocument &document)
{
    return ScimUser::fromJson(document.object());
}

std::optional<ScimGroup> parseGroup(const QJsonDocument &document)
{
    return ScimGroup::fromJson(document.object());
}

// A delete sent again after a lost answer finds nothing: the first one went through.
std::function<void(const ApiError &)> goneCounts(const ApiReply *reply,
                                                 std::function<void(const ApiError &)> done)
{
    return [reply, done](const ApiError &error) {
        const bool goneOnRetry = error.kind() == ApiError::Kind::NotFound && reply->attempts() > 1;
        done(goneOnRetry ? ApiError() : error);
    };
}

} // namespace

ScimService::ScimService(ApiClient *client, QString directoryId)
    : m_client(client), m_directoryId(std::move(directoryId))
{}

ApiClient *ScimService::makeClient(const QUrl &baseUrl, const QString &directoryId,
                                   const QString &scimKey, QObject *parent)
{
    auto *client = new ApiClient(baseUrl, parent);
    client->setApiKey(scimKey);
    client->setKeyPathPrefix(directoryPath(directoryId) + u'/');
    return client;
}

QString ScimService::directoryPath(const QString &directoryId)
{
    return QStringLiteral("/scim/directory/") + segment(directoryId);
}

QString ScimService::path(const QString &rest) const
{
    return directoryPath(m_directoryId) + rest;
}

ScimUserPager *ScimService::users(const ScimQuery &query, QObject *parent) const
{
    return new ScimUserPager(
        m_client, ApiRequest::get(path(QStringLiteral("/Users")), query.toUrlQuery()), parent);
}

ScimGroupPager *ScimService::groups(const ScimQuery &query, QObject *parent) const
{
    return new ScimGroupPager(
        m_client, ApiRequest::get(path(QStringLiteral("/Groups")), query.toUrlQuery()), parent);
}

ApiReply *ScimService::user(const QString &id, const QObject *context,
                            ApiCallback<ScimUser> done) const
{
    return deliverTo<ScimUser>(
        m_client->send(ApiRequest::get(path(QStringLiteral("/Users/") + segment(id)))), context,
        parseUser, std::move(done));
}

ApiReply *ScimService::group(const QString &id, const QObject *context,
                             ApiCallback<ScimGroup> done) const
{
    return deliverTo<ScimGroup>(
        m_client->send(ApiRequest::get(path(QStringLiteral("/Groups/") + segment(id)))), context,
        parseGroup, std::move(done));
}

ApiReply *ScimService::serviceProviderConfig(const QObject *context,
                                             ApiCallback<QJsonObject> done) const
{
    auto parse = [](const QJsonDocument &document) -> std::optional<QJsonObject> {
        if (!document.isObject())
            return std::nullopt;
        return document.object();
    };
    return deliverTo<QJsonObject>(
        m_client->send(ApiRequest::get(path(QStringLiteral("/ServiceProviderConfig")))), context,
        parse, std::move(done));
}

ApiReply *ScimService::createUser(const QJsonObject &user, const QObject *context,
                                  ApiCallback<ScimUser> done) const
{
    // Not sent twice: a second POST after a lost answer would meet the first as a 409.
    return deliverTo<ScimUser>(
        m_client->send(ApiRequest::post(path(QStringLiteral("/Users")), user, false)), context,
        parseUser, std::move(done));
}

ApiReply *ScimService::replaceUser(const QString &id, const QJsonObject &user,
                                   const QObject *context, ApiCallback<ScimUser> done) const
{
    return deliverTo<ScimUser>(
        m_client->send(ApiRequest::put(path(QStringLiteral("/Users/") + segment(id)), user)),
        context, parseUser, std::move(done));
}

ApiReply *ScimService::patchUser(const QString &id, const QJsonArray &operations,
                                 const QObject *context, ApiCallback<ScimUser> done) const
{
    return deliverTo<ScimUser>(
        m_client->send(ApiRequest::patch(path(QStringLiteral("/Users/") + segment(id)),
                                         patchBody(operations))),
        context, parseUser, std::move(done));
}

ApiReply *ScimService::setActive(const QString &id, bool active, const QObject *context,
                                 ApiCallback<ScimUser> done) const
{
    ApiRequest request =
        ApiRequest::patch(path(QStringLiteral("/Users/") + segment(id)),
                          patchBody({QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                                 {QStringLiteral("path"), QStringLiteral("active")},
                                                 {QStringLiteral("value"), active}}}));
    request.idempotent = true; // setting the same value twice changes nothing more
    return deliverTo<ScimUser>(m_client->send(request), context, parseUser, std::move(done));
}

ApiReply *ScimService::deleteUser(const QString &id, const QObject *context,
                                  std::function<void(const ApiError &)> done) const
{
    ApiReply *reply =
        m_client->send(ApiRequest::del(path(QStringLiteral("/Users/") + segment(id))));
    return deliverDone(reply, context, goneCounts(reply, std::move(done)));
}

ApiReply *ScimService::createGroup(const QString &displayName, const QString &externalId,
                                   const QStringList &memberIds, const QObject *context,
                                   ApiCallback<ScimGroup> done) const
{
    QJsonArray members;
    for (const QString &member : memberIds)
        members.append(QJsonObject{{QStringLiteral("value"), member}});
    QJsonObject body{{QStringLiteral("schemas"), QJsonArray{ScimSchema::group}},
                     {QStringLiteral("displayName"), displayName},
                     {QStringLiteral("members"), members}};
    if (!externalId.isEmpty())
        body.insert(QStringLiteral("externalId"), externalId);
    return deliverTo<ScimGroup>(
        m_client->send(ApiRequest::post(path(QStringLiteral("/Groups")), body, false)), context,
        parseGroup, std::move(done));
}

ApiReply *ScimService::changeMembers(const QString &groupId, MemberChange change,
                                     const QStringList &userIds, const QObject *context,
                                     ApiCallback<ScimGroup> done) const
{
    QJsonArray members;
    for (const QString &member : userIds)
        members.append(QJsonObject{{QStringLiteral("value"), member}});
    const QJsonObject operation{{QStringLiteral("op"), change == MemberChange::Add
                                                           ? QStringLiteral("add")
                                                           : QStringLiteral("remove")},
                                {QStringLiteral("path"), QStringLiteral("members")},
                                {QStringLiteral("value"), members}};
    ApiRequest request = ApiRequest::patch(path(QStringLiteral("/Groups/") + segment(groupId)),
                                           patchBody({operation}));
    request.idempotent = true; // adding a member twice, or removing one twice, leaves the same
    return deliverTo<ScimGroup>(m_client->send(request), context, parseGroup, std::move(done));
}

ApiReply *ScimService::deleteGroup(const QString &id, const QObject *context,
                                   std::function<void(const ApiError &)> done) const
{
    ApiReply *reply =
        m_client->send(ApiRequest::del(path(QStringLiteral("/Groups/") + segment(id))));
    return deliverDone(reply, context, goneCounts(reply, std::move(done)));
}

QJsonObject ScimService::newUser(const QString &email, const QString &displayName,
                                 const QString &externalId, const QString &userName)
{
    QJsonObject user{{QStringLiteral("schemas"), QJsonArray{ScimSchema::user}},
                     {QStringLiteral("userName"), userName.isEmpty() ? email : userName},
                     {QStringLiteral("emails"),
                      QJsonArray{QJsonObject{{QStringLiteral("value"), email},
                                             {QStringLiteral("type"), QStringLiteral("work")},
                                             {QStringLiteral("primary"), true}}}},
                     {QStringLiteral("active"), true}};
    if (!displayName.isEmpty())
        user.insert(QStringLiteral("displayName"), displayName);
    if (!externalId.isEmpty())
        user.insert(QStringLiteral("externalId"), externalId);
    return user;
}

QJsonObject ScimService::patchBody(const QJsonArray &operations)
{
    return {{QStringLiteral("schemas"), QJsonArray{ScimSchema::patchOp}},
            {QStringLiteral("Operations"), operations}};
}
