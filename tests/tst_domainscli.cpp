// orgdesk-cli domains list as a script sees it: the built executable against the sandbox.

#include "CliProcess.h"
#include "SandboxServer.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestDomainsCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void csvListsEveryDomainWithItsClaim();
    void jsonIsOneArray();
    void badUsageExitsTwo_data();
    void badUsageExitsTwo();
    void anotherOrgFails();

private:
    using Run = CliResult;
    Run run(const QStringList &arguments, const QString &orgId = QString());

    TestServer m_server;
};

void TestDomainsCli::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(ORGDESK_CLI_PATH)), ORGDESK_CLI_PATH);
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 100, 3}));
    if (m_server.isExternal())
        QSKIP("Checks the seeded domains: sandbox only.");
}

TestDomainsCli::Run TestDomainsCli::run(const QStringList &arguments, const QString &orgId)
{
    return runCli(QStringList{u"domains"_qs} + arguments +
                      QStringList{u"--org-id"_qs, orgId.isEmpty() ? m_server.orgId() : orgId,
                                  u"--base-url"_qs, m_server.baseUrl().toString()},
                  cliEnvironment(m_server.apiKey()), {}, 60000);
}

void TestDomainsCli::csvListsEveryDomainWithItsClaim()
{
    m_server.sandbox()->clearReceivedRequests();
    const Run result = run({u"list"_qs, u"--format"_qs, u"csv"_qs});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QStringList lines = QString::fromUtf8(result.out).split(u"\r\n"_qs, Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), u"id,domain,claim_type,status"_qs);
    QCOMPARE(lines.size(), 7); // the header and six domains, from two pages
    QVERIFY(
        lines.contains(u"2f6a9b14-7c3d-4e8f-a1b2-3c4d5e6f7081,acme-robotics.de,dns,unverified"_qs));
    QVERIFY(
        lines.contains(u"4e5f6a7b-8c9d-4e0f-b1a2-c3d4e5f60913,acmelabs.com,dns,missing_token"_qs));
    int pages = 0;
    for (const auto &request : m_server.sandbox()->receivedRequests())
        pages += request.path.endsWith(u"/domains"_qs) ? 1 : 0;
    QCOMPARE(pages, 2);
}

void TestDomainsCli::jsonIsOneArray()
{
    const Run result = run({u"list"_qs, u"--format"_qs, u"json"_qs});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonArray domains = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(domains.size(), 6);
    QStringList statuses;
    for (const QJsonValue &domain : domains)
        statuses.append(domain[u"status"_qs].toString());
    for (const QString &status :
         {u"verified"_qs, u"unverified"_qs, u"missing_token"_qs, u"superseded"_qs, u"deleted"_qs})
        QVERIFY(statuses.contains(status));
}

void TestDomainsCli::badUsageExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no action") << QStringList{};
    QTest::newRow("unknown action") << QStringList{u"verify"_qs};
    QTest::newRow("bad format") << QStringList{u"list"_qs, u"--format"_qs, u"xml"_qs};
}

void TestDomainsCli::badUsageExitsTwo()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.isEmpty());
    QVERIFY(result.out.isEmpty());
}

void TestDomainsCli::anotherOrgFails()
{
    const Run result =
        run({u"list"_qs, u"--format"_qs, u"csv"_qs}, u"00000000-0000-4000-8000-000000000000"_qs);
    QCOMPARE(result.exitCode, 1); // 403
    QVERIFY(result.out.isEmpty());
    QVERIFY(!result.err.isEmpty());
}

QTEST_MAIN(TestDomainsCli)
#include "tst_domainscli.moc"
