// Lists every person of an orgdesk-sandbox process five ways, in turn, in one run: the server's
// own serving time (the same requests on one keep-alive connection, one page after another, each
// answer read whole and only its cursor picked out), `orgdesk-cli users list --format csv` to
// /dev/null (its default, parallel listing) and the same with --sequential, the UsersModel as the
// Users area loads it (fetchAll, in this process), and the Python script an admin would write
// (bench/peer/list_users.py). Prints each one's wall time (min–max over the runs), time per page
// and the CPU time of the server and of the client, then the ratios, taken within each round so
// that the machine's load is the same for both.
//
//   bench_listing [--people N] [--latency MS] [--runs R] [--seed S] [--compare-output]
//
// --people defaults to 100,000, or 20,000 with a latency (every page then waits that long).
// --compare-output first checks that the CLI and the peer write the same CSV.

#include "ApiClient.h"
#include "ProcessFigures.h"
#include "UserService.h"
#include "UsersModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>
#include <sys/resource.h>
#include <unistd.h>

using namespace ProcessFigures;

namespace {

struct Server
{
    QUrl baseUrl;
    QString orgId;
    QString apiKey;
    qint64 pid = 0;
};

// This process's CPU time and that of its children that have ended.
double clientCpuSeconds()
{
    double seconds = 0;
    for (const int who : {RUSAGE_SELF, RUSAGE_CHILDREN}) {
        rusage usage{};
        getrusage(who, &usage);
        seconds += double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                   double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    }
    return seconds;
}

// Runs a listing program with its standard output going to `outputPath`; false when it failed.
bool runListing(const QString &program, const QStringList &arguments, const Server &server,
                const QString &outputPath)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ORGDESK_API_KEY"), server.apiKey);
    process.setProcessEnvironment(environment);
    process.setStandardOutputFile(outputPath);
    process.start(program, arguments);
    if (!process.waitForFinished(3600 * 1000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program),
                     process.readAllStandardError().constData());
        return false;
    }
    return true;
}

enum class Walk { Parallel, Sequential };

bool cliListing(const Server &server, const QString &outputPath, Walk walk)
{
    QStringList arguments{QStringLiteral("users"),      QStringLiteral("list"),
                          QStringLiteral("--format"),   QStringLiteral("csv"),
                          QStringLiteral("--base-url"), server.baseUrl.toString(),
                          QStringLiteral("--org-id"),   server.orgId};
    if (walk == Walk::Sequential)
        arguments.append(QStringLiteral("--sequential"));
    return runListing(QStringLiteral(ORGDESK_CLI_PATH), arguments, server, outputPath);
}

bool peerListing(const Server &server, const QString &outputPath)
{
    return runListing(QStringLiteral("python3"),
                      {QStringLiteral(ORGDESK_PEER_SCRIPT), QStringLiteral("--base-url"),
                       server.baseUrl.toString(), QStringLiteral("--org-id"), server.orgId},
                      server, outputPath);
}

// Reads one HTTP/1.1 answer with a Content-Length; its body, or nothing when it is not a 200.
std::optional<QByteArray> readAnswer(QTcpSocket &socket)
{
    QByteArray buffer;
    qsizetype headerEnd = -1;
    while ((headerEnd = buffer.indexOf("\r\n\r\n")) < 0) {
        if (!socket.waitForReadyRead(30000))
            return std::nullopt;
        buffer += socket.readAll();
    }
    const QByteArray head = buffer.left(headerEnd).toLower();
    if (!head.startsWith("http/1.1 200"))
        return std::nullopt;
    const qsizetype lengthAt = head.indexOf("\r\ncontent-length:");
    if (lengthAt < 0)
        return std::nullopt;
    const qsizetype lineEnd = head.indexOf("\r\n", lengthAt + 2);
    const qsizetype length =
        head.mid(lengthAt + 17, lineEnd < 0 ? -1 : lineEnd - lengthAt - 17).trimmed().toLongLong();
    QByteArray body = buffer.mid(headerEnd + 4);
    while (body.size() < length) {
        if (!socket.waitForReadyRead(30000))
            return std::nullopt;
        body += socket.readAll();
    }
    return body;
}

// The server's serving time: the CLI's request body, one keep-alive connection, no JSON read
// but the cursor. Returns the pages served, or -1.
int rawListing(const Server &server)
{
    QTcpSocket socket;
    socket.connectToHost(server.baseUrl.host(), quint16(server.baseUrl.port()));
    if (!socket.waitForConnected(10000))
        return -1;
    const QByteArray head =
        "POST /admin/v2/orgs/" + server.orgId.toUtf8() +
        "/directories/-/users/search HTTP/1.1\r\nHost: " + server.baseUrl.authority().toUtf8() +
        "\r\nAuthorization: Bearer " + server.apiKey.toUtf8() +
        "\r\nAccept: application/json\r\nContent-Type: application/json\r\n";
    QJsonObject body = UserQuery().toSearchBody();
    int pages = 0;
    for (;;) {
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        socket.write(head + "Content-Length: " + QByteArray::number(json.size()) + "\r\n\r\n" +
                     json);
        const std::optional<QByteArray> page = readAnswer(socket);
        if (!page)
            return -1;
        ++pages;
        // The page's own "links" come after "data" (keys are sorted); users' links have no next.
        const qsizetype next = page->lastIndexOf("\"next\":\"");
        if (next < 0)
            return pages;
        const qsizetype start = next + 8;
        body.insert(QLatin1String("cursor"),
                    QString::fromUtf8(page->mid(start, page->indexOf('"', start) - start)));
    }
}

// The Users area's model loading every person; the rows loaded, or -1.
int modelListing(const Server &server)
{
    ApiClient client(server.baseUrl);
    client.setApiKey(server.apiKey);
    UserService service(&client, server.orgId);
    UsersModel model(&service);
    QEventLoop loop;
    bool failed = false;
    QObject::connect(&model, &UsersModel::errorOccurred, &loop, [&](const ApiError &error) {
        std::fprintf(stderr, "model: %s\n", qPrintable(error.detailedMessage()));
        failed = true;
        loop.quit();
    });
    QObject::connect(&model, &UsersModel::loadingChanged, &loop, [&](bool loading) {
        if (!loading && !model.hasMore())
            loop.quit();
    });
    model.setQuery(UserQuery());
    model.fetchAll();
    loop.exec();
    return failed ? -1 : model.loadedCount();
}

struct Sample
{
    double wallSeconds = 0;
    double serverCpuSeconds = 0;
    double clientCpuSeconds = 0;
};

struct Contestant
{
    const char *name;
    std::function<bool()> run;
    QList<Sample> samples;
};

QString range(const QList<double> &values, int decimals)
{
    const auto [low, high] = std::minmax_element(values.cbegin(), values.cend());
    return QStringLiteral("%1-%2").arg(*low, 0, 'f', decimals).arg(*high, 0, 'f', decimals);
}

template <typename Field> QList<double> column(const Contestant &contestant, Field field)
{
    QList<double> values;
    for (const Sample &sample : contestant.samples)
        values.append(field(sample));
    return values;
}

void printTable(const QList<Contestant> &contestants, int pages)
{
    std::printf("\n%-28s %-14s %-14s %-16s %-16s\n", "", "wall s", "ms per page", "server CPU s",
                "client CPU s");
    for (const Contestant &c : contestants) {
        std::printf(
            "%-28s %-14s %-14s %-16s %-16s\n", c.name,
            qPrintable(range(column(c, [](const Sample &s) { return s.wallSeconds; }), 2)),
            qPrintable(range(
                column(c, [pages](const Sample &s) { return 1000 * s.wallSeconds / pages; }), 2)),
            qPrintable(range(column(c, [](const Sample &s) { return s.serverCpuSeconds; }), 2)),
            qPrintable(range(column(c, [](const Sample &s) { return s.clientCpuSeconds; }), 2)));
    }
}

void printRatio(const Contestant &a, const Contestant &b, const char *target)
{
    QList<double> ratios;
    for (qsizetype i = 0; i < a.samples.size(); ++i)
        ratios.append(a.samples.at(i).wallSeconds / b.samples.at(i).wallSeconds);
    std::printf(
        "%-48s %-14s %s\n",
        qPrintable(QStringLiteral("%1 / %2").arg(QLatin1String(a.name), QLatin1String(b.name))),
        qPrintable(range(ratios, 3)), target);
}

bool sameOutput(const Server &server)
{
    QTemporaryDir folder;
    const QString cli = folder.filePath(QStringLiteral("cli.csv"));
    const QString peer = folder.filePath(QStringLiteral("peer.csv"));
    // The same walk as the peer's: the parallel one breaks ties of nickname and name otherwise.
    if (!cliListing(server, cli, Walk::Sequential) || !peerListing(server, peer))
        return false;
    QFile a(cli);
    QFile b(peer);
    const bool same =
        a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly) && a.readAll() == b.readAll();
    std::printf("CLI and peer write the same CSV: %s (%lld bytes)\n", same ? "yes" : "NO",
                static_cast<long long>(a.size()));
    return same;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption peopleOption(
        QStringLiteral("people"),
        QStringLiteral("People in the sandbox (default 100000, 20000 with a latency)."),
        QStringLiteral("N"));
    const QCommandLineOption latencyOption(QStringLiteral("latency"),
                                           QStringLiteral("Sandbox latency per answer."),
                                           QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs of each listing."),
                                        QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Sandbox seed."),
                                        QStringLiteral("S"), QStringLiteral("3"));
    const QCommandLineOption compareOption(QStringLiteral("compare-output"),
                                           QStringLiteral("Check that the CLI and the peer "
                                                          "write the same CSV first."));
    parser.addOptions({peopleOption, latencyOption, runsOption, seedOption, compareOption});
    parser.process(app);

    const int latency = parser.value(latencyOption).toInt();
    const int people = parser.isSet(peopleOption) ? parser.value(peopleOption).toInt()
                                                  : (latency > 0 ? 20000 : 100000);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int pages = std::max(1, (people + 99) / 100);

    QProcess sandbox;
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sandbox.start(QStringLiteral(ORGDESK_SANDBOX_PATH),
                  {QStringLiteral("--users"), QString::number(people), QStringLiteral("--seed"),
                   parser.value(seedOption), QStringLiteral("--latency"),
                   QString::number(latency)});
    if (!sandbox.waitForStarted() || !sandbox.waitForReadyRead(600000)) {
        std::fprintf(stderr, "orgdesk-sandbox did not start\n");
        return 1;
    }
    const QJsonObject ready = QJsonDocument::fromJson(sandbox.readLine()).object();
    const Server server{QUrl(ready.value(QStringLiteral("baseUrl")).toString()),
                        ready.value(QStringLiteral("orgId")).toString(),
                        ready.value(QStringLiteral("apiKey")).toString(), sandbox.processId()};
    std::printf("orgdesk-sandbox: %d people, seed %s, %d ms latency; %d pages of 100; "
                "%d runs each, in turn\n",
                people, qPrintable(parser.value(seedOption)), latency, pages, runs);
    if (parser.isSet(compareOption) && !sameOutput(server))
        return 1;

    const QString null = QProcess::nullDevice();
    QList<Contestant> contestants{
        {"raw requests (server)", [&] { return rawListing(server) == pages; }, {}},
        {"cli users list", [&] { return cliListing(server, null, Walk::Parallel); }, {}},
        {"cli users list --sequential",
         [&] { return cliListing(server, null, Walk::Sequential); },
         {}},
        {"UsersModel fetchAll", [&] { return modelListing(server) == people; }, {}},
        {"python peer", [&] { return peerListing(server, null); }, {}}};
    for (int round = 0; round < runs; ++round) {
        for (Contestant &contestant : contestants) {
            const double serverCpu = processCpuSeconds(server.pid);
            const double clientCpu = clientCpuSeconds();
            QElapsedTimer wall;
            wall.start();
            if (!contestant.run()) {
                std::fprintf(stderr, "%s failed\n", contestant.name);
                return 1;
            }
            contestant.samples.append({double(wall.nsecsElapsed()) / 1e9,
                                       processCpuSeconds(server.pid) - serverCpu,
                                       clientCpuSeconds() - clientCpu});
            std::printf("round %d: %-28s %.2f s\n", round + 1, contestant.name,
                        contestant.samples.constLast().wallSeconds);
            std::fflush(stdout);
        }
    }
    sandbox.terminate();
    sandbox.waitForFinished();

    printTable(contestants, pages);
    std::printf("\nratios of wall time, within each round (min-max):\n");
    const Contestant &raw = contestants.at(0);
    const Contestant &cli = contestants.at(1);
    const Contestant &sequential = contestants.at(2);
    const Contestant &model = contestants.at(3);
    const Contestant &peer = contestants.at(4);
    printRatio(sequential, cli, latency > 0 ? "target >= 4.00" : "");
    printRatio(peer, cli, latency > 0 ? "target >= 4.00" : "");
    printRatio(sequential, peer, "target <= 1.00");
    printRatio(model, peer, "target <= 1.00");
    printRatio(sequential, raw, "target <= 1.10");
    printRatio(model, raw, "");
    printRatio(peer, raw, "");
    return 0;
}
