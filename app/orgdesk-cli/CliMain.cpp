#include "CliMain.h"

#include "AuditCommand.h"
#include "CliExit.h"
#include "CliHelp.h"
#include "DomainsCommand.h"
#include "GroupsCommand.h"
#include "KeysCommand.h"
#include "OverviewCommand.h"
#include "PoliciesCommand.h"
#include "ProfileCommand.h"
#include "RolesCommand.h"
#include "ScimCommand.h"
#include "TokensCommand.h"
#include "UsersCommand.h"

#include <QCoreApplication>

int runCli(const QStringList &arguments)
{
    const QString group = arguments.value(1);
    if (group == QLatin1String("--help") || group == QLatin1String("-h") ||
        group == QLatin1String("help")) {
        printToStdout(cliHelpText());
        return ExitCode::Success;
    }
    if (group == QLatin1String("--version")) {
        printToStdout(
            QStringLiteral("orgdesk-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitCode::Success;
    }
    if (group.isEmpty())
        return usageError(QStringLiteral("no command given. Try 'orgdesk-cli --help'."));
    // The group's own parser sees the program name followed by the action and its options.
    const QStringList rest = QStringList{arguments.constFirst()} + arguments.mid(2);
    if (group == QLatin1String("users"))
        return runUsersCommand(rest);
    if (group == QLatin1String("groups"))
        return runGroupsCommand(rest);
    if (group == QLatin1String("profile"))
        return runProfileCommand(rest);
    if (group == QLatin1String("keys"))
        return runKeysCommand(rest);
    if (group == QLatin1String("tokens"))
        return runTokensCommand(rest);
    if (group == QLatin1String("roles"))
        return runRolesCommand(rest);
    if (group == QLatin1String("domains"))
        return runDomainsCommand(rest);
    if (group == QLatin1String("policies"))
        return runPoliciesCommand(rest);
    if (group == QLatin1String("audit"))
        return runAuditCommand(rest);
    if (group == QLatin1String("overview"))
        return runOverviewCommand(rest);
    if (group == QLatin1String("scim"))
        return runScimCommand(rest);
    return usageError(QStringLiteral("unknown command '%1'. Try 'orgdesk-cli --help'.").arg(group));
}
