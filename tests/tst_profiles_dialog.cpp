// The profiles dialog offscreen: testing a profile says whether its key works and which areas it
// reaches (a scoped key: User management refused, with what key to create); removing one asks
// first, then deletes its keychain entry; when the keychain cannot delete, the profile is kept
// unless the user insists.
#include "KeyCapabilitiesView.h"
#include "MemoryCredentialStore.h"
#include "ProfileDialog.h"
#include "ProfileManager.h"
#include "SandboxServer.h"
#include "Settings.h"
#include "TestServer.h"

#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

namespace {

QAbstractButton *buttonNamed(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *button : box->buttons()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

} // namespace

class TestProfilesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void testingAScopedKeyShowsWhatItCannotReach();
    void testingAWrongKeySaysSo();
    void removingAsksThenDeletesTheKey();
    void cancellingTheQuestionKeepsEverything();
    void aKeyTheKeychainCannotDeleteKeepsTheProfileUnlessForced();

private:
    Profile addProfile(ProfileManager &profiles, MemoryCredentialStore &keychain,
                       const QString &name, const QString &key) const;

    TestServer m_server;
    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestProfilesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    sandbox::SandboxOptions options;
    options.users = 30;
    QVERIFY(m_server.start(options));
    if (m_server.isExternal())
        QSKIP("Needs the sandbox (a scoped key of its own)");
    m_server.sandbox()->addApiKey(QStringLiteral("scoped-key-for-dialog"), true);
}

Profile TestProfilesDialog::addProfile(ProfileManager &profiles, MemoryCredentialStore &keychain,
                                       const QString &name, const QString &key) const
{
    Profile profile;
    profile.id = Profile::newId();
    profile.name = name;
    profile.orgId = m_server.orgId();
    profile.baseUrl = m_server.baseUrl();
    profile.keyExpiry = QDate::currentDate().addDays(60);
    keychain.setSecret(Profile::adminKeyEntry(profile.id), key);
    profiles.saveForSession(profile, QString());
    return profile;
}

void TestProfilesDialog::testingAScopedKeyShowsWhatItCannotReach()
{
    Settings settings(m_dir.filePath(QStringLiteral("%1.conf").arg(++m_files)));
    MemoryCredentialStore keychain;
    ProfileManager profiles(&settings, &keychain);
    const Profile scoped = addProfile(profiles, keychain, QStringLiteral("Scoped"),
                                      QStringLiteral("scoped-key-for-dialog"));
    ProfileDialog dialog(&profiles);
    dialog.show();
    dialog.selectProfile(scoped.id);
    QVERIFY(dialog.testButton()->isEnabled());
    dialog.testButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.capabilitiesView()->capabilities().areas.isEmpty(), 20000);
    QVERIFY2(dialog.resultText().contains(QStringLiteral("works")),
             qPrintable(dialog.resultText()));
    KeyCapabilitiesView *view = dialog.capabilitiesView();
    QVERIFY(view->isVisible());
    QVERIFY2(view->summary().contains(QStringLiteral("User management")),
             qPrintable(view->summary()));
    // The row for User management says it is out of reach, why, and what to create.
    QTreeWidget *list = view->list();
    bool found = false;
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = list->topLevelItem(row);
        if (!item->text(0).startsWith(QStringLiteral("User management")))
            continue;
        found = true;
        QCOMPARE(item->text(1), QStringLiteral("Not with this key"));
        QVERIFY(item->text(2).contains(QStringLiteral("without scopes")));
    }
    QVERIFY(found);
}

void TestProfilesDialog::testingAWrongKeySaysSo()
{
    Settings settings(m_dir.filePath(QStringLiteral("%1.conf").arg(++m_files)));
    MemoryCredentialStore keychain;
    ProfileManager profiles(&settings, &keychain);
    const Profile wrong =
        addProfile(profiles, keychain, QStringLiteral("Wrong"), QStringLiteral("nope"));
    ProfileDialog dialog(&profiles);
    dialog.show();
    dialog.selectProfile(wrong.id);
    dialog.testButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.resultText().contains(QStringLiteral("refused")), 20000);
    QVERIFY(!dialog.capabilitiesView()->isVisible());
}

void TestProfilesDialog::removingAsksThenDeletesTheKey()
{
    Settings settings(m_dir.filePath(QStringLiteral("%1.conf").arg(++m_files)));
    MemoryCredentialStore keychain;
    ProfileManager profiles(&settings, &keychain);
    const Profile gone =
        addProfile(profiles, keychain, QStringLiteral("Gone"), QStringLiteral("k1"));
    const Profile kept =
        addProfile(profiles, keychain, QStringLiteral("Kept"), QStringLiteral("k2"));
    ProfileDialog dialog(&profiles);
    dialog.show();
    dialog.selectProfile(gone.id);
    dialog.removeButton()->click();
    QMessageBox *question = dialog.pendingQuestion();
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    QVERIFY(question->text().contains(QStringLiteral("deleted from the system keychain")));
    buttonNamed(question, QStringLiteral("Remove"))->click();
    QTRY_COMPARE(profiles.profiles().size(), 1);
    QCOMPARE(profiles.profiles().first().id, kept.id);
    QVERIFY(!keychain.contains(Profile::adminKeyEntry(gone.id)));
    QVERIFY(keychain.contains(Profile::adminKeyEntry(kept.id)));
    QCOMPARE(dialog.list()->count(), 1);
}

void TestProfilesDialog::cancellingTheQuestionKeepsEverything()
{
    Settings settings(m_dir.filePath(QStringLiteral("%1.conf").arg(++m_files)));
    MemoryCredentialStore keychain;
    ProfileManager profiles(&settings, &keychain);
    const Profile profile =
        addProfile(profiles, keychain, QStringLiteral("Acme"), QStringLiteral("k"));
    ProfileDialog dialog(&profiles);
    dialog.show();
    dialog.selectProfile(profile.id);
    dialog.removeButton()->click();
    QMessageBox *question = dialog.pendingQuestion();
    QVERIFY(question);
    question->button(QMessageBox::Cancel)->click();
    // The question is gone, and a keychain call made after the click has been answered: a
    // removal the click had started would have run by now.
    QTRY_VERIFY(!dialog.pendingQuestion());
    bool answered = false;
    keychain.read(Profile::adminKeyEntry(profile.id), &dialog,
                  [&answered](const CredentialResult &) { answered = true; });
    QTRY_VERIFY(answered);
    QCOMPARE(profiles.profiles().size(), 1);
    QVERIFY(keychain.contains(Profile::adminKeyEntry(profile.id)));
}

void TestProfilesDialog::aKeyTheKeychainCannotDeleteKeepsTheProfileUnlessForced()
{
    Settings settings(m_dir.filePath(QStringLiteral("%1.conf").arg(++m_files)));
    MemoryCredentialStore keychain;
    ProfileManager profiles(&settings, &keychain);
    const Profile profile =
        addProfile(profiles, keychain, QStringLiteral("Acme"), QStringLiteral("k"));
    keychain.simulateUnavailable(QStringLiteral("The keychain is locked."));
    ProfileDialog dialog(&profiles);
    dialog.show();
    dialog.selectProfile(profile.id);
    dialog.removeButton()->click();
    buttonNamed(dialog.pendingQuestion(), QStringLiteral("Remove"))->click();
    QTRY_VERIFY(dialog.resultText().contains(QStringLiteral("locked")));
    QCOMPARE(profiles.profiles().size(), 1);
    // A second question offers to remove it anyway.
    QMessageBox *insist = nullptr;
    QTRY_VERIFY((insist = dialog.pendingQuestion()) &&
                insist->text().contains(QStringLiteral("anyway")));
    buttonNamed(insist, QStringLiteral("Remove anyway"))->click();
    QTRY_VERIFY(profiles.profiles().isEmpty());
}

QTEST_MAIN(TestProfilesDialog)
#include "tst_profiles_dialog.moc"
