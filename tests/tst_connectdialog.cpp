// The connect dialog offscreen against the sandbox: each form problem is said before anything is
// sent; each way a key test fails is said in words, leaves the dialog open and saves nothing; a
// good key is saved in the (stand-in) keychain; an edit rotates the key.
#include "ApiClient.h"
#include "ConnectDialog.h"
#include "MemoryCredentialStore.h"
#include "ProfileManager.h"
#include "SandboxServer.h"
#include "Settings.h"
#include "Settle.h"
#include "TestServer.h"

#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using sandbox::FaultRule;

namespace {

const QDate today(2026, 4, 20);

// Saves a picture of the dialog when ORGDESK_SCREENSHOT_DIR is set (for the docs).
void screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("ORGDESK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    widget->grab().save(QDir(folder).filePath(name));
}

} // namespace

class TestConnectDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void formProblemsAreSaidBeforeAnythingIsSent_data();
    void formProblemsAreSaidBeforeAnythingIsSent();
    void keyTestFailuresAreSaidInWords_data();
    void keyTestFailuresAreSaidInWords();
    void fieldsAreDisabledWhileTesting();
    void goodKeyIsTestedThenSavedInTheKeychain();
    void anAdminAddressWorksAsTheOrgId();
    void editingRotatesTheKey();
    void editingWithoutANewKeyKeepsIt();

private:
    struct Fixture
    {
        explicit Fixture(const QString &path) : settings(path), profiles(&settings, &keychain) {}
        Settings settings;
        MemoryCredentialStore keychain;
        ProfileManager profiles;
    };
    void fill(ConnectDialog &dialog, const QString &key) const;
    void acceptAndWait(ConnectDialog &dialog) const;

    TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Fixture> m_fixture;
    int m_round = 0;
};

void TestConnectDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    sandbox::SandboxOptions options;
    options.users = 30;
    options.seed = 11;
    QVERIFY(m_server.start(options));
    if (m_server.isExternal())
        QSKIP("The dialog tests control the server (faults, extra keys): sandbox only");
}

void TestConnectDialog::init()
{
    m_fixture =
        std::make_unique<Fixture>(m_dir.filePath(QStringLiteral("round-%1.conf").arg(++m_round)));
    m_server.sandbox()->clearFaults();
    m_server.sandbox()->clearReceivedRequests();
}

void TestConnectDialog::cleanup()
{
    m_server.sandbox()->clearFaults();
    m_fixture.reset();
}

void TestConnectDialog::fill(ConnectDialog &dialog, const QString &key) const
{
    dialog.setClock([] { return today; });
    dialog.nameEdit()->setText(QStringLiteral("Acme"));
    dialog.orgIdEdit()->setText(m_server.orgId());
    dialog.keyEdit()->setText(key);
    dialog.labelEdit()->setText(QStringLiteral("orgdesk"));
    dialog.expiryEdit()->setText(today.addDays(90).toString(Qt::ISODate));
    dialog.baseUrlEdit()->setText(m_server.baseUrl().toString());
}

void TestConnectDialog::acceptAndWait(ConnectDialog &dialog) const
{
    dialog.show();
    dialog.accept();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isApplying(), 30000);
}

void TestConnectDialog::formProblemsAreSaidBeforeAnythingIsSent_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("says");
    QTest::newRow("no org id") << "orgId" << QString() << "Enter the organization id";
    QTest::newRow("not an org id") << "orgId"
                                   << "acme.atlassian.net"
                                   << "is not an organization id";
    QTest::newRow("no key") << "apiKey" << QString() << "Paste the admin API key";
    QTest::newRow("key in pieces") << "apiKey"
                                   << "ATCTT3x abc"
                                   << "spaces or line breaks";
    QTest::newRow("plain http elsewhere") << "baseUrl"
                                          << "http://api.atlassian.com"
                                          << "only over https://";
    QTest::newRow("not a date") << "keyExpiry"
                                << "next spring"
                                << "is not a date";
    QTest::newRow("key already expired") << "keyExpiry"
                                         << "2026-04-01"
                                         << "the key expired on";
    QTest::newRow("more than a year") << "keyExpiry"
                                      << "2027-06-01"
                                      << "at most one year";
}

void TestConnectDialog::formProblemsAreSaidBeforeAnythingIsSent()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, says);
    ConnectDialog dialog(&m_fixture->profiles);
    fill(dialog, m_server.apiKey());
    dialog.findChild<QLineEdit *>(field)->setText(value);
    dialog.show();
    dialog.accept();
    QVERIFY2(dialog.problemText().contains(says), qPrintable(dialog.problemText()));
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.isApplying());
    // A call made after the accept is answered: had the dialog sent anything, it would be in.
    ApiClient later(m_server.baseUrl());
    later.setApiKey(m_server.apiKey());
    QVERIFY(settle(&later, m_server.orgId()));
    QCOMPARE(m_server.sandbox()->receivedRequests().size(), 1); // that call alone
    QVERIFY(m_fixture->profiles.profiles().isEmpty());
}

void TestConnectDialog::keyTestFailuresAreSaidInWords_data()
{
    QTest::addColumn<QString>("failure");
    QTest::addColumn<QString>("says");
    QTest::newRow("wrong key") << "wrong key"
                               << "The key was refused";
    QTest::newRow("key for another org") << "other org"
                                         << "This key belongs to the organization";
    QTest::newRow("no network") << "no network"
                                << "Could not reach 127.0.0.1";
    QTest::newRow("rate limited") << "rate limited"
                                  << "rate limit was reached";
    QTest::newRow("server failing") << "server"
                                    << "server failed";
}

void TestConnectDialog::keyTestFailuresAreSaidInWords()
{
    QFETCH(QString, failure);
    QFETCH(QString, says);
    ConnectDialog dialog(&m_fixture->profiles);
    fill(dialog, m_server.apiKey());
    if (failure == QLatin1String("wrong key")) {
        dialog.keyEdit()->setText(QStringLiteral("ATCTT3xFfGN0-not-this-orgs-key"));
    } else if (failure == QLatin1String("other org")) {
        dialog.orgIdEdit()->setText(QStringLiteral("0badc0de-1111-4222-8333-444444444444"));
    } else if (failure == QLatin1String("no network")) {
        QTcpServer free;
        QVERIFY(free.listen(QHostAddress::LocalHost));
        dialog.baseUrlEdit()->setText(QStringLiteral("http://127.0.0.1:%1").arg(free.serverPort()));
    } else {
        FaultRule rule;
        rule.pathPattern = QRegularExpression(QStringLiteral("^/admin/"));
        rule.status = failure == QLatin1String("rate limited") ? 429 : 503;
        rule.retryAfter = "1";
        rule.count = 0;
        m_server.sandbox()->addFault(rule);
    }
    acceptAndWait(dialog);
    QVERIFY2(dialog.problemText().contains(says), qPrintable(dialog.problemText()));
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.applyButton()->isEnabled());
    QVERIFY(dialog.keyEdit()->isEnabled());
    QVERIFY(!dialog.problemActionButton()->isVisible());
    QVERIFY(m_fixture->profiles.profiles().isEmpty());
    QVERIFY(!m_fixture->keychain.contains(Profile::adminKeyEntry(dialog.savedProfile().id)));
    if (failure == QLatin1String("wrong key"))
        screenshot(&dialog, QStringLiteral("connect-error.png"));
}

void TestConnectDialog::fieldsAreDisabledWhileTesting()
{
    m_server.sandbox()->addFault(FaultRule::delay(QStringLiteral("^/admin/v1/orgs/"), 600));
    ConnectDialog dialog(&m_fixture->profiles);
    fill(dialog, m_server.apiKey());
    dialog.show();
    dialog.accept();
    QVERIFY(dialog.isApplying());
    QVERIFY(!dialog.applyButton()->isEnabled());
    QVERIFY(!dialog.keyEdit()->isEnabled());
    QVERIFY(dialog.statusText().contains(QStringLiteral("Testing the key")));
    dialog.accept(); // a second press while testing does nothing
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 15000);
}

void TestConnectDialog::goodKeyIsTestedThenSavedInTheKeychain()
{
    ConnectDialog dialog(&m_fixture->profiles);
    fill(dialog, QStringLiteral("  ") + m_server.apiKey() + QStringLiteral("\n"));
    dialog.nameEdit()->clear(); // the organization's name is used
    acceptAndWait(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Profile saved = dialog.savedProfile();
    QVERIFY(!saved.name.isEmpty());
    QCOMPARE(saved.orgId, m_server.orgId());
    QCOMPARE(saved.keyExpiry, today.addDays(90));
    QCOMPARE(saved.keyLabel, QStringLiteral("orgdesk"));
    QCOMPARE(m_fixture->keychain.secret(Profile::adminKeyEntry(saved.id)), m_server.apiKey());
    QCOMPARE(m_fixture->profiles.profiles().size(), 1);
    QVERIFY(!dialog.savedForSessionOnly());
    // Only reads were sent, and with the key.
    const QList<sandbox::ReceivedRequest> received = m_server.sandbox()->receivedRequests();
    QVERIFY(!received.isEmpty());
    for (const sandbox::ReceivedRequest &request : received) {
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.header("Authorization"), "Bearer " + m_server.apiKey().toUtf8());
    }
}

void TestConnectDialog::anAdminAddressWorksAsTheOrgId()
{
    ConnectDialog dialog(&m_fixture->profiles);
    fill(dialog, m_server.apiKey());
    dialog.orgIdEdit()->setText(
        QStringLiteral("https://admin.atlassian.com/o/%1/users").arg(m_server.orgId().toUpper()));
    acceptAndWait(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.savedProfile().orgId, m_server.orgId());
}

void TestConnectDialog::editingRotatesTheKey()
{
    Profile profile;
    profile.id = Profile::newId();
    profile.name = QStringLiteral("Acme");
    profile.orgId = m_server.orgId();
    profile.baseUrl = m_server.baseUrl();
    profile.keyExpiry = today.addDays(3);
    m_fixture->keychain.setSecret(Profile::adminKeyEntry(profile.id), QStringLiteral("old-key"));
    QVERIFY(m_fixture->profiles.saveForSession(profile, QString()));

    ConnectDialog dialog(&m_fixture->profiles);
    dialog.setClock([] { return today; });
    dialog.editProfile(profile);
    QCOMPARE(dialog.orgIdEdit()->text(), profile.orgId);
    QVERIFY(dialog.keyEdit()->text().isEmpty());
    dialog.keyEdit()->setText(m_server.apiKey());
    dialog.expiryEdit()->setText(today.addDays(300).toString(Qt::ISODate));
    acceptAndWait(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_fixture->keychain.secret(Profile::adminKeyEntry(profile.id)), m_server.apiKey());
    QCOMPARE(m_fixture->profiles.profile(profile.id)->keyExpiry, today.addDays(300));
    QCOMPARE(m_fixture->profiles.profiles().size(), 1);
}

void TestConnectDialog::editingWithoutANewKeyKeepsIt()
{
    Profile profile;
    profile.id = Profile::newId();
    profile.name = QStringLiteral("Acme");
    profile.orgId = m_server.orgId();
    profile.baseUrl = m_server.baseUrl();
    profile.keyExpiry = today.addDays(30);
    m_fixture->keychain.setSecret(Profile::adminKeyEntry(profile.id), QStringLiteral("kept-key"));
    QVERIFY(m_fixture->profiles.saveForSession(profile, QString()));

    ConnectDialog dialog(&m_fixture->profiles);
    dialog.setClock([] { return today; });
    dialog.editProfile(profile);
    dialog.nameEdit()->setText(QStringLiteral("Acme Corporation"));
    acceptAndWait(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_fixture->profiles.profile(profile.id)->name, QStringLiteral("Acme Corporation"));
    QCOMPARE(m_fixture->keychain.secret(Profile::adminKeyEntry(profile.id)),
             QStringLiteral("kept-key"));
    QVERIFY(m_server.sandbox()->receivedRequests().isEmpty()); // nothing to test
}

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
