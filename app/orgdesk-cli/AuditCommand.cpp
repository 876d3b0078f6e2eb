#include "AuditCommand.h"

#include "AuditArchive.h"
#include "AuditExport.h"
#include "AuditSyncRun.h"
#include "AuditTailRun.h"
#include "CliConnection.h"
#include "CliExit.h"
#include "CliHelp.h"
#include "OrgDatabase.h"
#include "OutputFormat.h"
#include "ProfileCommand.h"
#include "QuitOnSignal.h"
#include "RunUntilFinished.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace {

const QString queryOption = QStringLiteral("query");
const QString fromOption = QStringLiteral("from");
const QString toOption = QStringLiteral("to");
const QString actionOption = QStringLiteral("action");
const QString actorOption = QStringLiteral("actor");
const QString formatOption = QStringLiteral("format");
const QString limitOption = QStringLiteral("limit");
const QString followOption = QStringLiteral("follow");
const QString intervalOption = QStringLiteral("interval");
const QString retentionOption = QStringLiteral("retention-days");
const QString helpOption = QStringLiteral("help");

constexpr int defaultPollSeconds = 60;

void addOptions(QCommandLineParser &parser)
{
    addConnectionOptions(parser);
    parser.addOption({queryOption, QStringLiteral("Full text."), QStringLiteral("TEXT")});
    parser.addOption({fromOption, QStringLiteral("From this date."), QStringLiteral("DATE")});
    parser.addOption({toOption, QStringLiteral("Up to this date."), QStringLiteral("DATE")});
    parser.addOption({actionOption, QStringLiteral("Action id or name."), QStringLiteral("A")});
    parser.addOption({actorOption, QStringLiteral("Who acted."), QStringLiteral("X")});
    parser.addOption(
        {formatOption, QStringLiteral("csv, json, ndjson or table."), QStringLiteral("FORMAT")});
    parser.addOption({limitOption, QStringLiteral("At most N events."), QStringLiteral("N")});
    parser.addOption({followOption, QStringLiteral("Keep polling.")});
    parser.addOption(
        {intervalOption, QStringLiteral("Seconds between polls."), QStringLiteral("SECONDS")});
    parser.addOption({retentionOption, QStringLiteral("Keep N days."), QStringLiteral("N")});
    parser.addOption({{QStringLiteral("h"), helpOption}, QStringLiteral("This help.")});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("sync|search|tail"));
}

// YYYY-MM-DD (midnight UTC; as --to, the end of that day) or an ISO 8601 date-time (UTC when
// it names no zone). -1 when unreadable.
qint64 parseDate(const QString &text, bool endOfDay)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return QDateTime(endOfDay ? date.addDays(1) : date, QTime(0, 0), Qt::UTC)
            .toMSecsSinceEpoch();
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return -1;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toMSecsSinceEpoch();
}

// A comma-separated option, repeated or not.
QStringList listValues(const QCommandLineParser &parser, const QString &option)
{
    QStringList values;
    for (const QString &value : parser.values(option)) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            values.append(part.trimmed());
    }
    return values;
}

// The archive's org: --profile (no keychain needed) or --org-id.
std::optional<QString> localOrgId(const QCommandLineParser &parser, QString *problem)
{
    if (parser.isSet(QStringLiteral("profile")))
        return orgIdForProfile(parser.value(QStringLiteral("profile")).trimmed(), problem);
    const QString orgId = parser.value(QStringLiteral("org-id")).trimmed();
    if (orgId.isEmpty() || !isPlausibleId(orgId)) {
        *problem = QStringLiteral("--profile NAME or --org-id ID is required: the organization "
                                  "whose archive to search.");
        return std::nullopt;
    }
    return orgId;
}

// Actions by id, or by the catalogue's display name (any case).
QStringList actionIds(const AuditArchive &archive, const QStringList &wanted)
{
    QStringList ids;
    const QList<EventAction> catalogue = archive.actions();
    for (const QString &value : wanted) {
        bool named = false;
        for (const EventAction &action : catalogue) {
            if (action.displayName.compare(value, Qt::CaseInsensitive) == 0) {
                ids.append(action.id);
                named = true;
            }
        }
        if (!named)
            ids.append(value);
    }
    return ids;
}

int search(const QCommandLineParser &parser)
{
    QString problem;
    const std::optional<QString> orgId = localOrgId(parser, &problem);
    if (!orgId)
        return usageError(problem);
    AuditFilter filter;
    filter.text = parser.value(queryOption);
    if (parser.isSet(fromOption) &&
        (filter.fromMs = parseDate(parser.value(fromOption), false)) < 0)
        return usageError(QStringLiteral("--from takes YYYY-MM-DD or an ISO 8601 date-time, not "
                                         "'%1'.")
                              .arg(parser.value(fromOption)));
    if (parser.isSet(toOption) && (filter.toMs = parseDate(parser.value(toOption), true)) < 0)
        return usageError(QStringLiteral("--to takes YYYY-MM-DD or an ISO 8601 date-time, not "
                                         "'%1'.")
                              .arg(parser.value(toOption)));
    const QString formatName = parser.value(formatOption);
    const bool ndjson = formatName == QLatin1String("ndjson");
    std::optional<OutputFormat> format;
    if (!ndjson) {
        format = parser.isSet(formatOption)   ? parseOutputFormat(formatName)
                 : isatty(STDOUT_FILENO) == 1 ? OutputFormat::Table
                                              : OutputFormat::Csv;
        if (!format)
            return usageError(
                QStringLiteral("--format must be csv, json, ndjson or table, not '%1'.")
                    .arg(formatName));
    }
    qint64 limit = -1;
    if (parser.isSet(limitOption)) {
        bool ok = false;
        limit = parser.value(limitOption).toLongLong(&ok);
        if (!ok || limit < 1)
            return usageError(QStringLiteral("--limit takes a number of events, 1 or more."));
    }

    if (!QFileInfo::exists(OrgDatabase::filePathFor(*orgId))) {
        printErrorLine(QStringLiteral("there is no audit archive for organization %1 yet: run "
                                      "'orgdesk-cli audit sync' first.")
                           .arg(*orgId));
        return ExitCode::Failure;
    }
    OrgDatabase database(*orgId);
    AuditArchive archive(database.database());
    if (!database.isOpen() || !archive.isOpen()) {
        printErrorLine(QStringLiteral("the local audit archive %1 could not be opened: %2")
                           .arg(database.filePath(),
                                database.isOpen() ? archive.lastError() : database.lastError()));
        return ExitCode::Failure;
    }
    filter.actions = actionIds(archive, listValues(parser, actionOption));
    for (const QString &who : listValues(parser, actorOption)) {
        const QStringList ids = archive.actorIds(who);
        filter.actors += ids.isEmpty() ? QStringList{who} : ids; // none: matches nothing
    }

    QFile out;
    if (!openStandardOutput(out))
        return ExitCode::Failure;
    if (ndjson || *format == OutputFormat::Csv) {
        const AuditExport::Format exportFormat =
            ndjson ? AuditExport::Format::Ndjson : AuditExport::Format::Csv;
        const qint64 written =
            AuditExport::write(archive, filter, exportFormat, &out,
                               [limit](qint64 count) { return limit < 0 || count < limit; });
        return written < 0 ? ExitCode::Failure : ExitCode::Success;
    }
    // json and table: the CSV's columns through the CLI's own row writers.
    const std::unique_ptr<RowWriter> writer =
        makeRowWriter(*format, &out, AuditExport::csvColumns());
    const AuditExport::ActionNames names = AuditExport::actionNames(archive.actions());
    std::optional<AuditArchive::RowKey> after;
    qint64 written = 0;
    for (;;) {
        const int pageSize = int(limit < 0 ? 500 : std::min<qint64>(500, limit - written));
        const QList<AuditEvent> page = archive.events(filter, pageSize, after);
        QList<Row> rows;
        for (const AuditEvent &event : page) {
            Row row;
            for (const QString &cell : AuditExport::csvCells(event, names))
                row.append(cell);
            rows.append(row);
        }
        if (!rows.isEmpty() && !writer->write(rows))
            return ExitCode::Failure;
        written += page.size();
        if (page.size() < pageSize || (limit >= 0 && written >= limit))
            break;
        after = AuditArchive::RowKey::of(page.constLast());
    }
    return writer->finish() ? ExitCode::Success : ExitCode::Failure;
}

int sync(const QCommandLineParser &parser)
{
    int retentionDays = 0;
    if (parser.isSet(retentionOption)) {
        bool ok = false;
        retentionDays = parser.value(retentionOption).toInt(&ok);
        if (!ok || retentionDays < 0)
            return usageError(
                QStringLiteral("--retention-days takes a number of days (0: keep forever)."));
    }
    QString problem;
    const std::optional<CliConnection> connection = resolveConnection(parser, &problem);
    if (!connection)
        return usageError(problem);
    AuditSyncRun run(*connection, retentionDays);
    return runUntilFinished(run);
}

int tail(const QCommandLineParser &parser)
{
    int intervalSeconds = defaultPollSeconds;
    if (parser.isSet(intervalOption)) {
        bool ok = false;
        intervalSeconds = parser.value(intervalOption).toInt(&ok);
        if (!ok || intervalSeconds < 1)
            return usageError(QStringLiteral("--interval takes a number of seconds, 1 or more."));
    }
    QString problem;
    const std::optional<CliConnection> connection = resolveConnection(parser, &problem);
    if (!connection)
        return usageError(problem);
    QFile out;
    if (!openStandardOutput(out))
        return ExitCode::Failure;
    AuditTailRun run(*connection, parser.isSet(followOption), intervalSeconds * 1000, &out);
    // SIGINT or SIGTERM quit the loop: the page in hand was stored with its cursor or not at
    // all, and the next tail resumes from the stored cursor.
    quitOnTerminationSignals();
    int exitCode = ExitCode::Success;
    QObject::connect(
        &run, &AuditTailRun::finished, QCoreApplication::instance(),
        [&exitCode](int code) {
            exitCode = code;
            QCoreApplication::quit();
        },
        Qt::QueuedConnection);
    run.start();
    QCoreApplication::exec();
    return exitCode;
}

} // namespace

int runAuditCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments))
        return usageError(parser.errorText() + QStringLiteral(" Try 'orgdesk-cli --help'."));
    if (parser.isSet(helpOption)) {
        printToStdout(cliHelpText());
        return ExitCode::Success;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1 ||
        !QStringList{QStringLiteral("sync"), QStringLiteral("search"), QStringLiteral("tail")}
             .contains(action))
        return usageError(QStringLiteral("'audit' takes one action: sync, search or tail. Try "
                                         "'orgdesk-cli --help'."));
    if (action == QLatin1String("search"))
        return search(parser);
    if (action == QLatin1String("sync"))
        return sync(parser);
    return tail(parser);
}
