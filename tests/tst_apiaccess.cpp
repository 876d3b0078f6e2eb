// The API access service against the sandbox over loopback HTTP: admin keys and user tokens
// listed with every filter and page by page, the counts, User management's per-account token
// list, revocations that stick, and what a scoped key may not do.

#include "AccessRisk.h"
#include "ApiAccessService.h"
#include "ApiClient.h"
#include "SandboxServer.h"
#include "TestServer.h"
#include "UserService.h"

#include <QSet>
#include <QTest>

#include <memory>

namespace {

template <typename T> struct Listing
{
    QList<T> items;
    int pages = 0;
    ApiError error;
    bool done = false;
};

} // namespace

Q_DECLARE_METATYPE(ApiKeyQuery)
Q_DECLARE_METATYPE(ApiTokenQuery)

class TestApiAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void keysComePageByPageWithTheCount();
    void seededKeysCoverEveryRisk();
    void keyFilters_data();
    void keyFilters();
    void keysSortByDates();
    void tokensComePageByPageWithFiltersResent();
    void tokenFilters_data();
    void tokenFilters();
    void tokensBelongToManagedPeopleSomeSuspended();
    void badCursorAndPageSizeAre400();
    void accountTokensAreABareArray();
    void unmanagedAccountIs403AndUnknownIs404();
    void scopedKeyIsRefusedOnUserManagementOnly();
    void rateLimitHeadersAreSent();
    void revokedKeyStaysRevoked();
    void deletedTokenIsGone();
    void revokeEveryTokenEmptiesTheList();

private:
    Listing<ApiKey> allKeys(const ApiKeyQuery &query = {});
    Listing<ApiToken> allTokens(const ApiTokenQuery &query = {});
    int countKeys(const ApiKeyQuery &query);
    int countTokens(const ApiTokenQuery &query);
    ApiError send(const ApiRequest &request);

    TestServer m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ApiAccessService> m_service;
    QList<ApiKey> m_keys;     // every key, unfiltered, as first listed
    QList<ApiToken> m_tokens; // every token, unfiltered, as first listed
};

void TestApiAccess::initTestCase()
{
    if (!qEnvironmentVariableIsEmpty("ORGDESK_E2E_BASE_URL"))
        QSKIP("Revokes keys and tokens: sandbox only.");
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 800, 5}));
    m_client = std::make_unique<ApiClient>(m_server.baseUrl());
    m_client->setApiKey(m_server.apiKey());
    m_service = std::make_unique<ApiAccessService>(m_client.get(), m_server.orgId());
    m_keys = allKeys().items;
    m_tokens = allTokens().items;
    QVERIFY(m_keys.size() >= 10);
    QVERIFY2(m_tokens.size() >= 40, qPrintable(QString::number(m_tokens.size())));
}

void TestApiAccess::init()
{
    m_server.sandbox()->clearReceivedRequests();
    m_server.sandbox()->clearFaults();
    m_server.sandbox()->setRateLimit(0);
}

Listing<ApiKey> TestApiAccess::allKeys(const ApiKeyQuery &query)
{
    Listing<ApiKey> listing;
    std::unique_ptr<ApiKeyPager> pager(m_service->keys(query));
    connect(pager.get(), &ApiKeyPager::keysReceived, this,
            [&](const QList<ApiKey> &keys, bool hasMore) {
                listing.items += keys;
                ++listing.pages;
                if (hasMore)
                    pager->fetchNext();
                else
                    listing.done = true;
            });
    connect(pager.get(), &Pager::failed, this, [&](const ApiError &error) {
        listing.error = error;
        listing.done = true;
    });
    pager->fetchNext();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(listing.done, 20000); }();
    return listing;
}

Listing<ApiToken> TestApiAccess::allTokens(const ApiTokenQuery &query)
{
    Listing<ApiToken> listing;
    std::unique_ptr<ApiTokenPager> pager(m_service->tokens(query));
    connect(pager.get(), &ApiTokenPager::tokensReceived, this,
            [&](const QList<ApiToken> &tokens, bool hasMore) {
                listing.items += tokens;
                ++listing.pages;
                if (hasMore)
                    pager->fetchNext();
                else
                    listing.done = true;
            });
    connect(pager.get(), &Pager::failed, this, [&](const ApiError &error) {
        listing.error = error;
        listing.done = true;
    });
    pager->fetchNext();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(listing.done, 20000); }();
    return listing;
}

int TestApiAccess::countKeys(const ApiKeyQuery &query)
{
    int count = -2;
    m_service->countKeys(query, this, [&](const ApiResult<int> &result) {
        count = result.ok() ? result.value : -1;
    });
    [&] { QTRY_VERIFY(count != -2); }();
    return count;
}

int TestApiAccess::countTokens(const ApiTokenQuery &query)
{
    int count = -2;
    m_service->countTokens(query, this, [&](const ApiResult<int> &result) {
        count = result.ok() ? result.value : -1;
    });
    [&] { QTRY_VERIFY(count != -2); }();
    return count;
}

ApiError TestApiAccess::send(const ApiRequest &request)
{
    ApiError error;
    bool done = false;
    ApiReply *reply = m_client->send(request);
    connect(reply, &ApiReply::finished, this, [&, reply] {
        error = reply->error();
        done = true;
    });
    [&] { QTRY_VERIFY(done); }();
    return error;
}

void TestApiAccess::keysComePageByPageWithTheCount()
{
    ApiKeyQuery query;
    query.pageSize = 4;
    const Listing<ApiKey> listing = allKeys(query);
    QVERIFY(!listing.error.isError());
    QCOMPARE(listing.items.size(), m_keys.size());
    QCOMPARE(listing.pages, int((m_keys.size() + 3) / 4));
    QSet<QString> ids;
    for (const ApiKey &key : listing.items)
        ids.insert(key.id);
    QCOMPARE(ids.size(), m_keys.size());
    QCOMPARE(countKeys({}), int(m_keys.size()));

    // The second and later pages carry the cursor from links.next and the page size.
    const auto received = m_server.sandbox()->receivedRequests();
    int withCursor = 0;
    for (const sandbox::ReceivedRequest &request : received) {
        if (!request.path.endsWith(u"/api-keys"))
            continue;
        QCOMPARE(request.query.queryItemValue(u"pageSize"_qs), u"4"_qs);
        withCursor += request.query.hasQueryItem(u"cursor"_qs) ? 1 : 0;
    }
    QCOMPARE(withCursor, listing.pages - 1);
}

void TestApiAccess::seededKeysCoverEveryRisk()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int revoked = 0, fullAccess = 0, neverUsed = 0, expired = 0, soon = 0;
    bool sandboxKey = false;
    for (const ApiKey &key : m_keys) {
        QVERIFY(!key.label.isEmpty());
        QVERIFY(key.createdAt.isValid());
        QVERIFY(key.expiresAt.isValid());
        QVERIFY(!key.createdBy.id.isEmpty());
        const AccessRisk::Flags risk = AccessRisk::forKey(key, now);
        revoked += risk.testFlag(AccessRisk::Revoked);
        if (key.isRevoked()) {
            QVERIFY(key.revocationDate.isValid());
            QVERIFY(!key.revokedBy.name.isEmpty());
        }
        fullAccess += risk.testFlag(AccessRisk::FullAccess);
        neverUsed += risk.testFlag(AccessRisk::NeverUsed);
        expired += risk.testFlag(AccessRisk::Expired);
        soon +=
            risk.testFlag(AccessRisk::ExpiresSoon) || risk.testFlag(AccessRisk::ExpiresVerySoon);
        sandboxKey |= key.label == QLatin1String("Orgdesk sandbox");
    }
    QVERIFY(revoked >= 1);
    QVERIFY(fullAccess >= 3);
    QVERIFY(neverUsed >= 2);
    QVERIFY(expired >= 1);
    QVERIFY(soon >= 1);
    QVERIFY(sandboxKey);
}

void TestApiAccess::keyFilters_data()
{
    QTest::addColumn<ApiKeyQuery>("query");
    QTest::addColumn<QString>("rule");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ApiKeyQuery expiringSoon;
    expiringSoon.expiresAt = {now, now.addDays(30)};
    QTest::newRow("expiring within 30 days") << expiringSoon << u"expiring30"_qs;
    ApiKeyQuery expired;
    expired.expiresAt.to = now;
    QTest::newRow("expired") << expired << u"expired"_qs;
    ApiKeyQuery inactive;
    inactive.lastActiveAt.to = now.addDays(-30);
    QTest::newRow("inactive 30 days") << inactive << u"inactive30"_qs;
    ApiKeyQuery unscoped;
    unscoped.keyType = u"UNSCOPED"_qs;
    QTest::newRow("without scopes") << unscoped << u"unscoped"_qs;
    ApiKeyQuery text;
    text.text = u"SYNC"_qs;
    QTest::newRow("text") << text << u"text:sync"_qs;
}

void TestApiAccess::keyFilters()
{
    QFETCH(ApiKeyQuery, query);
    QFETCH(QString, rule);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto expected = [&](const ApiKey &key) {
        if (rule == QLatin1String("expiring30"))
            return key.expiresAt >= query.expiresAt.from && key.expiresAt <= query.expiresAt.to;
        if (rule == QLatin1String("expired"))
            return key.expiresAt <= query.expiresAt.to;
        if (rule == QLatin1String("inactive30"))
            return key.lastActiveAt.isValid() && key.lastActiveAt <= query.lastActiveAt.to;
        if (rule == QLatin1String("unscoped"))
            return !key.hasScopes();
        return key.label.contains(u"sync"_qs, Qt::CaseInsensitive) ||
               key.createdBy.name.contains(u"sync"_qs, Qt::CaseInsensitive) ||
               key.createdBy.email.contains(u"sync"_qs, Qt::CaseInsensitive);
    };
    QSet<QString> wanted;
    for (const ApiKey &key : m_keys) {
        if (expected(key))
            wanted.insert(key.id);
    }
    QVERIFY2(!wanted.isEmpty(), "the seed should hold keys for every filter");
    QVERIFY(wanted.size() < m_keys.size());
    query.pageSize = 3;
    const Listing<ApiKey> listing = allKeys(query);
    QVERIFY(!listing.error.isError());
    QSet<QString> got;
    for (const ApiKey &key : listing.items)
        got.insert(key.id);
    QCOMPARE(got, wanted);
    QCOMPARE(countKeys(query), int(wanted.size()));
    Q_UNUSED(now);
}

void TestApiAccess::keysSortByDates()
{
    ApiKeyQuery query;
    query.sort = {u"expiresAt"_qs, true};
    const QList<ApiKey> keys = allKeys(query).items;
    QCOMPARE(keys.size(), m_keys.size());
    for (int i = 1; i < keys.size(); ++i)
        QVERIFY(keys.at(i - 1).expiresAt >= keys.at(i).expiresAt);
    // The '+' of an ascending sort reaches the server as a plus, not a space.
    query.sort = {u"lastActiveAt"_qs, false};
    const QList<ApiKey> ascending = allKeys(query).items;
    QCOMPARE(ascending.size(), m_keys.size());
    QVERIFY(!ascending.first().lastActiveAt.isValid()); // never used comes first
    for (int i = 1; i < ascending.size(); ++i) {
        if (ascending.at(i - 1).lastActiveAt.isValid())
            QVERIFY(ascending.at(i - 1).lastActiveAt <= ascending.at(i).lastActiveAt);
    }
}

void TestApiAccess::tokensComePageByPageWithFiltersResent()
{
    ApiTokenQuery query;
    query.text = u"a"_qs;
    query.pageSize = 10;
    const Listing<ApiToken> listing = allTokens(query);
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

void TestApiAccess::tokenFilters_data()
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

void TestApiAccess::tokenFilters()
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

void TestApiAccess::tokensBelongToManagedPeopleSomeSuspended()
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

void TestApiAccess::badCursorAndPageSizeAre400()
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

void TestApiAccess::accountTokensAreABareArray()
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

void TestApiAccess::unmanagedAccountIs403AndUnknownIs404()
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

void TestApiAccess::scopedKeyIsRefusedOnUserManagementOnly()
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

void TestApiAccess::rateLimitHeadersAreSent()
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

void TestApiAccess::revokedKeyStaysRevoked()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto live = std::find_if(m_keys.begin(), m_keys.end(), [](const ApiKey &key) {
        return !key.isRevoked() && key.label != QLatin1String("Orgdesk sandbox");
    });
    QVERIFY(live != m_keys.end());
    QVERIFY(!send(ApiAccessService::revokeKeyRequest(m_server.orgId(), live->id)).isError());
    const QList<ApiKey> after = allKeys().items;
    QCOMPARE(after.size(), m_keys.size()); // revoked keys stay listed
    const auto revoked = std::find_if(after.begin(), after.end(),
                                      [&](const ApiKey &key) { return key.id == live->id; });
    QVERIFY(revoked->isRevoked());
    QCOMPARE(revoked->status(now), ApiKey::Status::Revoked);
    QVERIFY(revoked->revocationDate.isValid());
    QVERIFY(!revoked->revokedBy.id.isEmpty());
    // A second revocation is a conflict.
    const ApiError again = send(ApiAccessService::revokeKeyRequest(m_server.orgId(), live->id));
    QCOMPARE(again.kind(), ApiError::Kind::Conflict);
    const ApiError unknown = send(ApiAccessService::revokeKeyRequest(m_server.orgId(), u"nope"_qs));
    QCOMPARE(unknown.kind(), ApiError::Kind::NotFound);
}

void TestApiAccess::deletedTokenIsGone()
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

void TestApiAccess::revokeEveryTokenEmptiesTheList()
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

QTEST_GUILESS_MAIN(TestApiAccess)
#include "tst_apiaccess.moc"
