#include "GroupsCommand.h"

#include "AccessCliOptions.h"
#include "AccessListJob.h"
#include "ApiClient.h"
#include "CliClient.h"
#include "CliConnection.h"
#include "CliExit.h"
#include "CliHelp.h"
#include "GroupOperations.h"
#include "GroupService.h"
#include "GroupsCliRun.h"
#include "RunUntilFinished.h"
#include "UsersActionCommand.h"

#include <QCommandLineParser>
#include <QFile>

namespace {

const QString groupOption = QStringLiteral("group");
const QString searchOption = QStringLiteral("search");
const QString directoryOption = QStringLiteral("directory");
const QString formatOption = QStringLiteral("format");
const QString reasonOption = QStringLiteral("reason");
const QString yesOption = QStringLiteral("yes");
const QString journalOption = QStringLiteral("journal-dir");

const QStringList actions = {QStringLiteral("list"), QStringLiteral("members"),
                             QStringLiteral("add-members"), QStringLiteral("remove-members")};

void addOptions(QCommandLineParser &parser)
{
    addConnectionOptions(parser);
    addPeopleOptions(parser);
    parser.addOption(
        {groupOption, QStringLiteral("The group: its id or its exact name."), QStringLiteral("G")});
    parser.addOption(
        {searchOption, QStringLiteral("Part of the group's name."), QStringLiteral("TEXT")});
    parser.addOption({directoryOption, QStringLiteral("One directory."), QStringLiteral("ID")});
    parser.addOption(
        {formatOption, QStringLiteral("csv, json or table."), QStringLiteral("FORMAT")});
    parser.addOption(
        {reasonOption, QStringLiteral("Why: kept in the job's history."), QStringLiteral("TEXT")});
    parser.addOption({yesOption, QStringLiteral("Do not ask first.")});
    parser.addOption(
        {journalOption, QStringLiteral("Where jobs are journaled."), QStringLiteral("DIR")});
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("This help.")});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("list, members, add-members or remove-members"));
}

QStringList groupColumns()
{
    return {QStringLiteral("id"),          QStringLiteral("name"),
            QStringLiteral("description"), QStringLiteral("users"),
            QStringLiteral("resources"),   QStringLiteral("source"),
            QStringLiteral("deletable"),   QStringLiteral("directory_id")};
}

Row groupRow(const Group &group)
{
    auto count = [](int n) { return n < 0 ? QJsonValue() : QJsonValue(n); };
    return {group.id,
            group.name,
            group.description,
            count(group.userCount),
            count(group.resourceCount),
            group.isSynced() ? QStringLiteral("synced") : QStringLiteral("managed"),
            group.deletable,
            group.directoryId};
}

int list(const QCommandLineParser &parser, const CliConnection &connection,
         const QString &directoryId, OutputFormat format)
{
    GroupQuery query;
    query.directoryId = directoryId;
    query.searchTerm = parser.value(searchOption).trimmed();
    query.limit = 100;
    QFile out;
    if (!openStandardOutput(out))
        return ExitCode::Failure;
    ApiClient *client = makeCliClient(connection, nullptr);
    GroupService service(client, connection.orgId);
    AccessListJob job(
        service.search(query),
        [](const QJsonArray &page) {
            QList<Row> rows;
            for (const Group &group : Group::listFromJson(page))
                rows.append(groupRow(group));
            return rows;
        },
        makeRowWriter(format, &out, groupColumns()));
    client->setParent(&job);
    return runUntilFinished(job);
}

} // namespace

int runGroupsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments))
        return usageError(parser.errorText() + QStringLiteral(" Try 'orgdesk-cli --help'."));
    if (parser.isSet(QStringLiteral("help"))) {
        printToStdout(cliHelpText());
        return ExitCode::Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !actions.contains(positional.first()))
        return usageError(QStringLiteral("'groups' takes one action: list, members, add-members "
                                         "or remove-members. Try 'orgdesk-cli --help'."));
    const QString action = positional.first();
    QString problem;
    QString directoryId = QStringLiteral("-");
    if (parser.isSet(directoryOption)) {
        directoryId = parser.value(directoryOption).trimmed();
        if (!isPlausibleId(directoryId))
            return usageError(
                QStringLiteral("--directory needs a directory id, not '%1'.").arg(directoryId));
    }
    const QString group = parser.value(groupOption).trimmed();
    if (action != QLatin1String("list") && group.isEmpty())
        return usageError(QStringLiteral("say which group: --group NAME or --group ID."));

    const bool changes = action.endsWith(QLatin1String("-members"));
    UsersActionRun::Options options;
    options.directoryId = directoryId;
    std::optional<OutputFormat> format;
    if (changes) {
        const std::optional<PeopleList> people = peopleFromOptions(parser, &problem);
        if (!people)
            return usageError(problem);
        options.people = *people;
        options.reason = parser.value(reasonOption).trimmed();
        options.assumeYes = parser.isSet(yesOption);
        options.journalDirectory = parser.value(journalOption);
        const QString name = parser.isSet(formatOption) ? parser.value(formatOption).trimmed()
                                                        : QStringLiteral("table");
        if (name != QLatin1String("table") && name != QLatin1String("json"))
            return usageError(
                QStringLiteral("--format must be table or json, not '%1'.").arg(name));
        options.json = name == QLatin1String("json");
    } else {
        format = listFormat(parser, &problem);
        if (!format)
            return usageError(problem);
    }
    const std::optional<CliConnection> connection = resolveConnection(parser, &problem);
    if (!connection)
        return usageError(problem);
    if (action == QLatin1String("list"))
        return list(parser, *connection, directoryId, *format);

    QFile out;
    if (!changes && !openStandardOutput(out))
        return ExitCode::Failure;
    const GroupsCliRun::Mode mode = action == QLatin1String("members") ? GroupsCliRun::Mode::Members
                                    : action == QLatin1String("add-members")
                                        ? GroupsCliRun::Mode::AddMembers
                                        : GroupsCliRun::Mode::RemoveMembers;
    GroupsCliRun run(makeCliClient(*connection, nullptr), connection->orgId, mode, group);
    run.setActionOptions(options);
    if (format)
        run.setOutput(*format, &out);
    return runUntilFinished(run);
}
