#include "OverviewCommand.h"

#include "ApiClient.h"
#include "CliClient.h"
#include "CliConnection.h"
#include "CliExit.h"
#include "CliHelp.h"
#include "OutputFormat.h"
#include "OverviewFigures.h"
#include "OverviewText.h"
#include "RunUntilFinished.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>

namespace {

const QString formatOption = QStringLiteral("format");
const QString keyLabelOption = QStringLiteral("key-label");

// A line per tile (figure "total"), then one per part of it.
QStringList columns()
{
    return {QStringLiteral("tile"), QStringLiteral("figure"), QStringLiteral("count"),
            QStringLiteral("state"), QStringLiteral("text")};
}

QString stateName(const OverviewFigure &figure)
{
    if (figure.isRefused())
        return QStringLiteral("refused");
    return figure.isFailed() ? QStringLiteral("failed") : QStringLiteral("ok");
}

QList<Row> rowsOf(Overview::Tile tile, const OverviewFigure &figure)
{
    const QString key = Overview::key(tile);
    const QString state = stateName(figure);
    const QJsonValue total = figure.isReady() && figure.value >= 0 ? QJsonValue(figure.value)
                                                                   : QJsonValue(QJsonValue::Null);
    QList<Row> rows{{key, QStringLiteral("total"), total, state, OverviewText::line(tile, figure)}};
    for (const OverviewFigure::Part &part : figure.parts)
        rows.append({key, part.key, part.count, state, OverviewText::partName(tile, part)});
    if (figure.timeMs > 0) // the audit log's last sync
        rows.append(
            {key, QStringLiteral("lastSyncedMs"), figure.timeMs, state,
             QDateTime::fromMSecsSinceEpoch(figure.timeMs, Qt::UTC).toString(Qt::ISODateWithMs)});
    return rows;
}

// Exit code: 0 when every tile has its figure; when some failed, 6 ("partly failed"), unless
// every tile read from the server failed the same way (a refused key, no network), which says
// what it was.
int exitCodeOf(const OverviewFigures &figures)
{
    QList<ApiError> errors;
    qsizetype fromServer = 0;
    bool localFailed = false;
    for (Overview::Tile tile : Overview::tiles()) {
        const bool failed = figures.figure(tile).isFailed();
        if (Overview::isLocal(tile)) {
            localFailed = localFailed || failed;
            continue;
        }
        ++fromServer;
        if (failed)
            errors.append(figures.figure(tile).error);
    }
    if (errors.isEmpty())
        return localFailed ? ExitCode::SomeFailed : ExitCode::Success;
    if (errors.size() < fromServer)
        return ExitCode::SomeFailed;
    const int first = exitCodeFor(errors.constFirst());
    const bool same = std::all_of(errors.cbegin(), errors.cend(), [first](const ApiError &error) {
        return exitCodeFor(error) == first;
    });
    return same ? first : ExitCode::Failure;
}

int show(const CliConnection &connection, OutputFormat format)
{
    QFile out;
    if (!openStandardOutput(out))
        return ExitCode::Failure;
    ApiClient *client = makeCliClient(connection, nullptr);
    OverviewFigures figures(client, connection.orgId);
    client->setParent(&figures);
    figures.setKeyLabel(connection.keyLabel);
    QObject::connect(&figures, &OverviewFigures::finished, QCoreApplication::instance(),
                     &QCoreApplication::quit, Qt::QueuedConnection);
    figures.load();
    QCoreApplication::exec();

    QList<Row> rows;
    for (Overview::Tile tile : Overview::tiles()) {
        const OverviewFigure figure = figures.figure(tile);
        rows.append(rowsOf(tile, figure));
        if (figure.isFailed())
            printErrorLine(QStringLiteral("%1: %2").arg(OverviewText::title(tile),
                                                        OverviewText::failure(tile, figure)));
    }
    const std::unique_ptr<RowWriter> writer = makeRowWriter(format, &out, columns());
    if (!writer->write(rows) || !writer->finish())
        return ExitCode::Failure;
    return exitCodeOf(figures);
}

} // namespace

int runOverviewCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    addConnectionOptions(parser);
    parser.addOption(
        {formatOption, QStringLiteral("table, json or csv."), QStringLiteral("FORMAT")});
    parser.addOption({keyLabelOption,
                      QStringLiteral("The label of the key in use, for the 'ownKey' figure (a "
                                     "profile has its own)."),
                      QStringLiteral("LABEL")});
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("This help.")});
    if (!parser.parse(arguments))
        return usageError(parser.errorText() + QStringLiteral(" Try 'orgdesk-cli --help'."));
    if (parser.isSet(QStringLiteral("help"))) {
        printToStdout(cliHelpText());
        return ExitCode::Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("'overview' takes no action, only options. Try "
                                         "'orgdesk-cli --help'."));
    OutputFormat format = OutputFormat::Table;
    if (parser.isSet(formatOption)) {
        const std::optional<OutputFormat> parsed = parseOutputFormat(parser.value(formatOption));
        if (!parsed)
            return usageError(QStringLiteral("--format must be table, json or csv, not '%1'.")
                                  .arg(parser.value(formatOption)));
        format = *parsed;
    }
    QString problem;
    std::optional<CliConnection> connection = resolveConnection(parser, &problem);
    if (!connection)
        return usageError(problem);
    if (parser.isSet(keyLabelOption))
        connection->keyLabel = parser.value(keyLabelOption).trimmed();
    return show(*connection, format);
}
