// orgdesk-sandbox: serves the sandbox org until SIGTERM/SIGINT. Prints one line of JSON with
// the base URL, org id and API key on stdout once it listens, and each identity-provider
// directory's SCIM key by SCIM directory id (scimKeys) with its name and org directory
// (scimDirectories).
#include "QuitOnSignal.h"
#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QFile>

#include <climits>
#include <cstdio>
#include <optional>

namespace {

// The first line of `path` ("-": standard input), trimmed; nothing when it is empty or unreadable.
std::optional<QString> readKeyFile(const QString &path)
{
    QFile file(path);
    const bool opened = path == QLatin1String("-")
                            ? file.open(stdin, QIODevice::ReadOnly | QIODevice::Text)
                            : file.open(QIODevice::ReadOnly | QIODevice::Text);
    if (!opened)
        return std::nullopt;
    const QString key = QString::fromUtf8(file.readLine()).trimmed();
    if (key.isEmpty())
        return std::nullopt;
    return key;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("orgdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ORGDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local implementation of the Atlassian admin APIs over a seeded org."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port({QStringLiteral("port")}, QStringLiteral("Port, 0 = any free."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption users({QStringLiteral("users")}, QStringLiteral("Seeded users."),
                                   QStringLiteral("count"), QStringLiteral("2000"));
    const QCommandLineOption seed({QStringLiteral("seed")}, QStringLiteral("Same seed, same org."),
                                  QStringLiteral("seed"), QStringLiteral("1"));
    const QCommandLineOption keyFile(
        {QStringLiteral("key-file")},
        QStringLiteral("Accept the API key on the first line of this file, - for standard input "
                       "(default: a key derived from the seed). Never on the command line, "
                       "where every user of the computer can read it."),
        QStringLiteral("path"));
    const QCommandLineOption rate({QStringLiteral("rate-limit")},
                                  QStringLiteral("Requests per second per key, 0 = unlimited."),
                                  QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption latency({QStringLiteral("latency")},
                                     QStringLiteral("Delay every answer (ms)."),
                                     QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption events(
        {QStringLiteral("events")},
        QStringLiteral("Seeded audit-log events over 400 days (default: 30 a day per 1,000 users, "
                       "from 5,000 to 250,000)."),
        QStringLiteral("count"));
    const QCommandLineOption faults(
        {QStringLiteral("faults")},
        QStringLiteral(
            "Fail a seeded share of all requests, reads and writes: comma-separated kind=fraction"
            "[:param] with kinds 5xx[:status] (not applied), drop (half of the dropped writes "
            "were applied), slow[:ms] (applied, answered late), malformed (not JSON), truncated "
            "(JSON cut short), wrongshape (a string where the list is), 429burst[:n] (n answers "
            "429 with Retry-After and X-RateLimit-Reset). E.g. "
            "5xx=0.1,drop=0.05,slow=0.05:3000,malformed=0.02,truncated=0.02,429burst=0.02"),
        QStringLiteral("spec"));
    const QCommandLineOption faultSeed({QStringLiteral("fault-seed")},
                                       QStringLiteral("Same seed and order of requests, same "
                                                      "faults (default 1)."),
                                       QStringLiteral("seed"), QStringLiteral("1"));
    const QCommandLineOption scimRecords(
        {QStringLiteral("scim-records")},
        QStringLiteral("Records of the first SCIM directory (Okta): filled up to this many with "
                       "the org's other people, each linked to its account (default: one for "
                       "each account of its org directory, and the broken cases; never fewer)."),
        QStringLiteral("count"));
    parser.addOptions(
        {port, users, seed, keyFile, rate, latency, events, faults, faultSeed, scimRecords});
    parser.process(app);

    bool valid = true;
    auto number = [&](const QCommandLineOption &option, uint max) {
        bool ok = false;
        const uint value = parser.value(option).toUInt(&ok);
        if (!ok || value > max) {
            std::fprintf(stderr, "orgdesk-sandbox: --%s must be a number from 0 to %u\n",
                         qPrintable(option.names().constFirst()), max);
            valid = false;
        }
        return value;
    };
    sandbox::SandboxOptions options;
    options.port = quint16(number(port, 65535));
    options.users = int(number(users, 10'000'000));
    options.seed = number(seed, UINT_MAX);
    if (parser.isSet(keyFile)) {
        const std::optional<QString> key = readKeyFile(parser.value(keyFile));
        if (!key) {
            std::fprintf(stderr, "orgdesk-sandbox: --key-file: no key on the first line of %s\n",
                         qPrintable(parser.value(keyFile)));
            valid = false;
        }
        options.apiKey = key.value_or(QString());
    }
    options.rateLimitPerSecond = int(number(rate, 1'000'000));
    options.latencyMs = int(number(latency, 600'000));
    if (parser.isSet(events))
        options.events = int(number(events, 50'000'000));
    if (parser.isSet(scimRecords))
        options.scimRecords = int(number(scimRecords, 10'000'000));
    std::optional<sandbox::FaultMix> faultMix;
    if (parser.isSet(faults)) {
        QString error;
        faultMix = sandbox::FaultMix::parse(parser.value(faults), &error);
        if (!faultMix) {
            std::fprintf(stderr, "orgdesk-sandbox: --faults: %s\n", qPrintable(error));
            valid = false;
        } else {
            faultMix->seed = number(faultSeed, UINT_MAX);
        }
    }
    if (!valid)
        return 2;

    // Before the ready line: whoever reads it may signal us at once.
    quitOnTerminationSignals();
    sandbox::SandboxServer server(options);
    if (faultMix)
        server.setFaultMix(*faultMix);
    if (!server.start())
        return 1;
    QJsonObject scimKeys;
    QJsonArray scimDirectories;
    for (const sandbox::ScimDirectoryInfo &directory : server.scimDirectories()) {
        scimKeys.insert(directory.directoryId, directory.apiKey);
        scimDirectories.append(
            QJsonObject{{QStringLiteral("directoryId"), directory.directoryId},
                        {QStringLiteral("name"), directory.name},
                        {QStringLiteral("orgDirectoryId"), directory.orgDirectoryId}});
    }
    const QJsonObject ready{{QStringLiteral("baseUrl"), server.baseUrl().toString()},
                            {QStringLiteral("orgId"), server.orgId()},
                            {QStringLiteral("apiKey"), server.apiKey()},
                            {QStringLiteral("scimKeys"), scimKeys},
                            {QStringLiteral("scimDirectories"), scimDirectories}};
    std::fputs(QJsonDocument(ready).toJson(QJsonDocument::Compact).append('\n').constData(),
               stdout);
    std::fflush(stdout);
    return app.exec();
}
