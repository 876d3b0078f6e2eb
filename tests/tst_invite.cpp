// Inviting people (POST /v2/orgs/{orgId}/users/invite) as one journaled job against the
// sandbox: one result per address, people already in the organization get the roles, the
// licence limit of a nearly full workspace (206 with one refused, 409 when nobody fits), the
// 402 of an organization without a paid subscription, batches of 25, and a job interrupted and
// resumed. Asserts on what the server received and on what the Users listing shows.

#include "ApiClient.h"
#include "Await.h"
#include "BulkJob.h"
#include "InviteOperation.h"
#include "JobManager.h"
#include "PeopleFixture.h"
#include "RawCall.h"
#include "SandboxServer.h"
#include "TestServer.h"
#include "UserService.h"
#include "WorkspaceService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace PeopleFixture;

class TestInvite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void invitesAndListsThemUntilTheyAccept();
    void fiveAddressesOnANearlyFullWorkspace();
    void nobodyFitsIs409();
    void reasonsInWords_data();
    void reasonsInWords();
    void withoutAPaidSubscriptionIs402();
    void sendsBatchesOf25();
    void interruptedJobResumes();

private:
    BulkJob *invite(const QStringList &emails, const InviteSpec &spec, JobManager *jobs = nullptr,
                    ApiClient *client = nullptr);
    QList<DirectoryUser> byEmail(const QStringList &emails);
    QString workspace(const QString &name) const { return m_workspaces.value(name).id; }
    QList<QJsonObject> invitePosts() const;
    static QStringList addresses(const QString &prefix, int count);

    TestServer m_server;
    QTemporaryDir m_journal;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<JobManager> m_jobs;
    QHash<QString, Workspace> m_workspaces; // by name
};

void TestInvite::initTestCase()
{
    if (!qEnvironmentVariableIsEmpty("ORGDESK_E2E_BASE_URL"))
        QSKIP("Invites people: needs the in-process sandbox.");
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 300, 7}));
    m_client = std::make_unique<ApiClient>(m_server.baseUrl());
    m_client->setApiKey(m_server.apiKey());
    m_users = std::make_unique<UserService>(m_client.get(), m_server.orgId());
    m_jobs = std::make_unique<JobManager>(m_journal.path());
    std::unique_ptr<WorkspacePager> pager(
        WorkspaceService(m_client.get(), m_server.orgId()).search(QString(), 100));
    const auto listing = Await::allPages(pager.get(), &WorkspacePager::workspacesReceived);
    QVERIFY(!listing.error.isError());
    for (const Workspace &w : listing.items)
        m_workspaces.insert(w.name, w);
    QVERIFY(m_workspaces.contains(u"acme-partners"_qs));
    QCOMPARE(m_workspaces.value(u"acme-partners"_qs).capacity, 5);
}

void TestInvite::init()
{
    m_server.sandbox()->clearReceivedRequests();
    m_server.sandbox()->setInvitePaymentRequired(false);
    m_server.sandbox()->setInviteAcceptDelay(60000);
}

QStringList TestInvite::addresses(const QString &prefix, int count)
{
    QStringList emails;
    for (int i = 1; i <= count; ++i)
        emails.append(QStringLiteral("%1.%2@newhires.example").arg(prefix).arg(i));
    return emails;
}

BulkJob *TestInvite::invite(const QStringList &emails, const InviteSpec &spec, JobManager *jobs,
                            ApiClient *client)
{
    const QList<DirectoryUser> here = byEmail(emails);
    QList<JobItem> items;
    for (const QString &email : emails) {
        const bool member = std::any_of(here.cbegin(), here.cend(), [&](const DirectoryUser &u) {
            return u.email.compare(email, Qt::CaseInsensitive) == 0;
        });
        items.append(InviteOperation::itemFor(email, member));
    }
    JobSpec job;
    job.operation = InviteOperation::operationKey();
    job.title = u"Invite"_qs;
    job.orgId = m_server.orgId();
    job.params = spec.toParams();
    return (jobs ? jobs : m_jobs.get())->start(client ? client : m_client.get(), job, items);
}

QList<DirectoryUser> TestInvite::byEmail(const QStringList &emails)
{
    UserQuery query;
    query.emails = emails;
    query.limit = 100;
    std::unique_ptr<UserPager> pager(m_users->search(query));
    return Await::allPages(pager.get(), &UserPager::usersReceived).items;
}

QList<QJsonObject> TestInvite::invitePosts() const
{
    QList<QJsonObject> posts;
    for (const auto &request : m_server.sandbox()->receivedRequests()) {
        if (request.method == "POST" && request.path.endsWith(u"/users/invite"_qs))
            posts.append(QJsonDocument::fromJson(request.body).object());
    }
    return posts;
}

void TestInvite::invitesAndListsThemUntilTheyAccept()
{
    const QStringList emails = addresses(u"ada"_qs, 2);
    InviteSpec spec;
    spec.grants = {{workspace(u"acme-robotics"_qs), u"atlassian/user"_qs, u"acme-robotics"_qs}};
    spec.sendNotification = true;
    spec.notificationText = u"Welcome to Acme"_qs;
    BulkJob *job = invite(emails, spec);
    QVERIFY(waitForEnd(job));
    QCOMPARE(job->count(JobItem::State::Done), 2);
    QCOMPARE(job->items().at(0).reason, u"Invited: User on acme-robotics"_qs);

    // One request with both addresses, the rule, and the message.
    const QList<QJsonObject> posts = invitePosts();
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.first()[u"emails"_qs].toArray().size(), 2);
    QCOMPARE(posts.first()[u"permissionRules"_qs][0][u"role"_qs].toString(), u"atlassian/user"_qs);
    QCOMPARE(posts.first()[u"sendNotification"_qs].toBool(), true);
    QCOMPARE(posts.first()[u"notificationText"_qs].toString(), u"Welcome to Acme"_qs);

    // Users lists them as not invited (invited by the API) until they accept.
    QList<DirectoryUser> invited = byEmail(emails);
    QCOMPARE(invited.size(), 2);
    for (const DirectoryUser &person : invited) {
        QCOMPARE(person.status, u"not_invited"_qs);
        QCOMPARE(person.managementSource, u"invited"_qs);
    }
    m_server.sandbox()->advanceClock(61);
    invited = byEmail(emails);
    QCOMPARE(invited.size(), 2);
    for (const DirectoryUser &person : invited)
        QCOMPARE(person.status, u"active"_qs);
}

void TestInvite::fiveAddressesOnANearlyFullWorkspace()
{
    // acme-partners: 5 seats, Priya Sharma and Wojciech Kowalski on 2 of them. Priya is on the
    // list too: she gets the role (her seat is hers already); of the four new people three fit.
    QStringList emails = addresses(u"partner"_qs, 4);
    emails.insert(1, u"priya.sharma@acmelabs.io"_qs);
    InviteSpec spec;
    spec.grants = {{workspace(u"acme-partners"_qs), u"atlassian/user"_qs, u"acme-partners"_qs}};
    BulkJob *job = invite(emails, spec);
    QVERIFY(job->items().at(1).extra.value(u"member"_qs).toBool());
    QVERIFY(waitForEnd(job));
    QCOMPARE(job->items().size(), 5);
    QCOMPARE(job->count(JobItem::State::Done), 4);
    QCOMPARE(job->count(JobItem::State::Failed), 1);
    QCOMPARE(job->items().at(1).reason,
             u"Already in the organization: given User on acme-partners"_qs);
    const JobItem &last = job->items().at(4);
    QCOMPARE(last.state, JobItem::State::Failed);
    QVERIFY2(last.reason.startsWith(u"User on acme-partners: No licence is left"_qs),
             qPrintable(last.reason));
    // The people invited are listed; the one refused is not.
    const QList<DirectoryUser> listed = byEmail(emails);
    QCOMPARE(listed.size(), 4);
    for (const DirectoryUser &person : listed)
        QVERIFY(person.email != emails.at(4));
}

void TestInvite::nobodyFitsIs409()
{
    // acme-partners is full by now: an invitation nobody on it fits is refused as a whole.
    const QStringList emails = addresses(u"late"_qs, 2);
    InviteSpec spec;
    spec.grants = {{workspace(u"acme-partners"_qs), u"atlassian/user"_qs, u"acme-partners"_qs}};
    const RawAnswer answer =
        rawCall(m_client.get(), InviteOperation::inviteRequest(m_server.orgId(), emails, spec));
    QCOMPARE(answer.status, 409);
    QCOMPARE(answer.errorCode(), u"ADMIN-UAM-409-3"_qs);
    QVERIFY(answer.error.userMessage().contains(u"No licence is left"_qs));
    BulkJob *job = invite(emails, spec);
    QVERIFY(waitForEnd(job));
    QCOMPARE(job->count(JobItem::State::Failed), 2);
    QVERIFY(job->items().first().reason.contains(u"No licence is left"_qs));
    QVERIFY(byEmail(emails).isEmpty());
}

void TestInvite::reasonsInWords_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("workspaceName");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("reason");
    QTest::newRow("role the workspace does not take")
        << u"guest.1@newhires.example"_qs << u"acme-robotics"_qs << u"atlassian/guest"_qs
        << u"Guest on acme-robotics: That workspace does not take this role."_qs;
    QTest::newRow("product not licensed")
        << u"archive.1@newhires.example"_qs << u"acme-archive"_qs << u"atlassian/user"_qs
        << u"User on acme-archive: The product is not licensed (or not online) on that "
           u"workspace."_qs;
    QTest::newRow("inactive user")
        << u"maria.garcia@acme-robotics.com"_qs << u"acme-robotics"_qs << u"atlassian/user"_qs
        << u"User on acme-robotics: The account is deactivated: enable it before giving it "
           u"access."_qs;
}

void TestInvite::reasonsInWords()
{
    QFETCH(QString, email);
    QFETCH(QString, workspaceName);
    QFETCH(QString, role);
    QFETCH(QString, reason);
    InviteSpec spec;
    spec.grants = {{workspace(workspaceName), role, workspaceName}};
    BulkJob *job = invite({email}, spec);
    QVERIFY(waitForEnd(job));
    QCOMPARE(job->items().first().state, JobItem::State::Failed);
    QCOMPARE(job->items().first().reason, reason);
}

void TestInvite::withoutAPaidSubscriptionIs402()
{
    m_server.sandbox()->setInvitePaymentRequired(true);
    const QStringList emails = addresses(u"unpaid"_qs, 3);
    InviteSpec spec;
    spec.grants = {{workspace(u"acme-robotics"_qs), u"atlassian/user"_qs, u"acme-robotics"_qs}};
    const RawAnswer answer =
        rawCall(m_client.get(), InviteOperation::inviteRequest(m_server.orgId(), emails, spec));
    QCOMPARE(answer.status, 402);
    QCOMPARE(answer.errorCode(), u"ADMIN-UAM-402-1"_qs);
    BulkJob *job = invite(emails, spec);
    QVERIFY(waitForEnd(job));
    QCOMPARE(job->count(JobItem::State::Failed), 3);
    QVERIFY2(job->items().first().reason.contains(u"paid subscription"_qs),
             qPrintable(job->items().first().reason));
    QVERIFY(byEmail(emails).isEmpty());
}

void TestInvite::sendsBatchesOf25()
{
    const QStringList emails = addresses(u"batch"_qs, 60);
    InviteSpec spec;
    spec.grants = {{workspace(u"acme-robotics"_qs), u"atlassian/user"_qs, u"acme-robotics"_qs}};
    BulkJob *job = invite(emails, spec);
    QVERIFY(waitForEnd(job));
    QCOMPARE(job->count(JobItem::State::Done), 60);
    QList<int> sizes;
    for (const QJsonObject &post : invitePosts())
        sizes.append(int(post[u"emails"_qs].toArray().size()));
    std::sort(sizes.begin(), sizes.end());
    QCOMPARE(sizes, (QList<int>{10, 25, 25}));
    QCOMPARE(byEmail(emails.mid(0, 50)).size(), 50);
    QCOMPARE(byEmail(emails.mid(50)).size(), 10);
}

void TestInvite::interruptedJobResumes()
{
    // A job whose connection closes after its first batch (the app quit, say) is resumed from
    // its journal by another run: every address ends invited, and none twice.
    const QStringList emails = addresses(u"resume"_qs, 60);
    InviteSpec spec;
    spec.grants = {{workspace(u"acme-robotics"_qs), u"atlassian/user"_qs, u"acme-robotics"_qs}};
    QTemporaryDir journal;
    auto firstRun = std::make_unique<JobManager>(journal.path());
    firstRun->setConcurrency(1);
    auto closing = std::make_unique<ApiClient>(m_server.baseUrl());
    closing->setApiKey(m_server.apiKey());
    BulkJob *job = invite(emails, spec, firstRun.get(), closing.get());
    QVERIFY(QTest::qWaitFor([&] { return job->count(JobItem::State::Done) >= 25; }, 20000));
    closing.reset();
    QCOMPARE(job->status(), BulkJob::Status::Interrupted);
    QVERIFY(job->count(JobItem::State::Done) < 60);

    JobManager secondRun(journal.path());
    const QList<JobJournal::Entry> unfinished = secondRun.unfinishedFromEarlierRuns();
    QCOMPARE(unfinished.size(), 1);
    QCOMPARE(unfinished.first().spec.operation, InviteOperation::operationKey());
    BulkJob *resumed = secondRun.resume(m_client.get(), unfinished.first());
    QVERIFY(resumed);
    QVERIFY(waitForEnd(resumed));
    QCOMPARE(resumed->count(JobItem::State::Done), 60);
    QList<DirectoryUser> listed = byEmail(emails.mid(0, 30)) + byEmail(emails.mid(30));
    QCOMPARE(listed.size(), 60); // one account per address
}

QTEST_GUILESS_MAIN(TestInvite)
#include "tst_invite.moc"
