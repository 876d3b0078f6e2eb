// orgdesk-cli users suspend|restore|...|resume as a script runs it: the built executable against
// the in-process sandbox (so the test sees every request the server received), including a run
// killed with SIGKILL in the middle of a job and resumed from its journal.
#include "CliProcess.h"
#include "JobJournal.h"
#include "PeopleFixture.h"
#include "SandboxServer.h"
#include "TestServer.h"
#include "UserService.h"

#include "ApiClient.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace PeopleFixture;

class TestCliUsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void suspendPrintsAResultPerPersonAndExits6WhenSomeFailed();
    void withoutYesAndWithoutATerminalItRefuses();
    void deactivateSendsTheReasonAsTheMessage();
    void killedMidJobResumesWithNothingDoneTwiceAndNothingLost();

private:
    using Run = CliResult;
    QStringList connection() const;
    QProcessEnvironment environment() const;
    Run run(const QStringList &arguments, int timeoutMs = 60000) const;
    int suspendsOf(const QString &accountId, int from = 0) const;

    TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<UserService> m_users;
    QList<DirectoryUser> m_people;
    QSet<QString> m_used;
};

void TestCliUsers::initTestCase()
{
    if (!qEnvironmentVariableIsEmpty("ORGDESK_E2E_BASE_URL"))
        QSKIP("Changes people: needs the in-process sandbox.");
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 800, 9}));
    m_client = std::make_unique<ApiClient>(m_server.baseUrl());
    m_client->setApiKey(m_server.apiKey());
    m_users = std::make_unique<UserService>(m_client.get(), m_server.orgId());
    m_people = loadAll(*m_users);
    QCOMPARE(m_people.size(), 800);
}

void TestCliUsers::init()
{
    m_server.sandbox()->clearFaults();
    m_server.sandbox()->setLatency(0);
}

QStringList TestCliUsers::connection() const
{
    return {u"--org-id"_qs, m_server.orgId(), u"--base-url"_qs, m_server.baseUrl().toString()};
}

QProcessEnvironment TestCliUsers::environment() const
{
    return cliEnvironment(m_server.apiKey());
}

TestCliUsers::Run TestCliUsers::run(const QStringList &arguments, int timeoutMs) const
{
    return runCli(arguments, environment(), {}, timeoutMs);
}

int TestCliUsers::suspendsOf(const QString &accountId, int from) const
{
    const QList<sandbox::ReceivedRequest> received = m_server.sandbox()->receivedRequests();
    int count = 0;
    for (int i = from; i < received.size(); ++i) {
        const sandbox::ReceivedRequest &request = received.at(i);
        count += request.method == "POST" &&
                         request.path.endsWith(u"/users/"_qs + accountId + u"/suspend"_qs)
                     ? 1
                     : 0;
    }
    return count;
}

void TestCliUsers::suspendPrintsAResultPerPersonAndExits6WhenSomeFailed()
{
    const QList<DirectoryUser> people =
        pick(m_people, m_used, 3, [](const DirectoryUser &u) { return u.status == u"active"_qs; });
    const DirectoryUser already = pick(m_people, m_used, 1, [](const DirectoryUser &u) {
                                      return u.status == u"suspended"_qs;
                                  }).value(0);
    QStringList emails;
    for (const DirectoryUser &person : people)
        emails.append(person.email);
    emails << already.email << u"nobody.here@acme-robotics.com"_qs;

    const Run failed =
        run(QStringList{u"users"_qs, u"suspend"_qs} + connection() +
            QStringList{u"--emails"_qs, emails.join(u','), u"--yes"_qs, u"--format"_qs, u"json"_qs,
                        u"--journal-dir"_qs, m_dir.filePath(u"one"_qs)});
    QCOMPARE(failed.exitCode, 6);
    const QJsonObject document = QJsonDocument::fromJson(failed.out).object();
    const QJsonArray results = document.value(u"results"_qs).toArray();
    QCOMPARE(results.size(), 5);
    QHash<QString, QJsonObject> byEmail;
    for (const QJsonValue &value : results)
        byEmail.insert(value[u"email"_qs].toString(), value.toObject());
    for (const DirectoryUser &person : people) {
        QCOMPARE(byEmail.value(person.email).value(u"result"_qs).toString(), u"done"_qs);
        QCOMPARE(statusOf(*m_users, person.accountId), u"suspended"_qs);
    }
    QCOMPARE(byEmail.value(already.email).value(u"result"_qs).toString(), u"skipped"_qs);
    QCOMPARE(byEmail.value(already.email).value(u"reason"_qs).toString(), u"Already suspended"_qs);
    const QJsonObject nobody = byEmail.value(u"nobody.here@acme-robotics.com"_qs);
    QCOMPARE(nobody.value(u"result"_qs).toString(), u"failed"_qs);
    QVERIFY(nobody.value(u"reason"_qs).toString().contains(u"matched nobody"_qs));
    QVERIFY(!failed.err.contains(m_server.apiKey().toUtf8()));

    // When all succeed: exit 0, and a table line per person.
    const Run restored = run(QStringList{u"users"_qs, u"restore"_qs} + connection() +
                             QStringList{u"--emails"_qs, emails.mid(0, 3).join(u','), u"--yes"_qs,
                                         u"--journal-dir"_qs, m_dir.filePath(u"one"_qs)});
    QCOMPARE(restored.exitCode, 0);
    const QList<QByteArray> lines = restored.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    for (const QByteArray &line : lines)
        QVERIFY2(line.startsWith("done "), line.constData());
}

void TestCliUsers::withoutYesAndWithoutATerminalItRefuses()
{
    const DirectoryUser person = pick(m_people, m_used, 1, [](const DirectoryUser &u) {
                                     return u.status == u"active"_qs;
                                 }).value(0);
    const int before = int(m_server.sandbox()->receivedRequests().size());
    const Run refused = run(
        QStringList{u"users"_qs, u"suspend"_qs} + connection() +
        QStringList{u"--ids"_qs, person.accountId, u"--journal-dir"_qs, m_dir.filePath(u"two"_qs)});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains("--yes"));
    QCOMPARE(suspendsOf(person.accountId, before), 0);
    QCOMPARE(statusOf(*m_users, person.accountId), u"active"_qs);
}

void TestCliUsers::deactivateSendsTheReasonAsTheMessage()
{
    const DirectoryUser person = pick(m_people, m_used, 1, [](const DirectoryUser &u) {
                                     return isPlainManaged(u, u"active"_qs);
                                 }).value(0);
    const int before = int(m_server.sandbox()->receivedRequests().size());
    const Run done =
        run(QStringList{u"users"_qs, u"deactivate"_qs} + connection() +
            QStringList{u"--ids"_qs, person.accountId, u"--reason"_qs, u"Left on 30 Nov (HD-77)"_qs,
                        u"--yes"_qs, u"--journal-dir"_qs, m_dir.filePath(u"three"_qs)});
    QCOMPARE(done.exitCode, 0);
    QCOMPARE(statusOf(*m_users, person.accountId), u"deactivated"_qs);
    const QList<sandbox::ReceivedRequest> received = m_server.sandbox()->receivedRequests();
    bool sent = false;
    for (int i = before; i < received.size(); ++i) {
        if (received.at(i).path.endsWith(u"/lifecycle/disable"_qs)) {
            sent = true;
            QCOMPARE(QJsonDocument::fromJson(received.at(i).body)[u"message"_qs].toString(),
                     u"Left on 30 Nov (HD-77)"_qs);
        }
    }
    QVERIFY(sent);
}

void TestCliUsers::killedMidJobResumesWithNothingDoneTwiceAndNothingLost()
{
    const QList<DirectoryUser> people = pick(
        m_people, m_used, 200, [](const DirectoryUser &u) { return u.status == u"active"_qs; });
    QCOMPARE(people.size(), 200);
    const QString list = m_dir.filePath(u"ticket.txt"_qs);
    {
        QFile file(list);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (const DirectoryUser &person : people)
            file.write(person.email.toUtf8() + "\n");
    }
    const QString journalDir = m_dir.filePath(u"killed"_qs);
    m_server.sandbox()->setLatency(60);
    const int start = int(m_server.sandbox()->receivedRequests().size());

    QProcess cli;
    cli.setProcessEnvironment(environment());
    cli.setStandardInputFile(QProcess::nullDevice());
    cli.start(QStringLiteral(ORGDESK_CLI_PATH),
              QStringList{u"users"_qs, u"suspend"_qs} + connection() +
                  QStringList{u"--from-file"_qs, list, u"--yes"_qs, u"--reason"_qs, u"HD-1234"_qs,
                              u"--journal-dir"_qs, journalDir});
    QVERIFY(cli.waitForStarted(10000));
    // Kill it once a good part is done, with calls in flight.
    auto doneInJournal = [&] {
        const QStringList files = QDir(journalDir).entryList({u"*.jsonl"_qs}, QDir::Files);
        if (files.isEmpty())
            return 0;
        bool ok = false;
        const JobJournal::Entry entry =
            JobJournal::read(QDir(journalDir).filePath(files.first()), &ok);
        return int(std::count_if(entry.items.cbegin(), entry.items.cend(), [](const JobItem &item) {
            return item.state == JobItem::State::Done;
        }));
    };
    QVERIFY(QTest::qWaitFor([&] { return doneInJournal() >= 50; }, 60000));
    cli.kill(); // SIGKILL: no chance to write anything more
    QVERIFY(cli.waitForFinished(10000));
    QCOMPARE(cli.exitStatus(), QProcess::CrashExit);
    const int killedAt = int(m_server.sandbox()->receivedRequests().size());

    JobJournal journal(journalDir);
    const QList<JobJournal::Entry> unfinished = journal.unfinished();
    QCOMPARE(unfinished.size(), 1);
    const JobJournal::Entry before = unfinished.first();
    QCOMPARE(before.spec.reason, u"HD-1234"_qs);
    QStringList doneBefore, interrupted;
    for (const JobItem &item : before.items) {
        if (item.state == JobItem::State::Done)
            doneBefore.append(item.id);
        if (item.interrupted)
            interrupted.append(item.id);
    }
    QVERIFY(doneBefore.size() >= 50);
    QVERIFY2(doneBefore.size() < 200, "the job was not interrupted");
    QVERIFY2(!interrupted.isEmpty(), "no call was in flight at the kill");
    qInfo("killed with %d of 200 done and %d in flight", int(doneBefore.size()),
          int(interrupted.size()));

    // Resume from the journal.
    m_server.sandbox()->setLatency(0);
    const Run resumed = run(QStringList{u"users"_qs, u"resume"_qs} + connection() +
                            QStringList{u"--yes"_qs, u"--journal-dir"_qs, journalDir});
    QCOMPARE(resumed.exitCode, 0);
    QVERIFY(resumed.err.contains("resuming"));
    QVERIFY(journal.unfinished().isEmpty());

    // Nothing lost: everyone is suspended. Nothing twice: one suspend per person in all, and
    // none after the kill for those done before it; those in flight were checked first.
    const auto everyone = loadAll(*m_users);
    QHash<QString, QString> status;
    for (const DirectoryUser &user : everyone)
        status.insert(user.accountId, user.status);
    for (const DirectoryUser &person : people) {
        QCOMPARE(status.value(person.accountId), u"suspended"_qs);
        QCOMPARE(suspendsOf(person.accountId, start), 1);
    }
    for (const QString &id : std::as_const(doneBefore))
        QCOMPARE(suspendsOf(id, killedAt), 0);
    const QList<sandbox::ReceivedRequest> received = m_server.sandbox()->receivedRequests();
    for (const QString &id : std::as_const(interrupted)) {
        bool checked = false;
        for (int i = killedAt; i < received.size(); ++i)
            checked = checked || (received.at(i).method == "GET" &&
                                  received.at(i).path.endsWith(u"/users/"_qs + id));
        QVERIFY2(checked, qPrintable(id));
    }
}

QTEST_GUILESS_MAIN(TestCliUsers)
#include "tst_cliusers.moc"
