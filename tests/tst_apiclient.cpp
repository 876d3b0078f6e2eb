#include "ApiClient.h"
#include "ApiResult.h"
#include "SandboxServer.h"
#include "TestServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using sandbox::FaultRule;

// The ApiClient against the sandbox over loopback HTTP: what the server received, and what the
// caller got back.
class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void sendsKeyAndCommonHeaders();
    void keyNeverInTheLog();
    void realErrorsFromTheServer();
    void errorStatusesMapToKinds_data();
    void errorStatusesMapToKinds();
    void malformedBodyIsABadResponse();
    void rateLimitPausesTheWholeClientThenResumes();
    void rateLimitThatOutlastsTheWaitsFails();
    void transientReadRetriesAreBounded();
    void writesAreNotRetried();
    void droppedConnectionIsRetriedForReads();
    void slowAnswerTimesOut();
    void abortFinishesAsCancelled();
    void destroyedContextNeverGetsTheCallback();
    void nextLinkToAnotherHostIsRefused();
    void allowedBaseUrls_data();
    void allowedBaseUrls();

private:
    ApiReply *getOrg() { return m_client->send(ApiRequest::get(orgPath())); }
    QString orgPath() const { return u"/admin/v1/orgs/"_qs + m_server.orgId(); }
    int receivedCount() const { return int(m_server.sandbox()->receivedRequests().size()); }
    // A reply deletes itself once finished: copy what the test needs while it is there.
    struct Outcome
    {
        bool finished = false;
        bool ok = false;
        ApiError error;
        int status = 0;
        int attempts = 0;
        QJsonDocument json;
    };
    static std::shared_ptr<Outcome> watch(ApiReply *reply)
    {
        auto outcome = std::make_shared<Outcome>();
        QObject::connect(reply, &ApiReply::finished, reply, [reply, outcome] {
            *outcome = {
                true,         reply->ok(), reply->error(), reply->httpStatus(), reply->attempts(),
                reply->json()};
        });
        return outcome;
    }
    static Outcome await(ApiReply *reply)
    {
        const auto outcome = watch(reply);
        if (!QTest::qWaitFor([&] { return outcome->finished; }, 20000))
            qWarning("the reply never finished");
        return *outcome;
    }
    void addFault(FaultRule::Kind kind, int status, int count, const QByteArray &method = {},
                  const QByteArray &retryAfter = {}, int delayMs = 0);

    TestServer m_server;
    std::unique_ptr<ApiClient> m_client;
};

void TestApiClient::initTestCase()
{
    if (!qEnvironmentVariableIsEmpty("ORGDESK_E2E_BASE_URL"))
        QSKIP("These tests inject faults: they need the in-process sandbox.");
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 200, 3}));
}

void TestApiClient::init()
{
    m_client = std::make_unique<ApiClient>(m_server.baseUrl());
    m_client->setApiKey(m_server.apiKey());
    RetryPolicy fast;
    fast.baseBackoffMs = 20;
    fast.maxBackoffMs = 2000;
    m_client->setRetryPolicy(fast);
    m_server.sandbox()->clearFaults();
    m_server.sandbox()->setRateLimit(0);
    m_server.sandbox()->clearReceivedRequests();
}

void TestApiClient::cleanup()
{
    m_client.reset();
}

void TestApiClient::addFault(FaultRule::Kind kind, int status, int count, const QByteArray &method,
                             const QByteArray &retryAfter, int delayMs)
{
    FaultRule rule;
    rule.pathPattern = QRegularExpression(QRegularExpression::escape(orgPath()) + u"$"_qs);
    rule.method = method;
    rule.kind = kind;
    rule.status = status;
    rule.count = count;
    rule.retryAfter = retryAfter;
    rule.delayMs = delayMs;
    m_server.sandbox()->addFault(rule);
}

void TestApiClient::sendsKeyAndCommonHeaders()
{
    const Outcome reply = await(getOrg());
    QVERIFY2(reply.ok, qPrintable(reply.error.detailedMessage()));
    QCOMPARE(reply.json[u"data"_qs][u"id"_qs].toString(), m_server.orgId());

    const auto received = m_server.sandbox()->receivedRequests();
    QCOMPARE(received.size(), 1);
    const sandbox::ReceivedRequest &request = received.first();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, orgPath());
    QCOMPARE(request.header("Authorization"), "Bearer " + m_server.apiKey().toUtf8());
    QCOMPARE(request.header("Accept"), QByteArray("application/json"));
    QVERIFY(request.header("User-Agent").startsWith("Orgdesk/"));
}

void TestApiClient::keyNeverInTheLog()
{
    // The key typed into a search box by mistake must not reach the log either.
    const QJsonObject body{{u"searchTerm"_qs, m_server.apiKey()}, {u"limit"_qs, 5}};
    const QString searchPath =
        u"/admin/v2/orgs/%1/directories/-/users/search"_qs.arg(m_server.orgId());
    const Outcome search = await(m_client->send(ApiRequest::post(searchPath, body, true)));
    const Outcome missing =
        await(m_client->send(ApiRequest::get(u"/admin/v1/orgs/%1/x"_qs.arg(m_server.apiKey()))));

    const QList<ApiCallRecord> records = m_client->callLog()->records();
    QCOMPARE(records.size(), 2);
    for (const ApiCallRecord &record : records) {
        const QString all = record.url + QString::fromUtf8(record.requestBody) + record.outcome;
        QVERIFY2(!all.contains(m_server.apiKey()), qPrintable(all));
        QVERIFY(record.durationMs >= 0);
    }
    QVERIFY(records.first().requestBody.contains("<redacted>"));
    QCOMPARE(records.first().httpStatus, 200);
}

void TestApiClient::realErrorsFromTheServer()
{
    ApiClient wrongKey(m_server.baseUrl());
    wrongKey.setApiKey(u"not-the-key"_qs);
    const Outcome refused = await(wrongKey.send(ApiRequest::get(orgPath())));
    QCOMPARE(refused.error.kind(), ApiError::Kind::Unauthorized);
    QCOMPARE(refused.status, 401);

    const Outcome unknownOrg = await(
        m_client->send(ApiRequest::get(u"/admin/v1/orgs/00000000-0000-4000-8000-000000000000"_qs)));
    QCOMPARE(unknownOrg.error.kind(), ApiError::Kind::NotFound);
    QVERIFY(!unknownOrg.error.serverCode().isEmpty());
}

void TestApiClient::errorStatusesMapToKinds_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::newRow("400") << 400 << ApiError::Kind::BadRequest;
    QTest::newRow("401") << 401 << ApiError::Kind::Unauthorized;
    QTest::newRow("403") << 403 << ApiError::Kind::Forbidden;
    QTest::newRow("404") << 404 << ApiError::Kind::NotFound;
    QTest::newRow("409") << 409 << ApiError::Kind::Conflict;
}

void TestApiClient::errorStatusesMapToKinds()
{
    QFETCH(int, status);
    QFETCH(ApiError::Kind, kind);
    addFault(FaultRule::Status, status, 1);
    const Outcome reply = await(getOrg());
    QCOMPARE(reply.error.kind(), kind);
    QCOMPARE(reply.status, status);
    QCOMPARE(receivedCount(), 1); // client errors are never retried
}

void TestApiClient::malformedBodyIsABadResponse()
{
    // A read whose body was cut short is asked again (a proxy's doing, harmless to repeat)...
    addFault(FaultRule::MalformedBody, 200, 1);
    const Outcome retried = await(getOrg());
    QVERIFY(retried.ok);
    QCOMPARE(retried.attempts, 2);
    // ...and one that never comes whole is a bad response after the retries.
    addFault(FaultRule::MalformedBody, 200, 0);
    const Outcome reply = await(getOrg());
    QCOMPARE(reply.error.kind(), ApiError::Kind::BadResponse);
    QCOMPARE(reply.attempts, 1 + m_client->retryPolicy().maxTransientRetries);
}

void TestApiClient::rateLimitPausesTheWholeClientThenResumes()
{
    addFault(FaultRule::Status, 429, 1, {}, "1");
    QSignalSpy pauses(m_client.get(), &ApiClient::rateLimitPause);
    QElapsedTimer elapsed;
    elapsed.start();
    const auto limited = watch(getOrg());
    QVERIFY(pauses.wait(5000));
    QCOMPARE(pauses.first().first().toLongLong(), qint64(1000));
    QVERIFY(m_client->isPaused());

    // Another call made during the pause waits for it: up to the moment the pause ends and the
    // client sends again, the server sees nothing new.
    const int before = receivedCount();
    int receivedWhenThePauseEnded = -1;
    QObject pauseWatch;
    connect(m_client.get(), &ApiClient::activityChanged, &pauseWatch, [&] {
        if (receivedWhenThePauseEnded < 0 && !m_client->isPaused())
            receivedWhenThePauseEnded = receivedCount();
    });
    const auto other = watch(getOrg());
    QTRY_VERIFY_WITH_TIMEOUT(receivedWhenThePauseEnded >= 0, 5000);
    QCOMPARE(receivedWhenThePauseEnded, before);

    QTRY_VERIFY_WITH_TIMEOUT(limited->finished && other->finished, 10000);
    QVERIFY(limited->ok);
    QVERIFY(other->ok);
    QCOMPARE(limited->attempts, 2);
    QVERIFY(elapsed.elapsed() >= 900);
    QCOMPARE(receivedCount(), 3);
}

void TestApiClient::rateLimitThatOutlastsTheWaitsFails()
{
    addFault(FaultRule::Status, 429, 100, {}, "0");
    const Outcome reply = await(getOrg());
    QCOMPARE(reply.error.kind(), ApiError::Kind::RateLimited);
    QCOMPARE(receivedCount(), 1 + m_client->retryPolicy().maxRateLimitWaits);
}

void TestApiClient::transientReadRetriesAreBounded()
{
    addFault(FaultRule::Status, 503, 100);
    const Outcome reply = await(getOrg());
    QCOMPARE(reply.error.kind(), ApiError::Kind::Server);
    QCOMPARE(receivedCount(), 1 + m_client->retryPolicy().maxTransientRetries);

    m_server.sandbox()->clearFaults();
    m_server.sandbox()->clearReceivedRequests();
    addFault(FaultRule::Status, 500, 2);
    const Outcome recovered = await(getOrg());
    QVERIFY(recovered.ok);
    QCOMPARE(recovered.attempts, 3);
}

void TestApiClient::writesAreNotRetried()
{
    FaultRule rule;
    rule.pathPattern = QRegularExpression(u"/users/search$"_qs);
    rule.kind = FaultRule::Status;
    rule.status = 500;
    rule.count = 100;
    m_server.sandbox()->addFault(rule);
    const QString path = u"/admin/v2/orgs/%1/directories/-/users/search"_qs.arg(m_server.orgId());
    const Outcome reply = await(m_client->send(ApiRequest::post(path, QJsonObject{}, false)));
    QCOMPARE(reply.error.kind(), ApiError::Kind::Server);
    QCOMPARE(receivedCount(), 1);
}

void TestApiClient::droppedConnectionIsRetriedForReads()
{
    // Qt's HTTP layer itself resends once on a closed connection; drops beyond that are the
    // client's to retry.
    addFault(FaultRule::DropConnection, 0, 3);
    const Outcome reply = await(getOrg());
    QVERIFY2(reply.ok, qPrintable(reply.error.detailedMessage()));
    QVERIFY(reply.attempts >= 2);
    QCOMPARE(receivedCount(), 4);
}

void TestApiClient::slowAnswerTimesOut()
{
    RetryPolicy policy = m_client->retryPolicy();
    policy.transferTimeoutMs = 300;
    policy.maxTransientRetries = 0;
    m_client->setRetryPolicy(policy);
    addFault(FaultRule::Delay, 200, 1, {}, {}, 3000);
    const Outcome reply = await(getOrg());
    QCOMPARE(reply.error.kind(), ApiError::Kind::Timeout);
}

void TestApiClient::abortFinishesAsCancelled()
{
    addFault(FaultRule::Delay, 200, 1, {}, {}, 2000);
    ApiReply *reply = getOrg();
    const auto outcome = watch(reply);
    QTimer::singleShot(100, reply, &ApiReply::abort);
    QTRY_VERIFY_WITH_TIMEOUT(outcome->finished, 5000);
    QCOMPARE(outcome->error.kind(), ApiError::Kind::Cancelled);
}

void TestApiClient::destroyedContextNeverGetsTheCallback()
{
    addFault(FaultRule::Delay, 200, 1, {}, {}, 300);
    auto context = std::make_unique<QObject>();
    bool called = false;
    const auto outcome =
        watch(deliverDone(getOrg(), context.get(), [&called](const ApiError &) { called = true; }));
    context.reset(); // the pane closes while the request is in flight
    QTRY_VERIFY_WITH_TIMEOUT(outcome->finished, 5000);
    QVERIFY(outcome->ok);
    QVERIFY(!called);
}

void TestApiClient::nextLinkToAnotherHostIsRefused()
{
    ApiRequest request = ApiRequest::get(orgPath());
    request.absoluteUrl = QUrl(u"https://elsewhere.invalid/admin/v1/orgs?cursor=x"_qs);
    const Outcome reply = await(m_client->send(request));
    QCOMPARE(reply.error.kind(), ApiError::Kind::BadResponse);
    QCOMPARE(receivedCount(), 0);
}

void TestApiClient::allowedBaseUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << u"https://api.atlassian.com"_qs << true;
    QTest::newRow("http loopback") << u"http://127.0.0.1:8080"_qs << true;
    QTest::newRow("http localhost") << u"http://localhost:8080"_qs << true;
    QTest::newRow("http ipv6 loopback") << u"http://[::1]:8080"_qs << true;
    QTest::newRow("http remote") << u"http://api.example.com"_qs << false;
    QTest::newRow("ftp") << u"ftp://127.0.0.1"_qs << false;
    QTest::newRow("no host") << u"https://"_qs << false;
}

void TestApiClient::allowedBaseUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(ApiClient::isAllowedBaseUrl(QUrl(url)), allowed);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
