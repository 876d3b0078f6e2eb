#include "ApiClient.h"
#include "ParallelUserListing.h"
#include "SandboxServer.h"
#include "TestServer.h"
#include "UserPartition.h"
#include "UserService.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

// The parallel listing lists exactly the people a plain walk lists, once each, on a seeded
// sandbox with several directories; the partition planner on its own.
class TestParallelUserListing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cutKeepsTheUsersFiltersAndNarrowsThem();
    void pinnedFiltersAreNotCut();
    void cutThatDoesNotAddUpIsDroppedForTheNextDimension();
    void smallListIsNotCut();
    void sameSetAsAPlainWalk_data();
    void sameSetAsAPlainWalk();
    void sameSetUnderTheRateLimit();
    void alreadyListedPeopleAreSkipped();
    void cancelLeavesNoStraySignals();
    void firstPageComesBeforeThePlan();

private:
    struct Listing
    {
        QList<QString> ids; // in the order handed out, duplicates kept
        int lastPages = 0;  // usersReceived with hasMore false
        int failures = 0;
        int partsWalked = 0;
        bool plainWalk = false;
    };
    QSet<QString> plainWalk(const UserQuery &query);
    Listing parallelWalk(const UserQuery &query, const QSet<QString> &skip = {});

    TestServer m_server;
    std::unique_ptr<ApiClient> m_client;
    static constexpr int userCount = 3000;
};

void TestParallelUserListing::initTestCase()
{
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, userCount, 7}));
    m_client = std::make_unique<ApiClient>(m_server.baseUrl());
    m_client->setApiKey(m_server.apiKey());
    RetryPolicy policy = m_client->retryPolicy();
    policy.baseBackoffMs = 50;
    policy.maxRateLimitWaits = 50; // a low limit: many waits, none of them a failure
    m_client->setRetryPolicy(policy);
}

QSet<QString> TestParallelUserListing::plainWalk(const UserQuery &query)
{
    std::unique_ptr<UserPager> pager(UserService(m_client.get(), m_server.orgId()).search(query));
    QSet<QString> ids;
    bool done = false;
    connect(pager.get(), &UserPager::usersReceived, this,
            [&](const QList<DirectoryUser> &users, bool hasMore) {
                for (const DirectoryUser &user : users)
                    ids.insert(user.accountId);
                done = !hasMore;
            });
    connect(pager.get(), &Pager::failed, this, [&](const ApiError &error) {
        qWarning() << error.detailedMessage();
        done = true;
    });
    pager->fetchAll();
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        qWarning("the plain walk never finished");
    return ids;
}

TestParallelUserListing::Listing TestParallelUserListing::parallelWalk(const UserQuery &query,
                                                                       const QSet<QString> &skip)
{
    std::unique_ptr<ParallelUserListing> listing(
        UserService(m_client.get(), m_server.orgId()).listAll(query));
    listing->skipAccounts(skip);
    Listing result;
    connect(listing.get(), &ParallelUserListing::usersReceived, this,
            [&](const QList<DirectoryUser> &users, bool hasMore) {
                for (const DirectoryUser &user : users)
                    result.ids.append(user.accountId);
                result.lastPages += hasMore ? 0 : 1;
            });
    connect(listing.get(), &ParallelUserListing::failed, this, [&](const ApiError &error) {
        qWarning() << error.detailedMessage();
        ++result.failures;
    });
    listing->fetchAll();
    if (!QTest::qWaitFor([&] { return result.lastPages > 0 || result.failures > 0; }, 60000))
        qWarning("the parallel listing never finished");
    QTest::qWait(50); // nothing more may come after the last page
    result.partsWalked = listing->partsWalked();
    result.plainWalk = listing->finishedWithPlainWalk();
    return result;
}

void TestParallelUserListing::cutKeepsTheUsersFiltersAndNarrowsThem()
{
    UserQuery query;
    query.searchTerm = u"an"_qs;
    query.emailDomains = {u"acme-robotics.com"_qs};
    query.statuses = {u"active"_qs, u"suspended"_qs};
    UserPartition plan(query, 10000, 6, {u"d1"_qs, u"d2"_qs, u"d3"_qs});

    const QList<UserQuery> byStatus = plan.cut(query, UserPartition::Dimension::Status);
    QCOMPARE(byStatus.size(), 2); // the user's two statuses, never the other three
    QCOMPARE(byStatus.at(0).statuses, QStringList{u"active"_qs});
    QCOMPARE(byStatus.at(1).statuses, QStringList{u"suspended"_qs});
    for (const UserQuery &piece : byStatus) {
        QCOMPARE(piece.searchTerm, query.searchTerm);
        QCOMPARE(piece.emailDomains, query.emailDomains);
    }
    const QList<UserQuery> byDirectory = plan.cut(query, UserPartition::Dimension::Directory);
    QCOMPARE(byDirectory.size(), 3);
    QCOMPARE(byDirectory.at(2).directoryIds, QStringList{u"d3"_qs});
    QCOMPARE(byDirectory.at(2).statuses, query.statuses);
    const QList<UserQuery> byMfa = plan.cut(query, UserPartition::Dimension::Mfa);
    QCOMPARE(byMfa.size(), 2);
    QCOMPARE(byMfa.at(0).mfaEnabled, std::optional<bool>(true));
    QCOMPARE(byMfa.at(1).mfaEnabled, std::optional<bool>(false));
}

void TestParallelUserListing::pinnedFiltersAreNotCut()
{
    UserQuery query;
    query.directoryId = u"d2"_qs;
    query.statuses = {u"active"_qs};
    query.claimStatus = u"managed"_qs;
    UserPartition plan(query, 10000, 6, {u"d1"_qs, u"d2"_qs});
    QCOMPARE(plan.dimensionsFor(query), QList{UserPartition::Dimension::Mfa});
    query.mfaEnabled = false;
    QVERIFY(plan.dimensionsFor(query).isEmpty());
    UserPartition pinned(query, 10000, 6);
    QVERIFY(pinned.nextCuts().isEmpty());
    QCOMPARE(pinned.parts().size(), 1);
    QCOMPARE(pinned.parts().at(0).query, query);
}

void TestParallelUserListing::cutThatDoesNotAddUpIsDroppedForTheNextDimension()
{
    UserPartition plan(UserQuery(), 1000, 2, {u"d1"_qs, u"d2"_qs});
    QCOMPARE(plan.targetSize(), 250);
    QList<UserPartition::Cut> cuts = plan.nextCuts();
    QCOMPARE(cuts.size(), 1);
    QCOMPARE(cuts.at(0).dimension, UserPartition::Dimension::Status);
    // Someone in two directories with two statuses: 1001 of 1000, not a partition.
    plan.settle(cuts, {{800, 101, 50, 30, 20}});
    QCOMPARE(plan.parts().size(), 1);

    cuts = plan.nextCuts();
    QCOMPARE(cuts.size(), 1);
    QCOMPARE(cuts.at(0).dimension, UserPartition::Dimension::Directory);
    // People outside every directory: 900 of 1000, some would be missed.
    plan.settle(cuts, {{600, 300}});
    QCOMPARE(plan.parts().size(), 1);

    cuts = plan.nextCuts();
    QCOMPARE(cuts.at(0).dimension, UserPartition::Dimension::ClaimStatus);
    plan.settle(cuts, {{900, 100}});
    QList<UserPartition::Part> parts = plan.parts();
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(0).count, 900); // biggest first
    QCOMPARE(parts.at(0).query.claimStatus, u"managed"_qs);

    // Only the part still too big is cut again; an empty piece is not walked.
    cuts = plan.nextCuts();
    QCOMPARE(cuts.size(), 1);
    QCOMPARE(cuts.at(0).dimension, UserPartition::Dimension::Mfa);
    QCOMPARE(cuts.at(0).pieces.at(0).claimStatus, u"managed"_qs);
    plan.settle(cuts, {{900, 0}});
    parts = plan.parts();
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(0).query.mfaEnabled, std::optional<bool>(true));
    QVERIFY(plan.nextCuts().isEmpty()); // no dimension left
}

void TestParallelUserListing::smallListIsNotCut()
{
    UserPartition plan(UserQuery(), 150, 6, {u"d1"_qs, u"d2"_qs});
    QVERIFY(plan.nextCuts().isEmpty());
    QCOMPARE(plan.parts().size(), 1);
    QVERIFY(UserPartition::addsUp(10, {4, 6}));
    QVERIFY(!UserPartition::addsUp(10, {4, 7}));
    QVERIFY(!UserPartition::addsUp(10, {4, -1, 7}));
}

void TestParallelUserListing::sameSetAsAPlainWalk_data()
{
    QTest::addColumn<UserQuery>("query");
    QTest::addColumn<bool>("cut");
    QTest::newRow("everyone") << UserQuery() << true;
    UserQuery suspended;
    suspended.statuses = {u"suspended"_qs};
    QTest::newRow("suspended") << suspended << false;
    UserQuery domain;
    domain.emailDomains = {u"freelance-mail.net"_qs};
    QTest::newRow("e-mail domain") << domain << true;
    UserQuery term;
    term.searchTerm = u"an"_qs;
    QTest::newRow("search term") << term << true;
    UserQuery descending;
    descending.sortDescending = true;
    descending.limit = 50;
    QTest::newRow("descending, pages of 50") << descending << true;
}

void TestParallelUserListing::sameSetAsAPlainWalk()
{
    if (m_server.isExternal())
        QSKIP("Relies on the seeded organization's size.");
    QFETCH(UserQuery, query);
    QFETCH(bool, cut);
    const QSet<QString> expected = plainWalk(query);
    QVERIFY(expected.size() > 100);

    const Listing listed = parallelWalk(query);
    QCOMPARE(listed.failures, 0);
    QCOMPARE(listed.lastPages, 1);
    QCOMPARE(listed.ids.size(), expected.size()); // nobody twice
    QCOMPARE(QSet<QString>(listed.ids.cbegin(), listed.ids.cend()), expected);
    QVERIFY(!listed.plainWalk);
    if (cut)
        QVERIFY2(listed.partsWalked > 2, qPrintable(QString::number(listed.partsWalked)));
}

void TestParallelUserListing::sameSetUnderTheRateLimit()
{
    if (m_server.isExternal())
        QSKIP("Sets the sandbox's rate limit.");
    const QSet<QString> expected = plainWalk(UserQuery());
    int rateLimited = 0;
    connect(m_client->callLog(), &ApiCallLog::recorded, this,
            [&rateLimited](const ApiCallRecord &record) {
                rateLimited += record.httpStatus == 429 ? 1 : 0;
            });
    m_server.sandbox()->setRateLimit(15);
    const Listing listed = parallelWalk(UserQuery());
    m_server.sandbox()->setRateLimit(0);
    disconnect(m_client->callLog(), &ApiCallLog::recorded, this, nullptr);

    QVERIFY2(rateLimited > 0, "the sandbox never answered 429");
    QCOMPARE(listed.failures, 0);
    QCOMPARE(listed.lastPages, 1);
    QCOMPARE(listed.ids.size(), expected.size());
    QCOMPARE(QSet<QString>(listed.ids.cbegin(), listed.ids.cend()), expected);
}

void TestParallelUserListing::alreadyListedPeopleAreSkipped()
{
    if (m_server.isExternal())
        QSKIP("Relies on the seeded organization's size.");
    const QSet<QString> everyone = plainWalk(UserQuery());
    QSet<QString> loaded;
    for (const QString &id : everyone) {
        if (loaded.size() == 100)
            break;
        loaded.insert(id);
    }
    const Listing listed = parallelWalk(UserQuery(), loaded);
    QCOMPARE(listed.ids.size(), everyone.size() - 100);
    QSet<QString> rest(listed.ids.cbegin(), listed.ids.cend());
    QVERIFY(!rest.intersects(loaded));
    QCOMPARE(rest + loaded, everyone);
}

void TestParallelUserListing::cancelLeavesNoStraySignals()
{
    if (m_server.isExternal())
        QSKIP("Sets the sandbox's latency.");
    m_server.sandbox()->setLatency(40);
    std::unique_ptr<ParallelUserListing> listing(
        UserService(m_client.get(), m_server.orgId()).listAll(UserQuery()));
    QSignalSpy received(listing.get(), &ParallelUserListing::usersReceived);
    QSignalSpy failed(listing.get(), &ParallelUserListing::failed);
    listing->fetchAll();
    QTRY_VERIFY_WITH_TIMEOUT(received.size() > 0, 30000);
    QVERIFY(m_client->requestsInFlight() > 0);
    listing->cancel();
    QVERIFY(!listing->isRunning());
    const int handedOut = int(received.size());
    // What was in flight comes back (or is aborted) in well under this: none of it lands.
    QTRY_COMPARE_WITH_TIMEOUT(m_client->requestsInFlight(), 0, 5000);
    QTest::qWait(200);
    QCOMPARE(received.size(), handedOut);
    QCOMPARE(failed.size(), 0);
    for (const QList<QVariant> &arguments : received)
        QVERIFY(arguments.at(1).toBool()); // never said it was over

    // Deleted in the middle: nothing lands either.
    listing->fetchAll();
    QTRY_VERIFY_WITH_TIMEOUT(received.size() > handedOut, 30000);
    listing.reset();
    QTRY_COMPARE_WITH_TIMEOUT(m_client->requestsInFlight(), 0, 5000);
    m_server.sandbox()->setLatency(0);
}

// The query's first page is asked for beside the counts: with the counts held back, the first
// people arrive anyway, and the whole listing still hands each person out once.
void TestParallelUserListing::firstPageComesBeforeThePlan()
{
    if (m_server.isExternal())
        QSKIP("Delays the sandbox's counts.");
    const QSet<QString> expected = plainWalk(UserQuery());
    m_server.sandbox()->addFault(
        sandbox::FaultRule::delay(QStringLiteral("/users/count$"), 1500, 0)); // every count
    std::unique_ptr<ParallelUserListing> listing(
        UserService(m_client.get(), m_server.orgId()).listAll(UserQuery()));
    QList<QString> ids;
    bool over = false;
    QElapsedTimer sinceStart;
    qint64 firstPeopleMs = -1;
    connect(listing.get(), &ParallelUserListing::usersReceived, this,
            [&](const QList<DirectoryUser> &users, bool hasMore) {
                if (firstPeopleMs < 0 && !users.isEmpty())
                    firstPeopleMs = sinceStart.elapsed();
                for (const DirectoryUser &user : users)
                    ids.append(user.accountId);
                over = !hasMore;
            });
    sinceStart.start();
    listing->fetchAll();
    QTRY_VERIFY_WITH_TIMEOUT(over, 60000);
    m_server.sandbox()->clearFaults();
    QVERIFY2(firstPeopleMs >= 0 && firstPeopleMs < 1500,
             qPrintable(QString::number(firstPeopleMs)));
    QCOMPARE(ids.size(), expected.size()); // nobody twice
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), expected);
}

QTEST_GUILESS_MAIN(TestParallelUserListing)
#include "tst_paralleluserlisting.moc"