#include "PoliciesCommand.h"

#include "AccessCliOptions.h"
#include "AccessListJob.h"
#include "ApiClient.h"
#include "CliClient.h"
#include "CliConnection.h"
#include "CliExit.h"
#include "CliHelp.h"
#include "PolicyService.h"
#include "RunUntilFinished.h"

#include <QCommandLineParser>
#include <QFile>

namespace {

const QStringList types = {Policy::typeKey(Policy::Type::IpAllowlist),
                           Policy::typeKey(Policy::Type::DataResidency),
                           Policy::typeKey(Policy::Type::DataSecurity)};

QStringList policyColumns()
{
    return {QStringLiteral("id"),       QStringLiteral("type"),
            QStringLiteral("name"),     QStringLiteral("status"),
            QStringLiteral("rules"),    QStringLiteral("resources"),
            QStringLiteral("settling"), QStringLiteral("resource_status")};
}

Row policyRow(const Policy &policy)
{
    QStringList statuses;
    int settling = 0;
    for (const PolicyResource &resource : policy.resources) {
        statuses.append(resource.id + u'=' + resource.applicationStatus);
        settling += resource.isSettling();
    }
    const bool security = policy.type == Policy::Type::DataSecurity;
    return {policy.id,
            Policy::typeKey(policy.type),
            policy.name,
            policy.status,
            policy.rule.join(u';'),
            security ? QJsonValue() : QJsonValue(int(policy.resources.size())),
            security ? QJsonValue() : QJsonValue(settling),
            statuses.join(u';')};
}

int list(const QCommandLineParser &parser, const CliConnection &connection)
{
    QString problem;
    const std::optional<OutputFormat> format = listFormat(parser, &problem);
    if (!format)
        return usageError(problem);
    const QString type = parser.value(QStringLiteral("type")).trimmed();
    if (!type.isEmpty() && !types.contains(type))
        return usageError(QStringLiteral("--type must be %1, not '%2'.")
                              .arg(types.join(QStringLiteral(", ")), type));
    QFile out;
    if (!openStandardOutput(out))
        return ExitCode::Failure;
    ApiClient *client = makeCliClient(connection, nullptr);
    PolicyService service(client, connection.orgId);
    // Data-security policies are listed by Admin Control v2 only.
    PolicyPager *pager = Policy::typeFromKey(type) == Policy::Type::DataSecurity
                             ? service.dataSecurityPolicies()
                             : service.policies(type);
    AccessListJob job(
        pager,
        [](const QJsonArray &page) {
            QList<Row> rows;
            for (const Policy &policy : Policy::listFromJson(page))
                rows.append(policyRow(policy));
            return rows;
        },
        makeRowWriter(*format, &out, policyColumns()));
    client->setParent(&job);
    return runUntilFinished(job);
}

} // namespace

int runPoliciesCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    addConnectionOptions(parser);
    parser.addOption({QStringLiteral("type"),
                      QStringLiteral("ip-allowlist, data-residency or data-security."),
                      QStringLiteral("TYPE")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("csv, json or table."),
                      QStringLiteral("FORMAT")});
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("This help.")});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list"));
    if (!parser.parse(arguments))
        return usageError(parser.errorText() + QStringLiteral(" Try 'orgdesk-cli --help'."));
    if (parser.isSet(QStringLiteral("help"))) {
        printToStdout(cliHelpText());
        return ExitCode::Success;
    }
    if (parser.positionalArguments() != QStringList{QStringLiteral("list")})
        return usageError(QStringLiteral("'policies' takes one action, 'list'. Try "
                                         "'orgdesk-cli --help'."));
    QString problem;
    const std::optional<CliConnection> connection = resolveConnection(parser, &problem);
    if (!connection)
        return usageError(problem);
    return list(parser, *connection);
}
