// The SCIM client services against the sandbox over loopback HTTP: a directory's records and
// groups with its own key (paging past 100, filters, writes), what a wrong key, a bad filter and
// server faults say, that the SCIM key never leaves its directory, the org-key link-repair
// routes, the link check on the seeded org, and the 409 push repaired end to end.

#include "ApiClient.h"
#include "Await.h"
#include "ManageService.h"
#include "SandboxServer.h"
#include "ScimLink.h"
#include "ScimLinkCheckRunner.h"
#include "ScimLinkReportCsv.h"
#include "ScimService.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using sandbox::FaultRule;
using sandbox::ReceivedRequest;
using sandbox::ScimDirectoryInfo;

class TestScimService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void parsesDefensively_data();
    void parsesDefensively();
    void filterValuesAreEscaped();
    void listsEveryPagePastAHundred();
    void onePageAtATime();
    void filtersByUserNameAndExternalId();
    void aBadFilterIsSaidInWords();
    void aWrongKeyIsSaidInWords_data();
    void aWrongKeyIsSaidInWords();
    void theKeyNeverLeavesItsDirectory();
    void serverFaultsAreRetried_data();
    void serverFaultsAreRetried();
    void checkKinds_data();
    void checkKinds();
    // These run in order on one sandbox: the check sees the seeded cases before the repairs.
    void linkCheckFindsEverySeededProblem();
    void linkRoutesFindRecordsByEmailAndAccount();
    void deactivateActivateAndDeleteARecord();
    void groupsAndTheirMembers();
    void pushConflictIsRepairedStepByStep();
    void deleteRecordsOfAnAccount();

private:
    ScimService &okta() { return *m_okta; }
    QList<ReceivedRequest> received(const QString &pathSuffix) const;
    QString userId(const QString &userName, ScimService &service);

    TestServer m_server;
    QList<ScimDirectoryInfo> m_directories;
    std::unique_ptr<ApiClient> m_orgClient;
    std::unique_ptr<ApiClient> m_oktaClient;
    std::unique_ptr<ApiClient> m_entraClient;
    std::unique_ptr<ScimService> m_okta;
    std::unique_ptr<ScimService> m_entra;
    std::unique_ptr<ScimLinkService> m_links;
};

namespace {

RetryPolicy quickRetries()
{
    RetryPolicy policy;
    policy.baseBackoffMs = 5;
    policy.maxBackoffMs = 20;
    return policy;
}

QList<ScimLinkFinding> ofKind(const QList<ScimLinkFinding> &findings, ScimLinkFinding::Kind kind)
{
    QList<ScimLinkFinding> found;
    for (const ScimLinkFinding &finding : findings) {
        if (finding.kind == kind)
            found.append(finding);
    }
    return found;
}

} // namespace

void TestScimService::initTestCase()
{
    if (!qEnvironmentVariableIsEmpty("ORGDESK_E2E_BASE_URL"))
        QSKIP("Needs the sandbox's SCIM directories and their keys.");
    // About 170 records in the Okta directory: enough to page past 100.
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 1000, 5}));
    m_directories = m_server.sandbox()->scimDirectories();
    QCOMPARE(m_directories.size(), 2);
    m_orgClient = std::make_unique<ApiClient>(m_server.baseUrl());
    m_orgClient->setApiKey(m_server.apiKey());
    m_orgClient->setRetryPolicy(quickRetries());
    m_oktaClient.reset(ScimService::makeClient(m_server.baseUrl(), m_directories.at(0).directoryId,
                                               m_directories.at(0).apiKey));
    m_oktaClient->setRetryPolicy(quickRetries());
    m_entraClient.reset(ScimService::makeClient(m_server.baseUrl(), m_directories.at(1).directoryId,
                                                m_directories.at(1).apiKey));
    m_entraClient->setRetryPolicy(quickRetries());
    m_okta = std::make_unique<ScimService>(m_oktaClient.get(), m_directories.at(0).directoryId);
    m_entra = std::make_unique<ScimService>(m_entraClient.get(), m_directories.at(1).directoryId);
    m_links = std::make_unique<ScimLinkService>(m_orgClient.get(), m_server.orgId());
}

void TestScimService::init()
{
    m_server.sandbox()->clearFaults();
    m_server.sandbox()->clearReceivedRequests();
}

QList<ReceivedRequest> TestScimService::received(const QString &pathSuffix) const
{
    QList<ReceivedRequest> found;
    for (const ReceivedRequest &request : m_server.sandbox()->receivedRequests()) {
        if (request.path.endsWith(pathSuffix))
            found.append(request);
    }
    return found;
}

QString TestScimService::userId(const QString &userName, ScimService &service)
{
    ScimQuery query;
    query.filter = ScimQuery::equals(QStringLiteral("userName"), userName);
    std::unique_ptr<ScimUserPager> pager(service.users(query));
    const auto listing = Await::allPages(pager.get(), &ScimUserPager::usersReceived);
    if (listing.error.isError() || listing.items.size() != 1)
        return QString();
    return listing.items.first().id;
}

void TestScimService::parsesDefensively_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("isRecord");
    QTest::addColumn<QString>("email");
    QTest::newRow("no id") << QByteArray(R"({"userName":"a@b.c"})") << false << QString();
    QTest::newRow("id not a string") << QByteArray(R"({"id":7})") << false << QString();
    QTest::newRow("wrong types everywhere")
        << QByteArray(R"({"id":"x","userName":[1],"active":{},"emails":"a@b.c","groups":7,)"
                      R"("meta":[],"urn:scim:schemas:extension:atlassian-external:1.0":"z"})")
        << true << QString();
    QTest::newRow("primary wins") << QByteArray(
                                         R"({"id":"x","emails":[{"value":"first@b.c"},)"
                                         R"({"value":"second@b.c","primary":true},{"value":3}]})")
                                  << true << QStringLiteral("second@b.c");
    QTest::newRow("first without primary")
        << QByteArray(R"({"id":"x","emails":[null,{"value":"first@b.c","primary":"False"}]})")
        << true << QStringLiteral("first@b.c");
}

void TestScimService::parsesDefensively()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, isRecord);
    QFETCH(QString, email);
    const std::optional<ScimUser> user = ScimUser::fromJson(QJsonDocument::fromJson(json).object());
    QCOMPARE(user.has_value(), isRecord);
    if (!user)
        return;
    QCOMPARE(user->primaryEmail(), email);
    QVERIFY(!user->lastModified.isValid());
    QCOMPARE(user->raw, QJsonDocument::fromJson(json).object()); // kept whole for a detail view
}

void TestScimService::filterValuesAreEscaped()
{
    // a"b\c becomes "a\"b\\c".
    QCOMPARE(ScimQuery::equals(QStringLiteral("userName"), QStringLiteral("a\"b\\c")),
             QStringLiteral("userName eq \"a\\\"b\\\\c\""));
    ScimQuery query;
    query.count = 500;
    query.startIndex = -3;
    const QUrlQuery items = query.toUrlQuery();
    QCOMPARE(items.queryItemValue(QStringLiteral("count")), QStringLiteral("100"));
    QCOMPARE(items.queryItemValue(QStringLiteral("startIndex")), QStringLiteral("1"));
}

void TestScimService::listsEveryPagePastAHundred()
{
    std::unique_ptr<ScimUserPager> pager(okta().users(ScimQuery()));
    const auto listing = Await::allPages(pager.get(), &ScimUserPager::usersReceived);
    QVERIFY2(!listing.error.isError(), qPrintable(listing.error.userMessage()));
    QVERIFY2(listing.items.size() > 150, qPrintable(QString::number(listing.items.size())));
    QCOMPARE(listing.items.size(), pager->totalResults());
    QSet<QString> ids;
    for (const ScimUser &user : listing.items)
        ids.insert(user.id);
    QCOMPARE(ids.size(), listing.items.size()); // each record once

    // What the server received: 1-based pages of 100, with the directory's own key.
    const QList<ReceivedRequest> pages = received(QStringLiteral("/Users"));
    QCOMPARE(pages.size(), listing.pages);
    QCOMPARE(pages.at(0).query.queryItemValue(QStringLiteral("startIndex")), QStringLiteral("1"));
    QCOMPARE(pages.at(1).query.queryItemValue(QStringLiteral("startIndex")), QStringLiteral("101"));
    for (const ReceivedRequest &page : pages) {
        QCOMPARE(page.query.queryItemValue(QStringLiteral("count")), QStringLiteral("100"));
        QCOMPARE(page.header("Authorization"), "Bearer " + m_directories.at(0).apiKey.toUtf8());
        QVERIFY(page.path.startsWith(QStringLiteral("/scim/directory/") +
                                     m_directories.at(0).directoryId));
    }
}

void TestScimService::onePageAtATime()
{
    ScimQuery query;
    query.count = 30;
    std::unique_ptr<ScimUserPager> pager(okta().users(query));
    QSignalSpy page(pager.get(), &ScimUserPager::usersReceived);
    pager->fetchNext();
    QVERIFY(page.wait(10000));
    QCOMPARE(page.first().at(0).value<QList<ScimUser>>().size(), 30);
    QCOMPARE(page.first().at(1).toBool(), true);
    QVERIFY(pager->hasMore());
    QCOMPARE(received(QStringLiteral("/Users")).size(), 1); // no page asked for ahead
}

void TestScimService::filtersByUserNameAndExternalId()
{
    ScimQuery query;
    query.filter =
        ScimQuery::equals(QStringLiteral("userName"), QStringLiteral("sam.okafor@acmelabs.io"));
    std::unique_ptr<ScimUserPager> pager(okta().users(query));
    auto listing = Await::allPages(pager.get(), &ScimUserPager::usersReceived);
    QVERIFY(!listing.error.isError());
    QCOMPARE(listing.items.size(), 1);
    const ScimUser sam = listing.items.first();
    QCOMPARE(sam.userName, QStringLiteral("sam.okafor@acmelabs.io"));
    QVERIFY(sam.atlassianAccountId.isEmpty()); // the seeded unlinked record
    QVERIFY(sam.lastModified.isValid());
    QCOMPARE(received(QStringLiteral("/Users"))
                 .first()
                 .query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded),
             query.filter);

    query.filter = ScimQuery::equals(QStringLiteral("externalId"), sam.externalId);
    pager.reset(okta().users(query));
    listing = Await::allPages(pager.get(), &ScimUserPager::usersReceived);
    QCOMPARE(listing.items.size(), 1);
    QCOMPARE(listing.items.first().id, sam.id);

    // Nothing matches: an empty listing, not an error.
    query.filter = ScimQuery::equals(QStringLiteral("userName"), QStringLiteral("no\"one"));
    pager.reset(okta().users(query));
    listing = Await::allPages(pager.get(), &ScimUserPager::usersReceived);
    QVERIFY2(!listing.error.isError(), qPrintable(listing.error.userMessage()));
    QCOMPARE(listing.items.size(), 0);
}

void TestScimService::aBadFilterIsSaidInWords()
{
    ScimQuery query;
    query.filter = QStringLiteral("userName co \"sam\"");
    std::unique_ptr<ScimUserPager> pager(okta().users(query));
    const auto listing = Await::allPages(pager.get(), &ScimUserPager::usersReceived);
    QCOMPARE(listing.error.kind(), ApiError::Kind::BadRequest);
    QCOMPARE(listing.error.httpStatus(), 400);
    QCOMPARE(listing.error.serverCode(), QStringLiteral("invalidFilter"));
    QVERIFY2(listing.error.userMessage().contains(QStringLiteral("refused the filter")) &&
                 listing.error.userMessage().contains(QStringLiteral("userName or externalId")),
             qPrintable(listing.error.userMessage()));
    QCOMPARE(received(QStringLiteral("/Users")).size(), 1); // a 400 is not tried again
}

void TestScimService::aWrongKeyIsSaidInWords_data()
{
    QTest::addColumn<int>("which"); // 0: the org key, 1: the other directory's key
    QTest::newRow("organization key") << 0;
    QTest::newRow("other directory's key") << 1;
}

void TestScimService::aWrongKeyIsSaidInWords()
{
    QFETCH(int, which);
    const QString key = which == 0 ? m_server.apiKey() : m_directories.at(1).apiKey;
    std::unique_ptr<ApiClient> client(
        ScimService::makeClient(m_server.baseUrl(), m_directories.at(0).directoryId, key));
    ScimService service(client.get(), m_directories.at(0).directoryId);
    const ApiResult<QJsonObject> result = Await::wait<QJsonObject>(
        [&](QObject *context, auto done) { service.serviceProviderConfig(context, done); });
    QCOMPARE(result.error.kind(), ApiError::Kind::Unauthorized);
    QVERIFY2(result.error.userMessage().startsWith(
                 QStringLiteral("This is not this directory's SCIM key; the organization's API "
                                "key does not work here.")),
             qPrintable(result.error.userMessage()));
    // The org key keeps its own sentence on the org's routes.
    ApiClient orgWithScimKey(m_server.baseUrl());
    orgWithScimKey.setApiKey(m_directories.at(0).apiKey);
    const ApiResult<QList<ScimLink>> links = Await::wait<QList<ScimLink>>([&](QObject *c, auto d) {
        ScimLinkService(&orgWithScimKey, m_server.orgId())
            .linksOfEmail(QStringLiteral("sam.okafor@acmelabs.io"), c, d);
    });
    QCOMPARE(links.error.kind(), ApiError::Kind::Unauthorized);
    QVERIFY(!links.error.userMessage().contains(QStringLiteral("SCIM key")));
}

void TestScimService::theKeyNeverLeavesItsDirectory()
{
    // A path outside the directory is refused before anything is sent.
    const ApiResult<QJsonObject> outside = Await::wait<QJsonObject>([&](QObject *c, auto d) {
        deliverTo<QJsonObject>(
            m_oktaClient->send(ApiRequest::get(QStringLiteral("/admin/v1/orgs"))), c,
            [](const QJsonDocument &doc) -> std::optional<QJsonObject> { return doc.object(); }, d);
    });
    QVERIFY(outside.error.isError());
    const QString sneaky = ScimService::directoryPath(m_directories.at(0).directoryId) +
                           QStringLiteral("/../") + m_directories.at(1).directoryId +
                           QStringLiteral("/Users");
    const ApiResult<QJsonObject> dotted = Await::wait<QJsonObject>([&](QObject *c, auto d) {
        deliverTo<QJsonObject>(
            m_oktaClient->send(ApiRequest::get(sneaky)), c,
            [](const QJsonDocument &doc) -> std::optional<QJsonObject> { return doc.object(); }, d);
    });
    QVERIFY(dotted.error.isError());
    QVERIFY(m_server.sandbox()->receivedRequests().isEmpty());

    // A redirect out of the directory, on the same host, is not followed with the key.
    FaultRule rule;
    rule.pathPattern = QRegularExpression(QStringLiteral("/ServiceProviderConfig$"));
    rule.kind = FaultRule::Redirect;
    rule.status = 307;
    rule.location = "/admin/v1/orgs";
    m_server.sandbox()->addFault(rule);
    const ApiResult<QJsonObject> redirected = Await::wait<QJsonObject>(
        [&](QObject *context, auto done) { okta().serviceProviderConfig(context, done); });
    QCOMPARE(redirected.error.kind(), ApiError::Kind::Redirected);
    QVERIFY(received(QStringLiteral("/admin/v1/orgs")).isEmpty());
}

void TestScimService::serverFaultsAreRetried_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("500") << 500;
    QTest::newRow("503") << 503;
}

void TestScimService::serverFaultsAreRetried()
{
    QFETCH(int, status);
    FaultRule rule;
    rule.pathPattern = QRegularExpression(QStringLiteral("^/scim/directory/[^/]+/Users$"));
    rule.status = status;
    rule.count = 2;
    m_server.sandbox()->addFault(rule);
    ScimQuery query;
    query.count = 5;
    std::unique_ptr<ScimUserPager> pager(okta().users(query));
    QSignalSpy page(pager.get(), &ScimUserPager::usersReceived);
    pager->fetchNext();
    QVERIFY(page.wait(10000));
    QCOMPARE(page.first().at(0).value<QList<ScimUser>>().size(), 5);
    QCOMPARE(received(QStringLiteral("/Users")).size(), 3); // two faults, then the page

    // One fault too many: said in words, after the client's retries.
    rule.count = 0;
    m_server.sandbox()->addFault(rule);
    pager.reset(okta().users(query));
    const auto listing = Await::allPages(pager.get(), &ScimUserPager::usersReceived);
    QCOMPARE(listing.error.kind(), ApiError::Kind::Server);
    QVERIFY2(listing.error.userMessage().contains(QStringLiteral("SCIM service failed")),
             qPrintable(listing.error.userMessage()));
}

void TestScimService::checkKinds_data()
{
    using Kind = ScimLinkFinding::Kind;
    QTest::addColumn<QByteArray>("record"); // one record of the directory
    QTest::addColumn<QString>("status");    // the account's (a1, ann@x.io) status
    QTest::addColumn<QList<int>>("kinds");  // what the check finds
    const QByteArray linked = R"("urn:scim:schemas:extension:atlassian-external:1.0":)"
                              R"({"atlassianAccountId":"a1"})";
    QTest::newRow("all well") << (R"({"id":"r","userName":"ann@x.io","active":true,)" + linked +
                                  "}")
                              << QStringLiteral("active") << QList<int>{};
    QTest::newRow("unlinked") << QByteArray(R"({"id":"r","userName":"ann@x.io"})")
                              << QStringLiteral("active")
                              << QList<int>{int(Kind::UnlinkedRecord),
                                            int(Kind::AccountWithoutRecord)};
    QTest::newRow("e-mail differs")
        << (R"({"id":"r","userName":"a@x.io","emails":[{"value":"a@x.io"}],)" + linked + "}")
        << QStringLiteral("active") << QList<int>{int(Kind::EmailDiffers)};
    QTest::newRow("active, account suspended")
        << (R"({"id":"r","userName":"ann@x.io","active":true,)" + linked + "}")
        << QStringLiteral("suspended") << QList<int>{int(Kind::ActiveButAccountInactive)};
    QTest::newRow("inactive, account active")
        << (R"({"id":"r","userName":"ann@x.io","active":false,)" + linked + "}")
        << QStringLiteral("active") << QList<int>{int(Kind::InactiveButAccountActive)};
    QTest::newRow("orphan")
        << QByteArray(R"({"id":"r","userName":"gone@x.io","urn:scim:schemas:extension:)"
                      R"(atlassian-external:1.0":{"atlassianAccountId":"gone"}})")
        << QStringLiteral("active")
        << QList<int>{int(Kind::OrphanRecord), int(Kind::AccountWithoutRecord)};
}

void TestScimService::checkKinds()
{
    QFETCH(QByteArray, record);
    QFETCH(QString, status);
    QFETCH(QList<int>, kinds);
    ScimCheckDirectory directory{QStringLiteral("d1"),
                                 QStringLiteral("Okta"),
                                 QStringLiteral("org-d"),
                                 {*ScimUser::fromJson(QJsonDocument::fromJson(record).object())}};
    const ScimCheckAccount account{
        QStringLiteral("a1"),     QStringLiteral("Ann"),     QStringLiteral("ann@x.io"), status,
        QStringLiteral("active"), QStringLiteral("managed"), {QStringLiteral("org-d")}};
    const ScimLinkReport report = ScimLinkCheck::run({directory}, {account});
    QList<int> found;
    for (const ScimLinkFinding &finding : report.findings) {
        found.append(int(finding.kind));
        QVERIFY(!finding.reason.isEmpty());
        QVERIFY(!ScimLinkFinding::repairText(finding.repair).isEmpty());
    }
    QCOMPARE(found, kinds);
    QCOMPARE(report.recordsChecked, 1);
}

void TestScimService::linkCheckFindsEverySeededProblem()
{
    QList<ScimLinkCheckRunner::Source> sources;
    for (int i = 0; i < m_directories.size(); ++i)
        sources.append({m_directories.at(i).directoryId, m_directories.at(i).name, QString(),
                        i == 0 ? m_oktaClient.get() : m_entraClient.get()});
    ScimLinkCheckRunner runner(m_orgClient.get(), m_server.orgId(), sources);
    QSignalSpy finished(&runner, &ScimLinkCheckRunner::finished);
    QSignalSpy failed(&runner, &ScimLinkCheckRunner::failed);
    runner.start();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 30000);
    QVERIFY2(failed.isEmpty(),
             qPrintable(failed.value(0).value(0).value<ApiError>().userMessage()));
    const auto report = finished.first().first().value<ScimLinkReport>();
    using Kind = ScimLinkFinding::Kind;
    const auto userNames = [&](Kind kind) {
        QStringList names;
        for (const ScimLinkFinding &finding : ofKind(report.findings, kind))
            names.append(finding.userName);
        names.sort();
        return names;
    };
    QCOMPARE(userNames(Kind::OrphanRecord),
             QStringList{QStringLiteral("jordan.ellis@acmelabs.io")});
    QCOMPARE(userNames(Kind::UnlinkedRecord),
             QStringList{QStringLiteral("sam.okafor@acmelabs.io")});
    QCOMPARE(userNames(Kind::DuplicateRecords),
             (QStringList{QStringLiteral("wojciech.kowalski@acmelabs.io"),
                          QStringLiteral("wojciech.kowalski@acmelabs.io")}));
    const QList<ScimLinkFinding> differs = ofKind(report.findings, Kind::EmailDiffers);
    QCOMPARE(differs.size(), 2); // the short address, and Priya's old record
    const QStringList differing = userNames(Kind::EmailDiffers);
    QVERIFY(differing.contains(QStringLiteral("priya.sharma.2019@acmelabs.io")));
    for (const ScimLinkFinding &finding : differs) {
        QCOMPARE(finding.repair, ScimLinkFinding::Repair::ChangeAccountEmail);
        QVERIFY(finding.reason.contains(finding.accountEmail));
    }
    const ScimLinkFinding duplicate = ofKind(report.findings, Kind::DuplicateRecords).first();
    QVERIFY2(duplicate.reason.contains(m_directories.at(0).name) &&
                 duplicate.reason.contains(m_directories.at(1).name),
             qPrintable(duplicate.reason));
    // The Okta directory fills its org directory: accounts there without a record are named;
    // the Entra one, with a single record, fills nothing the check could tell.
    QVERIFY(report.notes.size() == 1 && report.notes.first().contains(m_directories.at(1).name));
    // Every account the Okta directory should push has its record: none is named wrongly.
    QCOMPARE(ofKind(report.findings, Kind::AccountWithoutRecord).size(), 0);
    // The seeded people whose access is suspended while their records say active.
    const QList<ScimLinkFinding> activeButNot =
        ofKind(report.findings, Kind::ActiveButAccountInactive);
    QVERIFY(!activeButNot.isEmpty());
    QVERIFY(activeButNot.first().reason.contains(QStringLiteral("suspended")));
    QVERIFY(report.recordsChecked > 150);

    const QByteArray csv = ScimLinkReportCsv::toCsv(report.findings);
    QVERIFY(csv.startsWith("kind,directory_id,directory,scim_user_id,user_name"));
    QCOMPARE(csv.count("\r\n"), report.findings.size() + 1);
    QVERIFY(csv.contains("orphan_record,"));
}

void TestScimService::linkRoutesFindRecordsByEmailAndAccount()
{
    const QString address = QStringLiteral("wojciech.kowalski@acmelabs.io");
    const ApiResult<QList<ScimLink>> byEmail = Await::wait<QList<ScimLink>>(
        [&](QObject *c, auto d) { m_links->linksOfEmail(address, c, d); });
    QVERIFY2(byEmail.ok(), qPrintable(byEmail.error.userMessage()));
    QCOMPARE(byEmail.value.size(), 2);
    QSet<QString> directories;
    for (const ScimLink &link : byEmail.value)
        directories.insert(link.directoryId);
    QCOMPARE(directories,
             (QSet<QString>{m_directories.at(0).directoryId, m_directories.at(1).directoryId}));
    const QString accountId = byEmail.value.first().atlassianAccountId;
    const ApiResult<QList<ScimLink>> byAccount = Await::wait<QList<ScimLink>>(
        [&](QObject *c, auto d) { m_links->linksOfAccount(accountId, c, d); });
    QCOMPARE(byAccount.value.size(), 2);
    // The org key, never a SCIM key, on these routes.
    const QList<ReceivedRequest> sent = received(QStringLiteral("/get-scim-links"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().header("Authorization"), "Bearer " + m_server.apiKey().toUtf8());
}

void TestScimService::deactivateActivateAndDeleteARecord()
{
    const ApiResult<ScimUser> made = Await::wait<ScimUser>([&](QObject *c, auto d) {
        okta().createUser(ScimService::newUser(QStringLiteral("scim.client@acmelabs.io"),
                                               QStringLiteral("Scim Client")),
                          c, d);
    });
    QVERIFY2(made.ok(), qPrintable(made.error.userMessage()));
    QVERIFY(!made.value.atlassianAccountId.isEmpty());
    const ApiResult<ScimUser> off = Await::wait<ScimUser>(
        [&](QObject *c, auto d) { okta().setActive(made.value.id, false, c, d); });
    QCOMPARE(off.value.active, std::optional<bool>(false));
    const ReceivedRequest patch = received(QStringLiteral("/Users/") + made.value.id).last();
    QCOMPARE(patch.method, QByteArray("PATCH"));
    const QJsonObject body = QJsonDocument::fromJson(patch.body).object();
    QCOMPARE(body.value(QStringLiteral("Operations"))[0][QStringLiteral("path")].toString(),
             QStringLiteral("active"));
    const ApiResult<ScimUser> on = Await::wait<ScimUser>(
        [&](QObject *c, auto d) { okta().setActive(made.value.id, true, c, d); });
    QCOMPARE(on.value.active, std::optional<bool>(true));

    // Attributes: PATCH changes one, PUT replaces the record (what it leaves out is cleared).
    const ApiResult<ScimUser> titled = Await::wait<ScimUser>([&](QObject *c, auto d) {
        okta().patchUser(made.value.id,
                         {QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                      {QStringLiteral("path"), QStringLiteral("title")},
                                      {QStringLiteral("value"), QStringLiteral("Lead")}}},
                         c, d);
    });
    QCOMPARE(titled.value.raw.value(QStringLiteral("title")).toString(), QStringLiteral("Lead"));
    QJsonObject replacement = ScimService::newUser(QStringLiteral("scim.client@acmelabs.io"), {});
    replacement.insert(QStringLiteral("nickName"), QStringLiteral("Scimmy"));
    const ApiResult<ScimUser> replaced = Await::wait<ScimUser>(
        [&](QObject *c, auto d) { okta().replaceUser(made.value.id, replacement, c, d); });
    QVERIFY2(replaced.ok(), qPrintable(replaced.error.userMessage()));
    QCOMPARE(replaced.value.raw.value(QStringLiteral("nickName")).toString(),
             QStringLiteral("Scimmy"));
    QVERIFY(!replaced.value.raw.contains(QStringLiteral("title")));
    QVERIFY(replaced.value.displayName.isEmpty());
    QCOMPARE(received(QStringLiteral("/Users/") + made.value.id).last().method, QByteArray("PUT"));

    QVERIFY(!Await::waitDone([&](QObject *c, auto d) {
                 okta().deleteUser(made.value.id, c, d);
             }).isError());
    const ApiResult<ScimUser> gone =
        Await::wait<ScimUser>([&](QObject *c, auto d) { okta().user(made.value.id, c, d); });
    QCOMPARE(gone.error.kind(), ApiError::Kind::NotFound);
    QVERIFY2(gone.error.userMessage().contains(QStringLiteral("this directory")),
             qPrintable(gone.error.userMessage()));
}

void TestScimService::groupsAndTheirMembers()
{
    const QString first = userId(QStringLiteral("wojciech.kowalski@acmelabs.io"), okta());
    const QString second = userId(QStringLiteral("priya.sharma.2019@acmelabs.io"), okta());
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    const ApiResult<ScimGroup> made = Await::wait<ScimGroup>([&](QObject *c, auto d) {
        okta().createGroup(QStringLiteral("scim-client-team"), QString(), {first}, c, d);
    });
    QVERIFY2(made.ok(), qPrintable(made.error.userMessage()));
    QCOMPARE(made.value.members.size(), 1);
    const ApiResult<ScimGroup> added = Await::wait<ScimGroup>([&](QObject *c, auto d) {
        okta().changeMembers(made.value.id, ScimService::MemberChange::Add, {second}, c, d);
    });
    QCOMPARE(added.value.members.size(), 2);
    const ApiResult<ScimGroup> removed = Await::wait<ScimGroup>([&](QObject *c, auto d) {
        okta().changeMembers(made.value.id, ScimService::MemberChange::Remove, {first}, c, d);
    });
    QCOMPARE(removed.value.members.size(), 1);
    QCOMPARE(removed.value.members.first().value, second);

    std::unique_ptr<ScimGroupPager> pager(okta().groups(ScimQuery()));
    const auto listing = Await::allPages(pager.get(), &ScimGroupPager::groupsReceived);
    QVERIFY(std::any_of(listing.items.cbegin(), listing.items.cend(),
                        [&](const ScimGroup &g) { return g.id == made.value.id; }));
    const ApiResult<ScimGroup> twice = Await::wait<ScimGroup>([&](QObject *c, auto d) {
        okta().createGroup(QStringLiteral("scim-client-team"), QString(), {}, c, d);
    });
    QCOMPARE(twice.error.kind(), ApiError::Kind::Conflict);
    QVERIFY(!Await::waitDone([&](QObject *c, auto d) {
                 okta().deleteGroup(made.value.id, c, d);
             }).isError());
}

void TestScimService::pushConflictIsRepairedStepByStep()
{
    const QString address = QStringLiteral("priya.sharma@acmelabs.io");
    const QJsonObject push = ScimService::newUser(address, QStringLiteral("Priya Sharma"));
    const ApiResult<ScimUser> refused =
        Await::wait<ScimUser>([&](QObject *c, auto d) { okta().createUser(push, c, d); });
    QCOMPARE(refused.error.kind(), ApiError::Kind::Conflict);
    QCOMPARE(refused.error.serverCode(), QStringLiteral("uniqueness"));
    QVERIFY2(refused.error.userMessage().contains(QStringLiteral("change the conflicting "
                                                                 "account's e-mail")),
             qPrintable(refused.error.userMessage()));

    // 1. Which record holds the address: unlink it.
    const ApiResult<QList<ScimLink>> links = Await::wait<QList<ScimLink>>(
        [&](QObject *c, auto d) { m_links->linksOfEmail(address, c, d); });
    QCOMPARE(links.value.size(), 1);
    const ScimLink old = links.value.first();
    const ApiResult<QList<ScimLink>> unlinked = Await::wait<QList<ScimLink>>(
        [&](QObject *c, auto d) { m_links->unlink(old.directoryId, old.scimUserId, c, d); });
    QVERIFY2(unlinked.ok(), qPrintable(unlinked.error.userMessage()));
    QVERIFY(unlinked.value.first().atlassianAccountId.isEmpty());

    // 2. Free the address on the account (User management).
    const ManageService manage(m_orgClient.get());
    const ApiError moved = Await::waitDone([&](QObject *c, auto d) {
        manage.setEmail(old.atlassianAccountId, QStringLiteral("priya.sharma.old@acmelabs.io"), c,
                        d);
    });
    QVERIFY2(!moved.isError(), qPrintable(moved.userMessage()));

    // 3. The push goes through.
    const ApiResult<ScimUser> pushed =
        Await::wait<ScimUser>([&](QObject *c, auto d) { okta().createUser(push, c, d); });
    QVERIFY2(pushed.ok(), qPrintable(pushed.error.userMessage()));
    QVERIFY(!pushed.value.atlassianAccountId.isEmpty());
    QVERIFY(pushed.value.atlassianAccountId != old.atlassianAccountId);
    QCOMPARE(pushed.value.primaryEmail(), address);
}

void TestScimService::deleteRecordsOfAnAccount()
{
    const ApiResult<QList<ScimLink>> links = Await::wait<QList<ScimLink>>([&](QObject *c, auto d) {
        m_links->linksOfEmail(QStringLiteral("wojciech.kowalski@acmelabs.io"), c, d);
    });
    QCOMPARE(links.value.size(), 2);
    const QString accountId = links.value.first().atlassianAccountId;
    const ApiResult<QList<ScimLink>> deleted = Await::wait<QList<ScimLink>>(
        [&](QObject *c, auto d) { m_links->deleteRecordsOfAccount(accountId, c, d); });
    QVERIFY2(deleted.ok(), qPrintable(deleted.error.userMessage()));
    QCOMPARE(deleted.value.size(), 2);
    QVERIFY(userId(QStringLiteral("wojciech.kowalski@acmelabs.io"), *m_entra).isEmpty());
    const QList<ReceivedRequest> sent = received(QStringLiteral("/onlyDeleteUserInDB"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().method, QByteArray("DELETE"));
}

QTEST_GUILESS_MAIN(TestScimService)
#include "tst_scimservice.moc"
