// A person's roles against the sandbox over loopback HTTP: the v2 role-assignments listing
// (shape, P2 paging, filters, 404s), the v1 grant/revoke routes (204, 400 without a resource,
// 404, 409 at the licence limit), org admin and its delayed visibility, RoleService, and the
// detail pane's Roles section (grant through the dialog, org admin behind a typed word).

#include "ApiClient.h"
#include "ConfirmDialog.h"
#include "Connection.h"
#include "GrantAccessDialog.h"
#include "PeopleFixture.h"
#include "PersonRolesView.h"
#include "RawCall.h"
#include "RoleService.h"
#include "SandboxServer.h"
#include "Settle.h"
#include "TestServer.h"
#include "UserDetailPane.h"
#include "UserService.h"
#include "WorkspacePicker.h"
#include "WorkspaceService.h"

#include <QJsonArray>
#include <QPushButton>
#include <QSet>
#include <QTest>
#include <QTreeWidget>
#include <QUrlQuery>

#include <memory>

namespace {

constexpr int kOrgAdminDelayMs = 1000; // on the sandbox clock

} // namespace

class TestUserRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listingShowsRolesAndHowGranted();
    void listingPagesWithCursors();
    void listingFilters();
    void listingRefusals_data();
    void listingRefusals();
    void assignRefusals_data();
    void assignRefusals();
    void grantAndRevokeShowInTheListing();
    void licenceLimitIs409();
    void orgAdminShowsAfterTheDelay();
    void serviceListsAndGrants();
    void detailPaneShowsRolesAndGrantsThroughTheDialog();
    void detailPaneMakesAnOrgAdminAfterATypedWord();

private:
    // A path with its query string ("...?limit=1"): the query goes in as it is written.
    RawAnswer get(const QString &pathAndQuery)
    {
        const qsizetype mark = pathAndQuery.indexOf(u'?');
        if (mark < 0)
            return rawCall(m_client.get(), ApiRequest::get(pathAndQuery));
        return rawCall(m_client.get(), ApiRequest::get(pathAndQuery.left(mark),
                                                       QUrlQuery(pathAndQuery.mid(mark + 1))));
    }
    RawAnswer post(const QString &path, const QJsonObject &body)
    {
        return rawCall(m_client.get(), ApiRequest::post(path, body, true));
    }
    QString listPath(const QString &accountId, const QString &directory = QStringLiteral("-")) const
    {
        return QStringLiteral("/admin/v2/orgs/%1/directories/%2/users/%3/role-assignments")
            .arg(m_server.orgId(), directory, accountId);
    }
    QString v1(const QString &accountId, const QString &tail) const
    {
        return QStringLiteral("/admin/v1/orgs/%1/users/%2/%3")
            .arg(m_server.orgId(), accountId, tail);
    }
    // "resourceId role method,method" for each role of the person.
    QStringList rolesOf(const QString &accountId)
    {
        const RawAnswer answer = get(listPath(accountId) + QStringLiteral("?limit=100"));
        QStringList lines;
        for (const QJsonValue &entry : answer.object()[QLatin1String("data")].toArray()) {
            for (const QJsonValue &a : entry[QLatin1String("roleAssignments")].toArray()) {
                QStringList methods;
                for (const QJsonValue &m : a[QLatin1String("roleAssignmentMethods")].toArray())
                    methods.append(m.toString());
                lines.append(entry[QLatin1String("resourceId")].toString() + u' ' +
                             a[QLatin1String("role")].toString() + u' ' + methods.join(u','));
            }
        }
        return lines;
    }
    static bool hasLine(const QStringList &lines, const QString &prefix)
    {
        return std::any_of(lines.begin(), lines.end(),
                           [&](const QString &l) { return l.startsWith(prefix); });
    }
    DirectoryUser takePerson(const std::function<bool(const DirectoryUser &)> &kind = {})
    {
        const QList<DirectoryUser> picked =
            PeopleFixture::pick(m_people, m_used, 1, [&](const DirectoryUser &u) {
                return u.status == QLatin1String("active") && !u.productAccess.isEmpty() &&
                       (!kind || kind(u));
            });
        return picked.value(0);
    }
    QString workspaceId(const QString &name) const { return m_workspaces.value(name); }

    TestServer m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<UserService> m_users;
    QList<DirectoryUser> m_people;
    QSet<QString> m_used;
    QHash<QString, QString> m_workspaces; // name -> ARI (the first of that name)
    QString m_orgResource;
};

void TestUserRoles::initTestCase()
{
    if (!qEnvironmentVariableIsEmpty("ORGDESK_E2E_BASE_URL"))
        QSKIP("Grants and revokes roles: sandbox only.");
    sandbox::SandboxOptions options;
    options.users = 300;
    options.seed = 11;
    options.orgAdminDelayMs = kOrgAdminDelayMs;
    QVERIFY(m_server.start(options));
    m_client = std::make_unique<ApiClient>(m_server.baseUrl());
    m_client->setApiKey(m_server.apiKey());
    m_users = std::make_unique<UserService>(m_client.get(), m_server.orgId());
    m_people = PeopleFixture::loadAll(*m_users);
    QVERIFY(m_people.size() == 300);
    const RawAnswer workspaces =
        post(QStringLiteral("/admin/v2/orgs/%1/workspaces").arg(m_server.orgId()),
             {{QStringLiteral("limit"), 100}});
    for (const QJsonValue &w : workspaces.object()[QLatin1String("data")].toArray()) {
        const QString name = w[QLatin1String("attributes")][QLatin1String("name")].toString();
        if (!m_workspaces.contains(name))
            m_workspaces.insert(name, w[QLatin1String("id")].toString());
    }
    QVERIFY(m_workspaces.contains(QStringLiteral("acme-labs")));
    m_orgResource = QStringLiteral("ari:cloud:platform::org/") + m_server.orgId();
}

void TestUserRoles::init()
{
    m_server.sandbox()->clearReceivedRequests();
}

void TestUserRoles::cleanup()
{
    ConfirmDialog::setTestResponder(nullptr);
}

void TestUserRoles::listingShowsRolesAndHowGranted()
{
    // Someone in the main directory with Jira: granted by the jira-software-users group.
    const DirectoryUser person = takePerson([](const DirectoryUser &u) {
        return std::any_of(u.productAccess.begin(), u.productAccess.end(),
                           [](const auto &p) { return p.key == QLatin1String("jira-software"); }) &&
               u.managementSource != QLatin1String("synced") &&
               !u.email.contains(QLatin1String("contract"));
    });
    QVERIFY(!person.accountId.isEmpty());
    const RawAnswer answer = get(listPath(person.accountId));
    QCOMPARE(answer.status, 200);
    const QJsonArray data = answer.object()[QLatin1String("data")].toArray();
    QVERIFY(!data.isEmpty());
    bool jira = false;
    for (const QJsonValue &entry : data) {
        for (const char *key : {"resourceId", "resourceOwner", "directoryId", "userDirectoryStatus",
                                "roleAssignments", "roles"})
            QVERIFY2(entry.toObject().contains(QLatin1String(key)), key);
        if (entry[QLatin1String("resourceOwner")] == QLatin1String("jira-software")) {
            jira = true;
            QVERIFY(entry[QLatin1String("directoryId")].isString());
            QCOMPARE(entry[QLatin1String("userDirectoryStatus")].toString(),
                     QStringLiteral("active"));
            QVERIFY(
                entry[QLatin1String("roles")].toArray().contains(QStringLiteral("atlassian/user")));
        }
    }
    QVERIFY(jira);
    const QStringList lines = rolesOf(person.accountId);
    QVERIFY2(hasLine(lines, workspaceId(QStringLiteral("acme-robotics")) +
                                QStringLiteral(" atlassian/user group_direct")) ||
                 std::any_of(lines.begin(), lines.end(),
                             [](const QString &l) {
                                 return l.contains(QLatin1String("jira-software")) &&
                                        l.endsWith(QLatin1String("group_direct"));
                             }),
             qPrintable(lines.join(u'\n')));
}

void TestUserRoles::listingPagesWithCursors()
{
    // Someone with several products: one resource a page.
    const DirectoryUser person =
        takePerson([](const DirectoryUser &u) { return u.productAccess.size() >= 3; });
    QVERIFY(!person.accountId.isEmpty());
    const RawAnswer all = get(listPath(person.accountId) + QStringLiteral("?limit=100"));
    const int total = int(all.object()[QLatin1String("data")].toArray().size());
    QVERIFY(total >= 3);
    QStringList seen;
    RawAnswer page = get(listPath(person.accountId) + QStringLiteral("?limit=1"));
    int pages = 0;
    while (true) {
        QCOMPARE(page.status, 200);
        ++pages;
        for (const QJsonValue &entry : page.object()[QLatin1String("data")].toArray())
            seen.append(entry[QLatin1String("resourceId")].toString());
        const QString next =
            page.object()[QLatin1String("links")][QLatin1String("next")].toString();
        if (next.isEmpty())
            break;
        // "If a cursor is present, all other parameters are discarded."
        page = get(listPath(person.accountId) + QStringLiteral("?limit=50&cursor=") +
                   QString::fromUtf8(QUrl::toPercentEncoding(next)));
    }
    QCOMPARE(pages, total);
    QCOMPARE(seen.size(), total);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), total);
}

void TestUserRoles::listingFilters()
{
    const DirectoryUser person =
        takePerson([](const DirectoryUser &u) { return u.productAccess.size() >= 2; });
    const RawAnswer owners = get(listPath(person.accountId) + QStringLiteral("?resourceOwners=") +
                                 person.productAccess.first().key);
    QCOMPARE(owners.status, 200);
    const QJsonArray data = owners.object()[QLatin1String("data")].toArray();
    QCOMPARE(data.size(), 1);
    QCOMPARE(data.first()[QLatin1String("resourceOwner")].toString(),
             person.productAccess.first().key);
    const RawAnswer none =
        get(listPath(person.accountId) + QStringLiteral("?roleIds=atlassian/org-admin"));
    QCOMPARE(none.status, 200);
    for (const QJsonValue &entry : none.object()[QLatin1String("data")].toArray())
        QCOMPARE(entry[QLatin1String("roles")].toArray(),
                 QJsonArray{QStringLiteral("atlassian/org-admin")});
}

void TestUserRoles::listingRefusals_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<int>("status");
    QTest::newRow("limit 0") << "?limit=0" << 400;
    QTest::newRow("limit 101") << "?limit=101" << 400;
    QTest::newRow("bad cursor") << "?cursor=garbage" << 400;
    QTest::newRow("unknown role id") << "?roleIds=atlassian/wizard" << 400;
}

void TestUserRoles::listingRefusals()
{
    QFETCH(QString, suffix);
    QFETCH(int, status);
    QCOMPARE(get(listPath(m_people.first().accountId) + suffix).status, status);
}

void TestUserRoles::assignRefusals_data()
{
    QTest::addColumn<QString>("who"); // "known" or "unknown"
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("no resource") << "known" << QByteArray(R"({"role": "atlassian/user"})") << 400
                                 << "ADMIN-400-4";
    QTest::newRow("no role") << "known" << QByteArray(R"({"resource": "{jira}"})") << 400
                             << "ADMIN-400-24";
    QTest::newRow("unknown role") << "known"
                                  << QByteArray(
                                         R"({"role": "atlassian/wizard", "resource": "{jira}"})")
                                  << 400 << "ADMIN-400-24";
    QTest::newRow("guest on Jira")
        << "known" << QByteArray(R"({"role": "atlassian/guest", "resource": "{jira}"})") << 400
        << "ADMIN-400-4";
    QTest::newRow("unknown resource")
        << "known"
        << QByteArray(
               R"({"role": "atlassian/user", "resource": "ari:cloud:jira-software::site/nowhere"})")
        << 404 << "ADMIN-404-1";
    QTest::newRow("unknown user") << "unknown"
                                  << QByteArray(
                                         R"({"role": "atlassian/user", "resource": "{jira}"})")
                                  << 404 << "ADMIN-404-8";
    QTest::newRow("not JSON") << "known" << QByteArray("[") << 400 << "ADMIN-400-24";
}

void TestUserRoles::assignRefusals()
{
    QFETCH(QString, who);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const QString account = who == QLatin1String("known")
                                ? m_people.first().accountId
                                : QStringLiteral("5b10ac8d82e05b22cc7d0000");
    for (const char *verb : {"roles/assign", "roles/revoke"}) {
        ApiRequest request = ApiRequest::post(v1(account, QLatin1String(verb)), true);
        request.body = QByteArray(body).replace(
            "{jira}", workspaceId(QStringLiteral("acme-robotics")).toUtf8());
        request.hasBody = true;
        const RawAnswer answer = rawCall(m_client.get(), request);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.errorCode(), code);
    }
}

void TestUserRoles::grantAndRevokeShowInTheListing()
{
    const DirectoryUser person = takePerson();
    const QString firmware = workspaceId(QStringLiteral("acme-firmware"));
    QVERIFY(!hasLine(rolesOf(person.accountId), firmware));
    const QJsonObject body{{QStringLiteral("role"), QStringLiteral("atlassian/admin")},
                           {QStringLiteral("resource"), firmware}};
    const RawAnswer granted = post(v1(person.accountId, QStringLiteral("roles/assign")), body);
    QCOMPARE(granted.status, 204);
    QVERIFY(granted.json.isNull()); // no body
    QVERIFY(
        hasLine(rolesOf(person.accountId), firmware + QStringLiteral(" atlassian/admin direct")));
    // Granting again changes nothing.
    QCOMPARE(post(v1(person.accountId, QStringLiteral("roles/assign")), body).status, 204);
    QCOMPARE(post(v1(person.accountId, QStringLiteral("roles/revoke")), body).status, 204);
    QVERIFY(!hasLine(rolesOf(person.accountId), firmware));
    // A seeded role held directly can be revoked too; one held through a group stays.
    const QStringList before = rolesOf(person.accountId);
    const QString viaGroup = before.first();
    const QStringList parts = viaGroup.split(u' ');
    QCOMPARE(
        post(v1(person.accountId, QStringLiteral("roles/revoke")),
             {{QStringLiteral("role"), parts.at(1)}, {QStringLiteral("resource"), parts.at(0)}})
            .status,
        204);
    const QStringList after = rolesOf(person.accountId);
    if (parts.at(2).contains(QLatin1String("group_direct")))
        QVERIFY(hasLine(after, parts.at(0) + u' ' + parts.at(1) + u' '));
    else
        QVERIFY(!hasLine(after, parts.at(0) + u' ' + parts.at(1) + u' '));
}

void TestUserRoles::licenceLimitIs409()
{
    // acme-labs has 3 seats and nobody seeded on it.
    const QString labs = workspaceId(QStringLiteral("acme-labs"));
    const QJsonObject user{{QStringLiteral("role"), QStringLiteral("atlassian/user")},
                           {QStringLiteral("resource"), labs}};
    QStringList seated;
    for (int i = 0; i < 3; ++i) {
        const DirectoryUser person = takePerson();
        QCOMPARE(post(v1(person.accountId, QStringLiteral("roles/assign")), user).status, 204);
        seated.append(person.accountId);
    }
    const DirectoryUser fourth = takePerson();
    const RawAnswer refused = post(v1(fourth.accountId, QStringLiteral("roles/assign")), user);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.errorCode(), QStringLiteral("ADMIN-409-3"));
    QCOMPARE(refused.error.kind(), ApiError::Kind::Conflict);
    QVERIFY(RoleService::refusalInWords(refused.error).contains(QLatin1String("licence")));
    // Someone seated already may get admin on top; freeing a seat lets the fourth in.
    QCOMPARE(post(v1(seated.first(), QStringLiteral("roles/assign")),
                  {{QStringLiteral("role"), QStringLiteral("atlassian/admin")},
                   {QStringLiteral("resource"), labs}})
                 .status,
             204);
    QCOMPARE(post(v1(seated.last(), QStringLiteral("roles/revoke")), user).status, 204);
    QCOMPARE(post(v1(fourth.accountId, QStringLiteral("roles/assign")), user).status, 204);
}

void TestUserRoles::orgAdminShowsAfterTheDelay()
{
    const DirectoryUser person = takePerson();
    const QString admin = m_orgResource + QStringLiteral(" atlassian/org-admin");
    QVERIFY(!hasLine(rolesOf(person.accountId), admin));
    // Wrong bodies first.
    QCOMPARE(post(v1(person.accountId, QStringLiteral("role-assignments/assign")),
                  {{QStringLiteral("role"), QStringLiteral("atlassian/admin")}})
                 .status,
             400);
    QCOMPARE(post(v1(QStringLiteral("5b10ac8d82e05b22cc7d0000"),
                     QStringLiteral("role-assignments/assign")),
                  {{QStringLiteral("role"), QStringLiteral("atlassian/org-admin")}})
                 .status,
             404);
    const RawAnswer granted =
        post(v1(person.accountId, QStringLiteral("role-assignments/assign")),
             {{QStringLiteral("role"), QStringLiteral("atlassian/org-admin")}});
    QCOMPARE(granted.status, 204);
    QVERIFY2(!hasLine(rolesOf(person.accountId), admin), "visible before the delay");
    m_server.sandbox()->advanceClock(kOrgAdminDelayMs / 1000 + 1);
    const QStringList lines = rolesOf(person.accountId);
    QVERIFY2(hasLine(lines, admin + QStringLiteral(" direct")), qPrintable(lines.join(u'\n')));
    // A platform role belongs to no directory.
    const RawAnswer platform =
        get(listPath(person.accountId) + QStringLiteral("?resourceOwners=platform"));
    QVERIFY(platform.object()[QLatin1String("data")][0][QLatin1String("directoryId")].isNull());
    QVERIFY(
        platform.object()[QLatin1String("data")][0][QLatin1String("userDirectoryStatus")].isNull());

    // The v1 roles route takes org-admin without a resource, and revoking shows late too.
    QCOMPARE(post(v1(person.accountId, QStringLiteral("roles/revoke")),
                  {{QStringLiteral("role"), QStringLiteral("atlassian/org-admin")}})
                 .status,
             204);
    QVERIFY(hasLine(rolesOf(person.accountId), admin));
    m_server.sandbox()->advanceClock(kOrgAdminDelayMs / 1000 + 1);
    QVERIFY(!hasLine(rolesOf(person.accountId), admin));
}

void TestUserRoles::serviceListsAndGrants()
{
    const DirectoryUser person =
        takePerson([](const DirectoryUser &u) { return u.productAccess.size() >= 2; });
    const RoleService service(m_client.get(), m_server.orgId());
    const QString archive = workspaceId(QStringLiteral("acme-archive"));
    bool done = false;
    ApiError error;
    service.assignRole(person.accountId, QStringLiteral("atlassian/guest"), archive, this,
                       [&](const ApiError &e) {
                           error = e;
                           done = true;
                       });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    QVERIFY2(!error.isError(), qPrintable(error.detailedMessage()));
    // The request the server received: the v1 path and {role, resource}.
    const auto received = m_server.sandbox()->receivedRequests();
    QVERIFY(received.last().path.endsWith(person.accountId + QStringLiteral("/roles/assign")));
    QCOMPARE(QJsonDocument::fromJson(received.last().body)
                 .object()[QLatin1String("resource")]
                 .toString(),
             archive);

    RoleAssignmentFilter filter;
    filter.limit = 1;
    std::unique_ptr<RoleAssignmentPager> pager(service.userRoles(person.accountId, {}, filter));
    QList<ResourceRoleAssignment> all;
    connect(pager.get(), &RoleAssignmentPager::assignmentsReceived, this,
            [&](const QList<ResourceRoleAssignment> &page, bool hasMore) {
                all += page;
                if (hasMore)
                    pager->fetchNext();
            });
    pager->fetchNext();
    QVERIFY(QTest::qWaitFor([&] { return !pager->hasMore() && !pager->isFetching(); }, 10000));
    QVERIFY(all.size() >= 3);
    const auto it = std::find_if(all.begin(), all.end(), [&](const ResourceRoleAssignment &a) {
        return a.resourceId == archive;
    });
    QVERIFY(it != all.end());
    QCOMPARE(it->roles.size(), 1);
    QCOMPARE(it->roles.first().role, QStringLiteral("atlassian/guest"));
    QVERIFY(it->roles.first().isDirect());
    QCOMPARE(it->resourceOwner, QStringLiteral("confluence"));
}

void TestUserRoles::detailPaneShowsRolesAndGrantsThroughTheDialog()
{
    const DirectoryUser person = takePerson([](const DirectoryUser &u) {
        return std::any_of(u.productAccess.begin(), u.productAccess.end(),
                           [](const auto &p) { return p.key == QLatin1String("confluence"); });
    });
    Connection connection(m_server.baseUrl(), m_server.orgId(), m_server.apiKey());
    UserDetailPane pane;
    pane.setConnection(&connection);
    pane.resize(520, 900);
    pane.show();
    PersonRolesView::setSettleDelay(400);
    pane.showUser(person);
    PersonRolesView *roles = pane.rolesView();
    QVERIFY(roles);
    // Workspace names, not ARIs, once both reads are in.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !roles->isLoading() && roles->rowTexts().join(u'\n').contains(
                                              QLatin1String("Confluence (acme-robotics)"));
        },
        10000));
    QVERIFY2(!roles->rowTexts().join(u'\n').contains(QLatin1String("ari:cloud")),
             qPrintable(roles->rowTexts().join(u'\n')));
    QVERIFY(roles->grantButton()->isEnabled());

    QString question;
    ConfirmDialog::setTestResponder([&](ConfirmDialog *confirm) {
        question = confirm->request().question;
        confirm->accept();
    });
    QTest::mouseClick(roles->grantButton(), Qt::LeftButton);
    auto *dialog = roles->findChild<GrantAccessDialog *>();
    QVERIFY(dialog);
    dialog->picker()->setSearchText(QStringLiteral("firmware"));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !dialog->picker()->isLoading() &&
                   !dialog->picker()->selectedWorkspaceId().isEmpty();
        },
        10000));
    QVERIFY(!dialog->setRole(QStringLiteral("atlassian/guest"))); // Bitbucket takes no guests
    QVERIFY(dialog->setRole(QStringLiteral("atlassian/admin")));
    PeopleFixture::shoot(dialog, QStringLiteral("grant-access.png"));
    dialog->accept();
    QVERIFY(QTest::qWaitFor(
        [&] {
            return roles->rowTexts().contains(
                QStringLiteral("Bitbucket (acme-firmware) \u00b7 Admin \u00b7 direct"));
        },
        10000));
    QVERIFY2(question.contains(QLatin1String("acme-firmware")), qPrintable(question));
    QVERIFY(roles->noteText().contains(QLatin1String("30 seconds")));
    QVERIFY(roles->statusText().startsWith(QLatin1String("Granted Admin on acme-firmware")));
    PeopleFixture::shoot(&pane, QStringLiteral("roles-after-grant.png"));
    // The read after the delay ends the note.
    QVERIFY(QTest::qWaitFor([&] { return roles->noteText().isEmpty(); }, 5000));

    // Revoke the role just granted: a confirmation, then it is gone.
    auto *list = roles->list();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(0).contains(QLatin1String("acme-firmware")))
            list->setCurrentItem(list->topLevelItem(i));
    }
    QVERIFY(roles->revokeButton()->isEnabled());
    QTest::mouseClick(roles->revokeButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor(
        [&] { return !roles->rowTexts().join(u'\n').contains(QLatin1String("acme-firmware")); },
        10000));
    QVERIFY2(question.startsWith(QLatin1String("Take the role Admin on Bitbucket (acme-firmware)")),
             qPrintable(question));

    // A refusal in words: the licence limit of acme-labs is reached by now.
    QVERIFY(QTest::qWaitFor([&] { return roles->findChildren<GrantAccessDialog *>().isEmpty(); },
                            5000));
    QTest::mouseClick(roles->grantButton(), Qt::LeftButton);
    dialog = roles->findChild<GrantAccessDialog *>();
    QVERIFY(dialog);
    dialog->picker()->setSearchText(QStringLiteral("acme-labs"));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !dialog->picker()->isLoading() &&
                   !dialog->picker()->selectedWorkspaceId().isEmpty();
        },
        10000));
    QVERIFY(dialog->setRole(QStringLiteral("atlassian/user")));
    dialog->accept();
    QVERIFY(QTest::qWaitFor([&] { return !dialog->problemText().isEmpty(); }, 10000));
    QVERIFY2(dialog->problemText().contains(QLatin1String("licence")),
             qPrintable(dialog->problemText()));
    PeopleFixture::shoot(dialog, QStringLiteral("grant-refused.png"));
    dialog->reject();
    PersonRolesView::setSettleDelay(30000);
}

void TestUserRoles::detailPaneMakesAnOrgAdminAfterATypedWord()
{
    const DirectoryUser person = takePerson();
    Connection connection(m_server.baseUrl(), m_server.orgId(), m_server.apiKey());
    UserDetailPane pane;
    pane.setConnection(&connection);
    pane.show();
    // The re-read comes after the sandbox's delay: the new admin shows then, not before.
    PersonRolesView::setSettleDelay(kOrgAdminDelayMs + 500);
    pane.showUser(person);
    PersonRolesView *roles = pane.rolesView();
    QVERIFY(QTest::qWaitFor([&] { return !roles->isLoading() && roles->rowCount() > 0; }, 10000));
    QVERIFY(roles->makeOrgAdminButton()->isEnabled());
    QVERIFY(!roles->removeOrgAdminButton()->isEnabled());

    QString required;
    bool couldConfirmEarly = true;
    ConfirmDialog::setTestResponder([&](ConfirmDialog *confirm) {
        required = confirm->requiredText();
        couldConfirmEarly = confirm->canConfirm();
        confirm->setTypedText(required);
        confirm->accept();
    });
    QTest::mouseClick(roles->makeOrgAdminButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !required.isEmpty(); }, 5000));
    QCOMPARE(required, QStringLiteral("admin"));
    QVERIFY(!couldConfirmEarly);
    QVERIFY(QTest::qWaitFor([&] { return !roles->noteText().isEmpty(); }, 5000));
    QVERIFY(QTest::qWaitFor([&] { return !roles->isLoading(); }, 5000));
    QVERIFY2(!roles->isOrgAdmin(), "shown before the sandbox's delay");
    QVERIFY(QTest::qWaitFor([&] { return roles->isOrgAdmin(); }, 10000));
    QVERIFY(roles->rowTexts().contains(
        QStringLiteral("Organization \u00b7 Organization admin \u00b7 direct")));
    QVERIFY(QTest::qWaitFor([&] { return roles->noteText().isEmpty(); }, 5000));
    QVERIFY(roles->removeOrgAdminButton()->isEnabled());
    QVERIFY(!roles->makeOrgAdminButton()->isEnabled());
    // Declining changes nothing: no request is sent.
    bool declined = false;
    ConfirmDialog::setTestResponder([&declined](ConfirmDialog *confirm) {
        confirm->reject();
        declined = true;
    });
    m_server.sandbox()->clearReceivedRequests();
    QTest::mouseClick(roles->removeOrgAdminButton(), Qt::LeftButton);
    QTRY_VERIFY(declined);
    QVERIFY(settle(connection.client(), m_server.orgId()));
    for (const auto &request : m_server.sandbox()->receivedRequests())
        QVERIFY(!request.path.contains(QLatin1String("role-assignments/revoke")));
    PersonRolesView::setSettleDelay(30000);
}

QTEST_MAIN(TestUserRoles)
#include "tst_userroles.moc"
