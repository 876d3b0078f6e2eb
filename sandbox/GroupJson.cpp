#include "GroupJson.h"

#include "ApiErrors.h"

#include <QRegularExpression>
#include <QSet>

namespace sandbox::groupfacts {

int memberCount(const OrgData &org, int groupIndex)
{
    const quint64 bit = quint64(1) << groupIndex;
    int count = 0;
    for (const SeedUser &user : org.users)
        count += (user.groupMask & bit) && !user.closed ? 1 : 0;
    return count;
}

int resourceCount(const OrgData &org, const Group &group)
{
    QSet<QString> resources;
    for (const GroupGrant &grant : org.groupGrants.value(group.id))
        resources.insert(grant.resourceId);
    return int(resources.size());
}

bool isDefaultGroup(const OrgData &org, const Group &group)
{
    const auto grants = org.groupGrants.value(group.id);
    return std::any_of(grants.cbegin(), grants.cend(),
                       [](const GroupGrant &grant) { return grant.isDefault; });
}

bool grantsAdmin(const OrgData &org, const Group &group)
{
    static const QStringList adminRoles = {
        QStringLiteral("atlassian/admin"), QStringLiteral("atlassian/org-admin"),
        QStringLiteral("atlassian/site-admin"), QStringLiteral("atlassian/user-access-admin")};
    const auto grants = org.groupGrants.value(group.id);
    return std::any_of(grants.cbegin(), grants.cend(),
                       [](const GroupGrant &grant) { return adminRoles.contains(grant.roleId); });
}

std::optional<ApiResponse> deletionRefusal(const OrgData &org, const Group &group)
{
    if (group.synced)
        return errors::applicationError(
            403, QStringLiteral("ADMIN-403-5"),
            QStringLiteral("The group \"%1\" is synced from an identity provider: delete it "
                           "there.")
                .arg(group.name));
    if (isDefaultGroup(org, group))
        return errors::applicationError(
            403, QStringLiteral("ADMIN-403-6"),
            QStringLiteral("The group \"%1\" is a product's default access group and cannot be "
                           "deleted.")
                .arg(group.name));
    if (grantsAdmin(org, group))
        return errors::applicationError(
            403, QStringLiteral("ADMIN-403-7"),
            QStringLiteral("The group \"%1\" grants admin access and cannot be deleted. Revoke "
                           "its admin roles first.")
                .arg(group.name));
    return std::nullopt;
}

std::optional<ApiResponse> changeRefusal(const Group &group)
{
    if (!group.synced)
        return std::nullopt;
    return errors::applicationError(
        403, QStringLiteral("ADMIN-403-5"),
        QStringLiteral("The group \"%1\" is synced from an identity provider: change it there.")
            .arg(group.name));
}

QString resourceOwner(const QString &ari)
{
    static const QRegularExpression pattern(QStringLiteral("^ari:cloud:([a-z0-9-]+)::"));
    return pattern.match(ari).captured(1);
}

QJsonObject groupJson(const OrgData &org, int groupIndex, CountsWanted counts)
{
    const Group &group = org.groups.at(groupIndex);
    QJsonObject json{
        {QStringLiteral("id"), group.id},
        {QStringLiteral("name"), group.name},
        {QStringLiteral("description"), group.description},
        {QStringLiteral("directoryId"), org.directories.value(group.directory).id},
        {QStringLiteral("externalSynced"), group.synced},
        {QStringLiteral("managedBy"),
         group.synced ? QStringLiteral("external") : QStringLiteral("admins")},
        {QStringLiteral("managementAccess"),
         QJsonObject{{QStringLiteral("deletable"), !deletionRefusal(org, group)},
                     {QStringLiteral("modifiable"), !group.synced},
                     {QStringLiteral("readable"), true}}},
        {QStringLiteral("links"),
         QJsonObject{{QStringLiteral("self"),
                      QString::fromLatin1(group.id.toUtf8().toBase64(
                          QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))}}},
    };
    if (counts.users || counts.resources) {
        QJsonObject countsJson;
        if (counts.users)
            countsJson.insert(QStringLiteral("users"), memberCount(org, groupIndex));
        if (counts.resources)
            countsJson.insert(QStringLiteral("resources"), resourceCount(org, group));
        json.insert(QStringLiteral("counts"), countsJson);
    }
    return json;
}

} // namespace sandbox::groupfacts
