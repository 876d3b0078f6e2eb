#include "ActivityStatus.h"
#include "ApiActivityDock.h"
#include "ApiActivityModel.h"
#include "Connection.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "Settings.h"
#include "Sidebar.h"
#include "SidebarModel.h"
#include "TestServer.h"
#include "UserDetailPane.h"
#include "UserText.h"
#include "UsersModel.h"
#include "WindowTools.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

// The window as a person uses it (offscreen), asserting on what it shows.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void withoutAConnectionTheStartPageSaysHowToConnect();
    void searchFindsAPersonAndShowsTheirDetails();
    void statusFilterNarrowsTheTable();
    void failedFirstPageShowsTheErrorInTheTableWithRetry();
    void aNewConnectionReplacesThePanes();
    void rateLimitPausesShowInTheStatusBar();

private:
    Connection *newConnection(bool sandbox = true) const;
    static QTableView *table(MainWindow &window);
    static int rowShowing(QTableView *view, int column, const QString &text);
    static QList<QLabel *> labels(QWidget *parent, const QString &name);

    TestServer m_server;
    DirectoryUser m_person;
    LastActiveDates m_personDates;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The Users area as it lists from the server; the directory cache has its own tests.
    Settings().setValue(SettingKeys::directoryCache, false);
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 500, 1}));
    if (m_server.isExternal())
        QSKIP("Counts and faults of the seeded organization: sandbox only.");
    // A real person to look for: someone active with access to several products, from a
    // plain search.
    Connection connection(m_server.baseUrl(), m_server.orgId(), m_server.apiKey());
    UserQuery query;
    query.statuses = {QStringLiteral("active")};
    std::unique_ptr<UserPager> pager(connection.users().search(query));
    bool done = false;
    connect(pager.get(), &UserPager::usersReceived, this, [&](const QList<DirectoryUser> &users) {
        for (const DirectoryUser &user : users) {
            if (user.productAccess.size() >= 2 && !user.name.isEmpty() && m_person.name.isEmpty())
                m_person = user;
        }
        done = true;
    });
    pager->fetchNext();
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY2(!m_person.name.isEmpty(), "no active person with two products on the first page");
    done = false;
    connection.users().lastActiveDates(m_person.accountId, this,
                                       [&](const ApiResult<LastActiveDates> &result) {
                                           QVERIFY(result.ok());
                                           m_personDates = result.value;
                                           done = true;
                                       });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY(!m_personDates.products.isEmpty());
}

void TestMainWindow::init()
{
    if (m_server.sandbox()) {
        m_server.sandbox()->clearFaults();
        m_server.sandbox()->setLatency(0);
    }
}

Connection *TestMainWindow::newConnection(bool sandbox) const
{
    auto *connection = new Connection(m_server.baseUrl(), m_server.orgId(), m_server.apiKey());
    connection->setSandbox(sandbox);
    return connection;
}

QTableView *TestMainWindow::table(MainWindow &window)
{
    return window.findChild<QTableView *>(QStringLiteral("usersTable"));
}

int TestMainWindow::rowShowing(QTableView *view, int column, const QString &text)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

QList<QLabel *> TestMainWindow::labels(QWidget *parent, const QString &name)
{
    QList<QLabel *> found;
    for (QLabel *label : parent->findChildren<QLabel *>(name)) {
        if (label->isVisible())
            found.append(label);
    }
    return found;
}

void TestMainWindow::withoutAConnectionTheStartPageSaysHowToConnect()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("Orgdesk"));
    QVERIFY(window.startPage()->isVisible());
    bool mentionsSandbox = false;
    for (const QLabel *label : window.startPage()->findChildren<QLabel *>())
        mentionsSandbox |= label->text().contains(QLatin1String("orgdesk --sandbox"));
    QVERIFY(mentionsSandbox);
    QVERIFY(!table(window) || !table(window)->isVisible());
}

void TestMainWindow::searchFindsAPersonAndShowsTheirDetails()
{
    MainWindow window;
    window.setConnection(newConnection());
    window.showArea(u"users"_qs); // the test is about the Users area
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView *view = table(window);
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->isVisible() && view->model()->rowCount() > 0, 10000);

    // What the window says about itself.
    QTRY_VERIFY(window.windowTitle().contains(QLatin1String("[Sandbox]")));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("sandboxBadge"))->isVisible());
    auto *count = window.findChild<QLabel *>(QStringLiteral("usersCount"));
    QTRY_COMPARE(count->text(), QStringLiteral("%1 of 500 users").arg(view->model()->rowCount()));

    // Type the person's name, as a person would.
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("usersSearch"));
    QVERIFY(search);
    search->setFocus();
    QTest::keyClicks(search, m_person.name);
    int row = -1;
    QTRY_VERIFY_WITH_TIMEOUT((row = rowShowing(view, UsersModel::Email, m_person.email)) >= 0 &&
                                 view->model()->rowCount() < 50,
                             10000);
    QCOMPARE(view->model()->index(row, UsersModel::Name).data().toString(), m_person.name);
    QTRY_VERIFY(
        count->text().endsWith(QStringLiteral(" of %1 users").arg(view->model()->rowCount())));

    // Pick them: the detail pane shows who they are...
    const QRect cell = view->visualRect(view->model()->index(row, UsersModel::Name));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    auto *detail = window.findChild<UserDetailPane *>();
    QVERIFY(detail);
    QTRY_COMPARE(window.findChild<QLabel *>(QStringLiteral("detail_email"))->text(),
                 m_person.email);
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("detailName"))->text(), m_person.name);
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("detail_status"))->text(),
             QStringLiteral("Active"));

    // ...and, once loaded, when they were last active in each product, by product name.
    QTRY_COMPARE_WITH_TIMEOUT(labels(detail, QStringLiteral("lastActiveProduct")).size(),
                              m_personDates.products.size(), 10000);
    QStringList shown;
    for (const QLabel *label : labels(detail, QStringLiteral("lastActiveProduct")))
        shown.append(label->text());
    for (const LastActiveDates::Product &product : std::as_const(m_personDates.products)) {
        QVERIFY2(shown.contains(UserText::productName(product.key)), qPrintable(product.key));
        QVERIFY2(!shown.contains(product.key) || UserText::productName(product.key) == product.key,
                 "product keys are shown as product names");
    }
    for (const QLabel *date : labels(detail, QStringLiteral("lastActiveDate")))
        QVERIFY(!date->text().isEmpty());
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("lastActiveState"))->isVisible());
    QTRY_COMPARE(window.activityStatus()->activityText(), QStringLiteral("Idle"));
    QCOMPARE(window.activityStatus()->errorText(), QString());
}

void TestMainWindow::statusFilterNarrowsTheTable()
{
    MainWindow window;
    window.setConnection(newConnection());
    window.showArea(u"users"_qs); // the test is about the Users area
    window.show();
    QTableView *view = table(window);
    QTRY_VERIFY_WITH_TIMEOUT(view->isVisible() && view->model()->rowCount() > 0, 10000);
    auto *filter = window.findChild<QToolButton *>(QStringLiteral("statusFilter"));
    QCOMPARE(filter->text(), QStringLiteral("Status: All"));
    for (QAction *action : filter->menu()->actions()) {
        if (action->text() == QLatin1String("Suspended"))
            action->trigger();
    }
    QCOMPARE(filter->text(), QStringLiteral("Status: Suspended"));
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0 &&
                                 rowShowing(view, UsersModel::Status, QStringLiteral("Active")) < 0,
                             10000);
    for (int row = 0; row < view->model()->rowCount(); ++row)
        QCOMPARE(view->model()->index(row, UsersModel::Status).data().toString(),
                 QStringLiteral("Suspended"));
}

void TestMainWindow::failedFirstPageShowsTheErrorInTheTableWithRetry()
{
    if (!m_server.sandbox())
        QSKIP("Needs the sandbox's fault injection.");
    MainWindow window;
    // The window opens on the Overview, which lists people too: the fault is for the Users
    // area's first page, once the Overview is in.
    QSignalSpy overviewReady(&window, &MainWindow::contentReady);
    window.setConnection(newConnection());
    QTRY_COMPARE_WITH_TIMEOUT(overviewReady.count(), 1, 20000);
    sandbox::FaultRule refused;
    refused.pathPattern = QRegularExpression(QStringLiteral("/users/search$"));
    refused.status = 401;
    refused.count = 1;
    m_server.sandbox()->addFault(refused);
    window.showArea(u"users"_qs); // the test is about the Users area
    window.show();
    auto *message = window.findChild<QWidget *>(QStringLiteral("usersMessage"));
    QVERIFY(message);
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 10000);
    const QString expected = ApiError(ApiError::Kind::Unauthorized, 401, {}, {}).userMessage();
    auto *text = message->findChild<QLabel *>(QStringLiteral("messageText"));
    QTRY_VERIFY(text->text().contains(expected));
    // All of it on screen, not cut after the first lines.
    QTRY_VERIFY(text->height() >= text->heightForWidth(text->width()));
    QVERIFY(!table(window)->isVisible());
    QTRY_VERIFY(window.activityStatus()->errorText().contains(expected));
    auto *retry = message->findChild<QPushButton *>(QStringLiteral("messageButton"));
    QVERIFY(retry->isVisible());
    QCOMPARE(retry->text(), QStringLiteral("Retry"));

    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(table(window)->isVisible() && table(window)->model()->rowCount() > 0,
                             10000);
    QVERIFY(!message->isVisible());
}

void TestMainWindow::aNewConnectionReplacesThePanes()
{
    MainWindow window;
    // The frame's own models, checked while connections come and go: the sidebar's scope tree
    // (directories added, then dropped) and the API activity (reset to each client's calls).
    SidebarModel *sidebar = window.sidebar()->model();
    ApiActivityModel *activity = window.findChild<WindowTools *>()->activityDock()->model();
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    QAbstractItemModelTester sidebarTester(sidebar, mode);
    QAbstractItemModelTester activityTester(activity, mode);
    QSignalSpy changed(&window, &MainWindow::connectionChanged);
    window.setConnection(newConnection(false));
    window.showArea(u"users"_qs); // the test is about the Users area
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(table(window) && table(window)->model()->rowCount() > 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(sidebar->rowCount(sidebar->orgIndex()) > 0, 10000);
    QTRY_VERIFY(activity->rowCount() > 0);
    QVERIFY(!window.windowTitle().contains(QLatin1String("[Sandbox]")));
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("sandboxBadge"))->isVisible());
    QPointer<QTableView> oldTable = table(window);
    QPointer<Connection> oldConnection = window.connection();

    window.setConnection(newConnection(true));
    QTRY_VERIFY(oldTable.isNull() && oldConnection.isNull());
    QTRY_VERIFY_WITH_TIMEOUT(table(window) && table(window)->isVisible() &&
                                 table(window)->model()->rowCount() > 0,
                             10000);
    QTRY_VERIFY(window.windowTitle().contains(QLatin1String("[Sandbox]")));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("sandboxBadge"))->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(sidebar->rowCount(sidebar->orgIndex()) > 0, 10000);
    QTRY_VERIFY(activity->rowCount() > 0);

    window.clearConnection();
    QVERIFY(window.startPage()->isVisible());
    QCOMPARE(window.windowTitle(), QStringLiteral("Orgdesk"));
    QTRY_VERIFY(!table(window));
    QCOMPARE(changed.count(), 3);
    QCOMPARE(sidebar->rowCount(sidebar->orgIndex()), 0);
    QCOMPARE(activity->rowCount(), 0);
}

void TestMainWindow::rateLimitPausesShowInTheStatusBar()
{
    if (!m_server.sandbox())
        QSKIP("Needs the sandbox's rate limit.");
    MainWindow window;
    window.setConnection(newConnection());
    window.showArea(u"users"_qs); // the test is about the Users area
    window.show();
    QTableView *view = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((view = table(window)) && view->model()->rowCount() > 0, 10000);
    auto *loadAll = window.findChild<QPushButton *>(QStringLiteral("loadAll"));
    QVERIFY(loadAll->isEnabled());
    // A 429 that says "come back in 2 s" and nothing else: the client's pause is exactly that
    // long, so the status bar has it for long enough to be seen (a real limit's reset header
    // often ends the pause within milliseconds).
    sandbox::FaultRule rule;
    rule.pathPattern = QRegularExpression(QStringLiteral("/users/search$"));
    rule.kind = sandbox::FaultRule::Status;
    rule.status = 429;
    rule.count = 1;
    rule.retryAfter = "2";
    m_server.sandbox()->addFault(rule);
    QTest::mouseClick(loadAll, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        window.activityStatus()->rateLimitText().startsWith(QLatin1String("Rate limited: waiting")),
        10000);
    QVERIFY(window.activityStatus()->rateLimitText().endsWith(QLatin1String(" s")));
    auto *count = window.findChild<QLabel *>(QStringLiteral("usersCount"));
    QTRY_COMPARE_WITH_TIMEOUT(count->text(), QStringLiteral("500 of 500 users"), 30000);
    QVERIFY(!loadAll->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(window.activityStatus()->rateLimitText(), QString(), 10000);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
