// The SCIM link check on a large organization, as the Provisioning area and `orgdesk-cli scim
// check` run it: an orgdesk-sandbox process (so that the client's CPU time and memory are the
// client's alone) with 100,000 people and a first SCIM directory of 50,000 records. Each round
// measures, one after the other:
//   (a) the SCIM directory listed alone (ScimUserPager, every page), each record's raw JSON
//       dropped as the runner drops it,
//   (b) the org's people listed alone, as ScimLinkCheckRunner lists them (every org directory,
//       each with its own pager, all at once),
//   (d) ScimLinkCheck::run alone on what (a) and (b) fetched,
//   (c) the whole ScimLinkCheckRunner (it lists (a) and (b) at the same time, then checks).
// The runner lists concurrently, so the check's time beyond the listings is (c) minus the longer
// listing, with (c) - (a) - (b) beside it (the sandbox answers on one thread, so concurrent
// listings share it); (d) is the check measured directly, and the runner's tail (its last page
// to its report) is the same seen inside the runner. Peak resident memory is VmHWM, for the
// process and for (c) alone (freed memory returned and the mark reset before it).
//
//   bench_scim_check [--people N] [--records N] [--runs R]

#include "ApiClient.h"
#include "OrgService.h"
#include "ProcessFigures.h"
#include "SandboxProcess.h"
#include "ScimLinkCheckRunner.h"
#include "ScimService.h"
#include "UserService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <malloc.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace ProcessFigures;

namespace {

// Sets VmHWM back to the current resident size (Linux 4.0 and later).
bool resetPeakResident()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_scim_check: %s\n", what.toUtf8().constData());
    std::exit(1);
}

// Wall, client CPU and server CPU seconds of one step.
struct Cost
{
    double wall = 0;
    double cpu = 0;
    double serverCpu = 0;
};

class Meter
{
public:
    explicit Meter(qint64 serverPid) : m_serverPid(serverPid)
    {
        m_cpu = cpuSeconds();
        m_serverCpu = processCpuSeconds(serverPid);
        m_wall.start();
    }
    Cost stop() const
    {
        return {double(m_wall.nsecsElapsed()) / 1e9, cpuSeconds() - m_cpu,
                processCpuSeconds(m_serverPid) - m_serverCpu};
    }

private:
    qint64 m_serverPid;
    QElapsedTimer m_wall;
    double m_cpu = 0;
    double m_serverCpu = 0;
};

// (a): every record of the directory, one page after the other, kept as the runner keeps them.
QList<ScimUser> listRecords(ApiClient *scimClient, const QString &directoryId)
{
    QEventLoop loop;
    QList<ScimUser> records;
    ScimUserPager *pager = ScimService(scimClient, directoryId).users(ScimQuery(), &loop);
    QObject::connect(pager, &ScimUserPager::usersReceived, &loop,
                     [&](const QList<ScimUser> &users, bool hasMore) {
                         for (const ScimUser &user : users) {
                             records.append(user);
                             records.last().raw = QJsonObject();
                         }
                         if (hasMore)
                             pager->fetchNext();
                         else
                             loop.quit();
                     });
    QObject::connect(pager, &Pager::failed, &loop,
                     [](const ApiError &error) { fail(error.detailedMessage()); });
    pager->fetchNext();
    loop.exec();
    return records;
}

// (b): every account of every org directory, each directory's pager running at the same time,
// merged by account as ScimLinkCheckRunner merges them.
QList<ScimCheckAccount> listAccounts(ApiClient *orgClient, const QString &orgId)
{
    QEventLoop loop;
    QHash<QString, ScimCheckAccount> accounts;
    QStringList order;
    int pending = 1;
    const auto done = [&] {
        if (--pending == 0)
            loop.quit();
    };
    OrgService(orgClient, orgId).directories(&loop, [&](const ApiResult<QList<Directory>> &result) {
        if (!result.ok())
            fail(result.error.detailedMessage());
        for (const Directory &directory : result.value) {
            ++pending;
            UserQuery query;
            query.directoryId = directory.id;
            query.expand.clear();
            UserPager *pager = UserService(orgClient, orgId).search(query, &loop);
            const QString orgDirectoryId = directory.id;
            QObject::connect(
                pager, &UserPager::usersReceived, &loop,
                [&, pager, orgDirectoryId](const QList<DirectoryUser> &users, bool hasMore) {
                    for (const DirectoryUser &user : users) {
                        auto it = accounts.find(user.accountId);
                        if (it == accounts.end()) {
                            order.append(user.accountId);
                            it = accounts.insert(user.accountId, {user.accountId,
                                                                  user.name,
                                                                  user.email,
                                                                  user.status,
                                                                  user.accountStatus,
                                                                  user.claimStatus,
                                                                  {}});
                        }
                        it->orgDirectoryIds.append(orgDirectoryId);
                    }
                    if (hasMore)
                        pager->fetchNext();
                    else
                        done();
                });
            QObject::connect(pager, &Pager::failed, &loop,
                             [](const ApiError &error) { fail(error.detailedMessage()); });
            pager->fetchNext();
        }
        done();
    });
    loop.exec();
    QList<ScimCheckAccount> result;
    result.reserve(order.size());
    for (const QString &id : std::as_const(order))
        result.append(accounts.value(id));
    return result;
}

struct RunnerResult
{
    ScimLinkReport report;
    double tailSeconds = 0; // from the last page's progress to the report
};

// (c): the whole runner, on the one directory.
RunnerResult runRunner(ApiClient *orgClient, const QString &orgId,
                       const ScimLinkCheckRunner::Source &source)
{
    QEventLoop loop;
    RunnerResult result;
    ScimLinkCheckRunner runner(orgClient, orgId, {source});
    QElapsedTimer sinceLastPage;
    QObject::connect(&runner, &ScimLinkCheckRunner::progress, &loop,
                     [&] { sinceLastPage.start(); });
    QObject::connect(&runner, &ScimLinkCheckRunner::finished, &loop,
                     [&](const ScimLinkReport &report) {
                         result.tailSeconds = double(sinceLastPage.nsecsElapsed()) / 1e9;
                         result.report = report;
                         loop.quit();
                     });
    QObject::connect(&runner, &ScimLinkCheckRunner::failed, &loop,
                     [](const ApiError &error) { fail(error.detailedMessage()); });
    runner.start();
    loop.exec();
    return result;
}

QString range(QList<double> values, double scale, const char *unit, int decimals)
{
    std::sort(values.begin(), values.end());
    const QString low = QString::number(values.first() * scale, 'f', decimals);
    const QString high = QString::number(values.last() * scale, 'f', decimals);
    return (low == high ? low : low + QStringLiteral("–") + high) + QLatin1Char(' ') +
           QLatin1String(unit);
}

void row(const char *label, const QString &value, const char *target = "")
{
    std::printf("%-52s %-22s %s\n", label, value.toUtf8().constData(), target);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption peopleOption(QStringLiteral("people"),
                                          QStringLiteral("People the sandbox seeds."),
                                          QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption recordsOption(QStringLiteral("records"),
                                           QStringLiteral("Records of the SCIM directory checked."),
                                           QStringLiteral("N"), QStringLiteral("50000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Rounds."),
                                        QStringLiteral("R"), QStringLiteral("3"));
    parser.addOptions({peopleOption, recordsOption, runsOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    SandboxProcess server;
    QElapsedTimer seeding;
    seeding.start();
    if (!server.start(QStringLiteral(ORGDESK_SANDBOX_PATH),
                      {QStringLiteral("--users"), parser.value(peopleOption),
                       QStringLiteral("--scim-records"), parser.value(recordsOption),
                       QStringLiteral("--events"), QStringLiteral("5000")}))
        fail(QStringLiteral("orgdesk-sandbox did not start"));
    const QJsonObject &ready = server.ready();
    const QJsonObject first =
        ready.value(QStringLiteral("scimDirectories")).toArray().first().toObject();
    const QString directoryId = first.value(QStringLiteral("directoryId")).toString();
    const QString orgId = server.orgId();
    const QUrl baseUrl = server.baseUrl();
    const qint64 serverPid = server.pid();

    ApiClient orgClient(baseUrl);
    orgClient.setApiKey(server.apiKey());
    ApiClient *scimClient = ScimService::makeClient(
        baseUrl, directoryId,
        ready.value(QStringLiteral("scimKeys")).toObject().value(directoryId).toString(), &app);
    // As the Provisioning area runs it: the org directory the provider fills is inferred.
    const ScimLinkCheckRunner::Source source{
        directoryId, first.value(QStringLiteral("name")).toString(), QString(), scimClient};

    row("sandbox seeded and listening",
        QStringLiteral("%1 s").arg(double(seeding.elapsed()) / 1000.0, 0, 'f', 1));

    QList<double> scimWall, peopleWall, runnerWall, checkWall, tailWall;
    QList<double> scimCpu, peopleCpu, runnerCpu, checkCpu, scimServer, peopleServer, runnerServer;
    QList<double> beyondLonger, beyondBoth, beyondCpu, runnerPeak, runnerBase;
    int records = 0, accounts = 0, findings = 0, directFindings = 0;
    bool peakReset = true;
    for (int round = 0; round < runs; ++round) {
        Meter scimMeter(serverPid);
        ScimCheckDirectory directory{directoryId, source.name, QString(),
                                     listRecords(scimClient, directoryId)};
        const Cost scim = scimMeter.stop();

        Meter peopleMeter(serverPid);
        QList<ScimCheckAccount> people = listAccounts(&orgClient, orgId);
        const Cost listing = peopleMeter.stop();

        Meter checkMeter(serverPid);
        const ScimLinkReport direct = ScimLinkCheck::run({directory}, people);
        const Cost check = checkMeter.stop();
        directFindings = int(direct.findings.size());
        directory = {};
        people = {};

        malloc_trim(0); // what (a) and (b) freed goes back, so that (c)'s peak is its own
        peakReset = resetPeakResident() && peakReset;
        runnerBase.append(procStatusMiB("VmRSS"));
        Meter runnerMeter(serverPid);
        const RunnerResult runner = runRunner(&orgClient, orgId, source);
        const Cost whole = runnerMeter.stop();
        runnerPeak.append(procStatusMiB("VmHWM"));

        records = runner.report.recordsChecked;
        accounts = runner.report.accountsChecked;
        findings = int(runner.report.findings.size());
        scimWall.append(scim.wall);
        peopleWall.append(listing.wall);
        runnerWall.append(whole.wall);
        checkWall.append(check.wall);
        tailWall.append(runner.tailSeconds);
        scimCpu.append(scim.cpu);
        peopleCpu.append(listing.cpu);
        runnerCpu.append(whole.cpu);
        checkCpu.append(check.cpu);
        scimServer.append(scim.serverCpu);
        peopleServer.append(listing.serverCpu);
        runnerServer.append(whole.serverCpu);
        beyondLonger.append(whole.wall - std::max(scim.wall, listing.wall));
        beyondBoth.append(whole.wall - scim.wall - listing.wall);
        beyondCpu.append(whole.cpu - scim.cpu - listing.cpu);
        std::fprintf(stderr, "round %d: (a) %.2f s, (b) %.2f s, (c) %.2f s, check %.0f ms\n",
                     round + 1, scim.wall, listing.wall, whole.wall, check.wall * 1000);
    }
    const double processPeak = procStatusMiB("VmHWM");

    row("people in the org, records in the directory",
        QStringLiteral("%1, %2").arg(parser.value(peopleOption), parser.value(recordsOption)));
    row("accounts checked, records checked", QStringLiteral("%1, %2").arg(accounts).arg(records));
    row("findings (runner; ScimLinkCheck::run alone)",
        QStringLiteral("%1; %2").arg(findings).arg(directFindings));
    row("rounds", QString::number(runs));
    row("(a) SCIM directory listed alone: wall", range(scimWall, 1, "s", 2));
    row("    client CPU / server CPU",
        range(scimCpu, 1, "s", 2) + QStringLiteral(" / ") + range(scimServer, 1, "s", 2));
    row("(b) org's people listed alone: wall", range(peopleWall, 1, "s", 2));
    row("    client CPU / server CPU",
        range(peopleCpu, 1, "s", 2) + QStringLiteral(" / ") + range(peopleServer, 1, "s", 2));
    row("(c) whole ScimLinkCheckRunner: wall", range(runnerWall, 1, "s", 2));
    row("    client CPU / server CPU",
        range(runnerCpu, 1, "s", 2) + QStringLiteral(" / ") + range(runnerServer, 1, "s", 2));
    row("(c) - longer of (a), (b) (runner lists both at once)", range(beyondLonger, 1, "s", 2),
        "<= 1 s");
    row("(c) - (a) - (b)", range(beyondBoth, 1, "s", 2));
    row("client CPU of (c) - (a) - (b)", range(beyondCpu, 1, "s", 2));
    row("ScimLinkCheck::run alone: wall", range(checkWall, 1000, "ms", 0), "<= 1 s");
    row("    client CPU", range(checkCpu, 1000, "ms", 0));
    row("runner's tail, last page to report", range(tailWall, 1000, "ms", 0), "<= 1 s");
    row("client resident before (c) (VmRSS)", range(runnerBase, 1, "MiB", 0));
    row(peakReset ? "client peak resident during (c) (VmHWM)"
                  : "client peak resident up to (c) (VmHWM, no reset)",
        range(runnerPeak, 1, "MiB", 0));
    row("client peak resident, whole process (VmHWM)",
        QStringLiteral("%1 MiB").arg(processPeak, 0, 'f', 0));
    return 0;
}
