// orgdesk-sandbox: serves the sandbox org until SIGTERM/SIGINT. Prints one line of JSON with
// the base URL, org id and API key on stdout once it listens.
#include "QuitOnSignal.h"
#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <climits>
#include <cstdio>

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
    const QCommandLineOption key({QStringLiteral("key")},
                                 QStringLiteral("API key to accept (default: derived from seed)."),
                                 QStringLiteral("key"));
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
    parser.addOptions({port, users, seed, key, rate, latency, events});
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
    options.apiKey = parser.value(key);
    options.rateLimitPerSecond = int(number(rate, 1'000'000));
    options.latencyMs = int(number(latency, 600'000));
    if (parser.isSet(events))
        options.events = int(number(events, 50'000'000));
    if (!valid)
        return 2;

    // Before the ready line: whoever reads it may signal us at once.
    quitOnTerminationSignals();
    sandbox::SandboxServer server(options);
    if (!server.start())
        return 1;
    const QJsonObject ready{{QStringLiteral("baseUrl"), server.baseUrl().toString()},
                            {QStringLiteral("orgId"), server.orgId()},
                            {QStringLiteral("apiKey"), server.apiKey()}};
    std::fputs(QJsonDocument(ready).toJson(QJsonDocument::Compact).append('\n').constData(),
               stdout);
    std::fflush(stdout);
    return app.exec();
}
