#include "ScimCommand.h"

#include "CliExit.h"
#include "CliHelp.h"
#include "ScimCheckCommand.h"
#include "ScimCliOptions.h"
#include "ScimLinksCommand.h"
#include "ScimUsersCommand.h"

#include <QCommandLineParser>

int runScimCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    ScimCliOptions::add(parser);
    addScimRecordOptions(parser);
    addScimLinkOptions(parser);
    addScimCheckOptions(parser);
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("This help.")});
    if (!parser.parse(arguments))
        return usageError(parser.errorText() + QStringLiteral(" Try 'orgdesk-cli --help'."));
    if (parser.isSet(QStringLiteral("help"))) {
        printToStdout(cliHelpText());
        return ExitCode::Success;
    }
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    if ((verb == QLatin1String("users") || verb == QLatin1String("groups")) &&
        positional.size() == 2) {
        return verb == QLatin1String("users") ? runScimUsers(parser, positional.at(1))
                                              : runScimGroups(parser, positional.at(1));
    }
    if (positional.size() == 1) {
        if (verb == QLatin1String("links"))
            return runScimLinks(parser);
        if (verb == QLatin1String("unlink"))
            return runScimUnlink(parser);
        if (verb == QLatin1String("delete-records"))
            return runScimDeleteRecords(parser);
        if (verb == QLatin1String("check"))
            return runScimCheck(parser);
    }
    return usageError(QStringLiteral("'scim' takes users list|get|deactivate|activate|delete, "
                                     "groups list|members, links, unlink, delete-records or "
                                     "check. Try 'orgdesk-cli --help'."));
}
