// The whole story, offscreen, with the real keychain: a new user opens Orgdesk on the welcome
// page, connects to a real-looking organization (a second local server with a key of its own),
// adds the sandbox, switches between the two, quits, starts again, and is connected to the last
// organization without typing a key.
#include "ConnectDialog.h"
#include "Connection.h"
#include "InProcessSandbox.h"
#include "KeychainCredentialStore.h"
#include "MainWindow.h"
#include "ProfileController.h"
#include "ProfileManager.h"
#include "ProfileSwitcher.h"
#include "SandboxServer.h"
#include "Settings.h"
#include "Sidebar.h"
#include "TestServer.h"
#include "WelcomePage.h"

#include <QCommandLinkButton>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

const QString testService = QStringLiteral("OrgdeskTest");

// One run of the app: settings, keychain, profiles, window.
struct AppRun
{
    explicit AppRun(const QString &settingsPath)
        : settings(settingsPath), keychain(testService), profiles(&settings, &keychain),
          controller(&window, &profiles)
    {
        controller.setSandboxUsers(50);
        controller.setSandboxFactory(startInProcessSandbox);
        window.show();
        controller.start();
    }
    Settings settings;
    KeychainCredentialStore keychain;
    ProfileManager profiles;
    MainWindow window;
    ProfileController controller;
};

} // namespace

class TestProfilesStory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addTwoSwitchRestartAndReconnect();
    void cleanupTestCase();

private:
    TestServer m_org;
    QTemporaryDir m_dir;
    QString m_key;
    QString m_settingsPath;
};

void TestProfilesStory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    KeychainCredentialStore store(testService);
    bool answered = false;
    CredentialResult probe;
    store.read(QStringLiteral("tst_profiles_story/probe"), this, [&](const CredentialResult &r) {
        answered = true;
        probe = r;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
    if (probe.isUnavailable()) {
        if (qEnvironmentVariableIntValue("ORGDESK_REQUIRE_KEYCHAIN"))
            QFAIL(qPrintable(QStringLiteral("No keychain: ") + probe.message));
        QSKIP("No Secret Service answers on this session bus; run through "
              "scripts/setup-and-test.sh");
    }
    sandbox::SandboxOptions options;
    options.users = 80;
    options.seed = 42; // not the sandbox's seed: another organization
    QVERIFY(m_org.start(options));
    if (m_org.isExternal())
        QSKIP("Needs a local server that accepts a key made up for this test");
    m_key = QStringLiteral("ATCTT3xFfGN0%1story").arg(QUuid::createUuid().toString(QUuid::Id128));
    m_org.sandbox()->addApiKey(m_key, false);
    m_settingsPath = m_dir.filePath(QStringLiteral("story.conf"));
}

void TestProfilesStory::addTwoSwitchRestartAndReconnect()
{
    QString orgProfileId;
    {
        AppRun first(m_settingsPath);
        auto *welcome = qobject_cast<WelcomePage *>(first.window.startPage());
        QVERIFY2(welcome, "a new user starts on the welcome page");

        // 1. Connect to an organization.
        QTest::mouseClick(welcome->connectButton(), Qt::LeftButton);
        ConnectDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = first.window.findChild<ConnectDialog *>()) != nullptr);
        dialog->orgIdEdit()->setText(m_org.orgId());
        dialog->keyEdit()->setText(m_key);
        dialog->labelEdit()->setText(QStringLiteral("laptop"));
        dialog->expiryEdit()->setText(QDate::currentDate().addDays(120).toString(Qt::ISODate));
        dialog->baseUrlEdit()->setText(m_org.baseUrl().toString());
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(
            first.window.connection() && !first.window.connection()->isSandbox(), 20000);
        QCOMPARE(first.window.connection()->orgId(), m_org.orgId());
        orgProfileId = first.controller.currentProfileId();
        QTRY_VERIFY_WITH_TIMEOUT(!first.window.sidebar()->orgName().isEmpty(), 20000);
        const QString orgName = first.window.sidebar()->orgName();

        // 2. Add the sandbox.
        first.controller.addSandboxProfile();
        QTRY_VERIFY_WITH_TIMEOUT(
            first.window.connection() && first.window.connection()->isSandbox(), 20000);
        QCOMPARE(first.profiles.profiles().size(), 2);
        QCOMPARE(first.controller.switcher()->profileNames(),
                 (QStringList{orgName, QStringLiteral("Sandbox")}));

        // 3. Switch back through the sidebar, without a restart.
        QListWidget *list = first.controller.switcher()->list();
        QVERIFY(list->isVisible());
        const QRect firstRow = list->visualItemRect(list->item(0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, firstRow.center());
        QTRY_VERIFY_WITH_TIMEOUT(
            first.window.connection() && !first.window.connection()->isSandbox(), 20000);
        QCOMPARE(first.window.connection()->orgId(), m_org.orgId());
        QCOMPARE(first.controller.currentProfileId(), orgProfileId);
    } // 4. Quit.

    // 5. Start again: connected to the organization, no dialog, no key typed.
    AppRun second(m_settingsPath);
    QTRY_VERIFY_WITH_TIMEOUT(second.window.connection(), 20000);
    QCOMPARE(second.window.connection()->orgId(), m_org.orgId());
    QCOMPARE(second.controller.currentProfileId(), orgProfileId);
    QVERIFY(!second.window.findChild<ConnectDialog *>());
    // The key from the keychain works: the organization's name came back from the server.
    QTRY_VERIFY_WITH_TIMEOUT(!second.window.sidebar()->orgName().isEmpty(), 20000);
    QVERIFY(!second.profiles.hasSessionOnlyKey(orgProfileId));

    // And the other profile is one click away.
    QListWidget *list = second.controller.switcher()->list();
    QCOMPARE(list->count(), 2);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(1)).center());
    QTRY_VERIFY_WITH_TIMEOUT(second.window.connection() && second.window.connection()->isSandbox(),
                             20000);
}

void TestProfilesStory::cleanupTestCase()
{
    if (m_settingsPath.isEmpty())
        return;
    Settings settings(m_settingsPath);
    KeychainCredentialStore keychain(testService);
    ProfileManager profiles(&settings, &keychain);
    for (const Profile &profile : profiles.profiles()) {
        bool done = false;
        profiles.remove(profile.id, true, this, [&done](const CredentialResult &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    }
}

QTEST_MAIN(TestProfilesStory)
#include "tst_profiles_story.moc"
