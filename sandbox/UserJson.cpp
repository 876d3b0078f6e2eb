#include "UserJson.h"

#include "SeedNames.h"
#include "Timestamps.h"
#include "UserCriteria.h"
#include "Vocabulary.h"

#include <QJsonArray>
#include <QUrl>

namespace sandbox {
namespace {

QString jobTitle(const SeedUser &user)
{
    const QString title =
        QString::fromUtf16(departments()[user.department].jobTitles[user.jobTitle]);
    return user.contractorTitle ? QStringLiteral("Contract ") + title : title;
}

QJsonValue managementSource(const SeedUser &user)
{
    switch (user.managementSource) {
    case ManagementSource::Invited:
        return QStringLiteral("invited");
    case ManagementSource::Synced:
        return QStringLiteral("synced");
    default:
        return QJsonValue::Null; // the spec declares this one nullable
    }
}

QJsonArray platformRoles(const SeedUser &user)
{
    QJsonArray roles;
    for (int r = 0; r < RoleCount; ++r) {
        if (user.hasRole(Role(r)) && isPlatformRole(Role(r)))
            roles.append(roleIdName(Role(r)));
    }
    return roles;
}

// The fields MultiDirectoryUser and its details variant share, as seeded.
QJsonObject seededProfile(const SeedUser &user, const OrgData &org, const QString &origin)
{
    const Place &place = cultures()[user.culture].places[user.place];
    const QString avatar = avatarUrl(user, origin);
    return {
        {QStringLiteral("accountId"), user.accountId},
        {QStringLiteral("accountType"), QStringLiteral("atlassian")},
        {QStringLiteral("status"), statusName(user.status)},
        {QStringLiteral("accountStatus"), accountStatusName(user.accountStatus())},
        {QStringLiteral("membershipStatus"), membershipStatusName(user.membershipStatus())},
        {QStringLiteral("addedToOrg"), isoMillis(user.addedToOrg)},
        {QStringLiteral("name"), user.name},
        {QStringLiteral("nickname"), user.nickname},
        {QStringLiteral("email"), user.email},
        {QStringLiteral("emailVerified"), user.emailVerified},
        {QStringLiteral("claimStatus"),
         user.managed ? QStringLiteral("managed") : QStringLiteral("unmanaged")},
        {QStringLiteral("picture"), avatar},
        {QStringLiteral("avatar"), avatar},
        {QStringLiteral("managementSource"), managementSource(user)},
        {QStringLiteral("mfaEnabled"), user.mfaEnabled},
        {QStringLiteral("jobTitle"), jobTitle(user)},
        {QStringLiteral("department"), QString::fromUtf16(departments()[user.department].name)},
        {QStringLiteral("organization"), org.organizations.value(user.organization)},
        {QStringLiteral("location"), QString::fromUtf16(place.city)},
        {QStringLiteral("timeZone"), QLatin1String(place.timeZone)},
    };
}

// The fields User management changed, over the seeded ones.
QJsonObject profile(const SeedUser &user, const OrgData &org, const QString &origin)
{
    QJsonObject json = seededProfile(user, org, origin);
    if (org.profileEdits.isEmpty())
        return json;
    const auto edits = org.profileEdits.constFind(user.accountId);
    if (edits == org.profileEdits.cend())
        return json;
    auto apply = [&json](const char *key, const std::optional<QString> &value) {
        if (value)
            json.insert(QLatin1String(key), *value);
    };
    apply("jobTitle", edits->jobTitle);
    apply("department", edits->department);
    apply("organization", edits->organization);
    apply("location", edits->location);
    apply("timeZone", edits->timeZone);
    return json;
}

} // namespace

QJsonObject multiDirectoryProfile(const SeedUser &user, const OrgData &org, const QString &origin)
{
    return profile(user, org, origin);
}

QString avatarUrl(const SeedUser &user, const QString &origin)
{
    return origin + QStringLiteral("/sandbox/avatars/") +
           QString::fromLatin1(QUrl::toPercentEncoding(user.accountId)) + QStringLiteral(".svg");
}

QJsonObject multiDirectoryUser(const SeedUser &user, const OrgData &org, quint8 expand,
                               const QString &origin)
{
    QJsonObject json = profile(user, org, origin);
    json.insert(
        QStringLiteral("links"),
        QJsonObject{{QStringLiteral("self"),
                     QString::fromLatin1(user.accountId.toUtf8().toBase64(
                         QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))}});
    if (expand & UserCriteria::ExpandPlatformRoles)
        json.insert(QStringLiteral("platformRoles"), platformRoles(user));
    if (expand & UserCriteria::ExpandCounts)
        json.insert(QStringLiteral("counts"),
                    QJsonObject{{QStringLiteral("resources"), user.resourceCount()}});
    if (expand & UserCriteria::ExpandProductAccess) {
        QJsonArray access;
        for (const ProductSite &site : org.products) {
            if (!user.hasProduct(site.product))
                continue;
            QJsonObject item{{QStringLiteral("key"), site.key}, {QStringLiteral("id"), site.ari}};
            if (const quint32 t = user.lastActive[site.product])
                item.insert(QStringLiteral("lastActiveTimestamp"), isoMillis(t));
            access.append(item);
        }
        json.insert(QStringLiteral("productAccess"), access);
    }
    if (expand & UserCriteria::ExpandGroups) {
        QJsonArray groups;
        for (int g = 0; g < org.groups.size(); ++g) {
            if (!(user.groupMask & (quint64(1) << g)))
                continue;
            const Group &group = org.groups.at(g);
            groups.append(QJsonObject{{QStringLiteral("id"), group.id},
                                      {QStringLiteral("name"), group.name},
                                      {QStringLiteral("description"), group.description}});
        }
        json.insert(QStringLiteral("groups"), groups);
    }
    return json;
}

QJsonObject multiDirectoryUserDetails(const SeedUser &user, const OrgData &org,
                                      const QString &origin)
{
    QJsonObject json = profile(user, org, origin);
    json.insert(QStringLiteral("platformRoles"), platformRoles(user));
    json.insert(QStringLiteral("counts"),
                QJsonObject{{QStringLiteral("resources"), user.resourceCount()}});
    if (user.deactivatedOn)
        json.insert(QStringLiteral("deactivatedOn"), isoMillis(user.deactivatedOn));
    return json;
}

QJsonObject managedAccount(const SeedUser &user, const OrgData &org, const QString &origin)
{
    const bool billable =
        user.status == UserStatus::Active && (user.hasRole(RoleUser) || user.hasRole(RoleAdmin));
    QJsonObject json{
        {QStringLiteral("account_id"), user.accountId},
        {QStringLiteral("account_type"), QStringLiteral("atlassian")},
        {QStringLiteral("account_status"), accountStatusName(user.accountStatus())},
        {QStringLiteral("name"), user.name},
        {QStringLiteral("picture"), avatarUrl(user, origin)},
        {QStringLiteral("email"), user.email},
        {QStringLiteral("access_billable"), billable},
        {QStringLiteral("links"),
         QJsonObject{{QStringLiteral("self"), origin + QStringLiteral("/users/") + user.accountId +
                                                  QStringLiteral("/manage/profile")}}},
    };
    if (const qint64 last = user.lastActiveAnywhere())
        json.insert(QStringLiteral("last_active"), isoMillis(last));
    QJsonArray products;
    for (const ProductSite &site : org.products) {
        if (!user.hasProduct(site.product) || site.v1Key.isEmpty())
            continue; // v1 enumerates product keys; Loom is not among them
        QJsonObject item{{QStringLiteral("key"), site.v1Key},
                         {QStringLiteral("name"), site.name},
                         {QStringLiteral("url"), site.url}};
        if (const quint32 t = user.lastActive[site.product])
            item.insert(QStringLiteral("last_active"), isoMillis(t));
        products.append(item);
    }
    json.insert(QStringLiteral("product_access"), products);
    return json;
}

QJsonObject productAccessActivity(const SeedUser &user, const OrgData &org)
{
    QJsonArray products;
    for (const ProductSite &site : org.products) {
        if (!user.hasProduct(site.product) || site.v1Key.isEmpty())
            continue;
        QJsonObject item{{QStringLiteral("id"), site.ari}, {QStringLiteral("key"), site.v1Key}};
        if (const quint32 t = user.lastActive[site.product]) {
            item.insert(QStringLiteral("last_active"), isoDate(t));
            item.insert(QStringLiteral("last_active_timestamp"), isoSeconds(t));
        }
        products.append(item);
    }
    return {
        {QStringLiteral("product_access"), products},
        {QStringLiteral("added_to_org"), isoDate(user.addedToOrg)},
        {QStringLiteral("added_to_org_timestamp"), isoSeconds(user.addedToOrg)},
    };
}

} // namespace sandbox
