#include "UsersCommand.h"

#include "CliConnection.h"
#include "CliExit.h"
#include "CliHelp.h"
#include "OutputFormat.h"
#include "ProfileCommand.h"
#include "UserQuery.h"
#include "UsersActionCommand.h"
#include "UsersCachedList.h"
#include "UsersInviteCommand.h"
#include "UsersListJob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

namespace {

const QString directoryOption = QStringLiteral("directory");
const QString statusOption = QStringLiteral("status");
const QString searchOption = QStringLiteral("search");
const QString formatOption = QStringLiteral("format");
const QString sequentialOption = QStringLiteral("sequential");
const QString helpOption = QStringLiteral("help");
const QString cachedOption = QStringLiteral("cached");

const QStringList knownStatuses = {QStringLiteral("active"), QStringLiteral("suspended"),
                                   QStringLiteral("not_invited"), QStringLiteral("deactivated"),
                                   QStringLiteral("for_deletion")};

void addListOptions(QCommandLineParser &parser)
{
    addConnectionOptions(parser);
    parser.addOption({directoryOption, QStringLiteral("One directory."), QStringLiteral("ID")});
    parser.addOption(
        {statusOption, QStringLiteral("Only people with this status."), QStringLiteral("STATUS")});
    parser.addOption(
        {searchOption, QStringLiteral("Fuzzy search on name and e-mail."), QStringLiteral("TEXT")});
    parser.addOption(
        {formatOption, QStringLiteral("csv, json or table."), QStringLiteral("FORMAT")});
    parser.addOption({sequentialOption, QStringLiteral("One walk, page after page, written as it "
                                                       "comes, in the server's order.")});
    parser.addOption({cachedOption, QStringLiteral("From the copy on this computer, no network.")});
    parser.addOption({{QStringLiteral("h"), helpOption}, QStringLiteral("This help.")});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list"));
}

// The statuses of every --status, which may also list several separated by commas.
std::optional<QStringList> statuses(const QCommandLineParser &parser, QString *problem)
{
    QStringList result;
    for (const QString &value : parser.values(statusOption)) {
        for (const QString &part : value.split(QLatin1Char(','))) {
            const QString status = part.trimmed();
            if (!knownStatuses.contains(status)) {
                *problem = QStringLiteral("--status must be one of %1, not '%2'.")
                               .arg(knownStatuses.join(QStringLiteral(", ")), status);
                return std::nullopt;
            }
            if (!result.contains(status))
                result.append(status);
        }
    }
    return result;
}

std::optional<UserQuery> userQuery(const QCommandLineParser &parser, QString *problem)
{
    UserQuery query;
    if (parser.isSet(directoryOption)) {
        query.directoryId = parser.value(directoryOption).trimmed();
        if (!isPlausibleId(query.directoryId)) {
            *problem = QStringLiteral("--directory needs a directory id, not '%1'.")
                           .arg(query.directoryId);
            return std::nullopt;
        }
    }
    if (parser.isSet(searchOption)) {
        query.searchTerm = parser.value(searchOption).trimmed();
        if (query.searchTerm.isEmpty()) {
            *problem = QStringLiteral("--search needs some text to search for.");
            return std::nullopt;
        }
    }
    const std::optional<QStringList> wanted = statuses(parser, problem);
    if (!wanted)
        return std::nullopt;
    query.statuses = *wanted;
    return query;
}

std::optional<OutputFormat> outputFormat(const QCommandLineParser &parser, QString *problem)
{
    return chosenOutputFormat(parser, formatOption, problem);
}

// --cached: the organization from --profile (no keychain) or --org-id; no key, no network.
int listCached(const QCommandLineParser &parser, const UserQuery &query, OutputFormat format)
{
    if (parser.isSet(directoryOption))
        return usageError(QStringLiteral("--cached keeps every directory together: leave out "
                                         "--directory."));
    QString problem;
    std::optional<QString> orgId;
    if (parser.isSet(QStringLiteral("profile"))) {
        orgId = orgIdForProfile(parser.value(QStringLiteral("profile")).trimmed(), &problem);
    } else {
        const QString id = parser.value(QStringLiteral("org-id")).trimmed();
        if (!id.isEmpty() && isPlausibleId(id))
            orgId = id;
        else
            problem = QStringLiteral("--cached needs --profile NAME or --org-id ID: the "
                                     "organization whose people to list.");
    }
    if (!orgId)
        return usageError(problem);
    return listCachedUsers(*orgId, query, format);
}

} // namespace

int runUsersCommand(const QStringList &arguments)
{
    // The verbs that change people have their own options.
    for (const QString &argument : arguments.mid(1)) {
        if (argument == QLatin1String("invite"))
            return runUsersInvite(arguments);
        if (isUsersAction(argument))
            return runUsersAction(arguments);
    }
    QCommandLineParser parser;
    addListOptions(parser);
    if (!parser.parse(arguments))
        return usageError(parser.errorText() + QStringLiteral(" Try 'orgdesk-cli --help'."));
    if (parser.isSet(helpOption)) {
        printToStdout(cliHelpText());
        return ExitCode::Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional != QStringList{QStringLiteral("list")})
        return usageError(QStringLiteral("'users' takes one action, 'list'. Try 'orgdesk-cli "
                                         "--help'."));

    QString problem;
    const std::optional<UserQuery> query = userQuery(parser, &problem);
    const std::optional<OutputFormat> format =
        query ? outputFormat(parser, &problem) : std::nullopt;
    if (format && parser.isSet(cachedOption))
        return listCached(parser, *query, *format);
    const std::optional<CliConnection> connection =
        format ? resolveConnection(parser, &problem) : std::nullopt;
    if (!connection)
        return usageError(problem);

    QFile out;
    if (!openStandardOutput(out))
        return ExitCode::Failure;
    UsersListJob job(*connection, *query, makeRowWriter(*format, &out, userColumns()),
                     parser.isSet(sequentialOption) ? UsersListJob::Walk::Sequential
                                                    : UsersListJob::Walk::Parallel);
    QObject::connect(&job, &UsersListJob::finished, QCoreApplication::instance(),
                     &QCoreApplication::exit, Qt::QueuedConnection);
    job.start();
    return QCoreApplication::exec();
}
