#pragma once

#include <QString>
#include <QUrl>

#include <optional>

class QCommandLineParser;

// Where the CLI connects and with which key.
struct CliConnection
{
    QUrl baseUrl;
    QString orgId;
    QString apiKey;
    QString keyLabel; // a profile's key label (how the admin key list names the key); may be empty
};

// Whether `id` can be an org or directory id: letters, digits and . _ : - only (it becomes part of
// a URL path).
bool isPlausibleId(const QString &id);

// Declares the connection options (--profile, --org-id, --base-url, --key-stdin).
void addConnectionOptions(QCommandLineParser &parser);

// The one place that decides the connection from the parsed options: with --profile NAME, the
// saved profile's org id and base URL and its key from the keychain; otherwise the base URL
// (default https://api.atlassian.com, http:// only on loopback), the org id, and the key from
// ORGDESK_API_KEY or, with --key-stdin, from the first line of standard input. The key is never
// an option. On a usage problem returns std::nullopt and sets `problem` to a one-line reason.
std::optional<CliConnection> resolveConnection(const QCommandLineParser &parser, QString *problem);
