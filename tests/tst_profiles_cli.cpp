// orgdesk-cli's profile commands end to end, against the sandbox and the test script's keychain:
// add (key on stdin, tested before saving), list (never a key), test, users list --profile,
// remove (the keychain entry goes too). The CLI runs with its own XDG_CONFIG_HOME.
#include "CliProcess.h"
#include "KeychainCredentialStore.h"
#include "Profile.h"
#include "ProfileStore.h"
#include "SandboxServer.h"
#include "Settings.h"
#include "TestServer.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestProfilesCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wrongKeyIsRefusedAndNothingSaved();
    void badUsageIsExitTwo_data();
    void badUsageIsExitTwo();
    void addListUseTestRemove();

private:
    CliRun run(const QStringList &arguments, const QByteArray &input = {}) const;

    TestServer m_server;
    QTemporaryDir m_config;
    QString m_key;
};

void TestProfilesCli::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(ORGDESK_CLI_PATH)), ORGDESK_CLI_PATH);
    KeychainCredentialStore store;
    bool answered = false;
    CredentialResult probe;
    store.read(QStringLiteral("tst_profiles_cli/probe"), this, [&](const CredentialResult &r) {
        answered = true;
        probe = r;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
    if (probe.isUnavailable()) {
        if (qEnvironmentVariableIntValue("ORGDESK_REQUIRE_KEYCHAIN"))
            QFAIL(qPrintable(QStringLiteral("No keychain: ") + probe.message));
        QSKIP("No Secret Service answers on this session bus; run through "
              "scripts/setup-and-test.sh");
    }
    sandbox::SandboxOptions options;
    options.users = 40;
    QVERIFY(m_server.start(options));
    if (m_server.isExternal())
        QSKIP("Needs the sandbox, to accept a key made up for this test");
    m_key = QStringLiteral("ATCTT3xFfGN0%1cli").arg(QUuid::createUuid().toString(QUuid::Id128));
    m_server.sandbox()->addApiKey(m_key, false);
}

CliRun TestProfilesCli::run(const QStringList &arguments, const QByteArray &input) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
    environment.remove(QStringLiteral("ORGDESK_API_KEY"));
    const CliResult result = runCli(arguments, environment, input, 60000);
    return {result.exitCode, QString::fromUtf8(result.out), QString::fromUtf8(result.err)};
}

void TestProfilesCli::wrongKeyIsRefusedAndNothingSaved()
{
    const CliRun added =
        run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("Wrong"), QStringLiteral("--org-id"), m_server.orgId(),
             QStringLiteral("--base-url"), m_server.baseUrl().toString()},
            "not-the-key\n");
    QCOMPARE(added.exitCode, 3);
    QVERIFY2(added.err.contains(QStringLiteral("not saved")), qPrintable(added.err));
    QVERIFY(added.err.contains(QStringLiteral("refused")));
    const CliRun listed = run({QStringLiteral("profile"), QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(QStringLiteral("No profiles yet")), qPrintable(listed.out));
}

void TestProfilesCli::badUsageIsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("add without org id")
        << QStringList{QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("--name"),
                       QStringLiteral("X")}
        << QStringLiteral("needs --name and --org-id");
    QTest::newRow("add with a bad org id")
        << QStringList{QStringLiteral("profile"),  QStringLiteral("add"),
                       QStringLiteral("--name"),   QStringLiteral("X"),
                       QStringLiteral("--org-id"), QStringLiteral("acme")}
        << QStringLiteral("is not an organization id");
    QTest::newRow("add over plain http")
        << QStringList{QStringLiteral("profile"),
                       QStringLiteral("add"),
                       QStringLiteral("--name"),
                       QStringLiteral("X"),
                       QStringLiteral("--org-id"),
                       QStringLiteral("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"),
                       QStringLiteral("--base-url"),
                       QStringLiteral("http://example.com")}
        << QStringLiteral("https://");
    QTest::newRow("add with a key older than a year")
        << QStringList{QStringLiteral("profile"),
                       QStringLiteral("add"),
                       QStringLiteral("--name"),
                       QStringLiteral("X"),
                       QStringLiteral("--org-id"),
                       QStringLiteral("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"),
                       QStringLiteral("--expires"),
                       QDate::currentDate().addYears(2).toString(Qt::ISODate)}
        << QStringLiteral("at most one year");
    QTest::newRow("unknown profile")
        << QStringList{QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--profile"),
                       QStringLiteral("Nobody")}
        << QStringLiteral("no profile named 'Nobody'");
    QTest::newRow("profile with org id")
        << QStringList{QStringLiteral("users"),     QStringLiteral("list"),
                       QStringLiteral("--profile"), QStringLiteral("Nobody"),
                       QStringLiteral("--org-id"),  QStringLiteral("x")}
        << QStringLiteral("leave out --org-id");
}

void TestProfilesCli::badUsageIsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const CliRun result = run(arguments, "some-key\n");
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(says), qPrintable(result.err));
}

void TestProfilesCli::addListUseTestRemove()
{
    const QString expires = QDate::currentDate().addDays(20).toString(Qt::ISODate);
    const CliRun added =
        run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("Acme"), QStringLiteral("--org-id"), m_server.orgId(),
             QStringLiteral("--base-url"), m_server.baseUrl().toString(),
             QStringLiteral("--expires"), expires, QStringLiteral("--label"), QStringLiteral("ci")},
            m_key.toUtf8() + '\n');
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QVERIFY(added.out.contains(QStringLiteral("Saved profile 'Acme'")));
    QVERIFY(!added.out.contains(m_key) && !added.err.contains(m_key));

    const CliRun listed = run({QStringLiteral("profile"), QStringLiteral("list"),
                               QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray profiles = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.first()[QStringLiteral("name")].toString(), QStringLiteral("Acme"));
    QCOMPARE(profiles.first()[QStringLiteral("orgId")].toString(), m_server.orgId());
    QCOMPARE(profiles.first()[QStringLiteral("keyExpiry")].toString(), expires);
    QVERIFY(!listed.out.contains(m_key));
    // What the shell's completion offers after --profile.
    const CliRun names =
        run({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--names")});
    QCOMPARE(names.exitCode, 0);
    QCOMPARE(names.out, QStringLiteral("Acme\n"));
    const CliRun table = run({QStringLiteral("profile"), QStringLiteral("list")});
    QVERIFY(table.out.contains(QStringLiteral("(in 20 days)")));
    QVERIFY(!table.out.contains(m_key));

    // No key anywhere in the CLI's config folder: only in the keychain.
    QDirIterator it(m_config.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(m_key.toUtf8()), qPrintable(file.fileName()));
    }

    const CliRun users =
        run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--profile"),
             QStringLiteral("Acme"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(users.exitCode == 0, qPrintable(users.err));
    QCOMPARE(users.out.trimmed().split(u'\n').size(), 1 + 40);

    const CliRun tested =
        run({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("acme")});
    QVERIFY2(tested.exitCode == 0, qPrintable(tested.err));
    QVERIFY(tested.out.contains(QStringLiteral("works")));
    QVERIFY(tested.out.contains(QStringLiteral("User management")));
    QVERIFY(tested.out.contains(QStringLiteral("expires in 20 days")));

    // The CLI's settings name the profile; the keychain holds its key under that id.
    Settings settings(QDir(m_config.path()).filePath(QStringLiteral("Orgdesk/orgdesk.conf")));
    const std::optional<Profile> profile =
        ProfileStore(&settings).profileNamed(QStringLiteral("Acme"));
    QVERIFY(profile);
    KeychainCredentialStore keychain;
    auto readKey = [&] {
        std::optional<CredentialResult> answer;
        keychain.read(Profile::adminKeyEntry(profile->id), this,
                      [&answer](const CredentialResult &r) { answer = r; });
        (void)QTest::qWaitFor([&answer] { return answer.has_value(); }, 15000);
        return answer.value_or(CredentialResult::unavailable({}, QStringLiteral("no answer")));
    };
    QCOMPARE(readKey().secret, m_key);

    const CliRun removed =
        run({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("Acme")});
    QCOMPARE(removed.exitCode, 0);
    QCOMPARE(readKey().status, CredentialResult::Status::NotFound);
    QCOMPARE(
        run({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("Acme")}).exitCode,
        2);
    const CliRun gone = run({QStringLiteral("users"), QStringLiteral("list"),
                             QStringLiteral("--profile"), QStringLiteral("Acme")});
    QCOMPARE(gone.exitCode, 2);
    QCOMPARE(run({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--format"),
                  QStringLiteral("json")})
                 .out.trimmed(),
             QStringLiteral("[\n]"));
}

QTEST_GUILESS_MAIN(TestProfilesCli)
#include "tst_profiles_cli.moc"
