#include "CachedStoreReader.h"
#include "CliProcess.h"
#include "Connection.h"
#include "DirectoryCache.h"
#include "DirectoryCacheAction.h"
#include "MainWindow.h"
#include "MemoryCredentialStore.h"
#include "MessagePanel.h"
#include "NicknameOrder.h"
#include "OrgDatabase.h"
#include "PeopleFixture.h"
#include "ProfileManager.h"
#include "RawCall.h"
#include "SandboxServer.h"
#include "Settings.h"
#include "TestServer.h"
#include "UserStoreSnapshot.h"
#include "UsersModel.h"
#include "UsersPane.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The directory cache: the people kept in the organization's database, shown at once by the
// Users area and refreshed in place from the sandbox over real HTTP; its removal with the
// profile; `orgdesk-cli users list --cached`.
class TestDirectoryCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void recordsRoundTrip();
    void refreshUpdatesRowsInPlace();
    void failedRefreshRemovesNobody();
    void filtersApplyToCachedRows();
    void searchNarrowsCachedRowsAsTyped();
    void cachedRowsSortAsTheServerLists();
    void warmStartReadsTheSnapshot();
    void snapshotIsOfTheLastCompleteRefresh();
    void settingOffWritesNothing();
    void viewMenuTurnsTheCacheOffAndOn();
    void removingTheProfileRemovesTheCache();
    void cliListsTheCacheWithItsAge();
    void cliWithoutACacheSaysSo();

private:
    UsersPane *openPane(bool cache = true);
    bool waitRefreshed(UsersPane *pane);
    void fillCache();
    QStringList cachedIds(const QString &folder = QString()) const;
    void putInCache(const DirectoryUser &person, qint64 asOfMs = 0);
    void dropFromCache(const QString &accountId);
    void dropSnapshot(const OrgDatabase &database);

    TestServer m_server;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<QTemporaryDir> m_dir;
    static constexpr int userCount = 250;
};

void TestDirectoryCache::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // On by default; each test program has a home of its own (tests/startup/PrivateHome.cpp).
    QVERIFY(Settings().value(SettingKeys::directoryCache));
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, userCount, 1}));
}

void TestDirectoryCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_connection =
        std::make_unique<Connection>(m_server.baseUrl(), m_server.orgId(), m_server.apiKey());
    m_server.sandbox()->setLatency(0);
    m_server.sandbox()->clearFaults();
}

void TestDirectoryCache::cleanup()
{
    m_connection.reset();
    m_dir.reset();
}

UsersPane *TestDirectoryCache::openPane(bool cache)
{
    auto *pane = new UsersPane(m_connection.get(), nullptr, m_dir->path());
    new QAbstractItemModelTester(pane->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, pane);
    pane->setDirectoryCache(cache);
    pane->resize(1200, 700);
    pane->show();
    return pane;
}

bool TestDirectoryCache::waitRefreshed(UsersPane *pane)
{
    return QTest::qWaitFor(
        [pane] {
            UsersModel *model = pane->model();
            return !model->isRefreshing() && !model->isLoading() && model->loadedCount() > 0 &&
                   !model->rowsAreCached();
        },
        30000);
}

// One opening that lists everyone and keeps them: closed, the area has written them all.
void TestDirectoryCache::fillCache()
{
    std::unique_ptr<UsersPane> first(openPane());
    QVERIFY(waitRefreshed(first.get()));
    first.reset();
    QCOMPARE(cachedIds().size(), userCount);
}

// The cache in `folder`, or in the test's own folder.
QStringList TestDirectoryCache::cachedIds(const QString &folder) const
{
    OrgDatabase database(m_server.orgId(), folder.isEmpty() ? m_dir->path() : folder);
    QStringList ids;
    for (const DirectoryUser &person : DirectoryCache(database.database()).people())
        ids.append(person.accountId);
    return ids;
}

void TestDirectoryCache::putInCache(const DirectoryUser &person, qint64 asOfMs)
{
    OrgDatabase database(m_server.orgId(), m_dir->path());
    DirectoryCache cache(database.database());
    QVERIFY(cache.isOpen());
    QSqlQuery query(database.database());
    QVERIFY(query.exec(QStringLiteral("SELECT generation FROM people_state")) && query.next());
    QVERIFY(cache.storePage({person}, query.value(0).toLongLong(), 1'000'000));
    dropSnapshot(database);
    if (asOfMs > 0) {
        query.finish();
        QVERIFY(query.exec(QStringLiteral("UPDATE people_state SET as_of_ms = %1").arg(asOfMs)));
    }
}

void TestDirectoryCache::dropFromCache(const QString &accountId)
{
    OrgDatabase database(m_server.orgId(), m_dir->path());
    QSqlQuery query(database.database());
    query.prepare(QStringLiteral("DELETE FROM people WHERE account_id = ?"));
    query.addBindValue(accountId);
    QVERIFY(query.exec());
    QCOMPARE(query.numRowsAffected(), 1);
    dropSnapshot(database);
}

// What a test puts in or takes out of the records stands for an earlier refresh: the snapshot
// of the last one, which a warm start would read instead, goes.
void TestDirectoryCache::dropSnapshot(const OrgDatabase &database)
{
    QSqlQuery query(database.database());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM people_snapshot")));
}

void TestDirectoryCache::recordsRoundTrip()
{
    DirectoryUser person;
    person.accountId = QStringLiteral("abc");
    person.name = QStringLiteral("Zoë Ångström");
    person.email = QStringLiteral("zoe@example.com");
    person.status = QStringLiteral("suspended");
    person.mfaEnabled = false;
    person.addedToOrg = QDateTime(QDate(2025, 1, 2), QTime(3, 4), Qt::UTC);
    person.platformRoles = {QStringLiteral("atlassian/org-admin")};
    person.productAccess = {{QStringLiteral("confluence"), QStringLiteral("ari:site"),
                             QDateTime(QDate(2026, 5, 6), QTime(7, 8), Qt::UTC)}};
    const std::optional<DirectoryUser> back =
        DirectoryCache::decode(DirectoryCache::encode(person));
    QVERIFY(back);
    QCOMPARE(back->name, person.name);
    QCOMPARE(back->status, person.status);
    QCOMPARE(back->mfaEnabled, person.mfaEnabled);
    QCOMPARE(back->addedToOrg, person.addedToOrg);
    QVERIFY(!back->deactivatedOn.isValid());
    QCOMPARE(back->platformRoles, person.platformRoles);
    QCOMPARE(back->productAccess.size(), 1);
    QCOMPARE(back->productAccess.first().lastActive, person.productAccess.first().lastActive);
    QVERIFY(!DirectoryCache::decode(QByteArray("\x07garbage")));
}

void TestDirectoryCache::refreshUpdatesRowsInPlace()
{
    // The first opening lists everyone from the server and keeps them.
    fillCache();

    // Between the two openings: someone is suspended on the server, someone the cache does not
    // know yet is there (dropped from the cache), someone the server no longer has is cached.
    QString changedId;
    QString addedId;
    {
        OrgDatabase database(m_server.orgId(), m_dir->path());
        for (const DirectoryUser &person : DirectoryCache(database.database()).people()) {
            if (changedId.isEmpty() && person.status == QLatin1String("active"))
                changedId = person.accountId;
            else if (addedId.isEmpty() && person.accountId != changedId)
                addedId = person.accountId;
        }
    }
    QVERIFY(!changedId.isEmpty() && !addedId.isEmpty());
    const RawAnswer suspended =
        rawCall(m_connection->client(),
                ApiRequest::post(QStringLiteral("/admin/v2/orgs/%1/directories/-/users/%2/suspend")
                                     .arg(m_server.orgId(), changedId),
                                 true));
    QCOMPARE(suspended.status, 204);
    dropFromCache(addedId);
    DirectoryUser gone;
    gone.accountId = QStringLiteral("gone-from-the-server");
    gone.name = QStringLiteral("Aaron Departed");
    gone.status = QStringLiteral("active");
    putInCache(gone);

    // The second opening shows the cached rows at once, as of the first refresh.
    m_server.sandbox()->setLatency(400);
    std::unique_ptr<UsersPane> second(openPane());
    UsersModel *model = second->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowsAreCached() && model->loadedCount() == userCount, 5000);
    QVERIFY(model->isRefreshing());
    QVERIFY(model->rowOf(gone.accountId) >= 0);
    QCOMPARE(model->rowOf(addedId), -1);
    QVERIFY(second->countLabel()->text().contains(QStringLiteral("as of")));
    // Sorted by e-mail, with the changed person picked.
    second->view()->sortByColumn(UsersModel::Email, Qt::AscendingOrder);
    const int changedRow = model->rowOf(changedId); // until the refresh removes someone
    QVERIFY(second->selectSourceRow(changedRow));
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(model, &QAbstractItemModel::dataChanged);

    QVERIFY(waitRefreshed(second.get()));
    QCOMPARE(resets.count(), 0);
    // Suspended, not renamed: the name column is left alone (nothing sorted by it moves).
    const auto changedColumns = std::find_if(changes.cbegin(), changes.cend(), [&](const auto &c) {
        return c.at(0).template value<QModelIndex>().row() == changedRow;
    });
    QVERIFY(changedColumns != changes.cend());
    QCOMPARE(changedColumns->at(0).value<QModelIndex>().column(), int(UsersModel::Email));
    QCOMPARE(model->loadedCount(), userCount);
    QCOMPARE(model->rowOf(gone.accountId), -1);
    QVERIFY(model->rowOf(addedId) >= 0);
    QCOMPARE(model->userAt(model->rowOf(changedId)).status, QStringLiteral("suspended"));
    const QList<DirectoryUser> picked = second->selectedUsers();
    QCOMPARE(picked.size(), 1);
    QCOMPARE(picked.first().accountId, changedId);
    QCOMPARE(second->view()->horizontalHeader()->sortIndicatorSection(), int(UsersModel::Email));
    QVERIFY(!second->countLabel()->text().contains(QStringLiteral("as of")));
    // The cache follows: the departed person is gone from it, the new one is in.
    second.reset();
    QTRY_VERIFY(!cachedIds().contains(gone.accountId) && cachedIds().contains(addedId));
    QCOMPARE(cachedIds().size(), userCount);

    // Put the sandbox back.
    QCOMPARE(
        rawCall(m_connection->client(),
                ApiRequest::post(QStringLiteral("/admin/v2/orgs/%1/directories/-/users/%2/restore")
                                     .arg(m_server.orgId(), changedId),
                                 true))
            .status,
        204);
}

void TestDirectoryCache::failedRefreshRemovesNobody()
{
    fillCache();
    DirectoryUser gone;
    gone.accountId = QStringLiteral("gone-from-the-server");
    gone.name = QStringLiteral("Aaron Departed");
    putInCache(gone);
    QTRY_COMPARE(cachedIds().size(), userCount + 1);

    // The refresh's second page fails.
    m_server.sandbox()->addFault({QRegularExpression(QStringLiteral("/users/search$")), "POST",
                                  sandbox::FaultRule::Status, 500, 0, -1});
    std::unique_ptr<UsersPane> second(openPane());
    UsersModel *model = second->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->lastError().isError(), 30000);
    QCOMPARE(model->loadedCount(), userCount + 1);
    QVERIFY(model->rowOf(gone.accountId) >= 0);
    QTRY_VERIFY(second->errorBar()->isVisible());
    QVERIFY2(second->errorBar()->text().startsWith(QStringLiteral("Showing people as of ")),
             qPrintable(second->errorBar()->text()));
    QVERIFY(second->errorBar()->text().contains(QStringLiteral("the refresh failed: ")));
    QCOMPARE(cachedIds().size(), userCount + 1);

    // Retry, with the server well again: the refresh completes in place.
    m_server.sandbox()->clearFaults();
    QVERIFY(second->selectSourceRow(0));
    const QString picked = second->selectedUsers().first().accountId;
    Q_EMIT second->errorBar()->buttonClicked();
    QVERIFY(waitRefreshed(second.get()));
    QCOMPARE(model->rowOf(gone.accountId), -1);
    QCOMPARE(model->loadedCount(), userCount);
    if (picked != gone.accountId)
        QCOMPARE(second->selectedUsers().first().accountId, picked);
}

void TestDirectoryCache::filtersApplyToCachedRows()
{
    fillCache();
    m_server.sandbox()->setLatency(300);
    std::unique_ptr<UsersPane> pane(openPane());
    QTRY_VERIFY(pane->model()->rowsAreCached());
    m_server.sandbox()->clearReceivedRequests();
    UserFilter filter;
    filter.statuses = {QStringLiteral("suspended")};
    pane->setFilter(filter);
    // Answered on the cached rows: they stay, and only the suspended are shown.
    QVERIFY(pane->model()->showsCache());
    QCOMPARE(pane->model()->loadedCount(), userCount);
    const QAbstractItemModel *shown = pane->view()->model();
    QVERIFY(shown->rowCount() > 0 && shown->rowCount() < userCount);
    for (int row = 0; row < shown->rowCount(); ++row)
        QCOMPARE(shown->index(row, UsersModel::Status).data(UsersModel::RawValueRole).toString(),
                 QStringLiteral("suspended"));
    for (const auto &request : m_server.sandbox()->receivedRequests())
        QVERIFY(!request.body.contains("suspended"));
    pane->searchField()->setText(QStringLiteral("zzzz-nobody"));
    QCOMPARE(shown->rowCount(), 0); // as it is typed: no pause for a server
    QVERIFY(waitRefreshed(pane.get()));
}

// Over the cached rows the search applies as it is typed, in any case and with any letters, the
// same people as a case-blind look at each one's name, nickname and e-mail finds.
void TestDirectoryCache::searchNarrowsCachedRowsAsTyped()
{
    fillCache();
    const QList<DirectoryUser> people =
        DirectoryCache(OrgDatabase(m_server.orgId(), m_dir->path()).database()).people();
    auto found = [&people](const QString &term) {
        QStringList ids;
        for (const DirectoryUser &person : people) {
            if (person.name.contains(term, Qt::CaseInsensitive) ||
                person.nickname.contains(term, Qt::CaseInsensitive) ||
                person.email.contains(term, Qt::CaseInsensitive))
                ids.append(person.accountId);
        }
        ids.sort();
        return ids;
    };
    // A piece of a name with a letter beyond ASCII when someone has one, typed in upper case.
    QString name = people.first().name;
    for (const DirectoryUser &person : people) {
        if (std::any_of(person.name.cbegin(), person.name.cend(),
                        [](QChar c) { return c.unicode() > 0x7f && c.isLetter(); })) {
            name = person.name;
            break;
        }
    }
    m_server.sandbox()->setLatency(300);
    std::unique_ptr<UsersPane> pane(openPane());
    QTRY_VERIFY(pane->model()->rowsAreCached());
    const QAbstractItemModel *shown = pane->view()->model();
    for (const QString &term : {name.left(3).toUpper(), name.mid(1).toLower(),
                                QStringLiteral("EXAMPLE"), people.last().email.left(5)}) {
        pane->searchField()->setText(term);
        QStringList ids;
        for (int row = 0; row < shown->rowCount(); ++row)
            ids.append(shown->index(row, 0).data(UsersModel::AccountIdRole).toString());
        ids.sort();
        QVERIFY2(!ids.isEmpty() || found(term).isEmpty(), qPrintable(term));
        QCOMPARE(ids, found(term));
        if (term == name.left(3).toUpper())
            PeopleFixture::shoot(pane.get(), QStringLiteral("users-cache-search.png"));
    }
    QVERIFY(waitRefreshed(pane.get()));
}

// The Name column sorts the cache's rows as the server does (nickname, then name, case- and
// accent-blind): the same sequence of names as one sequential walk, ties aside.
void TestDirectoryCache::cachedRowsSortAsTheServerLists()
{
    auto names = [](const DirectoryUser &person) {
        return NicknameOrder::rowKey(person.nickname, person.name);
    };
    QStringList serverOrder;
    QHash<QString, QString> namesOfId;
    for (const DirectoryUser &person : PeopleFixture::loadAll(m_connection->users())) {
        serverOrder.append(names(person));
        namesOfId.insert(person.accountId, names(person));
    }
    QCOMPARE(serverOrder.size(), userCount);

    fillCache();
    // Slow enough that the refresh cannot replace the cached rows before they are looked at.
    m_server.sandbox()->setLatency(300);
    std::unique_ptr<UsersPane> pane(openPane());
    QTRY_VERIFY(pane->model()->rowsAreCached());
    QCOMPARE(pane->model()->loadedCount(), userCount);
    pane->view()->sortByColumn(UsersModel::Email, Qt::AscendingOrder);
    pane->view()->sortByColumn(UsersModel::Name, Qt::AscendingOrder);
    const QAbstractItemModel *shown = pane->view()->model();
    QStringList sorted;
    for (int row = 0; row < shown->rowCount(); ++row)
        sorted.append(namesOfId.value(
            shown->index(row, UsersModel::Name).data(UsersModel::AccountIdRole).toString()));
    QCOMPARE(sorted, serverOrder);
    QVERIFY(waitRefreshed(pane.get()));
}

// A complete refresh leaves a snapshot beside the records: a warm start reads it, the same
// people as the records hold, already in name order; a damaged one is passed over for the
// records.
void TestDirectoryCache::warmStartReadsTheSnapshot()
{
    fillCache();
    const QStringList ids = cachedIds();
    const QSet<QString> cached(ids.cbegin(), ids.cend());
    OrgDatabase database(m_server.orgId(), m_dir->path());
    const DirectoryCache cache(database.database());
    int chunks = 0;
    QVERIFY(cache.readSnapshot([&chunks](const QByteArray &) { return ++chunks; }));
    QCOMPARE(chunks, 2); // the dictionary, then 250 rows

    CachedStoreReader::Result warm = CachedStoreReader::read(m_server.orgId(), m_dir->path());
    QCOMPARE(warm.asOfMs, cache.asOfMs());
    QVERIFY(warm.store.isInNameOrder());
    QSet<QString> read;
    for (qsizetype row = 0; row < warm.store.size(); ++row)
        read.insert(warm.store.row(row).accountId);
    QCOMPARE(read, cached);

    QSqlQuery damage(database.database());
    QVERIFY(
        damage.exec(QStringLiteral("UPDATE people_snapshot SET data = x'0100' WHERE chunk = 1")));
    QVERIFY(!cache.readSnapshot([snapshot = std::make_shared<UserStoreSnapshot::Reader>()](
                                    const QByteArray &chunk) { return snapshot->take(chunk); }));
    warm = CachedStoreReader::read(m_server.orgId(), m_dir->path());
    QCOMPARE(warm.store.size(), userCount);
    read.clear();
    for (qsizetype row = 0; row < warm.store.size(); ++row)
        read.insert(warm.store.row(row).accountId);
    QCOMPARE(read, cached);
}

// The snapshot is the people of the last complete refresh: a refresh that stops half-way leaves
// it; the end of one, or turning the cache off, drops it until the next is written.
void TestDirectoryCache::snapshotIsOfTheLastCompleteRefresh()
{
    fillCache();
    OrgDatabase database(m_server.orgId(), m_dir->path());
    DirectoryCache cache(database.database());
    auto hasSnapshot = [&cache] {
        return cache.readSnapshot([](const QByteArray &) { return true; });
    };
    QVERIFY(hasSnapshot());

    DirectoryUser person;
    person.accountId = QStringLiteral("half-way");
    person.name = QStringLiteral("Half Way");
    std::optional<qint64> generation = cache.beginRefresh();
    QVERIFY(generation);
    QVERIFY(cache.storePage({person}, *generation, 0));
    QVERIFY(hasSnapshot());
    QCOMPARE(CachedStoreReader::read(m_server.orgId(), m_dir->path()).store.size(), userCount);

    QCOMPARE(cache.finishRefresh(*generation, 1'000), userCount);
    QVERIFY(!hasSnapshot());
    QCOMPARE(CachedStoreReader::read(m_server.orgId(), m_dir->path()).store.size(), 1);

    std::unique_ptr<UsersPane> pane(openPane());
    QVERIFY(waitRefreshed(pane.get()));
    pane.reset();
    QVERIFY(hasSnapshot());
    QVERIFY(cache.clear());
    QVERIFY(!hasSnapshot());
}

void TestDirectoryCache::settingOffWritesNothing()
{
    std::unique_ptr<UsersPane> pane(openPane(false));
    QTRY_VERIFY_WITH_TIMEOUT(pane->model()->loadedCount() > 0 && !pane->model()->isLoading(),
                             20000);
    QVERIFY(!pane->model()->showsCache());
    pane.reset();
    QTest::qWait(200);
    const QString path = OrgDatabase::filePathFor(m_server.orgId(), m_dir->path());
    QVERIFY(!QFile::exists(path) || cachedIds().isEmpty());
}

void TestDirectoryCache::viewMenuTurnsTheCacheOffAndOn()
{
    // The window's Users area keeps its cache in the default folder (test mode).
    const QString folder = OrgDatabase::defaultFolder();
    OrgDatabase::remove(m_server.orgId(), folder);
    QTemporaryDir config;
    Settings settings(config.filePath(QStringLiteral("orgdesk.conf")));
    MainWindow window;
    auto *cacheAction = new DirectoryCacheAction(&window, &settings);
    QVERIFY(cacheAction->action()->isChecked()); // on unless turned off
    window.setConnection(new Connection(m_server.baseUrl(), m_server.orgId(), m_server.apiKey()));
    window.showArea(QStringLiteral("users"));
    auto *pane = qobject_cast<UsersPane *>(window.pane(QStringLiteral("users")));
    QVERIFY(pane);
    QVERIFY(waitRefreshed(pane));
    QTRY_COMPARE_WITH_TIMEOUT(cachedIds(folder).size(), userCount, 10000);

    // Off: kept in the settings, the copy deleted, the area lists from the server again.
    cacheAction->action()->trigger();
    QVERIFY(!settings.value(SettingKeys::directoryCache));
    QVERIFY(!pane->model()->showsCache());
    QTRY_VERIFY_WITH_TIMEOUT(cachedIds(folder).isEmpty(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(pane->model()->loadedCount() > 0 && !pane->model()->isLoading(),
                             20000);

    // On again: the area fills the copy once more.
    cacheAction->action()->trigger();
    QVERIFY(settings.value(SettingKeys::directoryCache));
    QTRY_VERIFY_WITH_TIMEOUT(pane->model()->showsCache(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(cachedIds(folder).size(), userCount, 20000);
    window.clearConnection();
}

void TestDirectoryCache::removingTheProfileRemovesTheCache()
{
    // A profile for the sandbox's organization, its cache in the default folder.
    QTemporaryDir config;
    Settings settings(config.filePath(QStringLiteral("orgdesk.conf")));
    MemoryCredentialStore keychain;
    ProfileManager manager(&settings, &keychain);
    Profile profile;
    profile.id = Profile::newId();
    profile.name = QStringLiteral("Sandbox");
    profile.orgId = m_server.orgId();
    std::optional<CredentialResult> answer;
    QObject context;
    manager.save(profile, QStringLiteral("k"), &context,
                 [&answer](const CredentialResult &result) { answer = result; });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(answer->ok());
    {
        auto *pane = new UsersPane(m_connection.get());
        pane->setDirectoryCache(true);
        std::unique_ptr<UsersPane> owner(pane);
        QVERIFY(waitRefreshed(pane));
    }
    const QString path = OrgDatabase::filePathFor(m_server.orgId());
    QTRY_VERIFY(QFile::exists(path));
    {
        OrgDatabase database(m_server.orgId());
        QTRY_COMPARE(DirectoryCache(database.database()).count(), qint64(userCount));
    }
    answer.reset();
    manager.remove(profile.id, false, &context,
                   [&answer](const CredentialResult &result) { answer = result; });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(answer->ok());
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestDirectoryCache::cliListsTheCacheWithItsAge()
{
    // The CLI reads $XDG_DATA_HOME/Orgdesk/orgs, as the window writes it.
    QTemporaryDir data;
    const QString folder = data.filePath(QStringLiteral("Orgdesk/orgs"));
    QString orgId = QStringLiteral("cli-org");
    {
        OrgDatabase database(orgId, folder);
        DirectoryCache cache(database.database());
        const std::optional<qint64> generation = cache.beginRefresh();
        QVERIFY(generation);
        QList<DirectoryUser> people;
        for (const QString &name :
             {QStringLiteral("Ada Active"), QStringLiteral("Sam Suspended")}) {
            DirectoryUser person;
            person.accountId = name.section(u' ', 0, 0).toLower();
            person.name = name;
            person.email = person.accountId + QStringLiteral("@example.com");
            person.status = name.contains(QStringLiteral("Suspended")) ? QStringLiteral("suspended")
                                                                       : QStringLiteral("active");
            people.append(person);
        }
        QVERIFY(cache.storePage(people, *generation, 0));
        const qint64 sevenMinutesAgo = QDateTime::currentMSecsSinceEpoch() - 7 * 60 * 1000 - 5000;
        QCOMPARE(cache.finishRefresh(*generation, sevenMinutesAgo), 0);
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("ORGDESK_API_KEY"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
    const CliResult all = runCli({QStringLiteral("users"), QStringLiteral("list"),
                                  QStringLiteral("--cached"), QStringLiteral("--org-id"), orgId,
                                  QStringLiteral("--format"), QStringLiteral("csv")},
                                 environment);
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(all.outLines().size(), 3); // the header and two people
    QVERIFY(all.out.contains("ada@example.com") && all.out.contains("sam@example.com"));
    QCOMPARE(all.errLines().size(), 1);
    QVERIFY2(all.errLines().first().contains(QStringLiteral("people as of ")) &&
                 all.errLines().first().endsWith(QStringLiteral("(7 minutes ago)")),
             all.err.constData());

    const CliResult suspended =
        runCli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--cached"),
                QStringLiteral("--org-id"), orgId, QStringLiteral("--status"),
                QStringLiteral("suspended"), QStringLiteral("--format"), QStringLiteral("csv")},
               environment);
    QCOMPARE(suspended.exitCode, 0);
    QCOMPARE(suspended.outLines().size(), 2);
    QVERIFY(suspended.out.contains("sam@example.com"));
}

void TestDirectoryCache::cliWithoutACacheSaysSo()
{
    QTemporaryDir data;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
    const CliResult result =
        runCli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--cached"),
                QStringLiteral("--org-id"), QStringLiteral("never-opened")},
               environment);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains("there is no local copy of the people of organization "
                                 "never-opened"),
             result.err.constData());
}

QTEST_MAIN(TestDirectoryCache)
#include "tst_directorycache.moc"
