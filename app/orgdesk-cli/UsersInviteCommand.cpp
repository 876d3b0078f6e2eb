#include "UsersInviteCommand.h"

#include "CliClient.h"
#include "CliConnection.h"
#include "CliExit.h"
#include "CliHelp.h"
#include "PeopleList.h"
#include "RunUntilFinished.h"
#include "UsersInviteRun.h"

#include <QCommandLineParser>
#include <QFile>

namespace {

const QString emailsOption = QStringLiteral("emails");
const QString fromFileOption = QStringLiteral("from-file");
const QString grantOption = QStringLiteral("grant");
const QString groupOption = QStringLiteral("group");
const QString notifyOption = QStringLiteral("notify");
const QString messageOption = QStringLiteral("message");
const QString yesOption = QStringLiteral("yes");
const QString formatOption = QStringLiteral("format");
const QString journalOption = QStringLiteral("journal-dir");

void addInviteOptions(QCommandLineParser &parser)
{
    addConnectionOptions(parser);
    parser.addOption({emailsOption, QStringLiteral("E-mail addresses, comma-separated."),
                      QStringLiteral("A,B")});
    parser.addOption({fromFileOption,
                      QStringLiteral("A file of addresses: one a line, commas, Name <address>."),
                      QStringLiteral("FILE")});
    parser.addOption({grantOption, QStringLiteral("A role on a workspace (name or id)."),
                      QStringLiteral("WORKSPACE=ROLE")});
    parser.addOption(
        {groupOption, QStringLiteral("A group to add them to (name or id)."), QStringLiteral("G")});
    parser.addOption({notifyOption, QStringLiteral("Send the invitation e-mail.")});
    parser.addOption({messageOption, QStringLiteral("A message for the e-mail (with --notify)."),
                      QStringLiteral("TEXT")});
    parser.addOption({yesOption, QStringLiteral("Do not ask first.")});
    parser.addOption({formatOption, QStringLiteral("table or json."), QStringLiteral("FORMAT")});
    parser.addOption(
        {journalOption, QStringLiteral("Where jobs are journaled."), QStringLiteral("DIR")});
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("This help.")});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("invite"));
}

// The addresses of --emails and --from-file; nothing with the problem in words.
std::optional<QStringList> addresses(const QCommandLineParser &parser, QString *problem)
{
    QString text = parser.values(emailsOption).join(u'\n');
    if (parser.isSet(fromFileOption)) {
        QFile file(parser.value(fromFileOption));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            *problem = QStringLiteral("cannot read %1: %2")
                           .arg(parser.value(fromFileOption), file.errorString());
            return std::nullopt;
        }
        text += u'\n' + QString::fromUtf8(file.readAll());
    }
    const PeopleList list = PeopleList::parse(text);
    if (list.emails.isEmpty()) {
        *problem = QStringLiteral("say whom to invite: --emails A,B or --from-file FILE.");
        return std::nullopt;
    }
    const QStringList notAddresses = list.accountIds + list.unreadable;
    if (!notAddresses.isEmpty()) {
        *problem = QStringLiteral("not e-mail addresses: %1.")
                       .arg(notAddresses.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return list.emails;
}

} // namespace

int runUsersInvite(const QStringList &arguments)
{
    QCommandLineParser parser;
    addInviteOptions(parser);
    if (!parser.parse(arguments))
        return usageError(parser.errorText() + QStringLiteral(" Try 'orgdesk-cli --help'."));
    if (parser.isSet(QStringLiteral("help"))) {
        printToStdout(cliHelpText());
        return ExitCode::Success;
    }
    if (parser.positionalArguments() != QStringList{QStringLiteral("invite")})
        return usageError(QStringLiteral("'users invite' takes no other action. Try "
                                         "'orgdesk-cli --help'."));
    UsersInviteRun::Options options;
    QString problem;
    const auto emails = addresses(parser, &problem);
    if (!emails)
        return usageError(problem);
    options.emails = *emails;
    for (const QString &grant : parser.values(grantOption)) {
        const qsizetype equals = grant.lastIndexOf(u'=');
        if (equals <= 0 || equals == grant.size() - 1)
            return usageError(
                QStringLiteral("--grant needs WORKSPACE=ROLE (e.g. acme-partners=user), not "
                               "'%1'.")
                    .arg(grant));
        options.grants.append({grant.left(equals).trimmed(), grant.mid(equals + 1).trimmed()});
    }
    for (const QString &group : parser.values(groupOption)) {
        if (!group.trimmed().isEmpty())
            options.groups.append(group.trimmed());
    }
    if (options.grants.isEmpty() && options.groups.isEmpty())
        return usageError(QStringLiteral("say what to give: --grant WORKSPACE=ROLE, --group G, "
                                         "or both."));
    options.notify = parser.isSet(notifyOption);
    if (parser.isSet(messageOption) && !options.notify)
        return usageError(QStringLiteral("--message goes with --notify: the message is part of "
                                         "the invitation e-mail."));
    options.message = parser.value(messageOption).trimmed();
    options.assumeYes = parser.isSet(yesOption);
    const QString format =
        parser.isSet(formatOption) ? parser.value(formatOption).trimmed() : QStringLiteral("table");
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usageError(QStringLiteral("--format must be table or json, not '%1'.").arg(format));
    options.json = format == QLatin1String("json");
    options.journalDirectory = parser.value(journalOption);

    const std::optional<CliConnection> connection = resolveConnection(parser, &problem);
    if (!connection)
        return usageError(problem);
    UsersInviteRun run(makeCliClient(*connection, nullptr), connection->orgId, options);
    return runUntilFinished(run);
}
