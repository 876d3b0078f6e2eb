#include "RolesCommand.h"

#include "AccessCliOptions.h"
#include "AccessListJob.h"
#include "ApiClient.h"
#include "CliClient.h"
#include "CliConnection.h"
#include "CliExit.h"
#include "CliHelp.h"
#include "RoleService.h"
#include "RunUntilFinished.h"

#include <QCommandLineParser>
#include <QFile>

namespace {

QStringList roleColumns()
{
    return {QStringLiteral("resource_id"), QStringLiteral("resource_owner"),
            QStringLiteral("directory_id"), QStringLiteral("role"), QStringLiteral("granted")};
}

QList<Row> roleRows(const QJsonArray &page)
{
    QList<Row> rows;
    for (const ResourceRoleAssignment &a : ResourceRoleAssignment::listFromJson(page)) {
        for (const RoleGrant &grant : a.roles) {
            rows.append({a.resourceId, a.resourceOwner,
                         a.directoryId.isEmpty() ? QJsonValue() : QJsonValue(a.directoryId),
                         grant.role, grant.methods.join(u' ')});
        }
    }
    return rows;
}

} // namespace

int runRolesCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    addConnectionOptions(parser);
    const QCommandLineOption accountOption(QStringLiteral("account"),
                                           QStringLiteral("The person's account id."),
                                           QStringLiteral("ID"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"), QStringLiteral("csv, json or table."), QStringLiteral("FORMAT"));
    parser.addOptions({accountOption, formatOption});
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("This help.")});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list"));
    if (!parser.parse(arguments))
        return usageError(parser.errorText() + QStringLiteral(" Try 'orgdesk-cli --help'."));
    if (parser.isSet(QStringLiteral("help"))) {
        printToStdout(cliHelpText());
        return ExitCode::Success;
    }
    if (parser.positionalArguments() != QStringList{QStringLiteral("list")})
        return usageError(QStringLiteral("'roles' takes one action, 'list'. Try 'orgdesk-cli "
                                         "--help'."));
    const QString account = parser.value(accountOption).trimmed();
    if (account.isEmpty() || !isPlausibleId(account))
        return usageError(QStringLiteral("'roles list' needs --account with the person's "
                                         "account id."));
    QString problem;
    const std::optional<OutputFormat> format = listFormat(parser, &problem);
    if (!format)
        return usageError(problem);
    const std::optional<CliConnection> connection = resolveConnection(parser, &problem);
    if (!connection)
        return usageError(problem);

    QFile out;
    if (!openStandardOutput(out))
        return ExitCode::Failure;
    ApiClient *client = makeCliClient(*connection, nullptr);
    const RoleService service(client, connection->orgId);
    AccessListJob job(service.userRoles(account), roleRows,
                      makeRowWriter(*format, &out, roleColumns()));
    client->setParent(&job);
    return runUntilFinished(job);
}
