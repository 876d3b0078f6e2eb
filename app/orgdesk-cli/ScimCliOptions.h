#pragma once

#include "CliConnection.h"
#include "OutputFormat.h"

#include <QStringList>
#include <QUrl>

#include <optional>

class QCommandLineParser;

// The options of `orgdesk-cli scim ...` and where its two kinds of key come from: the
// directory's SCIM key (the profile's, or ORGDESK_SCIM_KEY / --scim-key-stdin) for the
// /scim/directory routes, the organization's key (as every other command) for the link routes.
namespace ScimCliOptions {

void add(QCommandLineParser &parser);

struct Directory
{
    QUrl baseUrl;
    QString id;
    QString key;
};

// --directory ID (one); the key from the profile, or from the environment or standard input.
std::optional<Directory> directory(const QCommandLineParser &parser, QString *problem);
// Every --directory given; with --profile and none given, every directory the profile has a
// key for.
std::optional<QList<Directory>> directories(const QCommandLineParser &parser, QString *problem);
// The organization's connection (--profile, or --org-id with ORGDESK_API_KEY / --key-stdin).
std::optional<CliConnection> organization(const QCommandLineParser &parser, QString *problem);

// --format: csv, json or table (default: table on a terminal, csv otherwise).
std::optional<OutputFormat> format(const QCommandLineParser &parser, QString *problem);
// The comma-separated or repeated values of an option, each a plausible id.
std::optional<QStringList> ids(const QCommandLineParser &parser, const QString &option,
                               QString *problem);
bool assumeYes(const QCommandLineParser &parser);

} // namespace ScimCliOptions
