#pragma once

#include "OutputFormat.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

class QCommandLineParser;
struct CliConnection;

// The options of `keys` and `tokens`: the risk filters of `list` and the items of `revoke`.

struct RiskFilters
{
    QString search;
    int expiringDays = -1; // expiring within N days (not yet expired); -1: not asked
    int inactiveDays = -1; // not used for N days (never used counts from its creation)
    bool neverUsed = false;
};

void addListOptions(QCommandLineParser &parser, bool withStatus);
void addRevokeOptions(QCommandLineParser &parser);

std::optional<RiskFilters> riskFilters(const QCommandLineParser &parser, QString *problem);
// --status for tokens (ALLOWED, EXPIRED...), upper-cased; empty when not given.
QString statusFilter(const QCommandLineParser &parser);
// --format, else table on a terminal and csv otherwise.
std::optional<OutputFormat> listFormat(const QCommandLineParser &parser, QString *problem);

// The ids of --ids (comma-separated) and --from-file (one per line; a CSV line gives its first
// field, so `list --format csv` output can be fed back; a header line "id" and blank lines are
// skipped), in order, without repeats.
std::optional<QStringList> idsToRevoke(const QCommandLineParser &parser, QString *problem);
bool assumeYes(const QCommandLineParser &parser);

// What `keys list`, `keys revoke` and the like run once the options are read.
using AccessAction = int (*)(const QCommandLineParser &parser, const CliConnection &connection);

// The whole of `keys` or `tokens` (`group`): parses the options (tokens' --status when
// `withStatus`), answers --help, checks the action, resolves the connection, then runs `list`
// or `revoke`.
int runAccessCommand(const QStringList &arguments, const QString &group, bool withStatus,
                     AccessAction list, AccessAction revoke);
