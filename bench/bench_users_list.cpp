// Lists every user of a large organization into a UsersModel, as the Users pane does, and
// prints the time to the first page, the total time, users per second and the peak resident
// memory. By default the organization is an in-process sandbox of 100,000 users; with
// --base-url and --org-id (key in ORGDESK_API_KEY) it is that server, e.g. an orgdesk-sandbox
// process, so that the memory figures are the client's alone.
//
//   bench_users_list [--users N] [--latency MS] [--base-url URL --org-id ID]

#include "ApiClient.h"
#include "ProcessFigures.h"
#include "SandboxServer.h"
#include "UserService.h"
#include "UsersModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <memory>

using namespace ProcessFigures;

namespace {

void report(const char *label, const QString &value)
{
    std::printf("%-30s %s\n", label, value.toUtf8().constData());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption usersOption(QStringLiteral("users"),
                                         QStringLiteral("Users in the sandbox."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption latencyOption(QStringLiteral("latency"),
                                           QStringLiteral("Sandbox latency per answer."),
                                           QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption baseUrlOption(QStringLiteral("base-url"),
                                           QStringLiteral("An external server instead."),
                                           QStringLiteral("URL"));
    const QCommandLineOption orgIdOption(QStringLiteral("org-id"),
                                         QStringLiteral("The external server's org id."),
                                         QStringLiteral("ID"));
    parser.addOptions({usersOption, latencyOption, baseUrlOption, orgIdOption});
    parser.process(app);

    std::unique_ptr<sandbox::SandboxServer> server;
    QUrl baseUrl(parser.value(baseUrlOption));
    QString orgId = parser.value(orgIdOption);
    QString apiKey = qEnvironmentVariable("ORGDESK_API_KEY");
    if (!parser.isSet(baseUrlOption)) {
        sandbox::SandboxOptions options;
        options.users = parser.value(usersOption).toInt();
        options.latencyMs = parser.value(latencyOption).toInt();
        QElapsedTimer seeding;
        seeding.start();
        server = std::make_unique<sandbox::SandboxServer>(options);
        if (!server->start()) {
            std::fprintf(stderr, "the sandbox did not start\n");
            return 1;
        }
        report("sandbox users", QString::number(options.users));
        report("sandbox latency per answer", QStringLiteral("%1 ms").arg(options.latencyMs));
        report("sandbox seeded and listening", QStringLiteral("%1 ms").arg(seeding.elapsed()));
        report("resident after sandbox start",
               QStringLiteral("%1 MiB").arg(procStatusMiB("VmRSS"), 0, 'f', 1));
        baseUrl = server->baseUrl();
        orgId = server->orgId();
        apiKey = server->apiKey();
    }

    ApiClient client(baseUrl);
    client.setApiKey(apiKey);
    UserService service(&client, orgId);
    UsersModel model(&service);
    QElapsedTimer clock;
    qint64 firstPageMs = -1;

    QObject::connect(&model, &UsersModel::firstPageLoaded, &app,
                     [&] { firstPageMs = clock.elapsed(); });
    QObject::connect(&model, &UsersModel::errorOccurred, &app, [](const ApiError &error) {
        std::fprintf(stderr, "%s\n", error.detailedMessage().toUtf8().constData());
        QCoreApplication::exit(1);
    });
    QObject::connect(&model, &UsersModel::loadingChanged, &app, [&](bool loading) {
        if (loading || model.hasMore())
            return;
        const qint64 totalMs = clock.elapsed();
        report("users listed", QString::number(model.loadedCount()));
        report("time to first page", QStringLiteral("%1 ms").arg(firstPageMs));
        report("total time", QStringLiteral("%1 s").arg(totalMs / 1000.0, 0, 'f', 2));
        report("users per second", QString::number(qRound64(model.loadedCount() * 1000.0 /
                                                            std::max<qint64>(1, totalMs))));
        report("resident at the end (VmRSS)",
               QStringLiteral("%1 MiB").arg(procStatusMiB("VmRSS"), 0, 'f', 1));
        report("peak resident (VmHWM)",
               QStringLiteral("%1 MiB").arg(procStatusMiB("VmHWM"), 0, 'f', 1));
        QCoreApplication::exit(0);
    });

    clock.start();
    model.setQuery(UserQuery());
    model.fetchAll();
    return QCoreApplication::exec();
}
