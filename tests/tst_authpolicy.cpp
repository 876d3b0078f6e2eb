// Authentication policies: add people by e-mail (202 with a task), poll the task to its end
// with AuthPolicyTaskPoller, and read one result per person: added, already in the policy, not
// found, not managed.

#include "ApiClient.h"
#include "AuthPolicyService.h"
#include "OrgSeeder.h"
#include "PolicyListing.h"
#include "SandboxServer.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {
const QString kSsoPolicy = QStringLiteral("5e7ba1d0-ca11-4e5e-9a11-000000000002");
}

class TestAuthPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void addsPeopleThroughATaskWithAResultEach();
    void taskRunsThenEnds();
    void refusesWhatCannotBeSent();

private:
    TestServer m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<AuthPolicyService> m_service;
    QString m_member;    // managed, already in the SSO policy
    QString m_managed;   // managed, in the default policy
    QString m_unmanaged; // an account the org does not manage
};

void TestAuthPolicy::initTestCase()
{
    if (!qEnvironmentVariableIsEmpty("ORGDESK_E2E_BASE_URL"))
        QSKIP("Changes authentication policies: sandbox only.");
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 200, 4}));
    m_client = std::make_unique<ApiClient>(m_server.baseUrl());
    m_client->setApiKey(m_server.apiKey());
    m_service = std::make_unique<AuthPolicyService>(m_client.get(), m_server.orgId());

    // The same seed makes the same people: find one of each kind.
    const sandbox::OrgData org = sandbox::seedOrg(200, 4);
    int managedSeen = 0;
    for (const sandbox::SeedUser &user : org.users) {
        if (user.closed)
            continue;
        if (!user.managed) {
            if (m_unmanaged.isEmpty())
                m_unmanaged = user.email;
            continue;
        }
        ++managedSeen;
        if (managedSeen == 1)
            m_member = user.email; // the seeder puts the first managed person in the SSO policy
        else if (managedSeen == 40)
            m_managed = user.email;
    }
    QVERIFY(!m_member.isEmpty() && !m_managed.isEmpty() && !m_unmanaged.isEmpty());
}

void TestAuthPolicy::init()
{
    m_server.sandbox()->clearReceivedRequests();
    m_server.sandbox()->setPolicyApplyDelay(400);
}

void TestAuthPolicy::addsPeopleThroughATaskWithAResultEach()
{
    const QStringList emails = {m_managed, m_member, u"nobody@acme-robotics.example"_qs,
                                m_unmanaged};
    const auto started = PolicyListing::wait<QString>(
        [&](QObject *c, auto cb) { m_service->addUsers(kSsoPolicy, emails, c, cb); });
    QVERIFY2(started.ok(), qPrintable(started.error.detailedMessage()));
    QVERIFY(!started.value.isEmpty());
    const auto sent = m_server.sandbox()->receivedRequests().last();
    QCOMPARE(sent.method, QByteArray("POST"));
    QVERIFY(sent.path.endsWith(u"/auth-policy/"_qs + kSsoPolicy + u"/add-users"_qs));
    QCOMPARE(QJsonDocument::fromJson(sent.body).object()[u"users"].toArray().size(), 4);

    AuthPolicyTaskPoller poller(m_service.get(), started.value);
    poller.setFirstDelay(50);
    QSignalSpy progress(&poller, &AuthPolicyTaskPoller::progress);
    QSignalSpy finished(&poller, &AuthPolicyTaskPoller::finished);
    QSignalSpy failed(&poller, &AuthPolicyTaskPoller::failed);
    poller.start();
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 10000));
    QVERIFY(failed.isEmpty());
    QVERIFY(progress.size() >= 2); // it was polled while it ran

    const AuthPolicyTask task = finished.first().first().value<AuthPolicyTask>();
    QVERIFY(task.done);
    QCOMPARE(task.results.size(), 4);
    QHash<QString, QString> byUser;
    for (const AuthPolicyUserResult &result : task.results)
        byUser.insert(result.user, result.status);
    QCOMPARE(byUser.value(m_managed), u"ADDED"_qs);
    QCOMPARE(byUser.value(m_member), u"ALREADY_IN_POLICY"_qs);
    QCOMPARE(byUser.value(u"nobody@acme-robotics.example"_qs), u"USER_NOT_FOUND"_qs);
    QCOMPARE(byUser.value(m_unmanaged), u"USER_NOT_MANAGED"_qs);

    // Polls went to the task route; waits grew between them.
    int polls = 0;
    for (const auto &request : m_server.sandbox()->receivedRequests())
        polls += request.path.contains(u"/auth-policy/task/"_qs + started.value);
    QCOMPARE(polls, progress.size());

    // Adding the same person again: already there.
    const auto again = PolicyListing::wait<QString>(
        [&](QObject *c, auto cb) { m_service->addUsers(kSsoPolicy, {m_managed}, c, cb); });
    QVERIFY(again.ok());
    m_server.sandbox()->advanceClock(5);
    const auto done = PolicyListing::wait<AuthPolicyTask>(
        [&](QObject *c, auto cb) { m_service->task(again.value, c, cb); });
    QVERIFY(done.ok());
    QVERIFY(done.value.done);
    QCOMPARE(done.value.results.first().status, u"ALREADY_IN_POLICY"_qs);
}

void TestAuthPolicy::taskRunsThenEnds()
{
    m_server.sandbox()->setPolicyApplyDelay(60 * 1000);
    const auto started = PolicyListing::wait<QString>(
        [&](QObject *c, auto cb) { m_service->addUsers(kSsoPolicy, {m_unmanaged}, c, cb); });
    QVERIFY(started.ok());
    const auto running = PolicyListing::wait<AuthPolicyTask>(
        [&](QObject *c, auto cb) { m_service->task(started.value, c, cb); });
    QVERIFY(running.ok());
    QVERIFY(!running.value.done);
    QCOMPARE(running.value.total, 1);
    QVERIFY(running.value.results.isEmpty());

    m_server.sandbox()->advanceClock(61);
    const auto ended = PolicyListing::wait<AuthPolicyTask>(
        [&](QObject *c, auto cb) { m_service->task(started.value, c, cb); });
    QVERIFY(ended.value.done);
    QCOMPARE(ended.value.processed, 1);
}

void TestAuthPolicy::refusesWhatCannotBeSent()
{
    const auto unknownPolicy = PolicyListing::wait<QString>([&](QObject *c, auto cb) {
        m_service->addUsers(u"no-such-policy"_qs, {m_managed}, c, cb);
    });
    QCOMPARE(unknownPolicy.error.kind(), ApiError::Kind::NotFound);

    const auto empty = PolicyListing::wait<QString>(
        [&](QObject *c, auto cb) { m_service->addUsers(kSsoPolicy, {}, c, cb); });
    QCOMPARE(empty.error.httpStatus(), 400);

    const auto unknownTask = PolicyListing::wait<AuthPolicyTask>(
        [&](QObject *c, auto cb) { m_service->task(u"no-such-task"_qs, c, cb); });
    QCOMPARE(unknownTask.error.kind(), ApiError::Kind::NotFound);
}

QTEST_MAIN(TestAuthPolicy)
#include "tst_authpolicy.moc"
