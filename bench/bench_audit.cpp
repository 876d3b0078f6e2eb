// Syncs a large audit log into a new archive, as the Audit log area's sync does, then reads it
// the way the area does. The server is an orgdesk-sandbox process (not in-process), so the
// client's CPU time (getrusage) and memory are the client's alone, and the server's CPU time
// (/proc/PID/stat) is the server's. Prints a table: events per second, the client's share of
// the wall time, CPU per event on each side, bytes on disk per event, peak resident memory;
// then, over that archive, the first page of 100 newest events with the count, and full-text
// queries' first 100 rows and counts.
//
// The client's share of the wall time is the time the server had none of our requests to work
// on (from an answer reaching the client to the client sending its next request, summed,
// including the wait for the first request) over the sync's wall time: the time the server
// waited for the client. The server's CPU time over the wall time says the same from the
// server's side.
//
//   bench_audit [--events N] [--archive DIR] [--queries-only]
//
// The sandbox seeds N events over 400 days and serves the last 180: N = 2,222,223 puts about
// 1,000,000 in the archive. --archive keeps the archive in DIR (default: a temporary folder);
// --queries-only skips the sync and reads an archive an earlier run kept there.

#include "ApiCallLog.h"
#include "ApiClient.h"
#include "AuditArchive.h"
#include "AuditSync.h"
#include "OrgDatabase.h"
#include "ProcessFigures.h"
#include "SandboxProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace ProcessFigures;

namespace {

void report(const char *label, const QString &value, const char *target = "")
{
    std::printf("%-44s %-14s %s\n", label, value.toUtf8().constData(), target);
    std::fflush(stdout);
}

// Median of five runs of `work` in ms (the first run also counted: no warm-up is hidden).
template <typename Work> double medianMs(Work work)
{
    QList<double> times;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(2);
}

QString ms(double value)
{
    return QStringLiteral("%1 ms").arg(value, 0, 'f', 1);
}

void queries(const QString &orgId, const QString &folder)
{
    OrgDatabase database(orgId, folder);
    AuditArchive archive(database.database());
    const AuditArchive::Span span = archive.span();
    report("archive: events", QString::number(span.events));
    report("archive: bytes on disk per event",
           QString::number(span.events ? span.bytesOnDisk / span.events : 0), "<= 1536");

    qint64 total = 0;
    const double firstPage = medianMs([&] {
        archive.events({}, 100);
        total = archive.count({});
    });
    report("first page, 100 newest, with the count", ms(firstPage), "<= 300 ms");

    // Words that real searches use: a person's first name from the newest event, an action's
    // word, a place, a three-letter prefix, a name as a phrase, and the first word of the
    // organization's mail domain, which nearly every event holds.
    const AuditEvent newest = archive.events({}, 1).value(0);
    const QString domainWord =
        newest.actorEmail.section(QLatin1Char('@'), 1)
            .section(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")), 0, 0);
    const QStringList texts{newest.actorName.section(QLatin1Char(' '), 0, 0),
                            QStringLiteral("suspended"),
                            newest.country.isEmpty() ? QStringLiteral("berlin") : newest.country,
                            newest.actorName.left(3),
                            QStringLiteral("\"") + newest.actorName + QStringLiteral("\""),
                            domainWord};
    for (const QString &text : texts) {
        AuditFilter filter;
        filter.text = text;
        qint64 matches = 0;
        const double rows = medianMs([&] { archive.events(filter, 100); });
        const double count = medianMs([&] { matches = archive.count(filter); });
        std::printf("full text %-34s %-14s <= 50 ms\n",
                    QStringLiteral("'%1' first 100 rows").arg(text).toUtf8().constData(),
                    ms(rows).toUtf8().constData());
        std::printf("full text %-34s %-14s <= 200 ms (%lld matches)\n",
                    QStringLiteral("'%1' count").arg(text).toUtf8().constData(),
                    ms(count).toUtf8().constData(), static_cast<long long>(matches));
    }
    AuditFilter person;
    person.involving = newest.actorId;
    report("a person's activity, first 100", ms(medianMs([&] { archive.events(person, 100); })));
    Q_UNUSED(total);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption eventsOption(QStringLiteral("events"),
                                          QStringLiteral("Events the sandbox seeds."),
                                          QStringLiteral("N"), QStringLiteral("2222223"));
    const QCommandLineOption archiveOption(QStringLiteral("archive"),
                                           QStringLiteral("Keep the archive in this folder."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption queriesOnlyOption(QStringLiteral("queries-only"),
                                               QStringLiteral("Read the kept archive only."));
    const QCommandLineOption orgOption(QStringLiteral("org-id"),
                                       QStringLiteral("With --queries-only: the org."),
                                       QStringLiteral("ID"));
    parser.addOptions({eventsOption, archiveOption, queriesOnlyOption, orgOption});
    parser.process(app);

    QTemporaryDir temporary;
    const QString folder =
        parser.isSet(archiveOption) ? parser.value(archiveOption) : temporary.path();
    if (parser.isSet(queriesOnlyOption)) {
        queries(parser.value(orgOption), folder);
        return 0;
    }

    SandboxProcess server;
    QElapsedTimer seeding;
    seeding.start();
    if (!server.start(QStringLiteral(ORGDESK_SANDBOX_PATH),
                      {QStringLiteral("--events"), parser.value(eventsOption),
                       QStringLiteral("--users"), QStringLiteral("20000")})) {
        std::fprintf(stderr, "orgdesk-sandbox did not start\n");
        return 1;
    }
    const QString orgId = server.orgId();
    report("sandbox process seeded events", parser.value(eventsOption));
    report("sandbox seeded and listening", ms(double(seeding.elapsed())));

    OrgDatabase::remove(orgId, folder);
    ApiClient client(server.baseUrl());
    client.setApiKey(server.apiKey());
    AuditSync sync(&client, orgId, folder);
    qint64 stored = 0;
    int exitCode = 0;
    const double cpuBefore = cpuSeconds();
    const double serverCpuBefore = processCpuSeconds(server.pid());
    QElapsedTimer wall;
    // The server waits for us from an answer's arrival, with nothing else of ours in flight,
    // until our next request leaves.
    qint64 waitingSinceNs = 0; // 0: the server has a request of ours
    qint64 serverWaitedNs = 0;
    QObject::connect(client.callLog(), &ApiCallLog::recorded, &app, [&] {
        if (client.requestsInFlight() == 0 && waitingSinceNs == 0)
            waitingSinceNs = wall.nsecsElapsed();
    });
    QObject::connect(&client, &ApiClient::activityChanged, &app, [&](int inFlight, int) {
        if (inFlight > 0 && waitingSinceNs > 0) {
            serverWaitedNs += wall.nsecsElapsed() - waitingSinceNs;
            waitingSinceNs = 0;
        }
    });
    QObject::connect(
        &sync, &AuditSync::finished, &app, [&](qint64 count, const ApiError &error, bool) {
            stored = count;
            if (error.isError()) {
                std::fprintf(stderr, "%s\n", error.detailedMessage().toUtf8().constData());
                exitCode = 1;
            }
            QCoreApplication::quit();
        });
    wall.start();
    waitingSinceNs = 1; // until the first request leaves
    sync.start();
    QCoreApplication::exec();
    const double seconds = double(wall.elapsed()) / 1000.0;
    const double cpu = cpuSeconds() - cpuBefore;
    const double serverCpu = processCpuSeconds(server.pid()) - serverCpuBefore;
    const double peakMiB = procStatusMiB("VmHWM");
    if (exitCode != 0)
        return exitCode;

    report("events synced", QString::number(stored));
    report("sync wall time", QStringLiteral("%1 s").arg(seconds, 0, 'f', 1));
    report("events per second", QString::number(qRound64(double(stored) / seconds)));
    const double perEvent = stored > 0 ? 1e6 / double(stored) : 0;
    report("client CPU time", QStringLiteral("%1 s").arg(cpu, 0, 'f', 1));
    report("client CPU per event", QStringLiteral("%1 us").arg(cpu * perEvent, 0, 'f', 1));
    report("server CPU time", QStringLiteral("%1 s").arg(serverCpu, 0, 'f', 1));
    report("server CPU per event", QStringLiteral("%1 us").arg(serverCpu * perEvent, 0, 'f', 1));
    report("server CPU time / wall time",
           QStringLiteral("%1 %").arg(100.0 * serverCpu / seconds, 0, 'f', 1));
    report("client's share of the wall time",
           QStringLiteral("%1 %").arg(100.0 * double(serverWaitedNs) / 1e9 / seconds, 0, 'f', 1),
           "<= 20 % (the server waiting for the client)");
    report("peak resident memory (VmHWM) after sync",
           QStringLiteral("%1 MiB").arg(peakMiB, 0, 'f', 1), "<= 200 MiB");
    queries(orgId, folder);
    return 0;
}
