// The local audit archive on its own (no server): storing pages with their cursor, dedupe,
// keyset paging newest first, every filter, full text, pruning, the span, and the database file.

#include "AuditArchive.h"
#include "AuditEvents.h"
#include "AuditExport.h"
#include "AuditSearchText.h"
#include "MemoryCredentialStore.h"
#include "OrgDatabase.h"
#include "ProfileManager.h"
#include "Settings.h"

#include <QBuffer>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr qint64 day = 24LL * 3600 * 1000;
constexpr qint64 now = 1'800'000'000'000; // 2027-01-15

QStringList ids(const char *spaced)
{
    return QString::fromLatin1(spaced).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList idsOf(const QList<AuditEvent> &events)
{
    QStringList ids;
    for (const AuditEvent &event : events)
        ids.append(event.id);
    return ids;
}

} // namespace

class TestAuditArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void databaseIsWalWithSchemaVersion();
    void removeDeletesTheFiles();
    void theLastProfileOfAnOrgTakesItsArchiveAlong();
    void parsesTheEventModel();
    void storesPagesOnceByIdWithTheCursor();
    void aRefusedPageStoresNeitherEventsNorCursor();
    void aPageAfterAnotherCursorIsRefused();
    void readsAPageOfEventsFromItsText();
    void pagesNewestFirstWithoutGapsOrRepeats();
    void filters_data();
    void filters();
    void fullText_data();
    void fullText();
    void hostileTextNeverBreaksTheQuery_data();
    void hostileTextNeverBreaksTheQuery();
    void actionDisplayNamesAreSearchable();
    void pruneRemovesOldEventsFromTableAndIndex();
    void spanCountsAndMeasures();
    void actorIdsResolveAddressesAndNames();
    void exportWritesNdjsonAndCsv();

private:
    void storeFixture();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OrgDatabase> m_database;
    std::unique_ptr<AuditArchive> m_archive;
};

void TestAuditArchive::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<OrgDatabase>(QStringLiteral("org-1"), m_dir->path());
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->lastError()));
    m_archive = std::make_unique<AuditArchive>(m_database->database());
    QVERIFY2(m_archive->isOpen(), qPrintable(m_archive->lastError()));
}

void TestAuditArchive::cleanup()
{
    m_archive.reset();
    m_database.reset();
    m_dir.reset();
}

// Eight events over ten days: two actors, three people acted on, two actions, two countries.
void TestAuditArchive::storeFixture()
{
    QList<AuditEvent> events;
    auto add = [&](TestEvent event) { events.append(event.event()); };
    TestEvent e;
    e = {};
    e.id = QStringLiteral("e1"), e.timeMs = now - 9 * day, e.targetId = QStringLiteral("acc-jane"),
    e.targetName = QStringLiteral("Jane Doe"),
    e.targetEmail = QStringLiteral("jane.doe@example.com");
    add(e);
    e.id = QStringLiteral("e2"), e.timeMs = now - 8 * day,
    e.action = QStringLiteral("user_restored");
    add(e);
    e = {};
    e.id = QStringLiteral("e3"), e.timeMs = now - 7 * day, e.actorId = QStringLiteral("acc-bob"),
    e.actorName = QStringLiteral("Bob Builder"), e.actorEmail = QStringLiteral("bob@example.com"),
    e.targetId = QStringLiteral("acc-zoe"), e.targetName = QStringLiteral("Zoë Ärger"),
    e.ip = QStringLiteral("192.168.7.42"), e.city = QStringLiteral("Berlin"),
    e.country = QStringLiteral("Germany"), e.product = QStringLiteral("jira");
    add(e);
    e.id = QStringLiteral("e4"), e.timeMs = now - 6 * day, e.targetId = QStringLiteral("acc-jane"),
    e.targetName = QStringLiteral("Jane Doe"),
    e.message = QStringLiteral("Quarterly access review");
    add(e);
    e = {};
    e.id = QStringLiteral("e5"), e.timeMs = now - 5 * day,
    e.action = QStringLiteral("group_created"), e.actorId = QStringLiteral("acc-jane"),
    e.actorName = QStringLiteral("Jane Doe"), e.actorEmail = QStringLiteral("jane.doe@example.com"),
    e.product = QStringLiteral("confluence");
    add(e);
    e = {};
    e.id = QStringLiteral("e6"), e.timeMs = now - 2 * day, e.targetId = QStringLiteral("acc-max"),
    e.targetName = QStringLiteral("Max Mustermann");
    add(e);
    // Two in the same millisecond: both kept, both found.
    e.id = QStringLiteral("e7"), e.timeMs = now - day;
    add(e);
    e.id = QStringLiteral("e8");
    add(e);
    QCOMPARE(m_archive->storePage(events, QStringLiteral("cursor-1"), now), 8);
}

void TestAuditArchive::databaseIsWalWithSchemaVersion()
{
    QSqlQuery query(m_database->database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
    QCOMPARE(query.value(0).toInt(), OrgDatabase::schemaVersion());
    QCOMPARE(m_database->filePath(), m_dir->filePath(QStringLiteral("org-1.sqlite")));

    // A second connection to the same file (the sync's worker) sees the same schema and data.
    storeFixture();
    OrgDatabase second(QStringLiteral("org-1"), m_dir->path());
    QVERIFY(second.isOpen());
    QCOMPARE(AuditArchive(second.database()).count({}), 8);
}

void TestAuditArchive::removeDeletesTheFiles()
{
    storeFixture();
    const QString path = m_database->filePath();
    m_archive.reset();
    m_database.reset();
    QVERIFY(QFile::exists(path));
    QVERIFY(OrgDatabase::remove(QStringLiteral("org-1"), m_dir->path()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestAuditArchive::theLastProfileOfAnOrgTakesItsArchiveAlong()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString orgId = QStringLiteral("org-removed-with-its-profiles");
    OrgDatabase::remove(orgId);
    {
        OrgDatabase created(orgId);
    }
    const QString path = OrgDatabase::filePathFor(orgId);
    QVERIFY(QFile::exists(path));

    Settings settings(m_dir->filePath(QStringLiteral("orgdesk.conf")));
    MemoryCredentialStore keychain;
    ProfileManager profiles(&settings, &keychain);
    Profile first;
    first.id = Profile::newId();
    first.name = QStringLiteral("first");
    first.orgId = orgId;
    Profile second = first;
    second.id = Profile::newId();
    second.name = QStringLiteral("second");
    QVERIFY(profiles.saveForSession(first, QStringLiteral("key-1")));
    QVERIFY(profiles.saveForSession(second, QStringLiteral("key-2")));

    auto remove = [&profiles](const QString &id) {
        bool done = false;
        QObject context;
        profiles.remove(id, false, &context, [&done](const CredentialResult &) { done = true; });
        return QTest::qWaitFor([&done] { return done; }, 5000);
    };
    QVERIFY(remove(first.id));
    QVERIFY(QFile::exists(path)); // the second profile still uses the organization
    QVERIFY(remove(second.id));
    QVERIFY(!QFile::exists(path));
}

void TestAuditArchive::parsesTheEventModel()
{
    TestEvent source;
    source.id = QStringLiteral("ev-1");
    source.timeMs = now;
    source.targetId = QStringLiteral("acc-jane");
    source.targetName = QStringLiteral("Jane Doe");
    source.product = QStringLiteral("jira");
    QJsonObject json = source.json();
    QJsonObject attributes = json.value(QStringLiteral("attributes")).toObject();
    QJsonObject actor = attributes.value(QStringLiteral("actor")).toObject();
    actor.insert(QStringLiteral("auth"),
                 QJsonObject{{QStringLiteral("authType"), QStringLiteral("api-token")},
                             {QStringLiteral("tokenId"), QStringLiteral("tok-1")},
                             {QStringLiteral("tokenLabel"), QStringLiteral("CI bot")}});
    actor.insert(QStringLiteral("onBehalfOf"),
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("acc-bob")},
                             {QStringLiteral("name"), QStringLiteral("Bob")}});
    attributes.insert(QStringLiteral("actor"), actor);
    json.insert(QStringLiteral("attributes"), attributes);

    const std::optional<AuditEvent> event = AuditEvent::fromJson(json);
    QVERIFY(event);
    QCOMPARE(event->timeMs, now);
    QCOMPARE(event->processedAtMs, now + 1000);
    QCOMPARE(event->authType, QStringLiteral("api-token"));
    QCOMPARE(event->tokenLabel, QStringLiteral("CI bot"));
    QCOMPARE(event->onBehalfOfId, QStringLiteral("acc-bob"));
    QCOMPARE(event->context.size(), 1);
    QCOMPARE(event->context.first().name, QStringLiteral("Jane Doe"));
    QCOMPARE(event->product, QStringLiteral("jira"));
    QCOMPARE(event->place(), QStringLiteral("Tallinn, Estonia"));
    QCOMPARE(QJsonDocument::fromJson(event->json).object(), json);

    // Times in every form ISO 8601 gives them, read as QDateTime reads them.
    for (const QString &time :
         {QStringLiteral("2026-12-07T10:39:39.123Z"), QStringLiteral("2026-12-07T10:39:39Z"),
          QStringLiteral("2026-12-07T10:39:39.1Z"), QStringLiteral("2024-02-29T23:59:59.999Z"),
          QStringLiteral("2026-12-07T11:39:39.123+01:00"),
          QStringLiteral("2026-12-07T05:09:39.123-05:30"), QStringLiteral("1999-01-01T00:00:00Z"),
          QStringLiteral("2026-12-07T10:39:39.123")}) {
        QJsonObject timed = attributes;
        timed.insert(QStringLiteral("time"), time);
        QJsonObject withTime = json;
        withTime.insert(QStringLiteral("attributes"), timed);
        const std::optional<AuditEvent> parsed = AuditEvent::fromJson(withTime);
        QVERIFY2(parsed, qPrintable(time));
        QCOMPARE(parsed->timeMs,
                 QDateTime::fromString(time, Qt::ISODateWithMs).toMSecsSinceEpoch());
    }

    QJsonObject noTime = json;
    attributes.remove(QStringLiteral("time"));
    noTime.insert(QStringLiteral("attributes"), attributes);
    QVERIFY(!AuditEvent::fromJson(noTime));
}

void TestAuditArchive::storesPagesOnceByIdWithTheCursor()
{
    QCOMPARE(m_archive->streamCursor(), QString());
    QCOMPARE(m_archive->lastSyncedMs(), 0);
    storeFixture();
    QCOMPARE(m_archive->streamCursor(), QStringLiteral("cursor-1"));
    QCOMPARE(m_archive->lastSyncedMs(), now);

    // The same page again (a sync that died after storing it), plus one new event.
    QList<AuditEvent> again = m_archive->events({}, 100);
    TestEvent fresh;
    fresh.id = QStringLiteral("e9");
    fresh.timeMs = now;
    again.append(fresh.event());
    QCOMPARE(m_archive->storePage(again, QStringLiteral("cursor-2"), now + 1), 1);
    QCOMPARE(m_archive->count({}), 9);
    QCOMPARE(m_archive->streamCursor(), QStringLiteral("cursor-2"));
    AuditFilter text;
    text.text = QStringLiteral("jane");
    QCOMPARE(m_archive->count(text), 4); // indexed once, not twice

    // An empty page (caught up) still moves the cursor.
    QCOMPARE(m_archive->storePage({}, QStringLiteral("cursor-3"), now + 2), 0);
    QCOMPARE(m_archive->streamCursor(), QStringLiteral("cursor-3"));
}

void TestAuditArchive::aRefusedPageStoresNeitherEventsNorCursor()
{
    storeFixture();
    // Another connection holds the write lock; this one gives up quickly.
    QSqlDatabase impatient =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("impatient"));
    {
        impatient.setDatabaseName(m_database->filePath());
        impatient.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=50"));
        QVERIFY(impatient.open());
        AuditArchive archive(impatient);
        QSqlQuery lock(m_database->database());
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        TestEvent event;
        event.id = QStringLiteral("late");
        event.timeMs = now;
        QCOMPARE(archive.storePage({event.event()}, QStringLiteral("cursor-x"), now), -1);
        QVERIFY(!archive.lastError().isEmpty());
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(archive.count({}), 8);
        QCOMPARE(archive.streamCursor(), QStringLiteral("cursor-1"));
        // Once the lock is free the same page goes in, cursor and all.
        QCOMPARE(archive.storePage({event.event()}, QStringLiteral("cursor-x"), now), 1);
        QCOMPARE(m_archive->streamCursor(), QStringLiteral("cursor-x"));
        impatient.close();
    }
    impatient = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("impatient"));
}

void TestAuditArchive::aPageAfterAnotherCursorIsRefused()
{
    storeFixture();
    TestEvent next;
    next.id = QStringLiteral("e9");
    next.timeMs = now;
    // Fetched after a page that is not stored (a page ahead of one that failed): refused whole.
    QCOMPARE(m_archive->storePage({next.event()}, QStringLiteral("cursor-3"), now,
                                  QStringLiteral("cursor-2")),
             -1);
    QVERIFY(!m_archive->lastError().isEmpty());
    QCOMPARE(m_archive->count({}), 8);
    QCOMPARE(m_archive->streamCursor(), QStringLiteral("cursor-1"));
    QCOMPARE(m_archive->storePage({next.event()}, QStringLiteral("cursor-2"), now,
                                  QStringLiteral("cursor-1")),
             1);
    QCOMPARE(m_archive->streamCursor(), QStringLiteral("cursor-2"));
}

void TestAuditArchive::readsAPageOfEventsFromItsText()
{
    TestEvent first;
    first.id = QStringLiteral("t1");
    first.timeMs = now;
    first.message = QStringLiteral("a \"quoted\" [bracket] {brace}, comma");
    TestEvent second;
    second.id = QStringLiteral("t2");
    second.timeMs = now - 1500;
    const QByteArray one = QJsonDocument(first.json()).toJson(QJsonDocument::Compact);
    const QByteArray two = QJsonDocument(second.json()).toJson(QJsonDocument::Indented);
    const QByteArray broken = QByteArrayLiteral(R"({"id":"t3","attributes":{"time":1}})");

    const std::optional<QList<AuditEvent>> events =
        AuditEvent::listFromJsonText(" [ " + one + " ,\n" + two + "," + broken + " ]\n");
    QVERIFY(events);
    QCOMPARE(events->size(), 2);       // the event without a time is dropped, as from a QJsonArray
    QCOMPARE(events->at(0).json, one); // the text as sent
    QCOMPARE(events->at(0).message, first.message);
    QCOMPARE(events->at(0).timeMs, now);
    QCOMPARE(events->at(1).timeMs, now - 1500);
    QVERIFY(!events->at(1).json.contains('\n')); // one NDJSON line
    QCOMPARE(QJsonDocument::fromJson(events->at(1).json).object(), second.json());

    const std::optional<QList<AuditEvent>> none = AuditEvent::listFromJsonText("[]");
    QVERIFY(none && none->isEmpty());
    for (const QByteArray &text : {QByteArray("{}"), QByteArray("[{\"id\":1}"),
                                   QByteArray("[1,,2]"), QByteArray("[\"open]"), QByteArray()})
        QVERIFY2(!AuditEvent::listFromJsonText(text), text.constData());
}

void TestAuditArchive::pagesNewestFirstWithoutGapsOrRepeats()
{
    QList<AuditEvent> events;
    for (int i = 0; i < 250; ++i) {
        TestEvent event;
        event.id = QStringLiteral("p%1").arg(i, 3, 10, QLatin1Char('0'));
        event.timeMs = now - (i / 3) * 1000; // three events per second share a millisecond
        events.append(event.event());
    }
    QCOMPARE(m_archive->storePage(events, QStringLiteral("c"), now), 250);
    QStringList seen;
    qint64 previousTime = std::numeric_limits<qint64>::max();
    std::optional<AuditArchive::RowKey> after;
    for (;;) {
        const QList<AuditEvent> page = m_archive->events({}, 100, after);
        for (const AuditEvent &event : page) {
            QVERIFY(event.timeMs <= previousTime);
            previousTime = event.timeMs;
            seen.append(event.id);
        }
        if (page.size() < 100)
            break;
        after = AuditArchive::RowKey::of(page.constLast());
    }
    QCOMPARE(seen.size(), 250);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 250);
    QCOMPARE(seen.first().left(2), QStringLiteral("p0"));
}

void TestAuditArchive::filters_data()
{
    QTest::addColumn<AuditFilter>("filter");
    QTest::addColumn<QStringList>("expected"); // newest first

    auto make = [](auto change) {
        AuditFilter filter;
        change(filter);
        return filter;
    };
    QTest::newRow("none") << AuditFilter() << ids("e8 e7 e6 e5 e4 e3 e2 e1");
    QTest::newRow("from") << make([](AuditFilter &f) { f.fromMs = now - 5 * day; })
                          << ids("e8 e7 e6 e5");
    QTest::newRow("to, exclusive")
        << make([](AuditFilter &f) { f.toMs = now - 7 * day; }) << ids("e2 e1");
    QTest::newRow("from and to") << make([](AuditFilter &f) {
        f.fromMs = now - 8 * day;
        f.toMs = now - 5 * day;
    }) << ids("e4 e3 e2");
    QTest::newRow("actions") << make([](AuditFilter &f) {
        f.actions = {QStringLiteral("user_restored"), QStringLiteral("group_created")};
    }) << ids("e5 e2");
    QTest::newRow("action group") << make([](AuditFilter &f) {
        f.actionGroups = {QStringLiteral("Groups")};
    }) << ids("e5");
    QTest::newRow("actors") << make([](AuditFilter &f) { f.actors = {QStringLiteral("acc-bob")}; })
                            << ids("e4 e3");
    QTest::newRow("targets") << make([](AuditFilter &f) {
        f.targets = {QStringLiteral("acc-jane"), QStringLiteral("acc-max")};
    }) << ids("e8 e7 e6 e4 e2 e1");
    QTest::newRow("involving: actor or target")
        << make([](AuditFilter &f) { f.involving = QStringLiteral("acc-jane"); })
        << ids("e5 e4 e2 e1");
    QTest::newRow("products") << make([](AuditFilter &f) { f.products = {QStringLiteral("jira")}; })
                              << ids("e4 e3");
    QTest::newRow("ips") << make([](AuditFilter &f) { f.ips = {QStringLiteral("192.168.7.42")}; })
                         << ids("e4 e3");
    QTest::newRow("countries") << make([](AuditFilter &f) {
        f.countries = {QStringLiteral("Germany")};
    }) << ids("e4 e3");
    QTest::newRow("together (and)") << make([](AuditFilter &f) {
        f.actors = {QStringLiteral("acc-admin")};
        f.targets = {QStringLiteral("acc-jane")};
        f.fromMs = now - 8 * day;
    }) << ids("e2");
    QTest::newRow("text with a filter") << make([](AuditFilter &f) {
        f.text = QStringLiteral("jane");
        f.actors = {QStringLiteral("acc-bob")};
    }) << ids("e4");
    QTest::newRow("text with time") << make([](AuditFilter &f) {
        f.text = QStringLiteral("tallinn");
        f.toMs = now - 5 * day;
    }) << ids("e2 e1");
}

void TestAuditArchive::filters()
{
    QFETCH(AuditFilter, filter);
    QFETCH(QStringList, expected);
    storeFixture();
    QVERIFY(m_archive->storeActions(
        {{QStringLiteral("group_created"), QStringLiteral("Created group"),
          QStringLiteral("Groups")},
         {QStringLiteral("user_suspended"), QStringLiteral("Suspended user"),
          QStringLiteral("User management")}}));
    QCOMPARE(idsOf(m_archive->events(filter, 100)), expected);
    QCOMPARE(m_archive->count(filter), expected.size());
    QCOMPARE(m_archive->lastError(), QString());
    // Paging one by one gives the same rows.
    QStringList paged;
    std::optional<AuditArchive::RowKey> after;
    for (int i = 0; i < 20; ++i) {
        const QList<AuditEvent> page = m_archive->events(filter, 1, after);
        if (page.isEmpty())
            break;
        paged.append(page.first().id);
        after = AuditArchive::RowKey::of(page.first());
    }
    QCOMPARE(paged, expected);
}

void TestAuditArchive::fullText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("word") << QStringLiteral("Berlin") << ids("e4 e3");
    QTest::newRow("any case") << QStringLiteral("bERLIN") << ids("e4 e3");
    QTest::newRow("prefix without a star") << QStringLiteral("berl") << ids("e4 e3");
    QTest::newRow("prefix with a star") << QStringLiteral("must*") << ids("e8 e7 e6");
    QTest::newRow("two words: both") << QStringLiteral("jane tallinn") << ids("e5 e2 e1");
    QTest::newRow("phrase") << QStringLiteral("\"jane doe\"") << ids("e5 e4 e2 e1");
    QTest::newRow("phrase is exact") << QStringLiteral("\"jan doe\"") << ids("");
    QTest::newRow("phrase in order") << QStringLiteral("\"example jane\"") << ids("");
    QTest::newRow("e-mail") << QStringLiteral("jane.doe@example.com") << ids("e5 e2 e1");
    QTest::newRow("ip") << QStringLiteral("192.168.7.42") << ids("e4 e3");
    QTest::newRow("ip prefix") << QStringLiteral("192.168") << ids("e4 e3");
    QTest::newRow("without diacritics") << QStringLiteral("zoe arger") << ids("e3");
    QTest::newRow("with diacritics") << QStringLiteral("Zoë") << ids("e3");
    QTest::newRow("message") << QStringLiteral("quarterly") << ids("e4");
    QTest::newRow("action id words") << QStringLiteral("restored") << ids("e2");
    QTest::newRow("country") << QStringLiteral("estonia") << ids("e8 e7 e6 e5 e2 e1");
    QTest::newRow("nothing") << QStringLiteral("nobody") << ids("");
}

void TestAuditArchive::fullText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    storeFixture();
    AuditFilter filter;
    filter.text = text;
    QCOMPARE(idsOf(m_archive->events(filter, 100)), expected);
    QCOMPARE(m_archive->count(filter), expected.size());
    QCOMPARE(m_archive->lastError(), QString());
}

void TestAuditArchive::hostileTextNeverBreaksTheQuery_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"\"",
                             "\"\"",
                             "\"unclosed phrase",
                             "jane\"",
                             "*",
                             "**",
                             "jane*doe",
                             "a OR b",
                             "NOT jane",
                             "jane AND",
                             "NEAR(jane doe)",
                             "(",
                             ")",
                             "jane)",
                             "col:jane",
                             "body : jane",
                             "^jane",
                             "'; DROP TABLE events; --",
                             "{action body}: x",
                             "-jane",
                             "+",
                             "a\\b",
                             "%_",
                             "\t\n",
                             "\xf0\x9f\x94\x92 lock"}) {
        QTest::newRow(text) << QString::fromUtf8(text);
    }
}

void TestAuditArchive::hostileTextNeverBreaksTheQuery()
{
    QFETCH(QString, text);
    storeFixture();
    AuditFilter filter;
    filter.text = text;
    m_archive->events(filter, 100);
    m_archive->count(filter);
    QCOMPARE(m_archive->lastError(), QString());
    QCOMPARE(m_archive->count({}), 8); // and the table is still there
    const QString expression = AuditSearchText::matchExpression(text);
    QCOMPARE(expression.count(QLatin1Char('"')) % 2, 0);
}

void TestAuditArchive::actionDisplayNamesAreSearchable()
{
    storeFixture();
    QVERIFY(m_archive->storeActions(
        {{QStringLiteral("group_created"), QStringLiteral("Created group"),
          QStringLiteral("Groups")},
         {QStringLiteral("user_restored"), QStringLiteral("Restored user access"),
          QStringLiteral("User management")}}));
    QCOMPARE(m_archive->actions().size(), 2);
    AuditFilter filter;
    filter.text = QStringLiteral("access");
    QCOMPARE(idsOf(m_archive->events(filter, 100)), ids("e4 e2")); // e4's message
    filter.text = QStringLiteral("\"created group\"");
    QCOMPARE(idsOf(m_archive->events(filter, 100)), ids("e5"));
    filter.text = QStringLiteral("created jane");
    QCOMPARE(idsOf(m_archive->events(filter, 100)), ids("e5"));
}

void TestAuditArchive::pruneRemovesOldEventsFromTableAndIndex()
{
    storeFixture();
    QCOMPARE(m_archive->prune(0, now), 0); // 0: keep forever
    QCOMPARE(m_archive->prune(7, now), 2); // e1, e2 (older than 7 days)
    QCOMPARE(idsOf(m_archive->events({}, 100)), ids("e8 e7 e6 e5 e4 e3"));
    AuditFilter text;
    text.text = QStringLiteral("tallinn");
    QCOMPARE(m_archive->count(text), 4);
    AuditFilter target;
    target.targets = {QStringLiteral("acc-jane")};
    QCOMPARE(m_archive->count(target), 1);
    QSqlQuery query(m_database->database());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM event_targets")) && query.next());
    QCOMPARE(query.value(0).toInt(), 5); // e3..e8 minus e5 (no target)
    // The index forgot them: re-storing them finds each exactly once.
    QList<AuditEvent> again;
    TestEvent e1;
    e1.id = QStringLiteral("e1");
    e1.timeMs = now - 9 * day;
    again.append(e1.event());
    QCOMPARE(m_archive->storePage(again, QStringLiteral("c"), now), 1);
    QCOMPARE(m_archive->count(text), 5);
}

void TestAuditArchive::spanCountsAndMeasures()
{
    QCOMPARE(m_archive->span().events, 0);
    storeFixture();
    const AuditArchive::Span span = m_archive->span();
    QCOMPARE(span.events, 8);
    QCOMPARE(span.oldestMs, now - 9 * day);
    QCOMPARE(span.newestMs, now - day);
    const qint64 files = QFileInfo(m_database->filePath()).size() +
                         QFileInfo(m_database->filePath() + QStringLiteral("-wal")).size();
    QCOMPARE(span.bytesOnDisk, files);
    QVERIFY(span.bytesOnDisk > 0);
}

void TestAuditArchive::actorIdsResolveAddressesAndNames()
{
    storeFixture();
    QCOMPARE(m_archive->actorIds(QStringLiteral("BOB@example.com")),
             QStringList{QStringLiteral("acc-bob")});
    QCOMPARE(m_archive->actorIds(QStringLiteral("acc-admin")),
             QStringList{QStringLiteral("acc-admin")});
    QCOMPARE(m_archive->actorIds(QStringLiteral("builder")),
             QStringList{QStringLiteral("acc-bob")});
    QVERIFY(m_archive->actorIds(QStringLiteral("nobody")).isEmpty());
}

void TestAuditArchive::exportWritesNdjsonAndCsv()
{
    storeFixture();
    QVERIFY(m_archive->storeActions({{QStringLiteral("group_created"),
                                      QStringLiteral("Created group"), QStringLiteral("Groups")}}));
    QBuffer ndjson;
    ndjson.open(QIODevice::WriteOnly);
    QCOMPARE(AuditExport::write(*m_archive, {}, AuditExport::Format::Ndjson, &ndjson), 8);
    const QList<QByteArray> lines = ndjson.data().trimmed().split('\n');
    QCOMPARE(lines.size(), 8);
    const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("e8"));
    QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("events"));

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    AuditFilter filter;
    filter.actors = {QStringLiteral("acc-jane")};
    QCOMPARE(AuditExport::write(*m_archive, filter, AuditExport::Format::Csv, &csv), 1);
    QCOMPARE(QString::fromUtf8(csv.data()),
             QStringLiteral("time,action,actor,target,where,ip,place\r\n"
                            "2027-01-10T08:00:00.000Z,Created group,Jane Doe "
                            "<jane.doe@example.com>,,site-1,10.0.0.1,\"Tallinn, Estonia\"\r\n"));
}

QTEST_GUILESS_MAIN(TestAuditArchive)
#include "tst_auditarchive.moc"
