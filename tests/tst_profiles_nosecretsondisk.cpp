// Adds a profile the way a person does (the connect dialog, against the sandbox, with the real
// keychain), then scans the settings file and the app's config, data and cache folders for the
// key's text: it must be in the keychain and nowhere on disk.
#include "ConnectDialog.h"
#include "KeychainCredentialStore.h"
#include "ProfileManager.h"
#include "SandboxServer.h"
#include "Settings.h"
#include "TestServer.h"

#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

namespace {

const QString testService = QStringLiteral("OrgdeskTest");

// Every way the key's text could sit in a file: as UTF-8, UTF-16 or base64.
QList<QByteArray> encodingsOf(const QString &key)
{
    QByteArray utf16(reinterpret_cast<const char *>(key.utf16()), key.size() * 2);
    return {key.toUtf8(), utf16, key.toUtf8().toBase64()};
}

QStringList filesContaining(const QStringList &folders, const QString &key)
{
    const QList<QByteArray> needles = encodingsOf(key);
    QStringList found;
    for (const QString &folder : folders) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.size() > 64 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            for (const QByteArray &needle : needles) {
                if (content.contains(needle)) {
                    found << file.fileName();
                    break;
                }
            }
        }
    }
    return found;
}

} // namespace

class TestNoSecretsOnDisk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addedKeyIsInTheKeychainAndNowhereOnDisk();
    void theScanFindsAKeyWrittenToDisk();
    void cleanupTestCase();

private:
    QStringList foldersToScan() const;

    TestServer m_server;
    QString m_key;
    QString m_profileId;
};

void TestNoSecretsOnDisk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(Settings::defaultFilePath());
    KeychainCredentialStore store(testService);
    bool answered = false;
    CredentialResult probe;
    store.read(QStringLiteral("tst_nosecrets/probe"), this, [&](const CredentialResult &r) {
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
    options.users = 20;
    QVERIFY(m_server.start(options));
    if (m_server.isExternal())
        QSKIP("Needs the sandbox, to accept a key made up for this test");
    m_key = QStringLiteral("ATCTT3xFfGN0%1disk").arg(QUuid::createUuid().toString(QUuid::Id128));
    m_server.sandbox()->addApiKey(m_key, false);
}

QStringList TestNoSecretsOnDisk::foldersToScan() const
{
    QStringList folders;
    for (QStandardPaths::StandardLocation location :
         {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
          QStandardPaths::AppLocalDataLocation, QStandardPaths::CacheLocation,
          QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation,
          QStandardPaths::GenericCacheLocation})
        folders << QStandardPaths::writableLocation(location);
    folders << QFileInfo(Settings::defaultFilePath()).absolutePath();
    // The test script points these at its scratch folders; never scan a real home.
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        if (qEnvironmentVariableIsSet(variable) &&
            qEnvironmentVariableIntValue("ORGDESK_REQUIRE_KEYCHAIN"))
            folders << qEnvironmentVariable(variable);
    }
    folders.removeDuplicates();
    return folders;
}

void TestNoSecretsOnDisk::addedKeyIsInTheKeychainAndNowhereOnDisk()
{
    Settings settings;
    KeychainCredentialStore keychain(testService);
    ProfileManager profiles(&settings, &keychain);
    ConnectDialog dialog(&profiles);
    dialog.nameEdit()->setText(QStringLiteral("Disk check"));
    dialog.orgIdEdit()->setText(m_server.orgId());
    dialog.keyEdit()->setText(m_key);
    dialog.expiryEdit()->setText(QDate::currentDate().addDays(200).toString(Qt::ISODate));
    dialog.baseUrlEdit()->setText(m_server.baseUrl().toString());
    dialog.show();
    dialog.accept();
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog.result() == QDialog::Accepted || !dialog.problemText().isEmpty(), 30000);
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.problemText()));
    QVERIFY(!dialog.savedForSessionOnly());
    m_profileId = dialog.savedProfile().id;
    QVERIFY(settings.sync());

    // The key is in the keychain...
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (!tool.isEmpty()) {
        QProcess lookup;
        lookup.start(tool, {QStringLiteral("lookup"), QStringLiteral("server"), testService,
                            QStringLiteral("user"), Profile::adminKeyEntry(m_profileId)});
        QVERIFY(lookup.waitForFinished(10000));
        QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), m_key);
    }
    // ... and nowhere else.
    QVERIFY(QFile::exists(Settings::defaultFilePath()));
    const QStringList folders = foldersToScan();
    const QStringList leaks = filesContaining(folders, m_key);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u',')));
    qInfo("Scanned %s", qPrintable(folders.join(QStringLiteral(", "))));
}

void TestNoSecretsOnDisk::theScanFindsAKeyWrittenToDisk()
{
    // The scan itself must be able to fail.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("leak-control.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("prefix " + m_key.toUtf8().toBase64() + " suffix");
    file.close();
    QCOMPARE(filesContaining({folder}, m_key), QStringList{path});
    QFile::remove(path);
}

void TestNoSecretsOnDisk::cleanupTestCase()
{
    if (m_profileId.isEmpty())
        return;
    Settings settings;
    KeychainCredentialStore keychain(testService);
    ProfileManager profiles(&settings, &keychain);
    bool done = false;
    profiles.remove(m_profileId, true, this, [&done](const CredentialResult &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
}

QTEST_MAIN(TestNoSecretsOnDisk)
#include "tst_profiles_nosecretsondisk.moc"
