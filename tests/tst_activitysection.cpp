// A person's and a group's activity in their details (offscreen): before any sync it says there
// is no archive yet; after a person is suspended and the Audit log has synced, their details
// list the suspension first, and "Show all in the Audit log" opens the area filtered on them.

#include "ActivityList.h"
#include "AreaLink.h"
#include "AuditEventsModel.h"
#include "AuditLogPane.h"
#include "AuditSync.h"
#include "Connection.h"
#include "MainWindow.h"
#include "OrgDatabase.h"
#include "RawCall.h"
#include "SandboxServer.h"
#include "Settings.h"
#include "TestServer.h"
#include "Theme.h"
#include "UserDetailPane.h"
#include "UsersModel.h"
#include "UsersPane.h"

#include <QJsonArray>
#include <QLabel>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <memory>

class TestActivitySection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void withoutAnArchiveItSaysSoInOneLine();
    void aSuspendedPersonSeesItFirstInTheirActivity();

private:
    UsersPane *openUsers();
    int rowOfPerson(UsersPane *pane, const QString &accountId) const;

    TestServer m_server;
    std::unique_ptr<MainWindow> m_window;
};

void TestActivitySection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The Users area as it lists from the server; the directory cache has its own tests.
    Settings().setValue(SettingKeys::directoryCache, false);
    qRegisterMetaType<AreaLink>();
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 120, 17}));
    if (m_server.isExternal())
        QSKIP("Suspends a person: sandbox only.");
    m_server.sandbox()->setEventProcessingDelay(0);
    QVERIFY(OrgDatabase::remove(m_server.orgId()));
}

void TestActivitySection::init()
{
    m_window = std::make_unique<MainWindow>();
    auto *connection = new Connection(m_server.baseUrl(), m_server.orgId(), m_server.apiKey());
    connection->setSandbox(true);
    m_window->setConnection(connection);
    m_window->resize(1500, 950);
    m_window->show();
}

void TestActivitySection::cleanup()
{
    m_window.reset();
}

UsersPane *TestActivitySection::openUsers()
{
    m_window->showArea(u"users"_qs);
    return qobject_cast<UsersPane *>(m_window->pane(u"users"_qs));
}

int TestActivitySection::rowOfPerson(UsersPane *pane, const QString &accountId) const
{
    for (int row = 0; row < pane->model()->rowCount(); ++row) {
        if (pane->model()->userAt(row).accountId == accountId)
            return row;
    }
    return -1;
}

void TestActivitySection::withoutAnArchiveItSaysSoInOneLine()
{
    UsersPane *pane = openUsers();
    QVERIFY(pane);
    QTRY_VERIFY(pane->model()->rowCount() > 0);
    QVERIFY(pane->selectSourceRow(0));
    ActivityList *activity = pane->detailPane()->activityList();
    QTRY_VERIFY(activity->isVisible());
    QCOMPARE(activity->messageText(),
             activity->tr("No audit log archived yet: open the Audit log to sync it."));
    QVERIFY(activity->rowTexts().isEmpty());
    // Looking did not make an empty archive.
    QVERIFY(!QFile::exists(OrgDatabase::filePathFor(m_server.orgId())));
}

void TestActivitySection::aSuspendedPersonSeesItFirstInTheirActivity()
{
    UsersPane *users = openUsers();
    QVERIFY(users);
    QTRY_VERIFY(users->model()->rowCount() > 0);
    // Someone active, suspended through the API as the Users area's action would.
    QString accountId, name;
    for (int row = 0; row < users->model()->rowCount() && accountId.isEmpty(); ++row) {
        const DirectoryUser user = users->model()->userAt(row);
        if (user.status == u"active"_qs && !user.name.isEmpty()) {
            accountId = user.accountId;
            name = user.name;
        }
    }
    QVERIFY(!accountId.isEmpty());
    const RawAnswer suspended =
        rawCall(m_window->connection()->client(),
                ApiRequest::post(u"/admin/v2/orgs/%1/directories/-/users/%2/suspend"_qs.arg(
                                     m_server.orgId(), accountId),
                                 false));
    QVERIFY2(!suspended.error.isError(), qPrintable(suspended.error.detailedMessage()));

    // The Audit log syncs when opened.
    m_window->showArea(u"audit"_qs);
    auto *audit = qobject_cast<AuditLogPane *>(m_window->pane(u"audit"_qs));
    QVERIFY(audit);
    QTRY_VERIFY_WITH_TIMEOUT(audit->sync()->isRunning(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!audit->sync()->isRunning(), 60000);
    QVERIFY(audit->model()->rowCount() > 0);

    // Back in Users, the person's activity starts with it.
    users = openUsers();
    const int row = rowOfPerson(users, accountId);
    QVERIFY(row >= 0);
    QVERIFY(users->selectSourceRow(row));
    ActivityList *activity = users->detailPane()->activityList();
    QTRY_VERIFY(!activity->rowTexts().isEmpty());
    const QString suspendedText = audit->model()->actionNames().name(u"user_suspended"_qs);
    QVERIFY2(activity->rowTexts().first().startsWith(suspendedText),
             qPrintable(activity->rowTexts().join(u" | "_qs)));
    QVERIFY(activity->messageText().isEmpty());

    const QString directory = qEnvironmentVariable("ORGDESK_SCREENSHOT_DIR");
    if (!directory.isEmpty()) {
        QScrollArea *scroll = nullptr;
        for (QWidget *up = activity->parentWidget(); up && !scroll; up = up->parentWidget())
            scroll = qobject_cast<QScrollArea *>(up);
        QVERIFY(scroll);
        QTest::qWait(200); // laid out with the list in
        scroll->ensureWidgetVisible(activity, 0, 0);
        QTest::qWait(200);
        QVERIFY(m_window->grab().save(directory + u"/person-activity.png"_qs));
    }

    // "Show all in the Audit log": the area, filtered on them.
    auto *showAll = activity->findChild<QLabel *>(u"activityShowAll"_qs);
    QVERIFY(showAll && showAll->isVisible());
    QSignalSpy opened(users, &AreaPane::openRequested);
    Q_EMIT showAll->linkActivated(u"audit"_qs);
    QCOMPARE(opened.size(), 1);
    const AreaLink link = opened.first().first().value<AreaLink>();
    QCOMPARE(link.area, u"audit"_qs);
    QCOMPARE(link.auditFilter.involving, accountId);
    QCOMPARE(m_window->currentArea(), u"audit"_qs);
    QCOMPARE(audit->filter().involving, accountId);
    QTRY_VERIFY(audit->model()->totalCount() > 0);
    for (int i = 0; i < audit->model()->rowCount(); ++i) {
        const AuditEvent event = audit->model()->eventAt(i);
        bool involved = event.actorId == accountId;
        for (const AuditEvent::Item &item : event.context)
            involved = involved || item.id == accountId;
        QVERIFY2(involved, qPrintable(event.id));
    }
    QCOMPARE(audit->model()->eventAt(0).action, u"user_suspended"_qs);
}

QTEST_MAIN(TestActivitySection)
#include "tst_activitysection.moc"
