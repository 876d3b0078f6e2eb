// orgdesk-cli policies list as a script sees it: the built executable against the sandbox,
// judged by exit code, stdout, and what the server received.

#include "CliProcess.h"
#include "SandboxServer.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestPoliciesCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void csvListsEveryPolicyOfAType();
    void everyTypeFollowsThePages();
    void dataSecurityAsJson();
    void badTypeExitsTwo();

private:
    using Run = CliResult;
    Run run(const QStringList &extra);

    TestServer m_server;
    QTemporaryDir m_data;
};

void TestPoliciesCli::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(ORGDESK_CLI_PATH)), ORGDESK_CLI_PATH);
    if (!qEnvironmentVariableIsEmpty("ORGDESK_E2E_BASE_URL"))
        QSKIP("Counts the sandbox's seeded policies: sandbox only.");
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 100, 8}));
    QVERIFY(m_data.isValid());
}

void TestPoliciesCli::init()
{
    m_server.sandbox()->clearReceivedRequests();
}

TestPoliciesCli::Run TestPoliciesCli::run(const QStringList &extra)
{
    QProcessEnvironment environment = cliEnvironment(m_server.apiKey());
    environment.insert(u"XDG_DATA_HOME"_qs, m_data.path());
    return runCli(QStringList{u"policies"_qs, u"list"_qs, u"--org-id"_qs, m_server.orgId(),
                              u"--base-url"_qs, m_server.baseUrl().toString()} +
                      extra,
                  environment, {}, 60000);
}

void TestPoliciesCli::csvListsEveryPolicyOfAType()
{
    const Run result = run({u"--type"_qs, u"ip-allowlist"_qs, u"--format"_qs, u"csv"_qs});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QStringList lines = QString::fromUtf8(result.out).split(u"\r\n"_qs, Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), u"id,type,name,status,rules,resources,settling,resource_status"_qs);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(1).contains(u",ip-allowlist,Office networks,enabled,"
                                 "203.0.113.0/24;198.51.100.0/24;2001:db8:1200::/40,2,0,"));
    QVERIFY(lines.at(1).contains(u"=applied;"));
    QCOMPARE(m_server.sandbox()->receivedRequests().first().query.queryItemValue(u"type"_qs),
             u"ip-allowlist"_qs);
}

void TestPoliciesCli::everyTypeFollowsThePages()
{
    const Run result = run({u"--format"_qs, u"json"_qs});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(rows.size(), 4); // three allowlists and a data-residency policy
    QCOMPARE(m_server.sandbox()->receivedRequests().size(), 2); // pages of three
    bool scheduled = false;
    for (const QJsonValue &row : rows) {
        if (row[u"type"].toString() == u"data-residency") {
            QCOMPARE(row[u"rules"].toString(), u"eu"_qs);
            scheduled = row[u"resource_status"].toString().contains(u"=scheduled");
        }
    }
    QVERIFY(scheduled);
}

void TestPoliciesCli::dataSecurityAsJson()
{
    const Run result = run({u"--type"_qs, u"data-security"_qs, u"--format"_qs, u"json"_qs});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.first()[u"type"].toString(), u"data-security"_qs);
    QVERIFY(rows.first()[u"resources"].isNull());
    QVERIFY(
        m_server.sandbox()->receivedRequests().first().path.startsWith(u"/admin/control/v2/orgs/"));
}

void TestPoliciesCli::badTypeExitsTwo()
{
    const Run result = run({u"--type"_qs, u"authentication"_qs});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("--type"));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(m_server.sandbox()->receivedRequests().size(), 0);
}

QTEST_MAIN(TestPoliciesCli)
#include "tst_policiescli.moc"
