#include "TokensCommand.h"

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

namespace {

// The tokens the local filters keep (the server has no expiry filter for tokens, and "unused"
// counts never-used tokens from their creation).
bool keep(const ApiToken &token, const RiskFilters &filters, const QDateTime &now)
{
    const bool riskFilter =
        filters.expiringDays >= 0 || filters.inactiveDays >= 0 || filters.neverUsed;
    if (riskFilter && AccessRisk::isExpired(token.expiresAt, now))
        return false; // an expired token opens nothing
    if (filters.expiringDays >= 0 &&
        !AccessRisk::expiresWithin(filters.expiringDays, token.expiresAt, now))
        return false;
    if (filters.inactiveDays >= 0 &&
        !AccessRisk::unusedFor(filters.inactiveDays, token.lastActiveAt, token.createdAt, now))
        return false;
    return !filters.neverUsed || !token.lastActiveAt.isValid();
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
    ApiTokenQuery query;
    query.text = filters->search;
    query.status = statusFilter(parser);
    // A token made less than N days ago cannot have gone unused for N days.
    if (filters->inactiveDays >= 0)
        query.createdAt.to = now.addDays(-filters->inactiveDays);

    const RiskFilters kept = *filters;
    return AccessListJob::run(
        connection, *format, tokenColumns(),
        [query](const ApiAccessService &service) { return service.tokens(query); },
        [kept, now](const QJsonArray &page) {
            QList<Row> rows;
            for (const ApiToken &token : ApiToken::listFromJson(page)) {
                if (keep(token, kept, now))
                    rows.append(tokenRow(token, now));
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
    AccessRevokeRun::Kind kind{
        SecurityOperations::revokeApiToken(), QStringLiteral("API tokens"),
        [](const QJsonArray &page) {
            QList<JobItem> items;
            for (const ApiToken &token : ApiToken::listFromJson(page)) {
                JobItem item{token.id,
                             QStringLiteral("%1 (%2)").arg(token.label, token.owner.email)};
                item.extra.insert(SecurityOperations::ownerKey(), token.owner.accountId);
                items.append(item);
            }
            return items;
        }};
    AccessRevokeRun run(client, service.tokens({}), connection.orgId, kind, *ids,
                        assumeYes(parser));
    return runUntilFinished(run);
}

} // namespace

int runTokensCommand(const QStringList &arguments)
{
    return runAccessCommand(arguments, QStringLiteral("tokens"), true, list, revoke);
}
