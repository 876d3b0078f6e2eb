#include "DomainsCommand.h"

#include "AccessListJob.h"
#include "ApiClient.h"
#include "CliClient.h"
#include "CliConnection.h"
#include "CliExit.h"
#include "CliHelp.h"
#include "DomainService.h"
#include "OutputFormat.h"
#include "RunUntilFinished.h"

#include <QCommandLineParser>
#include <QFile>

#include <unistd.h>

namespace {

const QString formatOption = QStringLiteral("format");

QStringList domainColumns()
{
    return {QStringLiteral("id"), QStringLiteral("domain"), QStringLiteral("claim_type"),
            QStringLiteral("status")};
}

Row domainRow(const Domain &domain)
{
    return {domain.id, domain.name, domain.claimTypeText, domain.statusText};
}

int list(const QCommandLineParser &parser, const CliConnection &connection)
{
    OutputFormat format = isatty(STDOUT_FILENO) == 1 ? OutputFormat::Table : OutputFormat::Csv;
    if (parser.isSet(formatOption)) {
        const std::optional<OutputFormat> parsed = parseOutputFormat(parser.value(formatOption));
        if (!parsed)
            return usageError(QStringLiteral("--format must be csv, json or table, not '%1'.")
                                  .arg(parser.value(formatOption)));
        format = *parsed;
    }
    QFile out;
    if (!openStandardOutput(out))
        return ExitCode::Failure;
    ApiClient *client = makeCliClient(connection, nullptr);
    DomainService service(client, connection.orgId);
    AccessListJob job(
        service.pager(),
        [](const QJsonArray &page) {
            QList<Row> rows;
            for (const Domain &domain : Domain::listFromJson(page))
                rows.append(domainRow(domain));
            return rows;
        },
        makeRowWriter(format, &out, domainColumns()));
    client->setParent(&job);
    return runUntilFinished(job);
}

} // namespace

int runDomainsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    addConnectionOptions(parser);
    parser.addOption(
        {formatOption, QStringLiteral("csv, json or table."), QStringLiteral("FORMAT")});
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("This help.")});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list"));
    if (!parser.parse(arguments))
        return usageError(parser.errorText() + QStringLiteral(" Try 'orgdesk-cli --help'."));
    if (parser.isSet(QStringLiteral("help"))) {
        printToStdout(cliHelpText());
        return ExitCode::Success;
    }
    if (parser.positionalArguments() != QStringList{QStringLiteral("list")})
        return usageError(
            QStringLiteral("'domains' takes one action, 'list'. Try 'orgdesk-cli --help'."));
    QString problem;
    const std::optional<CliConnection> connection = resolveConnection(parser, &problem);
    if (!connection)
        return usageError(problem);
    return list(parser, *connection);
}
