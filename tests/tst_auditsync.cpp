// The audit sync against the sandbox over loopback HTTP: the backfill, later runs that fetch
// only what is new, a sync destroyed mid-way, the stream's cursor reused after a suspend, events
// the server stops serving staying in the archive, the 403 sentence, and rate limits.

#include "ApiClient.h"
#include "AuditArchive.h"
#include "AuditSync.h"
#include "AuditSyncWriter.h"
#include "Await.h"
#include "EventsService.h"
#include "OrgDatabase.h"
#include "RawCall.h"
#include "SandboxServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr qint64 dayMs = 86'400'000;

bool idsContain(const QList<AuditEvent> &events, const QString &id)
{
    return std::any_of(events.begin(), events.end(),
                       [&id](const AuditEvent &event) { return event.id == id; });
}

struct Outcome
{
    qint64 stored = -1;
    ApiError error;
    bool cancelled = false;
};

} // namespace

class TestAuditSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void backfillsEverythingThenOnlyWhatIsNew();
    void aSyncDestroyedMidwayAndRestartedStoresEveryEventOnce();
    void theWriterStoresPagesOnlyInTheStreamsOrder();
    void cancelStopsAndKeepsWhatWasStored();
    void theReusedCursorBringsTheSuspendAfterTheProcessingDelay();
    void eventsTheServerNoLongerServesStaySearchable();
    void forbiddenNamesTheScopeAndAtlassianGuard();
    void aRateLimitSlowsTheSyncWithoutBreakingIt();
    void retentionPrunesAfterTheSync();

private:
    std::unique_ptr<AuditSync> makeSync();
    Outcome run(AuditSync &sync, int timeoutMs = 60000);
    // Every event id the stream serves now, from the start.
    QSet<QString> streamedIds();
    qint64 archived(const AuditFilter &filter = {});
    QList<sandbox::ReceivedRequest> streamRequests() const;
    QString suspendSomeone();

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QTemporaryDir> m_folder;
};

void TestAuditSync::init()
{
    sandbox::SandboxOptions options;
    options.users = 200;
    options.seed = 7;
    options.events = 4000; // over 400 days: about 1,800 within the 180 the server serves
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    QVERIFY(m_server->start());
    m_server->setEventProcessingDelay(3000);
    m_client = std::make_unique<ApiClient>(m_server->baseUrl());
    m_client->setApiKey(m_server->apiKey());
    RetryPolicy quick;
    quick.baseBackoffMs = 20;
    quick.maxBackoffMs = 200;
    m_client->setRetryPolicy(quick);
    m_folder = std::make_unique<QTemporaryDir>();
}

void TestAuditSync::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_folder.reset();
}

std::unique_ptr<AuditSync> TestAuditSync::makeSync()
{
    return std::make_unique<AuditSync>(m_client.get(), m_server->orgId(), m_folder->path());
}

Outcome TestAuditSync::run(AuditSync &sync, int timeoutMs)
{
    Outcome outcome;
    bool done = false;
    QObject context;
    connect(&sync, &AuditSync::finished, &context,
            [&](qint64 stored, const ApiError &error, bool cancelled) {
                outcome = {stored, error, cancelled};
                done = true;
            });
    sync.start();
    if (!QTest::qWaitFor([&done] { return done; }, timeoutMs))
        outcome.error = ApiError::timeout();
    return outcome;
}

QSet<QString> TestAuditSync::streamedIds()
{
    EventsService service(m_client.get(), m_server->orgId());
    QSet<QString> ids;
    QString cursor;
    for (int page = 0; page < 1000; ++page) {
        const ApiResult<EventStreamPage> result = Await::wait<EventStreamPage>(
            [&](QObject *context, auto done) { service.streamPage(cursor, 500, context, done); });
        if (!result.ok() || result.value.events.isEmpty())
            break;
        for (const AuditEvent &event : result.value.events)
            ids.insert(event.id);
        cursor = result.value.nextCursor;
    }
    return ids;
}

qint64 TestAuditSync::archived(const AuditFilter &filter)
{
    OrgDatabase database(m_server->orgId(), m_folder->path());
    return AuditArchive(database.database()).count(filter);
}

QList<sandbox::ReceivedRequest> TestAuditSync::streamRequests() const
{
    QList<sandbox::ReceivedRequest> requests;
    for (const sandbox::ReceivedRequest &request : m_server->receivedRequests()) {
        if (request.path.endsWith(QLatin1String("/events-stream")))
            requests.append(request);
    }
    return requests;
}

QString TestAuditSync::suspendSomeone()
{
    const QString orgId = m_server->orgId();
    const RawAnswer listing =
        rawCall(m_client.get(),
                ApiRequest::get(QStringLiteral("/admin/v2/orgs/%1/directories/-/users").arg(orgId),
                                QUrlQuery(QStringLiteral("limit=1"))));
    if (listing.error.isError())
        return {};
    const QString accountId = listing.object()
                                  .value(QStringLiteral("data"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("accountId"))
                                  .toString();
    const RawAnswer suspended =
        rawCall(m_client.get(),
                ApiRequest::post(QStringLiteral("/admin/v2/orgs/%1/directories/-/users/%2/suspend")
                                     .arg(orgId, accountId),
                                 false));
    if (!suspended.finished || suspended.error.isError())
        return {};
    return accountId;
}

void TestAuditSync::backfillsEverythingThenOnlyWhatIsNew()
{
    const QSet<QString> served = streamedIds();
    QVERIFY(served.size() > 1000);
    m_server->clearReceivedRequests();

    std::unique_ptr<AuditSync> sync = makeSync();
    QSignalSpy progress(sync.get(), &AuditSync::progress);
    QSignalSpy started(sync.get(), &AuditSync::started);
    const Outcome first = run(*sync);
    QVERIFY2(!first.error.isError(), qPrintable(first.error.detailedMessage()));
    QCOMPARE(first.stored, served.size());
    QCOMPARE(archived(), served.size());
    QCOMPARE(started.size(), 1);
    // Pages stored together (when the writer is behind) report once: progress rises, then ends
    // on the count.
    QVERIFY(progress.size() >= 2);
    for (int i = 1; i < progress.size(); ++i)
        QVERIFY(progress.at(i).at(0).toLongLong() > progress.at(i - 1).at(0).toLongLong());
    QCOMPARE(progress.constLast().at(0).toLongLong(), served.size());

    // What the server received: pages of 500, oldest processed first, each with the cursor the
    // previous page gave; the last one came back empty (caught up).
    const QList<sandbox::ReceivedRequest> requests = streamRequests();
    QCOMPARE(requests.size(), int((served.size() + 499) / 500) + 1);
    for (const sandbox::ReceivedRequest &request : requests) {
        QCOMPARE(request.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("500"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("sortOrder")), QStringLiteral("asc"));
    }
    QVERIFY(!requests.first().query.hasQueryItem(QStringLiteral("cursor")));
    QVERIFY(requests.last().query.hasQueryItem(QStringLiteral("cursor")));

    // The next run asks once, from the stored cursor, and stores nothing.
    m_server->clearReceivedRequests();
    const Outcome second = run(*sync);
    QVERIFY(!second.error.isError());
    QCOMPARE(second.stored, 0);
    QCOMPARE(streamRequests().size(), 1);
    QCOMPARE(archived(), served.size());

    // The catalogue was stored: search finds an action by its display name.
    OrgDatabase database(m_server->orgId(), m_folder->path());
    AuditArchive archive(database.database());
    QVERIFY(archive.actions().size() > 10);
}

void TestAuditSync::aSyncDestroyedMidwayAndRestartedStoresEveryEventOnce()
{
    const QSet<QString> served = streamedIds();
    m_server->setLatency(30);
    {
        std::unique_ptr<AuditSync> sync = makeSync();
        sync->setPageSize(100);
        QSignalSpy progress(sync.get(), &AuditSync::progress);
        sync->start();
        QTRY_VERIFY_WITH_TIMEOUT(progress.size() >= 3, 20000);
        // Destroyed with a page in flight and, maybe, one being written.
    }
    const qint64 partial = archived();
    QVERIFY2(partial > 0 && partial < served.size(), qPrintable(QString::number(partial)));
    m_server->setLatency(0);

    std::unique_ptr<AuditSync> again = makeSync();
    const Outcome outcome = run(*again);
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.detailedMessage()));
    QCOMPARE(archived(), served.size());
    QVERIFY(outcome.stored <= served.size() - partial + 100); // resumed, not restarted
    // Every event exactly once: the archive holds as many distinct ids as rows.
    OrgDatabase database(m_server->orgId(), m_folder->path());
    QSqlQuery query(database.database());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*), count(DISTINCT id) FROM events")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), served.size());
    QCOMPARE(query.value(1).toLongLong(), served.size());
}

// Pages are fetched ahead of the disk; whatever order they reach the writer in, a page is stored
// only right after the page its cursor came from, with that cursor in the same transaction.
void TestAuditSync::theWriterStoresPagesOnlyInTheStreamsOrder()
{
    EventsService service(m_client.get(), m_server->orgId());
    auto pageAfter = [&](const QString &cursor) {
        const ApiResult<EventStreamText> result = Await::wait<EventStreamText>(
            [&](QObject *context, auto done) { service.streamText(cursor, 50, context, done); });
        return AuditSyncWriter::PageText{cursor, result.value.events, result.value.nextCursor};
    };
    const AuditSyncWriter::PageText first = pageAfter(QString());
    const AuditSyncWriter::PageText second = pageAfter(first.nextCursor);
    const AuditSyncWriter::PageText third = pageAfter(second.nextCursor);
    QVERIFY(!first.nextCursor.isEmpty() && second.nextCursor != first.nextCursor);
    const qsizetype perPage =
        AuditEvent::listFromJsonText(first.events).value_or(QList<AuditEvent>()).size();
    QCOMPARE(perPage, 50);

    AuditSyncWriter writer(m_server->orgId(), m_folder->path());
    QSignalSpy stored(&writer, &AuditSyncWriter::pagesStored);
    auto lastStored = [&] { return stored.constLast().at(0).toInt(); };
    // The second page before the first: refused, nothing stored, no cursor.
    writer.storePages({second}, 0);
    QCOMPARE(lastStored(), -1);
    QCOMPARE(archived(), 0);
    // The first and the third, which do not follow each other: refused too.
    writer.storePages({first, third}, 0);
    QCOMPARE(lastStored(), -1);
    QCOMPARE(archived(), 0);
    // In order, two pages in one transaction, then the next one.
    writer.storePages({first, second}, 0);
    QCOMPARE(lastStored(), 100);
    writer.storePages({second}, 0); // again, as after a crash: it no longer follows
    QCOMPARE(lastStored(), -1);
    writer.storePages({third}, 0);
    QCOMPARE(lastStored(), 50);
    QCOMPARE(archived(), 150);
    OrgDatabase database(m_server->orgId(), m_folder->path());
    QCOMPARE(AuditArchive(database.database()).streamCursor(), third.nextCursor);
}

void TestAuditSync::cancelStopsAndKeepsWhatWasStored()
{
    m_server->setLatency(30);
    std::unique_ptr<AuditSync> sync = makeSync();
    sync->setPageSize(100);
    QSignalSpy finished(sync.get(), &AuditSync::finished);
    connect(sync.get(), &AuditSync::progress, sync.get(), [&sync](qint64 stored) {
        if (stored >= 200)
            sync->cancel();
    });
    sync->start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.constFirst().at(2).toBool(), true);
    QVERIFY(!sync->isRunning());
    const qint64 stored = finished.constFirst().at(0).toLongLong();
    QVERIFY(stored >= 200);
    QCOMPARE(archived(), stored);
}

void TestAuditSync::theReusedCursorBringsTheSuspendAfterTheProcessingDelay()
{
    std::unique_ptr<AuditSync> sync = makeSync();
    QVERIFY(!run(*sync).error.isError());
    const qint64 before = archived();

    const QString accountId = suspendSomeone();
    QVERIFY(!accountId.isEmpty());
    // Still being processed (3 s on the sandbox clock): nothing new yet.
    QCOMPARE(run(*sync).stored, 0);
    m_server->advanceClock(4);
    m_server->clearReceivedRequests();
    const Outcome after = run(*sync);
    QCOMPARE(after.stored, 1);
    QCOMPARE(archived(), before + 1);

    AuditFilter filter;
    filter.targets = {accountId};
    filter.actions = {QStringLiteral("user_suspended")};
    OrgDatabase database(m_server->orgId(), m_folder->path());
    AuditArchive archive(database.database());
    const QList<AuditEvent> found = archive.events(filter, 10);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().action, QStringLiteral("user_suspended"));
    QVERIFY(found.first().processedAtMs > 0);
    // Asked for with the cursor stored before, not from the start.
    QVERIFY(streamRequests().first().query.hasQueryItem(QStringLiteral("cursor")));
}

void TestAuditSync::eventsTheServerNoLongerServesStaySearchable()
{
    std::unique_ptr<AuditSync> sync = makeSync();
    QVERIFY(!run(*sync).error.isError());
    OrgDatabase database(m_server->orgId(), m_folder->path());
    AuditArchive archive(database.database());
    const qint64 total = archive.count({});
    AuditFilter oldest;
    oldest.toMs = archive.span().oldestMs + 5 * dayMs;
    const QList<AuditEvent> old = archive.events(oldest, 1000);
    QVERIFY(!old.isEmpty());
    const AuditEvent sample = old.constLast(); // the oldest of all

    // Ten days later the server keeps 180 days from its new "now": those events are gone there.
    m_server->advanceClock(10 * 24 * 3600);
    const QSet<QString> served = streamedIds();
    QVERIFY(!served.contains(sample.id));
    QVERIFY(served.size() < total);

    QVERIFY(!run(*sync).error.isError());
    QCOMPARE(archive.count({}), total);
    QVERIFY(archive.event(sample.id));
    AuditFilter text;
    text.text = sample.actorName.isEmpty() ? sample.action : sample.actorName;
    text.toMs = sample.timeMs + 1;
    QVERIFY(idsContain(archive.events(text, 1000), sample.id));
}

void TestAuditSync::forbiddenNamesTheScopeAndAtlassianGuard()
{
    m_server->setEventsForbidden(true);
    std::unique_ptr<AuditSync> sync = makeSync();
    const Outcome outcome = run(*sync);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Forbidden);
    QCOMPARE(outcome.stored, 0);
    const QString sentence = outcome.error.userMessage();
    QVERIFY2(sentence.contains(QLatin1String("read:events:admin")), qPrintable(sentence));
    QVERIFY2(sentence.contains(QLatin1String("Atlassian Guard")), qPrintable(sentence));
    QCOMPARE(archived(), 0);
}

void TestAuditSync::aRateLimitSlowsTheSyncWithoutBreakingIt()
{
    const QSet<QString> served = streamedIds();
    m_server->setRateLimit(4); // a second: the sync's pages of 100 hit it at once
    std::unique_ptr<AuditSync> sync = makeSync();
    sync->setPageSize(100);
    QSignalSpy paused(m_client.get(), &ApiClient::rateLimitPause);
    const Outcome outcome = run(*sync, 120000);
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.detailedMessage()));
    QCOMPARE(archived(), served.size());
    QVERIFY(paused.size() > 0);
}

void TestAuditSync::retentionPrunesAfterTheSync()
{
    std::unique_ptr<AuditSync> sync = makeSync();
    sync->setRetentionDays(30);
    QVERIFY(!run(*sync).error.isError());
    OrgDatabase database(m_server->orgId(), m_folder->path());
    AuditArchive archive(database.database());
    const AuditArchive::Span span = archive.span();
    QVERIFY(span.events > 0);
    QVERIFY(span.oldestMs >= QDateTime::currentMSecsSinceEpoch() - 30 * dayMs - 60000);
    AuditFilter older;
    older.toMs = QDateTime::currentMSecsSinceEpoch() - 31 * dayMs;
    QCOMPARE(archive.count(older), 0);
}

QTEST_GUILESS_MAIN(TestAuditSync)
#include "tst_auditsync.moc"
