// orgdesk-cli overview as a cron job sees it: the built executable against the sandbox, with the
// same figures as the window's Overview.
#include "ApiClient.h"
#include "CliProcess.h"
#include "OverviewFigures.h"
#include "SandboxServer.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestOverviewCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void jsonHasTheWindowsFigures();
    void tableHasALinePerTileAndPart();
    void aFailingTileSaysWhyAndExitsSix();
    void aRefusedKeyExitsThree();
    void badUsageExitsTwo_data();
    void badUsageExitsTwo();

private:
    CliResult run(const QStringList &arguments, const QString &apiKey = QString());
    QJsonArray json(const CliResult &result);

    TestServer m_server;
};

void TestOverviewCli::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(ORGDESK_CLI_PATH)), ORGDESK_CLI_PATH);
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 200, 4}));
    if (m_server.isExternal())
        QSKIP("Injects faults: sandbox only.");
}

void TestOverviewCli::init()
{
    m_server.sandbox()->clearFaults();
}

CliResult TestOverviewCli::run(const QStringList &arguments, const QString &apiKey)
{
    return runCli(QStringList{u"overview"_qs} + arguments +
                      QStringList{u"--org-id"_qs, m_server.orgId(), u"--base-url"_qs,
                                  m_server.baseUrl().toString()},
                  cliEnvironment(apiKey.isEmpty() ? m_server.apiKey() : apiKey), {}, 60000);
}

QJsonArray TestOverviewCli::json(const CliResult &result)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        qWarning("not a JSON array: %s", result.out.constData());
    return document.array();
}

void TestOverviewCli::jsonHasTheWindowsFigures()
{
    const CliResult result =
        run({u"--format"_qs, u"json"_qs, u"--key-label"_qs, sandbox::SandboxServer::apiKeyLabel()});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.err.isEmpty());
    const QJsonArray rows = json(result);

    // The window's figures, from the same class, in this process.
    ApiClient client(m_server.baseUrl());
    client.setApiKey(m_server.apiKey());
    OverviewFigures figures(&client, m_server.orgId());
    figures.setKeyLabel(sandbox::SandboxServer::apiKeyLabel());
    figures.load();
    QTRY_VERIFY_WITH_TIMEOUT(figures.isFinished(), 30000);

    int totals = 0;
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        QCOMPARE(row.value(u"state"_qs).toString(), u"ok"_qs);
        const QString tileKey = row.value(u"tile"_qs).toString();
        const auto tiles = Overview::tiles();
        const auto tile = std::find_if(tiles.cbegin(), tiles.cend(), [&](Overview::Tile t) {
            return Overview::key(t) == tileKey;
        });
        QVERIFY2(tile != tiles.cend(), qPrintable(tileKey));
        const OverviewFigure figure = figures.figure(*tile);
        const QString part = row.value(u"figure"_qs).toString();
        if (part == QLatin1String("total")) {
            ++totals;
            if (figure.value < 0) // none: the audit log never synced
                QVERIFY(row.value(u"count"_qs).isNull());
            else
                QCOMPARE(row.value(u"count"_qs).toInteger(), figure.value);
        } else if (part == QLatin1String("lastSyncedMs")) {
            QCOMPARE(row.value(u"count"_qs).toInteger(), figure.timeMs);
        } else {
            QCOMPARE(row.value(u"count"_qs).toInteger(), figure.part(part));
        }
    }
    QCOMPARE(totals, Overview::tiles().size());
}

void TestOverviewCli::tableHasALinePerTileAndPart()
{
    const CliResult result = run({});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QStringList lines = result.outLines();
    QVERIFY(lines.value(0).startsWith(u"tile "_qs));
    QVERIFY(lines.value(0).contains(u" text"_qs));
    for (Overview::Tile tile : Overview::tiles()) {
        const QString start = Overview::key(tile) + u' ';
        QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                             [&](const QString &line) {
                                 return line.startsWith(start) && line.contains(u" total "_qs);
                             }),
                 qPrintable(start));
    }
    // Without a label the own key's line says why it has no figure.
    QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [](const QString &line) {
        return line.startsWith(u"ownKey "_qs) && line.contains(u"does not name"_qs);
    }));
}

void TestOverviewCli::aFailingTileSaysWhyAndExitsSix()
{
    sandbox::FaultRule broken;
    broken.pathPattern = QRegularExpression(u"/groups/stats$"_qs);
    broken.status = 500;
    broken.count = 0;
    m_server.sandbox()->addFault(broken);
    const CliResult result = run({u"--format"_qs, u"json"_qs});
    QCOMPARE(result.exitCode, 6);
    QVERIFY2(result.err.startsWith("orgdesk-cli: Groups: "), result.err.constData());
    QCOMPARE(result.errLines().size(), 1);
    int failed = 0;
    for (const QJsonValue &value : json(result)) {
        const QJsonObject row = value.toObject();
        if (row.value(u"tile"_qs).toString() == QLatin1String("groups")) {
            QCOMPARE(row.value(u"state"_qs).toString(), u"failed"_qs);
            QVERIFY(row.value(u"count"_qs).isNull());
            ++failed;
        } else {
            QCOMPARE(row.value(u"state"_qs).toString(), u"ok"_qs);
        }
    }
    QCOMPARE(failed, 1);
}

void TestOverviewCli::aRefusedKeyExitsThree()
{
    const CliResult result = run({}, u"not-a-key"_qs);
    QCOMPARE(result.exitCode, 3);
    // Every tile but the audit log's, which reads this computer's archive.
    QCOMPARE(result.errLines().size(), Overview::tiles().size() - 1);
}

void TestOverviewCli::badUsageExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("format") << QStringList{u"--format"_qs, u"xml"_qs};
    QTest::newRow("action") << QStringList{u"list"_qs};
    QTest::newRow("option") << QStringList{u"--nope"_qs};
}

void TestOverviewCli::badUsageExitsTwo()
{
    QFETCH(QStringList, arguments);
    const CliResult result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
}

QTEST_MAIN(TestOverviewCli)
#include "tst_overviewcli.moc"
