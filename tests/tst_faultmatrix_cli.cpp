// The hostile-server matrix through orgdesk-cli: `users list` and `users suspend` against a
// sandbox whose every route meets the fault mix end with the documented exit codes (README, exit
// code table; CliExit.h), every row printed once and every person's result matching what the
// server holds. Faults that never stop end with their own codes, said in one line.
#include "ApiClient.h"
#include "CliProcess.h"
#include "FaultMatrix.h"
#include "PeopleFixture.h"
#include "SandboxServer.h"
#include "TestServer.h"
#include "UserService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace PeopleFixture;

namespace {

// The matrix's mix with answers slow but within the CLI's transfer timeout (30 s): the CLI
// has no shorter one to cross in a test's time.
const QString cliSpec =
    QString(FaultMatrix::spec).replace(u"slow=0.03:400"_qs, u"slow=0.03:200"_qs);

} // namespace

class TestFaultMatrixCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void listPrintsEveryRowOnce_data();
    void listPrintsEveryRowOnce();
    void suspendEndsAsTheServerHoldsIt();
    void faultsThatNeverStopEndWithTheirCode_data();
    void faultsThatNeverStopEndWithTheirCode();

private:
    QStringList connection() const;
    QString metInWords() const;
    CliResult run(const QStringList &arguments) const;

    TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<UserService> m_users;
    QList<DirectoryUser> m_people;
};

void TestFaultMatrixCli::initTestCase()
{
    if (!qEnvironmentVariableIsEmpty("ORGDESK_E2E_BASE_URL"))
        QSKIP("Injects faults and changes people: needs the in-process sandbox.");
    sandbox::SandboxOptions options;
    options.users = 1200;
    options.seed = 17;
    options.events = 1000;
    QVERIFY(m_server.start(options));
    m_client = std::make_unique<ApiClient>(m_server.baseUrl());
    m_client->setApiKey(m_server.apiKey());
    m_users = std::make_unique<UserService>(m_client.get(), m_server.orgId());
    m_people = loadAll(*m_users);
    QCOMPARE(m_people.size(), 1200);
}

void TestFaultMatrixCli::init()
{
    m_server.sandbox()->clearFaults();
}

QStringList TestFaultMatrixCli::connection() const
{
    return {u"--org-id"_qs, m_server.orgId(), u"--base-url"_qs, m_server.baseUrl().toString()};
}

QString TestFaultMatrixCli::metInWords() const
{
    QStringList met;
    const QMap<QString, int> counts = m_server.sandbox()->faultMixCounts();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        met.append(u"%1 %2"_qs.arg(it.key()).arg(it.value()));
    return met.join(u", "_qs);
}

CliResult TestFaultMatrixCli::run(const QStringList &arguments) const
{
    return runCli(arguments, cliEnvironment(m_server.apiKey()), {}, 60000);
}

void TestFaultMatrixCli::listPrintsEveryRowOnce_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 2u, 3u, 4u})
        QTest::addRow("seed %u", seed) << seed;
}

void TestFaultMatrixCli::listPrintsEveryRowOnce()
{
    QFETCH(quint32, seed);
    const QStringList list = QStringList{u"users"_qs, u"list"_qs} + connection() +
                             QStringList{u"--format"_qs, u"csv"_qs};
    const CliResult clean = run(list);
    QCOMPARE(clean.exitCode, 0);
    const QStringList cleanRows = clean.outLines();
    QCOMPARE(cleanRows.size(), 1201); // the header and everyone

    QVERIFY(m_server.sandbox()->setFaultMix(cliSpec, seed));
    const CliResult hostile = run(list);
    m_server.sandbox()->clearFaults();
    qInfo("faults met: %s", qPrintable(metInWords()));
    QVERIFY2(hostile.exitCode == 0, hostile.err.constData());
    const QStringList rows = hostile.outLines();
    const QStringList twice = FaultMatrix::duplicates(rows);
    QVERIFY2(twice.isEmpty(), qPrintable(twice.join(u'\n')));
    QCOMPARE(QSet<QString>(rows.cbegin(), rows.cend()),
             QSet<QString>(cleanRows.cbegin(), cleanRows.cend()));
    QCOMPARE(rows.constFirst(), cleanRows.constFirst()); // the header first
}

void TestFaultMatrixCli::suspendEndsAsTheServerHoldsIt()
{
    QSet<QString> used;
    const QList<DirectoryUser> people =
        pick(m_people, used, 30, [](const DirectoryUser &u) { return u.status == u"active"_qs; });
    QCOMPARE(people.size(), 30);
    QStringList ids;
    for (const DirectoryUser &person : people)
        ids.append(person.accountId);

    QVERIFY(m_server.sandbox()->setFaultMix(cliSpec, 4));
    const CliResult result =
        run(QStringList{u"users"_qs, u"suspend"_qs} + connection() +
            QStringList{u"--ids"_qs, ids.join(u','), u"--yes"_qs, u"--format"_qs, u"json"_qs,
                        u"--journal-dir"_qs, m_dir.filePath(u"suspend"_qs)});
    m_server.sandbox()->clearFaults();
    qInfo("faults met: %s", qPrintable(metInWords()));

    // 0 when everyone was suspended, 6 when some failed (each said on its own).
    const QJsonArray results =
        QJsonDocument::fromJson(result.out).object().value(u"results"_qs).toArray();
    QCOMPARE(results.size(), 30);
    int failed = 0;
    QSet<QString> seen;
    for (const QJsonValue &value : results) {
        const QString id = value[u"accountId"_qs].toString();
        const QString outcome = value[u"result"_qs].toString();
        QVERIFY2(ids.contains(id) && !seen.contains(id), qPrintable(id));
        seen.insert(id);
        const QString held = statusOf(*m_users, id);
        if (outcome == u"done"_qs) {
            QCOMPARE(held, u"suspended"_qs);
        } else {
            QCOMPARE(outcome, u"failed"_qs);
            QCOMPARE(held, u"active"_qs);
            QVERIFY(value[u"reason"_qs].toString().contains(u' '));
            ++failed;
        }
    }
    QCOMPARE(result.exitCode, failed > 0 ? 6 : 0);
}

void TestFaultMatrixCli::faultsThatNeverStopEndWithTheirCode_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("every answer a 503") << u"5xx=1"_qs << 1;
    QTest::newRow("every connection dropped") << u"drop=1"_qs << 1;
    QTest::newRow("every body not JSON") << u"malformed=1"_qs << 1;
    QTest::newRow("every body of the wrong shape") << u"wrongshape=1"_qs << 1;
    QTest::newRow("a 429 that never ends") << u"429burst=1:1000"_qs << 5;
}

void TestFaultMatrixCli::faultsThatNeverStopEndWithTheirCode()
{
    QFETCH(QString, spec);
    QFETCH(int, exitCode);
    QVERIFY(m_server.sandbox()->setFaultMix(spec, 1));
    const CliResult result = run(QStringList{u"users"_qs, u"list"_qs} + connection() +
                                 QStringList{u"--format"_qs, u"csv"_qs});
    m_server.sandbox()->clearFaults();
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.errLines().size(), 1); // one line saying why
    QVERIFY2(result.errLines().constFirst().count(u' ') >= 3, result.err.constData());
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestFaultMatrixCli)
#include "tst_faultmatrix_cli.moc"
