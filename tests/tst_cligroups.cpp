// orgdesk-cli groups list|members|add-members|remove-members as a script runs them: the built
// executable against the in-process sandbox, in csv, json and table, with a result per person
// and exit 6 when some failed.
#include "ApiClient.h"
#include "CliProcess.h"
#include "GroupOperations.h"
#include "GroupService.h"
#include "GroupsListing.h"
#include "JobJournal.h"
#include "SandboxServer.h"
#include "TestServer.h"
#include "UserService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace GroupsListing;

class TestCliGroups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listInEveryFormat();
    void membersByNameOrId();
    void addAndRemoveMembersWithAResultPerPerson();
    void syncedGroupIsRefused();
    void anUnfinishedMembershipJobResumes();
    void usageErrors_data();
    void usageErrors();

private:
    using Run = CliResult;
    QStringList connection() const;
    Run run(const QStringList &arguments) const;

    TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<UserService> m_users;
};

void TestCliGroups::initTestCase()
{
    if (!qEnvironmentVariableIsEmpty("ORGDESK_E2E_BASE_URL"))
        QSKIP("Changes groups: needs the in-process sandbox.");
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 400, 6}));
    m_client = std::make_unique<ApiClient>(m_server.baseUrl());
    m_client->setApiKey(m_server.apiKey());
    m_groups = std::make_unique<GroupService>(m_client.get(), m_server.orgId());
    m_users = std::make_unique<UserService>(m_client.get(), m_server.orgId());
}

QStringList TestCliGroups::connection() const
{
    return {u"--org-id"_qs,      m_server.orgId(), u"--base-url"_qs, m_server.baseUrl().toString(),
            u"--journal-dir"_qs, m_dir.path()};
}

TestCliGroups::Run TestCliGroups::run(const QStringList &arguments) const
{
    return runCli(QStringList{u"groups"_qs} + arguments, cliEnvironment(m_server.apiKey()), {},
                  60000);
}

void TestCliGroups::listInEveryFormat()
{
    const Run csv = run(QStringList{u"list"_qs, u"--format"_qs, u"csv"_qs} + connection());
    QCOMPARE(csv.exitCode, 0);
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 31); // the header and 30 groups
    QCOMPARE(lines.first().trimmed(),
             QByteArray("id,name,description,users,resources,source,deletable,directory_id"));
    QVERIFY(lines.at(1).contains(",ai-early-access,"));

    const Run json =
        run(QStringList{u"list"_qs, u"--search"_qs, u"okta"_qs, u"--format"_qs, u"json"_qs} +
            connection());
    QCOMPARE(json.exitCode, 0);
    const QJsonArray groups = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(groups.size(), 4);
    for (const QJsonValue &group : groups) {
        QCOMPARE(group[u"source"_qs].toString(), u"synced"_qs);
        QCOMPARE(group[u"deletable"_qs].toBool(), false);
        QVERIFY(group[u"users"_qs].toInt() > 0);
    }

    const Run table = run(QStringList{u"list"_qs, u"--format"_qs, u"table"_qs} + connection());
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.startsWith("id"));
    QVERIFY(table.out.contains("okta-synced-sales"));
}

void TestCliGroups::membersByNameOrId()
{
    const Group sales = findByName(*m_groups, u"sales"_qs).value;
    const QStringList expected = memberIds(*m_users, sales.id);
    QVERIFY(!expected.isEmpty());
    for (const QString &group : {u"SALES"_qs, sales.id}) {
        const Run members =
            run(QStringList{u"members"_qs, u"--group"_qs, group, u"--format"_qs, u"json"_qs} +
                connection());
        QCOMPARE(members.exitCode, 0);
        QStringList got;
        for (const QJsonValue &person : QJsonDocument::fromJson(members.out).array())
            got.append(person[u"account_id"_qs].toString());
        QCOMPARE(got, expected);
    }
    const Run unknown =
        run(QStringList{u"members"_qs, u"--group"_qs, u"no-such-group"_qs} + connection());
    QCOMPARE(unknown.exitCode, 4);
    QVERIFY2(unknown.err.contains("no group is named"), unknown.err.constData());
}

void TestCliGroups::addAndRemoveMembersWithAResultPerPerson()
{
    const Group group = create(*m_groups, u"cli-guild"_qs).value;
    QVERIFY(!group.id.isEmpty());
    const QStringList engineers =
        memberIds(*m_users, findByName(*m_groups, u"engineering"_qs).value.id).mid(0, 3);
    QCOMPARE(engineers.size(), 3);
    const QString listFile = m_dir.filePath(u"people.txt"_qs);
    QFile file(listFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write((engineers.join(u'\n') + u"\nnobody@nowhere.invalid\n"_qs).toUtf8());
    file.close();

    const Run added =
        run(QStringList{u"add-members"_qs, u"--group"_qs, u"cli-guild"_qs, u"--from-file"_qs,
                        listFile, u"--yes"_qs, u"--format"_qs, u"json"_qs} +
            connection());
    QCOMPARE(added.exitCode, 6); // nobody@ matched no one
    const QJsonObject report = QJsonDocument::fromJson(added.out).object();
    QCOMPARE(report[u"operation"_qs].toString(), u"group.addMember"_qs);
    QCOMPARE(report[u"summary"_qs][u"done"_qs].toInt(), 3);
    QCOMPARE(report[u"summary"_qs][u"failed"_qs].toInt(), 1);
    QStringList members = memberIds(*m_users, group.id), want = engineers;
    members.sort();
    want.sort();
    QCOMPARE(members, want);

    // Again: everyone is already in, skipped, exit 0.
    const Run again = run(QStringList{u"add-members"_qs, u"--group"_qs, group.id, u"--ids"_qs,
                                      engineers.join(u','), u"--yes"_qs} +
                          connection());
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out.count("skipped"), 3);
    QVERIFY(again.out.contains("Already a member"));

    const Run removed = run(QStringList{u"remove-members"_qs, u"--group"_qs, u"cli-guild"_qs,
                                        u"--ids"_qs, engineers.first(), u"--yes"_qs} +
                            connection());
    QCOMPARE(removed.exitCode, 0);
    QVERIFY(removed.out.startsWith("done"));
    QCOMPARE(memberIds(*m_users, group.id).size(), 2);

    // Without --yes and without a terminal it refuses, and nothing is sent.
    const Run refused = run(QStringList{u"remove-members"_qs, u"--group"_qs, u"cli-guild"_qs,
                                        u"--ids"_qs, engineers.at(1)} +
                            connection());
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(memberIds(*m_users, group.id).size(), 2);
}

void TestCliGroups::syncedGroupIsRefused()
{
    const Run refused =
        run(QStringList{u"add-members"_qs, u"--group"_qs, u"okta-synced-sales"_qs, u"--emails"_qs,
                        u"someone@acme-robotics.com"_qs, u"--yes"_qs} +
            connection());
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("identity provider"), refused.err.constData());
}

// A membership job that an earlier run left in its journal (killed, crashed) is finished by
// 'users resume', like the jobs on people's accounts.
void TestCliGroups::anUnfinishedMembershipJobResumes()
{
    const Group group = create(*m_groups, u"cli-resumed"_qs).value;
    QVERIFY(!group.id.isEmpty());
    QStringList people =
        memberIds(*m_users, findByName(*m_groups, u"finance"_qs).value.id).mid(0, 4);
    QCOMPARE(people.size(), 4);
    JobSpec spec;
    spec.id = u"resume-membership-test"_qs;
    spec.operation = GroupOperations::addMember();
    spec.title = u"Add 4 people to cli-resumed"_qs;
    spec.orgId = m_server.orgId();
    spec.params = GroupOperations::params(u"-"_qs, group.id, u"cli-resumed"_qs);
    spec.createdAt = QDateTime::currentDateTimeUtc();
    QList<JobItem> items;
    for (const QString &id : std::as_const(people))
        items.append(JobItem{id, id, {}, JobItem::State::Pending, {}, false});
    JobJournal journal(m_dir.path());
    QVERIFY(journal.create(spec, items));

    const CliResult resumed =
        runCli(QStringList{u"users"_qs, u"resume"_qs, u"--yes"_qs} + connection(),
               cliEnvironment(m_server.apiKey()), {}, 60000);
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    QVERIFY(journal.unfinished().isEmpty());
    QStringList members = memberIds(*m_users, group.id);
    members.sort();
    people.sort();
    QCOMPARE(members, people);
}

void TestCliGroups::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("no action") << QStringList() << QByteArray("one action");
    QTest::newRow("members without --group") << QStringList{u"members"_qs} << QByteArray("--group");
    QTest::newRow("add without people")
        << QStringList{u"add-members"_qs, u"--group"_qs, u"sales"_qs} << QByteArray("say who");
    QTest::newRow("bad format") << QStringList{u"list"_qs, u"--format"_qs, u"xml"_qs}
                                << QByteArray("--format");
}

void TestCliGroups::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, says);
    const Run result = run(arguments + connection());
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(says), result.err.constData());
}

QTEST_GUILESS_MAIN(TestCliGroups)
#include "tst_cligroups.moc"
