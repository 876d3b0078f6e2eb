#include "ApiErrors.h"
#include "OrgStore.h"
#include "PageCursor.h"
#include "Router.h"
#include "Routes.h"

#include <QJsonArray>

namespace sandbox {
namespace {

QJsonObject orgModel(const OrgData &org, const QString &origin)
{
    const QString self = origin + QStringLiteral("/admin/v1/orgs/") + org.orgId;
    auto related = [](const QString &url) {
        return QJsonObject{
            {QStringLiteral("links"), QJsonObject{{QStringLiteral("related"), url}}}};
    };
    return {
        {QStringLiteral("id"), org.orgId},
        {QStringLiteral("type"), QStringLiteral("orgs")},
        {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("name"), org.orgName}}},
        {QStringLiteral("relationships"),
         QJsonObject{{QStringLiteral("domains"), related(self + QStringLiteral("/domains"))},
                     {QStringLiteral("users"), related(self + QStringLiteral("/users"))}}},
        {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), self}}},
    };
}

} // namespace

void addOrgRoutes(Router &router, OrgStore &store)
{
    // P1: links are full URLs. There is one org, so there is never a next page.
    router.add("GET", QStringLiteral("/admin/v1/orgs"), [&store](const ApiRequest &request) {
        const QString cursor = request.query.queryItemValue(QStringLiteral("cursor"));
        if (request.query.hasQueryItem(QStringLiteral("cursor")) && !PageCursor::decode(cursor))
            return errors::invalidCursor();
        QString self = request.origin + request.path;
        if (!cursor.isEmpty())
            self += QStringLiteral("?cursor=") + cursor;
        return ApiResponse::json({
            {QStringLiteral("data"), QJsonArray{orgModel(store.data(), request.origin)}},
            {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), self}}},
        });
    });

    router.add("GET", QStringLiteral("/admin/v1/orgs/{orgId}"),
               [&store](const ApiRequest &request) {
                   if (!store.isOrg(request.param(0)))
                       return errors::orgNotFound(request.param(0));
                   return ApiResponse::json(
                       {{QStringLiteral("data"), orgModel(store.data(), request.origin)}});
               });
}

} // namespace sandbox
