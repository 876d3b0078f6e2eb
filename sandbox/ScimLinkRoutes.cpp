// The SCIM link-repair routes (CATALOG §3.1, §9.2), with the org key: which SCIM records link
// to an account or an e-mail, unlink one record from its account, and delete every SCIM record
// of a managed account (onlyDeleteUserInDB). No published document: each answers 200 with
// {"scimLinks": [...]}, the links it found or changed.
#include "ApiErrors.h"
#include "OrgStore.h"
#include "Router.h"
#include "Routes.h"
#include "ScimRoutes.h"
#include "ScimStore.h"

#include <QJsonArray>

#include <algorithm>

namespace sandbox {
namespace {

const QString base = QStringLiteral("/admin/user-provisioning/v1/org/{orgId}");

QJsonObject link(const ScimStore &scim, const ScimUserRecord &record)
{
    return {{QStringLiteral("scimUserId"), record.id},
            {QStringLiteral("atlassianAccountId"), record.accountId.isEmpty()
                                                       ? QJsonValue(QJsonValue::Null)
                                                       : QJsonValue(record.accountId)},
            {QStringLiteral("orgId"), scim.org().data().orgId},
            {QStringLiteral("directoryId"), scim.directory(record.directory).id}};
}

ApiResponse links(const QList<QJsonObject> &found)
{
    QJsonArray array;
    for (const QJsonObject &item : found)
        array.append(item);
    return ApiResponse::json({{QStringLiteral("scimLinks"), array}});
}

bool namesEmail(const ScimUserRecord &record, const QString &email)
{
    if (record.userName.compare(email, Qt::CaseInsensitive) == 0)
        return true;
    const QJsonArray emails = record.attributes.value(QLatin1String("emails")).toArray();
    return std::any_of(emails.begin(), emails.end(), [&email](const QJsonValue &value) {
        return value[QLatin1String("value")].toString().compare(email, Qt::CaseInsensitive) == 0;
    });
}

ApiResponse linksOfAccount(ScimStore &scim, const ApiRequest &request)
{
    const QString accountId = request.param(1);
    const QList<int> records = scim.linksOf(accountId);
    if (records.isEmpty() && scim.org().userIndex(accountId) < 0)
        return errors::userNotFound(accountId);
    QList<QJsonObject> found;
    for (int record : records)
        found.append(link(scim, scim.user(record)));
    return links(found);
}

// The records that name the address, and those linked to the account that has it now.
ApiResponse linksOfEmail(ScimStore &scim, const ApiRequest &request)
{
    const auto body = routes::bodyObject(request);
    const QString email =
        body ? body->value(QLatin1String("email")).toString().trimmed() : QString();
    if (!email.contains(u'@'))
        return errors::invalidBody(QStringLiteral("email: required, an e-mail address"));
    const int account = scim.accountByEmail(email);
    const QString accountId =
        account >= 0 ? scim.org().data().users.at(account).accountId : QString();
    QList<QJsonObject> found;
    for (const ScimUserRecord &record : scim.data().users) {
        if (namesEmail(record, email) || (!accountId.isEmpty() && record.accountId == accountId))
            found.append(link(scim, record));
    }
    return links(found);
}

ApiResponse unlink(ScimStore &scim, const ApiRequest &request)
{
    const int directory = scim.directoryIndex(request.param(1));
    if (directory < 0)
        return errors::applicationError(
            404, QStringLiteral("ADMIN-404-1"),
            QStringLiteral("SCIM directory %1 was not found.").arg(request.param(1)));
    const int record = scim.userIndex(directory, request.param(2));
    if (record < 0)
        return errors::applicationError(
            404, QStringLiteral("ADMIN-404-8"),
            QStringLiteral("SCIM user %1 was not found in that directory.").arg(request.param(2)));
    const int account = scim.accountOf(record);
    scim.user(record).accountId.clear();
    if (account >= 0) {
        // Its synced memberships came through this record.
        scim.dropSyncedMemberships(account, directory);
        scim.refreshManagement(account);
    }
    return links({link(scim, scim.user(record))});
}

ApiResponse deleteRecords(ScimStore &scim, const ApiRequest &request)
{
    const QString accountId = request.param(1);
    const int account = scim.org().userIndex(accountId);
    if (account >= 0 && !scim.org().data().users.at(account).managed)
        return errors::applicationError(
            403, QStringLiteral("ADMIN-403-3"),
            QStringLiteral("Only the SCIM records of managed accounts can be deleted."));
    QList<int> records = scim.linksOf(accountId);
    if (records.isEmpty())
        return errors::applicationError(
            404, QStringLiteral("ADMIN-404-8"),
            QStringLiteral("No SCIM record links to account %1.").arg(accountId));
    QList<QJsonObject> deleted;
    std::sort(records.rbegin(), records.rend()); // last first: indices before it stay
    for (int record : std::as_const(records)) {
        deleted.prepend(link(scim, scim.user(record)));
        scim.removeUser(record);
    }
    if (account >= 0) {
        // Group memberships come back when the provider pushes them again.
        scim.dropSyncedMemberships(account, -1);
        scim.refreshManagement(account);
    }
    return links(deleted);
}

// The handler, for the org of the path only.
Router::Handler inOrg(ScimStore &scim, ApiResponse (*handler)(ScimStore &, const ApiRequest &))
{
    return [&scim, handler](const ApiRequest &request) {
        if (!scim.org().isOrg(request.param(0)))
            return errors::orgNotFound(request.param(0));
        return handler(scim, request);
    };
}

} // namespace

void addScimLinkRoutes(Router &router, ScimStore &scim)
{
    router.add("GET", base + QStringLiteral("/user/{aaId}/get-scim-links"),
               inOrg(scim, linksOfAccount));
    router.add("POST", base + QStringLiteral("/get-scim-links-for-email"),
               inOrg(scim, linksOfEmail));
    router.add(
        "PATCH",
        base + QStringLiteral("/scimDirectoryId/{scimDirectoryId}/scimUserId/{scimUserId}/unlink"),
        inOrg(scim, unlink));
    router.add("DELETE", base + QStringLiteral("/user/{aaId}/onlyDeleteUserInDB"),
               inOrg(scim, deleteRecords));
}

} // namespace sandbox
