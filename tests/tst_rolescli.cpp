// orgdesk-cli roles list as a script sees it: the built executable against the sandbox, judged by
// exit code, stdout and what the server received.

#include "ApiClient.h"
#include "CliProcess.h"
#include "RawCall.h"
#include "SandboxServer.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestRolesCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsEveryRoleAsJson();
    void csvHasTheColumns();
    void badUsageExitsTwo_data();
    void badUsageExitsTwo();
    void unknownPersonFails();

private:
    using Run = CliResult;
    Run run(const QStringList &arguments);
    QStringList connection() const
    {
        return {QStringLiteral("--org-id"), m_server.orgId(), QStringLiteral("--base-url"),
                m_server.baseUrl().toString()};
    }

    TestServer m_server;
    QString m_account; // someone with several roles
    int m_roles = 0;
};

void TestRolesCli::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(ORGDESK_CLI_PATH)), ORGDESK_CLI_PATH);
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 200, 21}));
    if (m_server.isExternal())
        QSKIP("Counts the roles the sandbox seeds: sandbox only.");
    ApiClient client(m_server.baseUrl());
    client.setApiKey(m_server.apiKey());
    const RawAnswer users = rawCall(
        &client,
        ApiRequest::post(
            QStringLiteral("/admin/v2/orgs/%1/directories/-/users/search").arg(m_server.orgId()),
            QJsonObject{{QStringLiteral("limit"), 40}}, true));
    for (const QJsonValue &user : users.object()[QLatin1String("data")].toArray()) {
        const QString id = user[QLatin1String("accountId")].toString();
        const RawAnswer roles = rawCall(
            &client, ApiRequest::get(
                         QStringLiteral("/admin/v2/orgs/%1/directories/-/users/%2/role-assignments")
                             .arg(m_server.orgId(), id),
                         QUrlQuery(QStringLiteral("limit=100"))));
        int count = 0;
        for (const QJsonValue &entry : roles.object()[QLatin1String("data")].toArray())
            count += int(entry[QLatin1String("roleAssignments")].toArray().size());
        if (count >= 3) {
            m_account = id;
            m_roles = count;
            break;
        }
    }
    QVERIFY(!m_account.isEmpty());
}

TestRolesCli::Run TestRolesCli::run(const QStringList &arguments)
{
    return runCli(arguments, cliEnvironment(m_server.apiKey()), {}, 60000);
}

void TestRolesCli::listsEveryRoleAsJson()
{
    m_server.sandbox()->clearReceivedRequests();
    const Run result =
        run(QStringList{QStringLiteral("roles"), QStringLiteral("list"),
                        QStringLiteral("--account"), m_account} +
            connection() + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(rows.size(), m_roles);
    for (const QJsonValue &row : rows) {
        QVERIFY(
            row[QLatin1String("resource_id")].toString().startsWith(QLatin1String("ari:cloud:")));
        QVERIFY(row[QLatin1String("role")].toString().startsWith(QLatin1String("atlassian/")));
        QVERIFY(!row[QLatin1String("granted")].toString().isEmpty());
    }
    const auto received = m_server.sandbox()->receivedRequests();
    QVERIFY(!received.isEmpty());
    QVERIFY(received.first().path.endsWith(m_account + QStringLiteral("/role-assignments")));
}

void TestRolesCli::csvHasTheColumns()
{
    const Run result =
        run(QStringList{QStringLiteral("roles"), QStringLiteral("list"),
                        QStringLiteral("--account"), m_account} +
            connection() + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines =
        QString::fromUtf8(result.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("resource_id,resource_owner,directory_id,role,granted"));
    QCOMPARE(lines.size(), m_roles + 1);
}

void TestRolesCli::badUsageExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no account") << QStringList{QStringLiteral("roles"), QStringLiteral("list")};
    QTest::newRow("no action") << QStringList{QStringLiteral("roles"), QStringLiteral("--account"),
                                              QStringLiteral("x")};
    QTest::newRow("bad account") << QStringList{QStringLiteral("roles"), QStringLiteral("list"),
                                                QStringLiteral("--account"), QStringLiteral("a/b")};
    QTest::newRow("bad format") << QStringList{QStringLiteral("roles"),     QStringLiteral("list"),
                                               QStringLiteral("--account"), QStringLiteral("x"),
                                               QStringLiteral("--format"),  QStringLiteral("xml")};
}

void TestRolesCli::badUsageExitsTwo()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments + connection());
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY(!result.err.isEmpty());
}

void TestRolesCli::unknownPersonFails()
{
    const Run result =
        run(QStringList{QStringLiteral("roles"), QStringLiteral("list"),
                        QStringLiteral("--account"), QStringLiteral("5b10ac8d82e05b22cc7d0000")} +
            connection() + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(result.exitCode != 0 && result.exitCode != 2,
             qPrintable(QString::number(result.exitCode)));
    QVERIFY2(!result.err.isEmpty(), result.err.constData());
}

QTEST_MAIN(TestRolesCli)
#include "tst_rolescli.moc"
