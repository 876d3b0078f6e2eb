#include "WriteEvents.h"

#include "EventActions.h"
#include "EventControls.h"
#include "EventJson.h"
#include "EventPlaces.h"
#include "OrgStore.h"
#include "Routes.h"
#include "SandboxClock.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace sandbox {
namespace {

// How a write's context is found.
enum class Context {
    PathUser,        // capture 1: an account id
    PathGroup,       // capture 1: a group id
    NewGroup,        // the group the body names, after it was made
    GroupMemberBody, // capture 1: group; body accountId
    GroupMemberPath, // captures 1, 2: group, account id
    GroupRole,       // capture 1: group; body resourceId, roleId
    UserRole,        // capture 1: account id; body role, resource
    Policy,          // capture 1: a policy id
    NewPolicy,       // the policy in the answer
    PolicyResource,  // capture 1: policy; capture 2 or body id: the resource
    AuthPolicyUsers, // capture 1: policy; body users
    ApiKey,          // capture 1: a key id; its label from the answer
    UserToken,       // captures 1, 2: account id, token id
    Level,           // the classification level in the answer
    Levels,          // body levelIds
    Invite,          // body emails
    None,
};

struct Rule
{
    const char *method;
    const char *pattern; // a regular expression over the path
    EventAction action;
    Context context;
};

#define V2_DIRECTORY "^/admin/v2/orgs/[^/]+/directories/[^/]+"
#define POLICIES "^/admin/(?:v1|control/v1)/orgs/[^/]+/policies"
#define LEVELS "^/admin/dlp/v1/orgs/[^/]+/classification-levels"

// clang-format off
const Rule kRules[] = {
    {"POST", V2_DIRECTORY "/users/([^/]+)/suspend$", UserSuspended, Context::PathUser},
    {"POST", V2_DIRECTORY "/users/([^/]+)/restore$", UserRestored, Context::PathUser},
    {"DELETE", V2_DIRECTORY "/users/([^/]+)$", UserRemovedFromDirectory, Context::PathUser},
    {"POST", "^/users/([^/]+)/manage/lifecycle/disable$", UserDeactivated, Context::PathUser},
    {"POST", "^/users/([^/]+)/manage/lifecycle/enable$", UserReactivated, Context::PathUser},
    {"POST", "^/users/([^/]+)/manage/lifecycle/delete$", UserDeletionScheduled, Context::PathUser},
    {"POST", "^/users/([^/]+)/manage/lifecycle/cancel-delete$", UserDeletionCancelled, Context::PathUser},
    {"PATCH", "^/users/([^/]+)/manage/profile$", UserProfileUpdated, Context::PathUser},
    {"PUT", "^/users/([^/]+)/manage/email$", UserEmailChanged, Context::PathUser},
    {"POST", "^/admin/v2/orgs/[^/]+/users/invite$", UserInvited, Context::Invite},
    {"POST", V2_DIRECTORY "/groups$", GroupCreated, Context::NewGroup},
    {"DELETE", V2_DIRECTORY "/groups/([^/]+)$", GroupDeleted, Context::PathGroup},
    {"POST", V2_DIRECTORY "/groups/([^/]+)/memberships$", UserAddedToGroup, Context::GroupMemberBody},
    {"DELETE", V2_DIRECTORY "/groups/([^/]+)/memberships/([^/]+)$", UserRemovedFromGroup, Context::GroupMemberPath},
    {"POST", V2_DIRECTORY "/groups/([^/]+)/role-assignments/assign$", GroupRoleGranted, Context::GroupRole},
    {"POST", V2_DIRECTORY "/groups/([^/]+)/role-assignments/revoke$", GroupRoleRevoked, Context::GroupRole},
    {"POST", "^/admin/v1/orgs/[^/]+/users/([^/]+)/(?:roles|role-assignments)/assign$", UserRoleGranted, Context::UserRole},
    {"POST", "^/admin/v1/orgs/[^/]+/users/([^/]+)/(?:roles|role-assignments)/revoke$", UserRoleRevoked, Context::UserRole},
    {"POST", POLICIES "$", PolicyCreated, Context::NewPolicy},
    {"PUT", POLICIES "/([^/]+)$", PolicyUpdated, Context::Policy},
    {"DELETE", POLICIES "/([^/]+)$", PolicyDeleted, Context::Policy},
    {"POST", POLICIES "/([^/]+)/resources$", PolicyResourceAdded, Context::PolicyResource},
    {"PUT", POLICIES "/([^/]+)/resources/(.+)$", PolicyResourceUpdated, Context::PolicyResource},
    {"DELETE", POLICIES "/([^/]+)/resources/(.+)$", PolicyResourceRemoved, Context::PolicyResource},
    {"POST", "^/admin/control/v1/orgs/[^/]+/auth-policy/([^/]+)/add-users$", AuthPolicyUsersAdded, Context::AuthPolicyUsers},
    {"PATCH", "^/admin/api-access/v1/orgs/[^/]+/api-keys/revoke/([^/]+)$", ApiKeyRevoked, Context::ApiKey},
    {"DELETE", "^/admin/api-access/v1/orgs/[^/]+/api-tokens$", AllApiTokensRevoked, Context::None},
    {"DELETE", "^/users/([^/]+)/manage/api-tokens/([^/]+)$", ApiTokenRevoked, Context::UserToken},
    {"POST", LEVELS "$", ClassificationLevelCreated, Context::Level},
    {"PUT", LEVELS "/([^/]+)$", ClassificationLevelUpdated, Context::Level},
    {"POST", LEVELS "/publish$", ClassificationLevelsPublished, Context::Levels},
    {"POST", LEVELS "/archive$", ClassificationLevelsArchived, Context::Levels},
    {"POST", LEVELS "/restore$", ClassificationLevelsRestored, Context::Levels},
    {"POST", LEVELS "/reorder$", ClassificationLevelsReordered, Context::Levels},
};
// clang-format on

const QList<QRegularExpression> &compiledRules()
{
    static const QList<QRegularExpression> compiled = [] {
        QList<QRegularExpression> list;
        for (const Rule &rule : kRules)
            list.append(QRegularExpression(QString::fromLatin1(rule.pattern)));
        return list;
    }();
    return compiled;
}

QJsonObject object(const QString &id, const QString &type, const QJsonObject &attributes = {})
{
    QJsonObject result{{QStringLiteral("id"), id}, {QStringLiteral("type"), type}};
    if (!attributes.isEmpty())
        result.insert(QStringLiteral("attributes"), attributes);
    return result;
}

QJsonObject jsonBody(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

void collectText(const QJsonValue &value, QString &out)
{
    if (value.isString()) {
        out += value.toString().toLower() + u'\n';
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectText(item, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectText(it.value(), out);
    }
}

// "ari:cloud:jira-software::site/<id>" -> its Product, or -1.
int productOf(const OrgData &org, const QString &resource)
{
    for (int p = 0; p < org.products.size(); ++p) {
        if (org.products.at(p).ari == resource)
            return p;
    }
    return -1;
}

} // namespace

WriteEvents::WriteEvents(OrgStore &store, std::shared_ptr<EventLog> log,
                         const EventControls &controls)
    : m_store(store), m_log(std::move(log)), m_controls(controls)
{}

int WriteEvents::userByAccountId(const QString &accountId) const
{
    return m_store.userIndex(accountId);
}

std::optional<WriteEvents::Pending> WriteEvents::prepare(const ApiRequest &request) const
{
    if (request.method == "GET" || request.method == "HEAD" || request.method == "OPTIONS")
        return std::nullopt;
    const QList<QRegularExpression> &patterns = compiledRules();
    for (int i = 0; i < patterns.size(); ++i) {
        if (request.method != kRules[i].method)
            continue;
        const QRegularExpressionMatch match = patterns.at(i).match(request.path);
        if (!match.hasMatch())
            continue;
        Pending pending;
        pending.rule = i;
        for (int c = 1; c <= match.lastCapturedIndex(); ++c)
            pending.params.append(QUrl::fromPercentEncoding(match.captured(c).toUtf8()));
        describe(pending, request);
        return pending;
    }
    return std::nullopt;
}

void WriteEvents::describe(Pending &pending, const ApiRequest &request) const
{
    const OrgData &org = m_store.data();
    const QJsonObject body = jsonBody(request.body);
    auto addUser = [&](const QString &accountId) {
        const int index = userByAccountId(accountId);
        if (index < 0) {
            pending.context.append(object(accountId, QStringLiteral("users")));
            return;
        }
        pending.subject = index;
        pending.subjectName = org.users.at(index).name;
        pending.context.append(personObject(org.users.at(index)));
    };
    auto addGroup = [&](const QString &groupId) {
        const int index = m_store.groupIndex(groupId);
        if (index < 0) {
            pending.context.append(object(groupId, QStringLiteral("groups")));
            return;
        }
        pending.targetName = org.groups.at(index).name;
        pending.context.append(groupObject(org.groups.at(index)));
    };
    auto addPolicy = [&](const QString &policyId) {
        QString name = body.value(QStringLiteral("data"))
                           .toObject()
                           .value(QStringLiteral("attributes"))
                           .toObject()
                           .value(QStringLiteral("name"))
                           .toString();
        for (const auto &[id, seededName] : m_log->names.policies) {
            if (id == policyId && name.isEmpty())
                name = seededName;
        }
        pending.targetName = name;
        pending.context.append(
            object(policyId, QStringLiteral("policies"),
                   name.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("name"), name}}));
    };
    auto addResource = [&](const QString &resourceId, const QString &type) {
        if (resourceId.isEmpty())
            return;
        pending.product = productOf(org, resourceId);
        pending.context.append(object(resourceId, type));
    };

    const QStringList &params = pending.params;
    switch (kRules[pending.rule].context) {
    case Context::PathUser:
        addUser(params.value(0));
        if (kRules[pending.rule].action == UserEmailChanged)
            pending.context.append(object(
                body.value(QStringLiteral("email")).toString(), QStringLiteral("email-addresses"),
                {{QStringLiteral("email"), body.value(QStringLiteral("email")).toString()}}));
        break;
    case Context::PathGroup:
        addGroup(params.value(0));
        break;
    case Context::GroupMemberBody:
        addUser(body.value(QStringLiteral("accountId")).toString());
        addGroup(params.value(0));
        break;
    case Context::GroupMemberPath:
        addUser(params.value(1));
        addGroup(params.value(0));
        break;
    case Context::GroupRole:
        addGroup(params.value(0));
        addResource(body.value(QStringLiteral("resourceId")).toString(), QStringLiteral("sites"));
        pending.context.append(
            object(body.value(QStringLiteral("roleId")).toString(), QStringLiteral("roles")));
        break;
    case Context::UserRole: {
        addUser(params.value(0));
        addResource(body.value(QStringLiteral("resource")).toString(), QStringLiteral("sites"));
        const QString role = body.value(QStringLiteral("role")).toString();
        pending.context.append(object(role, QStringLiteral("roles")));
        pending.targetName = pending.product >= 0 ? org.products.at(pending.product).name
                             : role == QLatin1String("atlassian/org-admin") ? org.orgName
                                                                            : role;
        break;
    }
    case Context::Policy:
    case Context::AuthPolicyUsers:
        addPolicy(params.value(0));
        if (kRules[pending.rule].context == Context::AuthPolicyUsers) {
            for (const QJsonValue &user : body.value(QStringLiteral("users")).toArray())
                pending.context.append(object(user.toString(), QStringLiteral("users"),
                                              {{QStringLiteral("email"), user.toString()}}));
        }
        break;
    case Context::PolicyResource:
        addPolicy(params.value(0));
        addResource(params.size() > 1 ? params.value(1)
                                      : body.value(QStringLiteral("id")).toString(),
                    QStringLiteral("resources"));
        break;
    case Context::UserToken:
        addUser(params.value(0));
        pending.context.append(object(params.value(1), QStringLiteral("api-tokens")));
        break;
    case Context::Levels:
        for (const QJsonValue &id : body.value(QStringLiteral("levelIds")).toArray())
            pending.context.append(object(id.toString(), QStringLiteral("classification-levels")));
        break;
    case Context::Invite:
        for (const QJsonValue &email : body.value(QStringLiteral("emails")).toArray()) {
            const QString address = email.isObject()
                                        ? email.toObject().value(QStringLiteral("email")).toString()
                                        : email.toString();
            pending.context.append(object(address, QStringLiteral("invited-user"),
                                          {{QStringLiteral("email"), address}}));
        }
        break;
    case Context::NewGroup:
    case Context::NewPolicy:
    case Context::ApiKey:
    case Context::Level:
    case Context::None:
        break; // known once the write is done
    }
}

void WriteEvents::complete(Pending &pending, const ApiRequest &request,
                           const ApiResponse &response) const
{
    const OrgData &org = m_store.data();
    const QJsonObject answer = jsonBody(response.body);
    switch (kRules[pending.rule].context) {
    case Context::NewGroup: {
        const QString name =
            jsonBody(request.body).value(QStringLiteral("name")).toString().trimmed();
        for (const Group &group : org.groups) {
            if (!group.deleted && group.name == name) {
                pending.targetName = group.name;
                pending.context.append(groupObject(group));
                break;
            }
        }
        break;
    }
    case Context::NewPolicy: {
        const QJsonObject data = answer.value(QStringLiteral("data")).toObject();
        const QString name = data.value(QStringLiteral("attributes"))
                                 .toObject()
                                 .value(QStringLiteral("name"))
                                 .toString();
        pending.targetName = name;
        pending.context.append(object(data.value(QStringLiteral("id")).toString(),
                                      QStringLiteral("policies"),
                                      {{QStringLiteral("name"), name}}));
        break;
    }
    case Context::ApiKey: {
        const QString label = answer.value(QStringLiteral("label")).toString();
        pending.targetName = label;
        pending.context.append(object(
            pending.params.value(0), QStringLiteral("api-keys"),
            label.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("label"), label}}));
        break;
    }
    case Context::Level: {
        const QString name = answer.value(QStringLiteral("name")).toString();
        pending.targetName = name;
        pending.context.append(object(answer.value(QStringLiteral("levelId")).toString(),
                                      QStringLiteral("classification-levels"),
                                      {{QStringLiteral("name"), name}}));
        break;
    }
    default:
        break;
    }
}

int WriteEvents::keyRecord(int keyOrder, bool scoped) const
{
    const QList<SeedApiKey> &keys = m_log->names.keys;
    const QString ownLabel = sandboxKeyLabel();
    if (keyOrder <= 0) {
        for (int k = 0; k < keys.size(); ++k) {
            if (keys.at(k).label == ownLabel)
                return k;
        }
        return -1;
    }
    // Keys a test adds stand for the org's other live keys of the same kind, in turn.
    QList<int> candidates;
    for (int k = 0; k < keys.size(); ++k) {
        const SeedApiKey &key = keys.at(k);
        if (key.label != ownLabel && !key.isRevoked() && key.scopes.isEmpty() != scoped &&
            key.createdBy >= 0)
            candidates.append(k);
    }
    return candidates.isEmpty() ? keyRecord(0, scoped)
                                : candidates.at((keyOrder - 1) % candidates.size());
}

void WriteEvents::record(Pending pending, const ApiRequest &request, const ApiResponse &response,
                         int keyOrder, bool scopedKey)
{
    complete(pending, request, response);
    const OrgData &org = m_store.data();
    const Rule &rule = kRules[pending.rule];

    EventRecord record;
    record.timeMs = org.clock->nowMs();
    record.delayMs = qMax(0, m_controls.processingDelayMs.load());
    record.action = rule.action;
    record.subject = pending.subject;
    record.target = pending.product >= 0 ? quint16(pending.product) : quint16(0xffff);
    record.place = kNoPlace;
    record.ip = personIp(kNoPlace, 0, 0, 0);

    EventDetail detail;
    const int key = keyRecord(keyOrder, scopedKey);
    if (key >= 0) {
        const SeedApiKey &seeded = m_log->names.keys.at(key);
        record.key = quint8(key + 1);
        record.actor = seeded.createdBy;
    }
    if (record.actor >= 0 && record.actor < org.users.size()) {
        const SeedUser &creator = org.users.at(record.actor);
        detail.actor = {{QStringLiteral("id"), creator.accountId},
                        {QStringLiteral("name"), creator.name},
                        {QStringLiteral("email"), creator.email}};
    } else {
        detail.actor = {{QStringLiteral("id"), QStringLiteral("unknown")}};
    }
    if (key >= 0) {
        const SeedApiKey &seeded = m_log->names.keys.at(key);
        detail.actor.insert(QStringLiteral("auth"),
                            QJsonObject{{QStringLiteral("authType"), QStringLiteral("api-token")},
                                        {QStringLiteral("tokenId"), seeded.id},
                                        {QStringLiteral("tokenLabel"), seeded.label}});
    }
    detail.context = pending.context;
    detail.subjectName = pending.subjectName;
    detail.targetName = pending.targetName;
    collectText(detail.context, detail.searchText);
    collectText(detail.actor, detail.searchText);
    m_log->append(record, std::move(detail));
}

} // namespace sandbox
