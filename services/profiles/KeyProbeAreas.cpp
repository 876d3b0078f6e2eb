// KeyProbe::probeAreas: one cheap read per area, all in flight together.
#include "KeyProbe.h"

#include "ApiClient.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace {

struct AreaCheck
{
    KeyArea area;
    const char *scope; // what a scoped key needs; nullptr when only unscoped keys reach it
};

// In the order the areas are listed to the user. User management is checked after Users,
// with an account id from the users probe.
const AreaCheck areaChecks[] = {
    {KeyArea::Organization, "read:orgs:admin"},
    {KeyArea::Directories, "read:directories:admin"},
    {KeyArea::Users, "read:directories:admin"},
    {KeyArea::Groups, "read:groups:admin"},
    {KeyArea::Domains, "read:domains:admin"},
    {KeyArea::AuditLog, "read:events:admin"},
    {KeyArea::Policies, "read:policies:admin"},
    {KeyArea::UserManagement, nullptr},
    {KeyArea::ApiTokens, "read:tokens:admin"},
    {KeyArea::DataClassification, "read:classification-levels:admin"},
};

ApiRequest requestFor(KeyArea area, const QString &orgId)
{
    const QString org = QStringLiteral("/admin/v1/orgs/") + orgId;
    const QString orgV2 = QStringLiteral("/admin/v2/orgs/") + orgId;
    QUrlQuery small;
    small.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    switch (area) {
    case KeyArea::Organization:
        return ApiRequest::get(org);
    case KeyArea::Directories:
        return ApiRequest::get(orgV2 + QStringLiteral("/directories"), small);
    case KeyArea::Users:
        // A managed account, so that User management can be tried on it next.
        return ApiRequest::post(
            orgV2 + QStringLiteral("/directories/-/users/search"),
            QJsonObject{{QStringLiteral("limit"), 1},
                        {QStringLiteral("claimStatus"), QStringLiteral("managed")}},
            true);
    case KeyArea::Groups:
        return ApiRequest::post(orgV2 + QStringLiteral("/directories/-/groups/search"),
                                QJsonObject{{QStringLiteral("limit"), 1}}, true);
    case KeyArea::Domains:
        return ApiRequest::get(org + QStringLiteral("/domains"));
    case KeyArea::AuditLog:
        return ApiRequest::get(org + QStringLiteral("/events-stream"), small);
    case KeyArea::Policies:
        return ApiRequest::get(org + QStringLiteral("/policies"));
    case KeyArea::ApiTokens: {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("1"));
        return ApiRequest::get(QStringLiteral("/admin/api-access/v1/orgs/%1/api-keys").arg(orgId),
                               query);
    }
    case KeyArea::DataClassification:
        return ApiRequest::get(
            QStringLiteral("/admin/dlp/v1/orgs/%1/classification-levels").arg(orgId));
    case KeyArea::UserManagement:
        break;
    }
    return ApiRequest();
}

struct ProbeState
{
    KeyCapabilities capabilities;
    int pending = 0;
    std::function<void(const KeyCapabilities &)> done;

    void finishOne()
    {
        if (--pending == 0)
            done(capabilities);
    }
    AreaAccess &slot(KeyArea area)
    {
        for (AreaAccess &access : capabilities.areas) {
            if (access.area == area)
                return access;
        }
        Q_UNREACHABLE();
    }
};

} // namespace

QList<KeyArea> KeyProbe::allAreas()
{
    QList<KeyArea> areas;
    for (const AreaCheck &check : areaChecks)
        areas.append(check.area);
    return areas;
}

QString KeyProbe::areaName(KeyArea area)
{
    switch (area) {
    case KeyArea::Organization:
        return tr("Organization");
    case KeyArea::Directories:
        return tr("Directories");
    case KeyArea::Users:
        return tr("Users");
    case KeyArea::Groups:
        return tr("Groups");
    case KeyArea::Domains:
        return tr("Domains");
    case KeyArea::AuditLog:
        return tr("Audit log");
    case KeyArea::Policies:
        return tr("Policies");
    case KeyArea::UserManagement:
        return tr("User management (profiles, e-mail, account lifecycle)");
    case KeyArea::ApiTokens:
        return tr("API keys and tokens");
    case KeyArea::DataClassification:
        return tr("Data classification");
    }
    return QString();
}

namespace {

// What the answer to an area's probe means for that area.
AreaAccess judge(KeyArea area, const char *scope, const ApiError &error)
{
    AreaAccess access;
    access.area = area;
    access.scope = scope ? QString::fromLatin1(scope) : QString();
    using Status = AreaAccess::Status;
    const bool userManagement = area == KeyArea::UserManagement;
    switch (error.kind()) {
    case ApiError::Kind::None:
        access.status = Status::Reachable;
        return access;
    case ApiError::Kind::Forbidden:
        access.status = Status::Refused;
        if (userManagement) {
            access.reason = KeyProbe::tr("The User management API refuses keys with scopes, and "
                                         "this key has scopes.");
            access.remedy = KeyProbe::tr("Create an API key without scopes in Atlassian "
                                         "Administration (Settings > API keys) and rotate the "
                                         "key of this profile.");
        } else {
            access.reason = KeyProbe::tr("The key's scopes do not include %1.").arg(access.scope);
            access.remedy = KeyProbe::tr("Create a key with the scope %1, or a key without "
                                         "scopes, and rotate the key of this profile.")
                                .arg(access.scope);
        }
        return access;
    case ApiError::Kind::NotFound:
        // For User management a 404 (no such managed account) still means the key got past
        // the scope check: only 403 says the key cannot reach it.
        if (userManagement) {
            access.status = Status::Reachable;
            return access;
        }
        access.status = Status::NotOffered;
        access.reason = KeyProbe::tr("The server does not offer this API (the sandbox does not "
                                     "serve it yet, or the organization's plan lacks it).");
        return access;
    default:
        access.status = Status::Unknown;
        access.reason = KeyProbe::tr("Could not check: %1").arg(error.userMessage());
        return access;
    }
}

} // namespace

void KeyProbe::probeAreas(const QObject *context,
                          std::function<void(const KeyCapabilities &)> done) const
{
    auto state = std::make_shared<ProbeState>();
    state->done = std::move(done);
    for (const AreaCheck &check : areaChecks) {
        AreaAccess access;
        access.area = check.area;
        state->capabilities.areas.append(access);
    }
    state->pending = int(std::size(areaChecks));

    ApiClient *client = m_client;
    for (const AreaCheck &check : areaChecks) {
        if (check.area == KeyArea::UserManagement)
            continue; // started when the users probe answers
        ApiReply *reply = client->send(requestFor(check.area, m_orgId));
        QObject::connect(
            reply, &ApiReply::finished, context, [state, reply, check, client, context] {
                state->slot(check.area) = judge(check.area, check.scope, reply->error());
                if (check.area != KeyArea::Users) {
                    state->finishOne();
                    return;
                }
                const QJsonArray users =
                    reply->json().object().value(QLatin1String("data")).toArray();
                const QString accountId =
                    users.isEmpty()
                        ? QString()
                        : users.first().toObject().value(QLatin1String("accountId")).toString();
                state->finishOne();
                if (accountId.isEmpty()) {
                    AreaAccess &um = state->slot(KeyArea::UserManagement);
                    um.status = AreaAccess::Status::Unknown;
                    um.reason = reply->ok() ? tr("Not checked: the organization has no managed "
                                                 "account to try it with.")
                                            : tr("Not checked: the users could not be listed.");
                    state->finishOne();
                    return;
                }
                ApiReply *manage = client->send(ApiRequest::get(
                    QStringLiteral("/users/%1/manage")
                        .arg(QString::fromLatin1(QUrl::toPercentEncoding(accountId)))));
                QObject::connect(manage, &ApiReply::finished, context, [state, manage] {
                    state->slot(KeyArea::UserManagement) =
                        judge(KeyArea::UserManagement, nullptr, manage->error());
                    state->finishOne();
                });
            });
    }
}
