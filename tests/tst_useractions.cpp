#include "ApiClient.h"
#include "BulkJob.h"
#include "JobManager.h"
#include "ManageService.h"
#include "PeopleFixture.h"
#include "SandboxServer.h"
#include "TestServer.h"
#include "UserOperations.h"
#include "UserService.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace PeopleFixture;

// Each help-desk verb against the sandbox: the state it leaves, the request the server got,
// and the catalog's refusals (409 not eligible, 403 for a scoped key or an account an identity
// provider owns, the 14-day grace period, unverified domains, field limits).
class TestUserActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void eachVerbLeavesTheDocumentedState_data();
    void eachVerbLeavesTheDocumentedState();
    void deactivateSendsTheMessage();
    void peopleAlreadyInThatStateAreSkipped();
    void anIneligibleAccountFailsWithTheReason();
    void aScopedKeyIsRefusedByUserManagement();
    void anAccountOwnedByAnIdentityProviderIsRefused();
    void deletionCanBeCancelledForFourteenDaysOnly();
    void undoRunsTheInverseVerbOnWhatChanged();
    void privilegesSayWhatTheKeyMayDo();
    void emailOnlyOnAClaimedDomain();
    void profileFieldsWithinTheirLimits();

private:
    BulkJob *run(const QString &operation, const QList<JobItem> &items,
                 const QJsonObject &params = {}, ApiClient *client = nullptr);
    DirectoryUser one(const std::function<bool(const DirectoryUser &)> &kind);
    int requestsTo(const QString &fragment) const;

    TestServer m_server;
    QTemporaryDir m_journal;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<JobManager> m_jobs;
    QList<DirectoryUser> m_people;
    QSet<QString> m_used;
};

void TestUserActions::initTestCase()
{
    if (!qEnvironmentVariableIsEmpty("ORGDESK_E2E_BASE_URL"))
        QSKIP("Changes people: needs the in-process sandbox.");
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 400, 7}));
    m_client = std::make_unique<ApiClient>(m_server.baseUrl());
    m_client->setApiKey(m_server.apiKey());
    RetryPolicy fast;
    fast.baseBackoffMs = 10;
    m_client->setRetryPolicy(fast);
    m_users = std::make_unique<UserService>(m_client.get(), m_server.orgId());
    m_jobs = std::make_unique<JobManager>(m_journal.path());
    m_people = loadAll(*m_users);
    QCOMPARE(m_people.size(), 400);
}

void TestUserActions::init()
{
    m_server.sandbox()->clearFaults();
    m_server.sandbox()->clearReceivedRequests();
}

BulkJob *TestUserActions::run(const QString &operation, const QList<JobItem> &items,
                              const QJsonObject &params, ApiClient *client)
{
    JobSpec spec;
    spec.operation = operation;
    spec.title = operation;
    spec.orgId = m_server.orgId();
    spec.params = params;
    BulkJob *job = m_jobs->start(client ? client : m_client.get(), spec, items);
    if (job && !waitForEnd(job))
        return nullptr;
    return job;
}

DirectoryUser TestUserActions::one(const std::function<bool(const DirectoryUser &)> &kind)
{
    const QList<DirectoryUser> picked = pick(m_people, m_used, 1, kind);
    return picked.isEmpty() ? DirectoryUser() : picked.first();
}

int TestUserActions::requestsTo(const QString &fragment) const
{
    int count = 0;
    for (const sandbox::ReceivedRequest &request : m_server.sandbox()->receivedRequests())
        count += request.path.contains(fragment) && request.method != "GET" ? 1 : 0;
    return count;
}

void TestUserActions::eachVerbLeavesTheDocumentedState_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("pathEnd");
    QTest::newRow("suspend") << UserOperations::suspend() << u"active"_qs << u"suspended"_qs
                             << QByteArray("POST") << u"/suspend"_qs;
    QTest::newRow("restore") << UserOperations::restore() << u"suspended"_qs << u"active"_qs
                             << QByteArray("POST") << u"/restore"_qs;
    QTest::newRow("remove") << UserOperations::remove() << u"active"_qs << u"not_invited"_qs
                            << QByteArray("DELETE") << QString();
    QTest::newRow("deactivate") << UserOperations::deactivate() << u"active"_qs << u"deactivated"_qs
                                << QByteArray("POST") << u"/manage/lifecycle/disable"_qs;
    QTest::newRow("enable") << UserOperations::enable() << u"deactivated"_qs << u"active"_qs
                            << QByteArray("POST") << u"/manage/lifecycle/enable"_qs;
    QTest::newRow("delete") << UserOperations::deleteAccount() << u"active"_qs << u"for_deletion"_qs
                            << QByteArray("POST") << u"/manage/lifecycle/delete"_qs;
}

void TestUserActions::eachVerbLeavesTheDocumentedState()
{
    QFETCH(QString, operation);
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QByteArray, method);
    QFETCH(QString, pathEnd);
    const DirectoryUser person = one([&](const DirectoryUser &u) {
        return isPlainManaged(u, before) && (before != u"deactivated"_qs || !u.name.isEmpty());
    });
    QVERIFY2(!person.accountId.isEmpty(), "no such person in the seeded org");
    BulkJob *job = run(operation, UserOperations::itemsFor(operation, {person}));
    QVERIFY(job);
    QCOMPARE(job->items().first().state, JobItem::State::Done);
    QCOMPARE(statusOf(*m_users, person.accountId), after);

    const auto received = m_server.sandbox()->receivedRequests();
    QCOMPARE(received.size(), 2); // the change, then the read above
    QCOMPARE(received.first().method, method);
    QVERIFY2(received.first().path.endsWith(person.accountId + pathEnd),
             qPrintable(received.first().path));
}

void TestUserActions::deactivateSendsTheMessage()
{
    const DirectoryUser person =
        one([](const DirectoryUser &u) { return isPlainManaged(u, u"active"_qs); });
    const QJsonObject params{{u"message"_qs, u"Left the company, ticket HD-42"_qs}};
    BulkJob *job = run(UserOperations::deactivate(),
                       UserOperations::itemsFor(UserOperations::deactivate(), {person}), params);
    QVERIFY(job);
    QCOMPARE(job->count(JobItem::State::Done), 1);
    const sandbox::ReceivedRequest sent = m_server.sandbox()->receivedRequests().first();
    QCOMPARE(QJsonDocument::fromJson(sent.body).object().value(u"message"_qs).toString(),
             u"Left the company, ticket HD-42"_qs);
}

void TestUserActions::peopleAlreadyInThatStateAreSkipped()
{
    const QList<DirectoryUser> people = pick(m_people, m_used, 3, [](const DirectoryUser &u) {
        return isPlainManaged(u, u"suspended"_qs);
    });
    const DirectoryUser active =
        one([](const DirectoryUser &u) { return isPlainManaged(u, u"active"_qs); });
    QCOMPARE(people.size(), 3);
    const QList<JobItem> items =
        UserOperations::itemsFor(UserOperations::suspend(), people + QList{active});
    BulkJob *job = run(UserOperations::suspend(), items);
    QVERIFY(job);
    QCOMPARE(job->count(JobItem::State::Skipped), 3);
    QCOMPARE(job->items().first().reason, u"Already suspended"_qs);
    QCOMPARE(job->count(JobItem::State::Done), 1);
    for (const DirectoryUser &person : people)
        QCOMPARE(requestsTo(person.accountId), 0);
    QCOMPARE(requestsTo(active.accountId), 1);
}

void TestUserActions::anIneligibleAccountFailsWithTheReason()
{
    // Someone who was active when the list was made, and deactivated since: re-enabling them
    // is not eligible, and the job says why.
    const DirectoryUser person =
        one([](const DirectoryUser &u) { return isPlainManaged(u, u"active"_qs); });
    JobItem item = UserOperations::itemFor(person);
    BulkJob *job = run(UserOperations::enable(), {item});
    QVERIFY(job);
    QCOMPARE(job->items().first().state, JobItem::State::Failed);
    QVERIFY2(
        job->items().first().reason.startsWith(u"Not eligible: The account is already active"_qs),
        qPrintable(job->items().first().reason));
    QCOMPARE(m_server.sandbox()->receivedRequests().size(), 1);
}

void TestUserActions::aScopedKeyIsRefusedByUserManagement()
{
    const QString scopedKey = u"ATCTT3xFfGN0scopedtestkey0000000000000000000000"_qs;
    m_server.sandbox()->addApiKey(scopedKey, true);
    ApiClient scoped(m_server.baseUrl());
    scoped.setApiKey(scopedKey);
    const DirectoryUser person =
        one([](const DirectoryUser &u) { return isPlainManaged(u, u"active"_qs); });
    BulkJob *job =
        run(UserOperations::deactivate(),
            UserOperations::itemsFor(UserOperations::deactivate(), {person}), {}, &scoped);
    QVERIFY(job);
    QCOMPARE(job->items().first().state, JobItem::State::Failed);
    QVERIFY2(job->items().first().reason.contains(u"key without scopes"_qs),
             qPrintable(job->items().first().reason));
    QVERIFY(job->items().first().reason.contains(u"403"_qs));
    QCOMPARE(statusOf(*m_users, person.accountId), u"active"_qs);
    // The directory writes document no scope either (CATALOG §0.2): refused, saying what to use.
    BulkJob *suspend =
        run(UserOperations::suspend(),
            UserOperations::itemsFor(UserOperations::suspend(), {person}), {}, &scoped);
    QVERIFY(suspend);
    QCOMPARE(suspend->items().first().state, JobItem::State::Failed);
    QVERIFY2(suspend->items().first().reason.contains(u"without scopes"_qs),
             qPrintable(suspend->items().first().reason));
    QCOMPARE(statusOf(*m_users, person.accountId), u"active"_qs);
}

void TestUserActions::anAccountOwnedByAnIdentityProviderIsRefused()
{
    const DirectoryUser person = one([](const DirectoryUser &u) {
        return u.managementSource == u"synced"_qs && u.status == u"active"_qs && u.emailVerified;
    });
    QVERIFY(!person.accountId.isEmpty());
    BulkJob *job = run(UserOperations::deactivate(),
                       UserOperations::itemsFor(UserOperations::deactivate(), {person}));
    QVERIFY(job);
    QCOMPARE(job->items().first().state, JobItem::State::Failed);
    QVERIFY2(job->items().first().reason.contains(u"identity provider"_qs),
             qPrintable(job->items().first().reason));
}

void TestUserActions::deletionCanBeCancelledForFourteenDaysOnly()
{
    const QList<DirectoryUser> people = pick(m_people, m_used, 2, [](const DirectoryUser &u) {
        return isPlainManaged(u, u"active"_qs);
    });
    QCOMPARE(people.size(), 2);
    BulkJob *deletion = run(UserOperations::deleteAccount(),
                            UserOperations::itemsFor(UserOperations::deleteAccount(), people));
    QVERIFY(deletion);
    QCOMPARE(deletion->count(JobItem::State::Done), 2);

    // Day 13: the first deletion can still be cancelled.
    m_server.sandbox()->advanceClock(13 * 86400);
    const auto first = details(*m_users, people.at(0).accountId);
    QVERIFY(first);
    QCOMPARE(first->status, u"for_deletion"_qs);
    BulkJob *cancel = run(UserOperations::cancelDelete(),
                          UserOperations::itemsFor(UserOperations::cancelDelete(), {*first}));
    QVERIFY(cancel);
    QCOMPARE(cancel->count(JobItem::State::Done), 1);
    QCOMPARE(statusOf(*m_users, people.at(0).accountId), u"active"_qs);

    // Day 15: the second is gone for good.
    m_server.sandbox()->advanceClock(2 * 86400);
    JobItem late = UserOperations::itemFor(people.at(1));
    BulkJob *tooLate = run(UserOperations::cancelDelete(), {late});
    QVERIFY(tooLate);
    QCOMPARE(tooLate->items().first().state, JobItem::State::Failed);
    QVERIFY2(tooLate->items().first().reason.contains(u"No such account"_qs),
             qPrintable(tooLate->items().first().reason));
    const auto closed = details(*m_users, people.at(1).accountId);
    QVERIFY(closed);
    QCOMPARE(closed->accountStatus, u"closed"_qs);
}

void TestUserActions::undoRunsTheInverseVerbOnWhatChanged()
{
    const QList<DirectoryUser> people = pick(m_people, m_used, 5, [](const DirectoryUser &u) {
        return isPlainManaged(u, u"active"_qs);
    });
    const DirectoryUser already =
        one([](const DirectoryUser &u) { return isPlainManaged(u, u"suspended"_qs); });
    BulkJob *job =
        run(UserOperations::suspend(),
            UserOperations::itemsFor(UserOperations::suspend(), people + QList{already}));
    QVERIFY(job);
    QCOMPARE(job->count(JobItem::State::Done), 5);
    QVERIFY(job->canUndo());
    BulkJob *undo = m_jobs->startUndo(m_client.get(), job, u"wrong ticket"_qs);
    QVERIFY(undo);
    QVERIFY(waitForEnd(undo));
    QCOMPARE(undo->spec().operation, UserOperations::restore());
    QCOMPARE(undo->spec().reason, u"wrong ticket"_qs);
    QCOMPARE(undo->items().size(), 5); // not the one that was suspended already
    QCOMPARE(undo->count(JobItem::State::Done), 5);
    for (const DirectoryUser &person : people)
        QCOMPARE(statusOf(*m_users, person.accountId), u"active"_qs);
    QCOMPARE(statusOf(*m_users, already.accountId), u"suspended"_qs);
}

void TestUserActions::privilegesSayWhatTheKeyMayDo()
{
    ManageService manage(m_client.get());
    auto privileges = [&](const QString &accountId) {
        ApiResult<ManagePrivileges> result;
        bool done = false;
        QObject context; // a late answer, after a timeout, reaches nobody
        manage.privileges(accountId, &context, [&](const ApiResult<ManagePrivileges> &answer) {
            result = answer;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            result.error = ApiError::timeout();
        return result;
    };
    const DirectoryUser plain =
        one([](const DirectoryUser &u) { return isPlainManaged(u, u"active"_qs); });
    const auto open = privileges(plain.accountId);
    QVERIFY(open.ok());
    QVERIFY(open.value.action(u"lifecycle.enablement"_qs).allowed);
    QVERIFY(open.value.field(u"extended_profile.job_title"_qs).allowed);

    const DirectoryUser synced = one([](const DirectoryUser &u) {
        return u.managementSource == u"synced"_qs && u.emailVerified;
    });
    const auto restricted = privileges(synced.accountId);
    QVERIFY(restricted.ok());
    QVERIFY(!restricted.value.action(u"lifecycle.enablement"_qs).allowed);
    QCOMPARE(restricted.value.action(u"lifecycle.enablement"_qs).reason,
             u"externalDirectory.scim"_qs);
    QVERIFY(restricted.value.field(u"zoneinfo"_qs).allowed);
    QVERIFY(!restricted.value.field(u"name"_qs).allowed);

    const DirectoryUser unmanaged =
        one([](const DirectoryUser &u) { return u.claimStatus == u"unmanaged"_qs; });
    const auto refused = privileges(unmanaged.accountId);
    QCOMPARE(refused.error.httpStatus(), 403);
}

void TestUserActions::emailOnlyOnAClaimedDomain()
{
    ManageService manage(m_client.get());
    const DirectoryUser person =
        one([](const DirectoryUser &u) { return isPlainManaged(u, u"active"_qs); });
    auto setEmail = [&](const QString &email) {
        ApiError error = ApiError::timeout();
        bool done = false;
        QObject context;
        manage.setEmail(person.accountId, email, &context, [&](const ApiError &answer) {
            error = answer;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            error = ApiError::timeout();
        return error;
    };
    const ApiError unclaimed = setEmail(u"someone@gmail.com"_qs);
    QCOMPARE(unclaimed.httpStatus(), 403);
    QCOMPARE(unclaimed.serverCode(), u"forbidden.unclaimedDomain"_qs);
    QVERIFY(unclaimed.userMessage().contains(u"gmail.com"_qs));
    QCOMPARE(setEmail(u"not an address"_qs).httpStatus(), 400);

    const QString address =
        u"renamed.person.%1@acme-robotics.com"_qs.arg(person.accountId.right(6));
    QVERIFY(!setEmail(address).isError());
    const auto after = details(*m_users, person.accountId);
    QVERIFY(after);
    QCOMPARE(after->email, address);
    QVERIFY(after->emailVerified);
}

void TestUserActions::profileFieldsWithinTheirLimits()
{
    ManageService manage(m_client.get());
    const DirectoryUser person =
        one([](const DirectoryUser &u) { return isPlainManaged(u, u"active"_qs); });
    auto update = [&](const ProfileChange &change) {
        ApiResult<ManagedProfile> result;
        bool done = false;
        QObject context;
        manage.updateProfile(person.accountId, change, &context,
                             [&](const ApiResult<ManagedProfile> &answer) {
                                 result = answer;
                                 done = true;
                             });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            result.error = ApiError::timeout();
        return result;
    };
    ProfileChange tooLong;
    tooLong.nickname = QString(31, u'n');
    QVERIFY(!tooLong.problem().isEmpty()); // caught before sending
    const auto refused = update(tooLong);
    QCOMPARE(refused.error.httpStatus(), 400);
    QCOMPARE(refused.error.serverCode(), u"fieldConstraintsViolated"_qs);
    QCOMPARE(refused.error.serverMessage(), u"nickname"_qs);
    ProfileChange longName;
    longName.name = QString(101, u'a');
    QCOMPARE(update(longName).error.httpStatus(), 400);

    ProfileChange change;
    change.jobTitle = u"Help-desk lead"_qs;
    change.zoneinfo = u"Europe/Berlin"_qs;
    change.nickname = u"Sam"_qs;
    const auto updated = update(change);
    QVERIFY2(updated.ok(), qPrintable(updated.error.detailedMessage()));
    QCOMPARE(updated.value.jobTitle, u"Help-desk lead"_qs);
    QCOMPARE(updated.value.zoneinfo, u"Europe/Berlin"_qs);
    const auto after = details(*m_users, person.accountId);
    QVERIFY(after);
    QCOMPARE(after->jobTitle, u"Help-desk lead"_qs);
    QCOMPARE(after->timeZone, u"Europe/Berlin"_qs);
    QCOMPARE(after->nickname, u"Sam"_qs);
}

QTEST_GUILESS_MAIN(TestUserActions)
#include "tst_useractions.moc"
