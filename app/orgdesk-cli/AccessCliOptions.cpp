#include "AccessCliOptions.h"

#include "CliConnection.h"
#include "CliExit.h"
#include "CliHelp.h"

#include <QCommandLineParser>
#include <QFile>

namespace {

const QString searchOption = QStringLiteral("search");
const QString statusOption = QStringLiteral("status");
const QString expiringOption = QStringLiteral("expiring-days");
const QString inactiveOption = QStringLiteral("inactive-days");
const QString neverUsedOption = QStringLiteral("never-used");
const QString formatOption = QStringLiteral("format");
const QString idsOption = QStringLiteral("ids");
const QString fromFileOption = QStringLiteral("from-file");
const QString yesOption = QStringLiteral("yes");

std::optional<int> days(const QCommandLineParser &parser, const QString &option, QString *problem)
{
    if (!parser.isSet(option))
        return -1;
    bool isNumber = false;
    const int value = parser.value(option).toInt(&isNumber);
    if (!isNumber || value < 0 || value > 36500) {
        *problem = QStringLiteral("--%1 takes a number of days, not '%2'.")
                       .arg(option, parser.value(option));
        return std::nullopt;
    }
    return value;
}

void addIds(const QString &text, QStringList *ids)
{
    const QString id = text.section(u',', 0, 0).trimmed().remove(u'"');
    if (!id.isEmpty() && id != QLatin1String("id") && !ids->contains(id))
        ids->append(id);
}

} // namespace

void addListOptions(QCommandLineParser &parser, bool withStatus)
{
    parser.addOption({searchOption, QStringLiteral("Fuzzy search."), QStringLiteral("TEXT")});
    if (withStatus)
        parser.addOption({statusOption, QStringLiteral("Only this status."), QStringLiteral("S")});
    parser.addOption(
        {expiringOption, QStringLiteral("Expiring within N days."), QStringLiteral("N")});
    parser.addOption({inactiveOption, QStringLiteral("Not used for N days."), QStringLiteral("N")});
    parser.addOption({neverUsedOption, QStringLiteral("Never used.")});
    parser.addOption(
        {formatOption, QStringLiteral("csv, json or table."), QStringLiteral("FORMAT")});
}

void addRevokeOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {idsOption, QStringLiteral("Ids to revoke, comma-separated."), QStringLiteral("ID,ID")});
    parser.addOption(
        {fromFileOption, QStringLiteral("A file of ids, one a line."), QStringLiteral("FILE")});
    parser.addOption({yesOption, QStringLiteral("Do not ask first.")});
}

std::optional<RiskFilters> riskFilters(const QCommandLineParser &parser, QString *problem)
{
    RiskFilters filters;
    filters.search = parser.value(searchOption).trimmed();
    if (parser.isSet(searchOption) && filters.search.isEmpty()) {
        *problem = QStringLiteral("--search needs some text to search for.");
        return std::nullopt;
    }
    const std::optional<int> expiring = days(parser, expiringOption, problem);
    const std::optional<int> inactive =
        expiring ? days(parser, inactiveOption, problem) : std::nullopt;
    if (!inactive)
        return std::nullopt;
    filters.expiringDays = *expiring;
    filters.inactiveDays = *inactive;
    filters.neverUsed = parser.isSet(neverUsedOption);
    return filters;
}

QString statusFilter(const QCommandLineParser &parser)
{
    return parser.value(statusOption).trimmed().toUpper();
}

std::optional<OutputFormat> listFormat(const QCommandLineParser &parser, QString *problem)
{
    return chosenOutputFormat(parser, formatOption, problem);
}

std::optional<QStringList> idsToRevoke(const QCommandLineParser &parser, QString *problem)
{
    QStringList ids;
    for (const QString &value : parser.values(idsOption)) {
        for (const QString &part : value.split(u','))
            addIds(part, &ids);
    }
    if (parser.isSet(fromFileOption)) {
        QFile file(parser.value(fromFileOption));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            *problem = QStringLiteral("cannot read %1: %2")
                           .arg(parser.value(fromFileOption), file.errorString());
            return std::nullopt;
        }
        while (!file.atEnd())
            addIds(QString::fromUtf8(file.readLine()), &ids);
    }
    if (ids.isEmpty()) {
        *problem = QStringLiteral("nothing to revoke: give --ids ID,ID or --from-file FILE.");
        return std::nullopt;
    }
    return ids;
}

bool assumeYes(const QCommandLineParser &parser)
{
    return parser.isSet(yesOption);
}

int runAccessCommand(const QStringList &arguments, const QString &group, bool withStatus,
                     AccessAction list, AccessAction revoke)
{
    QCommandLineParser parser;
    addConnectionOptions(parser);
    addListOptions(parser, withStatus);
    addRevokeOptions(parser);
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("This help.")});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list or revoke"));
    if (!parser.parse(arguments))
        return usageError(parser.errorText() + QStringLiteral(" Try 'orgdesk-cli --help'."));
    if (parser.isSet(QStringLiteral("help"))) {
        printToStdout(cliHelpText());
        return ExitCode::Success;
    }
    const QStringList action = parser.positionalArguments();
    if (action != QStringList{QStringLiteral("list")} &&
        action != QStringList{QStringLiteral("revoke")})
        return usageError(QStringLiteral("'%1' takes one action, 'list' or 'revoke'. Try "
                                         "'orgdesk-cli --help'.")
                              .arg(group));
    QString problem;
    const std::optional<CliConnection> connection = resolveConnection(parser, &problem);
    if (!connection)
        return usageError(problem);
    return action.first() == QLatin1String("list") ? list(parser, *connection)
                                                   : revoke(parser, *connection);
}
