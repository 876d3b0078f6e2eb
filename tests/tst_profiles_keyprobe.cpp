// The key probe against the sandbox over loopback HTTP: what a new key's test says for each way
// it can fail, which areas a scoped and an unscoped key reach, and that probing only reads.
#include "ApiClient.h"
#include "KeyProbe.h"
#include "SandboxServer.h"
#include "TestServer.h"

#include <QTcpServer>
#include <QTest>

#include <optional>

using sandbox::FaultRule;

namespace {

KeyVerdict verify(ApiClient *client, const QString &orgId, const QDate &expiry = {},
                  const QDate &today = {})
{
    KeyProbe probe(client, orgId);
    probe.setKeyExpiry(expiry, today);
    std::optional<KeyVerdict> verdict;
    QObject context;
    probe.verify(&context, [&verdict](const KeyVerdict &v) { verdict = v; });
    if (!QTest::qWaitFor([&verdict] { return verdict.has_value(); }, 30000))
        return KeyVerdict{};
    return *verdict;
}

KeyCapabilities probeAreas(ApiClient *client, const QString &orgId)
{
    std::optional<KeyCapabilities> capabilities;
    QObject context;
    KeyProbe(client, orgId).probeAreas(&context, [&capabilities](const KeyCapabilities &c) {
        capabilities = c;
    });
    if (!QTest::qWaitFor([&capabilities] { return capabilities.has_value(); }, 30000))
        return KeyCapabilities{};
    return *capabilities;
}

} // namespace

class TestKeyProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void acceptedKeyNamesTheOrg();
    void wrongKeyIsSaidInWords();
    void keyPastItsDateIsReportedAsExpired();
    void keyOfAnotherOrgNamesTheOrgItBelongsTo();
    void unreachableServerIsANetworkProblem();
    void rateLimitIsSaidAsSuch();
    void serverFailureIsSaidAsSuch();
    void unscopedKeyReachesUserManagement();
    void scopedKeyIsRefusedByUserManagementWithTheRemedy();
    void probingOnlyReads();

private:
    std::unique_ptr<ApiClient> client(const QString &key, const QUrl &baseUrl = {}) const;

    TestServer m_server;
};

void TestKeyProbe::initTestCase()
{
    sandbox::SandboxOptions options;
    options.users = 50;
    options.seed = 7;
    QVERIFY(m_server.start(options));
    if (m_server.isExternal())
        QSKIP("The key probe tests control the server (faults, keys): sandbox only");
    m_server.sandbox()->addApiKey(QStringLiteral("scoped-key-for-tests"), true);
}

void TestKeyProbe::init()
{
    m_server.sandbox()->clearFaults();
    m_server.sandbox()->clearReceivedRequests();
}

void TestKeyProbe::cleanup()
{
    m_server.sandbox()->clearFaults();
}

std::unique_ptr<ApiClient> TestKeyProbe::client(const QString &key, const QUrl &baseUrl) const
{
    auto apiClient = std::make_unique<ApiClient>(baseUrl.isEmpty() ? m_server.baseUrl() : baseUrl);
    RetryPolicy policy = KeyProbe::interactivePolicy();
    policy.baseBackoffMs = 10;
    policy.maxBackoffMs = 1500;
    apiClient->setRetryPolicy(policy);
    apiClient->setApiKey(key);
    return apiClient;
}

void TestKeyProbe::acceptedKeyNamesTheOrg()
{
    const auto api = client(m_server.apiKey());
    const KeyVerdict verdict = verify(api.get(), m_server.orgId());
    QCOMPARE(verdict.outcome, KeyVerdict::Outcome::Accepted);
    QVERIFY(!verdict.orgName.isEmpty());
}

void TestKeyProbe::wrongKeyIsSaidInWords()
{
    const auto api = client(QStringLiteral("not-a-key"));
    const KeyVerdict verdict = verify(api.get(), m_server.orgId());
    QCOMPARE(verdict.outcome, KeyVerdict::Outcome::WrongKey);
    QVERIFY2(verdict.message.contains(QStringLiteral("refused")), qPrintable(verdict.message));
    QVERIFY(verdict.message.contains(QStringLiteral("Settings > API keys")));
}

void TestKeyProbe::keyPastItsDateIsReportedAsExpired()
{
    const auto api = client(QStringLiteral("a-key-that-expired"));
    const QDate today(2026, 6, 1);
    const KeyVerdict verdict = verify(api.get(), m_server.orgId(), today.addDays(-2), today);
    QCOMPARE(verdict.outcome, KeyVerdict::Outcome::ExpiredKey);
    QVERIFY2(verdict.message.contains(QStringLiteral("expired")), qPrintable(verdict.message));
    QVERIFY(verdict.message.contains(QStringLiteral("Rotate key")));
}

void TestKeyProbe::keyOfAnotherOrgNamesTheOrgItBelongsTo()
{
    const auto api = client(m_server.apiKey());
    const QString otherOrg = QStringLiteral("00000000-1111-4222-8333-444444444444");
    const KeyVerdict verdict = verify(api.get(), otherOrg);
    QCOMPARE(verdict.outcome, KeyVerdict::Outcome::OtherOrg);
    QVERIFY2(verdict.message.contains(m_server.orgId()), qPrintable(verdict.message));
    QVERIFY(verdict.message.contains(otherOrg));
}

void TestKeyProbe::unreachableServerIsANetworkProblem()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QUrl closed(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
    probe.close();
    const auto api = client(m_server.apiKey(), closed);
    const KeyVerdict verdict = verify(api.get(), m_server.orgId());
    QCOMPARE(verdict.outcome, KeyVerdict::Outcome::NoNetwork);
    QVERIFY2(verdict.message.contains(QStringLiteral("Could not reach 127.0.0.1")),
             qPrintable(verdict.message));
}

void TestKeyProbe::rateLimitIsSaidAsSuch()
{
    FaultRule rule;
    rule.pathPattern = QRegularExpression(QStringLiteral("^/admin/"));
    rule.status = 429;
    rule.retryAfter = "1";
    rule.count = 0;
    m_server.sandbox()->addFault(rule);
    const auto api = client(m_server.apiKey());
    const KeyVerdict verdict = verify(api.get(), m_server.orgId());
    QCOMPARE(verdict.outcome, KeyVerdict::Outcome::RateLimited);
    QVERIFY2(verdict.message.contains(QStringLiteral("rate limit")), qPrintable(verdict.message));
}

void TestKeyProbe::serverFailureIsSaidAsSuch()
{
    FaultRule rule;
    rule.pathPattern = QRegularExpression(QStringLiteral("^/admin/"));
    rule.status = 503;
    rule.count = 0;
    m_server.sandbox()->addFault(rule);
    const auto api = client(m_server.apiKey());
    const KeyVerdict verdict = verify(api.get(), m_server.orgId());
    QCOMPARE(verdict.outcome, KeyVerdict::Outcome::ServerTrouble);
    QVERIFY2(verdict.message.contains(QStringLiteral("503")), qPrintable(verdict.message));
}

void TestKeyProbe::unscopedKeyReachesUserManagement()
{
    const auto api = client(m_server.apiKey());
    const KeyCapabilities capabilities = probeAreas(api.get(), m_server.orgId());
    QCOMPARE(capabilities.areas.size(), KeyProbe::allAreas().size());
    QVERIFY(capabilities.reaches(KeyArea::Organization));
    QVERIFY(capabilities.reaches(KeyArea::Directories));
    QVERIFY(capabilities.reaches(KeyArea::Users));
    QVERIFY(capabilities.reaches(KeyArea::UserManagement));
    QCOMPARE(capabilities.refusedCount(), 0);
}

void TestKeyProbe::scopedKeyIsRefusedByUserManagementWithTheRemedy()
{
    const auto api = client(QStringLiteral("scoped-key-for-tests"));
    QCOMPARE(verify(api.get(), m_server.orgId()).outcome, KeyVerdict::Outcome::Accepted);
    const KeyCapabilities capabilities = probeAreas(api.get(), m_server.orgId());
    QVERIFY(capabilities.reaches(KeyArea::Users));
    const AreaAccess userManagement = capabilities.access(KeyArea::UserManagement);
    QCOMPARE(userManagement.status, AreaAccess::Status::Refused);
    QVERIFY2(userManagement.reason.contains(QStringLiteral("scopes")),
             qPrintable(userManagement.reason));
    QVERIFY2(userManagement.remedy.contains(QStringLiteral("without scopes")),
             qPrintable(userManagement.remedy));
    QCOMPARE(capabilities.refusedCount(), 1);
    // The sandbox asked User management about a real account.
    bool askedUserManagement = false;
    for (const sandbox::ReceivedRequest &request : m_server.sandbox()->receivedRequests()) {
        if (request.path.startsWith(QStringLiteral("/users/")) &&
            request.path.endsWith(QStringLiteral("/manage")))
            askedUserManagement = true;
    }
    QVERIFY(askedUserManagement);
}

void TestKeyProbe::probingOnlyReads()
{
    const auto api = client(m_server.apiKey());
    verify(api.get(), m_server.orgId());
    probeAreas(api.get(), m_server.orgId());
    const QList<sandbox::ReceivedRequest> received = m_server.sandbox()->receivedRequests();
    QVERIFY(received.size() >= KeyProbe::allAreas().size());
    for (const sandbox::ReceivedRequest &request : received) {
        const bool read =
            request.method == "GET" ||
            (request.method == "POST" && request.path.endsWith(QStringLiteral("/search")));
        QVERIFY2(read, qPrintable(QString::fromLatin1(request.method) + u' ' + request.path));
    }
}

QTEST_GUILESS_MAIN(TestKeyProbe)
#include "tst_profiles_keyprobe.moc"
