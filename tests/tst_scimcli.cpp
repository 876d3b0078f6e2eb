// orgdesk-cli's scim commands and profile scim-key against the sandbox: each verb, what the
// server received, exit codes, asking first (and refusing without a terminal), and the SCIM key
// kept in the keychain with the profile.

#include "CliProcess.h"
#include "KeychainCredentialStore.h"
#include "SandboxServer.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using sandbox::ReceivedRequest;
using sandbox::ScimDirectoryInfo;

class TestScimCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void badUsageIsExitTwo_data();
    void badUsageIsExitTwo();
    void usersListWalksEveryPage();
    void usersListFiltersAndPages();
    void aWrongKeyIsExitThreeInWords();
    void usersGetPrintsTheRecord();
    void changesAskFirst_data();
    void changesAskFirst();
    void deactivateActivateAndDelete();
    void someFailedIsExitSix();
    void groupsListAndMembers();
    void linksByEmailAndAccount();
    // In order: the check sees the seeded cases before the repairs change them.
    void checkReportsTheSeededProblems();
    void unlinkAsksThenUnlinks();
    void deleteRecordsOfAnAccount();
    void profileKeepsTheScimKey();

private:
    CliResult scim(const QStringList &arguments, const QString &scimKey = {},
                   const QByteArray &input = {}) const;
    QStringList directoryArgs(int directory = 0) const
    {
        return {QStringLiteral("--directory"), m_directories.at(directory).directoryId,
                QStringLiteral("--base-url"), m_server.baseUrl().toString()};
    }
    QStringList orgArgs() const
    {
        return {QStringLiteral("--org-id"), m_server.orgId(), QStringLiteral("--base-url"),
                m_server.baseUrl().toString()};
    }
    QString recordId(const QString &userName) const;
    QList<ReceivedRequest> received(const QByteArray &method, const QString &pathPart) const;

    TestServer m_server;
    QList<ScimDirectoryInfo> m_directories;
    QTemporaryDir m_config;
};

namespace {

QJsonArray jsonRows(const CliResult &result)
{
    return QJsonDocument::fromJson(result.out).array();
}

} // namespace

void TestScimCli::initTestCase()
{
    if (!qEnvironmentVariableIsEmpty("ORGDESK_E2E_BASE_URL"))
        QSKIP("Needs the sandbox's SCIM directories and their keys.");
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 1000, 5}));
    m_directories = m_server.sandbox()->scimDirectories();
    QCOMPARE(m_directories.size(), 2);
}

void TestScimCli::init()
{
    m_server.sandbox()->clearReceivedRequests();
}

CliResult TestScimCli::scim(const QStringList &arguments, const QString &scimKey,
                            const QByteArray &input) const
{
    QProcessEnvironment environment = cliEnvironment(m_server.apiKey());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
    if (scimKey.isEmpty())
        environment.remove(QStringLiteral("ORGDESK_SCIM_KEY"));
    else
        environment.insert(QStringLiteral("ORGDESK_SCIM_KEY"), scimKey);
    CliResult result = runCli(arguments, environment, input, 60000);
    for (const ScimDirectoryInfo &directory : m_directories) {
        if (result.out.contains(directory.apiKey.toUtf8()) ||
            result.err.contains(directory.apiKey.toUtf8())) {
            qWarning("orgdesk-cli printed a SCIM key");
            result.exitCode = -2;
        }
    }
    return result;
}

QString TestScimCli::recordId(const QString &userName) const
{
    const CliResult found =
        scim(QStringList{QStringLiteral("scim"), QStringLiteral("users"), QStringLiteral("list"),
                         QStringLiteral("--user-name"), userName, QStringLiteral("--format"),
                         QStringLiteral("json")} +
                 directoryArgs(),
             m_directories.at(0).apiKey);
    const QJsonArray rows = jsonRows(found);
    return rows.size() == 1 ? rows.first()[QStringLiteral("id")].toString() : QString();
}

QList<ReceivedRequest> TestScimCli::received(const QByteArray &method,
                                             const QString &pathPart) const
{
    QList<ReceivedRequest> found;
    for (const ReceivedRequest &request : m_server.sandbox()->receivedRequests()) {
        if (request.method == method && request.path.contains(pathPart))
            found.append(request);
    }
    return found;
}

void TestScimCli::badUsageIsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    const QString dir = QStringLiteral("--directory");
    QTest::newRow("no verb") << QStringList{QStringLiteral("scim")} << QStringLiteral("takes");
    QTest::newRow("unknown users verb")
        << QStringList{QStringLiteral("scim"), QStringLiteral("users"), QStringLiteral("purge")}
        << QStringLiteral("'scim users' takes");
    QTest::newRow("no directory") << QStringList{QStringLiteral("scim"), QStringLiteral("users"),
                                                 QStringLiteral("list")}
                                  << QStringLiteral("--directory ID");
    QTest::newRow("bad directory id")
        << QStringList{QStringLiteral("scim"), QStringLiteral("users"), QStringLiteral("list"), dir,
                       QStringLiteral("../admin")}
        << QStringLiteral("--directory takes");
    QTest::newRow("count over 100")
        << QStringList{QStringLiteral("scim"), QStringLiteral("users"),
                       QStringLiteral("list"), dir,
                       QStringLiteral("d"),    QStringLiteral("--count"),
                       QStringLiteral("500")}
        << QStringLiteral("1 to 100");
    QTest::newRow("two filters")
        << QStringList{QStringLiteral("scim"), QStringLiteral("users"),
                       QStringLiteral("list"), dir,
                       QStringLiteral("d"),    QStringLiteral("--user-name"),
                       QStringLiteral("a"),    QStringLiteral("--external-id"),
                       QStringLiteral("b")}
        << QStringLiteral("one attribute");
    QTest::newRow("links without whom")
        << QStringList{QStringLiteral("scim"), QStringLiteral("links")}
        << QStringLiteral("--email E or --account ID");
    QTest::newRow("unlink without record")
        << QStringList{QStringLiteral("scim"), QStringLiteral("unlink"), dir, QStringLiteral("d")}
        << QStringLiteral("--scim-user");
    QTest::newRow("scim-key without directory")
        << QStringList{QStringLiteral("profile"), QStringLiteral("scim-key"),
                       QStringLiteral("test"), QStringLiteral("--profile"), QStringLiteral("P")}
        << QStringLiteral("--directory ID");
}

void TestScimCli::badUsageIsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const CliResult result = scim(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(QString::fromUtf8(result.err).contains(says), result.err.constData());
    QVERIFY(m_server.sandbox()->receivedRequests().isEmpty());
}

void TestScimCli::aWrongKeyIsExitThreeInWords()
{
    // The organization's key is not a SCIM key.
    const CliResult result =
        scim(QStringList{QStringLiteral("scim"), QStringLiteral("users"), QStringLiteral("list")} +
                 directoryArgs(),
             m_server.apiKey());
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("This is not this directory's SCIM key; the organization's API "
                                 "key does not work here."),
             result.err.constData());
    QVERIFY(result.out.isEmpty());
    const CliResult noKey =
        scim(QStringList{QStringLiteral("scim"), QStringLiteral("users"), QStringLiteral("list")} +
             directoryArgs());
    QCOMPARE(noKey.exitCode, 2);
    QVERIFY(noKey.err.contains("no SCIM key"));
}

void TestScimCli::usersListWalksEveryPage()
{
    const CliResult result =
        scim(QStringList{QStringLiteral("scim"), QStringLiteral("users"), QStringLiteral("list"),
                         QStringLiteral("--format"), QStringLiteral("csv")} +
                 directoryArgs(),
             m_directories.at(0).apiKey);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QStringList lines = result.outLines();
    QCOMPARE(lines.first().trimmed(),
             QStringLiteral("id,user_name,external_id,display_name,active,email,account_id,groups,"
                            "last_modified"));
    QVERIFY2(lines.size() > 151, qPrintable(QString::number(lines.size())));
    const QList<ReceivedRequest> pages = received("GET", QStringLiteral("/Users"));
    QVERIFY(pages.size() >= 2);
    QCOMPARE(pages.at(1).query.queryItemValue(QStringLiteral("startIndex")), QStringLiteral("101"));
    QCOMPARE(pages.at(0).header("Authorization"), "Bearer " + m_directories.at(0).apiKey.toUtf8());
}

void TestScimCli::usersListFiltersAndPages()
{
    const CliResult sam =
        scim(QStringList{QStringLiteral("scim"), QStringLiteral("users"), QStringLiteral("list"),
                         QStringLiteral("--user-name"), QStringLiteral("sam.okafor@acmelabs.io"),
                         QStringLiteral("--format"), QStringLiteral("json")} +
                 directoryArgs(),
             m_directories.at(0).apiKey);
    QVERIFY2(sam.exitCode == 0, sam.err.constData());
    const QJsonArray rows = jsonRows(sam);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first()[QStringLiteral("email")].toString(),
             QStringLiteral("sam.okafor@acmelabs.io"));
    QCOMPARE(rows.first()[QStringLiteral("account_id")].toString(), QString());
    QCOMPARE(received("GET", QStringLiteral("/Users"))
                 .first()
                 .query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded),
             QStringLiteral("userName eq \"sam.okafor@acmelabs.io\""));

    const CliResult page =
        scim(QStringList{QStringLiteral("scim"), QStringLiteral("users"), QStringLiteral("list"),
                         QStringLiteral("--start-index"), QStringLiteral("11"),
                         QStringLiteral("--count"), QStringLiteral("7"), QStringLiteral("--format"),
                         QStringLiteral("json")} +
                 directoryArgs(),
             m_directories.at(0).apiKey);
    QCOMPARE(page.exitCode, 0);
    QCOMPARE(jsonRows(page).size(), 7);
    QCOMPARE(received("GET", QStringLiteral("/Users")).size(), 2); // one page only
}

void TestScimCli::usersGetPrintsTheRecord()
{
    const QString id = recordId(QStringLiteral("jordan.ellis@acmelabs.io"));
    QVERIFY(!id.isEmpty());
    const CliResult got =
        scim(QStringList{QStringLiteral("scim"), QStringLiteral("users"), QStringLiteral("get"),
                         QStringLiteral("--scim-user"), id} +
                 directoryArgs(),
             m_directories.at(0).apiKey);
    QVERIFY2(got.exitCode == 0, got.err.constData());
    const QJsonObject record = QJsonDocument::fromJson(got.out).object();
    QCOMPARE(record.value(QStringLiteral("id")).toString(), id);
    QVERIFY(record.contains(QStringLiteral("meta")));
    const CliResult missing =
        scim(QStringList{QStringLiteral("scim"), QStringLiteral("users"), QStringLiteral("get"),
                         QStringLiteral("--scim-user"), QStringLiteral("no-such-record")} +
                 directoryArgs(),
             m_directories.at(0).apiKey);
    QCOMPARE(missing.exitCode, 4);
    QVERIFY(missing.err.contains("Not found in this directory"));
}

void TestScimCli::changesAskFirst_data()
{
    QTest::addColumn<QString>("verb");
    QTest::newRow("deactivate") << QStringLiteral("deactivate");
    QTest::newRow("delete") << QStringLiteral("delete");
}

void TestScimCli::changesAskFirst()
{
    QFETCH(QString, verb);
    const QString id = recordId(QStringLiteral("jordan.ellis@acmelabs.io"));
    m_server.sandbox()->clearReceivedRequests();
    const CliResult refused = scim(QStringList{QStringLiteral("scim"), QStringLiteral("users"),
                                               verb, QStringLiteral("--scim-user"), id} +
                                       directoryArgs(),
                                   m_directories.at(0).apiKey, "yes\n");
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("Pass --yes"), refused.err.constData());
    QVERIFY(received("PATCH", QStringLiteral("/Users")).isEmpty());
    QVERIFY(received("DELETE", QStringLiteral("/Users")).isEmpty());
}

void TestScimCli::deactivateActivateAndDelete()
{
    const QString id = recordId(QStringLiteral("jordan.ellis@acmelabs.io"));
    const QStringList base =
        QStringList{QStringLiteral("--scim-user"), id, QStringLiteral("--yes")} + directoryArgs();
    const CliResult off = scim(
        QStringList{QStringLiteral("scim"), QStringLiteral("users"), QStringLiteral("deactivate")} +
            base,
        m_directories.at(0).apiKey);
    QVERIFY2(off.exitCode == 0, off.err.constData());
    QCOMPARE(off.outLines(),
             QStringList{QStringLiteral("deactivated\t%1\tjordan.ellis@acmelabs.io\t").arg(id)});
    const QList<ReceivedRequest> patches = received("PATCH", QStringLiteral("/Users/") + id);
    QCOMPARE(patches.size(), 1);
    const QJsonObject operation = QJsonDocument::fromJson(patches.first().body)
                                      .object()
                                      .value(QStringLiteral("Operations"))[0]
                                      .toObject();
    QCOMPARE(operation.value(QStringLiteral("value")).toBool(true), false);

    const CliResult on = scim(
        QStringList{QStringLiteral("scim"), QStringLiteral("users"), QStringLiteral("activate")} +
            base,
        m_directories.at(0).apiKey);
    QVERIFY2(on.exitCode == 0, on.err.constData());
    QVERIFY(on.out.startsWith("activated\t"));

    const CliResult deleted = scim(
        QStringList{QStringLiteral("scim"), QStringLiteral("users"), QStringLiteral("delete")} +
            base,
        m_directories.at(0).apiKey);
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
    QVERIFY(deleted.out.startsWith("deleted\t"));
    QCOMPARE(received("DELETE", QStringLiteral("/Users/") + id).size(), 1);
    QVERIFY(recordId(QStringLiteral("jordan.ellis@acmelabs.io")).isEmpty());
}

void TestScimCli::someFailedIsExitSix()
{
    const QString id = recordId(QStringLiteral("sam.okafor@acmelabs.io"));
    const CliResult result =
        scim(QStringList{QStringLiteral("scim"), QStringLiteral("users"),
                         QStringLiteral("activate"), QStringLiteral("--scim-user"),
                         id + QStringLiteral(",no-such-record"), QStringLiteral("--yes")} +
                 directoryArgs(),
             m_directories.at(0).apiKey);
    QCOMPARE(result.exitCode, 6);
    QVERIFY(result.out.contains("failed\tno-such-record"));
    QVERIFY(result.out.contains("activated\t" + id.toUtf8()));
}

void TestScimCli::groupsListAndMembers()
{
    const CliResult groups =
        scim(QStringList{QStringLiteral("scim"), QStringLiteral("groups"), QStringLiteral("list"),
                         QStringLiteral("--format"), QStringLiteral("json")} +
                 directoryArgs(),
             m_directories.at(0).apiKey);
    QVERIFY2(groups.exitCode == 0, groups.err.constData());
    const QJsonArray rows = jsonRows(groups);
    QVERIFY(!rows.isEmpty());
    QJsonObject withMembers;
    for (const QJsonValue &row : rows) {
        if (row[QStringLiteral("members")].toInt() > 0)
            withMembers = row.toObject();
    }
    QVERIFY(!withMembers.isEmpty());
    const CliResult members = scim(QStringList{QStringLiteral("scim"), QStringLiteral("groups"),
                                               QStringLiteral("members"), QStringLiteral("--group"),
                                               withMembers.value(QStringLiteral("id")).toString(),
                                               QStringLiteral("--format"), QStringLiteral("csv")} +
                                       directoryArgs(),
                                   m_directories.at(0).apiKey);
    QVERIFY2(members.exitCode == 0, members.err.constData());
    QCOMPARE(members.outLines().size(), 1 + withMembers.value(QStringLiteral("members")).toInt());
}

void TestScimCli::linksByEmailAndAccount()
{
    const CliResult byEmail =
        scim(QStringList{QStringLiteral("scim"), QStringLiteral("links"), QStringLiteral("--email"),
                         QStringLiteral("wojciech.kowalski@acmelabs.io"),
                         QStringLiteral("--format"), QStringLiteral("json")} +
             orgArgs());
    QVERIFY2(byEmail.exitCode == 0, byEmail.err.constData());
    const QJsonArray rows = jsonRows(byEmail);
    QCOMPARE(rows.size(), 2);
    const QString accountId = rows.first()[QStringLiteral("account_id")].toString();
    const CliResult byAccount = scim(
        QStringList{QStringLiteral("scim"), QStringLiteral("links"), QStringLiteral("--account"),
                    accountId, QStringLiteral("--format"), QStringLiteral("csv")} +
        orgArgs());
    QCOMPARE(byAccount.exitCode, 0);
    QCOMPARE(byAccount.outLines().size(), 3);
    QCOMPARE(received("GET", QStringLiteral("/get-scim-links")).first().header("Authorization"),
             "Bearer " + m_server.apiKey().toUtf8());
}

void TestScimCli::checkReportsTheSeededProblems()
{
    const CliResult result =
        scim(QStringList{QStringLiteral("scim"), QStringLiteral("check"),
                         QStringLiteral("--format"), QStringLiteral("json"),
                         QStringLiteral("--directory"), m_directories.at(0).directoryId} +
                 orgArgs(),
             m_directories.at(0).apiKey);
    QCOMPARE(result.exitCode, 6);
    const QJsonArray rows = jsonRows(result);
    QStringList kinds;
    for (const QJsonValue &row : rows) {
        kinds.append(row[QStringLiteral("kind")].toString());
        QVERIFY(!row[QStringLiteral("reason")].toString().isEmpty());
        QVERIFY(!row[QStringLiteral("repair_steps")].toString().isEmpty());
        if (row[QStringLiteral("kind")] == QStringLiteral("unlinked_record"))
            QCOMPARE(row[QStringLiteral("user_name")].toString(),
                     QStringLiteral("sam.okafor@acmelabs.io"));
    }
    QVERIFY2(kinds.contains(QStringLiteral("unlinked_record")) &&
                 kinds.contains(QStringLiteral("email_differs")),
             qPrintable(kinds.join(u',')));
    QVERIFY2(result.err.contains("problem(s) in"), result.err.constData());

    const CliResult csv =
        scim(QStringList{QStringLiteral("scim"), QStringLiteral("check"),
                         QStringLiteral("--format"), QStringLiteral("csv"),
                         QStringLiteral("--directory"), m_directories.at(0).directoryId} +
                 orgArgs(),
             m_directories.at(0).apiKey);
    QCOMPARE(csv.exitCode, 6);
    QCOMPARE(csv.outLines().size(), rows.size() + 1);
}

void TestScimCli::unlinkAsksThenUnlinks()
{
    const QString id = recordId(QStringLiteral("priya.sharma.2019@acmelabs.io"));
    QVERIFY(!id.isEmpty());
    const QStringList arguments =
        QStringList{QStringLiteral("scim"),        QStringLiteral("unlink"),
                    QStringLiteral("--directory"), m_directories.at(0).directoryId,
                    QStringLiteral("--scim-user"), id,
                    QStringLiteral("--format"),    QStringLiteral("json"),
                    QStringLiteral("--org-id"),    m_server.orgId(),
                    QStringLiteral("--base-url"),  m_server.baseUrl().toString()};
    m_server.sandbox()->clearReceivedRequests();
    const CliResult refused = scim(arguments);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(received("PATCH", QStringLiteral("/unlink")).isEmpty());
    const CliResult unlinked = scim(arguments + QStringList{QStringLiteral("--yes")});
    QVERIFY2(unlinked.exitCode == 0, unlinked.err.constData());
    QCOMPARE(jsonRows(unlinked).first()[QStringLiteral("account_id")].toString(), QString());
    QCOMPARE(received("PATCH", QStringLiteral("/unlink")).size(), 1);
}

void TestScimCli::deleteRecordsOfAnAccount()
{
    const CliResult links =
        scim(QStringList{QStringLiteral("scim"), QStringLiteral("links"), QStringLiteral("--email"),
                         QStringLiteral("wojciech.kowalski@acmelabs.io"),
                         QStringLiteral("--format"), QStringLiteral("json")} +
             orgArgs());
    const QString accountId = jsonRows(links).first()[QStringLiteral("account_id")].toString();
    const QStringList arguments =
        QStringList{QStringLiteral("scim"),      QStringLiteral("delete-records"),
                    QStringLiteral("--account"), accountId,
                    QStringLiteral("--format"),  QStringLiteral("csv")} +
        orgArgs();
    const CliResult refused = scim(arguments, {}, "2\n");
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains("Pass --yes"));
    QVERIFY(received("DELETE", QStringLiteral("/onlyDeleteUserInDB")).isEmpty());
    const CliResult deleted = scim(arguments + QStringList{QStringLiteral("--yes")});
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
    QCOMPARE(deleted.outLines().size(), 3);
    const CliResult again = scim(arguments + QStringList{QStringLiteral("--yes")});
    QCOMPARE(again.exitCode, 4);
    QVERIFY(again.err.contains("nothing to delete"));
}

void TestScimCli::profileKeepsTheScimKey()
{
    KeychainCredentialStore store;
    bool answered = false;
    CredentialResult probe;
    store.read(QStringLiteral("tst_scimcli/probe"), this, [&](const CredentialResult &r) {
        answered = true;
        probe = r;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
    if (probe.isUnavailable()) {
        if (qEnvironmentVariableIntValue("ORGDESK_REQUIRE_KEYCHAIN"))
            QFAIL(qPrintable(QStringLiteral("No keychain: ") + probe.message));
        QSKIP("No Secret Service answers on this session bus; run through "
              "scripts/test-session.sh");
    }
    const QString directory = m_directories.at(0).directoryId;
    const CliResult added =
        scim({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("--name"),
              QStringLiteral("ScimAcme"), QStringLiteral("--org-id"), m_server.orgId(),
              QStringLiteral("--base-url"), m_server.baseUrl().toString()},
             {}, m_server.apiKey().toUtf8() + '\n');
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const QStringList keyArgs{QStringLiteral("--profile"), QStringLiteral("ScimAcme"),
                              QStringLiteral("--directory"), directory};

    // The organization's key is refused, in words, and not saved.
    const CliResult wrong = scim(
        QStringList{QStringLiteral("profile"), QStringLiteral("scim-key"), QStringLiteral("set")} +
            keyArgs,
        {}, m_server.apiKey().toUtf8() + '\n');
    QCOMPARE(wrong.exitCode, 3);
    QVERIFY2(wrong.err.contains("not saved") && wrong.err.contains("not this directory's SCIM key"),
             wrong.err.constData());
    const CliResult none = scim(
        QStringList{QStringLiteral("profile"), QStringLiteral("scim-key"), QStringLiteral("test")} +
        keyArgs);
    QCOMPARE(none.exitCode, 1);
    QVERIFY(none.err.contains("has no SCIM key"));

    const CliResult set = scim(
        QStringList{QStringLiteral("profile"), QStringLiteral("scim-key"), QStringLiteral("set")} +
            keyArgs,
        {}, m_directories.at(0).apiKey.toUtf8() + '\n');
    QVERIFY2(set.exitCode == 0, set.err.constData());
    QVERIFY(set.out.contains("Saved the SCIM key"));
    const CliResult test = scim(
        QStringList{QStringLiteral("profile"), QStringLiteral("scim-key"), QStringLiteral("test")} +
        keyArgs);
    QVERIFY2(test.exitCode == 0, test.err.constData());
    QVERIFY(test.out.contains("works; the directory holds"));

    const CliResult listed =
        scim({QStringLiteral("scim"), QStringLiteral("users"), QStringLiteral("list"),
              QStringLiteral("--profile"), QStringLiteral("ScimAcme"),
              QStringLiteral("--directory"), directory, QStringLiteral("--count"),
              QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QCOMPARE(listed.outLines().size(), 3);
    // With the profile, the check takes every directory it has a key for.
    const CliResult check =
        scim({QStringLiteral("scim"), QStringLiteral("check"), QStringLiteral("--profile"),
              QStringLiteral("ScimAcme"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(check.exitCode, 6);

    const CliResult removed =
        scim(QStringList{QStringLiteral("profile"), QStringLiteral("scim-key"),
                         QStringLiteral("remove")} +
             keyArgs);
    QVERIFY2(removed.exitCode == 0, removed.err.constData());
    const CliResult gone = scim(
        QStringList{QStringLiteral("profile"), QStringLiteral("scim-key"), QStringLiteral("test")} +
        keyArgs);
    QCOMPARE(gone.exitCode, 1);
    scim({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("ScimAcme")});
}

QTEST_GUILESS_MAIN(TestScimCli)
#include "tst_scimcli.moc"
