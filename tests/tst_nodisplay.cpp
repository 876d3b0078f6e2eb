// `orgdesk` over SSH: the built program, run with no display at all (no DISPLAY, no
// WAYLAND_DISPLAY, no QT_QPA_PLATFORM). --help and --version answer; the window says in one line
// what is missing instead of Qt's platform-plugin abort.

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace {

struct GuiRun
{
    bool exitedNormally = false;
    int exitCode = -1;
    QString out;
    QString err;
};

QProcessEnvironment withoutDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    return environment;
}

GuiRun runOrgdesk(const QStringList &arguments,
                  const QProcessEnvironment &environment = withoutDisplay())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ORGDESK_GUI_PATH), arguments);
    GuiRun run;
    if (!process.waitForStarted(10000))
        return run;
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitedNormally = process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestNoDisplay : public QObject
{
    Q_OBJECT

private slots:
    void helpPrints();
    void versionPrints();
    void helpNeedsNoWorkingDisplay();
    void windowSaysWhatIsMissing_data();
    void windowSaysWhatIsMissing();
    void unknownOptionIsAUsageError();
};

void TestNoDisplay::helpPrints()
{
    const GuiRun run = runOrgdesk({QStringLiteral("--help")});
    QVERIFY(run.exitedNormally);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("--sandbox")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("--org-id")), qPrintable(run.out));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
}

void TestNoDisplay::versionPrints()
{
    const GuiRun run = runOrgdesk({QStringLiteral("--version")});
    QVERIFY(run.exitedNormally);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QStringLiteral("Orgdesk " ORGDESK_VERSION));
}

// A DISPLAY that names no server (an SSH session's stale variable) must not stop --help either.
void TestNoDisplay::helpNeedsNoWorkingDisplay()
{
    QProcessEnvironment environment = withoutDisplay();
    environment.insert(QStringLiteral("DISPLAY"), QStringLiteral(":4711"));
    const GuiRun run = runOrgdesk({QStringLiteral("--help")}, environment);
    QVERIFY(run.exitedNormally);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("--sandbox")));
}

void TestNoDisplay::windowSaysWhatIsMissing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("start page") << QStringList{};
    QTest::newRow("sandbox") << QStringList{QStringLiteral("--sandbox")};
}

void TestNoDisplay::windowSaysWhatIsMissing()
{
    QFETCH(QStringList, arguments);
    const GuiRun run = runOrgdesk(arguments);
    QVERIFY2(run.exitedNormally, "Qt's platform plugin aborted");
    QVERIFY(run.exitCode != 0);
    QCOMPARE(run.err, QStringLiteral("orgdesk: no display: set DISPLAY or WAYLAND_DISPLAY, or "
                                     "run it in a desktop session\n"));
    QVERIFY(run.out.isEmpty());
}

void TestNoDisplay::unknownOptionIsAUsageError()
{
    const GuiRun run = runOrgdesk({QStringLiteral("--no-such-option")});
    QVERIFY(run.exitedNormally);
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(QStringLiteral("no-such-option")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestNoDisplay)
#include "tst_nodisplay.moc"
