#include "Connection.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "Settings.h"
#include "TestServer.h"
#include "UsersModel.h"
#include "WindowLayout.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The window's layout survives a restart: size, sidebar width and the users table's columns.
class TestWindowLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start(sandbox::SandboxOptions{0, 60, 1})); }
    void layoutComesBackAfterARestart();
    void aFreshSettingsFileKeepsTheBuiltInLayout();

private:
    Connection *newConnection() const
    {
        return new Connection(m_server.baseUrl(), m_server.orgId(), m_server.apiKey());
    }
    static QHeaderView *usersHeader(MainWindow &window)
    {
        auto *view = window.findChild<QTableView *>(QStringLiteral("usersTable"));
        return view ? view->horizontalHeader() : nullptr;
    }

    TestServer m_server;
};

void TestWindowLayout::layoutComesBackAfterARestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Settings settings(dir.filePath(QStringLiteral("orgdesk.conf")));
    {
        MainWindow window;
        new WindowLayout(&window, &settings);
        window.setConnection(newConnection());
        window.showArea(u"users"_qs); // the test is about the Users area
        window.resize(1311, 777);     // wide enough for the Users toolbar beside a 300 px sidebar
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QHeaderView *header = usersHeader(window);
        QVERIFY(header);
        header->moveSection(header->visualIndex(UsersModel::Email), 1);
        header->setSectionHidden(UsersModel::AddedToOrg, true);
        header->resizeSection(UsersModel::Name, 321);
        window.findChild<QSplitter *>(QStringLiteral("workspace"))->setSizes({300, 1011});
        window.close(); // saves
    }
    MainWindow window;
    new WindowLayout(&window, &settings);
    window.setConnection(newConnection());
    window.showArea(u"users"_qs); // the test is about the Users area
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(1311, 777));
    QCOMPARE(window.findChild<QSplitter *>(QStringLiteral("workspace"))->sizes().value(0), 300);
    QHeaderView *header = usersHeader(window);
    QVERIFY(header);
    QCOMPARE(header->visualIndex(UsersModel::Email), 1);
    QVERIFY(header->isSectionHidden(UsersModel::AddedToOrg));
    QCOMPARE(header->sectionSize(UsersModel::Name), 321);
}

void TestWindowLayout::aFreshSettingsFileKeepsTheBuiltInLayout()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Settings settings(dir.filePath(QStringLiteral("orgdesk.conf")));
    MainWindow plain;
    plain.setConnection(newConnection());
    plain.showArea(u"users"_qs); // the test is about the Users area
    MainWindow window;
    new WindowLayout(&window, &settings);
    window.setConnection(newConnection());
    window.showArea(u"users"_qs); // the test is about the Users area
    QCOMPARE(window.size(), plain.size());
    QHeaderView *header = usersHeader(window);
    QVERIFY(header);
    QCOMPARE(header->visualIndex(UsersModel::Email),
             usersHeader(plain)->visualIndex(UsersModel::Email));
    QVERIFY(!header->isSectionHidden(UsersModel::AddedToOrg));
}

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
