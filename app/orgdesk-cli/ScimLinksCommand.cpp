#include "ScimLinksCommand.h"

#include "ApiClient.h"
#include "CliClient.h"
#include "CliWait.h"
#include "ScimCliOptions.h"
#include "ScimCliRun.h"
#include "ScimLink.h"

#include <QCommandLineParser>
#include <QFile>

#include <memory>

namespace {

const QString emailOption = QStringLiteral("email");
const QString accountOption = QStringLiteral("account");
const QString userOption = QStringLiteral("scim-user");
const QString directoryOption = QStringLiteral("directory");

struct OrgLinks
{
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<ScimLinkService> service;
};

std::optional<OrgLinks> orgLinks(const QCommandLineParser &parser, QString *problem)
{
    const std::optional<CliConnection> connection = ScimCliOptions::organization(parser, problem);
    if (!connection)
        return std::nullopt;
    OrgLinks held;
    held.client.reset(makeCliClient(*connection, nullptr));
    held.service = std::make_unique<ScimLinkService>(held.client.get(), connection->orgId);
    return held;
}

using LinksResult = ApiResult<QList<ScimLink>>;

int printLinks(const LinksResult &result, OutputFormat format)
{
    if (!result.ok()) {
        printErrorLine(result.error.userMessage());
        return exitCodeFor(result.error);
    }
    QFile out;
    if (!openStandardOutput(out))
        return ExitCode::Failure;
    const auto writer = makeRowWriter(format, &out,
                                      {QStringLiteral("scim_user_id"), QStringLiteral("account_id"),
                                       QStringLiteral("directory_id"), QStringLiteral("org_id")});
    QList<Row> rows;
    for (const ScimLink &link : result.value)
        rows.append({link.scimUserId, link.atlassianAccountId, link.directoryId, link.orgId});
    if (!writer->write(rows) || !writer->finish()) {
        printErrorLine(QStringLiteral("could not write the output: ") + out.errorString());
        return ExitCode::Failure;
    }
    return ExitCode::Success;
}

std::optional<QString> oneId(const QCommandLineParser &parser, const QString &option,
                             QString *problem)
{
    const std::optional<QStringList> ids = ScimCliOptions::ids(parser, option, problem);
    if (ids && ids->size() != 1) {
        *problem = QStringLiteral("give one --%1.").arg(option);
        return std::nullopt;
    }
    return ids ? std::optional<QString>(ids->first()) : std::nullopt;
}

} // namespace

void addScimLinkOptions(QCommandLineParser &parser)
{
    parser.addOption({emailOption, QStringLiteral("An e-mail address."), QStringLiteral("E")});
    parser.addOption({accountOption, QStringLiteral("An account id."), QStringLiteral("ID")});
}

int runScimLinks(const QCommandLineParser &parser)
{
    QString problem;
    const std::optional<OutputFormat> format = ScimCliOptions::format(parser, &problem);
    if (!format)
        return usageError(problem);
    if (parser.isSet(emailOption) == parser.isSet(accountOption))
        return usageError(QStringLiteral("'scim links' takes --email E or --account ID (one)."));
    const QString email = parser.value(emailOption).trimmed();
    if (parser.isSet(emailOption) && !email.contains(u'@'))
        return usageError(QStringLiteral("--email takes an e-mail address, not '%1'.").arg(email));
    std::optional<QString> accountId;
    if (parser.isSet(accountOption) && !(accountId = oneId(parser, accountOption, &problem)))
        return usageError(problem);
    std::optional<OrgLinks> held = orgLinks(parser, &problem);
    if (!held)
        return usageError(problem);
    const LinksResult links = waitFor<LinksResult>([&](QObject *context, auto done) {
        if (accountId)
            held->service->linksOfAccount(*accountId, context, done);
        else
            held->service->linksOfEmail(email, context, done);
    });
    return printLinks(links, *format);
}

int runScimUnlink(const QCommandLineParser &parser)
{
    QString problem;
    const std::optional<OutputFormat> format = ScimCliOptions::format(parser, &problem);
    const std::optional<QString> directoryId =
        format ? oneId(parser, directoryOption, &problem) : std::nullopt;
    const std::optional<QString> userId =
        directoryId ? oneId(parser, userOption, &problem) : std::nullopt;
    std::optional<OrgLinks> held = userId ? orgLinks(parser, &problem) : std::nullopt;
    if (!held)
        return usageError(problem);
    int exitCode = ExitCode::Success;
    const QString question =
        QStringLiteral("Unlink SCIM record %1 of directory %2 from its Atlassian account? Both "
                       "stay; the identity provider no longer manages the account through this "
                       "record.")
            .arg(*userId, *directoryId);
    if (!ScimCliRun::confirm(question, QStringLiteral("yes"), ScimCliOptions::assumeYes(parser),
                             &exitCode))
        return exitCode;
    const LinksResult links = waitFor<LinksResult>([&](QObject *context, auto done) {
        held->service->unlink(*directoryId, *userId, context, done);
    });
    return printLinks(links, *format);
}

int runScimDeleteRecords(const QCommandLineParser &parser)
{
    QString problem;
    const std::optional<OutputFormat> format = ScimCliOptions::format(parser, &problem);
    const std::optional<QString> accountId =
        format ? oneId(parser, accountOption, &problem) : std::nullopt;
    std::optional<OrgLinks> held = accountId ? orgLinks(parser, &problem) : std::nullopt;
    if (!held)
        return usageError(problem);
    // What would go, so that the question can say it.
    const LinksResult current = waitFor<LinksResult>([&](QObject *context, auto done) {
        held->service->linksOfAccount(*accountId, context, done);
    });
    if (!current.ok()) {
        printErrorLine(current.error.userMessage());
        return exitCodeFor(current.error);
    }
    if (current.value.isEmpty()) {
        printErrorLine(QStringLiteral("no SCIM record links to account %1: nothing to delete.")
                           .arg(*accountId));
        return ExitCode::NotFound;
    }
    QStringList directories;
    for (const ScimLink &link : current.value) {
        if (!directories.contains(link.directoryId))
            directories.append(link.directoryId);
    }
    const QString count = QString::number(current.value.size());
    const QString question =
        QStringLiteral("Delete the %1 SCIM record(s) of account %2 (directories %3)? The account "
                       "stays; its group memberships from the identity provider go, until the "
                       "provider pushes the person again.")
            .arg(count, *accountId, directories.join(QStringLiteral(", ")));
    int exitCode = ExitCode::Success;
    if (!ScimCliRun::confirm(question, count, ScimCliOptions::assumeYes(parser), &exitCode))
        return exitCode;
    const LinksResult deleted = waitFor<LinksResult>([&](QObject *context, auto done) {
        held->service->deleteRecordsOfAccount(*accountId, context, done);
    });
    return printLinks(deleted, *format);
}
