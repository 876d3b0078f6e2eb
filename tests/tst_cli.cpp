// orgdesk-cli as a script sees it: the built executable, run with QProcess against the sandbox
// (or an external server, see TestServer), judged by its exit code, stdout and stderr, and by
// what the server received.

#include "ApiError.h"
#include "CliProcess.h"
#include "RetryPolicy.h"
#include "SandboxServer.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>

namespace {

const QStringList csvColumns = {QStringLiteral("account_id"),
                                QStringLiteral("name"),
                                QStringLiteral("email"),
                                QStringLiteral("status"),
                                QStringLiteral("account_status"),
                                QStringLiteral("last_active"),
                                QStringLiteral("mfa_enabled"),
                                QStringLiteral("claim_status"),
                                QStringLiteral("management_source"),
                                QStringLiteral("added_to_org")};

using CliRun = CliResult;

// RFC 4180: fields separated by commas, records by CRLF (or LF), quoted fields may hold commas,
// line breaks and doubled quotes.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void helpPrintsUsage();
    void csvListsEveryUserOnce();
    void jsonIsOneArrayOfEveryUser();
    void tableHasHeaderAndRows();
    void statusFilterGivesOnlyThatStatus();
    void searchFindsAKnownPerson();
    void badUsageExitsTwo_data();
    void badUsageExitsTwo();
    void wrongKeyExitsThree();
    void unknownOrgExitsFour();
    void unknownDirectoryExitsFour();
    void rateLimitOutlastingRetriesExitsFive();
    void keyIsReadFromStdin();
    void keyOnTheCommandLineIsRefusedUnechoed();

private:
    // Runs orgdesk-cli with `arguments`, the key in ORGDESK_API_KEY unless `environment` says
    // otherwise, and `input` on stdin. Fails the test if the key shows up in any output.
    CliRun run(const QStringList &arguments, const QProcessEnvironment &environment,
               const QByteArray &input = {});
    CliRun run(const QStringList &arguments) { return run(arguments, keyEnvironment()); }
    QProcessEnvironment keyEnvironment(const QString &key = {}) const;
    QStringList listArguments(const QStringList &extra = {}) const;
    QList<QStringList> csvRows(const QStringList &extra = {});

    TestServer m_server;
    int m_expectedUsers = -1; // known only for the sandbox
};

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(ORGDESK_CLI_PATH)), ORGDESK_CLI_PATH);
    sandbox::SandboxOptions options;
    options.users = 1000;
    QVERIFY(m_server.start(options));
    if (!m_server.isExternal())
        m_expectedUsers = options.users;
}

void TestCli::init()
{
    if (sandbox::SandboxServer *sandbox = m_server.sandbox()) {
        sandbox->clearFaults();
        sandbox->setRateLimit(0);
    }
}

QProcessEnvironment TestCli::keyEnvironment(const QString &key) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ORGDESK_API_KEY"), key.isEmpty() ? m_server.apiKey() : key);
    return environment;
}

CliRun TestCli::run(const QStringList &arguments, const QProcessEnvironment &environment,
                    const QByteArray &input)
{
    return runCli(arguments, environment, input);
}

QStringList TestCli::listArguments(const QStringList &extra) const
{
    return QStringList{QStringLiteral("users"),      QStringLiteral("list"),
                       QStringLiteral("--org-id"),   m_server.orgId(),
                       QStringLiteral("--base-url"), m_server.baseUrl().toString()} +
           extra;
}

QList<QStringList> TestCli::csvRows(const QStringList &extra)
{
    const CliRun result =
        run(listArguments(QStringList{QStringLiteral("--format"), QStringLiteral("csv")} + extra));
    if (result.exitCode != 0) {
        qWarning("exit %d: %s", result.exitCode, result.err.constData());
        return {};
    }
    if (!result.err.isEmpty()) {
        qWarning("unexpected stderr: %s", result.err.constData());
        return {};
    }
    QList<QStringList> records = parseCsv(result.out);
    if (records.isEmpty() || records.takeFirst() != csvColumns) {
        qWarning("missing or wrong CSV header");
        return {};
    }
    return records;
}

void TestCli::helpPrintsUsage()
{
    const CliRun result = run({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("Usage: orgdesk-cli users list"));
    QVERIFY(result.out.contains("--key-stdin"));
    QVERIFY(result.err.isEmpty());
}

void TestCli::csvListsEveryUserOnce()
{
    const QList<QStringList> rows = csvRows();
    QVERIFY(!rows.isEmpty());
    if (m_expectedUsers >= 0)
        QCOMPARE(rows.size(), m_expectedUsers);
    QSet<QString> accountIds;
    for (const QStringList &row : rows) {
        QCOMPARE(row.size(), csvColumns.size());
        QVERIFY(!row.at(0).isEmpty());
        accountIds.insert(row.at(0));
        const QString addedToOrg = row.at(9);
        QVERIFY2(addedToOrg.isEmpty() || QDateTime::fromString(addedToOrg, Qt::ISODate).isValid(),
                 qPrintable(addedToOrg));
        QVERIFY(row.at(6).isEmpty() || row.at(6) == QLatin1String("true") ||
                row.at(6) == QLatin1String("false"));
    }
    QCOMPARE(accountIds.size(), rows.size());
}

void TestCli::jsonIsOneArrayOfEveryUser()
{
    const CliRun result = run(listArguments({QStringLiteral("--format"), QStringLiteral("json")}));
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isArray());
    const QJsonArray users = document.array();
    if (m_expectedUsers >= 0)
        QCOMPARE(users.size(), m_expectedUsers);
    QSet<QString> accountIds;
    for (const QJsonValue &value : users) {
        QVERIFY(value.isObject());
        const QJsonObject user = value.toObject();
        QCOMPARE(user.keys().size(), csvColumns.size());
        for (const QString &column : csvColumns)
            QVERIFY2(user.contains(column), qPrintable(column));
        QVERIFY(user.value(QLatin1String("mfa_enabled")).isBool() ||
                user.value(QLatin1String("mfa_enabled")).isNull());
        accountIds.insert(user.value(QLatin1String("account_id")).toString());
    }
    QCOMPARE(accountIds.size(), users.size());
}

void TestCli::tableHasHeaderAndRows()
{
    const CliRun result = run(listArguments({QStringLiteral("--format"), QStringLiteral("table"),
                                             QStringLiteral("--search"), QStringLiteral("a")}));
    QCOMPARE(result.exitCode, 0);
    const QStringList lines =
        QString::fromUtf8(result.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 2);
    QVERIFY(lines.at(0).startsWith(QLatin1String("account_id")));
    QVERIFY(lines.at(1).startsWith(QLatin1String("---")));
}

void TestCli::statusFilterGivesOnlyThatStatus()
{
    const QList<QStringList> rows =
        csvRows({QStringLiteral("--status"), QStringLiteral("suspended")});
    QVERIFY(!rows.isEmpty());
    for (const QStringList &row : rows)
        QCOMPARE(row.at(3), QStringLiteral("suspended"));
    if (m_expectedUsers >= 0)
        QVERIFY(rows.size() < m_expectedUsers);

    if (sandbox::SandboxServer *sandbox = m_server.sandbox()) {
        bool sentFilter = false;
        for (const sandbox::ReceivedRequest &request : sandbox->receivedRequests()) {
            if (!request.path.endsWith(QLatin1String("/users/search")))
                continue;
            const QJsonArray status = QJsonDocument::fromJson(request.body)
                                          .object()
                                          .value(QLatin1String("status"))
                                          .toArray();
            sentFilter = sentFilter || status == QJsonArray{QStringLiteral("suspended")};
        }
        QVERIFY(sentFilter);
    }
}

void TestCli::searchFindsAKnownPerson()
{
    const QList<QStringList> everyone = csvRows();
    QVERIFY(!everyone.isEmpty());
    // The sandbox always seeds Oluwaseun Adeyemi (suspended); elsewhere take the first person.
    const QString term = m_server.isExternal() ? everyone.first().at(2) : QStringLiteral("Adeyemi");
    const QList<QStringList> found = csvRows({QStringLiteral("--search"), term});
    QVERIFY(!found.isEmpty());
    QSet<QString> everyoneIds;
    for (const QStringList &row : everyone)
        everyoneIds.insert(row.at(0));
    bool namedPersonFound = false;
    for (const QStringList &row : found) {
        QVERIFY2(everyoneIds.contains(row.at(0)), qPrintable(row.at(0)));
        namedPersonFound = namedPersonFound || row.at(1).contains(term) || row.at(2) == term;
    }
    QVERIFY(namedPersonFound);
    if (!m_server.isExternal()) {
        const auto person = std::find_if(found.cbegin(), found.cend(), [](const QStringList &row) {
            return row.at(1) == QLatin1String("Oluwaseun Adeyemi");
        });
        QVERIFY(person != found.cend());
        QCOMPARE(person->at(3), QStringLiteral("suspended"));
    }
}

void TestCli::badUsageExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("withConnection");

    QTest::newRow("no command") << QStringList{} << false;
    QTest::newRow("unknown command") << QStringList{QStringLiteral("groups")} << false;
    QTest::newRow("unknown action")
        << QStringList{QStringLiteral("users"), QStringLiteral("delete")} << false;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour")} << true;
    QTest::newRow("bad format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")}
                                << true;
    QTest::newRow("bad status") << QStringList{QStringLiteral("--status"),
                                               QStringLiteral("sleeping")}
                                << true;
    QTest::newRow("bad status in a list")
        << QStringList{QStringLiteral("--status"), QStringLiteral("active,gone")} << true;
    QTest::newRow("search without text") << QStringList{QStringLiteral("--search")} << true;
    QTest::newRow("blank search") << QStringList{QStringLiteral("--search"), QStringLiteral(" ")}
                                  << true;
    QTest::newRow("empty directory")
        << QStringList{QStringLiteral("--directory"), QString()} << true;
    QTest::newRow("directory id with a slash")
        << QStringList{QStringLiteral("--directory"), QStringLiteral("../../orgs")} << true;
    QTest::newRow("org id with a slash")
        << QStringList{QStringLiteral("users"),      QStringLiteral("list"),
                       QStringLiteral("--org-id"),   QStringLiteral("a/b"),
                       QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:1")}
        << false;
    QTest::newRow("no org id") << QStringList{QStringLiteral("users"), QStringLiteral("list")}
                               << false;
    QTest::newRow("plain http off loopback")
        << QStringList{QStringLiteral("users"),      QStringLiteral("list"),
                       QStringLiteral("--org-id"),   QStringLiteral("o"),
                       QStringLiteral("--base-url"), QStringLiteral("http://api.atlassian.com")}
        << false;
}

void TestCli::badUsageExitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, withConnection);
    const CliRun result = run(withConnection ? listArguments(arguments) : arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.errLines().size(), 1);
    QVERIFY(result.errLines().constFirst().startsWith(QLatin1String("orgdesk-cli: ")));
}

void TestCli::wrongKeyExitsThree()
{
    const QString wrongKey = QStringLiteral("not-the-key-0123456789");
    const CliRun result = run(listArguments(), keyEnvironment(wrongKey));
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.errLines(),
             QStringList{QStringLiteral("orgdesk-cli: ") +
                         ApiError(ApiError::Kind::Unauthorized, 401, {}, {}).userMessage()});
    QVERIFY(!result.err.contains(wrongKey.toUtf8()));
}

void TestCli::unknownOrgExitsFour()
{
    if (m_server.isExternal())
        QSKIP("an unknown org id may answer 401 or 403 on a real server");
    const CliRun result =
        run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--org-id"),
             QStringLiteral("00000000-0000-4000-8000-000000000000"), QStringLiteral("--base-url"),
             m_server.baseUrl().toString()});
    QCOMPARE(result.exitCode, 4);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.errLines(),
             QStringList{QStringLiteral("orgdesk-cli: ") +
                         ApiError(ApiError::Kind::NotFound, 404, {}, {}).userMessage()});
}

void TestCli::unknownDirectoryExitsFour()
{
    const CliRun result = run(listArguments(
        {QStringLiteral("--directory"), QStringLiteral("00000000-0000-4000-8000-00000000d1d1")}));
    QCOMPARE(result.exitCode, 4);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.errLines().size(), 1);
}

void TestCli::rateLimitOutlastingRetriesExitsFive()
{
    sandbox::SandboxServer *sandbox = m_server.sandbox();
    if (!sandbox)
        QSKIP("needs the sandbox's fault injection");
    sandbox::FaultRule rule;
    rule.pathPattern = QRegularExpression(QStringLiteral("/users/search$"));
    rule.status = 429;
    rule.retryAfter = "1";
    // Every attempt the client makes is refused: one more would get through and list users.
    rule.count = 1 + RetryPolicy().maxRateLimitWaits;
    sandbox->addFault(rule);
    const qsizetype before = sandbox->receivedRequests().size();

    QProcessEnvironment environment = keyEnvironment();
    environment.insert(QStringLiteral("ORGDESK_RETRY_SCALE"), QStringLiteral("0.01"));
    // One walk, so that every 429 meets the same request (the parallel listing spreads them).
    const CliRun result = run(listArguments({QStringLiteral("--sequential")}), environment);
    QCOMPARE(result.exitCode, 5);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.errLines(),
             QStringList{QStringLiteral("orgdesk-cli: ") +
                         ApiError(ApiError::Kind::RateLimited, 429, {}, {}).userMessage()});
    // The client waited out every 429 it is allowed to before giving up.
    const qsizetype searches = sandbox->receivedRequests().size() - before;
    QCOMPARE(searches, qsizetype(1 + RetryPolicy().maxRateLimitWaits));
}

void TestCli::keyIsReadFromStdin()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("ORGDESK_API_KEY"));
    const QStringList arguments = listArguments(
        {QStringLiteral("--key-stdin"), QStringLiteral("--format"), QStringLiteral("csv"),
         QStringLiteral("--status"), QStringLiteral("deactivated")});

    const CliRun withKey = run(arguments, environment, m_server.apiKey().toUtf8() + '\n');
    QCOMPARE(withKey.exitCode, 0);
    QVERIFY(parseCsv(withKey.out).size() > 1);

    const CliRun withoutKey = run(arguments, environment, QByteArray());
    QCOMPARE(withoutKey.exitCode, 2);
    QCOMPARE(withoutKey.errLines().size(), 1);

    // Standard input wins over the environment when --key-stdin is given.
    const CliRun both = run(arguments, keyEnvironment(QStringLiteral("wrong-key")),
                            m_server.apiKey().toUtf8() + '\n');
    QCOMPARE(both.exitCode, 0);

    if (sandbox::SandboxServer *sandbox = m_server.sandbox()) {
        const sandbox::ReceivedRequest last = sandbox->receivedRequests().constLast();
        QCOMPARE(last.header("Authorization"), "Bearer " + m_server.apiKey().toUtf8());
    }
}

void TestCli::keyOnTheCommandLineIsRefusedUnechoed()
{
    const QString key = m_server.apiKey();
    for (const QString &option :
         {QStringLiteral("--key=") + key, QStringLiteral("--api-key=") + key}) {
        const CliRun result = run(listArguments({option}));
        QCOMPARE(result.exitCode, 2); // run() turns a printed key into -2
        QCOMPARE(result.errLines().size(), 1);
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
