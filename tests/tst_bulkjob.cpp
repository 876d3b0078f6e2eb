#include "ApiClient.h"
#include "BulkJob.h"
#include "BulkOperation.h"
#include "JobJournal.h"
#include "SandboxServer.h"
#include "Settle.h"
#include "TestServer.h"
#include "UserService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using sandbox::FaultRule;

namespace {

// Reads each person's details: harmless to repeat, so the runner's mechanics can be checked
// against the sandbox without changing anyone.
class ReadDetails : public BulkOperation
{
public:
    QString key() const override { return QStringLiteral("test.readDetails"); }
    QString title() const override { return QStringLiteral("Read details"); }
    QString inverseKey() const override { return QStringLiteral("test.readDetails"); }
    ApiRequest request(const JobItem &item, const QJsonObject &,
                       const QString &orgId) const override
    {
        return ApiRequest::get(
            QStringLiteral("/admin/v2/orgs/%1/directories/-/users/%2").arg(orgId, item.id));
    }
    std::optional<ApiRequest> checkRequest(const JobItem &item, const QJsonObject &params,
                                           const QString &orgId) const override
    {
        ApiRequest check = request(item, params, orgId);
        check.query.addQueryItem(QStringLiteral("check"), QStringLiteral("1"));
        return check;
    }
    bool isApplied(const QJsonDocument &document) const override
    {
        return document.object()
                   .value(QLatin1String("data"))
                   .toObject()
                   .value(QLatin1String("status")) == QLatin1String("active");
    }
};

} // namespace

// The bulk job runner against the sandbox: a result for every item, bounded concurrency,
// cancel, retry of the failed, and resuming from the journal with nothing done twice.
class TestBulkJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void everyItemGetsAResult();
    void concurrencyIsBounded();
    void cancelStopsSendingAndKeepsThePending();
    void retryFailedSendsOnlyTheFailed();
    void resumesFromTheJournalWithNothingDoneTwice();
    void tornJournalLineIsIgnored();

private:
    QList<JobItem> people(int count) const;
    int requestsFor(const QString &accountId) const;
    std::unique_ptr<BulkJob> makeJob(const QList<JobItem> &items, JobJournal *journal = nullptr);
    void runToEnd(BulkJob &job);

    TestServer m_server;
    std::unique_ptr<ApiClient> m_client;
    QList<DirectoryUser> m_users;
    ReadDetails m_operation;
};

void TestBulkJob::initTestCase()
{
    if (!qEnvironmentVariableIsEmpty("ORGDESK_E2E_BASE_URL"))
        QSKIP("Injects faults: needs the in-process sandbox.");
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 120, 11}));
    m_client = std::make_unique<ApiClient>(m_server.baseUrl());
    m_client->setApiKey(m_server.apiKey());
    RetryPolicy fast;
    fast.baseBackoffMs = 10;
    m_client->setRetryPolicy(fast);

    UserService service(m_client.get(), m_server.orgId());
    std::unique_ptr<UserPager> pager(service.search(UserQuery{}));
    connect(pager.get(), &UserPager::usersReceived, this,
            [this](const QList<DirectoryUser> &users) { m_users += users; });
    pager->fetchNext();
    QTRY_VERIFY(m_users.size() == 100);
}

void TestBulkJob::init()
{
    m_server.sandbox()->clearFaults();
    m_server.sandbox()->setLatency(0);
    m_server.sandbox()->clearReceivedRequests();
}

QList<JobItem> TestBulkJob::people(int count) const
{
    QList<JobItem> items;
    for (int i = 0; i < count; ++i)
        items.append({m_users.at(i).accountId, m_users.at(i).email});
    return items;
}

int TestBulkJob::requestsFor(const QString &accountId) const
{
    int count = 0;
    for (const sandbox::ReceivedRequest &request : m_server.sandbox()->receivedRequests())
        count += request.path.endsWith(accountId) ? 1 : 0;
    return count;
}

std::unique_ptr<BulkJob> TestBulkJob::makeJob(const QList<JobItem> &items, JobJournal *journal)
{
    JobSpec spec;
    spec.id = QStringLiteral("job-%1").arg(QDateTime::currentMSecsSinceEpoch());
    spec.operation = m_operation.key();
    spec.orgId = m_server.orgId();
    spec.createdAt = QDateTime::currentDateTimeUtc();
    if (journal)
        journal->create(spec, items);
    return std::make_unique<BulkJob>(m_client.get(), &m_operation, spec, items, journal);
}

void TestBulkJob::runToEnd(BulkJob &job)
{
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(job.status() == BulkJob::Status::Finished, 30000);
}

void TestBulkJob::everyItemGetsAResult()
{
    const QList<JobItem> items = people(30);
    auto fault = [this](const QString &accountId, FaultRule::Kind kind, int status, int count) {
        FaultRule rule;
        rule.pathPattern = QRegularExpression(QRegularExpression::escape(accountId) + u"$"_qs);
        rule.kind = kind;
        rule.status = status;
        rule.count = count;
        m_server.sandbox()->addFault(rule);
    };
    fault(items.at(3).id, FaultRule::Status, 409, 1);
    fault(items.at(7).id, FaultRule::Status, 500, 100);      // outlasts the retries
    fault(items.at(9).id, FaultRule::Status, 503, 1);        // recovers on retry
    fault(items.at(12).id, FaultRule::DropConnection, 0, 3); // recovers on retry

    auto job = makeJob(items);
    runToEnd(*job);
    QCOMPARE(job->count(JobItem::State::Done), 28);
    QCOMPARE(job->count(JobItem::State::Failed), 2);
    QCOMPARE(job->items().at(3).state, JobItem::State::Failed);
    QVERIFY(job->items().at(3).reason.contains(u"409"_qs));
    QCOMPARE(job->items().at(7).state, JobItem::State::Failed);
    QVERIFY(job->items().at(7).reason.contains(u"500"_qs));
    QCOMPARE(job->items().at(9).state, JobItem::State::Done);
    QCOMPARE(job->items().at(12).state, JobItem::State::Done);
    QCOMPARE(job->undoItems().size(), 28);
}

void TestBulkJob::concurrencyIsBounded()
{
    m_server.sandbox()->setLatency(30);
    auto job = makeJob(people(24));
    job->setConcurrency(3);
    int most = 0;
    connect(job.get(), &BulkJob::itemChanged, this,
            [&] { most = std::max(most, job->count(JobItem::State::Running)); });
    runToEnd(*job);
    QCOMPARE(most, 3);
    QCOMPARE(job->count(JobItem::State::Done), 24);
}

void TestBulkJob::cancelStopsSendingAndKeepsThePending()
{
    m_server.sandbox()->setLatency(50);
    auto job = makeJob(people(40));
    job->setConcurrency(2);
    job->start();
    QTRY_VERIFY(job->count(JobItem::State::Done) >= 4);
    // What the server had received when the job said it was cancelled (all it sent was answered).
    int sent = -1;
    connect(job.get(), &BulkJob::finished, job.get(),
            [&] { sent = int(m_server.sandbox()->receivedRequests().size()); });
    job->cancel();
    QTRY_COMPARE(job->status(), BulkJob::Status::Cancelled);
    QVERIFY(settle(m_client.get(), m_server.orgId()));
    QCOMPARE(int(m_server.sandbox()->receivedRequests().size()), sent + 1); // settle's read alone
    QVERIFY(job->count(JobItem::State::Pending) > 0);
    QCOMPARE(job->count(JobItem::State::Running), 0);
    QCOMPARE(job->count(JobItem::State::Done) + job->count(JobItem::State::Pending), 40);
}

void TestBulkJob::retryFailedSendsOnlyTheFailed()
{
    const QList<JobItem> items = people(10);
    FaultRule rule;
    rule.pathPattern = QRegularExpression(QRegularExpression::escape(items.at(5).id) + u"$"_qs);
    rule.kind = FaultRule::Status;
    rule.status = 409;
    rule.count = 1;
    m_server.sandbox()->addFault(rule);
    auto job = makeJob(items);
    runToEnd(*job);
    QCOMPARE(job->count(JobItem::State::Failed), 1);

    m_server.sandbox()->clearReceivedRequests();
    job->retryFailed();
    QTRY_COMPARE(job->status(), BulkJob::Status::Finished);
    QCOMPARE(job->count(JobItem::State::Done), 10);
    const auto received = m_server.sandbox()->receivedRequests();
    QCOMPARE(received.size(), 1);
    QVERIFY(received.first().path.endsWith(items.at(5).id));
}

void TestBulkJob::resumesFromTheJournalWithNothingDoneTwice()
{
    QTemporaryDir directory;
    const QList<JobItem> items = people(20);
    QString jobId;
    {
        // A first run that stops abruptly: 8 done, 2 in flight, the rest never sent.
        JobJournal journal(directory.path());
        auto job = makeJob(items, &journal);
        jobId = job->spec().id;
        for (int i = 0; i < 10; ++i) {
            JobItem item = items.at(i);
            item.state = i < 8 ? JobItem::State::Done : JobItem::State::Running;
            journal.recordItem(jobId, i, item);
        }
    }
    JobJournal journal(directory.path());
    const QList<JobJournal::Entry> unfinished = journal.unfinished();
    QCOMPARE(unfinished.size(), 1);
    const JobJournal::Entry &entry = unfinished.first();
    QCOMPARE(entry.spec.id, jobId);
    QCOMPARE(entry.items.at(8).state, JobItem::State::Pending);
    QVERIFY(entry.items.at(8).interrupted);

    m_server.sandbox()->clearReceivedRequests();
    BulkJob resumed(m_client.get(), &m_operation, entry.spec, entry.items, &journal);
    resumed.start();
    QTRY_COMPARE(resumed.status(), BulkJob::Status::Finished);
    QCOMPARE(resumed.count(JobItem::State::Done), 20);
    for (int i = 0; i < 8; ++i)
        QCOMPARE(requestsFor(items.at(i).id), 0);
    // Interrupted items were checked first: for an active person the check says it took.
    for (const sandbox::ReceivedRequest &request : m_server.sandbox()->receivedRequests()) {
        if (request.path.endsWith(items.at(8).id))
            QCOMPARE(request.query.queryItemValue(u"check"_qs), u"1"_qs);
    }
    for (int i = 10; i < 20; ++i)
        QCOMPARE(requestsFor(items.at(i).id), 1);
    QVERIFY(journal.unfinished().isEmpty());
}

void TestBulkJob::tornJournalLineIsIgnored()
{
    QTemporaryDir directory;
    JobJournal journal(directory.path());
    auto job = makeJob(people(3), &journal);
    JobItem done = job->items().at(0);
    done.state = JobItem::State::Done;
    journal.recordItem(job->spec().id, 0, done);
    QFile file(directory.filePath(job->spec().id + u".jsonl"_qs));
    QVERIFY(file.open(QIODevice::Append));
    file.write("{\"i\":0,\"s\":\"failed\",\"r\":\"x"); // the crash came mid-line
    file.close();

    bool ok = false;
    const JobJournal::Entry entry = JobJournal::read(file.fileName(), &ok);
    QVERIFY(ok);
    QCOMPARE(entry.items.size(), 3);
    QCOMPARE(entry.items.at(0).state, JobItem::State::Done);
}

QTEST_GUILESS_MAIN(TestBulkJob)
#include "tst_bulkjob.moc"
