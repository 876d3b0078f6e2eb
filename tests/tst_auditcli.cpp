// orgdesk-cli audit sync|search|tail as a script runs them: the built executable against the
// in-process sandbox, the archive in a data folder of the test's own (XDG_DATA_HOME).

#include "ApiClient.h"
#include "AuditArchive.h"
#include "CliProcess.h"
#include "OrgDatabase.h"
#include "PeopleFixture.h"
#include "ProfileStore.h"
#include "SandboxServer.h"
#include "Settings.h"
#include "UserService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestAuditCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void syncThenSearchWithNoNetworkInEveryFormat();
    void searchFilters_data();
    void searchFilters();
    void searchRefusesBadInput_data();
    void searchRefusesBadInput();
    void aKilledSyncResumesWithEveryEventOnce();
    void tailPrintsTheSuspendDoneThroughTheCliAndStopsOnSigterm();
    void forbiddenSaysWhy();

private:
    QStringList connection() const;
    QProcessEnvironment environment() const;
    CliResult run(const QStringList &arguments, int timeoutMs = 120000) const;
    QString dataFolder() const { return m_dir.filePath(QStringLiteral("data")); }
    qint64 archived() const;

    std::unique_ptr<sandbox::SandboxServer> m_server;
    QTemporaryDir m_dir;
};

void TestAuditCli::initTestCase()
{
    sandbox::SandboxOptions options;
    options.users = 300;
    options.seed = 21;
    options.events = 4000;
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    QVERIFY(m_server->start());
    // A profile the search finds by name, whose base URL refuses every connection.
    Settings settings(m_dir.filePath(QStringLiteral("config/Orgdesk/orgdesk.conf")));
    Profile profile;
    profile.id = Profile::newId();
    profile.name = QStringLiteral("offline");
    profile.orgId = m_server->orgId();
    profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    QVERIFY(ProfileStore(&settings).save(profile));
}

void TestAuditCli::init()
{
    m_server->setLatency(0);
    m_server->setEventsForbidden(false);
    m_server->setEventProcessingDelay(0);
}

QStringList TestAuditCli::connection() const
{
    return {QStringLiteral("--org-id"), m_server->orgId(), QStringLiteral("--base-url"),
            m_server->baseUrl().toString()};
}

QProcessEnvironment TestAuditCli::environment() const
{
    QProcessEnvironment environment = cliEnvironment(m_server->apiKey());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataFolder());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    return environment;
}

CliResult TestAuditCli::run(const QStringList &arguments, int timeoutMs) const
{
    return runCli(arguments, environment(), {}, timeoutMs);
}

qint64 TestAuditCli::archived() const
{
    const QString folder = dataFolder() + QStringLiteral("/Orgdesk/orgs");
    if (!QFileInfo::exists(OrgDatabase::filePathFor(m_server->orgId(), folder)))
        return 0;
    OrgDatabase database(m_server->orgId(), folder);
    return AuditArchive(database.database()).count({});
}

void TestAuditCli::syncThenSearchWithNoNetworkInEveryFormat()
{
    const CliResult sync =
        run(QStringList{QStringLiteral("audit"), QStringLiteral("sync")} + connection());
    QCOMPARE(sync.exitCode, 0);
    const qint64 count = archived();
    QVERIFY(count > 1000);
    QVERIFY2(sync.out.contains(QByteArray::number(count)), sync.out.constData());
    QVERIFY(sync.out.contains("new events stored"));

    const QStringList offline{QStringLiteral("audit"), QStringLiteral("search"),
                              QStringLiteral("--profile"), QStringLiteral("offline")};
    m_server->clearReceivedRequests();
    const CliResult ndjson =
        run(offline + QStringList{QStringLiteral("--format"), QStringLiteral("ndjson")});
    QCOMPARE(ndjson.exitCode, 0);
    const QList<QByteArray> lines = ndjson.out.trimmed().split('\n');
    QCOMPARE(lines.size(), count);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const QByteArray &line : lines) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        QCOMPARE(event.value(QStringLiteral("type")).toString(), QStringLiteral("events"));
        const qint64 time = QDateTime::fromString(event.value(QStringLiteral("attributes"))
                                                      .toObject()
                                                      .value(QStringLiteral("time"))
                                                      .toString(),
                                                  Qt::ISODateWithMs)
                                .toMSecsSinceEpoch();
        QVERIFY(time <= previous); // newest first
        previous = time;
    }

    const CliResult csv =
        run(offline + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    QCOMPARE(csv.outLines().first().trimmed(),
             QStringLiteral("time,action,actor,target,where,ip,place"));
    QCOMPARE(csv.outLines().size(), count + 1);

    const CliResult json =
        run(offline + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                  QStringLiteral("--limit"), QStringLiteral("25")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(rows.size(), 25);
    QVERIFY(rows.first().toObject().contains(QStringLiteral("actor")));

    const CliResult table =
        run(offline + QStringList{QStringLiteral("--format"), QStringLiteral("table"),
                                  QStringLiteral("--limit"), QStringLiteral("3")});
    QCOMPARE(table.exitCode, 0);
    QCOMPARE(table.outLines().size(), 1 + 1 + 3); // header, rule, rows
    // None of it asked the server.
    QCOMPARE(m_server->receivedRequests().size(), 0);
}

void TestAuditCli::searchFilters_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("field"); // checked on every event printed
    QTest::addColumn<QString>("expected");
    QTest::newRow("action id") << QStringList{QStringLiteral("--action"),
                                              QStringLiteral("user_logged_in")}
                               << QStringLiteral("action") << QStringLiteral("user_logged_in");
    QTest::newRow("from a day on")
        << QStringList{QStringLiteral("--from"),
                       QDateTime::currentDateTimeUtc().addDays(-3).date().toString(Qt::ISODate)}
        << QStringLiteral("recent") << QString();
    QTest::newRow("to a date-time")
        << QStringList{QStringLiteral("--to"),
                       QDateTime::currentDateTimeUtc().addDays(-170).toString(Qt::ISODate)}
        << QStringLiteral("old") << QString();
}

void TestAuditCli::searchFilters()
{
    QFETCH(QStringList, options);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    if (archived() == 0)
        QCOMPARE(run(QStringList{QStringLiteral("audit"), QStringLiteral("sync")} + connection())
                     .exitCode,
                 0);
    const CliResult result = run(QStringList{QStringLiteral("audit"), QStringLiteral("search"),
                                             QStringLiteral("--org-id"), m_server->orgId(),
                                             QStringLiteral("--format"), QStringLiteral("ndjson")} +
                                 options);
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QVERIFY(!result.out.trimmed().isEmpty());
    QVERIFY(lines.size() < archived());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QByteArray &line : lines) {
        const QJsonObject attributes =
            QJsonDocument::fromJson(line).object().value(QStringLiteral("attributes")).toObject();
        const qint64 time =
            QDateTime::fromString(attributes.value(QStringLiteral("time")).toString(),
                                  Qt::ISODateWithMs)
                .toMSecsSinceEpoch();
        if (field == QLatin1String("action"))
            QCOMPARE(attributes.value(QStringLiteral("action")).toString(), expected);
        else if (field == QLatin1String("recent"))
            QVERIFY(time >= now - 4 * 86'400'000LL);
        else
            QVERIFY(time <= now - 169 * 86'400'000LL);
    }

    // --actor takes an e-mail address: every event printed is that person's.
    const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
    const QJsonObject actor = first.value(QStringLiteral("attributes"))
                                  .toObject()
                                  .value(QStringLiteral("actor"))
                                  .toObject();
    const QString email = actor.value(QStringLiteral("email")).toString();
    if (email.isEmpty())
        return;
    const CliResult byActor =
        run({QStringLiteral("audit"), QStringLiteral("search"), QStringLiteral("--org-id"),
             m_server->orgId(), QStringLiteral("--format"), QStringLiteral("ndjson"),
             QStringLiteral("--actor"), email.toUpper()});
    QCOMPARE(byActor.exitCode, 0);
    for (const QByteArray &line : byActor.out.trimmed().split('\n')) {
        QCOMPARE(QJsonDocument::fromJson(line)
                     .object()
                     .value(QStringLiteral("attributes"))
                     .toObject()
                     .value(QStringLiteral("actor"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 actor.value(QStringLiteral("id")).toString());
    }
    // --query finds the person's name as full text.
    const QString name = actor.value(QStringLiteral("name")).toString();
    const CliResult byText =
        run({QStringLiteral("audit"), QStringLiteral("search"), QStringLiteral("--org-id"),
             m_server->orgId(), QStringLiteral("--format"), QStringLiteral("ndjson"),
             QStringLiteral("--query"), name});
    QCOMPARE(byText.exitCode, 0);
    QVERIFY(byText.out.contains(first.value(QStringLiteral("id")).toString().toUtf8()));
}

void TestAuditCli::searchRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("bad date") << QStringList{QStringLiteral("--from"), QStringLiteral("yesterday")}
                              << 2;
    QTest::newRow("bad format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")}
                                << 2;
    QTest::newRow("no org") << QStringList{QStringLiteral("--profile"), QStringLiteral("none")}
                            << 2;
    QTest::newRow("never synced") << QStringList{QStringLiteral("--org-id"),
                                                 QStringLiteral("another-org")}
                                  << 1;
}

void TestAuditCli::searchRefusesBadInput()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QStringList arguments{QStringLiteral("audit"), QStringLiteral("search")};
    if (!options.contains(QStringLiteral("--profile")) &&
        !options.contains(QStringLiteral("--org-id")))
        arguments << QStringLiteral("--org-id") << m_server->orgId();
    const CliResult result = run(arguments + options);
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.errLines().size(), 1);
    QVERIFY(result.out.isEmpty());
}

void TestAuditCli::aKilledSyncResumesWithEveryEventOnce()
{
    const QString folder = dataFolder() + QStringLiteral("/Orgdesk/orgs");
    OrgDatabase::remove(m_server->orgId(), folder);
    m_server->setLatency(40);
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(ORGDESK_CLI_PATH),
                  QStringList{QStringLiteral("audit"), QStringLiteral("sync")} + connection());
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(archived() > 0, 30000);
    process.kill(); // SIGKILL: no chance to tidy up
    QVERIFY(process.waitForFinished());
    const qint64 partial = archived();
    m_server->setLatency(0);

    const CliResult again =
        run(QStringList{QStringLiteral("audit"), QStringLiteral("sync")} + connection());
    QCOMPARE(again.exitCode, 0);
    OrgDatabase database(m_server->orgId(), folder);
    QSqlQuery query(database.database());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*), count(DISTINCT id) FROM events")));
    QVERIFY(query.next());
    const qint64 total = query.value(0).toLongLong();
    QCOMPARE(query.value(1).toLongLong(), total);
    QVERIFY2(partial < total, qPrintable(QStringLiteral("%1 of %2").arg(partial).arg(total)));
    // The stream, read from the start, has exactly what the archive has.
    const CliResult ndjson =
        run({QStringLiteral("audit"), QStringLiteral("search"), QStringLiteral("--org-id"),
             m_server->orgId(), QStringLiteral("--format"), QStringLiteral("ndjson")});
    QCOMPARE(ndjson.out.trimmed().split('\n').size(), total);
}

void TestAuditCli::tailPrintsTheSuspendDoneThroughTheCliAndStopsOnSigterm()
{
    QCOMPARE(
        run(QStringList{QStringLiteral("audit"), QStringLiteral("sync")} + connection()).exitCode,
        0);
    ApiClient client(m_server->baseUrl());
    client.setApiKey(m_server->apiKey());
    UserService users(&client, m_server->orgId());
    QSet<QString> used;
    const QList<DirectoryUser> picked =
        PeopleFixture::pick(PeopleFixture::loadAll(users), used, 1, [](const DirectoryUser &user) {
            return PeopleFixture::isPlainManaged(user, QStringLiteral("active"));
        });
    QCOMPARE(picked.size(), 1);
    const DirectoryUser person = picked.first();

    QProcess tail;
    tail.setProcessEnvironment(environment());
    tail.start(QStringLiteral(ORGDESK_CLI_PATH),
               QStringList{QStringLiteral("audit"), QStringLiteral("tail"),
                           QStringLiteral("--follow"), QStringLiteral("--interval"),
                           QStringLiteral("1")} +
                   connection());
    QVERIFY(tail.waitForStarted());

    const CliResult suspend =
        run(QStringList{QStringLiteral("users"), QStringLiteral("suspend")} + connection() +
            QStringList{QStringLiteral("--emails"), person.email, QStringLiteral("--yes"),
                        QStringLiteral("--journal-dir"), m_dir.filePath(QStringLiteral("jobs"))});
    QCOMPARE(suspend.exitCode, 0);

    QByteArray printed;
    QTRY_VERIFY_WITH_TIMEOUT((printed += tail.readAllStandardOutput()).contains("user_suspended"),
                             20000);
    const QList<QByteArray> lines = printed.trimmed().split('\n');
    QCOMPARE(lines.size(), 1); // only what is new since the sync
    const QJsonObject attributes = QJsonDocument::fromJson(lines.first())
                                       .object()
                                       .value(QStringLiteral("attributes"))
                                       .toObject();
    QCOMPARE(attributes.value(QStringLiteral("action")).toString(),
             QStringLiteral("user_suspended"));
    QCOMPARE(attributes.value(QStringLiteral("context"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString(),
             person.accountId);

    tail.terminate(); // SIGTERM
    QVERIFY(tail.waitForFinished(10000));
    QCOMPARE(tail.exitStatus(), QProcess::NormalExit);
    QCOMPARE(tail.exitCode(), 0);

    // It was stored too, and the next tail resumes after it: nothing to print.
    const CliResult next =
        run(QStringList{QStringLiteral("audit"), QStringLiteral("tail")} + connection());
    QCOMPARE(next.exitCode, 0);
    QCOMPARE(next.out, QByteArray());
    const CliResult stored =
        run({QStringLiteral("audit"), QStringLiteral("search"), QStringLiteral("--org-id"),
             m_server->orgId(), QStringLiteral("--format"), QStringLiteral("ndjson"),
             QStringLiteral("--action"), QStringLiteral("user_suspended")});
    QVERIFY(stored.out.split('\n').contains(lines.first()));
}

void TestAuditCli::forbiddenSaysWhy()
{
    m_server->setEventsForbidden(true);
    const CliResult result =
        run(QStringList{QStringLiteral("audit"), QStringLiteral("tail")} + connection());
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.errLines().size(), 1);
    QVERIFY(result.err.contains("read:events:admin"));
    QVERIFY(result.err.contains("Atlassian Guard"));
}

QTEST_GUILESS_MAIN(TestAuditCli)
#include "tst_auditcli.moc"
