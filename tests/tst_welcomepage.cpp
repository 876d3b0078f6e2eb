// First run, offscreen: with no profile the window opens on the welcome page and its two ways
// in work: "Try the sandbox" makes a sandbox profile and connects; "Connect to an organization"
// opens the connect dialog.
#include "ConnectDialog.h"
#include "Connection.h"
#include "InProcessSandbox.h"
#include "MainWindow.h"
#include "MemoryCredentialStore.h"
#include "ProfileController.h"
#include "ProfileManager.h"
#include "ProfileSwitcher.h"
#include "Settings.h"
#include "WelcomePage.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestWelcomePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void offersTwoWaysIn();
    void noProfileOpensOnTheWelcomePage();
    void trySandboxAddsASandboxProfileAndConnects();
    void connectOpensTheConnectDialog();
    void withAProfileTheWelcomePageIsSkipped();

private:
    QTemporaryDir m_dir;
};

void TestWelcomePage::offersTwoWaysIn()
{
    WelcomePage page;
    page.resize(1000, 700);
    page.show();
    QCOMPARE(page.connectButton()->text(), QStringLiteral("Connect to an organization"));
    QCOMPARE(page.sandboxButton()->text(), QStringLiteral("Try the sandbox"));
    QVERIFY(page.connectButton()->isVisible() && page.connectButton()->isEnabled());
    QVERIFY(page.sandboxButton()->isVisible() && page.sandboxButton()->isEnabled());
    QVERIFY(page.connectButton()->description().contains(QStringLiteral("Settings > API keys")));
    QSignalSpy connectSpy(&page, &WelcomePage::connectRequested);
    QSignalSpy sandboxSpy(&page, &WelcomePage::sandboxRequested);
    QTest::mouseClick(page.connectButton(), Qt::LeftButton);
    QTest::mouseClick(page.sandboxButton(), Qt::LeftButton);
    QCOMPARE(connectSpy.count(), 1);
    QCOMPARE(sandboxSpy.count(), 1);

    const QString folder = qEnvironmentVariable("ORGDESK_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        QDir().mkpath(folder);
        page.grab().save(QDir(folder).filePath(QStringLiteral("welcome-page-only.png")));
    }
}

void TestWelcomePage::noProfileOpensOnTheWelcomePage()
{
    Settings settings(m_dir.filePath(QStringLiteral("empty.conf")));
    MemoryCredentialStore keychain;
    ProfileManager profiles(&settings, &keychain);
    MainWindow window;
    ProfileController controller(&window, &profiles);
    window.show();
    controller.start();
    auto *welcome = qobject_cast<WelcomePage *>(window.startPage());
    QVERIFY(welcome);
    QTRY_VERIFY(welcome->isVisible());
    QVERIFY(!window.connection());
}

void TestWelcomePage::trySandboxAddsASandboxProfileAndConnects()
{
    const QString path = m_dir.filePath(QStringLiteral("sandbox.conf"));
    Settings settings(path);
    MemoryCredentialStore keychain;
    ProfileManager profiles(&settings, &keychain);
    MainWindow window;
    ProfileController controller(&window, &profiles);
    controller.setSandboxUsers(60);
    controller.setSandboxFactory(startInProcessSandbox);
    window.show();
    controller.start();
    auto *welcome = qobject_cast<WelcomePage *>(window.startPage());
    QVERIFY(welcome);
    QTest::mouseClick(welcome->sandboxButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.connection(), 20000);
    QVERIFY(window.connection()->isSandbox());
    QCOMPARE(profiles.profiles().size(), 1);
    QVERIFY(profiles.profiles().first().isSandbox());
    QCOMPARE(controller.switcher()->profileNames(), QStringList{QStringLiteral("Sandbox")});
    QCOMPARE(profiles.lastProfileId(), profiles.profiles().first().id);
    // The sandbox needs no key: none was stored.
    QVERIFY(!keychain.contains(Profile::adminKeyEntry(profiles.profiles().first().id)));
}

void TestWelcomePage::connectOpensTheConnectDialog()
{
    Settings settings(m_dir.filePath(QStringLiteral("connect.conf")));
    MemoryCredentialStore keychain;
    ProfileManager profiles(&settings, &keychain);
    MainWindow window;
    ProfileController controller(&window, &profiles);
    window.show();
    controller.start();
    auto *welcome = qobject_cast<WelcomePage *>(window.startPage());
    QVERIFY(welcome);
    QTest::mouseClick(welcome->connectButton(), Qt::LeftButton);
    ConnectDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ConnectDialog *>()) && dialog->isVisible());
    QVERIFY(!dialog->isEditing());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Connect to an organization"));
    dialog->reject();
}

void TestWelcomePage::withAProfileTheWelcomePageIsSkipped()
{
    Settings settings(m_dir.filePath(QStringLiteral("skip.conf")));
    MemoryCredentialStore keychain;
    ProfileManager profiles(&settings, &keychain);
    Profile sandboxProfile;
    sandboxProfile.id = Profile::newId();
    sandboxProfile.kind = Profile::Kind::Sandbox;
    sandboxProfile.name = QStringLiteral("Sandbox");
    QVERIFY(profiles.saveForSession(sandboxProfile, QString()));
    MainWindow window;
    ProfileController controller(&window, &profiles);
    controller.setSandboxUsers(40);
    controller.setSandboxFactory(startInProcessSandbox);
    window.show();
    controller.start();
    QVERIFY(!qobject_cast<WelcomePage *>(window.startPage()));
    QTRY_VERIFY_WITH_TIMEOUT(window.connection() && window.connection()->isSandbox(), 20000);
}

QTEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"
