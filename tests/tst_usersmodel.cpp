#include "ApiClient.h"
#include "Connection.h"
#include "SandboxServer.h"
#include "Settle.h"
#include "TestServer.h"
#include "UserText.h"
#include "UsersModel.h"
#include "UsersSortProxy.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

// The users table model against the sandbox over real HTTP, always under
// QAbstractItemModelTester.
class TestUsersModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fetchMoreWalksEveryPage();
    void totalComesFromTheCountBeforeAllIsLoaded();
    void fetchAllLoadsEveryPage();
    void queryChangeDropsThePageInFlight();
    void queryChangeDropsALaterPageInFlight();
    void nameSortAsksTheServer();
    void otherColumnsSortLocallyOnRawValues();
    void rowsShowWordsAndKeepRawValues();
    void wrongKeyReportsUnauthorized();
    void retryAfterAFailedPage();
    void statusWords_data();
    void statusWords();
    void lastActiveText_data();
    void lastActiveText();

private:
    UsersModel *newModel(Connection *connection);
    static UserQuery pagedQuery();
    bool waitIdle(UsersModel *model);
    int searchesReceived() const;

    TestServer m_server;
    std::unique_ptr<Connection> m_connection;
    static constexpr int userCount = 500;
};

void TestUsersModel::initTestCase()
{
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, userCount, 1}));
}

void TestUsersModel::init()
{
    m_connection =
        std::make_unique<Connection>(m_server.baseUrl(), m_server.orgId(), m_server.apiKey());
    if (m_server.sandbox()) {
        m_server.sandbox()->setLatency(0);
        m_server.sandbox()->clearReceivedRequests();
    }
}

void TestUsersModel::cleanup()
{
    m_connection.reset();
}

UsersModel *TestUsersModel::newModel(Connection *connection)
{
    auto *model = new UsersModel(&connection->users(), connection);
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 model);
    return model;
}

UserQuery TestUsersModel::pagedQuery()
{
    UserQuery query;
    query.limit = 100;
    return query;
}

bool TestUsersModel::waitIdle(UsersModel *model)
{
    return QTest::qWaitFor([model] { return !model->isLoading(); }, 30000);
}

int TestUsersModel::searchesReceived() const
{
    int searches = 0;
    for (const sandbox::ReceivedRequest &request : m_server.sandbox()->receivedRequests()) {
        if (request.path.endsWith(QLatin1String("/users/search")))
            ++searches;
    }
    return searches;
}

void TestUsersModel::fetchMoreWalksEveryPage()
{
    if (m_server.isExternal())
        QSKIP("Counts the sandbox's seeded users.");
    UsersModel *model = newModel(m_connection.get());
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    model->setQuery(pagedQuery());
    QVERIFY(model->isLoading());
    QVERIFY(!model->canFetchMore()); // never while a page is in flight
    // (The model tester also calls fetchMore() on each insertion; a page is still asked once.)
    while (model->hasMore()) {
        QVERIFY(waitIdle(model));
        QVERIFY2(!model->lastError().isError(), qPrintable(model->lastError().detailedMessage()));
        model->fetchMore();
        model->fetchMore(); // a second call while the page is in flight does nothing
    }
    QVERIFY(waitIdle(model));
    QCOMPARE(inserted.count(), 5); // one insertion per page, not per row
    for (int page = 0; page < inserted.count(); ++page) {
        QCOMPARE(inserted.at(page).at(1).toInt(), page * 100);
        QCOMPARE(inserted.at(page).at(2).toInt(), page * 100 + 99);
    }
    QCOMPARE(model->loadedCount(), userCount);
    QCOMPARE(model->totalCount(), userCount);
    QVERIFY(!model->canFetchMore());
    QSet<QString> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->index(row, 0).data(UsersModel::AccountIdRole).toString());
    QCOMPARE(ids.size(), userCount);
    QCOMPARE(searchesReceived(), 5);
}

void TestUsersModel::totalComesFromTheCountBeforeAllIsLoaded()
{
    if (!m_server.sandbox())
        QSKIP("Needs the sandbox's fault injection.");
    // The first page is slow: the count arrives first and gives the total.
    m_server.sandbox()->addFault(sandbox::FaultRule::delay(QStringLiteral("/users/search$"), 500));
    UsersModel *model = newModel(m_connection.get());
    QSignalSpy totals(model, &UsersModel::totalCountChanged);
    model->setQuery(pagedQuery());
    QTRY_COMPARE_WITH_TIMEOUT(model->totalCount(), userCount, 10000);
    QCOMPARE(model->loadedCount(), 0);
    QVERIFY(model->hasMore());
    QCOMPARE(totals.last().first().toInt(), userCount);
    QTRY_VERIFY_WITH_TIMEOUT(model->loadedCount() > 0, 10000);
    QCOMPARE(model->totalCount(), userCount);
    m_server.sandbox()->clearFaults();
}

void TestUsersModel::fetchAllLoadsEveryPage()
{
    UsersModel *model = newModel(m_connection.get());
    model->setQuery(pagedQuery());
    model->fetchAll();
    QTRY_VERIFY_WITH_TIMEOUT(!model->hasMore(), 30000);
    QVERIFY(!model->lastError().isError());
    QCOMPARE(model->totalCount(), model->loadedCount());
    if (!m_server.isExternal())
        QCOMPARE(model->rowCount(), userCount);
}

void TestUsersModel::queryChangeDropsThePageInFlight()
{
    if (!m_server.sandbox())
        QSKIP("Needs the sandbox's latency control.");
    m_server.sandbox()->setLatency(300);
    UsersModel *model = newModel(m_connection.get());
    model->setQuery(pagedQuery()); // every status: its first page is now in flight
    UserQuery suspended = pagedQuery();
    suspended.statuses = {QStringLiteral("suspended")};
    model->setQuery(suspended);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 10000);
    // Every answer the client was waiting for is in, the dropped page's too.
    QVERIFY(settle(m_connection->client(), m_server.orgId()));
    QVERIFY(waitIdle(model));
    QVERIFY(model->rowCount() < 100);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, UsersModel::Status).data(UsersModel::RawValueRole).toString(),
                 QStringLiteral("suspended"));
    QCOMPARE(model->totalCount(), model->rowCount());
}

void TestUsersModel::queryChangeDropsALaterPageInFlight()
{
    if (!m_server.sandbox())
        QSKIP("Needs the sandbox's latency control.");
    m_server.sandbox()->setLatency(200);
    UsersModel *model = newModel(m_connection.get());
    model->setQuery(pagedQuery());
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 100, 10000);
    if (!model->isLoading())
        model->fetchMore();
    QVERIFY(model->isLoading()); // a later page of every status is in flight
    UserQuery active = pagedQuery();
    active.statuses = {QStringLiteral("active")};
    model->setQuery(active);
    QCOMPARE(model->rowCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!model->hasMore() && !model->isLoading(), 30000);
    QVERIFY(settle(m_connection->client(), m_server.orgId())); // the dropped page's answer is in
    QVERIFY(model->rowCount() > 100);
    QCOMPARE(model->rowCount(), model->totalCount());
    QSet<QString> ids;
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, UsersModel::Status).data(UsersModel::RawValueRole).toString(),
                 QStringLiteral("active"));
        ids.insert(model->userAt(row).accountId);
    }
    QCOMPARE(ids.size(), model->rowCount());
}

void TestUsersModel::nameSortAsksTheServer()
{
    UsersModel *ascending = newModel(m_connection.get());
    ascending->setQuery(pagedQuery());
    ascending->fetchAll();
    QTRY_VERIFY_WITH_TIMEOUT(!ascending->hasMore() && !ascending->isLoading(), 30000);

    auto *proxy = new UsersSortProxy(m_connection.get());
    UsersModel *descending = newModel(m_connection.get());
    proxy->setUsersModel(descending);
    descending->setQuery(pagedQuery());
    QVERIFY(waitIdle(descending));
    if (m_server.sandbox())
        m_server.sandbox()->clearReceivedRequests();
    proxy->sort(UsersModel::Name, Qt::DescendingOrder);
    QVERIFY(descending->query().sortDescending);
    QCOMPARE(proxy->sortColumn(), -1); // the server's order, untouched
    descending->fetchAll();
    QTRY_VERIFY_WITH_TIMEOUT(!descending->hasMore() && !descending->isLoading(), 30000);
    QCOMPARE(descending->rowCount(), ascending->rowCount());

    // Descending is ascending backwards (by nickname, which is what the server sorts on).
    for (int row = 0; row < descending->rowCount(); ++row) {
        const int mirror = ascending->rowCount() - 1 - row;
        QCOMPARE(descending->userAt(row).nickname, ascending->userAt(mirror).nickname);
    }
    if (m_server.sandbox()) {
        QByteArray searchBody;
        for (const sandbox::ReceivedRequest &request : m_server.sandbox()->receivedRequests()) {
            // The model's own first page (Load all then walks parts from both ends).
            if (request.path.endsWith(QLatin1String("/users/search")) && searchBody.isEmpty())
                searchBody = request.body;
        }
        const QJsonObject body = QJsonDocument::fromJson(searchBody).object();
        const QJsonObject sort = body.value(QLatin1String("sortBy")).toArray().first().toObject();
        QCOMPARE(sort.value(QLatin1String("field")).toString(), QStringLiteral("nick_name"));
        QCOMPARE(sort.value(QLatin1String("direction")).toString(), QStringLiteral("desc"));
    }
}

void TestUsersModel::otherColumnsSortLocallyOnRawValues()
{
    UsersModel *model = newModel(m_connection.get());
    UsersSortProxy proxy;
    proxy.setUsersModel(model);
    new QAbstractItemModelTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 &proxy);
    model->setQuery(pagedQuery());
    QTRY_VERIFY_WITH_TIMEOUT(!model->hasMore() && !model->isLoading(), 30000);
    if (m_server.sandbox())
        m_server.sandbox()->clearReceivedRequests();
    const int rows = model->rowCount();
    proxy.sort(UsersModel::LastActive, Qt::DescendingOrder);
    QVERIFY(!model->isLoading()); // nothing asked of the server
    QCOMPARE(proxy.rowCount(), rows);
    // Sorted by date, not by the words shown ("Yesterday", "3 days ago", "12 Mar 2026").
    QDateTime previous =
        proxy.index(0, UsersModel::LastActive).data(UsersModel::RawValueRole).toDateTime();
    QVERIFY(previous.isValid());
    bool sawNever = false;
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const QDateTime when =
            proxy.index(row, UsersModel::LastActive).data(UsersModel::RawValueRole).toDateTime();
        QVERIFY2(!sawNever || !when.isValid(), "never-active people come last");
        if (!when.isValid())
            sawNever = true;
        else
            QVERIFY2(when <= previous, qPrintable(QStringLiteral("row %1").arg(row)));
        previous = when.isValid() ? when : previous;
    }
    QVERIFY(settle(m_connection->client(), m_server.orgId()));
    if (m_server.sandbox())
        QCOMPARE(searchesReceived(), 0);
}

void TestUsersModel::rowsShowWordsAndKeepRawValues()
{
    UsersModel *model = newModel(m_connection.get());
    model->setQuery(pagedQuery());
    model->fetchAll();
    QTRY_VERIFY_WITH_TIMEOUT(!model->hasMore() && !model->isLoading(), 30000);
    QSet<QString> statuses;
    for (int row = 0; row < model->rowCount(); ++row) {
        const DirectoryUser user = model->userAt(row);
        QCOMPARE(model->index(row, UsersModel::Email).data().toString(), user.email);
        QCOMPARE(model->index(row, UsersModel::Status).data(UsersModel::RawValueRole).toString(),
                 user.status);
        QCOMPARE(model->index(row, UsersModel::Status).data().toString(),
                 UserText::status(user.status));
        QCOMPARE(
            model->index(row, UsersModel::LastActive).data(UsersModel::RawValueRole).toDateTime(),
            user.lastActive());
        if (!user.lastActive().isValid())
            QCOMPARE(model->index(row, UsersModel::LastActive).data().toString(),
                     QStringLiteral("Never"));
        QCOMPARE(model->index(row, UsersModel::Mfa).data(UsersModel::RawValueRole),
                 user.mfaEnabled ? QVariant(*user.mfaEnabled) : QVariant());
        QVERIFY(!user.accountId.isEmpty());
        QCOMPARE(model->rowOf(user.accountId), row);
        statuses.insert(user.status);
    }
    if (!m_server.isExternal())
        QVERIFY2(statuses.size() >= 3, "the seeded org has people in several states");
    QCOMPARE(model->userAt(-1).accountId, QString());
    QCOMPARE(model->userAt(model->rowCount()).accountId, QString());
}

void TestUsersModel::wrongKeyReportsUnauthorized()
{
    Connection wrong(m_server.baseUrl(), m_server.orgId(), QStringLiteral("not-the-key"));
    UsersModel *model = newModel(&wrong);
    QSignalSpy errors(model, &UsersModel::errorOccurred);
    QSignalSpy firstPage(model, &UsersModel::firstPageLoaded);
    model->setQuery(pagedQuery());
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 10000);
    const auto error = errors.first().first().value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Kind::Unauthorized);
    QCOMPARE(model->lastError().kind(), ApiError::Kind::Unauthorized);
    QVERIFY(!model->lastError().userMessage().isEmpty());
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!model->canFetchMore()); // no hammering with the same refused key
    QVERIFY(!model->isLoading());
    QCOMPARE(firstPage.count(), 0);
    QCOMPARE(model->totalCount(), -1);
}

void TestUsersModel::retryAfterAFailedPage()
{
    if (!m_server.sandbox())
        QSKIP("Needs the sandbox's fault injection.");
    sandbox::FaultRule fault;
    fault.pathPattern = QRegularExpression(QStringLiteral("/users/search$"));
    fault.status = 403;
    fault.count = 1;
    m_server.sandbox()->addFault(fault);
    UsersModel *model = newModel(m_connection.get());
    QSignalSpy errors(model, &UsersModel::errorOccurred);
    model->setQuery(pagedQuery());
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 10000);
    QCOMPARE(model->lastError().kind(), ApiError::Kind::Forbidden);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!model->canFetchMore());
    model->retry();
    QVERIFY(!model->lastError().isError());
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 100, 10000);
    QCOMPARE(errors.count(), 1);
    m_server.sandbox()->clearFaults();
}

void TestUsersModel::statusWords_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("words");
    QTest::newRow("active") << "active"
                            << "Active";
    QTest::newRow("suspended") << "suspended"
                               << "Suspended";
    QTest::newRow("not invited") << "not_invited"
                                 << "Not invited";
    QTest::newRow("deactivated") << "deactivated"
                                 << "Deactivated";
    QTest::newRow("for deletion") << "for_deletion"
                                  << "Pending deletion";
    QTest::newRow("unknown, shown raw") << "quarantined"
                                        << "quarantined";
}

void TestUsersModel::statusWords()
{
    QFETCH(QString, raw);
    QFETCH(QString, words);
    QCOMPARE(UserText::status(raw), words);
}

void TestUsersModel::lastActiveText_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<QString>("text");
    const QDateTime now(QDate(2026, 3, 15), QTime(12, 0));
    QTest::newRow("never") << QDateTime() << "Never";
    QTest::newRow("today") << now.addSecs(-3600) << "Today";
    QTest::newRow("yesterday") << now.addDays(-1) << "Yesterday";
    QTest::newRow("days") << now.addDays(-3) << "3 days ago";
    QTest::newRow("older: a date") << QDateTime(QDate(2025, 12, 1), QTime(9, 0)) << "1 Dec 2025";
}

void TestUsersModel::lastActiveText()
{
    QFETCH(QDateTime, when);
    QFETCH(QString, text);
    const QDateTime now(QDate(2026, 3, 15), QTime(12, 0));
    QCOMPARE(UserText::lastActive(when, now), text);
}

QTEST_GUILESS_MAIN(TestUsersModel)
#include "tst_usersmodel.moc"
