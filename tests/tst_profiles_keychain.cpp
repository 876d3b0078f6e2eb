// Profiles with their keys in a real Secret Service (the test script's gnome-keyring): a profile
// added in one "run" is connected in the next without typing the key, and removing it deletes the
// keychain entries. Skips without a keychain unless ORGDESK_REQUIRE_KEYCHAIN=1.
#include "KeychainCredentialStore.h"
#include "ProfileManager.h"
#include "Settings.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

namespace {

const QString testService = QStringLiteral("OrgdeskTest");

CredentialResult await(const std::function<void(QObject *, CredentialCallback)> &start)
{
    std::optional<CredentialResult> answer;
    QObject context;
    start(&context, [&answer](const CredentialResult &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 15000))
        return CredentialResult::unavailable(CredentialResult::Reason::Other,
                                             QStringLiteral("no answer"));
    return *answer;
}

// One run of the app: its own settings object, keychain store and profile manager.
struct AppRun
{
    explicit AppRun(const QString &settingsPath)
        : settings(settingsPath), keychain(testService), profiles(&settings, &keychain)
    {}
    Settings settings;
    KeychainCredentialStore keychain;
    ProfileManager profiles;
};

QString secretToolLookup(const QString &entry)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (tool.isEmpty())
        return QStringLiteral("<no secret-tool>");
    QProcess lookup;
    lookup.start(tool, {QStringLiteral("lookup"), QStringLiteral("server"), testService,
                        QStringLiteral("user"), entry});
    lookup.waitForFinished(10000);
    return QString::fromUtf8(lookup.readAllStandardOutput()).trimmed();
}

} // namespace

class TestProfilesKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aProfileAddedInOneRunConnectsInTheNext();
    void rotatingReplacesTheKeyInTheKeychain();
    void removingTheProfileDeletesItsKeychainEntries();

private:
    Profile newProfile(const QString &name) const;
    QTemporaryDir m_dir;
};

void TestProfilesKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    KeychainCredentialStore store(testService);
    const CredentialResult probe = await([&](QObject *c, CredentialCallback cb) {
        store.read(QStringLiteral("tst_profiles_keychain/probe"), c, cb);
    });
    if (probe.isUnavailable()) {
        if (qEnvironmentVariableIntValue("ORGDESK_REQUIRE_KEYCHAIN"))
            QFAIL(qPrintable(QStringLiteral("No keychain: ") + probe.message));
        QSKIP("No Secret Service answers on this session bus; run through "
              "scripts/setup-and-test.sh");
    }
}

Profile TestProfilesKeychain::newProfile(const QString &name) const
{
    Profile profile;
    profile.id = Profile::newId();
    profile.name = name;
    profile.orgId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.keyExpiry = QDate::currentDate().addMonths(6);
    return profile;
}

void TestProfilesKeychain::aProfileAddedInOneRunConnectsInTheNext()
{
    const QString settingsPath = m_dir.filePath(QStringLiteral("restart.conf"));
    const Profile profile = newProfile(QStringLiteral("Acme"));
    const QString key =
        QStringLiteral("ATCTT3xFfGN0-restart-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        AppRun first(settingsPath);
        const CredentialResult saved = await(
            [&](QObject *c, CredentialCallback cb) { first.profiles.save(profile, key, c, cb); });
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        QVERIFY(!first.profiles.hasSessionOnlyKey(profile.id));
        first.profiles.setLastProfileId(profile.id);
    }
    AppRun second(settingsPath);
    QCOMPARE(second.profiles.lastProfileId(), profile.id);
    const std::optional<Profile> reloaded = second.profiles.profile(profile.id);
    QVERIFY(reloaded);
    QCOMPARE(reloaded->orgId, profile.orgId);
    const CredentialResult loaded = await(
        [&](QObject *c, CredentialCallback cb) { second.profiles.loadKey(profile.id, c, cb); });
    QCOMPARE(loaded.status, CredentialResult::Status::Ok);
    QCOMPARE(loaded.secret, key);
    // And it is the Secret Service that holds it.
    QCOMPARE(secretToolLookup(Profile::adminKeyEntry(profile.id)), key);
    await([&](QObject *c, CredentialCallback cb) {
        second.profiles.remove(profile.id, true, c, cb);
    });
}

void TestProfilesKeychain::rotatingReplacesTheKeyInTheKeychain()
{
    const QString settingsPath = m_dir.filePath(QStringLiteral("rotate.conf"));
    const Profile profile = newProfile(QStringLiteral("Globex"));
    AppRun run(settingsPath);
    QVERIFY(await([&](QObject *c, CredentialCallback cb) {
                run.profiles.save(profile, QStringLiteral("old-key"), c, cb);
            }).ok());
    QVERIFY(await([&](QObject *c, CredentialCallback cb) {
                run.profiles.save(profile, QStringLiteral("new-key"), c, cb);
            }).ok());
    AppRun next(settingsPath);
    QCOMPARE(await([&](QObject *c, CredentialCallback cb) {
                 next.profiles.loadKey(profile.id, c, cb);
             }).secret,
             QStringLiteral("new-key"));
    // Saving without a key (a rename) keeps the key.
    Profile renamed = profile;
    renamed.name = QStringLiteral("Globex Corp");
    QVERIFY(await([&](QObject *c, CredentialCallback cb) {
                next.profiles.save(renamed, QString(), c, cb);
            }).ok());
    QCOMPARE(await([&](QObject *c, CredentialCallback cb) {
                 next.profiles.loadKey(profile.id, c, cb);
             }).secret,
             QStringLiteral("new-key"));
    await(
        [&](QObject *c, CredentialCallback cb) { next.profiles.remove(profile.id, true, c, cb); });
}

void TestProfilesKeychain::removingTheProfileDeletesItsKeychainEntries()
{
    const QString settingsPath = m_dir.filePath(QStringLiteral("remove.conf"));
    const Profile profile = newProfile(QStringLiteral("Initech"));
    {
        AppRun run(settingsPath);
        QVERIFY(await([&](QObject *c, CredentialCallback cb) {
                    run.profiles.save(profile, QStringLiteral("admin-key"), c, cb);
                }).ok());
        QVERIFY(await([&](QObject *c, CredentialCallback cb) {
                    run.profiles.saveScimKey(profile.id, QStringLiteral("okta-dir"),
                                             QStringLiteral("scim-key"), c, cb);
                }).ok());
        QVERIFY(await([&](QObject *c, CredentialCallback cb) {
                    run.profiles.remove(profile.id, false, c, cb);
                }).ok());
        QVERIFY(run.profiles.profiles().isEmpty());
    }
    KeychainCredentialStore fresh(testService);
    QCOMPARE(await([&](QObject *c, CredentialCallback cb) {
                 fresh.read(Profile::adminKeyEntry(profile.id), c, cb);
             }).status,
             CredentialResult::Status::NotFound);
    QCOMPARE(await([&](QObject *c, CredentialCallback cb) {
                 fresh.read(Profile::scimKeyEntry(profile.id, QStringLiteral("okta-dir")), c, cb);
             }).status,
             CredentialResult::Status::NotFound);
}

QTEST_GUILESS_MAIN(TestProfilesKeychain)
#include "tst_profiles_keychain.moc"
