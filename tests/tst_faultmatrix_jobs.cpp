// The hostile-server matrix, writes: bulk jobs (suspend, deactivate, add to a group, revoke
// tokens) through a sandbox whose every route, reads and writes, meets the fault mix. Each job
// ends (no hang), every item ends in the state the server holds, and every failure says why in
// words. A lifecycle call whose answer was lost after the server applied it is checked, never
// sent twice.
#include "AccessListing.h"
#include "ApiClient.h"
#include "BulkJob.h"
#include "FaultMatrix.h"
#include "GroupOperations.h"
#include "GroupsListing.h"
#include "JobManager.h"
#include "PeopleFixture.h"
#include "SandboxServer.h"
#include "SecurityOperations.h"
#include "TestServer.h"
#include "UserOperations.h"
#include "UserService.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace PeopleFixture;
using sandbox::FaultRule;

class TestFaultMatrixJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void suspendUnderTheMix();
    void deactivateUnderTheMix();
    void addToAGroupUnderTheMix();
    void revokeTokensUnderTheMix();
    void lostAnswerOfALifecycleCallIsCheckedNotResent_data();
    void lostAnswerOfALifecycleCallIsCheckedNotResent();

private:
    BulkJob *runUnderTheMix(const JobSpec &spec, const QList<JobItem> &items, quint32 seed);
    QHash<QString, QString> statuses() const; // account id -> status, read without faults
    int received(const QRegularExpression &path) const;
    static bool inWords(const QString &reason);

    TestServer m_server;
    QTemporaryDir m_journal;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<JobManager> m_jobs;
    QList<DirectoryUser> m_people;
    QSet<QString> m_used;
};

void TestFaultMatrixJobs::initTestCase()
{
    if (!qEnvironmentVariableIsEmpty("ORGDESK_E2E_BASE_URL"))
        QSKIP("Injects faults and changes people: needs the in-process sandbox.");
    sandbox::SandboxOptions options;
    options.users = 400;
    options.seed = 16;
    options.events = 1000;
    QVERIFY(m_server.start(options));
    m_client = std::make_unique<ApiClient>(m_server.baseUrl());
    m_client->setApiKey(m_server.apiKey());
    m_client->setRetryPolicy(FaultMatrix::matrixPolicy());
    m_users = std::make_unique<UserService>(m_client.get(), m_server.orgId());
    m_jobs = std::make_unique<JobManager>(m_journal.path());
    m_jobs->setConcurrency(4);
    m_people = loadAll(*m_users);
    QCOMPARE(m_people.size(), 400);
}

void TestFaultMatrixJobs::init()
{
    m_server.sandbox()->clearFaults();
    m_server.sandbox()->clearReceivedRequests();
}

bool TestFaultMatrixJobs::inWords(const QString &reason)
{
    // A sentence, not "500" or "ADMIN-500-1".
    static const QRegularExpression words(u"\\p{L}{2,}[ ,]+\\p{L}{2,}"_qs);
    return words.match(reason).hasMatch();
}

BulkJob *TestFaultMatrixJobs::runUnderTheMix(const JobSpec &spec, const QList<JobItem> &items,
                                             quint32 seed)
{
    QString problem;
    if (!m_server.sandbox()->setFaultMix(FaultMatrix::spec, seed, &problem))
        qFatal("%s", qPrintable(problem));
    BulkJob *job = m_jobs->start(m_client.get(), spec, items);
    const bool ended = job && waitForEnd(job, 60000);
    m_server.sandbox()->clearFaults();
    if (!ended)
        return nullptr;
    QStringList met;
    const QMap<QString, int> counts = m_server.sandbox()->faultMixCounts();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        met.append(u"%1 %2"_qs.arg(it.key()).arg(it.value()));
    qInfo("%s: %d done, %d failed, %d skipped; faults met: %s", qPrintable(spec.operation),
          job->count(JobItem::State::Done), job->count(JobItem::State::Failed),
          job->count(JobItem::State::Skipped), qPrintable(met.join(u", "_qs)));
    return job;
}

QHash<QString, QString> TestFaultMatrixJobs::statuses() const
{
    QHash<QString, QString> result;
    for (const DirectoryUser &user : loadAll(*m_users))
        result.insert(user.accountId, user.status);
    return result;
}

int TestFaultMatrixJobs::received(const QRegularExpression &path) const
{
    int count = 0;
    for (const auto &request : m_server.sandbox()->receivedRequests())
        count += request.method == "POST" && path.match(request.path).hasMatch() ? 1 : 0;
    return count;
}

void TestFaultMatrixJobs::suspendUnderTheMix()
{
    const QList<DirectoryUser> people =
        pick(m_people, m_used, 40, [](const DirectoryUser &u) { return u.status == u"active"_qs; });
    QCOMPARE(people.size(), 40);
    JobSpec spec;
    spec.operation = UserOperations::suspend();
    spec.orgId = m_server.orgId();
    BulkJob *job = runUnderTheMix(spec, UserOperations::itemsFor(spec.operation, people), 3);
    QVERIFY2(job, "the job did not end");
    QCOMPARE(job->status(), BulkJob::Status::Finished);

    const QHash<QString, QString> after = statuses();
    QCOMPARE(after.size(), 400);
    for (const JobItem &item : job->items()) {
        const QString held = after.value(item.id);
        if (item.state == JobItem::State::Done)
            QVERIFY2(held == u"suspended"_qs, qPrintable(item.id + u' ' + held));
        else if (item.state == JobItem::State::Failed)
            QVERIFY2(held == u"active"_qs && inWords(item.reason),
                     qPrintable(item.id + u' ' + held + u' ' + item.reason));
        else
            QFAIL(qPrintable(u"%1 ended %2"_qs.arg(item.id, JobItem::stateName(item.state))));
    }
}

void TestFaultMatrixJobs::deactivateUnderTheMix()
{
    const QList<DirectoryUser> people = pick(m_people, m_used, 30, [](const DirectoryUser &u) {
        return isPlainManaged(u, u"active"_qs);
    });
    QCOMPARE(people.size(), 30);
    JobSpec spec;
    spec.operation = UserOperations::deactivate();
    spec.orgId = m_server.orgId();
    BulkJob *job = runUnderTheMix(spec, UserOperations::itemsFor(spec.operation, people), 5);
    QVERIFY2(job, "the job did not end");
    QCOMPARE(job->status(), BulkJob::Status::Finished);

    const QHash<QString, QString> after = statuses();
    for (const JobItem &item : job->items()) {
        const QString held = after.value(item.id);
        if (item.state == JobItem::State::Done)
            QVERIFY2(held == u"deactivated"_qs, qPrintable(item.id + u' ' + held));
        else if (item.state == JobItem::State::Failed)
            QVERIFY2(held == u"active"_qs && inWords(item.reason),
                     qPrintable(item.id + u' ' + held + u' ' + item.reason));
        else
            QFAIL(qPrintable(u"%1 ended %2"_qs.arg(item.id, JobItem::stateName(item.state))));
    }
}

void TestFaultMatrixJobs::addToAGroupUnderTheMix()
{
    GroupService groups(m_client.get(), m_server.orgId());
    const ApiResult<Group> created =
        GroupsListing::create(groups, u"matrix-guild"_qs, u"Fault matrix"_qs);
    QVERIFY2(created.ok(), qPrintable(created.error.detailedMessage()));
    // People of the group's directory: the engineers (those of another are refused, in words).
    const ApiResult<Group> engineering = GroupsListing::findByName(groups, u"engineering"_qs);
    QVERIFY(engineering.ok());
    const QStringList engineers = GroupsListing::memberIds(*m_users, engineering.value.id);
    const QList<DirectoryUser> people = pick(m_people, m_used, 30, [&](const DirectoryUser &u) {
        return u.status == u"active"_qs && engineers.contains(u.accountId);
    });
    QCOMPARE(people.size(), 30);
    QList<JobItem> items;
    for (const DirectoryUser &person : people)
        items.append(UserOperations::itemFor(person));
    JobSpec spec;
    spec.operation = GroupOperations::addMember();
    spec.orgId = m_server.orgId();
    spec.params = GroupOperations::params(u"-"_qs, created.value.id, created.value.name);
    BulkJob *job = runUnderTheMix(spec, items, 7);
    QVERIFY2(job, "the job did not end");
    QCOMPARE(job->status(), BulkJob::Status::Finished);

    const QStringList members = GroupsListing::memberIds(*m_users, created.value.id);
    for (const JobItem &item : job->items()) {
        const bool member = members.contains(item.id);
        if (item.state == JobItem::State::Done || item.state == JobItem::State::Skipped)
            QVERIFY2(member, qPrintable(item.id + u' ' + item.reason));
        else if (item.state == JobItem::State::Failed)
            QVERIFY2(!member && inWords(item.reason), qPrintable(item.id + u' ' + item.reason));
        else
            QFAIL(qPrintable(u"%1 ended %2"_qs.arg(item.id, JobItem::stateName(item.state))));
    }
}

void TestFaultMatrixJobs::revokeTokensUnderTheMix()
{
    const ApiAccessService access(m_client.get(), m_server.orgId());
    const AccessListing::Tokens before = AccessListing::allTokens(access);
    QVERIFY(!before.error.isError());
    QList<JobItem> items;
    for (const ApiToken &token : before.items) {
        if (items.size() == 20)
            break;
        JobItem item{token.id, token.label};
        item.extra.insert(SecurityOperations::ownerKey(), token.owner.accountId);
        items.append(item);
    }
    QCOMPARE(items.size(), 20);
    JobSpec spec;
    spec.operation = SecurityOperations::revokeApiToken();
    spec.orgId = m_server.orgId();
    BulkJob *job = runUnderTheMix(spec, items, 9);
    QVERIFY2(job, "the job did not end");
    QCOMPARE(job->status(), BulkJob::Status::Finished);

    const AccessListing::Tokens after = AccessListing::allTokens(access);
    QVERIFY(!after.error.isError());
    QSet<QString> left;
    for (const ApiToken &token : after.items)
        left.insert(token.id);
    for (const JobItem &item : job->items()) {
        if (item.state == JobItem::State::Done || item.state == JobItem::State::Skipped)
            QVERIFY2(!left.contains(item.id), qPrintable(item.id + u' ' + item.reason));
        else if (item.state == JobItem::State::Failed)
            QVERIFY2(left.contains(item.id) && inWords(item.reason),
                     qPrintable(item.id + u' ' + item.reason));
        else
            QFAIL(qPrintable(u"%1 ended %2"_qs.arg(item.id, JobItem::stateName(item.state))));
    }
}

void TestFaultMatrixJobs::lostAnswerOfALifecycleCallIsCheckedNotResent_data()
{
    QTest::addColumn<bool>("applied");
    QTest::newRow("applied, then the connection dropped") << true;
    QTest::newRow("dropped before the server acted") << false;
}

void TestFaultMatrixJobs::lostAnswerOfALifecycleCallIsCheckedNotResent()
{
    QFETCH(bool, applied);
    const QList<DirectoryUser> people = pick(m_people, m_used, 1, [](const DirectoryUser &u) {
        return isPlainManaged(u, u"active"_qs);
    });
    QCOMPARE(people.size(), 1);
    FaultRule drop;
    drop.pathPattern = QRegularExpression(u"/manage/lifecycle/disable$"_qs);
    drop.kind = FaultRule::DropConnection;
    drop.applyBeforeDrop = applied;
    m_server.sandbox()->addFault(drop);

    JobSpec spec;
    spec.operation = UserOperations::deactivate();
    spec.orgId = m_server.orgId();
    BulkJob *job =
        m_jobs->start(m_client.get(), spec, UserOperations::itemsFor(spec.operation, people));
    QVERIFY(job);
    QVERIFY(waitForEnd(job, 20000));
    const JobItem item = job->items().constFirst();

    QCOMPARE(received(QRegularExpression(u"/manage/lifecycle/disable$"_qs)), 1);
    const QString held = statuses().value(item.id);
    if (applied) {
        QCOMPARE(held, u"deactivated"_qs);
        QCOMPARE(item.state, JobItem::State::Done);
    } else {
        QCOMPARE(held, u"active"_qs);
        QCOMPARE(item.state, JobItem::State::Failed);
        QVERIFY2(inWords(item.reason), qPrintable(item.reason));
    }
}

QTEST_GUILESS_MAIN(TestFaultMatrixJobs)
#include "tst_faultmatrix_jobs.moc"
