// The expiry banner offscreen, with an injected clock: silent until 30 days before the key's
// date, more urgent at 7 days and at 1, a clear state after it, and a 401 on a key past its
// date explained as expired, with the way to rotate it. Then the same in the window, through
// the profile controller.
#include "Connection.h"
#include "ExpiryBanner.h"
#include "MainWindow.h"
#include "MemoryCredentialStore.h"
#include "ProfileController.h"
#include "ProfileManager.h"
#include "SandboxServer.h"
#include "Settings.h"
#include "TestServer.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QDate today(2026, 3, 10);

} // namespace

class TestExpiryBanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void levels_data();
    void levels();
    void noDateNoBanner();
    void followsTheClockAcrossLevels();
    void dismissedUntilTheNextLevel();
    void rotateButtonAsksForRotation();
    void unauthorizedOnAnExpiredKeyIsExplained();
    void unauthorizedOnALiveKeyIsNotCalledExpired();
    void windowShowsTheBannerForTheOpenedProfile();
    void windowExplainsA401OnAnExpiredKey();

private:
    QTemporaryDir m_dir;
};

void TestExpiryBanner::levels_data()
{
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<bool>("visible");
    QTest::addColumn<KeyExpiry::Level>("level");
    QTest::addColumn<QString>("says");
    QTest::addColumn<bool>("canDismiss");
    QTest::newRow("40 days: nothing")
        << 40 << false << KeyExpiry::Level::Fine << QString() << false;
    QTest::newRow("31 days: nothing")
        << 31 << false << KeyExpiry::Level::Fine << QString() << false;
    QTest::newRow("30 days") << 30 << true << KeyExpiry::Level::Soon << QStringLiteral("in 30 days")
                             << true;
    QTest::newRow("7 days") << 7 << true << KeyExpiry::Level::Urgent << QStringLiteral("in 7 days")
                            << false;
    QTest::newRow("tomorrow") << 1 << true << KeyExpiry::Level::Critical
                              << QStringLiteral("expires tomorrow") << false;
    QTest::newRow("today") << 0 << true << KeyExpiry::Level::Critical
                           << QStringLiteral("expires today") << false;
    QTest::newRow("expired") << -1 << true << KeyExpiry::Level::Expired
                             << QStringLiteral("expired on") << false;
}

void TestExpiryBanner::levels()
{
    QFETCH(int, daysLeft);
    QFETCH(bool, visible);
    QFETCH(KeyExpiry::Level, level);
    QFETCH(QString, says);
    QFETCH(bool, canDismiss);
    QWidget host;
    auto *banner = new ExpiryBanner(&host);
    banner->setClock([] { return today; });
    banner->setKey(QStringLiteral("Acme"), today.addDays(daysLeft));
    host.show();
    QCOMPARE(banner->isVisible(), visible);
    QCOMPARE(banner->level(), level);
    if (!visible)
        return;
    QVERIFY2(banner->text().contains(says), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("Acme")));
    QCOMPARE(banner->dismissButton()->isVisible(), canDismiss);
    QVERIFY(banner->rotateButton()->isVisible());
    if (level == KeyExpiry::Level::Expired || level == KeyExpiry::Level::Critical)
        QVERIFY(banner->text().contains(QStringLiteral("Settings > API keys")));
}

void TestExpiryBanner::noDateNoBanner()
{
    QWidget host;
    auto *banner = new ExpiryBanner(&host);
    banner->setClock([] { return today; });
    banner->setKey(QStringLiteral("Sandbox"), QDate());
    host.show();
    QVERIFY(!banner->isVisible());
    QCOMPARE(banner->level(), KeyExpiry::Level::Unknown);
}

void TestExpiryBanner::followsTheClockAcrossLevels()
{
    QDate now = today;
    QWidget host;
    auto *banner = new ExpiryBanner(&host);
    banner->setClock([&now] { return now; });
    banner->setKey(QStringLiteral("Acme"), today.addDays(31));
    host.show();
    QVERIFY(!banner->isVisible());
    const QList<QPair<int, KeyExpiry::Level>> steps = {{1, KeyExpiry::Level::Soon},
                                                       {24, KeyExpiry::Level::Urgent},
                                                       {30, KeyExpiry::Level::Critical},
                                                       {31, KeyExpiry::Level::Critical},
                                                       {32, KeyExpiry::Level::Expired}};
    for (const auto &[days, level] : steps) {
        now = today.addDays(days);
        banner->refresh();
        QCOMPARE(banner->level(), level);
        QVERIFY(banner->isVisible());
    }
}

void TestExpiryBanner::dismissedUntilTheNextLevel()
{
    QDate now = today;
    QWidget host;
    auto *banner = new ExpiryBanner(&host);
    banner->setClock([&now] { return now; });
    banner->setKey(QStringLiteral("Acme"), today.addDays(20));
    host.show();
    QVERIFY(banner->isVisible());
    banner->dismissButton()->click();
    QVERIFY(!banner->isVisible());
    now = today.addDays(5); // still "soon": stays dismissed
    banner->refresh();
    QVERIFY(!banner->isVisible());
    now = today.addDays(14); // 6 days left: urgent, and shown again
    banner->refresh();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->level(), KeyExpiry::Level::Urgent);
}

void TestExpiryBanner::rotateButtonAsksForRotation()
{
    QWidget host;
    auto *banner = new ExpiryBanner(&host);
    banner->setClock([] { return today; });
    banner->setKey(QStringLiteral("Acme"), today.addDays(3));
    host.show();
    QSignalSpy rotate(banner, &ExpiryBanner::rotateRequested);
    banner->rotateButton()->click();
    QCOMPARE(rotate.count(), 1);
}

void TestExpiryBanner::unauthorizedOnAnExpiredKeyIsExplained()
{
    QWidget host;
    auto *banner = new ExpiryBanner(&host);
    banner->setClock([] { return today; });
    banner->setKey(QStringLiteral("Acme"), today.addDays(-4));
    host.show();
    banner->showUnauthorized();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("refused because it expired")),
             qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("Rotate key")));
}

void TestExpiryBanner::unauthorizedOnALiveKeyIsNotCalledExpired()
{
    QWidget host;
    auto *banner = new ExpiryBanner(&host);
    banner->setClock([] { return today; });
    banner->setKey(QStringLiteral("Acme"), today.addDays(100));
    host.show();
    banner->showUnauthorized();
    QVERIFY(!banner->isVisible());
}

void TestExpiryBanner::windowShowsTheBannerForTheOpenedProfile()
{
    TestServer server;
    sandbox::SandboxOptions options;
    options.users = 30;
    QVERIFY(server.start(options));
    Settings settings(m_dir.filePath(QStringLiteral("window.conf")));
    MemoryCredentialStore keychain;
    ProfileManager profiles(&settings, &keychain);
    Profile profile;
    profile.id = Profile::newId();
    profile.name = QStringLiteral("Acme");
    profile.orgId = server.orgId();
    profile.baseUrl = server.baseUrl();
    profile.keyExpiry = today.addDays(5);
    keychain.setSecret(Profile::adminKeyEntry(profile.id), server.apiKey());
    QVERIFY(profiles.saveForSession(profile, QString()));

    MainWindow window;
    ProfileController controller(&window, &profiles);
    controller.setProbeAreas(false);
    controller.setClock([] { return today; });
    window.show();
    controller.start();
    QTRY_VERIFY(window.connection());
    ExpiryBanner *banner = controller.expiryBanner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->level(), KeyExpiry::Level::Urgent);
    QVERIFY(banner->text().contains(QStringLiteral("in 5 days")));
    QVERIFY(window.isAncestorOf(banner));
}

void TestExpiryBanner::windowExplainsA401OnAnExpiredKey()
{
    TestServer server;
    sandbox::SandboxOptions options;
    options.users = 30;
    QVERIFY(server.start(options));
    Settings settings(m_dir.filePath(QStringLiteral("expired.conf")));
    MemoryCredentialStore keychain;
    ProfileManager profiles(&settings, &keychain);
    Profile profile;
    profile.id = Profile::newId();
    profile.name = QStringLiteral("Acme");
    profile.orgId = server.orgId();
    profile.baseUrl = server.baseUrl();
    profile.keyExpiry = today.addDays(-2);
    // A key the server no longer accepts.
    keychain.setSecret(Profile::adminKeyEntry(profile.id), QStringLiteral("expired-key"));
    QVERIFY(profiles.saveForSession(profile, QString()));

    MainWindow window;
    ProfileController controller(&window, &profiles);
    controller.setProbeAreas(false);
    controller.setClock([] { return today; });
    window.show();
    controller.start();
    QTRY_VERIFY(window.connection());
    ExpiryBanner *banner = controller.expiryBanner();
    // The users pane's first call comes back 401: the banner says why.
    QTRY_VERIFY_WITH_TIMEOUT(banner->text().contains(QStringLiteral("refused because it expired")),
                             15000);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->level(), KeyExpiry::Level::Expired);
}

QTEST_MAIN(TestExpiryBanner)
#include "tst_expirybanner.moc"
