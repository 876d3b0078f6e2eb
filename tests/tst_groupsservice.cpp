// The groups of the v2 directory API against the sandbox over loopback HTTP: search with every
// filter, sort and paging; stats and count; one group; create (201 without a body, then looked
// up by name); delete and its refusals with the reason; members in and out; role assignments.

#include "ApiClient.h"
#include "GroupOperations.h"
#include "GroupService.h"
#include "GroupsListing.h"
#include "SandboxServer.h"
#include "TestServer.h"
#include "UserService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace GroupsListing;

class TestGroupsService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void searchPagesInNameOrderWithCounts();
    void searchFilters_data();
    void searchFilters();
    void groupNamesIsExclusive();
    void statsCountAndTheDeprecatedList();
    void oneGroup();
    void createAnswers201ThenLooksUpByName();
    void createRefusesDuplicateAndMissingName();
    void deleteRefusedWithTheReason_data();
    void deleteRefusedWithTheReason();
    void deleteKeepsOtherGroupsMembers();
    void membersInAndOut();
    void membershipRefusals();
    void roleAssignmentsGrantAndRevoke();
    void sandboxGroupLimit();
    void aKeyWithScopesReadsButCannotWrite();

private:
    Group named(const QString &name);
    ApiError send(const ApiRequest &request);
    QList<sandbox::ReceivedRequest> received(const QByteArray &method, const QString &suffix);
    QString groupsPath() const
    {
        return QStringLiteral("/admin/v2/orgs/%1/directories/-/groups").arg(m_server.orgId());
    }

    TestServer m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<UserService> m_users;
};

void TestGroupsService::initTestCase()
{
    if (!qEnvironmentVariableIsEmpty("ORGDESK_E2E_BASE_URL"))
        QSKIP("Creates and deletes groups: sandbox only.");
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 600, 3}));
    m_client = std::make_unique<ApiClient>(m_server.baseUrl());
    m_client->setApiKey(m_server.apiKey());
    m_groups = std::make_unique<GroupService>(m_client.get(), m_server.orgId());
    m_users = std::make_unique<UserService>(m_client.get(), m_server.orgId());
}

void TestGroupsService::init()
{
    m_server.sandbox()->clearReceivedRequests();
    m_server.sandbox()->clearFaults();
}

Group TestGroupsService::named(const QString &name)
{
    const ApiResult<Group> found = findByName(*m_groups, name);
    return found.ok() ? found.value : Group();
}

ApiError TestGroupsService::send(const ApiRequest &request)
{
    return waitDone([&](const QObject *context, std::function<void(const ApiError &)> done) {
        deliverDone(m_client->send(request), context, done);
    });
}

QList<sandbox::ReceivedRequest> TestGroupsService::received(const QByteArray &method,
                                                            const QString &suffix)
{
    QList<sandbox::ReceivedRequest> matching;
    for (const auto &request : m_server.sandbox()->receivedRequests()) {
        if (request.method == method && request.path.endsWith(suffix))
            matching.append(request);
    }
    return matching;
}

void TestGroupsService::searchPagesInNameOrderWithCounts()
{
    GroupQuery query;
    query.limit = 7;
    const Groups all = allGroups(*m_groups, query);
    QVERIFY2(!all.error.isError(), qPrintable(all.error.detailedMessage()));
    QCOMPARE(all.items.size(), 30);
    QCOMPARE(all.pages, 5);
    QStringList names;
    for (const Group &group : all.items) {
        names.append(group.name);
        QVERIFY(group.userCount >= 0);
        QVERIFY(group.resourceCount >= 0);
        QVERIFY(!group.directoryId.isEmpty());
    }
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    QCOMPARE(names, sorted);

    // Every page resends the filters with the cursor, and asks for the counts.
    const auto searches = received("POST", QStringLiteral("/groups/search"));
    QCOMPARE(searches.size(), 5);
    const QJsonObject last = QJsonDocument::fromJson(searches.last().body).object();
    QVERIFY(!last.value(u"cursor"_qs).toString().isEmpty());
    QCOMPARE(last.value(u"expand"_qs).toArray().size(), 2);
    QCOMPARE(last.value(u"sortBy"_qs).toArray().first()[u"field"_qs].toString(), u"name"_qs);

    query.descending = true;
    const Groups reversed = allGroups(*m_groups, query);
    QCOMPARE(reversed.items.size(), 30);
    QCOMPARE(reversed.items.first().name, names.last());

    // The counts agree with users/search by group.
    const Group engineering = named(u"engineering"_qs);
    QVERIFY(engineering.userCount > 0);
    QCOMPARE(memberIds(*m_users, engineering.id).size(), engineering.userCount);
    QCOMPARE(named(u"jira-administrators"_qs).resourceCount, 2);
}

void TestGroupsService::searchFilters_data()
{
    QTest::addColumn<QString>("term");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("searchTerm is part of the name")
        << u"OKTA-synced"_qs << QStringList()
        << QStringList{u"okta-synced-all"_qs, u"okta-synced-engineering"_qs,
                       u"okta-synced-research"_qs, u"okta-synced-sales"_qs};
    QTest::newRow("groupNames exact, any case")
        << QString() << QStringList{u"ENGINEERING"_qs, u"Sales"_qs}
        << QStringList{u"engineering"_qs, u"sales"_qs};
    QTest::newRow("groupNames is not a prefix")
        << QString() << QStringList{u"engineer"_qs} << QStringList();
}

void TestGroupsService::searchFilters()
{
    QFETCH(QString, term);
    QFETCH(QStringList, names);
    QFETCH(QStringList, expected);
    GroupQuery query;
    query.searchTerm = term;
    query.groupNames = names;
    const Groups found = allGroups(*m_groups, query);
    QVERIFY(!found.error.isError());
    QStringList got;
    for (const Group &group : found.items)
        got.append(group.name);
    QCOMPARE(got, expected);
}

void TestGroupsService::groupNamesIsExclusive()
{
    const QString path = groupsPath() + u"/search"_qs;
    const ApiError withTerm = send(ApiRequest::post(
        path, QJsonObject{{u"groupNames"_qs, QJsonArray{u"sales"_qs}}, {u"searchTerm"_qs, u"s"_qs}},
        true));
    QCOMPARE(withTerm.kind(), ApiError::Kind::BadRequest);
    QVERIFY(withTerm.serverMessage().contains(u"groupNames"_qs));
    const ApiError withIds =
        send(ApiRequest::post(path,
                              QJsonObject{{u"groupNames"_qs, QJsonArray{u"sales"_qs}},
                                          {u"groupIds"_qs, QJsonArray{named(u"sales"_qs).id}}},
                              true));
    QCOMPARE(withIds.kind(), ApiError::Kind::BadRequest);
    const ApiError badSort = send(ApiRequest::post(
        path,
        QJsonObject{{u"sortBy"_qs, QJsonArray{QJsonObject{{u"field"_qs, u"size"_qs},
                                                          {u"direction"_qs, u"asc"_qs}}}}},
        true));
    QCOMPARE(badSort.kind(), ApiError::Kind::BadRequest);

    // Members, and a role on a resource, filter too.
    const Group engineering = named(u"engineering"_qs);
    const QString someone = memberIds(*m_users, engineering.id).value(0);
    QVERIFY(!someone.isEmpty());
    GroupQuery byMember;
    byMember.accountIds = {someone};
    bool hasEngineering = false;
    for (const Group &group : allGroups(*m_groups, byMember).items)
        hasEngineering |= group.id == engineering.id;
    QVERIFY(hasEngineering);
}

void TestGroupsService::statsCountAndTheDeprecatedList()
{
    const auto stats = wait<GroupStats>(
        [&](const QObject *c, ApiCallback<GroupStats> cb) { m_groups->stats(u"-"_qs, c, cb); });
    QVERIFY(stats.ok());
    QCOMPARE(stats.value.all, 30);
    QCOMPARE(stats.value.synced, 4);
    QCOMPARE(stats.value.managed, 26);
    QCOMPARE(stats.value.types.size(), 3);

    int count = -1;
    QObject context;
    ApiReply *reply = m_client->send(
        ApiRequest::get(groupsPath() + u"/count"_qs, QUrlQuery(u"searchTerm=okta"_qs)));
    connect(reply, &ApiReply::finished, &context,
            [&, reply] { count = reply->json().object().value(u"count"_qs).toInt(-2); });
    QVERIFY(QTest::qWaitFor([&] { return count != -1; }, 10000));
    QCOMPARE(count, 4);

    QJsonObject page;
    reply = m_client->send(ApiRequest::get(groupsPath()));
    connect(reply, &ApiReply::finished, &context, [&, reply] { page = reply->json().object(); });
    QVERIFY(QTest::qWaitFor([&] { return !page.isEmpty(); }, 10000));
    QCOMPARE(page.value(u"data"_qs).toArray().size(), 20);
    QVERIFY(page.value(u"links"_qs).toObject().contains(u"next"_qs));
}

void TestGroupsService::oneGroup()
{
    const Group synced = named(u"okta-synced-all"_qs);
    const auto got = wait<Group>([&](const QObject *c, ApiCallback<Group> cb) {
        m_groups->group(u"-"_qs, synced.id, c, cb);
    });
    QVERIFY(got.ok());
    QCOMPARE(got.value.name, u"okta-synced-all"_qs);
    QVERIFY(got.value.isSynced());
    QCOMPARE(got.value.managedBy, u"external"_qs);
    QVERIFY(!got.value.deletable);
    QVERIFY(!got.value.modifiable);
    QVERIFY(got.value.userCount > 0);

    const auto missing = wait<Group>([&](const QObject *c, ApiCallback<Group> cb) {
        m_groups->group(u"-"_qs, u"00000000-0000-4000-8000-000000000000"_qs, c, cb);
    });
    QCOMPARE(missing.error.kind(), ApiError::Kind::NotFound);
    QCOMPARE(GroupOperations::refusalInWords(missing.error), u"The group no longer exists."_qs);
}

void TestGroupsService::createAnswers201ThenLooksUpByName()
{
    const ApiResult<Group> created = create(*m_groups, u"qa-guild"_qs, u"Testers across teams"_qs);
    QVERIFY2(created.ok(), qPrintable(created.error.detailedMessage()));
    QCOMPARE(created.value.name, u"qa-guild"_qs);
    QCOMPARE(created.value.description, u"Testers across teams"_qs);
    QVERIFY(!created.value.id.isEmpty());
    QVERIFY(created.value.deletable);
    QCOMPARE(created.value.userCount, 0);

    const auto posts = received("POST", QStringLiteral("/groups"));
    QCOMPARE(posts.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(posts.first().body).object().value(u"name"_qs).toString(),
             u"qa-guild"_qs);
    const auto lookups = received("POST", QStringLiteral("/groups/search"));
    QCOMPARE(lookups.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(lookups.first().body).object().value(u"groupNames"_qs),
             QJsonValue(QJsonArray{u"qa-guild"_qs}));
    QCOMPARE(named(u"QA-GUILD"_qs).id, created.value.id);
}

void TestGroupsService::createRefusesDuplicateAndMissingName()
{
    const ApiResult<Group> duplicate = create(*m_groups, u"Engineering"_qs);
    QCOMPARE(duplicate.error.kind(), ApiError::Kind::Conflict);
    QCOMPARE(duplicate.error.httpStatus(), 409);
    QCOMPARE(GroupOperations::refusalInWords(duplicate.error),
             u"A group with this name already exists."_qs);
    QCOMPARE(received("POST", QStringLiteral("/groups/search")).size(), 0); // no lookup

    const ApiError missing =
        send(ApiRequest::post(groupsPath(), QJsonObject{{u"description"_qs, u"x"_qs}}, false));
    QCOMPARE(missing.kind(), ApiError::Kind::BadRequest);
    QCOMPARE(missing.httpStatus(), 400);
}

void TestGroupsService::deleteRefusedWithTheReason_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("words");
    QTest::newRow("synced") << u"okta-synced-sales"_qs << u"ADMIN-403-5"_qs
                            << u"identity provider"_qs;
    QTest::newRow("default access")
        << u"confluence-users"_qs << u"ADMIN-403-6"_qs << u"default access group"_qs;
    QTest::newRow("grants admin") << u"jira-administrators"_qs << u"ADMIN-403-7"_qs
                                  << u"admin access"_qs;
}

void TestGroupsService::deleteRefusedWithTheReason()
{
    QFETCH(QString, name);
    QFETCH(QString, code);
    QFETCH(QString, words);
    const Group group = named(name);
    QVERIFY(!group.id.isEmpty());
    QVERIFY(!group.deletable);
    const ApiError refused = waitDone(
        [&](const QObject *c, auto done) { m_groups->remove(u"-"_qs, group.id, c, done); });
    QCOMPARE(refused.httpStatus(), 403);
    QCOMPARE(refused.serverCode(), code);
    QVERIFY2(GroupOperations::refusalInWords(refused).contains(words),
             qPrintable(GroupOperations::refusalInWords(refused)));
    QCOMPARE(named(name).id, group.id); // still there
}

void TestGroupsService::deleteKeepsOtherGroupsMembers()
{
    // A created group sits after the seeded ones; delete a seeded group before the synced ones
    // and check that the groups after it keep their members.
    const Group doomed = create(*m_groups, u"doomed"_qs).value;
    QVERIFY(!doomed.id.isEmpty());
    const Group later = named(u"okta-synced-research"_qs);
    const QStringList before = memberIds(*m_users, later.id);
    QVERIFY(!before.isEmpty());
    const Group marketing = named(u"marketing"_qs);
    QVERIFY(marketing.deletable);
    const ApiError deleted = waitDone(
        [&](const QObject *c, auto done) { m_groups->remove(u"-"_qs, marketing.id, c, done); });
    QVERIFY2(!deleted.isError(), qPrintable(deleted.detailedMessage()));
    QCOMPARE(findByName(*m_groups, u"marketing"_qs).error.kind(), ApiError::Kind::NotFound);
    QCOMPARE(memberIds(*m_users, later.id), before);
    QCOMPARE(received("DELETE", u"/groups/"_qs + marketing.id).size(), 1);
    QVERIFY(!waitDone([&](const QObject *c, auto done) {
                 m_groups->remove(u"-"_qs, doomed.id, c, done);
             }).isError());
}

void TestGroupsService::membersInAndOut()
{
    const Group group = create(*m_groups, u"members-in-and-out"_qs).value;
    QVERIFY(!group.id.isEmpty());
    const QString someone = memberIds(*m_users, named(u"sales"_qs).id).value(0);
    QVERIFY(!someone.isEmpty());
    const ApiError added = waitDone([&](const QObject *c, auto done) {
        m_groups->addMember(u"-"_qs, group.id, someone, c, done);
    });
    QVERIFY2(!added.isError(), qPrintable(added.detailedMessage()));
    QCOMPARE(memberIds(*m_users, group.id), QStringList{someone});
    QCOMPARE(named(group.name).userCount, 1);
    const auto body =
        QJsonDocument::fromJson(received("POST", u"/memberships"_qs).first().body).object();
    QCOMPARE(body.value(u"accountId"_qs).toString(), someone);

    // users/search with expand groups names it too.
    UserQuery query;
    query.accountIds = {someone};
    query.expand = {u"groups"_qs};
    bool listed = false, answered = false;
    QObject context;
    std::unique_ptr<UserPager> pager(m_users->search(query));
    connect(pager.get(), &UserPager::usersReceived, &context, [&](const QList<DirectoryUser> &u) {
        for (const GroupRef &ref : u.value(0).groups)
            listed |= ref.id == group.id;
        answered = true;
    });
    pager->fetchNext();
    QVERIFY(QTest::qWaitFor([&] { return answered; }, 10000));
    QVERIFY(listed);

    const ApiError again = waitDone([&](const QObject *c, auto done) {
        m_groups->addMember(u"-"_qs, group.id, someone, c, done);
    });
    QCOMPARE(again.httpStatus(), 409);
    QCOMPARE(GroupOperations::refusalInWords(again), u"Already a member"_qs);

    const ApiError removed = waitDone([&](const QObject *c, auto done) {
        m_groups->removeMember(u"-"_qs, group.id, someone, c, done);
    });
    QVERIFY(!removed.isError());
    QCOMPARE(received("DELETE", u"/memberships/"_qs + someone).size(), 1);
    QVERIFY(memberIds(*m_users, group.id).isEmpty());
}

void TestGroupsService::membershipRefusals()
{
    const Group synced = named(u"okta-synced-all"_qs);
    const QString someone = memberIds(*m_users, synced.id).value(0);
    const ApiError toSynced = waitDone([&](const QObject *c, auto done) {
        m_groups->removeMember(u"-"_qs, synced.id, someone, c, done);
    });
    QCOMPARE(toSynced.httpStatus(), 403);
    QVERIFY(GroupOperations::refusalInWords(toSynced).contains(u"identity provider"_qs));

    const Group sales = named(u"sales"_qs);
    const ApiError nobody = waitDone([&](const QObject *c, auto done) {
        m_groups->addMember(u"-"_qs, sales.id, u"no-such-account"_qs, c, done);
    });
    QCOMPARE(nobody.httpStatus(), 404);
    const ApiError noGroup = waitDone([&](const QObject *c, auto done) {
        m_groups->addMember(u"-"_qs, u"no-such-group"_qs, someone, c, done);
    });
    QCOMPARE(noGroup.httpStatus(), 404);
    QCOMPARE(noGroup.serverCode(), u"ADMIN-404-10"_qs);
}

void TestGroupsService::roleAssignmentsGrantAndRevoke()
{
    ApiError error;
    const QList<GroupRoleAssignment> admins =
        roles(*m_groups, named(u"jira-administrators"_qs).id, &error);
    QVERIFY(!error.isError());
    QCOMPARE(admins.size(), 2);
    QCOMPARE(admins.first().roles, QStringList{u"atlassian/admin"_qs});
    const QList<GroupRoleAssignment> defaults =
        roles(*m_groups, named(u"confluence-users"_qs).id, &error);
    QCOMPARE(defaults.size(), 1);
    QCOMPARE(defaults.first().defaultRole, u"atlassian/user"_qs);
    QCOMPARE(defaults.first().resourceOwner, u"confluence"_qs);
    const QString confluence = defaults.first().resourceId;

    const Group group = create(*m_groups, u"role-holders"_qs).value;
    QVERIFY(roles(*m_groups, group.id).isEmpty());
    const ApiError assigned = waitDone([&](const QObject *c, auto done) {
        m_groups->assignRole(u"-"_qs, group.id, confluence, u"atlassian/guest"_qs, c, done);
    });
    QVERIFY2(!assigned.isError(), qPrintable(assigned.detailedMessage()));
    const QList<GroupRoleAssignment> granted = roles(*m_groups, group.id);
    QCOMPARE(granted.size(), 1);
    QCOMPARE(granted.first().resourceId, confluence);
    QCOMPARE(granted.first().roles, QStringList{u"atlassian/guest"_qs});
    QCOMPARE(named(group.name).resourceCount, 1);
    const auto body =
        QJsonDocument::fromJson(received("POST", u"/role-assignments/assign"_qs).first().body)
            .object();
    QCOMPARE(body.value(u"roleId"_qs).toString(), u"atlassian/guest"_qs);
    QCOMPARE(body.value(u"resourceId"_qs).toString(), confluence);

    const ApiError badRole = waitDone([&](const QObject *c, auto done) {
        m_groups->assignRole(u"-"_qs, group.id, confluence, u"atlassian/org-admin"_qs, c, done);
    });
    QCOMPARE(badRole.httpStatus(), 400);

    const ApiError revoked = waitDone([&](const QObject *c, auto done) {
        m_groups->revokeRole(u"-"_qs, group.id, confluence, u"atlassian/guest"_qs, c, done);
    });
    QVERIFY(!revoked.isError());
    QVERIFY(roles(*m_groups, group.id).isEmpty());
}

void TestGroupsService::sandboxGroupLimit()
{
    int created = 0;
    ApiResult<Group> last;
    for (int i = 0; i < 70; ++i) {
        last = create(*m_groups, u"filler-%1"_qs.arg(i));
        if (!last.ok())
            break;
        ++created;
    }
    QCOMPARE(last.error.httpStatus(), 409);
    QVERIFY(last.error.serverMessage().contains(u"at most 64 groups"_qs));
    GroupQuery all;
    all.limit = 100;
    QCOMPARE(allGroups(*m_groups, all).items.size(), 64);
    QVERIFY(created > 20);
}

// CATALOG §0.2: the org API's writes on people, groups and roles document no scope, so a key
// with scopes reads and searches but is refused every write, and the message says what to do.
void TestGroupsService::aKeyWithScopesReadsButCannotWrite()
{
    m_server.sandbox()->addApiKey(u"scoped-key-for-groups"_qs, true);
    ApiClient scopedClient(m_server.baseUrl());
    scopedClient.setApiKey(u"scoped-key-for-groups"_qs);
    const GroupService scoped(&scopedClient, m_server.orgId());
    const Groups listing = allGroups(scoped);
    QVERIFY2(listing.error.kind() == ApiError::Kind::None, qPrintable(listing.error.userMessage()));
    QVERIFY(!listing.items.isEmpty());

    const ApiResult<Group> created = create(scoped, u"made-with-scopes"_qs);
    QCOMPARE(created.error.kind(), ApiError::Kind::Forbidden);
    QVERIFY2(created.error.userMessage().contains(u"without scopes"_qs),
             qPrintable(created.error.userMessage()));
    QVERIFY(findByName(*m_groups, u"made-with-scopes"_qs).error.isError()); // nothing made

    const Group engineering = named(u"engineering"_qs);
    const QStringList engineers = memberIds(*m_users, engineering.id);
    QString someone; // a person outside engineering
    for (const QString &id : memberIds(*m_users, named(u"finance"_qs).id)) {
        if (!engineers.contains(id) && someone.isEmpty())
            someone = id;
    }
    QVERIFY(!someone.isEmpty());
    const auto refused = [&](const ApiRequest &request) {
        return waitDone([&](const QObject *context, std::function<void(const ApiError &)> done) {
                   deliverDone(scopedClient.send(request), context, done);
               })
            .kind();
    };
    const QString org = m_server.orgId();
    QCOMPARE(refused(ApiRequest::post(groupsPath() + u"/%1/memberships"_qs.arg(engineering.id),
                                      QJsonObject{{u"accountId"_qs, someone}}, false)),
             ApiError::Kind::Forbidden);
    QCOMPARE(refused(ApiRequest::post(
                 u"/admin/v2/orgs/%1/directories/-/users/%2/suspend"_qs.arg(org, someone), false)),
             ApiError::Kind::Forbidden);
    QCOMPARE(refused(ApiRequest::post(
                 u"/admin/v1/orgs/%1/users/%2/role-assignments/assign"_qs.arg(org, someone),
                 QJsonObject{{u"role"_qs, u"atlassian/org-admin"_qs}}, false)),
             ApiError::Kind::Forbidden);
    QVERIFY(!memberIds(*m_users, engineering.id).contains(someone));
}

QTEST_GUILESS_MAIN(TestGroupsService)
#include "tst_groupsservice.moc"
