#include "ApiClient.h"
#include "OrgService.h"
#include "SandboxServer.h"
#include "TestServer.h"
#include "UserService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

// Pagers walk every page of the two main pagination styles against the sandbox.
class TestPager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cursorPagerWalksEveryPageOnce();
    void cursorPagerResendsTheFiltersWithTheCursor();
    void fetchAllAsksForTheNextPageBeforeHandingOutThisOne();
    void linkPagerFollowsFullUrls();
    void failedPageIsReported();
    void directoriesAreCollectedAcrossPages();

private:
    QList<DirectoryUser> collect(UserPager *pager);

    TestServer m_server;
    std::unique_ptr<ApiClient> m_client;
    static constexpr int userCount = 250;
};

void TestPager::initTestCase()
{
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, userCount, 5}));
    m_client = std::make_unique<ApiClient>(m_server.baseUrl());
    m_client->setApiKey(m_server.apiKey());
}

QList<DirectoryUser> TestPager::collect(UserPager *pager)
{
    QList<DirectoryUser> users;
    bool done = false;
    connect(pager, &UserPager::usersReceived, this,
            [&](const QList<DirectoryUser> &page, bool hasMore) {
                users += page;
                if (hasMore)
                    pager->fetchNext();
                else
                    done = true;
            });
    connect(pager, &Pager::failed, this, [&](const ApiError &error) {
        qWarning() << error.detailedMessage();
        done = true;
    });
    pager->fetchNext();
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        qWarning("the pager never finished");
    return users;
}

void TestPager::cursorPagerWalksEveryPageOnce()
{
    if (m_server.isExternal())
        QSKIP("Counts the sandbox's seeded users.");
    UserService service(m_client.get(), m_server.orgId());
    UserQuery query;
    query.limit = 100;
    std::unique_ptr<UserPager> pager(service.search(query));
    const QList<DirectoryUser> users = collect(pager.get());

    QCOMPARE(users.size(), userCount);
    QCOMPARE(pager->pagesFetched(), 3);
    QVERIFY(!pager->hasMore());
    QSet<QString> ids;
    for (const DirectoryUser &user : users)
        ids.insert(user.accountId);
    QCOMPARE(ids.size(), userCount);
}

void TestPager::cursorPagerResendsTheFiltersWithTheCursor()
{
    if (m_server.isExternal())
        QSKIP("Inspects what the sandbox received.");
    m_server.sandbox()->clearReceivedRequests();
    UserService service(m_client.get(), m_server.orgId());
    UserQuery query;
    query.limit = 10;
    query.statuses = {u"active"_qs};
    std::unique_ptr<UserPager> pager(service.search(query));
    const QList<DirectoryUser> users = collect(pager.get());
    QVERIFY(users.size() > 10);
    for (const DirectoryUser &user : users)
        QCOMPARE(user.status, u"active"_qs);

    const auto received = m_server.sandbox()->receivedRequests();
    QCOMPARE(received.size(), pager->pagesFetched());
    const QJsonObject first = QJsonDocument::fromJson(received.at(0).body).object();
    const QJsonObject second = QJsonDocument::fromJson(received.at(1).body).object();
    QVERIFY(!first.contains(u"cursor"_qs));
    QVERIFY(!second.value(u"cursor"_qs).toString().isEmpty());
    QCOMPARE(second.value(u"status"_qs), first.value(u"status"_qs));
}

void TestPager::fetchAllAsksForTheNextPageBeforeHandingOutThisOne()
{
    if (m_server.isExternal())
        QSKIP("Inspects what the sandbox received.");
    m_server.sandbox()->clearReceivedRequests();
    UserService service(m_client.get(), m_server.orgId());
    UserQuery query;
    query.limit = 100;
    std::unique_ptr<UserPager> pager(service.search(query));
    QSet<QString> ids;
    int pagesAskedAhead = 0;
    bool done = false;
    connect(pager.get(), &UserPager::usersReceived, this,
            [&](const QList<DirectoryUser> &users, bool hasMore) {
                for (const DirectoryUser &user : users)
                    ids.insert(user.accountId);
                // The next page is on its way, and nobody but the pager asked for it.
                if (hasMore && pager->isFetching() && m_client->requestsInFlight() == 1)
                    ++pagesAskedAhead;
                done = !hasMore;
            });
    connect(pager.get(), &Pager::failed, this, [&](const ApiError &error) {
        qWarning() << error.detailedMessage();
        done = true;
    });
    pager->fetchAll();
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);

    QCOMPARE(ids.size(), userCount);
    QCOMPARE(pager->pagesFetched(), 3);
    QCOMPARE(pagesAskedAhead, 2);
    QCOMPARE(m_server.sandbox()->receivedRequests().size(), 3);
}

void TestPager::linkPagerFollowsFullUrls()
{
    const QString path = u"/admin/v1/orgs/%1/users"_qs.arg(m_server.orgId());
    LinkPager pager(m_client.get(), ApiRequest::get(path));
    int items = 0;
    bool done = false;
    connect(&pager, &Pager::pageReceived, this, [&](const QJsonArray &page, bool hasMore) {
        items += int(page.size());
        hasMore ? pager.fetchNext() : void(done = true);
    });
    connect(&pager, &Pager::failed, this,
            [&](const ApiError &error) { QFAIL(qPrintable(error.detailedMessage())); });
    pager.fetchNext();
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    QVERIFY(items > 0);
    QVERIFY(pager.pagesFetched() >= 1);
}

void TestPager::failedPageIsReported()
{
    ApiClient wrongKey(m_server.baseUrl());
    wrongKey.setApiKey(u"wrong"_qs);
    UserService service(&wrongKey, m_server.orgId());
    std::unique_ptr<UserPager> pager(service.search(UserQuery{}));
    QSignalSpy failed(pager.get(), &Pager::failed);
    pager->fetchNext();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<ApiError>().kind(), ApiError::Kind::Unauthorized);
    QVERIFY(!pager->isFetching());
}

void TestPager::directoriesAreCollectedAcrossPages()
{
    OrgService service(m_client.get(), m_server.orgId());
    QList<Directory> directories;
    bool done = false;
    service.directories(this, [&](const ApiResult<QList<Directory>> &result) {
        QVERIFY2(result.ok(), qPrintable(result.error.detailedMessage()));
        directories = result.value;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY(!directories.isEmpty());
    for (const Directory &directory : directories)
        QVERIFY(!directory.id.isEmpty() && !directory.name.isEmpty());
}

QTEST_GUILESS_MAIN(TestPager)
#include "tst_pager.moc"
