// Suspends N people (1,000 by default) as one bulk job against an in-process sandbox limited to
// R requests a second (50 by default), as the Users area does, and prints the throughput as a
// share of that limit (target: at least 90%), the 429 answers met on the way, and the number of
// people who ended in the wrong state (target: 0).
//
//   bench_suspend [--people N] [--rate R] [--latency MS] [--concurrency C]

#include "ApiClient.h"
#include "BulkJob.h"
#include "JobManager.h"
#include "SandboxServer.h"
#include "UserOperations.h"
#include "UserService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {

void report(const char *label, const QString &value)
{
    std::printf("%-34s %s\n", label, value.toUtf8().constData());
    std::fflush(stdout);
}

// Every person of the org, paged in as the Users area does; empty on an error.
QList<DirectoryUser> everyone(const UserService &service)
{
    QList<DirectoryUser> users;
    QEventLoop loop;
    std::unique_ptr<UserPager> pager(service.search(UserQuery{}));
    QObject::connect(pager.get(), &UserPager::usersReceived, &loop,
                     [&](const QList<DirectoryUser> &page, bool hasMore) {
                         users += page;
                         if (hasMore)
                             pager->fetchNext();
                         else
                             loop.quit();
                     });
    QObject::connect(pager.get(), &Pager::failed, &loop, [&] {
        users.clear();
        loop.quit();
    });
    pager->fetchNext();
    loop.exec();
    return users;
}

int intOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    return parser.value(option).toInt();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption peopleOption(QStringLiteral("people"),
                                          QStringLiteral("People to suspend."), QStringLiteral("N"),
                                          QStringLiteral("1000"));
    const QCommandLineOption rateOption(QStringLiteral("rate"),
                                        QStringLiteral("The sandbox's limit, requests/second."),
                                        QStringLiteral("R"), QStringLiteral("50"));
    const QCommandLineOption latencyOption(QStringLiteral("latency"),
                                           QStringLiteral("Every answer this many ms late."),
                                           QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"),
                                               QStringLiteral("Calls in flight for the job."),
                                               QStringLiteral("C"), QStringLiteral("4"));
    parser.addOptions({peopleOption, rateOption, latencyOption, concurrencyOption});
    parser.process(app);
    const int people = intOption(parser, peopleOption);
    const int rate = intOption(parser, rateOption);

    registerUserOperations();
    sandbox::SandboxOptions options;
    options.users = people * 2 + 500; // enough active people to pick from
    options.seed = 3;
    options.latencyMs = intOption(parser, latencyOption);
    sandbox::SandboxServer server(options);
    if (!server.start())
        return 1;
    ApiClient client(server.baseUrl());
    client.setApiKey(server.apiKey());
    const UserService users(&client, server.orgId());

    QList<DirectoryUser> active;
    const QList<DirectoryUser> before = everyone(users);
    for (const DirectoryUser &user : before) {
        if (user.status == QLatin1String("active") && active.size() < people)
            active.append(user);
    }
    if (active.size() < people) {
        std::fprintf(stderr, "bench_suspend: only %d active people\n", int(active.size()));
        return 1;
    }

    // The limit starts now, for the job alone.
    server.setRateLimit(rate);
    QTemporaryDir journal;
    JobManager jobs(journal.path());
    jobs.setConcurrency(intOption(parser, concurrencyOption));
    int rateLimited = 0;
    QObject::connect(&client, &ApiClient::rateLimitPause, &app, [&] { ++rateLimited; });
    server.clearReceivedRequests();
    JobSpec spec;
    spec.operation = UserOperations::suspend();
    spec.title = QStringLiteral("bench: suspend %1 people").arg(people);
    spec.orgId = server.orgId();
    QElapsedTimer clock;
    clock.start();
    BulkJob *job = jobs.start(&client, spec, UserOperations::itemsFor(spec.operation, active));
    QEventLoop loop;
    QObject::connect(job, &BulkJob::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const double seconds = double(clock.elapsed()) / 1000.0;
    const int sent = int(server.receivedRequests().size());
    server.setRateLimit(0);

    // Who is in the wrong state: anyone of the job not suspended, anyone else changed.
    QHash<QString, QString> was;
    for (const DirectoryUser &user : before)
        was.insert(user.accountId, user.status);
    QSet<QString> target;
    for (const DirectoryUser &user : active)
        target.insert(user.accountId);
    int wrong = 0;
    const QList<DirectoryUser> after = everyone(users);
    for (const DirectoryUser &user : after) {
        const QString expected = target.contains(user.accountId) ? QStringLiteral("suspended")
                                                                 : was.value(user.accountId);
        wrong += user.status == expected ? 0 : 1;
    }
    wrong += int(before.size() - after.size());

    const int done = job->count(JobItem::State::Done);
    const double throughput = done / seconds;
    report("people suspended", QStringLiteral("%1 of %2 (%3 failed)")
                                   .arg(done)
                                   .arg(people)
                                   .arg(job->count(JobItem::State::Failed)));
    report("rate limit", QStringLiteral("%1 requests/s").arg(rate));
    report("time", QStringLiteral("%1 s").arg(seconds, 0, 'f', 2));
    report("throughput", QStringLiteral("%1 suspensions/s").arg(throughput, 0, 'f', 1));
    report("share of the limit",
           QStringLiteral("%1% (target >= 90%)").arg(100.0 * throughput / rate, 0, 'f', 1));
    report("requests the server received", QString::number(sent));
    report("429 answers waited out", QString::number(rateLimited));
    report("people in the wrong state", QStringLiteral("%1 (target 0)").arg(wrong));
    return wrong == 0 && done == people ? 0 : 1;
}
