// Orgdesk on a desktop with no keychain. The test starts its own D-Bus session bus with no
// services at all (no Secret Service, and nothing that could start one), points this process at
// it, and checks what the user gets: a clear message within a few seconds, the choice to use the
// key for this session only, and nothing written to disk. It also plays a Secret Service that
// never answers, which must be abandoned with a message while the event loop keeps running.
#include "ConnectDialog.h"
#include "Connection.h"
#include "KeychainCredentialStore.h"
#include "MainWindow.h"
#include "PrivateSessionBus.h"
#include "ProfileController.h"
#include "ProfileManager.h"
#include "ProfileStatusPage.h"
#include "SandboxServer.h"
#include "Settings.h"
#include "TestServer.h"

#include <QDBusConnection>
#include <QDBusVirtualObject>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

namespace {

// Takes every call and never answers: a keychain stuck waiting for an unlock prompt.
class SilentSecretService : public QDBusVirtualObject
{
public:
    bool handleMessage(const QDBusMessage &, const QDBusConnection &) override
    {
        ++calls;
        return true;
    }
    QString introspect(const QString &) const override { return QString(); }
    int calls = 0;
};

CredentialResult await(const std::function<void(QObject *, CredentialCallback)> &start,
                       qint64 *elapsedMs = nullptr)
{
    std::optional<CredentialResult> answer;
    QObject context;
    QElapsedTimer timer;
    timer.start();
    start(&context, [&answer](const CredentialResult &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 30000))
        return CredentialResult::done(QStringLiteral("<no answer at all>"));
    if (elapsedMs)
        *elapsedMs = timer.elapsed();
    return *answer;
}

} // namespace

class TestNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noSecretServiceIsSaidClearlyAndQuickly();
    void theKeyCanBeUsedForThisSessionOnly();
    void connectDialogOffersTheSessionOnlyChoice();
    void startingWithoutAKeychainOffersTheKeyForThisSession();
    void aKeychainThatNeverAnswersIsAbandoned();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    PrivateSessionBus m_bus;
    QString m_busAddress;
    TestServer m_server;
};

void TestNoKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(Settings::defaultFilePath());
    QString problem;
    bool missing = false;
    if (!m_bus.start(&problem, &missing)) {
        if (missing)
            QSKIP(qPrintable(problem));
        QFAIL(qPrintable(problem));
    }
    m_busAddress = m_bus.address();

    // From here on, this process knows only the empty bus. The desktop variables would make
    // QtKeychain try KWallet instead; this is a desktop without any keychain.
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_busAddress.toUtf8());
    for (const char *variable :
         {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_SESSION_VERSION", "KDE_FULL_SESSION"})
        qunsetenv(variable);

    sandbox::SandboxOptions options;
    options.users = 20;
    QVERIFY(m_server.start(options));
}

void TestNoKeychain::noSecretServiceIsSaidClearlyAndQuickly()
{
    KeychainCredentialStore store(QStringLiteral("OrgdeskTest"));
    qint64 elapsed = 0;
    const CredentialResult written = await(
        [&](QObject *c, CredentialCallback cb) {
            store.write(QStringLiteral("tst_nokeychain/key"), QStringLiteral("secret"), c, cb);
        },
        &elapsed);
    QCOMPARE(written.status, CredentialResult::Status::Unavailable);
    QCOMPARE(written.reason, CredentialResult::Reason::NoBackend);
    QVERIFY2(written.message.contains(QStringLiteral("No keychain")), qPrintable(written.message));
    QVERIFY(written.message.contains(QStringLiteral("for this session only")));
    QVERIFY(written.message.contains(QStringLiteral("never in a file")));
    QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));

    const CredentialResult read = await([&](QObject *c, CredentialCallback cb) {
        store.read(QStringLiteral("tst_nokeychain/key"), c, cb);
    });
    QCOMPARE(read.status, CredentialResult::Status::Unavailable);
}

void TestNoKeychain::theKeyCanBeUsedForThisSessionOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("session.conf"));
    const QString key = QStringLiteral("ATCTT3xFfGN0-session-only-key");
    Profile profile;
    profile.id = Profile::newId();
    profile.name = QStringLiteral("Acme");
    profile.orgId = m_server.orgId();
    {
        Settings settings(path);
        KeychainCredentialStore keychain(QStringLiteral("OrgdeskTest"));
        ProfileManager profiles(&settings, &keychain);
        const CredentialResult saved =
            await([&](QObject *c, CredentialCallback cb) { profiles.save(profile, key, c, cb); });
        QVERIFY(saved.isUnavailable());
        QVERIFY(profiles.profiles().isEmpty()); // refused: nothing saved behind the user's back
        QVERIFY(profiles.saveForSession(profile, key));
        QCOMPARE(await([&](QObject *c, CredentialCallback cb) {
                     profiles.loadKey(profile.id, c, cb);
                 }).secret,
                 key);
    }
    // Next run: the profile is remembered, the key is not, and the user is told why.
    Settings settings(path);
    KeychainCredentialStore keychain(QStringLiteral("OrgdeskTest"));
    ProfileManager profiles(&settings, &keychain);
    QCOMPARE(profiles.profiles().size(), 1);
    const CredentialResult loaded =
        await([&](QObject *c, CredentialCallback cb) { profiles.loadKey(profile.id, c, cb); });
    QVERIFY(loaded.isUnavailable());
    QVERIFY(loaded.message.contains(QStringLiteral("No keychain")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(key.toUtf8()));
}

void TestNoKeychain::connectDialogOffersTheSessionOnlyChoice()
{
    if (m_server.isExternal())
        QSKIP("Needs the sandbox");
    Settings settings(m_dir.filePath(QStringLiteral("dialog.conf")));
    KeychainCredentialStore keychain(QStringLiteral("OrgdeskTest"));
    ProfileManager profiles(&settings, &keychain);
    ConnectDialog dialog(&profiles);
    dialog.orgIdEdit()->setText(m_server.orgId());
    dialog.keyEdit()->setText(m_server.apiKey());
    dialog.expiryEdit()->setText(QDate::currentDate().addDays(90).toString(Qt::ISODate));
    dialog.baseUrlEdit()->setText(m_server.baseUrl().toString());
    dialog.show();
    dialog.accept();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.problemText().isEmpty(), 15000);
    QVERIFY2(dialog.problemText().contains(QStringLiteral("could not be saved")),
             qPrintable(dialog.problemText()));
    QVERIFY(dialog.problemText().contains(QStringLiteral("No keychain")));
    QVERIFY(dialog.problemActionButton()->isVisible());
    QCOMPARE(dialog.problemActionButton()->text(), QStringLiteral("Use for this session only"));
    QVERIFY(dialog.isVisible());

    dialog.problemActionButton()->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.savedForSessionOnly());
    QVERIFY(profiles.hasSessionOnlyKey(dialog.savedProfile().id));
    // The name came from the organization, since none was typed.
    QVERIFY(!dialog.savedProfile().name.isEmpty());
}

void TestNoKeychain::startingWithoutAKeychainOffersTheKeyForThisSession()
{
    if (m_server.isExternal())
        QSKIP("Needs the sandbox");
    Settings settings(m_dir.filePath(QStringLiteral("start.conf")));
    KeychainCredentialStore keychain(QStringLiteral("OrgdeskTest"));
    ProfileManager profiles(&settings, &keychain);
    Profile profile;
    profile.id = Profile::newId();
    profile.name = QStringLiteral("Acme");
    profile.orgId = m_server.orgId();
    profile.baseUrl = m_server.baseUrl();
    profile.keyExpiry = QDate::currentDate().addDays(100);
    QVERIFY(profiles.saveForSession(profile, QString())); // saved in an earlier run
    MainWindow window;
    ProfileController controller(&window, &profiles);
    controller.setProbeAreas(false);
    window.show();
    controller.start();

    // The window says why it cannot connect, and does not freeze or guess.
    ProfileStatusPage *page = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((page = qobject_cast<ProfileStatusPage *>(window.startPage())) &&
                                 !page->actionButtons().isEmpty(),
                             10000);
    QVERIFY2(page->text().contains(QStringLiteral("No keychain")), qPrintable(page->text()));
    QVERIFY(!window.connection());
    page->actionButtons().first()->click(); // "Enter the key..."
    ConnectDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ConnectDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->isEditing());
    dialog->keyEdit()->setText(m_server.apiKey());
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->problemActionButton()->isVisible(), 15000);
    dialog->problemActionButton()->click(); // "Use for this session only"
    QTRY_VERIFY_WITH_TIMEOUT(window.connection(), 15000);
    QCOMPARE(window.connection()->orgId(), m_server.orgId());
    QVERIFY(profiles.hasSessionOnlyKey(profile.id));
    QFile file(m_dir.filePath(QStringLiteral("start.conf")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(m_server.apiKey().toUtf8()));
}

void TestNoKeychain::aKeychainThatNeverAnswersIsAbandoned()
{
    QDBusConnection bus = QDBusConnection::connectToBus(m_busAddress, QStringLiteral("silent"));
    QVERIFY(bus.isConnected());
    SilentSecretService silent;
    QVERIFY(bus.registerVirtualObject(QStringLiteral("/"), &silent, QDBusConnection::SubPath));
    QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.secrets")));

    KeychainCredentialStore store(QStringLiteral("OrgdeskTest"));
    store.setTimeout(2000);
    // The window's event loop keeps running while the keychain says nothing.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(50);
    qint64 elapsed = 0;
    const CredentialResult read = await(
        [&](QObject *c, CredentialCallback cb) {
            store.read(QStringLiteral("tst_nokeychain/key"), c, cb);
        },
        &elapsed);
    ticker.stop();
    QVERIFY2(silent.calls > 0, "the read never reached the silent Secret Service");
    QCOMPARE(read.status, CredentialResult::Status::Unavailable);
    QCOMPARE(read.reason, CredentialResult::Reason::TimedOut);
    QVERIFY2(read.message.contains(QStringLiteral("did not answer within 2 seconds")),
             qPrintable(read.message));
    // A coarse 2 s timer may fire up to 5 % early, and the clocks differ by a millisecond.
    QVERIFY2(elapsed >= 1890 && elapsed < 5000, qPrintable(QString::number(elapsed)));
    QVERIFY2(ticks >= 25, qPrintable(QString::number(ticks)));

    bus.unregisterService(QStringLiteral("org.freedesktop.secrets"));
    bus.unregisterObject(QStringLiteral("/"), QDBusConnection::UnregisterTree);
}

void TestNoKeychain::cleanupTestCase()
{
    QDBusConnection::disconnectFromBus(QStringLiteral("silent"));
}

QTEST_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
