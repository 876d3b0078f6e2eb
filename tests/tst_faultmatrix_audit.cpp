// The hostile-server matrix, the audit log: the sync that keeps the archive, run under the fault
// mix (the events stream's pages meet 5xx, dropped connections, slow answers, bodies that are not
// JSON, cut short or of the wrong shape, and 429 bursts), stores every event the stream serves
// exactly once. A run the faults stop says why in words and keeps what it stored; the next one
// goes on from there.
#include "ApiClient.h"
#include "AuditArchive.h"
#include "AuditSync.h"
#include "Await.h"
#include "EventsService.h"
#include "FaultMatrix.h"
#include "OrgDatabase.h"
#include "SandboxServer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestFaultMatrixAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theSyncStoresEveryEventOnceUnderTheMix_data();
    void theSyncStoresEveryEventOnceUnderTheMix();

private:
    QStringList streamedIds(); // every event the stream serves, read without faults
    QStringList archivedIds(const QString &folder);

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

void TestFaultMatrixAudit::initTestCase()
{
    sandbox::SandboxOptions options;
    options.users = 200;
    options.seed = 18;
    options.events = 4000; // about 1,800 within the 180 days the stream serves
    options.eventsRateLimitPerMinute = 0;
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    QVERIFY(m_server->start());
    m_client = std::make_unique<ApiClient>(m_server->baseUrl());
    m_client->setApiKey(m_server->apiKey());
    m_client->setRetryPolicy(FaultMatrix::matrixPolicy());
}

QStringList TestFaultMatrixAudit::streamedIds()
{
    // Its own client, with the default patience: the matrix's short transfer timeout is for the
    // mix, and a slow build (a sanitizer's) takes longer than that to serve a page of 500.
    ApiClient client(m_server->baseUrl());
    client.setApiKey(m_server->apiKey());
    EventsService service(&client, m_server->orgId());
    QStringList ids;
    QString cursor;
    for (int page = 0; page < 1000; ++page) {
        const ApiResult<EventStreamPage> result = Await::wait<EventStreamPage>(
            [&](QObject *context, auto done) { service.streamPage(cursor, 500, context, done); });
        if (!result.ok() || result.value.events.isEmpty())
            break;
        for (const AuditEvent &event : result.value.events)
            ids.append(event.id);
        cursor = result.value.nextCursor;
    }
    return ids;
}

QStringList TestFaultMatrixAudit::archivedIds(const QString &folder)
{
    OrgDatabase database(m_server->orgId(), folder);
    QSqlQuery query(database.database());
    QStringList ids;
    if (!query.exec(u"SELECT id FROM events"_qs))
        return {u"<no events table: %1>"_qs.arg(query.lastError().text())};
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

void TestFaultMatrixAudit::theSyncStoresEveryEventOnceUnderTheMix_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 2u, 3u, 4u, 5u, 6u})
        QTest::addRow("seed %u", seed) << seed;
}

void TestFaultMatrixAudit::theSyncStoresEveryEventOnceUnderTheMix()
{
    QFETCH(quint32, seed);
    m_server->clearFaults();
    const QStringList served = streamedIds();
    QVERIFY(served.size() > 1000);
    QVERIFY(FaultMatrix::duplicates(served).isEmpty());

    QTemporaryDir folder;
    QVERIFY(m_server->setFaultMix(FaultMatrix::spec, seed));
    int runs = 0;
    ApiError last = ApiError::timeout();
    for (; runs < 10 && last.isError(); ++runs) {
        AuditSync sync(m_client.get(), m_server->orgId(), folder.path());
        bool done = false;
        QObject context;
        connect(&sync, &AuditSync::finished, &context, [&](qint64, const ApiError &error, bool) {
            last = error;
            done = true;
        });
        sync.start();
        QVERIFY2(QTest::qWaitFor([&done] { return done; }, 60000), "the sync did not end");
        if (last.isError())
            qInfo("run %d stopped: %s", runs + 1, qPrintable(last.detailedMessage()));
        QVERIFY(!last.isError() || last.userMessage().contains(u' '));
    }
    m_server->clearFaults();
    QVERIFY2(!last.isError(), qPrintable(last.detailedMessage()));
    QStringList met;
    const QMap<QString, int> counts = m_server->faultMixCounts();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        met.append(u"%1 %2"_qs.arg(it.key()).arg(it.value()));
    qInfo("%d runs; faults met: %s", runs, qPrintable(met.join(u", "_qs)));

    const QStringList stored = archivedIds(folder.path());
    const QStringList twice = FaultMatrix::duplicates(stored);
    QVERIFY2(twice.isEmpty(), qPrintable(twice.join(u", "_qs)));
    QCOMPARE(QSet<QString>(stored.cbegin(), stored.cend()),
             QSet<QString>(served.cbegin(), served.cend()));
}

QTEST_GUILESS_MAIN(TestFaultMatrixAudit)
#include "tst_faultmatrix_audit.moc"
