// orgdesk-sandbox: serves the sandbox org until SIGTERM/SIGINT. Prints one line of JSON with
// the base URL, org id and API key on stdout once it listens.
#include "QuitOnSignal.h"
#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

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
    parser.addOptions({port, users, seed, key, rate, latency});
    parser.process(app);

    sandbox::SandboxOptions options;
    options.port = quint16(parser.value(port).toUInt());
    options.users = parser.value(users).toInt();
    options.seed = parser.value(seed).toUInt();
    options.apiKey = parser.value(key);
    options.rateLimitPerSecond = parser.value(rate).toInt();
    options.latencyMs = parser.value(latency).toInt();

    sandbox::SandboxServer server(options);
    if (!server.start())
        return 1;
    const QJsonObject ready{{QStringLiteral("baseUrl"), server.baseUrl().toString()},
                            {QStringLiteral("orgId"), server.orgId()},
                            {QStringLiteral("apiKey"), server.apiKey()}};
    std::fputs(QJsonDocument(ready).toJson(QJsonDocument::Compact).append('\n').constData(),
               stdout);
    std::fflush(stdout);

    quitOnTerminationSignals();
    return app.exec();
}
