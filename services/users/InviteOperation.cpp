#include "InviteOperation.h"

#include "RoleCatalog.h"

#include <QJsonArray>

namespace {

QString roleText(const QString &role, const QString &workspace)
{
    return InviteOperation::tr("%1 on %2").arg(RoleCatalog::displayName(role), workspace);
}

} // namespace

QJsonObject InviteSpec::toParams() const
{
    QJsonArray grantsJson, groupsJson;
    for (const Grant &grant : grants) {
        grantsJson.append(QJsonObject{{QStringLiteral("resource"), grant.resource},
                                      {QStringLiteral("role"), grant.role},
                                      {QStringLiteral("workspace"), grant.workspaceName}});
    }
    for (const GroupRef &group : groups) {
        groupsJson.append(
            QJsonObject{{QStringLiteral("id"), group.id}, {QStringLiteral("name"), group.name}});
    }
    return {{QStringLiteral("grants"), grantsJson},
            {QStringLiteral("groups"), groupsJson},
            {QStringLiteral("sendNotification"), sendNotification},
            {QStringLiteral("notificationText"), notificationText}};
}

InviteSpec InviteSpec::fromParams(const QJsonObject &params)
{
    InviteSpec spec;
    for (const QJsonValue &value : params.value(QLatin1String("grants")).toArray()) {
        spec.grants.append({value[QLatin1String("resource")].toString(),
                            value[QLatin1String("role")].toString(),
                            value[QLatin1String("workspace")].toString()});
    }
    for (const QJsonValue &value : params.value(QLatin1String("groups")).toArray()) {
        spec.groups.append(
            {value[QLatin1String("id")].toString(), value[QLatin1String("name")].toString()});
    }
    spec.sendNotification = params.value(QLatin1String("sendNotification")).toBool();
    spec.notificationText = params.value(QLatin1String("notificationText")).toString();
    return spec;
}

QJsonObject InviteSpec::body(const QStringList &emails) const
{
    QJsonArray rules, groupIds;
    for (const Grant &grant : grants) {
        rules.append(QJsonObject{{QStringLiteral("resource"), grant.resource},
                                 {QStringLiteral("role"), grant.role}});
    }
    for (const GroupRef &group : groups)
        groupIds.append(group.id);
    QJsonObject json{{QStringLiteral("emails"), QJsonArray::fromStringList(emails)},
                     {QStringLiteral("permissionRules"), rules},
                     {QStringLiteral("additionalGroups"), groupIds},
                     {QStringLiteral("sendNotification"), sendNotification}};
    if (sendNotification && !notificationText.trimmed().isEmpty())
        json.insert(QStringLiteral("notificationText"), notificationText.trimmed());
    return json;
}

QStringList InviteOperation::inviteRoles()
{
    return {QStringLiteral("atlassian/user"),        QStringLiteral("atlassian/admin"),
            QStringLiteral("atlassian/guest"),       QStringLiteral("atlassian/contributor"),
            QStringLiteral("atlassian/customer"),    QStringLiteral("atlassian/basic"),
            QStringLiteral("atlassian/stakeholder"), QStringLiteral("atlassian/viewer")};
}

QStringList InviteOperation::inviteRolesFor(const QString &typeKey)
{
    QStringList roles;
    for (const QString &role : RoleCatalog::rolesFor(typeKey)) {
        if (inviteRoles().contains(role))
            roles.append(role);
    }
    return roles;
}

JobItem InviteOperation::itemFor(const QString &email, bool alreadyMember, const QString &name)
{
    JobItem item;
    // The address is what identifies the item (the journal checks every item has an id).
    item.id = email;
    item.label = email;
    item.extra.insert(QStringLiteral("member"), alreadyMember);
    if (!name.isEmpty())
        item.extra.insert(QStringLiteral("name"), name);
    return item;
}

ApiRequest InviteOperation::inviteRequest(const QString &orgId, const QStringList &emails,
                                          const InviteSpec &spec)
{
    // Not idempotent for the client's retries: a lost answer is settled by the job (resume).
    return ApiRequest::post(QStringLiteral("/admin/v2/orgs/%1/users/invite").arg(orgId),
                            spec.body(emails), false);
}

QString InviteOperation::reasonInWords(const QString &statusReason)
{
    const QString words = ApiError::uamCodeInWords(statusReason);
    if (!words.isEmpty())
        return words;
    return statusReason.isEmpty() ? tr("Refused, without a reason given.") : statusReason;
}

QString InviteOperation::title() const
{
    return tr("Invite people");
}

ApiRequest InviteOperation::request(const JobItem &item, const QJsonObject &params,
                                    const QString &orgId) const
{
    return inviteRequest(orgId, {item.label}, InviteSpec::fromParams(params));
}

ApiRequest InviteOperation::batchRequest(const QList<JobItem> &items, const QJsonObject &params,
                                         const QString &orgId) const
{
    QStringList emails;
    for (const JobItem &item : items)
        emails.append(item.label);
    return inviteRequest(orgId, emails, InviteSpec::fromParams(params));
}

QList<BulkOperation::Outcome> InviteOperation::classifyBatch(const QList<JobItem> &items,
                                                             const QJsonObject &params,
                                                             const ApiError &error,
                                                             const QJsonDocument &body) const
{
    if (error.isError()) // the whole request was refused (402, 409, 400...): each address failed
        return BulkOperation::classifyBatch(items, params, error, body);
    QHash<QString, QJsonObject> answers; // by address, lowercase
    for (const QJsonValue &value : body.object().value(QLatin1String("data")).toArray())
        answers.insert(value[QLatin1String("email")].toString().toLower(), value.toObject());
    const InviteSpec spec = InviteSpec::fromParams(params);
    QList<Outcome> outcomes;
    for (const JobItem &item : items) {
        const auto answer = answers.constFind(item.label.toLower());
        if (answer == answers.cend())
            outcomes.append(
                {JobItem::State::Failed, tr("The server's answer did not mention this address.")});
        else
            outcomes.append(outcomeOf(item, spec, *answer));
    }
    return outcomes;
}

BulkOperation::Outcome InviteOperation::outcomeOf(const JobItem &item, const InviteSpec &spec,
                                                  const QJsonObject &answer)
{
    QHash<QString, QString> workspaceNames, groupNames;
    for (const InviteSpec::Grant &grant : spec.grants)
        workspaceNames.insert(grant.resource, grant.workspaceName);
    for (const InviteSpec::GroupRef &group : spec.groups)
        groupNames.insert(group.id, group.name);
    QStringList given, refused;
    auto note = [&](const QJsonValue &result, const QString &what) {
        if (result[QLatin1String("status")].toString() == QLatin1String("INVITED"))
            given.append(what);
        else
            refused.append(tr("%1: %2").arg(
                what, reasonInWords(result[QLatin1String("statusReason")].toString())));
    };
    for (const QJsonValue &part : answer.value(QLatin1String("results")).toArray()) {
        for (const QJsonValue &role : part[QLatin1String("roleAssignmentResult")].toArray()) {
            const QString resource = role[QLatin1String("resource")].toString();
            note(role, roleText(role[QLatin1String("role")].toString(),
                                workspaceNames.value(resource, resource)));
        }
        for (const QJsonValue &group : part[QLatin1String("groupAssignmentResult")].toArray()) {
            const QString id = group[QLatin1String("group")].toString();
            note(group, tr("group %1").arg(groupNames.value(id, id)));
        }
    }
    const bool member = item.extra.value(QLatin1String("member")).toBool();
    if (!refused.isEmpty()) {
        QString reason = refused.join(QStringLiteral("; "));
        if (!given.isEmpty())
            reason += tr(" (given: %1)").arg(given.join(QStringLiteral(", ")));
        return {JobItem::State::Failed, reason};
    }
    if (member) {
        return {JobItem::State::Done, given.isEmpty()
                                          ? tr("Already in the organization: nothing to give")
                                          : tr("Already in the organization: given %1")
                                                .arg(given.join(QStringLiteral(", ")))};
    }
    return {JobItem::State::Done, given.isEmpty()
                                      ? tr("Invited")
                                      : tr("Invited: %1").arg(given.join(QStringLiteral(", ")))};
}

void registerInviteOperation()
{
    static bool registered = false;
    if (std::exchange(registered, true))
        return;
    BulkOperationRegistry::add(std::make_unique<InviteOperation>());
}
