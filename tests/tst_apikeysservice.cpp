// The admin API keys of the API access service against the sandbox over loopback HTTP: every
// page with the count, every filter, sorting by dates on the server, revocation that sticks.

#include "AccessRisk.h"
#include "AccessServiceTest.h"
#include "ApiAccessService.h"
#include "ApiClient.h"
#include "SandboxServer.h"
#include "TestServer.h"

#include <QSet>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(ApiKeyQuery)

class TestApiKeysService : public AccessServiceTest
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
    void revokedKeyStaysRevoked();
};

void TestApiKeysService::initTestCase()
{
    if (!qEnvironmentVariableIsEmpty("ORGDESK_E2E_BASE_URL"))
        QSKIP("Revokes keys and tokens: sandbox only.");
    QString problem;
    QVERIFY2(startAndListEverything(&problem), qPrintable(problem));
}

void TestApiKeysService::init()
{
    resetSandbox();
}

void TestApiKeysService::keysComePageByPageWithTheCount()
{
    ApiKeyQuery query;
    query.pageSize = 4;
    const AccessListing::Keys listing = allKeys(query);
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

void TestApiKeysService::seededKeysCoverEveryRisk()
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

void TestApiKeysService::keyFilters_data()
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

void TestApiKeysService::keyFilters()
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
    const AccessListing::Keys listing = allKeys(query);
    QVERIFY(!listing.error.isError());
    QSet<QString> got;
    for (const ApiKey &key : listing.items)
        got.insert(key.id);
    QCOMPARE(got, wanted);
    QCOMPARE(countKeys(query), int(wanted.size()));
    Q_UNUSED(now);
}

void TestApiKeysService::keysSortByDates()
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

void TestApiKeysService::revokedKeyStaysRevoked()
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

QTEST_GUILESS_MAIN(TestApiKeysService)
#include "tst_apikeysservice.moc"
