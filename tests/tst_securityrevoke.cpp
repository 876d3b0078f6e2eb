// Revoking admin API keys and users' API tokens as bulk jobs against the sandbox: one and many,
// with injected failures, a result for every item, and revocations that stick.

#include "ApiAccessService.h"
#include "ApiClient.h"
#include "BulkJob.h"
#include "JobManager.h"
#include "OperationCatalog.h"
#include "SandboxServer.h"
#include "SecurityOperations.h"
#include "TestServer.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using sandbox::FaultRule;

class TestSecurityRevoke : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void revokeOneKey();
    void revokedOrUnknownKeysAreSkippedOrFailed();
    void revokeManyTokensReportsEachResult();
    void tokenOfAnUnknownOwnerFails();
    void operationsAreIrreversible();

private:
    QList<ApiKey> keys();
    QList<ApiToken> tokens();
    BulkJob *run(const QString &operation, const QList<JobItem> &items);
    void fault(const QString &pathEnd, FaultRule::Kind kind, int status, int count);
    static JobItem tokenItem(const ApiToken &token);

    TestServer m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ApiAccessService> m_service;
    QTemporaryDir m_journal;
    std::unique_ptr<JobManager> m_jobs;
};

void TestSecurityRevoke::initTestCase()
{
    if (!qEnvironmentVariableIsEmpty("ORGDESK_E2E_BASE_URL"))
        QSKIP("Revokes keys and tokens, with injected faults: sandbox only.");
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 600, 9}));
    m_client = std::make_unique<ApiClient>(m_server.baseUrl());
    m_client->setApiKey(m_server.apiKey());
    RetryPolicy fast;
    fast.baseBackoffMs = 10;
    m_client->setRetryPolicy(fast);
    m_service = std::make_unique<ApiAccessService>(m_client.get(), m_server.orgId());
    QVERIFY(m_journal.isValid());
    m_jobs = std::make_unique<JobManager>(m_journal.path());
    registerBulkOperations(); // again, after the tests' start-up: twice is harmless
}

void TestSecurityRevoke::init()
{
    m_server.sandbox()->clearFaults();
    m_server.sandbox()->clearReceivedRequests();
}

QList<ApiKey> TestSecurityRevoke::keys()
{
    QList<ApiKey> all;
    bool done = false;
    std::unique_ptr<ApiKeyPager> pager(m_service->keys({}));
    connect(pager.get(), &ApiKeyPager::keysReceived, this,
            [&](const QList<ApiKey> &page, bool hasMore) {
                all += page;
                hasMore ? pager->fetchNext() : void(done = true);
            });
    pager->fetchNext();
    [&] { QTRY_VERIFY(done); }();
    return all;
}

QList<ApiToken> TestSecurityRevoke::tokens()
{
    QList<ApiToken> all;
    bool done = false;
    std::unique_ptr<ApiTokenPager> pager(m_service->tokens({}));
    connect(pager.get(), &ApiTokenPager::tokensReceived, this,
            [&](const QList<ApiToken> &page, bool hasMore) {
                all += page;
                hasMore ? pager->fetchNext() : void(done = true);
            });
    pager->fetchNext();
    [&] { QTRY_VERIFY(done); }();
    return all;
}

BulkJob *TestSecurityRevoke::run(const QString &operation, const QList<JobItem> &items)
{
    JobSpec spec;
    spec.operation = operation;
    spec.orgId = m_server.orgId();
    BulkJob *job = m_jobs->start(m_client.get(), spec, items);
    if (!job)
        return nullptr;
    [&] { QTRY_VERIFY_WITH_TIMEOUT(job->status() == BulkJob::Status::Finished, 30000); }();
    return job;
}

void TestSecurityRevoke::fault(const QString &pathEnd, FaultRule::Kind kind, int status, int count)
{
    FaultRule rule;
    rule.pathPattern = QRegularExpression(QRegularExpression::escape(pathEnd) + u"$"_qs);
    rule.kind = kind;
    rule.status = status;
    rule.count = count;
    m_server.sandbox()->addFault(rule);
}

JobItem TestSecurityRevoke::tokenItem(const ApiToken &token)
{
    JobItem item{token.id, token.label};
    item.extra.insert(SecurityOperations::ownerKey(), token.owner.accountId);
    return item;
}

void TestSecurityRevoke::revokeOneKey()
{
    const QList<ApiKey> before = keys();
    const auto live = std::find_if(before.begin(), before.end(),
                                   [](const ApiKey &key) { return !key.isRevoked(); });
    QVERIFY(live != before.end());
    BulkJob *job = run(SecurityOperations::revokeApiKey(), {{live->id, live->label}});
    QVERIFY(job);
    QCOMPARE(job->items().first().state, JobItem::State::Done);
    // What the server received: one PATCH to the key's revoke route.
    const auto received = m_server.sandbox()->receivedRequests();
    const auto patch =
        std::find_if(received.begin(), received.end(),
                     [](const sandbox::ReceivedRequest &r) { return r.method == "PATCH"; });
    QVERIFY(patch != received.end());
    QVERIFY(patch->path.endsWith(u"/api-keys/revoke/"_qs + live->id));
    // It sticks.
    for (const ApiKey &key : keys()) {
        if (key.id == live->id)
            QVERIFY(key.isRevoked());
    }
}

void TestSecurityRevoke::revokedOrUnknownKeysAreSkippedOrFailed()
{
    const QList<ApiKey> all = keys();
    const auto revoked =
        std::find_if(all.begin(), all.end(), [](const ApiKey &key) { return key.isRevoked(); });
    QVERIFY(revoked != all.end());
    BulkJob *job = run(SecurityOperations::revokeApiKey(),
                       {{revoked->id, revoked->label}, {u"no-such-key"_qs, u"ghost"_qs}});
    QVERIFY(job);
    QCOMPARE(job->items().at(0).state, JobItem::State::Skipped);
    QVERIFY(job->items().at(0).reason.contains(u"revoked"_qs, Qt::CaseInsensitive));
    QCOMPARE(job->items().at(1).state, JobItem::State::Failed);
    QVERIFY2(job->items().at(1).reason.contains(u"404"_qs), qPrintable(job->items().at(1).reason));
}

void TestSecurityRevoke::revokeManyTokensReportsEachResult()
{
    const QList<ApiToken> before = tokens();
    QVERIFY(before.size() > 20);
    QList<JobItem> items;
    for (int i = 0; i < 12; ++i)
        items.append(tokenItem(before.at(i)));
    // One already gone, one refused, one a server that keeps failing, one dropped connection
    // (a DELETE may be sent again) and one 503 that recovers.
    {
        ApiError error;
        bool done = false;
        ApiReply *reply = m_client->send(
            ApiAccessService::revokeTokenRequest(before.at(1).owner.accountId, before.at(1).id));
        connect(reply, &ApiReply::finished, this, [&, reply] {
            error = reply->error();
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(!error.isError());
    }
    fault(before.at(3).id, FaultRule::Status, 403, 1);
    fault(before.at(5).id, FaultRule::Status, 500, 100);
    fault(before.at(7).id, FaultRule::DropConnection, 0, 1);
    fault(before.at(9).id, FaultRule::Status, 503, 1);

    BulkJob *job = run(SecurityOperations::revokeApiToken(), items);
    QVERIFY(job);
    QCOMPARE(job->items().size(), 12);
    for (const JobItem &item : job->items())
        QVERIFY2(item.state != JobItem::State::Pending && item.state != JobItem::State::Running,
                 qPrintable(item.id));
    QCOMPARE(job->items().at(1).state, JobItem::State::Skipped);
    QCOMPARE(job->items().at(3).state, JobItem::State::Failed);
    QVERIFY(job->items().at(3).reason.contains(u"403"_qs));
    QCOMPARE(job->items().at(5).state, JobItem::State::Failed);
    QVERIFY(job->items().at(5).reason.contains(u"500"_qs));
    QCOMPARE(job->items().at(7).state, JobItem::State::Done);
    QCOMPARE(job->items().at(9).state, JobItem::State::Done);
    QCOMPARE(job->count(JobItem::State::Done), 9);
    QCOMPARE(job->count(JobItem::State::Failed), 2);
    QCOMPARE(job->count(JobItem::State::Skipped), 1);
    QVERIFY(!job->canUndo());

    // The server holds what the results say: the failed ones are still there, the rest gone.
    QSet<QString> left;
    for (const ApiToken &token : tokens())
        left.insert(token.id);
    for (int i = 0; i < 12; ++i) {
        const bool failed = job->items().at(i).state == JobItem::State::Failed;
        QCOMPARE(left.contains(before.at(i).id), failed);
    }
    QCOMPARE(left.size(), before.size() - 10);

    // Retrying the failed ones (the faults are used up or cleared) finishes the job.
    m_server.sandbox()->clearFaults();
    job->retryFailed();
    QTRY_VERIFY_WITH_TIMEOUT(job->status() == BulkJob::Status::Finished, 30000);
    QCOMPARE(job->count(JobItem::State::Failed), 0);
}

void TestSecurityRevoke::tokenOfAnUnknownOwnerFails()
{
    const ApiToken token = tokens().first();
    JobItem item = tokenItem(token);
    item.extra.insert(SecurityOperations::ownerKey(), u"000000000000000000000000"_qs);
    BulkJob *job = run(SecurityOperations::revokeApiToken(), {item});
    QVERIFY(job);
    QCOMPARE(job->items().first().state, JobItem::State::Failed);
    QVERIFY(job->items().first().reason.contains(u"404"_qs));
    const QList<ApiToken> after = tokens();
    QVERIFY(std::any_of(after.begin(), after.end(),
                        [&](const ApiToken &t) { return t.id == token.id; }));
}

void TestSecurityRevoke::operationsAreIrreversible()
{
    for (const QString &key :
         {SecurityOperations::revokeApiKey(), SecurityOperations::revokeApiToken()}) {
        const BulkOperation *operation = BulkOperationRegistry::find(key);
        QVERIFY(operation);
        QVERIFY(operation->inverseKey().isEmpty());
        QVERIFY(!operation->title().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestSecurityRevoke)
#include "tst_securityrevoke.moc"
