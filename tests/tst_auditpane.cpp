// The Audit log area as a new user goes through it on the sandbox (offscreen): the archive fills
// from the first sync and the table reads it; chips and the search narrow it and the count
// follows; the detail says the event in words with links to Users and Groups; the whole result
// exports as CSV and NDJSON; a person suspended is found by part of their name after the next
// sync; and with the network gone the archive is still there and searchable.

#include "AreaLink.h"
#include "AuditArchive.h"
#include "AuditEventDetail.h"
#include "AuditEventsModel.h"
#include "AuditFilterBar.h"
#include "AuditLogPane.h"
#include "AuditSync.h"
#include "AuditSyncStatus.h"
#include "Connection.h"
#include "MainWindow.h"
#include "OrgDatabase.h"
#include "RawCall.h"
#include "SandboxServer.h"
#include "TestServer.h"
#include "Theme.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <QToolButton>
#include <algorithm>

#include <memory>

class TestAuditPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void theFirstSyncFillsTheArchiveAndTheTableReadsIt();
    void chipsNarrowAndTheCountFollows();
    void theSearchFindsWordsPrefixesAndPhrases();
    void theDetailSaysTheEventWithLinks();
    void exportsTheWholeResultAsCsvAndNdjson();
    void aSuspendedPersonIsFoundByPartOfTheirNameAfterTheNextSync();
    void withoutTheNetworkTheArchiveIsStillSearchable();
    void screenshotsWithChipsAndTheDetail();

private:
    void openArea(Connection *connection);
    void waitForSync();
    void search(const QString &text);
    QList<AuditEvent> shownEvents() const;
    int firstRowWhere(const std::function<bool(const AuditEvent &)> &test) const;
    qint64 archivedCount(const AuditFilter &filter) const;

    TestServer m_server;
    std::unique_ptr<MainWindow> m_window;
    AuditLogPane *m_pane = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestAuditPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the archive goes to a test location
    qRegisterMetaType<AreaLink>();
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 300, 31}));
    if (m_server.isExternal())
        QSKIP("Suspends a person and reads the seeded audit log: sandbox only.");
    m_server.sandbox()->setEventProcessingDelay(0);
    QVERIFY(OrgDatabase::remove(m_server.orgId()));
}

void TestAuditPane::init()
{
    auto *connection = new Connection(m_server.baseUrl(), m_server.orgId(), m_server.apiKey());
    connection->setSandbox(true);
    openArea(connection);
}

void TestAuditPane::openArea(Connection *connection)
{
    m_tester.reset();
    m_window = std::make_unique<MainWindow>();
    m_window->setConnection(connection);
    m_window->show();
    m_window->showArea(u"audit"_qs);
    m_pane = qobject_cast<AuditLogPane *>(m_window->pane(u"audit"_qs));
    QVERIFY(m_pane);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_pane->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestAuditPane::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_pane = nullptr;
}

void TestAuditPane::waitForSync()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->sync()->isRunning(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->sync()->isRunning(), 60000);
    QTRY_VERIFY(m_pane->model()->totalCount() >= 0);
}

void TestAuditPane::search(const QString &text)
{
    QLineEdit *field = m_pane->searchField();
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(m_pane->model()->totalCount() >= 0);
}

QList<AuditEvent> TestAuditPane::shownEvents() const
{
    QList<AuditEvent> events;
    for (int row = 0; row < m_pane->model()->rowCount(); ++row)
        events.append(m_pane->model()->eventAt(row));
    return events;
}

int TestAuditPane::firstRowWhere(const std::function<bool(const AuditEvent &)> &test) const
{
    const QList<AuditEvent> events = shownEvents();
    for (int row = 0; row < events.size(); ++row) {
        if (test(events.at(row)))
            return row;
    }
    return -1;
}

qint64 TestAuditPane::archivedCount(const AuditFilter &filter) const
{
    return m_pane->archive()->count(filter);
}

void TestAuditPane::theFirstSyncFillsTheArchiveAndTheTableReadsIt()
{
    waitForSync();
    const AuditArchive::Span span = m_pane->archive()->span();
    QVERIFY2(span.events > AuditEventsModel::pageSize, qPrintable(QString::number(span.events)));

    // A page of rows, not the whole archive; the count is the archive's.
    QCOMPARE(m_pane->model()->rowCount(), AuditEventsModel::pageSize);
    QCOMPARE(m_pane->model()->totalCount(), int(span.events));
    QCOMPARE(m_pane->countLabel()->text(),
             m_pane->tr("%1 events").arg(QLocale().toString(span.events)));
    QVERIFY(m_pane->messageText().isEmpty());

    // Newest first, and scrolling reads the next page.
    const QList<AuditEvent> events = shownEvents();
    for (int row = 1; row < events.size(); ++row)
        QVERIFY(events.at(row - 1).timeMs >= events.at(row).timeMs);
    m_pane->view()->scrollToBottom();
    QTRY_COMPARE(m_pane->model()->rowCount(), 2 * AuditEventsModel::pageSize);

    // Actions by their display name from the catalogue.
    const AuditActionNames &names = m_pane->model()->actionNames();
    QVERIFY(!names.isEmpty());
    const AuditEvent first = events.first();
    QCOMPARE(m_pane->model()->index(0, AuditEventsModel::Action).data().toString(),
             names.name(first.action));
    QVERIFY(names.name(first.action) != first.action);

    QTRY_VERIFY2(m_pane->syncStatus()->text().contains(QLocale().toString(span.events)),
                 qPrintable(m_pane->syncStatus()->text()));
    QVERIFY(m_pane->syncStatus()->text().contains(u"Last synced"_qs));
}

void TestAuditPane::chipsNarrowAndTheCountFollows()
{
    waitForSync();
    const int all = m_pane->model()->totalCount();

    AuditLogFilter week;
    week.period = AuditLogFilter::Period::Week;
    m_pane->filterBar()->change(week);
    QCOMPARE(m_pane->filterBar()->chipTexts(), QStringList{u"Last 7 days"_qs});
    QTRY_VERIFY(m_pane->model()->totalCount() >= 0);
    const int inAWeek = m_pane->model()->totalCount();
    QVERIFY2(inAWeek > 0 && inAWeek < all, qPrintable(u"%1 of %2"_qs.arg(inAWeek).arg(all)));
    const qint64 weekAgo = QDateTime::currentMSecsSinceEpoch() - 7LL * 24 * 3600 * 1000 - 60000;
    for (const AuditEvent &event : shownEvents())
        QVERIFY(event.timeMs >= weekAgo);
    QVERIFY(m_pane->countLabel()->text().contains(QLocale().toString(inAWeek)));

    // One action on top of that, picked from the table's context: the chips add up.
    const AuditEvent some = m_pane->model()->eventAt(0);
    AuditLogFilter narrower = m_pane->filter();
    AuditLogFilter::addNamed(narrower.actions, narrower.actionNames, some.action,
                             m_pane->model()->actionNames().name(some.action));
    m_pane->filterBar()->change(narrower);
    QTRY_VERIFY(m_pane->model()->totalCount() >= 0);
    const int ofThatAction = m_pane->model()->totalCount();
    QVERIFY(ofThatAction > 0 && ofThatAction <= inAWeek);
    for (const AuditEvent &event : shownEvents())
        QCOMPARE(event.action, some.action);
    QCOMPARE(m_pane->filterBar()->chipTexts().size(), 2);

    // Removing the time chip by its button widens to that action at any time.
    QToolButton *chip = m_pane->filterBar()->chip(u"period"_qs);
    QVERIFY(chip);
    chip->click();
    QTRY_VERIFY(m_pane->model()->totalCount() >= 0);
    AuditFilter anyTime;
    anyTime.actions = {some.action};
    QCOMPARE(m_pane->model()->totalCount(), int(archivedCount(anyTime)));
    QVERIFY(m_pane->model()->totalCount() >= ofThatAction);

    // Clear: everything again.
    m_pane->filterBar()->clearButton()->click();
    QTRY_COMPARE(m_pane->model()->totalCount(), all);
    QVERIFY(m_pane->filterBar()->chipTexts().isEmpty());
}

void TestAuditPane::theSearchFindsWordsPrefixesAndPhrases()
{
    waitForSync();
    // A name QTest can type (it has no keys for letters beyond ASCII): the events end today, so
    // which actor comes first changes from day to day.
    const int row = firstRowWhere([](const AuditEvent &event) {
        const bool typeable = std::all_of(event.actorName.cbegin(), event.actorName.cend(),
                                          [](QChar c) { return c.unicode() < 0x80; });
        return typeable && event.actorName.contains(u' ') && !event.actorId.isEmpty();
    });
    QVERIFY(row >= 0);
    const AuditEvent byPerson = m_pane->model()->eventAt(row);
    const QString lastName = byPerson.actorName.section(u' ', -1);

    // A prefix of their last name.
    search(lastName.left(4) + u'*');
    QVERIFY(m_pane->model()->rowCount() > 0);
    QVERIFY(m_pane->model()->rowOf(byPerson.id) >= 0 || m_pane->model()->hasMore());
    for (const AuditEvent &event : shownEvents())
        QVERIFY2(QString::fromUtf8(event.json).contains(lastName.left(4), Qt::CaseInsensitive),
                 qPrintable(event.id));
    const int prefixCount = m_pane->model()->totalCount();

    // Their whole name as a phrase: no more than the prefix found.
    search(u"\"%1\""_qs.arg(byPerson.actorName));
    const int phraseCount = m_pane->model()->totalCount();
    QVERIFY(phraseCount > 0 && phraseCount <= prefixCount);
    AuditFilter phrase;
    phrase.text = u"\"%1\""_qs.arg(byPerson.actorName);
    QCOMPARE(phraseCount, int(archivedCount(phrase)));
    QVERIFY(m_pane->countLabel()->text().contains(u"match"_qs));

    // Nothing matches: says so, with a way back.
    search(u"zzqxnothingmatches"_qs);
    QTRY_COMPARE(m_pane->messageText(), m_pane->tr("No archived events match these filters."));
    m_pane->searchField()->clear();
    QTRY_VERIFY(m_pane->model()->rowCount() > 0);
}

void TestAuditPane::theDetailSaysTheEventWithLinks()
{
    waitForSync();
    const int row = firstRowWhere([](const AuditEvent &event) {
        return !event.actorId.isEmpty() && !event.context.isEmpty() &&
               event.context.first().type.startsWith(u"user"_qs);
    });
    QVERIFY(row >= 0);
    const AuditEvent event = m_pane->model()->eventAt(row);
    QVERIFY(m_pane->selectSourceRow(row));
    AuditEventDetail *detail = m_pane->detailPane();
    QTRY_COMPARE(detail->eventId(), event.id);

    QCOMPARE(detail->fieldText(u"title"_qs), m_pane->model()->actionNames().name(event.action));
    QVERIFY(detail->fieldText(u"actor"_qs).startsWith(AuditText::actor(event)));
    QVERIFY(detail->fieldText(u"targets"_qs).contains(AuditText::itemName(event.context.first())));
    QCOMPARE(detail->fieldText(u"id"_qs), event.id);
    const QJsonObject raw = QJsonDocument::fromJson(detail->rawJson().toUtf8()).object();
    QCOMPARE(raw.value(u"id"_qs).toString(), event.id);
    QVERIFY(detail->rawJson().contains(u"\n"_qs)); // pretty-printed

    QSignalSpy opened(m_pane, &AreaPane::openRequested);
    detail->activateLink(u"user:"_qs + event.context.first().id);
    QCOMPARE(opened.size(), 1);
    const AreaLink toPerson = opened.at(0).at(0).value<AreaLink>();
    QCOMPARE(toPerson.area, u"users"_qs);
    QCOMPARE(toPerson.userFilter.accountIds, QStringList{event.context.first().id});
    if (!event.context.first().email.isEmpty())
        QCOMPARE(toPerson.userFilter.emails, QStringList{event.context.first().email});

    detail->activateLink(u"group:g-123"_qs);
    QCOMPARE(opened.size(), 2);
    const AreaLink toGroup = opened.at(1).at(0).value<AreaLink>();
    QCOMPARE(toGroup.area, u"groups"_qs);
    QCOMPARE(toGroup.itemId, u"g-123"_qs);

    // The window follows the link to Users, filtered on that person.
    detail->activateLink(u"user:"_qs + event.context.first().id);
    QCOMPARE(m_window->currentArea(), u"users"_qs);
}

void TestAuditPane::exportsTheWholeResultAsCsvAndNdjson()
{
    waitForSync();
    AuditLogFilter month;
    month.period = AuditLogFilter::Period::Month;
    m_pane->filterBar()->change(month);
    QTRY_VERIFY(m_pane->model()->totalCount() > AuditEventsModel::pageSize);
    const int total = m_pane->model()->totalCount();
    QCOMPARE(m_pane->model()->rowCount(), AuditEventsModel::pageSize); // not all loaded

    QTemporaryDir dir;
    const QString ndjson = dir.filePath(u"audit.ndjson"_qs);
    QString error;
    QVERIFY2(m_pane->exportTo(ndjson, AuditExport::Format::Ndjson, &error), qPrintable(error));
    QFile file(ndjson);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), total + 1); // the last line ends too
    QVERIFY(lines.last().isEmpty());
    const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(first.value(u"id"_qs).toString(), m_pane->model()->eventAt(0).id);
    QCOMPARE(first.value(u"type"_qs).toString(), u"events"_qs);
    QVERIFY(first.value(u"attributes"_qs).toObject().contains(u"action"_qs));

    const QString csv = dir.filePath(u"audit.csv"_qs);
    QVERIFY2(m_pane->exportTo(csv, AuditExport::Format::Csv, &error), qPrintable(error));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = csvFile.readAll().split('\n');
    QCOMPARE(rows.size(), total + 2); // header, rows, the last line's end
    QCOMPARE(rows.first() + '\n', AuditExport::csvHeader());
    const AuditEvent newest = m_pane->model()->eventAt(0);
    const QString newestTime =
        QDateTime::fromMSecsSinceEpoch(newest.timeMs, Qt::UTC).toString(Qt::ISODate);
    QVERIFY2(rows.at(1).startsWith(newestTime.left(19).toUtf8()), rows.at(1).constData());

    // The buttons' way: on a worker thread, then a line saying where it went.
    auto *worker = m_pane->findChild<AuditExportJob *>();
    QVERIFY(worker);
    QSignalSpy done(worker, &AuditExportJob::finished);
    const QString background = dir.filePath(u"background.ndjson"_qs);
    m_pane->startExport(background, AuditExport::Format::Ndjson);
    QVERIFY(!m_pane->ndjsonButton()->isEnabled());
    QTRY_COMPARE(done.size(), 1);
    QVERIFY(m_pane->ndjsonButton()->isEnabled());
    QVERIFY2(m_pane->exportResult()->text().contains(QLocale().toString(total)),
             qPrintable(m_pane->exportResult()->text()));
    QFile backgroundFile(background);
    QVERIFY(backgroundFile.open(QIODevice::ReadOnly));
    QCOMPARE(backgroundFile.readAll().count('\n'), total);
}

void TestAuditPane::aSuspendedPersonIsFoundByPartOfTheirNameAfterTheNextSync()
{
    waitForSync();
    // Someone active to suspend.
    const RawAnswer people =
        rawCall(m_window->connection()->client(),
                ApiRequest::get(u"/admin/v2/orgs/%1/directories/-/users"_qs.arg(m_server.orgId()),
                                QUrlQuery(u"limit=50"_qs)));
    QCOMPARE(people.status, 200);
    QJsonObject person;
    for (const QJsonValue &value : people.object().value(u"data"_qs).toArray()) {
        const QJsonObject user = value.toObject();
        if (user.value(u"status"_qs).toString() == u"active"_qs &&
            user.value(u"name"_qs).toString().contains(u' '))
            person = user;
    }
    QVERIFY(!person.isEmpty());
    const QString accountId = person.value(u"accountId"_qs).toString();
    const QString name = person.value(u"name"_qs).toString();
    const RawAnswer suspended =
        rawCall(m_window->connection()->client(),
                ApiRequest::post(u"/admin/v2/orgs/%1/directories/-/users/%2/suspend"_qs.arg(
                                     m_server.orgId(), accountId),
                                 false));
    QVERIFY2(!suspended.error.isError(), qPrintable(suspended.error.detailedMessage()));

    // The next sync brings it; part of their name finds it.
    m_pane->syncButton()->click();
    waitForSync();
    search(name.section(u' ', -1).left(5) + u'*');
    QTRY_VERIFY(firstRowWhere([&](const AuditEvent &event) {
                    return event.action == u"user_suspended"_qs && !event.context.isEmpty() &&
                           event.context.first().id == accountId;
                }) >= 0);
    const int row = firstRowWhere([&](const AuditEvent &event) {
        return event.action == u"user_suspended"_qs && event.context.first().id == accountId;
    });
    QCOMPARE(row, 0); // the newest
    QVERIFY(m_pane->model()
                ->index(row, AuditEventsModel::Target)
                .data()
                .toString()
                .contains(name.section(u' ', 0, 0)));
}

void TestAuditPane::withoutTheNetworkTheArchiveIsStillSearchable()
{
    waitForSync();
    const qint64 archived = m_pane->archive()->span().events;
    const QString someone = m_pane->model()->eventAt(0).actorName.section(u' ', -1);
    cleanup();

    // The same organization through an address that refuses: nothing listens on port 1.
    auto *offline =
        new Connection(QUrl(u"http://127.0.0.1:1"_qs), m_server.orgId(), m_server.apiKey());
    openArea(offline);
    QVERIFY(m_pane->model()->rowCount() > 0); // at once, from the disk
    QTRY_COMPARE(m_pane->model()->totalCount(), int(archived));
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->syncStatus()->lastError().isError(), 20000);
    QCOMPARE(m_pane->syncStatus()->lastError().kind(), ApiError::Kind::Network);
    QTRY_VERIFY2(m_pane->syncStatus()->text().contains(QLocale().toString(archived)),
                 qPrintable(m_pane->syncStatus()->text()));
    QVERIFY(m_pane->syncStatus()->text().contains(m_pane->syncStatus()->lastError().userMessage()));
    QVERIFY(m_pane->messageText().isEmpty()); // never an empty pane

    if (!someone.isEmpty()) {
        search(someone);
        QVERIFY(m_pane->model()->rowCount() > 0);
    }
}

void TestAuditPane::screenshotsWithChipsAndTheDetail()
{
    const QString directory = qEnvironmentVariable("ORGDESK_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("Set ORGDESK_SCREENSHOT_DIR to save screenshots.");
    waitForSync();
    m_window->resize(1500, 900);
    AuditLogFilter filter;
    filter.period = AuditLogFilter::Period::Month;
    filter.products = {u"jira"_qs, u"confluence"_qs};
    m_pane->filterBar()->change(filter);
    QTRY_VERIFY(m_pane->model()->totalCount() > 0);
    const int row = firstRowWhere([](const AuditEvent &event) {
        return !event.context.isEmpty() && !event.ip.isEmpty() && !event.country.isEmpty();
    });
    QVERIFY(m_pane->selectSourceRow(qMax(0, row)));
    QTest::qWait(300);
    QVERIFY(m_window->grab().save(directory + u"/audit-log.png"_qs));

    Theme::apply(Theme::Mode::Dark);
    QTest::qWait(300);
    QVERIFY(m_window->grab().save(directory + u"/audit-log-dark.png"_qs));
    Theme::apply(Theme::Mode::System);
}

QTEST_MAIN(TestAuditPane)
#include "tst_auditpane.moc"
