// Domains of the organization (CATALOG §1.5): the list (P1: links are full URLs) and one domain.
#include "ApiErrors.h"
#include "DomainSeeder.h"
#include "OrgStore.h"
#include "PageCursor.h"
#include "Router.h"
#include "Routes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

namespace sandbox {
namespace {

// Small pages, so that a client's paging is exercised with a handful of domains.
constexpr int kDomainsPerPage = 4;
constexpr quint64 kDomainsHash = 0x646f6d61696e73; // "domains": what a domains cursor carries

QString domainsUrl(const QString &origin, const QString &orgId)
{
    return origin + QStringLiteral("/admin/v1/orgs/") + orgId + QStringLiteral("/domains");
}

QJsonObject domainModel(const SeedDomain &domain, const QString &listUrl)
{
    return {
        {QStringLiteral("id"), domain.id},
        {QStringLiteral("type"), QStringLiteral("domains")},
        {QStringLiteral("attributes"),
         QJsonObject{{QStringLiteral("name"), domain.name},
                     {QStringLiteral("claim"),
                      QJsonObject{{QStringLiteral("type"), domain.claimType},
                                  {QStringLiteral("status"), domain.claimStatus}}}}},
        {QStringLiteral("links"),
         QJsonObject{{QStringLiteral("self"), listUrl + u'/' + domain.id}}},
    };
}

// The org spec's NoPermsError: a key of another organization is not allowed here (the domain
// routes document 403, not 404, for that).
ApiResponse notAllowed(const ApiRequest &request)
{
    return ApiResponse::json(
        {{QStringLiteral("error"), QStringLiteral("Forbidden")},
         {QStringLiteral("message"),
          QStringLiteral("This API key is not allowed to read the domains of organization %1.")
              .arg(request.param(0))},
         {QStringLiteral("path"), request.path},
         {QStringLiteral("status"), 403},
         {QStringLiteral("timestamp"),
          QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}},
        403);
}

QString pageUrl(const QString &listUrl, int offset)
{
    if (offset == 0)
        return listUrl;
    const PageCursor cursor{quint32(offset), quint8(kDomainsPerPage), kDomainsHash};
    return listUrl + QStringLiteral("?cursor=") + cursor.encode();
}

ApiResponse listDomains(const QList<SeedDomain> &domains, const OrgStore &store,
                        const ApiRequest &request)
{
    if (!store.isOrg(request.param(0)))
        return notAllowed(request);
    int offset = 0;
    if (request.query.hasQueryItem(QStringLiteral("cursor"))) {
        const std::optional<PageCursor> cursor =
            PageCursor::decode(request.query.queryItemValue(QStringLiteral("cursor")));
        if (!cursor || cursor->queryHash != kDomainsHash)
            return errors::invalidCursor();
        offset = qMin(int(cursor->offset), int(domains.size()));
    }
    const QString listUrl = domainsUrl(request.origin, request.param(0));
    QJsonArray data;
    const int end = qMin(int(domains.size()), offset + kDomainsPerPage);
    for (int i = offset; i < end; ++i)
        data.append(domainModel(domains.at(i), listUrl));
    QJsonObject links{{QStringLiteral("self"), pageUrl(listUrl, offset)}};
    if (end < domains.size())
        links.insert(QStringLiteral("next"), pageUrl(listUrl, end));
    if (offset > 0)
        links.insert(QStringLiteral("prev"), pageUrl(listUrl, qMax(0, offset - kDomainsPerPage)));
    return ApiResponse::json({{QStringLiteral("data"), data}, {QStringLiteral("links"), links}});
}

ApiResponse oneDomain(const QList<SeedDomain> &domains, const OrgStore &store,
                      const ApiRequest &request)
{
    if (!store.isOrg(request.param(0)))
        return notAllowed(request);
    const QString id = request.param(1);
    if (QUuid::fromString(id).isNull())
        return errors::applicationError(400, QStringLiteral("ADMIN-400-2"),
                                        QStringLiteral("'%1' is not a domain id.").arg(id));
    for (const SeedDomain &domain : domains) {
        if (domain.id.compare(id, Qt::CaseInsensitive) == 0)
            return ApiResponse::json(
                {{QStringLiteral("data"),
                  domainModel(domain, domainsUrl(request.origin, request.param(0)))}});
    }
    return errors::applicationError(404, QStringLiteral("ADMIN-404-3"),
                                    QStringLiteral("Domain %1 was not found.").arg(id));
}

} // namespace

void addDomainRoutes(Router &router, OrgStore &store)
{
    const QList<SeedDomain> domains = seedDomains();
    router.add("GET", QStringLiteral("/admin/v1/orgs/{orgId}/domains"),
               [&store, domains](const ApiRequest &request) {
                   return listDomains(domains, store, request);
               });
    router.add("GET", QStringLiteral("/admin/v1/orgs/{orgId}/domains/{domainId}"),
               [&store, domains](const ApiRequest &request) {
                   return oneDomain(domains, store, request);
               });
}

} // namespace sandbox
