// Workspaces (CATALOG §1.8) against the sandbox over loopback HTTP: the P4 paging rules (body
// cursor alone, links as URLs, meta), the query operators, the service's pager and the picker.

#include "ApiClient.h"
#include "Connection.h"
#include "RawCall.h"
#include "SandboxServer.h"
#include "TestServer.h"
#include "WorkspacePicker.h"
#include "WorkspaceService.h"

#include <QJsonArray>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QUrlQuery>

#include <memory>

class TestWorkspaces : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void firstPageHasLinksAndMeta();
    void cursorWalksEveryPage();
    void cursorMustComeAlone();
    void badRequests_data();
    void badRequests();
    void unknownOrgIs404();
    void queries_data();
    void queries();
    void sortDescending();
    void pagerSendsOnlyTheCursor();
    void pickerFindsAWorkspaceByTyping();
    void pickerSaysWhenNothingMatches();

private:
    RawAnswer search(const QJsonObject &body)
    {
        return rawCall(m_client.get(), ApiRequest::post(path(), body, true));
    }
    QString path() const
    {
        return QStringLiteral("/admin/v2/orgs/%1/workspaces").arg(m_server.orgId());
    }
    static QStringList names(const RawAnswer &answer)
    {
        QStringList list;
        for (const QJsonValue &w : answer.object().value(QLatin1String("data")).toArray())
            list.append(w[QLatin1String("attributes")][QLatin1String("name")].toString());
        return list;
    }
    static QStringList ids(const RawAnswer &answer)
    {
        QStringList list;
        for (const QJsonValue &w : answer.object().value(QLatin1String("data")).toArray())
            list.append(w[QLatin1String("id")].toString());
        return list;
    }
    static QString nextCursor(const RawAnswer &answer)
    {
        const QString next =
            answer.object()[QLatin1String("links")][QLatin1String("next")].toString();
        return QUrlQuery(QUrl(next).query())
            .queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
    }

    TestServer m_server;
    std::unique_ptr<ApiClient> m_client;
    int m_total = 0;
};

void TestWorkspaces::initTestCase()
{
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 200, 3}));
    if (m_server.isExternal())
        QSKIP("Checks the seeded workspaces and the sandbox's paging: sandbox only.");
    m_client = std::make_unique<ApiClient>(m_server.baseUrl());
    m_client->setApiKey(m_server.apiKey());
    const RawAnswer all = search({{QStringLiteral("limit"), 1000}});
    QCOMPARE(all.status, 200);
    m_total = all.object()[QLatin1String("meta")][QLatin1String("total")].toInt();
    QVERIFY2(m_total >= 10, qPrintable(QString::number(m_total)));
    QCOMPARE(names(all).size(), m_total);
}

void TestWorkspaces::init()
{
    if (m_server.sandbox())
        m_server.sandbox()->clearReceivedRequests();
}

void TestWorkspaces::firstPageHasLinksAndMeta()
{
    const RawAnswer page = search({{QStringLiteral("limit"), 3}});
    QCOMPARE(page.status, 200);
    QCOMPARE(names(page).size(), 3);
    const QJsonObject meta = page.object()[QLatin1String("meta")].toObject();
    QCOMPARE(meta[QLatin1String("pageSize")].toInt(), 3);
    QCOMPARE(meta[QLatin1String("startIndex")].toInt(), 0);
    QCOMPARE(meta[QLatin1String("endIndex")].toInt(), 2);
    QCOMPARE(meta[QLatin1String("total")].toInt(), m_total);
    const QJsonObject links = page.object()[QLatin1String("links")].toObject();
    QVERIFY(links[QLatin1String("self")].toString().startsWith(m_server.baseUrl().toString()));
    QVERIFY(links[QLatin1String("next")].toString().contains(path()));
    QVERIFY(!links.contains(QLatin1String("prev")));
    // Every workspace carries its ARI as id and the attributes the catalog names.
    const QJsonObject first = page.object()[QLatin1String("data")][0].toObject();
    QVERIFY(first[QLatin1String("id")].toString().startsWith(QLatin1String("ari:cloud:")));
    for (const char *key : {"name", "typeKey", "type", "status", "hostUrl", "sandbox"})
        QVERIFY2(first[QLatin1String("attributes")].toObject().contains(QLatin1String(key)), key);
    // The default page size is 20.
    QCOMPARE(search({}).object()[QLatin1String("meta")][QLatin1String("pageSize")].toInt(), 20);
}

void TestWorkspaces::cursorWalksEveryPage()
{
    QStringList seen, seenIds;
    RawAnswer page = search({{QStringLiteral("limit"), 4}});
    seen += names(page);
    seenIds += ids(page);
    int pages = 1;
    while (!nextCursor(page).isEmpty()) {
        page = search({{QStringLiteral("cursor"), nextCursor(page)}});
        QCOMPARE(page.status, 200);
        QVERIFY(page.object()[QLatin1String("links")].toObject().contains(QLatin1String("prev")));
        seen += names(page);
        seenIds += ids(page);
        ++pages;
    }
    QCOMPARE(pages, (m_total + 3) / 4);
    QCOMPARE(seen.size(), m_total);
    QCOMPARE(QSet<QString>(seenIds.begin(), seenIds.end()).size(), m_total);
    QVERIFY(std::is_sorted(seen.begin(), seen.end(), [](const QString &a, const QString &b) {
        return QString::compare(a, b, Qt::CaseInsensitive) < 0;
    }));
}

void TestWorkspaces::cursorMustComeAlone()
{
    const QString cursor = nextCursor(search({{QStringLiteral("limit"), 2}}));
    QVERIFY(!cursor.isEmpty());
    const RawAnswer mixed =
        search({{QStringLiteral("cursor"), cursor}, {QStringLiteral("limit"), 5}});
    QCOMPARE(mixed.status, 400);
    QCOMPARE(mixed.errorCode(), QStringLiteral("ADMIN-400-24"));
    QCOMPARE(mixed.error.kind(), ApiError::Kind::BadRequest);
    QCOMPARE(mixed.error.serverCode(), QStringLiteral("ADMIN-400-24"));
    QCOMPARE(search({{QStringLiteral("cursor"), cursor}}).status, 200);
}

void TestWorkspaces::badRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("limit 0") << QByteArray(R"({"limit": 0})") << "ADMIN-400-24";
    QTest::newRow("limit 1001") << QByteArray(R"({"limit": 1001})") << "ADMIN-400-24";
    QTest::newRow("limit text") << QByteArray(R"({"limit": "5"})") << "ADMIN-400-24";
    QTest::newRow("garbage cursor") << QByteArray(R"({"cursor": "garbage"})") << "ADMIN-400-1";
    QTest::newRow("unknown operator")
        << QByteArray(R"({"query": {"like": "x"}})") << "ADMIN-400-24";
    QTest::newRow("unknown field")
        << QByteArray(R"({"query": {"field": {"name": "colour", "values": ["red"]}}})")
        << "ADMIN-400-24";
    QTest::newRow("unknown sort") << QByteArray(
                                         R"({"sort": [{"field": "colour", "order": "asc"}]})")
                                  << "ADMIN-400-24";
    QTest::newRow("unknown property") << QByteArray(R"({"page": 2})") << "ADMIN-400-24";
    QTest::newRow("not an object") << QByteArray("[1]") << "ADMIN-400-24";
}

void TestWorkspaces::badRequests()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    ApiRequest request = ApiRequest::post(path(), true);
    request.body = body;
    request.hasBody = true;
    const RawAnswer answer = rawCall(m_client.get(), request);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), code);
}

void TestWorkspaces::unknownOrgIs404()
{
    const RawAnswer answer = rawCall(
        m_client.get(),
        ApiRequest::post(
            QStringLiteral("/admin/v2/orgs/00000000-0000-4000-8000-000000000000/workspaces"),
            QJsonObject(), true));
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.errorCode(), QStringLiteral("ADMIN-404-2"));
}

void TestWorkspaces::queries_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("name part") << QByteArray(R"({"searchWorkspaces": "LABS"})")
                               << QStringList{QStringLiteral("acme-labs")};
    QTest::newRow("url part") << QByteArray(R"({"searchWorkspaces": "bitbucket.org"})")
                              << QStringList{QStringLiteral("acme-firmware"),
                                             QStringLiteral("acme-robotics")};
    QTest::newRow("value form") << QByteArray(R"({"searchWorkspaces": "", "value": "archive"})")
                                << QStringList{QStringLiteral("acme-archive")};
    QTest::newRow("typeKey")
        << QByteArray(R"({"field": {"name": "typeKey", "values": ["jira-software"]}})")
        << QStringList{QStringLiteral("acme-labs"), QStringLiteral("acme-robotics"),
                       QStringLiteral("acme-robotics-sandbox")};
    QTest::newRow("offline")
        << QByteArray(R"({"field": {"name": "attributes.status", "values": ["offline"]}})")
        << QStringList{QStringLiteral("acme-archive")};
    QTest::newRow("and")
        << QByteArray(
               R"({"and": [{"field": {"name": "typeKey", "values": ["jira-software"]}}, {"searchWorkspaces": "sandbox"}]})")
        << QStringList{QStringLiteral("acme-robotics-sandbox")};
    QTest::newRow("nor")
        << QByteArray(
               R"({"nor": [{"field": {"name": "type", "values": ["jira", "confluence", "bitbucket"]}}]})")
        << QStringList{QStringLiteral("Acme Robotics"), QStringLiteral("acme-robotics"),
                       QStringLiteral("acmerobotics")};
    QTest::newRow("nothing") << QByteArray(R"({"searchWorkspaces": "no-such-place"})")
                             << QStringList();
}

void TestWorkspaces::queries()
{
    QFETCH(QByteArray, query);
    QFETCH(QStringList, expected);
    const QJsonObject body{{QStringLiteral("query"), QJsonDocument::fromJson(query).object()},
                           {QStringLiteral("limit"), 100}};
    const RawAnswer answer = search(body);
    QCOMPARE(answer.status, 200);
    QCOMPARE(names(answer), expected);
    QCOMPARE(answer.object()[QLatin1String("meta")][QLatin1String("total")].toInt(),
             expected.size());
}

void TestWorkspaces::sortDescending()
{
    const RawAnswer answer =
        search({{QStringLiteral("limit"), 100},
                {QStringLiteral("sort"),
                 QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("name")},
                                        {QStringLiteral("order"), QStringLiteral("desc")}}}}});
    const QStringList list = names(answer);
    QCOMPARE(list.size(), m_total);
    QCOMPARE(list.first(), QStringLiteral("acmerobotics"));
    QCOMPARE(list.last(), QStringLiteral("Acme Robotics"));
}

void TestWorkspaces::pagerSendsOnlyTheCursor()
{
    const WorkspaceService service(m_client.get(), m_server.orgId());
    std::unique_ptr<WorkspacePager> pager(service.search(QStringLiteral("acme"), 3));
    QList<Workspace> all;
    connect(pager.get(), &WorkspacePager::workspacesReceived, this,
            [&](const QList<Workspace> &page, bool hasMore) {
                all += page;
                if (hasMore)
                    pager->fetchNext();
            });
    pager->fetchNext();
    QVERIFY(QTest::qWaitFor([&] { return !pager->hasMore() && !pager->isFetching(); }, 20000));
    QCOMPARE(all.size(), m_total); // every seeded workspace has "acme" in its name or URL
    QCOMPARE(pager->total(), m_total);
    QVERIFY(all.first().id.startsWith(QLatin1String("ari:cloud:")));
    if (!m_server.sandbox())
        return;
    const auto requests = m_server.sandbox()->receivedRequests();
    QCOMPARE(requests.size(), (m_total + 2) / 3);
    const QJsonObject first = QJsonDocument::fromJson(requests.first().body).object();
    QCOMPARE(first[QLatin1String("query")][QLatin1String("searchWorkspaces")].toString(),
             QStringLiteral("acme"));
    const QJsonObject second = QJsonDocument::fromJson(requests.at(1).body).object();
    QCOMPARE(second.keys(), QStringList{QStringLiteral("cursor")});
}

void TestWorkspaces::pickerFindsAWorkspaceByTyping()
{
    Connection connection(m_server.baseUrl(), m_server.orgId(), m_server.apiKey());
    WorkspacePicker picker(&connection);
    picker.show();
    QVERIFY(
        QTest::qWaitFor([&] { return !picker.isLoading() && picker.workspaceCount() > 0; }, 20000));
    QCOMPARE(picker.workspaceCount(), m_total);
    QVERIFY(picker.selectedWorkspaceId().isEmpty());

    QSignalSpy selection(&picker, &WorkspacePicker::selectionChanged);
    auto *field = picker.findChild<QLineEdit *>(QStringLiteral("workspaceSearch"));
    QVERIFY(field);
    QTest::keyClicks(field, QStringLiteral("archi"));
    QVERIFY(QTest::qWaitFor([&] { return !picker.isLoading() && picker.workspaceCount() == 1; },
                            20000));
    // The one match is selected: its ARI and name.
    QCOMPARE(picker.selectedWorkspaceName(), QStringLiteral("acme-archive"));
    QVERIFY(picker.selectedWorkspaceId().startsWith(QLatin1String("ari:cloud:confluence::site/")));
    QVERIFY(selection.count() >= 1);
    auto *list = picker.findChild<QTreeWidget *>(QStringLiteral("workspaceList"));
    QVERIFY(list);
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Confluence"));
    QVERIFY(list->topLevelItem(0)->text(0).contains(QLatin1String("offline")));
    // Typing is asked of the server once it pauses, not once per key.
    if (m_server.sandbox()) {
        int searches = 0;
        for (const auto &request : m_server.sandbox()->receivedRequests())
            searches += request.path.endsWith(QLatin1String("/workspaces"));
        QVERIFY2(searches <= 3, qPrintable(QString::number(searches)));
    }
}

void TestWorkspaces::pickerSaysWhenNothingMatches()
{
    Connection connection(m_server.baseUrl(), m_server.orgId(), m_server.apiKey());
    WorkspacePicker picker(&connection);
    picker.setSearchText(QStringLiteral("zzz-nowhere"));
    QVERIFY(QTest::qWaitFor([&] { return !picker.isLoading(); }, 20000));
    QCOMPARE(picker.workspaceCount(), 0);
    QVERIFY2(picker.statusText().contains(QLatin1String("zzz-nowhere")),
             qPrintable(picker.statusText()));
    // A lost server is said in words.
    if (!m_server.sandbox())
        return;
    sandbox::FaultRule rule;
    rule.pathPattern = QRegularExpression(QStringLiteral("/workspaces$"));
    rule.kind = sandbox::FaultRule::Status;
    rule.status = 403;
    m_server.sandbox()->addFault(rule);
    picker.setSearchText(QStringLiteral("acme"));
    QVERIFY(QTest::qWaitFor([&] { return !picker.isLoading(); }, 20000));
    m_server.sandbox()->clearFaults();
    QVERIFY2(picker.statusText().startsWith(QLatin1String("Could not list the workspaces")),
             qPrintable(picker.statusText()));
}

QTEST_MAIN(TestWorkspaces)
#include "tst_workspaces.moc"
