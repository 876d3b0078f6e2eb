#include "KeysCommand.h"

#include "AccessCliOptions.h"
#include "AccessColumns.h"
#include "AccessListJob.h"
#include "AccessRevokeRun.h"
#include "AccessRisk.h"
#include "ApiAccessService.h"
#include "ApiClient.h"
#include "CliClient.h"
#include "CliConnection.h"
#include "CliExit.h"
#include "RunUntilFinished.h"
#include "SecurityOperations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

// The keys the local filters keep: the server filters what it can (expiry); the rest is here.
bool keep(const ApiKey &key, const RiskFilters &filters, const QDateTime &now)
{
    if (filters.expiringDays < 0 && filters.inactiveDays < 0 && !filters.neverUsed)
        return true;
    if (key.status(now) != ApiKey::Status::Active)
        return false; // a revoked or expired key opens nothing
    if (filters.expiringDays >= 0 &&
        !AccessRisk::expiresWithin(filters.expiringDays, key.expiresAt, now))
        return false;
    if (filters.inactiveDays >= 0 &&
        !AccessRisk::unusedFor(filters.inactiveDays, key.lastActiveAt, key.createdAt, now))
        return false;
    return !filters.neverUsed || !key.lastActiveAt.isValid();
}

int list(const QCommandLineParser &parser, const CliConnection &connection)
{
    QString problem;
    const std::optional<RiskFilters> filters = riskFilters(parser, &problem);
    const std::optional<OutputFormat> format =
        filters ? listFormat(parser, &problem) : std::nullopt;
    if (!format)
        return usageError(problem);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ApiKeyQuery query;
    query.text = filters->search;
    if (filters->expiringDays >= 0)
        query.expiresAt = {now, now.addDays(filters->expiringDays)};

    const RiskFilters kept = *filters;
    return AccessListJob::run(
        connection, *format, keyColumns(),
        [query](const ApiAccessService &service) { return service.keys(query); },
        [kept, now](const QJsonArray &page) {
            QList<Row> rows;
            for (const ApiKey &key : ApiKey::listFromJson(page)) {
                if (keep(key, kept, now))
                    rows.append(keyRow(key, now));
            }
            return rows;
        });
}

int revoke(const QCommandLineParser &parser, const CliConnection &connection)
{
    QString problem;
    const std::optional<QStringList> ids = idsToRevoke(parser, &problem);
    if (!ids)
        return usageError(problem);
    ApiClient *client = makeCliClient(connection, nullptr);
    ApiAccessService service(client, connection.orgId);
    AccessRevokeRun::Kind kind{SecurityOperations::revokeApiKey(), QStringLiteral("admin API keys"),
                               [](const QJsonArray &page) {
                                   QList<JobItem> items;
                                   for (const ApiKey &key : ApiKey::listFromJson(page))
                                       items.append({key.id, key.label});
                                   return items;
                               }};
    AccessRevokeRun run(client, service.keys({}), connection.orgId, kind, *ids, assumeYes(parser));
    return runUntilFinished(run);
}

} // namespace

int runKeysCommand(const QStringList &arguments)
{
    return runAccessCommand(arguments, QStringLiteral("keys"), false, list, revoke);
}
