// The Overview area: each tile's figure against what the sandbox holds, one tile failing alone,
// a key with scopes, and each tile's link opening the right area with the right filter; the
// audit log's tile from the local archive, before and after syncs.
#include "AccessRisk.h"
#include "AccessSortProxy.h"
#include "ApiKeysPane.h"
#include "ApiTokensModel.h"
#include "ApiTokensPane.h"
#include "AreaLink.h"
#include "AuditArchive.h"
#include "AuditLogPane.h"
#include "AuditSync.h"
#include "Await.h"
#include "Connection.h"
#include "DomainService.h"
#include "DomainsPane.h"
#include "GroupsListing.h"
#include "MainWindow.h"
#include "OrgDatabase.h"
#include "OverviewFigures.h"
#include "OverviewPane.h"
#include "OverviewText.h"
#include "OverviewTile.h"
#include "PoliciesPane.h"
#include "PolicyService.h"
#include "RawCall.h"
#include "RiskFilterBox.h"
#include "SandboxServer.h"
#include "TestServer.h"
#include "UsersPane.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <memory>

using Overview::Tile;

class TestOverviewPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void theWindowOpensOnOverview();
    void peopleFiguresMatchTheSandbox();
    void groupsAndDomainsMatchTheSandbox();
    void aPolicyStillApplyingShowsAndOpensThatPolicy();
    void tokensAtRiskOpensTheTokensAreaWithThatFilter();
    void keysTilesOpenTheKeysAreaFiltered();
    void domainsTileOpensFromTheKeyboard();
    void inactivePeopleOpensUsersFiltered();
    void oneFailingTileFailsAlone();
    void aKeyThatCannotReadSaysSoOnItsTile();
    void aKeyWithScopesReadsEveryTile();
    void f5LoadsEveryTileAgain();
    void auditLogNeverSyncedSaysToOpenIt();
    void auditLogCountsTheWeeksNotableEventsAndOpensThem();

private:
    void syncArchive();
    OverviewPane *openWindow(const QString &apiKey = QString());
    void waitUntilLoaded(OverviewPane *pane);
    Connection *connection(const QString &apiKey = QString()) const;
    QList<DirectoryUser> everyone(const QString &directoryId = QStringLiteral("-"));

    TestServer m_server;
    std::unique_ptr<MainWindow> m_window;
};

void TestOverviewPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 300, 3}));
    if (m_server.isExternal())
        QSKIP("Injects faults and compares with the seeded organization: sandbox only.");
    m_server.sandbox()->setEventProcessingDelay(0);
    QVERIFY(OrgDatabase::remove(m_server.orgId())); // never synced, until the audit tests sync
}

void TestOverviewPane::init()
{
    m_server.sandbox()->clearFaults();
    m_server.sandbox()->clearReceivedRequests();
}

void TestOverviewPane::cleanup()
{
    m_window.reset();
}

Connection *TestOverviewPane::connection(const QString &apiKey) const
{
    auto *made = new Connection(m_server.baseUrl(), m_server.orgId(),
                                apiKey.isEmpty() ? m_server.apiKey() : apiKey);
    made->setSandbox(true);
    made->setKeyLabel(sandbox::SandboxServer::apiKeyLabel());
    return made;
}

OverviewPane *TestOverviewPane::openWindow(const QString &apiKey)
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1300, 800);
    m_window->setConnection(connection(apiKey));
    m_window->show();
    return qobject_cast<OverviewPane *>(m_window->pane(QStringLiteral("overview")));
}

void TestOverviewPane::waitUntilLoaded(OverviewPane *pane)
{
    QVERIFY(pane);
    QTRY_VERIFY_WITH_TIMEOUT(pane->figures()->isFinished(), 30000);
}

QList<DirectoryUser> TestOverviewPane::everyone(const QString &directoryId)
{
    Connection *source = connection();
    UserQuery query;
    query.directoryId = directoryId;
    query.expand = {QStringLiteral("productAccess")};
    std::unique_ptr<UserPager> pager(source->users().search(query));
    const auto listing = Await::allPages(pager.get(), &UserPager::usersReceived);
    pager.reset();
    delete source;
    return listing.items;
}

void TestOverviewPane::theWindowOpensOnOverview()
{
    OverviewPane *pane = openWindow();
    QCOMPARE(m_window->currentArea(), QStringLiteral("overview"));
    QVERIFY(pane && pane->isVisible());
    QSignalSpy ready(m_window.get(), &MainWindow::contentReady);
    waitUntilLoaded(pane);
    QTRY_COMPARE(ready.count(), 1);
    for (Tile tile : Overview::tiles()) {
        const OverviewFigure figure = pane->figures()->figure(tile);
        QVERIFY2(figure.isReady(), qPrintable(Overview::key(tile)));
        QCOMPARE(pane->tile(tile)->lineText(), OverviewText::summary(tile, figure));
        QCOMPARE(pane->tile(tile)->valueText(), OverviewText::value(figure));
    }
}

void TestOverviewPane::peopleFiguresMatchTheSandbox()
{
    OverviewPane *pane = openWindow();
    waitUntilLoaded(pane);
    const QList<DirectoryUser> people = everyone();
    QVERIFY(!people.isEmpty());

    const QDateTime edge = QDateTime::currentDateTimeUtc().addDays(-Overview::inactiveDays);
    qint64 inactive = 0;
    qint64 twoStepOff = 0;
    QHash<QString, qint64> byAccountStatus;
    for (const DirectoryUser &user : people) {
        const QDateTime lastActive = user.lastActive();
        inactive += !lastActive.isValid() || lastActive <= edge;
        twoStepOff += user.mfaEnabled == std::optional<bool>(false) &&
                      user.claimStatus == QLatin1String("managed");
        ++byAccountStatus[user.accountStatus];
    }
    const OverviewFigures *figures = pane->figures();
    QCOMPARE(figures->figure(Tile::People).value, people.size());
    for (const OverviewFigure::Part &part : figures->figure(Tile::People).parts)
        QCOMPARE(part.count, byAccountStatus.value(part.key));
    QCOMPARE(figures->figure(Tile::InactivePeople).value, inactive);
    QCOMPARE(figures->figure(Tile::TwoStepOff).value, twoStepOff);
    QVERIFY(twoStepOff > 0 && inactive > 0);

    // Each directory's count (users/count) against that directory's people, listed.
    const OverviewFigure directories = figures->figure(Tile::Directories);
    QVERIFY(directories.value > 1);
    QCOMPARE(directories.parts.size(), directories.value);
    for (const OverviewFigure::Part &part : directories.parts) {
        QVERIFY(!part.label.isEmpty());
        QCOMPARE(part.count, everyone(part.key).size());
    }
}

void TestOverviewPane::groupsAndDomainsMatchTheSandbox()
{
    OverviewPane *pane = openWindow();
    waitUntilLoaded(pane);
    Connection *source = connection();
    GroupService groups(source->client(), source->orgId());
    const auto listing = GroupsListing::allGroups(groups);
    QVERIFY(!listing.error.isError());
    const qint64 synced = std::count_if(listing.items.cbegin(), listing.items.cend(),
                                        [](const Group &group) { return group.isSynced(); });
    const OverviewFigure groupFigure = pane->figures()->figure(Tile::Groups);
    QCOMPARE(groupFigure.value, listing.items.size());
    QCOMPARE(groupFigure.part(QStringLiteral("synced")), synced);
    QCOMPARE(groupFigure.part(QStringLiteral("managed")), listing.items.size() - synced);

    DomainService domains(source->client(), source->orgId());
    const auto all = Await::wait<QList<Domain>>(
        [&](QObject *context, auto done) { domains.domains(context, done); });
    QVERIFY(all.ok());
    const qint64 needing =
        std::count_if(all.value.cbegin(), all.value.cend(),
                      [](const Domain &domain) { return domain.needsAttention(); });
    QVERIFY(needing > 0);
    QCOMPARE(pane->figures()->figure(Tile::Domains).value, needing);
    delete source;
}

void TestOverviewPane::aPolicyStillApplyingShowsAndOpensThatPolicy()
{
    // A resource added now stays "applying" for an hour of the sandbox's clock.
    m_server.sandbox()->setPolicyApplyDelay(3600 * 1000);
    Connection *source = connection();
    PolicyService policies(source->client(), source->orgId());
    std::unique_ptr<PolicyPager> pager(policies.policies(QStringLiteral("ip-allowlist")));
    const auto listing = Await::allPages(pager.get(), &PolicyPager::policiesReceived);
    QVERIFY(!listing.items.isEmpty());
    const Policy target = listing.items.constFirst();
    PolicyResource resource;
    resource.id = QStringLiteral("ari:cloud:jira::site/overview-test");
    const auto added = Await::wait<Policy>([&](QObject *context, auto done) {
        policies.addResource(target.id, resource, context, done);
    });
    QVERIFY2(added.ok(), qPrintable(added.error.detailedMessage()));

    OverviewPane *pane = openWindow();
    waitUntilLoaded(pane);
    const OverviewFigure figure = pane->figures()->figure(Tile::Policies);
    QCOMPARE(figure.value, 1);
    QCOMPARE(figure.part(QStringLiteral("applying")), 1);
    QCOMPARE(figure.itemId, target.id);

    QTest::mouseClick(pane->tile(Tile::Policies), Qt::LeftButton);
    QCOMPARE(m_window->currentArea(), QStringLiteral("policies"));
    auto *area = qobject_cast<PoliciesPane *>(m_window->pane(QStringLiteral("policies")));
    QVERIFY(area);
    QCOMPARE(area->kind(), PoliciesPane::Kind::IpAllowlist);
    QTRY_COMPARE(area->selectedPolicy().id, target.id);

    // Put back as it was, for the other tests.
    QVERIFY(!Await::waitDone([&](QObject *context, auto done) {
                 policies.removeResource(target.id, resource.id, context, done);
             }).isError());
    m_server.sandbox()->setPolicyApplyDelay(0);
    delete source;
}

void TestOverviewPane::tokensAtRiskOpensTheTokensAreaWithThatFilter()
{
    OverviewPane *pane = openWindow();
    waitUntilLoaded(pane);
    const OverviewFigure figure = pane->figures()->figure(Tile::Tokens);
    QVERIFY(figure.value > 0);
    QVERIFY(figure.part(QStringLiteral("unused")) > 0);
    QVERIFY(figure.part(QStringLiteral("ownerInactive")) > 0);
    // The unused part came from the count route, filtered on the server.
    bool counted = false;
    for (const sandbox::ReceivedRequest &request : m_server.sandbox()->receivedRequests()) {
        counted |= request.path.endsWith(QLatin1String("/api-tokens/count")) &&
                   request.query.hasQueryItem(QStringLiteral("lastActiveAtFrom"));
    }
    QVERIFY(counted);

    QTest::mouseClick(pane->tile(Tile::Tokens), Qt::LeftButton);
    QCOMPARE(m_window->currentArea(), QStringLiteral("apiTokens"));
    auto *tokens = qobject_cast<ApiTokensPane *>(m_window->pane(QStringLiteral("apiTokens")));
    QVERIFY(tokens);
    QCOMPARE(tokens->filterBox()->preset(), QStringLiteral("atRisk"));
    // Every token loaded and every owner looked up: the area lists as many as the tile says.
    QTRY_COMPARE_WITH_TIMEOUT(tokens->proxy()->rowCount(), int(figure.value), 30000);
    QVERIFY(!tokens->model()->hasMore());
}

void TestOverviewPane::keysTilesOpenTheKeysAreaFiltered()
{
    OverviewPane *pane = openWindow();
    waitUntilLoaded(pane);
    const OverviewFigure attention = pane->figures()->figure(Tile::ApiKeys);
    QVERIFY(attention.value > 0);
    QTest::mouseClick(pane->tile(Tile::ApiKeys), Qt::LeftButton);
    QCOMPARE(m_window->currentArea(), QStringLiteral("apiKeys"));
    auto *keys = qobject_cast<ApiKeysPane *>(m_window->pane(QStringLiteral("apiKeys")));
    QVERIFY(keys);
    QCOMPARE(keys->filterBox()->preset(), QStringLiteral("attention"));
    QTRY_COMPARE_WITH_TIMEOUT(keys->proxy()->rowCount(), int(attention.value), 30000);

    // Orgdesk's own key: its days left, and its link searches the keys for its label.
    const OverviewFigure own = pane->figures()->figure(Tile::OwnKey);
    QVERIFY(own.value > 0);
    QCOMPARE(own.itemId, sandbox::SandboxServer::apiKeyLabel());
    m_window->showArea(QStringLiteral("overview"));
    QTest::mouseClick(pane->tile(Tile::OwnKey), Qt::LeftButton);
    QCOMPARE(m_window->currentArea(), QStringLiteral("apiKeys"));
    QCOMPARE(keys->searchField()->text(), sandbox::SandboxServer::apiKeyLabel());
    QCOMPARE(keys->filterBox()->preset(), QStringLiteral("all"));
    QTRY_VERIFY(keys->proxy()->rowCount() >= 1);
}

void TestOverviewPane::domainsTileOpensFromTheKeyboard()
{
    OverviewPane *pane = openWindow();
    waitUntilLoaded(pane);
    OverviewTile *tile = pane->tile(Tile::Domains);
    tile->setFocus();
    QVERIFY(tile->hasFocus() || !QApplication::focusWidget()); // offscreen may not focus
    QTest::keyClick(tile, Qt::Key_Return);
    QCOMPARE(m_window->currentArea(), QStringLiteral("domains"));
    auto *domains = qobject_cast<DomainsPane *>(m_window->pane(QStringLiteral("domains")));
    QVERIFY(domains);
    QCOMPARE(domains->statusFilter()->currentIndex(), 1); // "Needing attention"
    QTRY_COMPARE(domains->view()->model()->rowCount(),
                 int(pane->figures()->figure(Tile::Domains).value));

    // Space works as well, and Tab moves from tile to tile.
    m_window->showArea(QStringLiteral("overview"));
    QTest::keyClick(pane->tile(Tile::Groups), Qt::Key_Space);
    QCOMPARE(m_window->currentArea(), QStringLiteral("groups"));
    QCOMPARE(pane->tile(Tile::Groups)->focusPolicy(), Qt::StrongFocus);
}

void TestOverviewPane::inactivePeopleOpensUsersFiltered()
{
    OverviewPane *pane = openWindow();
    waitUntilLoaded(pane);
    QTest::mouseClick(pane->tile(Tile::InactivePeople), Qt::LeftButton);
    QCOMPARE(m_window->currentArea(), QStringLiteral("users"));
    auto *users = qobject_cast<UsersPane *>(m_window->pane(QStringLiteral("users")));
    QVERIFY(users);
    QCOMPARE(users->filter().inactiveDays, Overview::inactiveDays);

    m_window->showArea(QStringLiteral("overview"));
    QTest::mouseClick(pane->tile(Tile::TwoStepOff), Qt::LeftButton);
    QCOMPARE(m_window->currentArea(), QStringLiteral("users"));
    QVERIFY(users->filter().mfaOff);
    QCOMPARE(users->filter().claimStatus, QStringLiteral("managed"));
    QCOMPARE(users->filter().inactiveDays, 0);
}

void TestOverviewPane::oneFailingTileFailsAlone()
{
    sandbox::FaultRule broken;
    broken.pathPattern = QRegularExpression(QStringLiteral("/domains$"));
    broken.status = 500;
    broken.count = 0; // every time, retries too
    m_server.sandbox()->addFault(broken);
    m_server.sandbox()->addFault(sandbox::FaultRule::delay(QStringLiteral("/groups/stats$"), 1500));

    OverviewPane *pane = openWindow();
    // The slow tile says it is loading while the others already show their figures.
    QTRY_VERIFY(pane->figures()->figure(Tile::People).isReady());
    QVERIFY(pane->figures()->figure(Tile::Groups).isLoading());
    QCOMPARE(pane->tile(Tile::Groups)->lineText(), QStringLiteral("Loading\u2026"));
    waitUntilLoaded(pane);

    const OverviewFigure domains = pane->figures()->figure(Tile::Domains);
    QVERIFY(domains.isFailed());
    QVERIFY(!domains.isRefused());
    QCOMPARE(pane->tile(Tile::Domains)->lineText(), domains.error.userMessage());
    QCOMPARE(pane->tile(Tile::Domains)->valueText(), QStringLiteral("\u2013"));
    for (Tile tile : Overview::tiles()) {
        if (tile != Tile::Domains)
            QVERIFY2(pane->figures()->figure(tile).isReady(), qPrintable(Overview::key(tile)));
    }
}

void TestOverviewPane::aKeyThatCannotReadSaysSoOnItsTile()
{
    sandbox::FaultRule refused;
    refused.pathPattern = QRegularExpression(QStringLiteral("/api-tokens(/count)?$"));
    refused.status = 403;
    refused.count = 0;
    m_server.sandbox()->addFault(refused);
    OverviewPane *pane = openWindow();
    waitUntilLoaded(pane);
    QVERIFY(pane->figures()->figure(Tile::Tokens).isRefused());
    QCOMPARE(pane->tile(Tile::Tokens)->lineText(),
             QStringLiteral("This key cannot read the users' API tokens."));
    QVERIFY(pane->figures()->figure(Tile::ApiKeys).isReady());
    QVERIFY(pane->figures()->figure(Tile::People).isReady());
}

void TestOverviewPane::aKeyWithScopesReadsEveryTile()
{
    const QString scopedKey = QStringLiteral("overview-scoped-key");
    m_server.sandbox()->addApiKey(scopedKey, true);
    OverviewPane *scoped = openWindow(scopedKey);
    waitUntilLoaded(scoped);
    QHash<Tile, qint64> seen;
    for (Tile tile : Overview::tiles()) {
        QVERIFY2(scoped->figures()->figure(tile).isReady(), qPrintable(Overview::key(tile)));
        seen.insert(tile, scoped->figures()->figure(tile).value);
    }
    // Every call went with the scoped key; the figures are the unscoped key's.
    for (const sandbox::ReceivedRequest &request : m_server.sandbox()->receivedRequests())
        QCOMPARE(request.header("Authorization"), "Bearer " + scopedKey.toLatin1());
    OverviewPane *full = openWindow();
    waitUntilLoaded(full);
    for (Tile tile : Overview::tiles()) {
        if (tile != Tile::OwnKey) // the label names the unscoped key
            QCOMPARE(full->figures()->figure(tile).value, seen.value(tile));
    }
}

void TestOverviewPane::f5LoadsEveryTileAgain()
{
    OverviewPane *pane = openWindow();
    waitUntilLoaded(pane);
    m_server.sandbox()->clearReceivedRequests();
    auto *refresh = m_window->findChild<QAction *>(QStringLiteral("refreshAction"));
    QVERIFY(refresh);
    QCOMPARE(refresh->shortcut(), QKeySequence(QKeySequence::Refresh));
    refresh->trigger();
    QVERIFY(pane->figures()->figure(Tile::People).isLoading());
    waitUntilLoaded(pane);
    QStringList paths;
    for (const sandbox::ReceivedRequest &request : m_server.sandbox()->receivedRequests())
        paths.append(request.path);
    for (const QString &route : {QStringLiteral("/users/stats"), QStringLiteral("/groups/stats"),
                                 QStringLiteral("/domains"), QStringLiteral("/api-keys"),
                                 QStringLiteral("/api-tokens/count"), QStringLiteral("/policies")})
        QVERIFY2(std::any_of(paths.cbegin(), paths.cend(),
                             [&](const QString &path) { return path.endsWith(route); }),
                 qPrintable(route));
}

void TestOverviewPane::auditLogNeverSyncedSaysToOpenIt()
{
    QVERIFY(OrgDatabase::remove(m_server.orgId()));
    OverviewPane *pane = openWindow();
    waitUntilLoaded(pane);
    const OverviewFigure figure = pane->figures()->figure(Tile::AuditLog);
    QVERIFY(figure.isReady()); // not a failure: nothing to read yet
    QCOMPARE(figure.value, -1);
    QCOMPARE(pane->tile(Tile::AuditLog)->valueText(), QStringLiteral("\u2013"));
    QCOMPARE(pane->tile(Tile::AuditLog)->lineText(),
             QStringLiteral("Not synced yet: open the Audit log to sync it"));
    // Reading did not create the archive.
    QVERIFY(!QFile::exists(OrgDatabase::filePathFor(m_server.orgId())));

    const AreaLink link = pane->linkOf(Tile::AuditLog);
    QCOMPARE(link.area, QStringLiteral("audit"));
    QCOMPARE(link.auditFilter.period, AuditLogFilter::Period::Week);
    QVERIFY(link.auditFilter.actions.isEmpty());
}

void TestOverviewPane::syncArchive()
{
    Connection *source = connection();
    AuditSync sync(source->client(), m_server.orgId());
    QSignalSpy finished(&sync, &AuditSync::finished);
    sync.start();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 60000);
    QVERIFY2(!finished.first().at(1).value<ApiError>().isError(),
             qPrintable(finished.first().at(1).value<ApiError>().detailedMessage()));
    delete source;
}

void TestOverviewPane::auditLogCountsTheWeeksNotableEventsAndOpensThem()
{
    QVERIFY(OrgDatabase::remove(m_server.orgId()));
    syncArchive();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    AuditFilter orgAdmins;
    orgAdmins.fromMs = now.addDays(-Overview::auditDays).toMSecsSinceEpoch();
    orgAdmins.actions = {QStringLiteral("user_role_granted"), QStringLiteral("group_role_granted")};
    orgAdmins.targets = {QStringLiteral("atlassian/org-admin")};
    AuditFilter keys;
    keys.fromMs = orgAdmins.fromMs;
    keys.actions = {QStringLiteral("api_key_created"), QStringLiteral("api_key_revoked")};
    AuditFilter policies;
    policies.fromMs = orgAdmins.fromMs;
    policies.actions = {
        QStringLiteral("policy_created"),          QStringLiteral("policy_updated"),
        QStringLiteral("policy_deleted"),          QStringLiteral("policy_resource_added"),
        QStringLiteral("policy_resource_updated"), QStringLiteral("policy_resource_removed"),
        QStringLiteral("auth_policy_users_added")};
    const auto archived = [&](const AuditFilter &filter) {
        OrgDatabase database(m_server.orgId());
        AuditArchive archive(database.database());
        return archive.count(filter);
    };
    const qint64 orgAdminsBefore = archived(orgAdmins);

    // Someone made org admin, then the next sync brings it.
    OverviewPane *pane = openWindow();
    waitUntilLoaded(pane);
    const RawAnswer people =
        rawCall(m_window->connection()->client(),
                ApiRequest::get(
                    QStringLiteral("/admin/v2/orgs/%1/directories/-/users").arg(m_server.orgId()),
                    QUrlQuery(QStringLiteral("limit=20"))));
    QCOMPARE(people.status, 200);
    QString accountId;
    for (const QJsonValue &value : people.object().value(QStringLiteral("data")).toArray()) {
        if (value[QStringLiteral("status")].toString() == QLatin1String("active"))
            accountId = value[QStringLiteral("accountId")].toString();
    }
    QVERIFY(!accountId.isEmpty());
    const RawAnswer granted = rawCall(
        m_window->connection()->client(),
        ApiRequest::post(
            QStringLiteral("/admin/v1/orgs/%1/users/%2/role-assignments/assign")
                .arg(m_server.orgId(), accountId),
            QJsonObject{{QStringLiteral("role"), QStringLiteral("atlassian/org-admin")}}, false));
    QVERIFY2(!granted.error.isError(), qPrintable(granted.error.detailedMessage()));
    syncArchive();
    QCOMPARE(archived(orgAdmins), orgAdminsBefore + 1);

    pane->figures()->setClock([now] { return now; });
    pane->refresh();
    waitUntilLoaded(pane);
    const OverviewFigure figure = pane->figures()->figure(Tile::AuditLog);
    QVERIFY(figure.isReady());
    QCOMPARE(figure.part(QStringLiteral("orgAdmins")), orgAdminsBefore + 1);
    QCOMPARE(figure.part(QStringLiteral("apiKeys")), archived(keys));
    QCOMPARE(figure.part(QStringLiteral("policies")), archived(policies));
    QCOMPARE(figure.value, archived(orgAdmins) + archived(keys) + archived(policies));
    {
        OrgDatabase database(m_server.orgId());
        QCOMPARE(figure.timeMs, AuditArchive(database.database()).lastSyncedMs());
    }
    QVERIFY(figure.timeMs > 0);
    const QString line = pane->tile(Tile::AuditLog)->lineText();
    QVERIFY2(line.startsWith(QStringLiteral("Synced ")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("%1 org admin grants").arg(orgAdminsBefore + 1)),
             qPrintable(line));
    QCOMPARE(pane->tile(Tile::AuditLog)->valueText(), OverviewText::value(figure));

    // The tile opens the Audit log on the week and those actions.
    const AreaLink link = pane->linkOf(Tile::AuditLog);
    QCOMPARE(link.area, QStringLiteral("audit"));
    QCOMPARE(link.auditFilter.period, AuditLogFilter::Period::Week);
    for (const QString &action : orgAdmins.actions + keys.actions + policies.actions)
        QVERIFY2(link.auditFilter.actions.contains(action), qPrintable(action));
    QCOMPARE(link.auditFilter.actionNames.size(), link.auditFilter.actions.size());
    QVERIFY(link.auditFilter.actionNames.contains(QStringLiteral("Revoked an API key")));
    QTest::mouseClick(pane->tile(Tile::AuditLog), Qt::LeftButton);
    QTRY_COMPARE(m_window->currentArea(), QStringLiteral("audit"));
    auto *audit = qobject_cast<AuditLogPane *>(m_window->pane(QStringLiteral("audit")));
    QVERIFY(audit);
    QCOMPARE(audit->filter(), link.auditFilter);
    QTRY_VERIFY_WITH_TIMEOUT(!audit->sync()->isRunning(), 60000);
}

QTEST_MAIN(TestOverviewPane)
#include "tst_overviewpane.moc"
