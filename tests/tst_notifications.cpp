// Desktop notifications when work ends while the window is away. The test starts its own D-Bus
// session bus and plays the notification server on it (org.freedesktop.Notifications): it checks
// what the server was told, and that invoking the notification's default action brings the
// window up with the job picked in the jobs view.
#include "BulkJob.h"
#include "Connection.h"
#include "DesktopNotifier.h"
#include "JobManager.h"
#include "JobsDock.h"
#include "ListAreaPane.h"
#include "MainWindow.h"
#include "PagedTableModel.h"
#include "PeopleFixture.h"
#include "PrivateSessionBus.h"
#include "SandboxServer.h"
#include "Settings.h"
#include "TestServer.h"
#include "UserOperations.h"
#include "UserService.h"
#include "WindowTools.h"
#include "WorkNotifications.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace PeopleFixture;

namespace {

const QString servicePath = u"/org/freedesktop/Notifications"_qs;
const QString serviceInterface = u"org.freedesktop.Notifications"_qs;

// A notification server that keeps what it was told and answers each Notify with a new id.
class FakeNotificationServer : public QDBusVirtualObject
{
public:
    struct Notification
    {
        uint id;
        QString appName, summary, body;
        QStringList actions;
    };

    bool handleMessage(const QDBusMessage &message, const QDBusConnection &bus) override
    {
        if (message.member() != u"Notify"_qs || message.arguments().size() != 8)
            return false;
        const QList<QVariant> args = message.arguments();
        const uint id = uint(received.size()) + 1;
        received.append({id, args.at(0).toString(), args.at(3).toString(), args.at(4).toString(),
                         args.at(5).toStringList()});
        bus.send(message.createReply(QVariant::fromValue(id)));
        return true;
    }
    QString introspect(const QString &) const override { return QString(); }

    QList<Notification> received;
};

} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aJobThatEndsWhileTheWindowIsAwayIsAnnounced();
    void nothingIsAnnouncedWhileTheWindowIsLookedAt();
    void aLongListingIsAnnounced();
    void withoutANotificationServerNothingBreaks();
    void cleanupTestCase();

private:
    BulkJob *startSuspend(int people, bool withOneMissing);
    void click(uint id);

    PrivateSessionBus m_bus;
    QString m_busAddress;
    TestServer m_server;
    std::unique_ptr<ApiClient> m_client;
    QList<DirectoryUser> m_people;
    QSet<QString> m_used;
    FakeNotificationServer m_fake;
    std::unique_ptr<MainWindow> m_window;
};

void TestNotifications::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The Users area as it lists from the server; the directory cache has its own tests.
    Settings().setValue(SettingKeys::directoryCache, false);
    if (!qEnvironmentVariableIsEmpty("ORGDESK_E2E_BASE_URL"))
        QSKIP("Changes people: needs the in-process sandbox.");
    QString problem;
    bool missing = false;
    if (!m_bus.start(&problem, &missing)) {
        if (missing)
            QSKIP(qPrintable(problem));
        QFAIL(qPrintable(problem));
    }
    m_busAddress = m_bus.address();
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_busAddress.toUtf8());

    QDBusConnection server = QDBusConnection::connectToBus(m_busAddress, u"notifications"_qs);
    QVERIFY(server.isConnected());
    QVERIFY(server.registerVirtualObject(servicePath, &m_fake));
    QVERIFY(server.registerService(serviceInterface));

    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 120, 6}));
    m_client = std::make_unique<ApiClient>(m_server.baseUrl());
    m_client->setApiKey(m_server.apiKey());
    UserService users(m_client.get(), m_server.orgId());
    m_people = loadAll(users);
    QCOMPARE(m_people.size(), 120);
}

void TestNotifications::init()
{
    m_fake.received.clear();
    m_window = std::make_unique<MainWindow>();
    auto *connection = new Connection(m_server.baseUrl(), m_server.orgId(), m_server.apiKey());
    connection->setSandbox(true);
    m_window->setConnection(connection);
    m_window->showArea(u"users"_qs); // the test is about the Users area
    // Not shown: not the active window, as when the admin works in another one.
}

void TestNotifications::cleanup()
{
    m_window.reset();
}

BulkJob *TestNotifications::startSuspend(int count, bool withOneMissing)
{
    QList<DirectoryUser> people = pick(m_people, m_used, count, [](const DirectoryUser &u) {
        return isPlainManaged(u, u"active"_qs);
    });
    if (people.size() != count)
        return nullptr;
    if (withOneMissing) {
        DirectoryUser gone = people.last();
        gone.accountId = u"no-such-account"_qs;
        gone.email = u"gone@example.com"_qs;
        people.append(gone);
    }
    JobSpec spec;
    spec.operation = UserOperations::suspend();
    spec.title = u"Suspend access: %1 people"_qs.arg(people.size());
    spec.orgId = m_server.orgId();
    auto *tools = m_window->findChild<WindowTools *>();
    return tools->jobManager()->start(m_window->connection()->client(), spec,
                                      UserOperations::itemsFor(spec.operation, people));
}

void TestNotifications::click(uint id)
{
    QDBusMessage signal =
        QDBusMessage::createSignal(servicePath, serviceInterface, u"ActionInvoked"_qs);
    signal << id << u"default"_qs;
    QVERIFY(QDBusConnection(u"notifications"_qs).send(signal));
}

void TestNotifications::aJobThatEndsWhileTheWindowIsAwayIsAnnounced()
{
    BulkJob *job = startSuspend(3, true);
    QVERIFY(job);
    QVERIFY(waitForEnd(job));
    QTRY_COMPARE(m_fake.received.size(), 1);
    const FakeNotificationServer::Notification said = m_fake.received.first();
    QCOMPARE(said.summary, u"Suspend access: 4 people"_qs);
    QCOMPARE(said.body, u"3 done, 1 failed"_qs);
    QVERIFY(said.actions.contains(u"default"_qs));

    // Another job, picked in the view: the click picks the announced one again.
    auto *dock = m_window->findChild<JobsDock *>();
    BulkJob *later = startSuspend(1, false);
    QVERIFY(waitForEnd(later));
    QTRY_COMPARE(m_fake.received.size(), 2);
    QCOMPARE(dock->currentJob(), later);
    dock->hide();
    QVERIFY(!m_window->isVisible());

    click(said.id);
    QTRY_VERIFY(m_window->isVisible());
    QTRY_VERIFY(dock->isVisible());
    QCOMPARE(dock->currentJob(), job);
}

void TestNotifications::nothingIsAnnouncedWhileTheWindowIsLookedAt()
{
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    BulkJob *job = startSuspend(2, false);
    QVERIFY(job);
    QVERIFY(waitForEnd(job));
    QTest::qWait(300); // a notification would have reached the server by now
    QVERIFY(m_fake.received.isEmpty());
}

void TestNotifications::aLongListingIsAnnounced()
{
    auto *notifications = m_window->findChild<WorkNotifications *>();
    notifications->setLongListing(0); // every listing of every page counts as long here
    auto *users = qobject_cast<ListAreaPane *>(m_window->pane(u"users"_qs));
    QVERIFY(users);
    QTRY_VERIFY(users->pagedModel()->loadedCount() > 0);
    users->pagedModel()->fetchAll();
    QTRY_COMPARE(m_fake.received.size(), 1);
    QCOMPARE(m_fake.received.first().summary, u"Users"_qs);
    QVERIFY2(m_fake.received.first().body.startsWith(u"Every page is in: 120"_qs),
             qPrintable(m_fake.received.first().body));

    m_window->showArea(u"groups"_qs);
    click(m_fake.received.first().id);
    QTRY_COMPARE(m_window->currentArea(), u"users"_qs);
    QVERIFY(m_window->isVisible());
}

void TestNotifications::withoutANotificationServerNothingBreaks()
{
    QDBusConnection server(u"notifications"_qs);
    QVERIFY(server.unregisterService(serviceInterface));
    auto *notifications = m_window->findChild<WorkNotifications *>();
    QSignalSpy shown(notifications->notifier(), &DesktopNotifier::shown);
    BulkJob *job = startSuspend(1, false);
    QVERIFY(waitForEnd(job));
    QTest::qWait(300); // the refused call has come back by now
    QVERIFY(m_fake.received.isEmpty());
    QCOMPARE(shown.size(), 0); // no tray here either: nothing is shown, and nothing breaks
    QVERIFY(server.registerService(serviceInterface));
}

void TestNotifications::cleanupTestCase()
{
    m_window.reset();
    QDBusConnection::disconnectFromBus(u"notifications"_qs);
}

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
