#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

// What one run of orgdesk-cli did.
struct CliResult
{
    // The exit code; -1 when it did not start, did not end in time (it is then killed) or
    // crashed; -2 when it printed the API key it was given in ORGDESK_API_KEY.
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QStringList outLines() const;
    QStringList errLines() const;
};

// The environment of a run against a test server: this process's, with `apiKey` as
// ORGDESK_API_KEY and retries a hundred times quicker.
QProcessEnvironment cliEnvironment(const QString &apiKey);

// Runs orgdesk-cli with these arguments, writes `input` to its standard input and closes it (so
// it is never a terminal), and waits at most `timeoutMs` for it to end.
CliResult runCli(const QStringList &arguments, const QProcessEnvironment &environment,
                 const QByteArray &input = {}, int timeoutMs = 120000);
