#include "SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using sandbox::SandboxOptions;
using sandbox::SandboxServer;

// The sandbox's seeded org through its routes, over real loopback HTTP with a plain
// QNetworkAccessManager: paging, every search filter, the fixed cast, determinism.
class TestSandboxData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void searchPagesThroughEveryoneOnce();
    void getListPagesWithCursorOnly();
    void filtersAgreeWithCountAndData_data();
    void filtersAgreeWithCountAndData();
    void emailsMatchExactly();
    void searchTermMatchesNameOrEmail();
    void cursorWithResentFiltersKeepsFiltering();
    void directoryScopeAndDirectoriesList();
    void sortByNicknameBothWays();
    void expandAddsFields();
    void fixedCastIsThereWhateverTheSeed();
    void detailsAndLastActiveDates();
    void managedAccountsListIsP1();
    void statsCountRolesAndAccountStatuses();
    void sameSeedSameOrgOtherSeedOtherOrg();

private:
    struct Answer
    {
        int status = 0;
        QJsonObject json;
        QJsonArray data() const { return json.value(u"data").toArray(); }
        QString next() const { return json.value(u"links").toObject().value(u"next").toString(); }
    };
    static Answer send(QNetworkAccessManager &network, const SandboxServer &server,
                       const QByteArray &verb, const QString &pathAndQuery,
                       const QJsonObject &body = {});
    Answer get(const QString &pathAndQuery)
    {
        return send(m_network, *m_server, "GET", pathAndQuery);
    }
    Answer search(const QJsonObject &body)
    {
        return send(m_network, *m_server, "POST", usersPath() + u"/search"_qs, body);
    }
    int count(const QString &query)
    {
        return get(usersPath() + u"/count?"_qs + query).json.value(u"count").toInt(-1);
    }
    QString usersPath(const QString &directory = u"-"_qs) const
    {
        return u"/admin/v2/orgs/%1/directories/%2/users"_qs.arg(m_server->orgId(), directory);
    }
    // Every user the search finds, following links.next.
    QJsonArray searchAll(QJsonObject body);
    QJsonObject findByEmail(const QString &email, const QJsonArray &expand = {});

    static constexpr int kUsers = 300;
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
};

TestSandboxData::Answer TestSandboxData::send(QNetworkAccessManager &network,
                                              const SandboxServer &server, const QByteArray &verb,
                                              const QString &pathAndQuery, const QJsonObject &body)
{
    QNetworkRequest request(server.baseUrl().resolved(QUrl(pathAndQuery)));
    request.setRawHeader("Authorization", "Bearer " + server.apiKey().toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray payload =
        verb == "POST" ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray();
    QNetworkReply *reply = network.sendCustomRequest(request, verb, payload);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

QJsonArray TestSandboxData::searchAll(QJsonObject body)
{
    QJsonArray all;
    for (int page = 0; page < 100; ++page) {
        const Answer answer = search(body);
        if (answer.status != 200) {
            qWarning("search answered %d", answer.status);
            return {};
        }
        for (const QJsonValue &user : answer.data())
            all.append(user);
        if (answer.next().isEmpty())
            return all;
        body.insert(u"cursor"_qs, answer.next());
    }
    qWarning("search never ended");
    return {};
}

QJsonObject TestSandboxData::findByEmail(const QString &email, const QJsonArray &expand)
{
    QJsonObject body{{u"emails"_qs, QJsonArray{email}}};
    if (!expand.isEmpty())
        body.insert(u"expand"_qs, expand);
    return search(body).data().first().toObject();
}

void TestSandboxData::initTestCase()
{
    m_server = std::make_unique<SandboxServer>(SandboxOptions{0, kUsers, 1});
    QVERIFY(m_server->start());
}

void TestSandboxData::searchPagesThroughEveryoneOnce()
{
    const Answer first = search({{u"limit"_qs, 100}});
    QCOMPARE(first.status, 200);
    QCOMPARE(first.data().size(), 100);
    QVERIFY(!first.next().isEmpty());
    QVERIFY(!first.json.value(u"links").toObject().contains(u"prev"));

    const QJsonArray all = searchAll({{u"limit"_qs, 100}});
    QCOMPARE(all.size(), kUsers);
    QSet<QString> ids;
    QStringList names;
    for (const QJsonValue &user : all) {
        ids.insert(user[u"accountId"].toString());
        names.append(user[u"name"].toString());
    }
    QCOMPARE(ids.size(), kUsers);
    QCOMPARE(count(QString()), kUsers);
    // The default order is by name (accents and case aside, so compare loosely).
    QVERIFY(names.first().toLower() <= names.last().toLower());

    QCOMPARE(search({}).data().size(), 50); // default page size of the search
}

void TestSandboxData::getListPagesWithCursorOnly()
{
    Answer page = get(usersPath() + u"?status=suspended&status=deactivated&limit=7"_qs);
    QCOMPARE(page.status, 200);
    int seen = 0;
    while (true) {
        for (const QJsonValue &user : page.data()) {
            const QString status = user[u"status"].toString();
            QVERIFY2(status == u"suspended" || status == u"deactivated", qPrintable(status));
            ++seen;
        }
        if (page.next().isEmpty())
            break;
        QVERIFY(page.data().size() == 7);
        // The GET form: a cursor alone carries the query.
        page = get(usersPath() + u"?cursor="_qs + page.next());
        QCOMPARE(page.status, 200);
    }
    QCOMPARE(seen, count(u"status=suspended&status=deactivated"_qs));
    QCOMPARE(get(usersPath()).data().size(), 20); // default page size of the GET list
}

void TestSandboxData::filtersAgreeWithCountAndData_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("countQuery");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("expected");
    QTest::newRow("status") << QJsonObject{{u"status"_qs, QJsonArray{u"suspended"_qs}}}
                            << u"status=suspended"_qs << u"status"_qs
                            << QJsonValue(u"suspended"_qs);
    QTest::newRow("mfa off") << QJsonObject{{u"mfaEnabled"_qs, false}} << u"mfaEnabled=false"_qs
                             << u"mfaEnabled"_qs << QJsonValue(false);
    QTest::newRow("unmanaged") << QJsonObject{{u"claimStatus"_qs, u"unmanaged"_qs}}
                               << u"claimStatus=unmanaged"_qs << u"claimStatus"_qs
                               << QJsonValue(u"unmanaged"_qs);
    QTest::newRow("inactive") << QJsonObject{{u"accountStatus"_qs, QJsonArray{u"inactive"_qs}}}
                              << u"accountStatus=inactive"_qs << u"accountStatus"_qs
                              << QJsonValue(u"inactive"_qs);
    QTest::newRow("no membership")
        << QJsonObject{{u"membershipStatus"_qs, QJsonArray{u"no_membership"_qs}}}
        << u"membershipStatus=no_membership"_qs << u"status"_qs << QJsonValue(u"not_invited"_qs);
}

void TestSandboxData::filtersAgreeWithCountAndData()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, countQuery);
    QFETCH(QString, field);
    QFETCH(QJsonValue, expected);
    body.insert(u"limit"_qs, 100);
    const QJsonArray users = searchAll(body);
    QVERIFY(!users.isEmpty());
    QVERIFY(users.size() < kUsers);
    for (const QJsonValue &user : users)
        QCOMPARE(user[field], expected);
    QCOMPARE(count(countQuery), users.size());
}

void TestSandboxData::emailsMatchExactly()
{
    const Answer answer = search({{u"emails"_qs, QJsonArray{u"AIKO.TANAKA@acme-robotics.com"_qs,
                                                            u"nobody@acme-robotics.com"_qs}}});
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.data().size(), 1);
    QCOMPARE(answer.data().first()[u"name"].toString(), u"Aiko Tanaka"_qs);
    QCOMPARE(search({{u"emails"_qs, QJsonArray{u"aiko.tanaka@acme-robotics"_qs}}}).data().size(),
             0);

    const QJsonArray labs =
        searchAll({{u"emailDomains"_qs, QJsonArray{u"acmelabs.io"_qs}}, {u"limit"_qs, 100}});
    QVERIFY(!labs.isEmpty());
    for (const QJsonValue &user : labs) {
        QVERIFY(user[u"email"].toString().endsWith(u"@acmelabs.io"));
        QCOMPARE(user[u"managementSource"].toString(), u"synced"_qs);
    }
}

void TestSandboxData::searchTermMatchesNameOrEmail()
{
    const QJsonArray found = searchAll({{u"searchTerm"_qs, u"TANAKA"_qs}, {u"limit"_qs, 100}});
    QVERIFY(!found.isEmpty());
    for (const QJsonValue &user : found) {
        const QString text =
            user[u"name"].toString() + user[u"email"].toString() + user[u"nickname"].toString();
        QVERIFY2(text.contains(u"tanaka", Qt::CaseInsensitive), qPrintable(text));
    }
    QCOMPARE(count(u"searchTerm=tanaka"_qs), found.size());
    QCOMPARE(search({{u"searchTerm"_qs, u"zzzz-nobody"_qs}}).data().size(), 0);
}

void TestSandboxData::cursorWithResentFiltersKeepsFiltering()
{
    const QJsonObject filters{{u"status"_qs, QJsonArray{u"active"_qs}}, {u"limit"_qs, 25}};
    const Answer first = search(filters);
    QJsonObject again = filters;
    again.insert(u"cursor"_qs, first.next());
    const Answer second = search(again);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.data().size(), 25);
    for (const QJsonValue &user : second.data())
        QCOMPARE(user[u"status"].toString(), u"active"_qs);
    QVERIFY(first.data().first()[u"accountId"] != second.data().first()[u"accountId"]);
    const QString prev = second.json.value(u"links").toObject().value(u"prev").toString();
    again.insert(u"cursor"_qs, prev);
    QCOMPARE(search(again).data(), first.data());
}

void TestSandboxData::directoryScopeAndDirectoriesList()
{
    const Answer directories = get(u"/admin/v2/orgs/%1/directories"_qs.arg(m_server->orgId()));
    QCOMPARE(directories.status, 200);
    QCOMPARE(directories.data().size(), 3);
    QStringList names;
    int total = 0;
    for (const QJsonValue &directory : directories.data()) {
        names.append(directory[u"name"].toString());
        total += get(usersPath(directory[u"directoryId"].toString()) + u"/count"_qs)
                     .json.value(u"count")
                     .toInt();
    }
    QCOMPARE(names, QStringList({u"Acme Robotics"_qs, u"Contractors"_qs, u"Acme Labs (Okta)"_qs}));
    // "-" also counts accounts in no directory (not invited).
    QCOMPARE(total + count(u"status=not_invited"_qs), kUsers);

    const Answer paged = get(u"/admin/v2/orgs/%1/directories?limit=2"_qs.arg(m_server->orgId()));
    QCOMPARE(paged.data().size(), 2);
    const Answer rest =
        get(u"/admin/v2/orgs/%1/directories?cursor=%2"_qs.arg(m_server->orgId(), paged.next()));
    QCOMPARE(rest.data().size(), 1);
    QCOMPARE(rest.data().first()[u"name"].toString(), u"Acme Labs (Okta)"_qs);
    const Answer searched =
        get(u"/admin/v2/orgs/%1/directories?searchTerm=okta"_qs.arg(m_server->orgId()));
    QCOMPARE(searched.data().size(), 1);
}

void TestSandboxData::sortByNicknameBothWays()
{
    auto nicknames = [this](const char *direction) {
        QStringList list;
        const QJsonObject sort{{u"field"_qs, u"nick_name"_qs},
                               {u"direction"_qs, QLatin1String(direction)}};
        for (const QJsonValue &user :
             searchAll({{u"sortBy"_qs, QJsonArray{sort}}, {u"limit"_qs, 100}}))
            list.append(user[u"nickname"].toString());
        return list;
    };
    const QStringList ascending = nicknames("asc");
    QStringList descending = nicknames("desc");
    QCOMPARE(ascending.size(), kUsers);
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(descending, ascending);
    QVERIFY(ascending.first().toLower() <= ascending.last().toLower());
}

void TestSandboxData::expandAddsFields()
{
    const QJsonObject plain = findByEmail(u"aiko.tanaka@acme-robotics.com"_qs);
    for (const char *key : {"platformRoles", "counts", "productAccess", "groups"})
        QVERIFY2(!plain.contains(QLatin1String(key)), key);
    const QJsonObject full = findByEmail(
        u"aiko.tanaka@acme-robotics.com"_qs,
        {u"platformRoles"_qs, u"counts.resources"_qs, u"productAccess"_qs, u"groups"_qs});
    QVERIFY(full[u"platformRoles"].toArray().contains(u"atlassian/org-admin"_qs));
    QVERIFY(full[u"counts"][u"resources"].toInt() > 0);
    QCOMPARE(full[u"productAccess"].toArray().size(), full[u"counts"][u"resources"].toInt());
    QVERIFY(full[u"productAccess"][0][u"id"].toString().startsWith(u"ari:cloud:"));
    QStringList groups;
    for (const QJsonValue &group : full[u"groups"].toArray())
        groups.append(group[u"name"].toString());
    QVERIFY2(groups.contains(u"org-admins"_qs), qPrintable(groups.join(u',')));
}

void TestSandboxData::fixedCastIsThereWhateverTheSeed()
{
    const QJsonObject maria = findByEmail(u"maria.garcia@acme-robotics.com"_qs);
    QCOMPARE(maria[u"name"].toString(), u"María García"_qs);
    QCOMPARE(maria[u"status"].toString(), u"deactivated"_qs);
    QCOMPARE(maria[u"accountStatus"].toString(), u"inactive"_qs);
    const QJsonObject lars = findByEmail(u"lars.johansson@freelance-mail.net"_qs);
    QCOMPARE(lars[u"claimStatus"].toString(), u"unmanaged"_qs);
    QVERIFY(lars[u"managementSource"].isNull());
    QCOMPARE(lars[u"jobTitle"].toString(), u"Contract Software Engineer"_qs);
    const QJsonObject an = findByEmail(u"an.nguyen@acme-robotics.com"_qs, {u"productAccess"_qs});
    QCOMPARE(an[u"name"].toString(), u"Nguyễn Văn An"_qs);
    for (const QJsonValue &access : an[u"productAccess"].toArray())
        QVERIFY(!access.toObject().contains(u"lastActiveTimestamp")); // never active
    const QJsonObject mateus = findByEmail(u"mateus.oliveira@acme-robotics.com"_qs);
    QCOMPARE(mateus[u"status"].toString(), u"not_invited"_qs);
    QCOMPARE(mateus[u"membershipStatus"].toString(), u"no_membership"_qs);
}

void TestSandboxData::detailsAndLastActiveDates()
{
    const QJsonObject maria = findByEmail(u"maria.garcia@acme-robotics.com"_qs);
    const QString id = maria[u"accountId"].toString();
    const Answer details = get(usersPath() + u"/"_qs + id);
    QCOMPARE(details.status, 200);
    const QJsonObject data = details.json.value(u"data").toObject();
    QCOMPARE(data[u"accountId"].toString(), id);
    QVERIFY(QDateTime::fromString(data[u"deactivatedOn"].toString(), Qt::ISODateWithMs).isValid());
    QVERIFY(!data.contains(u"links"));

    const QJsonObject aiko = findByEmail(u"aiko.tanaka@acme-robotics.com"_qs);
    const Answer activity = get(u"/admin/v1/orgs/%1/directory/users/%2/last-active-dates"_qs.arg(
        m_server->orgId(), aiko[u"accountId"].toString()));
    QCOMPARE(activity.status, 200);
    const QJsonObject model = activity.json.value(u"data").toObject();
    QVERIFY(!model[u"product_access"].toArray().isEmpty());
    const QJsonObject product = model[u"product_access"][0].toObject();
    QVERIFY(product[u"id"].toString().startsWith(u"ari:cloud:"));
    QVERIFY(QDate::fromString(product[u"last_active"].toString(), Qt::ISODate).isValid());
    QVERIFY(QDate::fromString(model[u"added_to_org"].toString(), Qt::ISODate).isValid());
}

void TestSandboxData::managedAccountsListIsP1()
{
    Answer page = get(u"/admin/v1/orgs/%1/users"_qs.arg(m_server->orgId()));
    QCOMPARE(page.status, 200);
    const int total = page.json.value(u"meta").toObject().value(u"total").toInt();
    QVERIFY(total > 0 && total < kUsers);
    QCOMPARE(total, count(u"claimStatus=managed"_qs));
    int seen = 0;
    while (true) {
        seen += int(page.data().size());
        const QString next = page.next();
        if (next.isEmpty())
            break;
        QVERIFY2(next.startsWith(m_server->baseUrl().toString()), qPrintable(next));
        page = get(QUrl(next).path() + u"?"_qs + QUrl(next).query());
    }
    QCOMPARE(seen, total);
}

void TestSandboxData::statsCountRolesAndAccountStatuses()
{
    const Answer stats = get(usersPath() + u"/stats"_qs);
    QCOMPARE(stats.status, 200);
    int accounts = 0;
    for (const QJsonValue &entry : stats.json.value(u"accountStatus").toArray())
        accounts += entry[u"count"].toInt();
    QCOMPARE(accounts, kUsers);
    bool orgAdmins = false;
    for (const QJsonValue &entry : stats.json.value(u"roles").toArray())
        orgAdmins |=
            entry[u"roleId"].toString() == u"atlassian/org-admin" && entry[u"count"].toInt() > 0;
    QVERIFY(orgAdmins);
}

void TestSandboxData::sameSeedSameOrgOtherSeedOtherOrg()
{
    auto firstPage = [this](quint32 seed) {
        SandboxServer server(SandboxOptions{0, 120, seed});
        if (!server.start())
            return QJsonArray();
        QJsonArray users =
            send(m_network, server, "POST",
                 u"/admin/v2/orgs/%1/directories/-/users/search"_qs.arg(server.orgId()),
                 {{u"limit"_qs, 100}})
                .json.value(u"data")
                .toArray();
        for (auto it = users.begin(); it != users.end(); ++it) {
            QJsonObject user = it->toObject();
            user.remove(u"picture"_qs); // these carry the server's port
            user.remove(u"avatar"_qs);
            *it = user;
        }
        return users;
    };
    const QJsonArray a = firstPage(42);
    QCOMPARE(a.size(), 100);
    QCOMPARE(firstPage(42), a);
    QVERIFY(firstPage(43) != a);
    QCOMPARE(SandboxServer(SandboxOptions{0, 10, 42}).orgId(),
             SandboxServer(SandboxOptions{0, 10, 42}).orgId());
    QVERIFY(SandboxServer(SandboxOptions{0, 10, 42}).apiKey() !=
            SandboxServer(SandboxOptions{0, 10, 43}).apiKey());
}

QTEST_GUILESS_MAIN(TestSandboxData)
#include "tst_sandboxdata.moc"
