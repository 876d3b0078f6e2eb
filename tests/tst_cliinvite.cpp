// `orgdesk-cli users invite` against the sandbox: five addresses (one already a member, one a
// seat past the limit of acme-partners) print five results and exit 6; all invited exits 0
// with a table line each; bad --grant values, an unknown group and a missing --yes without a
// terminal are refused before anything is sent; the help names the command.

#include "ApiClient.h"
#include "CliProcess.h"
#include "SandboxServer.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestCliInvite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void fiveAddressesFiveResults();
    void allInvitedExitsZero();
    void refusedBeforeSending_data();
    void refusedBeforeSending();
    void helpNamesTheCommand();

private:
    CliResult run(const QStringList &arguments) const;
    int invitePosts() const;

    TestServer m_server;
    QTemporaryDir m_dir;
};

void TestCliInvite::initTestCase()
{
    if (!qEnvironmentVariableIsEmpty("ORGDESK_E2E_BASE_URL"))
        QSKIP("Invites people: needs the in-process sandbox.");
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 300, 7}));
}

void TestCliInvite::init()
{
    m_server.sandbox()->clearReceivedRequests();
}

CliResult TestCliInvite::run(const QStringList &arguments) const
{
    return runCli(QStringList{u"users"_qs, u"invite"_qs, u"--org-id"_qs, m_server.orgId(),
                              u"--base-url"_qs, m_server.baseUrl().toString(), u"--journal-dir"_qs,
                              m_dir.path()} +
                      arguments,
                  cliEnvironment(m_server.apiKey()));
}

int TestCliInvite::invitePosts() const
{
    int posts = 0;
    for (const auto &request : m_server.sandbox()->receivedRequests())
        posts += request.path.endsWith(u"/users/invite"_qs) ? 1 : 0;
    return posts;
}

void TestCliInvite::fiveAddressesFiveResults()
{
    const CliResult result =
        run({u"--emails"_qs,
             u"one@partners.example,priya.sharma@acmelabs.io,two@partners.example,"
             "three@partners.example,four@partners.example"_qs,
             u"--grant"_qs, u"acme-partners=user"_qs, u"--notify"_qs, u"--message"_qs,
             u"Welcome"_qs, u"--yes"_qs, u"--format"_qs, u"json"_qs});
    QCOMPARE(result.exitCode, 6);
    const QJsonObject document = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(document[u"operation"_qs].toString(), u"users.invite"_qs);
    QHash<QString, QJsonObject> byEmail;
    for (const QJsonValue &value : document[u"results"_qs].toArray())
        byEmail.insert(value[u"email"_qs].toString(), value.toObject());
    QCOMPARE(byEmail.size(), 5);
    QCOMPARE(byEmail.value(u"priya.sharma@acmelabs.io"_qs)[u"result"_qs].toString(), u"given"_qs);
    QCOMPARE(byEmail.value(u"one@partners.example"_qs)[u"result"_qs].toString(), u"invited"_qs);
    const QJsonObject refused = byEmail.value(u"four@partners.example"_qs);
    QCOMPARE(refused[u"result"_qs].toString(), u"failed"_qs);
    QVERIFY2(refused[u"reason"_qs].toString().contains(u"No licence is left"_qs),
             qPrintable(refused[u"reason"_qs].toString()));
    QCOMPARE(document[u"summary"_qs][u"invited"_qs].toInt(), 3);
    QCOMPARE(document[u"summary"_qs][u"given"_qs].toInt(), 1);
    QCOMPARE(document[u"summary"_qs][u"failed"_qs].toInt(), 1);
    QCOMPARE(invitePosts(), 1);
    const auto requests = m_server.sandbox()->receivedRequests();
    for (const auto &request : requests) {
        if (!request.path.endsWith(u"/users/invite"_qs))
            continue;
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body[u"notificationText"_qs].toString(), u"Welcome"_qs);
        QCOMPARE(body[u"permissionRules"_qs][0][u"role"_qs].toString(), u"atlassian/user"_qs);
    }
    QVERIFY(!result.out.contains(m_server.apiKey().toUtf8()));
}

void TestCliInvite::allInvitedExitsZero()
{
    const CliResult result =
        run({u"--emails"_qs, u"five@team.example,six@team.example"_qs, u"--grant"_qs,
             u"acme-robotics=atlassian/user"_qs, u"--group"_qs, u"legal"_qs, u"--yes"_qs});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.outLines();
    QCOMPARE(lines.size(), 2);
    for (const QString &line : lines) {
        QVERIFY2(line.startsWith(u"invited"_qs), qPrintable(line));
        QVERIFY2(line.contains(u"User on acme-robotics, group legal"_qs), qPrintable(line));
    }
}

void TestCliInvite::refusedBeforeSending_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("no grant") << QStringList{u"--emails"_qs, u"a@b.example"_qs, u"--yes"_qs} << 2
                              << u"--grant"_qs;
    QTest::newRow("grant without a role")
        << QStringList{u"--emails"_qs, u"a@b.example"_qs, u"--grant"_qs, u"acme-robotics"_qs,
                       u"--yes"_qs}
        << 2 << u"WORKSPACE=ROLE"_qs;
    QTest::newRow("unknown workspace")
        << QStringList{u"--emails"_qs, u"a@b.example"_qs, u"--grant"_qs, u"nowhere=user"_qs,
                       u"--yes"_qs}
        << 2 << u"no workspace"_qs;
    QTest::newRow("role the workspace does not take")
        << QStringList{u"--emails"_qs, u"a@b.example"_qs, u"--grant"_qs, u"acme-robotics=guest"_qs,
                       u"--yes"_qs}
        << 2 << u"takes the roles"_qs;
    QTest::newRow("unknown group") << QStringList{u"--emails"_qs, u"a@b.example"_qs, u"--group"_qs,
                                                  u"no-such-group"_qs, u"--yes"_qs}
                                   << 2 << u"no group"_qs;
    QTest::newRow("message without notify")
        << QStringList{u"--emails"_qs,           u"a@b.example"_qs, u"--grant"_qs,
                       u"acme-robotics=user"_qs, u"--message"_qs,   u"hi"_qs}
        << 2 << u"--notify"_qs;
    QTest::newRow("no terminal, no --yes")
        << QStringList{u"--emails"_qs, u"a@b.example"_qs, u"--grant"_qs, u"acme-robotics=user"_qs}
        << 2 << u"--yes"_qs;
}

void TestCliInvite::refusedBeforeSending()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    const CliResult result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(result.err).contains(says), result.err.constData());
    QCOMPARE(invitePosts(), 0);
}

void TestCliInvite::helpNamesTheCommand()
{
    const CliResult result = runCli({u"--help"_qs}, cliEnvironment(m_server.apiKey()));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("orgdesk-cli users invite"));
    QVERIFY(result.out.contains("--grant W=ROLE"));
}

QTEST_GUILESS_MAIN(TestCliInvite)
#include "tst_cliinvite.moc"
