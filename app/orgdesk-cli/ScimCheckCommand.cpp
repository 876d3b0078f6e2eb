#include "ScimCheckCommand.h"

#include "ApiClient.h"
#include "CliClient.h"
#include "CliExit.h"
#include "ScimCliOptions.h"
#include "ScimLinkCheckRunner.h"
#include "ScimLinkReportCsv.h"
#include "ScimService.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>

#include <memory>

namespace {

const QString orgDirectoryOption = QStringLiteral("org-directory");

} // namespace

void addScimCheckOptions(QCommandLineParser &parser)
{
    parser.addOption({orgDirectoryOption,
                      QStringLiteral("The organization's directory the identity provider fills."),
                      QStringLiteral("ID")});
}

int runScimCheck(const QCommandLineParser &parser)
{
    QString problem;
    const std::optional<OutputFormat> format = ScimCliOptions::format(parser, &problem);
    const std::optional<QList<ScimCliOptions::Directory>> directories =
        format ? ScimCliOptions::directories(parser, &problem) : std::nullopt;
    const std::optional<CliConnection> connection =
        directories ? ScimCliOptions::organization(parser, &problem) : std::nullopt;
    if (!connection)
        return usageError(problem);
    const QString orgDirectory = parser.value(orgDirectoryOption).trimmed();
    if (!orgDirectory.isEmpty() && directories->size() != 1)
        return usageError(QStringLiteral("--org-directory goes with one --directory."));
    if (!orgDirectory.isEmpty() && !isPlausibleId(orgDirectory))
        return usageError(
            QStringLiteral("--org-directory takes a directory id, not '%1'.").arg(orgDirectory));

    QObject owner;
    ApiClient *orgClient = makeCliClient(*connection, &owner);
    QList<ScimLinkCheckRunner::Source> sources;
    for (const ScimCliOptions::Directory &directory : *directories) {
        ApiClient *client =
            ScimService::makeClient(directory.baseUrl, directory.id, directory.key, &owner);
        client->setRetryPolicy(cliRetryPolicy());
        sources.append({directory.id, QString(), orgDirectory, client});
    }
    ScimLinkCheckRunner runner(orgClient, connection->orgId, sources);
    QEventLoop loop;
    std::optional<ScimLinkReport> report;
    ApiError error;
    QObject::connect(&runner, &ScimLinkCheckRunner::finished, &loop,
                     [&](const ScimLinkReport &done) {
                         report = done;
                         loop.quit();
                     });
    QObject::connect(&runner, &ScimLinkCheckRunner::failed, &loop, [&](const ApiError &failed) {
        error = failed;
        loop.quit();
    });
    runner.start();
    loop.exec();
    if (!report) {
        printErrorLine(error.userMessage());
        return exitCodeFor(error);
    }

    QFile out;
    if (!openStandardOutput(out))
        return ExitCode::Failure;
    const auto writer = makeRowWriter(*format, &out, ScimLinkReportCsv::columns());
    QList<Row> rows;
    for (const ScimLinkFinding &finding : report->findings) {
        Row row;
        for (const QString &field : ScimLinkReportCsv::fields(finding))
            row.append(field);
        rows.append(row);
    }
    if (!writer->write(rows) || !writer->finish()) {
        printErrorLine(QStringLiteral("could not write the output: ") + out.errorString());
        return ExitCode::Failure;
    }
    for (const QString &note : std::as_const(report->notes))
        printErrorLine(note);
    printErrorLine(QStringLiteral("%1 problem(s) in %2 SCIM record(s) and %3 account(s).")
                       .arg(report->findings.size())
                       .arg(report->recordsChecked)
                       .arg(report->accountsChecked));
    return report->findings.isEmpty() ? ExitCode::Success : ExitCode::SomeFailed;
}
