#include "CliProcess.h"
#include "SandboxServer.h"
#include "SecretGuard.h"
#include "TestServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

// The small ways a key could leak out of a process: a fatal error's or a crash's output, the
// environment children inherit, the command line.
class TestSecretLeaks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void fatalErrorPrintsNoKey();
    void crashPrintsNoKey();
    void childProcessesDoNotInheritTheKey();
    void environmentKeyIsTakenOnce();
    void sandboxTakesItsKeyFromAFileOrStdin_data();
    void sandboxTakesItsKeyFromAFileOrStdin();

private:
    struct Run
    {
        bool crashed = false;
        QByteArray output; // standard output and error together
    };
    Run runCliWithHook(const QByteArray &hook) const;

    TestServer m_server;
};

void TestSecretLeaks::initTestCase()
{
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 20, 3}));
}

TestSecretLeaks::Run TestSecretLeaks::runCliWithHook(const QByteArray &hook) const
{
    QProcessEnvironment environment = cliEnvironment(m_server.apiKey());
    environment.insert(QStringLiteral("ORGDESK_TEST_HOOK"), QString::fromLatin1(hook));
    // In a sanitizer build ASan would catch the crash and exit instead: let it be a crash.
    environment.insert(QStringLiteral("ASAN_OPTIONS"),
                       environment.value(QStringLiteral("ASAN_OPTIONS")) +
                           QStringLiteral(":handle_segv=0:handle_abort=0"));
    QProcess cli;
    cli.setProcessEnvironment(environment);
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start(QStringLiteral(ORGDESK_CLI_PATH),
              {QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--org-id"),
               m_server.orgId(), QStringLiteral("--base-url"), m_server.baseUrl().toString()});
    Run run;
    if (!cli.waitForFinished(60000))
        qWarning("orgdesk-cli did not end");
    run.crashed = cli.exitStatus() == QProcess::CrashExit;
    run.output = cli.readAll();
    return run;
}

void TestSecretLeaks::fatalErrorPrintsNoKey()
{
    const Run run = runCliWithHook("fatal");
    QVERIFY(run.crashed); // qFatal aborts
    QVERIFY2(run.output.contains("forced by a test while holding the key <redacted>"),
             run.output.constData());
    QVERIFY(!run.output.contains(m_server.apiKey().toUtf8()));
}

void TestSecretLeaks::crashPrintsNoKey()
{
    const Run run = runCliWithHook("crash");
    QVERIFY(run.crashed);
    QVERIFY(!run.output.contains(m_server.apiKey().toUtf8()));
}

void TestSecretLeaks::childProcessesDoNotInheritTheKey()
{
    const Run run = runCliWithHook("environment");
    QVERIFY(!run.crashed);
    QVERIFY2(run.output.contains("child sees: nothing"), run.output.constData());
    // /proc/<pid>/environ of the CLI itself: the variable's text is blanked.
    QVERIFY2(run.output.contains("ORGDESK_RETRY_SCALE="), run.output.constData());
    QVERIFY(!run.output.contains(m_server.apiKey().toUtf8()));
}

void TestSecretLeaks::environmentKeyIsTakenOnce()
{
    qputenv("ORGDESK_API_KEY", "  a-key-for-this-test  ");
    SecretGuard::takeEnvironmentKey();
    QCOMPARE(SecretGuard::environmentKey(), QStringLiteral("a-key-for-this-test"));
    QVERIFY(!qEnvironmentVariableIsSet("ORGDESK_API_KEY"));
}

void TestSecretLeaks::sandboxTakesItsKeyFromAFileOrStdin_data()
{
    QTest::addColumn<bool>("fromStdin");
    QTest::newRow("file") << false;
    QTest::newRow("stdin") << true;
}

void TestSecretLeaks::sandboxTakesItsKeyFromAFileOrStdin()
{
    QFETCH(bool, fromStdin);
    const QByteArray key = "sandbox-key-from-" + QByteArray(fromStdin ? "stdin" : "file");
    QTemporaryFile keyFile;
    QVERIFY(keyFile.open());
    keyFile.write(key + '\n');
    keyFile.flush();

    QProcess sandboxProcess;
    sandboxProcess.start(QStringLiteral(ORGDESK_SANDBOX_PATH),
                         {QStringLiteral("--users"), QStringLiteral("10"),
                          QStringLiteral("--key-file"),
                          fromStdin ? QStringLiteral("-") : keyFile.fileName()});
    QVERIFY(sandboxProcess.waitForStarted());
    if (fromStdin) {
        sandboxProcess.write(key + '\n');
        sandboxProcess.closeWriteChannel();
    }
    QVERIFY(QTest::qWaitFor([&] { return sandboxProcess.canReadLine(); }, 30000));
    const QJsonObject ready = QJsonDocument::fromJson(sandboxProcess.readLine()).object();
    QCOMPARE(ready.value(QStringLiteral("apiKey")).toString().toUtf8(), key);

    QFile commandLine(QStringLiteral("/proc/%1/cmdline").arg(sandboxProcess.processId()));
    QVERIFY(commandLine.open(QIODevice::ReadOnly));
    QVERIFY(!commandLine.readAll().contains(key));
    sandboxProcess.terminate();
    QVERIFY(sandboxProcess.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestSecretLeaks)
#include "tst_secretleaks.moc"
