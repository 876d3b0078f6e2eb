// The keychain store against a real Secret Service. The test script runs this inside its own
// dbus-run-session with an unlocked gnome-keyring; run by hand without one it skips, unless
// ORGDESK_REQUIRE_KEYCHAIN=1 (the test script sets it) turns a missing keychain into a failure.
#include "KeychainCredentialStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

namespace {

// Runs a store operation and waits (in the test's event loop) for its single answer.
struct Answer
{
    int calls = 0;
    CredentialResult result = CredentialResult::unavailable(CredentialResult::Reason::Other,
                                                            QStringLiteral("no answer at all"));
};

template <typename Start> Answer await(Start start, int timeoutMs = 15000)
{
    Answer answer;
    QObject context;
    start(&context, [&answer](const CredentialResult &result) {
        ++answer.calls;
        answer.result = result;
    });
    (void)QTest::qWaitFor([&answer] { return answer.calls > 0; }, timeoutMs);
    return answer;
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeThenReadThroughANewStoreInstance();
    void theSecretIsInTheSecretService();
    void missingEntryMeansNoKeyYet();
    void removeDeletesAndRemovingAgainSucceeds();
    void overwriteReplacesTheKey();
    void aSlowJobIsAbandonedOnceAndNeverDeletedWhileRunning();
    void cleanupTestCase();

private:
    QString entry(const QString &name) const { return m_prefix + name; }

    QString m_service;
    QString m_prefix;
    QStringList m_written;
};

void TestCredentialStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_service = QStringLiteral("OrgdeskTest");
    m_prefix = QStringLiteral("tst_credentialstore/%1/")
                   .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));

    KeychainCredentialStore store(m_service);
    const Answer probe = await([&](QObject *context, CredentialCallback callback) {
        store.read(entry(QStringLiteral("probe")), context, callback);
    });
    if (probe.result.isUnavailable()) {
        if (qEnvironmentVariableIntValue("ORGDESK_REQUIRE_KEYCHAIN"))
            QFAIL(qPrintable(QStringLiteral("No keychain: ") + probe.result.message));
        QSKIP("No Secret Service answers on this session bus; run through "
              "scripts/setup-and-test.sh (a private dbus-run-session with gnome-keyring)");
    }
}

void TestCredentialStore::writeThenReadThroughANewStoreInstance()
{
    const QString key = QStringLiteral("ATCTT3xFfGN0-first-%1").arg(QUuid::createUuid().toString());
    {
        KeychainCredentialStore writer(m_service);
        const Answer written = await([&](QObject *context, CredentialCallback callback) {
            writer.write(entry(QStringLiteral("admin")), key, context, callback);
        });
        QVERIFY2(written.result.ok(), qPrintable(written.result.message));
        QCOMPARE(written.calls, 1);
        m_written << entry(QStringLiteral("admin"));
    }
    KeychainCredentialStore reader(m_service);
    const Answer read = await([&](QObject *context, CredentialCallback callback) {
        reader.read(entry(QStringLiteral("admin")), context, callback);
    });
    QCOMPARE(read.result.status, CredentialResult::Status::Ok);
    QCOMPARE(read.result.secret, key);
}

void TestCredentialStore::theSecretIsInTheSecretService()
{
    // Independent of QtKeychain: ask the Secret Service itself through libsecret's tool.
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (tool.isEmpty())
        QSKIP("secret-tool (libsecret-tools) is not installed");
    const QString key =
        QStringLiteral("ATCTT3xFfGN0-visible-%1").arg(QUuid::createUuid().toString());
    KeychainCredentialStore store(m_service);
    const Answer written = await([&](QObject *context, CredentialCallback callback) {
        store.write(entry(QStringLiteral("visible")), key, context, callback);
    });
    QVERIFY2(written.result.ok(), qPrintable(written.result.message));
    m_written << entry(QStringLiteral("visible"));

    QProcess lookup;
    lookup.start(tool, {QStringLiteral("lookup"), QStringLiteral("server"), m_service,
                        QStringLiteral("user"), entry(QStringLiteral("visible"))});
    QVERIFY(lookup.waitForFinished(10000));
    QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), key);
}

void TestCredentialStore::missingEntryMeansNoKeyYet()
{
    KeychainCredentialStore store(m_service);
    const Answer read = await([&](QObject *context, CredentialCallback callback) {
        store.read(entry(QStringLiteral("never-written")), context, callback);
    });
    QCOMPARE(read.result.status, CredentialResult::Status::NotFound);
    QVERIFY(read.result.message.isEmpty());
}

void TestCredentialStore::removeDeletesAndRemovingAgainSucceeds()
{
    KeychainCredentialStore store(m_service);
    const QString name = entry(QStringLiteral("to-remove"));
    QVERIFY(await([&](QObject *c, CredentialCallback cb) {
                store.write(name, QStringLiteral("k-1"), c, cb);
            }).result.ok());
    QVERIFY(
        await([&](QObject *c, CredentialCallback cb) { store.remove(name, c, cb); }).result.ok());
    QCOMPARE(
        await([&](QObject *c, CredentialCallback cb) { store.read(name, c, cb); }).result.status,
        CredentialResult::Status::NotFound);
    QVERIFY(
        await([&](QObject *c, CredentialCallback cb) { store.remove(name, c, cb); }).result.ok());
}

void TestCredentialStore::overwriteReplacesTheKey()
{
    KeychainCredentialStore store(m_service);
    const QString name = entry(QStringLiteral("rotated"));
    m_written << name;
    QVERIFY(await([&](QObject *c, CredentialCallback cb) {
                store.write(name, QStringLiteral("old-key"), c, cb);
            }).result.ok());
    QVERIFY(await([&](QObject *c, CredentialCallback cb) {
                store.write(name, QStringLiteral("new-key"), c, cb);
            }).result.ok());
    QCOMPARE(
        await([&](QObject *c, CredentialCallback cb) { store.read(name, c, cb); }).result.secret,
        QStringLiteral("new-key"));
}

void TestCredentialStore::aSlowJobIsAbandonedOnceAndNeverDeletedWhileRunning()
{
    // A time limit of 0 ms fires before any keychain can answer: the caller hears "timed out"
    // once, the job keeps running unowned, and its late answer reaches nobody.
    auto *store = new KeychainCredentialStore(m_service);
    store->setTimeout(0);
    int calls = 0;
    CredentialResult result;
    auto *context = new QObject;
    store->read(entry(QStringLiteral("admin")), context, [&](const CredentialResult &r) {
        ++calls;
        result = r;
    });
    QTRY_COMPARE(calls, 1);
    QCOMPARE(result.status, CredentialResult::Status::Unavailable);
    QCOMPARE(result.reason, CredentialResult::Reason::TimedOut);
    QVERIFY(result.message.contains(QStringLiteral("did not answer")));
    // The caller goes away while the job may still be running; nothing may crash or answer.
    delete context;
    delete store;
    // QtKeychain runs one job at a time, in order: once a later job has answered, the abandoned
    // one has finished too, and its answer has had the chance to land.
    KeychainCredentialStore later(m_service);
    const Answer next = await([&](QObject *c, CredentialCallback cb) {
        later.read(entry(QStringLiteral("admin")), c, cb);
    });
    QVERIFY2(next.calls == 1 && !next.result.isUnavailable(), qPrintable(next.result.message));
    QCOMPARE(calls, 1);
}

void TestCredentialStore::cleanupTestCase()
{
    KeychainCredentialStore store(m_service);
    for (const QString &name : std::as_const(m_written))
        await([&](QObject *c, CredentialCallback cb) { store.remove(name, c, cb); });
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
