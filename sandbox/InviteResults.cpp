#include "InviteResults.h"

#include <QJsonArray>

namespace sandbox {
namespace {

QJsonValue reasonJson(bool invited, const QString &reason)
{
    return invited ? QJsonValue(QJsonValue::Null) : QJsonValue(reason);
}

QString statusName(bool invited)
{
    return invited ? QStringLiteral("INVITED") : QStringLiteral("ERROR");
}

QJsonObject outcomeJson(const InviteOutcome &outcome)
{
    QJsonArray roles, groups;
    for (const auto &role : outcome.roles) {
        roles.append(
            QJsonObject{{QStringLiteral("resource"), role.resource},
                        {QStringLiteral("role"), role.role},
                        {QStringLiteral("status"), statusName(role.invited)},
                        {QStringLiteral("statusReason"), reasonJson(role.invited, role.reason)}});
    }
    for (const auto &group : outcome.groups) {
        groups.append(
            QJsonObject{{QStringLiteral("group"), group.group},
                        {QStringLiteral("status"), statusName(group.invited)},
                        {QStringLiteral("statusReason"), reasonJson(group.invited, group.reason)}});
    }
    QJsonObject json{{QStringLiteral("email"), outcome.email},
                     {QStringLiteral("results"),
                      QJsonArray{QJsonObject{{QStringLiteral("roleAssignmentResult"), roles},
                                             {QStringLiteral("groupAssignmentResult"), groups}}}}};
    if (!outcome.id.isEmpty())
        json.insert(QStringLiteral("id"), outcome.id);
    return json;
}

} // namespace

bool InviteOutcome::anyRefused() const
{
    return std::any_of(roles.cbegin(), roles.cend(),
                       [](const RoleResult &r) { return !r.invited; }) ||
           std::any_of(groups.cbegin(), groups.cend(),
                       [](const GroupResult &g) { return !g.invited; });
}

ApiResponse inviteAnswer(const QList<InviteOutcome> &outcomes)
{
    QJsonArray data;
    bool partial = false;
    for (const InviteOutcome &outcome : outcomes) {
        data.append(outcomeJson(outcome));
        partial = partial || outcome.anyRefused();
    }
    return ApiResponse::json({{QStringLiteral("data"), data}}, partial ? 206 : 200);
}

} // namespace sandbox
