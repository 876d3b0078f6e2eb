// orgdesk-cli keys|tokens as a script sees it: the built executable against the sandbox, judged
// by exit code, stdout, stderr, and what the server received.

#include "AccessRisk.h"
#include "CliProcess.h"
#include "SandboxServer.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

using CliRun = CliResult;

// One CSV record per line (the sandbox's labels and names hold no line breaks), quotes handled.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QList<QStringList> records;
    for (QString line : QString::fromUtf8(bytes).split(u"\r\n"_qs, Qt::SkipEmptyParts)) {
        QStringList fields;
        QString field;
        bool quoted = false;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (quoted && c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = !quoted;
            } else if (c == u',' && !quoted) {
                fields.append(field);
                field.clear();
            } else {
                field += c;
            }
        }
        fields.append(field);
        records.append(fields);
    }
    return records;
}

} // namespace

class TestSecurityCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void keysListCsvHasEveryKeyWithItsRisks();
    void keysExpiringDaysAsJson();
    void tokensInactiveAndNeverUsed_data();
    void tokensInactiveAndNeverUsed();
    void badUsageExitsTwo_data();
    void badUsageExitsTwo();
    void revokeWithoutTerminalOrYesRefuses();
    void revokeTokensPrintsOneLinePerItemAndExitsSixWhenSomeFailed();
    void revokeKeysReportsUnknownIds();

private:
    CliRun run(const QStringList &arguments);
    QStringList connection() const;
    QList<QStringList> csv(const QString &group, const QStringList &extra);
    int deletesReceived() const;

    TestServer m_server;
    QTemporaryDir m_data; // the CLI's job journals
};

void TestSecurityCli::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(ORGDESK_CLI_PATH)), ORGDESK_CLI_PATH);
    if (!qEnvironmentVariableIsEmpty("ORGDESK_E2E_BASE_URL"))
        QSKIP("Revokes keys and tokens: sandbox only.");
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 900, 17}));
    QVERIFY(m_data.isValid());
}

void TestSecurityCli::init()
{
    m_server.sandbox()->clearFaults();
    m_server.sandbox()->clearReceivedRequests();
}

CliRun TestSecurityCli::run(const QStringList &arguments)
{
    QProcessEnvironment environment = cliEnvironment(m_server.apiKey());
    environment.insert(u"XDG_DATA_HOME"_qs, m_data.path());
    return runCli(arguments, environment);
}

QStringList TestSecurityCli::connection() const
{
    return {u"--org-id"_qs, m_server.orgId(), u"--base-url"_qs, m_server.baseUrl().toString()};
}

QList<QStringList> TestSecurityCli::csv(const QString &group, const QStringList &extra)
{
    const CliRun result = run(QStringList{group, u"list"_qs} + connection() +
                              QStringList{u"--format"_qs, u"csv"_qs} + extra);
    if (result.exitCode != 0) {
        qWarning("exit %d: %s", result.exitCode, result.err.constData());
        return {};
    }
    return parseCsv(result.out);
}

int TestSecurityCli::deletesReceived() const
{
    int count = 0;
    for (const auto &request : m_server.sandbox()->receivedRequests())
        count += request.method == "DELETE" ? 1 : 0;
    return count;
}

void TestSecurityCli::keysListCsvHasEveryKeyWithItsRisks()
{
    QList<QStringList> rows = csv(u"keys"_qs, {});
    QVERIFY(rows.size() > 10);
    const QStringList header = rows.takeFirst();
    QCOMPARE(header, (QStringList{u"id"_qs, u"label"_qs, u"status"_qs, u"created_at"_qs,
                                  u"created_by"_qs, u"created_by_email"_qs, u"expires_at"_qs,
                                  u"days_left"_qs, u"last_active"_qs, u"scopes"_qs,
                                  u"revoked_at"_qs, u"revoked_by"_qs, u"risk"_qs}));
    QStringList risks;
    for (const QStringList &row : rows) {
        QCOMPARE(row.size(), header.size());
        risks += row.last().split(u';', Qt::SkipEmptyParts);
        // A revoked or expired key shows only that; the other signs count for live keys.
        if (row.at(2) != u"active"_qs) {
            QCOMPARE(row.last(), row.at(2));
            continue;
        }
        if (row.at(9) == u"none"_qs)
            QVERIFY(row.last().contains(u"full_access"_qs));
        if (row.at(8).isEmpty())
            QVERIFY(row.last().contains(u"never_used"_qs));
    }
    for (const QString &sign : {u"full_access"_qs, u"never_used"_qs, u"revoked"_qs, u"expired"_qs})
        QVERIFY2(risks.contains(sign), qPrintable(sign));
}

void TestSecurityCli::keysExpiringDaysAsJson()
{
    const CliRun result =
        run(QStringList{u"keys"_qs, u"list"_qs} + connection() +
            QStringList{u"--expiring-days"_qs, u"40"_qs, u"--format"_qs, u"json"_qs});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray keys = QJsonDocument::fromJson(result.out).array();
    QVERIFY(!keys.isEmpty());
    for (const QJsonValue &value : keys) {
        const QJsonObject key = value.toObject();
        QCOMPARE(key.value(u"status"_qs).toString(), u"active"_qs);
        const int days = key.value(u"days_left"_qs).toInt(-1);
        QVERIFY2(days >= 0 && days < 40, qPrintable(QString::number(days)));
    }
}

void TestSecurityCli::tokensInactiveAndNeverUsed_data()
{
    QTest::addColumn<QStringList>("filter");
    QTest::newRow("inactive 90 days") << QStringList{u"--inactive-days"_qs, u"90"_qs};
    QTest::newRow("never used") << QStringList{u"--never-used"_qs};
    QTest::newRow("expiring within 60 days") << QStringList{u"--expiring-days"_qs, u"60"_qs};
}

void TestSecurityCli::tokensInactiveAndNeverUsed()
{
    QFETCH(QStringList, filter);
    QList<QStringList> all = csv(u"tokens"_qs, {});
    QList<QStringList> rows = csv(u"tokens"_qs, filter);
    QVERIFY(all.size() > 20 && rows.size() > 1);
    const QStringList header = rows.takeFirst();
    all.removeFirst();
    QCOMPARE(header.first(), u"id"_qs);
    QVERIFY(rows.size() < all.size());
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(60);
    auto when = [&](const QStringList &row, const char *column) {
        return QDateTime::fromString(row.at(header.indexOf(QLatin1String(column))), Qt::ISODate);
    };
    auto wanted = [&](const QStringList &row) {
        if (AccessRisk::isExpired(when(row, "expires_at"), now))
            return false; // the risk filters list live tokens only
        if (filter.first() == u"--never-used"_qs)
            return !when(row, "last_active").isValid();
        if (filter.first() == u"--expiring-days"_qs)
            return AccessRisk::expiresWithin(61, when(row, "expires_at"), now);
        return AccessRisk::unusedFor(90, when(row, "last_active"), when(row, "created_at"), now);
    };
    for (const QStringList &row : rows)
        QVERIFY2(wanted(row), qPrintable(row.join(u',')));
    // Nothing that matches is left out.
    const int expected = int(std::count_if(all.begin(), all.end(), wanted));
    QVERIFY(qAbs(expected - int(rows.size())) <= 1); // a minute's slack on the edges
}

void TestSecurityCli::badUsageExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no action") << QStringList{u"keys"_qs};
    QTest::newRow("unknown action") << QStringList{u"tokens"_qs, u"frobnicate"_qs};
    QTest::newRow("days not a number")
        << QStringList{u"tokens"_qs, u"list"_qs, u"--inactive-days"_qs, u"ninety"_qs};
    QTest::newRow("revoke nothing") << QStringList{u"keys"_qs, u"revoke"_qs, u"--yes"_qs};
    QTest::newRow("missing file") << QStringList{u"tokens"_qs, u"revoke"_qs, u"--from-file"_qs,
                                                 u"/nonexistent/ids"_qs};
}

void TestSecurityCli::badUsageExitsTwo()
{
    QFETCH(QStringList, arguments);
    const CliRun result = run(arguments + connection());
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.outLines().size(), 0);
    QCOMPARE(QString::fromUtf8(result.err).split(u'\n', Qt::SkipEmptyParts).size(), 1);
}

void TestSecurityCli::revokeWithoutTerminalOrYesRefuses()
{
    QList<QStringList> rows = csv(u"tokens"_qs, {});
    const QString id = rows.at(1).first();
    m_server.sandbox()->clearReceivedRequests();
    const CliRun result =
        run(QStringList{u"tokens"_qs, u"revoke"_qs, u"--ids"_qs, id} + connection());
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("--yes"));
    QCOMPARE(deletesReceived(), 0);
}

void TestSecurityCli::revokeTokensPrintsOneLinePerItemAndExitsSixWhenSomeFailed()
{
    QList<QStringList> rows = csv(u"tokens"_qs, {u"--never-used"_qs});
    QVERIFY(rows.size() >= 5);
    const QStringList header = rows.takeFirst();
    // Two ids on the command line, the rest from the file `list` wrote (its first column).
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ids.csv"_qs);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write((header.join(u',') + u"\r\n"_qs).toUtf8());
    for (int i = 2; i < 4; ++i)
        file.write((rows.at(i).join(u',') + u"\r\n"_qs).toUtf8());
    file.close();
    sandbox::FaultRule rule;
    rule.pathPattern = QRegularExpression(QRegularExpression::escape(rows.at(1).first()) + u"$"_qs);
    rule.status = 500;
    rule.count = 0;
    m_server.sandbox()->addFault(rule);

    const CliRun result = run(QStringList{u"tokens"_qs, u"revoke"_qs, u"--ids"_qs,
                                          rows.at(0).first() + u',' + rows.at(1).first(),
                                          u"--from-file"_qs, path, u"--yes"_qs} +
                              connection());
    QCOMPARE(result.exitCode, 6);
    const QStringList lines = result.outLines();
    QCOMPARE(lines.size(), 4);
    QMap<QString, QString> outcome;
    for (const QString &line : lines) {
        const QStringList parts = line.split(u'\t');
        QVERIFY(parts.size() >= 3);
        outcome.insert(parts.at(1), parts.at(0));
        if (parts.at(0) == u"failed"_qs)
            QVERIFY(parts.value(3).contains(u"500"_qs));
        QVERIFY(parts.at(2).contains(u'@')); // label and the owner's e-mail
    }
    QCOMPARE(outcome.value(rows.at(0).first()), u"revoked"_qs);
    QCOMPARE(outcome.value(rows.at(1).first()), u"failed"_qs);
    QCOMPARE(outcome.value(rows.at(2).first()), u"revoked"_qs);
    QCOMPARE(outcome.value(rows.at(3).first()), u"revoked"_qs);
    QVERIFY(result.err.contains("3 revoked, 0 skipped, 1 failed"));

    // The revoked ones are gone; the failed one is still there.
    m_server.sandbox()->clearFaults();
    QSet<QString> left;
    const QList<QStringList> after = csv(u"tokens"_qs, {});
    for (const QStringList &row : after)
        left.insert(row.first());
    QVERIFY(left.contains(rows.at(1).first()));
    QVERIFY(!left.contains(rows.at(0).first()) && !left.contains(rows.at(3).first()));
}

void TestSecurityCli::revokeKeysReportsUnknownIds()
{
    QList<QStringList> rows = csv(u"keys"_qs, {u"--never-used"_qs});
    QVERIFY(rows.size() >= 2);
    const QStringList key = rows.at(1);
    const CliRun result = run(QStringList{u"keys"_qs, u"revoke"_qs, u"--ids"_qs,
                                          key.first() + u",not-a-key"_qs, u"--yes"_qs} +
                              connection());
    QCOMPARE(result.exitCode, 6);
    const QStringList lines = result.outLines();
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.contains(u"revoked\t"_qs + key.first() + u'\t' + key.at(1)));
    QVERIFY(lines.contains(u"failed\tnot-a-key\t\tnot found in the organization"_qs));
    // Again: already revoked is skipped, not failed.
    const CliRun again =
        run(QStringList{u"keys"_qs, u"revoke"_qs, u"--ids"_qs, key.first(), u"--yes"_qs} +
            connection());
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.outLines().value(0).startsWith(u"skipped\t"_qs + key.first()));
}

QTEST_GUILESS_MAIN(TestSecurityCli)
#include "tst_securitycli.moc"
