// Users' API tokens against the sandbox over loopback HTTP: the org-wide list page by page with
// every filter and the count, User management's per-account list (a bare array), what a scoped
// key may not do, the rate-limit headers, a revoked token gone, and "revoke every token".

#include "AccessRisk.h"
#include "AccessServiceTest.h"
#include "ApiAccessService.h"
#include "ApiClient.h"
#include "SandboxServer.h"
#include "TestServer.h"
#include "UserService.h"

#include <QSet>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(ApiTokenQuery)

class TestApiTokensService : public AccessServiceTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void tokensComePageByPageWithFiltersResent();
    void tokenFilters_data();
    void tokenFilters();
    void tokensBelongToManagedPeopleSomeSuspended();
    void badCursorAndPageSizeAre400();
    void accountTokensAreABareArray();
    void unmanagedAccountIs403AndUnknownIs404();
    void scopedKeyIsRefusedOnUserManagementOnly();
    void rateLimitHeadersAreSent();
    void deletedTokenIsGone();
    void revokeEveryTokenEmptiesTheList();
};

void TestApiTokensService::initTestCase()
{
    if (!qEnvironmentVariableIsEmpty("ORGDESK_E2E_BASE_URL"))
        QSKIP("Revokes keys and tokens: sandbox only.");
    QString problem;
    QVERIFY2(startAndListEverything(&problem), qPrintable(problem));
}

void TestApiTokensService::init()
{
    resetSandbox();
}

void TestApiTokensService::tokensComePageByPageWithFiltersResent()
{
    ApiTokenQuery query;
    query.text = u"a"_qs;
    query.pageSize = 10;
    const AccessListing::Tokens listing = allTokens(query);
    QVERIFY(!listing.error.isError());
    QVERIFY(listing.pages >= 3);
    QCOMPARE(countTokens(query), int(listing.items.size()));
    QSet<QString> ids;
    for (const ApiToken &token : listing.items)
        ids.insert(token.id);
    QCOMPARE(ids.size(), listing.items.size());
    for (const sandbox::ReceivedRequest &request : m_server.sandbox()->receivedRequests()) {
        if (request.path.endsWith(u"/api-tokens"))
            QCOMPARE(request.query.queryItemValue(u"q"_qs), u"a"_qs);
    }
}

void TestApiTokensService::tokenFilters_data()
{
    QTest::addColumn<ApiTokenQuery>("query");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ApiTokenQuery inactive;
    inactive.lastActiveAt.to = now.addDays(-90);
    QTest::newRow("last active 90+ days ago") << inactive;
    ApiTokenQuery recent;
    recent.lastActiveAt.from = now.addDays(-60);
    QTest::newRow("last active within 60 days") << recent;
    ApiTokenQuery created;
    created.createdAt = {now.addDays(-400), now.addDays(-200)};
    QTest::newRow("created 200 to 400 days ago") << created;
    ApiTokenQuery expired;
    expired.status = u"EXPIRED"_qs;
    QTest::newRow("status EXPIRED") << expired;
    ApiTokenQuery allowed;
    allowed.status = u"ALLOWED"_qs;
    allowed.sort = {u"createdAt"_qs, true};
    QTest::newRow("status ALLOWED, newest first") << allowed;
}

void TestApiTokensService::tokenFilters()
{
    QFETCH(ApiTokenQuery, query);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto inRange = [](const TimeRange &range, const QDateTime &when) {
        if (!range.isSet())
            return true;
        return when.isValid() && (!range.from.isValid() || when >= range.from) &&
               (!range.to.isValid() || when <= range.to);
    };
    QSet<QString> wanted;
    for (const ApiToken &token : m_tokens) {
        const bool expired = AccessRisk::isExpired(token.expiresAt, now);
        if (!query.status.isEmpty() && (query.status == QLatin1String("EXPIRED")) != expired)
            continue;
        if (inRange(query.createdAt, token.createdAt) &&
            inRange(query.lastActiveAt, token.lastActiveAt))
            wanted.insert(token.id);
    }
    QVERIFY(!wanted.isEmpty());
    QVERIFY(wanted.size() < m_tokens.size());
    query.pageSize = 25;
    const QList<ApiToken> tokens = allTokens(query).items;
    QSet<QString> got;
    for (const ApiToken &token : tokens) {
        got.insert(token.id);
        if (!query.status.isEmpty())
            QCOMPARE(token.status, query.status);
    }
    QCOMPARE(got, wanted);
    QCOMPARE(countTokens(query), int(wanted.size()));
    if (query.sort.isSet()) {
        for (int i = 1; i < tokens.size(); ++i)
            QVERIFY(tokens.at(i - 1).createdAt >= tokens.at(i).createdAt);
    }
}

void TestApiTokensService::tokensBelongToManagedPeopleSomeSuspended()
{
    int neverUsed = 0;
    QSet<QString> owners;
    for (const ApiToken &token : m_tokens) {
        QVERIFY(!token.owner.accountId.isEmpty());
        QVERIFY(!token.owner.email.isEmpty());
        QCOMPARE(token.owner.orgId, m_server.orgId());
        neverUsed += token.lastActiveAt.isValid() ? 0 : 1;
        owners.insert(token.owner.accountId);
    }
    QVERIFY(neverUsed >= 3);
    // The owners' statuses come from the directory: all managed, some suspended or deactivated.
    UserService users(m_client.get(), m_server.orgId());
    const QStringList ids(owners.begin(), owners.end());
    int inactive = 0;
    for (qsizetype start = 0; start < ids.size(); start += 10) {
        UserQuery query;
        query.accountIds = ids.mid(start, 10); // the most users/search takes
        query.expand.clear();
        std::unique_ptr<UserPager> pager(users.search(query));
        QList<DirectoryUser> people;
        bool done = false;
        connect(pager.get(), &UserPager::usersReceived, this,
                [&](const QList<DirectoryUser> &page) {
                    people = page;
                    done = true;
                });
        connect(pager.get(), &Pager::failed, this, [&] { done = true; });
        pager->fetchNext();
        QTRY_VERIFY(done);
        QCOMPARE(people.size(), query.accountIds.size());
        for (const DirectoryUser &person : people) {
            QCOMPARE(person.claimStatus, u"managed"_qs);
            inactive += AccessRisk::isInactiveStatus(person.status) ? 1 : 0;
        }
    }
    QVERIFY2(inactive >= 3, "some tokens should belong to suspended or deactivated people");
}

void TestApiTokensService::badCursorAndPageSizeAre400()
{
    ApiRequest request = ApiRequest::get(
        QStringLiteral("/admin/api-access/v1/orgs/%1/api-tokens").arg(m_server.orgId()));
    request.query.addQueryItem(u"cursor"_qs, u"garbage"_qs);
    QCOMPARE(send(request).httpStatus(), 400);
    request.query.clear();
    request.query.addQueryItem(u"pageSize"_qs, u"0"_qs);
    QCOMPARE(send(request).httpStatus(), 400);
    request.query.clear();
    request.query.addQueryItem(u"lastActiveAtSearchType"_qs, u"sideways"_qs);
    QCOMPARE(send(request).httpStatus(), 400);
}

void TestApiTokensService::accountTokensAreABareArray()
{
    const ApiToken sample = m_tokens.at(3);
    QList<ApiToken> tokens;
    bool done = false;
    m_service->accountTokens(sample.owner.accountId, this,
                             [&](const ApiResult<QList<ApiToken>> &result) {
                                 QVERIFY(result.ok());
                                 tokens = result.value;
                                 done = true;
                             });
    QTRY_VERIFY(done);
    const auto found = std::find_if(tokens.begin(), tokens.end(),
                                    [&](const ApiToken &t) { return t.id == sample.id; });
    QVERIFY(found != tokens.end());
    QCOMPARE(found->label, sample.label);
    QCOMPARE(found->createdAt, sample.createdAt);
    QCOMPARE(found->lastActiveAt, sample.lastActiveAt);
    QCOMPARE(found->expiresAt, sample.expiresAt);
    QCOMPARE(found->owner.accountId, sample.owner.accountId);
}

void TestApiTokensService::unmanagedAccountIs403AndUnknownIs404()
{
    const ApiError notFound =
        send(ApiRequest::get(u"/users/000000000000000000000000/manage/api-tokens"_qs));
    QCOMPARE(notFound.httpStatus(), 404);
    QCOMPARE(notFound.serverCode(), u"accountNotFound"_qs);

    UserService users(m_client.get(), m_server.orgId());
    UserQuery query;
    query.claimStatus = u"unmanaged"_qs;
    query.limit = 1;
    std::unique_ptr<UserPager> pager(users.search(query));
    QString unmanaged;
    connect(pager.get(), &UserPager::usersReceived, this,
            [&](const QList<DirectoryUser> &page) { unmanaged = page.value(0).accountId; });
    pager->fetchNext();
    QTRY_VERIFY(!unmanaged.isEmpty());
    const ApiError forbidden =
        send(ApiRequest::get(QStringLiteral("/users/%1/manage/api-tokens").arg(unmanaged)));
    QCOMPARE(forbidden.httpStatus(), 403);
}

void TestApiTokensService::scopedKeyIsRefusedOnUserManagementOnly()
{
    m_server.sandbox()->addApiKey(u"scoped-security-key"_qs, true);
    ApiClient scoped(m_server.baseUrl());
    scoped.setApiKey(u"scoped-security-key"_qs);
    ApiAccessService service(&scoped, m_server.orgId());
    ApiError userManagement;
    bool done = false;
    service.accountTokens(m_tokens.first().owner.accountId, this,
                          [&](const ApiResult<QList<ApiToken>> &result) {
                              userManagement = result.error;
                              done = true;
                          });
    QTRY_VERIFY(done);
    QCOMPARE(userManagement.kind(), ApiError::Kind::Forbidden);
    int count = -2;
    service.countKeys(
        {}, this, [&](const ApiResult<int> &result) { count = result.ok() ? result.value : -1; });
    QTRY_VERIFY(count != -2);
    QVERIFY(count > 0);
}

void TestApiTokensService::rateLimitHeadersAreSent()
{
    m_server.sandbox()->setRateLimit(500);
    QByteArray limit, remaining, reset;
    bool done = false;
    ApiReply *reply = m_client->send(ApiRequest::get(
        QStringLiteral("/admin/api-access/v1/orgs/%1/api-tokens").arg(m_server.orgId())));
    connect(reply, &ApiReply::finished, this, [&, reply] {
        limit = reply->rawHeader("X-RateLimit-Limit");
        remaining = reply->rawHeader("X-RateLimit-Remaining");
        reset = reply->rawHeader("X-RateLimit-Reset");
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(limit, QByteArray("500"));
    QVERIFY(!remaining.isEmpty());
    QVERIFY(QDateTime::fromString(QString::fromLatin1(reset), Qt::ISODateWithMs).isValid());
}

void TestApiTokensService::deletedTokenIsGone()
{
    const ApiToken victim = m_tokens.at(5);
    const int before = countTokens({});
    QVERIFY(
        !send(ApiAccessService::revokeTokenRequest(victim.owner.accountId, victim.id)).isError());
    QCOMPARE(countTokens({}), before - 1);
    const QList<ApiToken> after = allTokens().items;
    QVERIFY(std::none_of(after.begin(), after.end(),
                         [&](const ApiToken &token) { return token.id == victim.id; }));
    const ApiError again =
        send(ApiAccessService::revokeTokenRequest(victim.owner.accountId, victim.id));
    QCOMPARE(again.httpStatus(), 404);
    QCOMPARE(again.serverCode(), u"notFound"_qs);
}

void TestApiTokensService::revokeEveryTokenEmptiesTheList()
{
    QVERIFY(countTokens({}) > 0);
    ApiError error;
    bool done = false;
    m_service->revokeEveryToken(this, [&](const ApiError &result) {
        error = result;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(!error.isError());
    QCOMPARE(countTokens({}), 0);
    QCOMPARE(countKeys({}), int(m_keys.size())); // keys are another matter
}

QTEST_GUILESS_MAIN(TestApiTokensService)
#include "tst_apitokensservice.moc"
