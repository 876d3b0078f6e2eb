// Profiles without a keychain: typed settings, the profile store, field checks, key expiry
// levels, and the ProfileManager over a stand-in keychain (MemoryCredentialStore).
#include "KeyExpiry.h"
#include "MemoryCredentialStore.h"
#include "ProfileManager.h"
#include "ProfileValidation.h"
#include "Settings.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

CredentialResult await(const std::function<void(QObject *, CredentialCallback)> &start)
{
    std::optional<CredentialResult> answer;
    QObject context;
    start(&context, [&answer](const CredentialResult &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000))
        return CredentialResult::unavailable(CredentialResult::Reason::Other,
                                             QStringLiteral("no answer"));
    return *answer;
}

Profile exampleProfile(const QString &name)
{
    Profile profile;
    profile.id = Profile::newId();
    profile.name = name;
    profile.orgId = QStringLiteral("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
    profile.keyLabel = QStringLiteral("orgdesk laptop");
    profile.keyExpiry = QDate(2027, 3, 14);
    return profile;
}

} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void settingsAreTypedAndReadable();
    void defaultSettingsFileFollowsTestMode();
    void storeKeepsProfilesInOrder();
    void storeRemovesAProfileCompletely();
    void orgIdForms_data();
    void orgIdForms();
    void baseUrls_data();
    void baseUrls();
    void expiryDates_data();
    void expiryDates();
    void namesAreUnique();
    void keyProblems();
    void expiryLevels_data();
    void expiryLevels();
    void expiryMessages();
    void pastedDates_data();
    void pastedDates();
    void managerSavesKeyInTheKeychainOnly();
    void managerRefusesToSaveWithoutAKeychain();
    void managerKeepsASessionOnlyKeyInMemory();
    void managerRemovesKeysWithTheProfile();
    void managerKeepsTheProfileWhenItsKeyCannotBeDeleted();
    void managerKeepsScimKeysPerDirectory();

private:
    QTemporaryDir m_dir;
    QString settingsPath(const QString &name) const { return m_dir.filePath(name); }
};

void TestProfiles::settingsAreTypedAndReadable()
{
    const QString path = settingsPath(QStringLiteral("typed.conf"));
    {
        Settings settings(path);
        QCOMPARE(settings.value(SettingKeys::profileBaseUrl, QStringLiteral("g")),
                 Profile::defaultBaseUrl());
        QCOMPARE(settings.value(SettingKeys::profileKind, QStringLiteral("g")),
                 QStringLiteral("organization"));
        settings.setValue(SettingKeys::profileKeyExpiry, QDate(2026, 12, 31), QStringLiteral("g"));
        settings.setValue(SettingKeys::profileBaseUrl,
                          QUrl(QStringLiteral("http://127.0.0.1:8080")), QStringLiteral("g"));
        settings.setValue(SettingKeys::profileOrder,
                          QStringList{QStringLiteral("a"), QStringLiteral("b")});
        QVERIFY(settings.sync());
    }
    Settings reread(path);
    QCOMPARE(reread.value(SettingKeys::profileKeyExpiry, QStringLiteral("g")), QDate(2026, 12, 31));
    QCOMPARE(reread.value(SettingKeys::profileBaseUrl, QStringLiteral("g")),
             QUrl(QStringLiteral("http://127.0.0.1:8080")));
    QCOMPARE(reread.value(SettingKeys::profileOrder),
             (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    // Stored as text a person can read, not as a serialized QVariant.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(text.contains("keyExpiry=2026-12-31"), text.constData());
    QVERIFY(!text.contains("@Variant"));
}

void TestProfiles::defaultSettingsFileFollowsTestMode()
{
    const QString path = Settings::defaultFilePath();
    QVERIFY2(path.contains(QStringLiteral(".qttest")), qPrintable(path));
}

void TestProfiles::storeKeepsProfilesInOrder()
{
    Settings settings(settingsPath(QStringLiteral("order.conf")));
    ProfileStore store(&settings);
    QVERIFY(store.profiles().isEmpty());
    Profile first = exampleProfile(QStringLiteral("Acme"));
    Profile second = exampleProfile(QStringLiteral("Sandbox"));
    second.kind = Profile::Kind::Sandbox;
    second.keyExpiry = QDate();
    QVERIFY(store.save(first));
    QVERIFY(store.save(second));
    first.name = QStringLiteral("Acme Corp");
    QVERIFY(store.save(first)); // an update keeps its place

    Settings reread(settingsPath(QStringLiteral("order.conf")));
    const QList<Profile> profiles = ProfileStore(&reread).profiles();
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(profiles.at(0).name, QStringLiteral("Acme Corp"));
    QCOMPARE(profiles.at(0).orgId, first.orgId);
    QCOMPARE(profiles.at(0).keyExpiry, QDate(2027, 3, 14));
    QCOMPARE(profiles.at(0).keyLabel, QStringLiteral("orgdesk laptop"));
    QCOMPARE(profiles.at(0).baseUrl, Profile::defaultBaseUrl());
    QVERIFY(profiles.at(1).isSandbox());
    QVERIFY(!profiles.at(1).keyExpiry.isValid());
    QCOMPARE(ProfileStore(&reread).profileNamed(QStringLiteral("acme corp"))->id, first.id);
}

void TestProfiles::storeRemovesAProfileCompletely()
{
    const QString path = settingsPath(QStringLiteral("remove.conf"));
    Settings settings(path);
    ProfileStore store(&settings);
    const Profile profile = exampleProfile(QStringLiteral("Gone"));
    QVERIFY(store.save(profile));
    store.setLastProfileId(profile.id);
    QVERIFY(store.remove(profile.id));
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(store.lastProfileId().isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(profile.id.toUtf8()));
}

void TestProfiles::orgIdForms_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const QString id = QStringLiteral("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
    QTest::newRow("plain") << id << id;
    QTest::newRow("spaces and capitals")
        << QStringLiteral("  1A2B3C4D-5E6F-4A7B-8C9D-0E1F2A3B4C5D ") << id;
    QTest::newRow("admin address")
        << QStringLiteral("https://admin.atlassian.com/o/%1/users?status=active").arg(id) << id;
    QTest::newRow("address without a path after the id")
        << QStringLiteral("admin.atlassian.com/o/%1").arg(id) << id;
    QTest::newRow("too short") << QStringLiteral("1a2b3c4d-5e6f-4a7b-8c9d") << QString();
    QTest::newRow("a name") << QStringLiteral("acme") << QString();
    QTest::newRow("site address") << QStringLiteral("https://acme.atlassian.net") << QString();
}

void TestProfiles::orgIdForms()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(ProfileValidation::extractOrgId(input), expected);
    QCOMPARE(ProfileValidation::orgIdProblem(input).isEmpty(), !expected.isEmpty());
}

void TestProfiles::baseUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("atlassian") << QStringLiteral("https://api.atlassian.com") << true;
    QTest::newRow("https proxy") << QStringLiteral("https://proxy.example.com/atl") << true;
    QTest::newRow("loopback http") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("localhost http") << QStringLiteral("http://localhost:8080") << true;
    QTest::newRow("ipv6 loopback http") << QStringLiteral("http://[::1]:8080") << true;
    QTest::newRow("remote http") << QStringLiteral("http://api.atlassian.com") << false;
    QTest::newRow("lan http") << QStringLiteral("http://192.168.1.10") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://api.atlassian.com") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestProfiles::baseUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const QString problem = ProfileValidation::baseUrlProblem(QUrl(url));
    QCOMPARE(problem.isEmpty(), allowed);
    if (url.startsWith(QStringLiteral("http://")) && !allowed)
        QVERIFY2(problem.contains(QStringLiteral("https://")), qPrintable(problem));
}

void TestProfiles::expiryDates_data()
{
    QTest::addColumn<QDate>("expiry");
    QTest::addColumn<QString>("problemMentions");
    const QDate today(2026, 6, 1);
    QTest::newRow("in a week") << today.addDays(7) << QString();
    QTest::newRow("today") << today << QString();
    QTest::newRow("exactly a year") << today.addYears(1) << QString();
    QTest::newRow("a year and a day") << today.addYears(1).addDays(1) << QStringLiteral("one year");
    QTest::newRow("yesterday") << today.addDays(-1) << QStringLiteral("expired");
    QTest::newRow("none") << QDate() << QStringLiteral("Settings > API keys");
}

void TestProfiles::expiryDates()
{
    QFETCH(QDate, expiry);
    QFETCH(QString, problemMentions);
    const QString problem = ProfileValidation::expiryProblem(expiry, QDate(2026, 6, 1));
    if (problemMentions.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(problemMentions), qPrintable(problem));
}

void TestProfiles::namesAreUnique()
{
    const Profile acme = exampleProfile(QStringLiteral("Acme"));
    QVERIFY(!ProfileValidation::nameProblem(QStringLiteral("acme "), QString(), {acme}).isEmpty());
    QVERIFY(ProfileValidation::nameProblem(QStringLiteral("Acme"), acme.id, {acme}).isEmpty());
    QVERIFY(ProfileValidation::nameProblem(QStringLiteral("Globex"), QString(), {acme}).isEmpty());
    QVERIFY(!ProfileValidation::nameProblem(QStringLiteral("  "), QString(), {}).isEmpty());
}

void TestProfiles::keyProblems()
{
    QVERIFY(!ProfileValidation::keyProblem(QString()).isEmpty());
    QVERIFY(!ProfileValidation::keyProblem(QStringLiteral("ATCTT3x abc")).isEmpty());
    QVERIFY(ProfileValidation::keyProblem(QStringLiteral(" ATCTT3xFfGN0abc\n")).isEmpty());
}

void TestProfiles::expiryLevels_data()
{
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<KeyExpiry::Level>("level");
    QTest::newRow("31 days") << 31 << KeyExpiry::Level::Fine;
    QTest::newRow("30 days") << 30 << KeyExpiry::Level::Soon;
    QTest::newRow("8 days") << 8 << KeyExpiry::Level::Soon;
    QTest::newRow("7 days") << 7 << KeyExpiry::Level::Urgent;
    QTest::newRow("2 days") << 2 << KeyExpiry::Level::Urgent;
    QTest::newRow("tomorrow") << 1 << KeyExpiry::Level::Critical;
    QTest::newRow("today") << 0 << KeyExpiry::Level::Critical;
    QTest::newRow("yesterday") << -1 << KeyExpiry::Level::Expired;
}

void TestProfiles::expiryLevels()
{
    QFETCH(int, daysLeft);
    QFETCH(KeyExpiry::Level, level);
    const QDate today(2026, 2, 27); // across the end of February
    QCOMPARE(KeyExpiry::level(today.addDays(daysLeft), today), level);
    QCOMPARE(KeyExpiry::level(QDate(), today), KeyExpiry::Level::Unknown);
}

void TestProfiles::expiryMessages()
{
    const QDate today(2026, 5, 1);
    QVERIFY(KeyExpiry::message(QStringLiteral("Acme"), today.addDays(40), today).isEmpty());
    QVERIFY(KeyExpiry::message(QStringLiteral("Acme"), today.addDays(12), today)
                .contains(QStringLiteral("12 days")));
    QVERIFY(
        KeyExpiry::message(QStringLiteral("Acme"), today, today).contains(QStringLiteral("today")));
    QVERIFY(KeyExpiry::message(QStringLiteral("Acme"), today.addDays(1), today)
                .contains(QStringLiteral("tomorrow")));
    QVERIFY(KeyExpiry::message(QStringLiteral("Acme"), today.addDays(-3), today)
                .contains(QStringLiteral("expired")));
    // A 401 is "expired" only when the key is past its date.
    QVERIFY(KeyExpiry::unauthorizedExplanation(QStringLiteral("Acme"), today.addDays(3), today)
                .isEmpty());
    const QString expired =
        KeyExpiry::unauthorizedExplanation(QStringLiteral("Acme"), today.addDays(-3), today);
    QVERIFY(expired.contains(QStringLiteral("expired")));
    QVERIFY(expired.contains(QStringLiteral("Rotate key")));
}

void TestProfiles::pastedDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("iso") << QStringLiteral("2026-12-31") << QDate(2026, 12, 31);
    QTest::newRow("atlassian") << QStringLiteral("Dec 31, 2026") << QDate(2026, 12, 31);
    QTest::newRow("long month") << QStringLiteral("December 31, 2026") << QDate(2026, 12, 31);
    QTest::newRow("day first") << QStringLiteral("31 Dec 2026") << QDate(2026, 12, 31);
    QTest::newRow("nonsense") << QStringLiteral("soon") << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void TestProfiles::pastedDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(KeyExpiry::parseDate(text), date);
}

void TestProfiles::managerSavesKeyInTheKeychainOnly()
{
    const QString path = settingsPath(QStringLiteral("manager.conf"));
    Settings settings(path);
    MemoryCredentialStore keychain;
    ProfileManager manager(&settings, &keychain);
    QSignalSpy changed(&manager, &ProfileManager::profilesChanged);
    const Profile profile = exampleProfile(QStringLiteral("Acme"));
    const QString key = QStringLiteral("ATCTT3xFfGN0-manager-secret");
    QVERIFY(
        await([&](QObject *c, CredentialCallback cb) { manager.save(profile, key, c, cb); }).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(keychain.secret(Profile::adminKeyEntry(profile.id)), key);
    QVERIFY(!manager.hasSessionOnlyKey(profile.id));

    // A second manager (the app restarted) finds the profile and its key.
    Settings reread(path);
    ProfileManager restarted(&reread, &keychain);
    QCOMPARE(restarted.profiles().size(), 1);
    const CredentialResult loaded =
        await([&](QObject *c, CredentialCallback cb) { restarted.loadKey(profile.id, c, cb); });
    QCOMPARE(loaded.secret, key);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(key.toUtf8()));
}

void TestProfiles::managerRefusesToSaveWithoutAKeychain()
{
    Settings settings(settingsPath(QStringLiteral("refuse.conf")));
    MemoryCredentialStore keychain;
    keychain.simulateUnavailable(QStringLiteral("No keychain answers"));
    ProfileManager manager(&settings, &keychain);
    const Profile profile = exampleProfile(QStringLiteral("Acme"));
    const CredentialResult result = await([&](QObject *c, CredentialCallback cb) {
        manager.save(profile, QStringLiteral("k"), c, cb);
    });
    QVERIFY(result.isUnavailable());
    QCOMPARE(result.message, QStringLiteral("No keychain answers"));
    QVERIFY(manager.profiles().isEmpty()); // nothing saved: the caller decides
}

void TestProfiles::managerKeepsASessionOnlyKeyInMemory()
{
    const QString path = settingsPath(QStringLiteral("session.conf"));
    Settings settings(path);
    MemoryCredentialStore keychain;
    keychain.simulateUnavailable(QStringLiteral("No keychain answers"));
    ProfileManager manager(&settings, &keychain);
    const Profile profile = exampleProfile(QStringLiteral("Acme"));
    const QString key = QStringLiteral("ATCTT3xFfGN0-session-only");
    QVERIFY(manager.saveForSession(profile, key));
    QVERIFY(manager.hasSessionOnlyKey(profile.id));
    QCOMPARE(await([&](QObject *c, CredentialCallback cb) {
                 manager.loadKey(profile.id, c, cb);
             }).secret,
             key);

    // After a restart the profile is there, the key is not.
    Settings reread(path);
    ProfileManager restarted(&reread, &keychain);
    QCOMPARE(restarted.profiles().size(), 1);
    QVERIFY(!restarted.hasSessionOnlyKey(profile.id));
    QVERIFY(await([&](QObject *c, CredentialCallback cb) {
                restarted.loadKey(profile.id, c, cb);
            }).isUnavailable());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(key.toUtf8()));
}

void TestProfiles::managerRemovesKeysWithTheProfile()
{
    Settings settings(settingsPath(QStringLiteral("removekeys.conf")));
    MemoryCredentialStore keychain;
    ProfileManager manager(&settings, &keychain);
    const Profile profile = exampleProfile(QStringLiteral("Acme"));
    QVERIFY(await([&](QObject *c, CredentialCallback cb) {
                manager.save(profile, QStringLiteral("k"), c, cb);
            }).ok());
    QVERIFY(await([&](QObject *c, CredentialCallback cb) {
                manager.saveScimKey(profile.id, QStringLiteral("dir-1"), QStringLiteral("s"), c,
                                    cb);
            }).ok());
    QVERIFY(await([&](QObject *c, CredentialCallback cb) {
                manager.remove(profile.id, false, c, cb);
            }).ok());
    QVERIFY(manager.profiles().isEmpty());
    QVERIFY(!keychain.contains(Profile::adminKeyEntry(profile.id)));
    QVERIFY(!keychain.contains(Profile::scimKeyEntry(profile.id, QStringLiteral("dir-1"))));
}

void TestProfiles::managerKeepsTheProfileWhenItsKeyCannotBeDeleted()
{
    Settings settings(settingsPath(QStringLiteral("keep.conf")));
    MemoryCredentialStore keychain;
    ProfileManager manager(&settings, &keychain);
    const Profile profile = exampleProfile(QStringLiteral("Acme"));
    QVERIFY(await([&](QObject *c, CredentialCallback cb) {
                manager.save(profile, QStringLiteral("k"), c, cb);
            }).ok());
    keychain.simulateUnavailable(QStringLiteral("locked"));
    QVERIFY(await([&](QObject *c, CredentialCallback cb) {
                manager.remove(profile.id, false, c, cb);
            }).isUnavailable());
    QCOMPARE(manager.profiles().size(), 1);
    // The user may insist.
    await([&](QObject *c, CredentialCallback cb) { manager.remove(profile.id, true, c, cb); });
    QVERIFY(manager.profiles().isEmpty());
}

void TestProfiles::managerKeepsScimKeysPerDirectory()
{
    Settings settings(settingsPath(QStringLiteral("scim.conf")));
    MemoryCredentialStore keychain;
    ProfileManager manager(&settings, &keychain);
    const Profile profile = exampleProfile(QStringLiteral("Acme"));
    QVERIFY(manager.saveForSession(profile, QString()));
    for (const QString &directory : {QStringLiteral("okta"), QStringLiteral("entra")}) {
        QVERIFY(await([&](QObject *c, CredentialCallback cb) {
                    manager.saveScimKey(profile.id, directory, QStringLiteral("scim-") + directory,
                                        c, cb);
                }).ok());
    }
    QCOMPARE(manager.profile(profile.id)->scimDirectoryIds,
             (QStringList{QStringLiteral("okta"), QStringLiteral("entra")}));
    QVERIFY(
        manager.nameScimDirectory(profile.id, QStringLiteral("okta"), QStringLiteral(" Okta ")));
    QVERIFY(!manager.nameScimDirectory(profile.id, QStringLiteral("unknown"), QStringLiteral("x")));
    QCOMPARE(manager.profile(profile.id)->scimDirectoryLabel(QStringLiteral("okta")),
             QStringLiteral("Okta"));
    QCOMPARE(manager.profile(profile.id)->scimDirectoryLabel(QStringLiteral("entra")),
             QStringLiteral("entra"));
    QCOMPARE(await([&](QObject *c, CredentialCallback cb) {
                 manager.loadScimKey(profile.id, QStringLiteral("entra"), c, cb);
             }).secret,
             QStringLiteral("scim-entra"));
    QVERIFY(await([&](QObject *c, CredentialCallback cb) {
                manager.removeScimKey(profile.id, QStringLiteral("okta"), c, cb);
            }).ok());
    QCOMPARE(manager.profile(profile.id)->scimDirectoryIds, QStringList{QStringLiteral("entra")});
    QVERIFY(!keychain.contains(Profile::scimKeyEntry(profile.id, QStringLiteral("okta"))));
    // The name went with the key: a key added again for that directory starts unnamed.
    QVERIFY(await([&](QObject *c, CredentialCallback cb) {
                manager.saveScimKey(profile.id, QStringLiteral("okta"), QStringLiteral("s"), c, cb);
            }).ok());
    QCOMPARE(manager.profile(profile.id)->scimDirectoryLabel(QStringLiteral("okta")),
             QStringLiteral("okta"));
}

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
