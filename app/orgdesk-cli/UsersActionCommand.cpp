#include "UsersActionCommand.h"

#include "CliClient.h"
#include "CliConnection.h"
#include "CliExit.h"
#include "CliHelp.h"
#include "GroupOperations.h"
#include "RunUntilFinished.h"
#include "UserOperations.h"
#include "UsersActionRun.h"

#include <QCommandLineParser>
#include <QFile>

namespace {

const QString emailsOption = QStringLiteral("emails");
const QString idsOption = QStringLiteral("ids");
const QString fromFileOption = QStringLiteral("from-file");
const QString reasonOption = QStringLiteral("reason");
const QString yesOption = QStringLiteral("yes");
const QString formatOption = QStringLiteral("format");
const QString directoryOption = QStringLiteral("directory");
const QString journalOption = QStringLiteral("journal-dir");

void addActionOptions(QCommandLineParser &parser)
{
    addConnectionOptions(parser);
    addPeopleOptions(parser);
    parser.addOption({reasonOption,
                      QStringLiteral("Why: kept in the job's history; sent as the message "
                                     "for deactivate."),
                      QStringLiteral("TEXT")});
    parser.addOption({yesOption, QStringLiteral("Do not ask first.")});
    parser.addOption({formatOption, QStringLiteral("table or json."), QStringLiteral("FORMAT")});
    parser.addOption(
        {directoryOption, QStringLiteral("Act in this directory."), QStringLiteral("ID")});
    parser.addOption(
        {journalOption, QStringLiteral("Where jobs are journaled."), QStringLiteral("DIR")});
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("This help.")});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("the verb"));
}

} // namespace

void addPeopleOptions(QCommandLineParser &parser)
{
    parser.addOption({emailsOption, QStringLiteral("E-mail addresses, comma-separated."),
                      QStringLiteral("A,B")});
    parser.addOption(
        {idsOption, QStringLiteral("Account ids, comma-separated."), QStringLiteral("A,B")});
    parser.addOption({fromFileOption, QStringLiteral("A file of e-mail addresses or account ids."),
                      QStringLiteral("FILE")});
}

std::optional<PeopleList> peopleFromOptions(const QCommandLineParser &parser, QString *problem)
{
    QString text;
    for (const QString &option : {emailsOption, idsOption}) {
        for (const QString &value : parser.values(option))
            text += value + u'\n';
    }
    if (parser.isSet(fromFileOption)) {
        QFile file(parser.value(fromFileOption));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            *problem = QStringLiteral("cannot read %1: %2")
                           .arg(parser.value(fromFileOption), file.errorString());
            return std::nullopt;
        }
        text += QString::fromUtf8(file.readAll());
    }
    PeopleList list = PeopleList::parse(text);
    if (list.isEmpty() && list.unreadable.isEmpty()) {
        *problem = QStringLiteral("say who: --emails A,B, --ids A,B or --from-file FILE.");
        return std::nullopt;
    }
    return list;
}

bool isUsersAction(const QString &action)
{
    return action == QLatin1String("resume") || !UserOperations::keyForVerb(action).isEmpty();
}

int runUsersAction(const QStringList &arguments)
{
    QCommandLineParser parser;
    addActionOptions(parser);
    if (!parser.parse(arguments))
        return usageError(parser.errorText() + QStringLiteral(" Try 'orgdesk-cli --help'."));
    if (parser.isSet(QStringLiteral("help"))) {
        printToStdout(cliHelpText());
        return ExitCode::Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !isUsersAction(positional.first()))
        return usageError(QStringLiteral("'users' takes one action. Try 'orgdesk-cli --help'."));

    UsersActionRun::Options options;
    options.operation = UserOperations::keyForVerb(positional.first());
    QString problem;
    if (!options.operation.isEmpty()) {
        const std::optional<PeopleList> list = peopleFromOptions(parser, &problem);
        if (!list)
            return usageError(problem);
        options.people = *list;
    }
    options.reason = parser.value(reasonOption).trimmed();
    options.assumeYes = parser.isSet(yesOption);
    const QString format =
        parser.isSet(formatOption) ? parser.value(formatOption).trimmed() : QStringLiteral("table");
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usageError(QStringLiteral("--format must be table or json, not '%1'.").arg(format));
    options.json = format == QLatin1String("json");
    if (parser.isSet(directoryOption)) {
        options.directoryId = parser.value(directoryOption).trimmed();
        if (!isPlausibleId(options.directoryId))
            return usageError(QStringLiteral("--directory needs a directory id, not '%1'.")
                                  .arg(options.directoryId));
    }
    options.journalDirectory = parser.value(journalOption);

    const std::optional<CliConnection> connection = resolveConnection(parser, &problem);
    if (!connection)
        return usageError(problem);
    UsersActionRun run(makeCliClient(*connection, nullptr), connection->orgId, options);
    return runUntilFinished(run);
}
