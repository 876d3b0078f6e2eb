#include "SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using sandbox::FaultRule;
using sandbox::SandboxOptions;
using sandbox::SandboxServer;
using sandbox::ScimDirectoryInfo;

// The sandbox's SCIM 2.0 server and its link-repair routes over real loopback HTTP, with a plain
// QNetworkAccessManager: keys per directory, paging, filters, projections, writes and what they
// do to the org as /admin shows it, the seeded broken cases, and the repairs.
class TestSandboxScim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void eachDirectoryOpensWithItsOwnKeyOnly();
    void theReadyLineListsEachDirectorysKey();
    void pagesPastAHundredWithStartIndex();
    void scimRecordsFillsTheFirstDirectoryWithTheOrgsPeople();
    void filters_data();
    void filters();
    void attributesAndExcludedAttributes();
    void createLinksTheAccountOrMakesOne();
    void createTwiceIsUniqueness();
    void putReplacesTheAttributes();
    void patchAddsReplacesAndRemoves();
    void patchActiveFalseDeactivatesTheAccount();
    void patchedEmailMovesTheAccountAndItsLinks();
    void deleteDeactivatesTheAccount();
    void groupMembersArePatchedOnASyncedGroup();
    void metadataRoutes_data();
    void metadataRoutes();
    void faultsAreRetryableScimErrors_data();
    void faultsAreRetryableScimErrors();
    void seededBrokenCasesArePresent();
    void linkRoutesFindRecordsByAccountAndEmail();
    void pushConflictIsFixedByUnlinkEmailChangeAndPush();
    void onlyDeleteUserInDbRemovesEveryRecordOfTheAccount();

private:
    struct Answer
    {
        int status = 0;
        QByteArray contentType;
        QByteArray location;
        QJsonObject json;

        QJsonArray resources() const { return json.value(u"Resources").toArray(); }
        QString accountId() const { return accountOf(json); }
    };
    static QString accountOf(const QJsonObject &scimUser)
    {
        return scimUser.value(u"urn:scim:schemas:extension:atlassian-external:1.0")
            .toObject()
            .value(u"atlassianAccountId")
            .toString();
    }
    Answer send(const QByteArray &verb, const QString &pathAndQuery, const QJsonObject &body,
                const QString &key);
    // SCIM requests to a directory (the Okta one unless told), with its key.
    Answer scim(const QByteArray &verb, const QString &pathAndQuery, const QJsonObject &body = {},
                int directory = 0)
    {
        const ScimDirectoryInfo &info = m_directories.at(directory);
        return send(verb, u"/scim/directory/%1%2"_qs.arg(info.directoryId, pathAndQuery), body,
                    info.apiKey);
    }
    // Org API requests with the org key.
    Answer admin(const QByteArray &verb, const QString &pathAndQuery, const QJsonObject &body = {})
    {
        return send(verb, pathAndQuery, body, m_server->apiKey());
    }
    QJsonObject account(const QString &accountId)
    {
        return admin("GET", u"/admin/v2/orgs/%1/directories/-/users/%2"_qs.arg(m_server->orgId(),
                                                                               accountId))
            .json.value(u"data")
            .toObject();
    }
    QString linksPath(const QString &rest) const
    {
        return u"/admin/user-provisioning/v1/org/%1/%2"_qs.arg(m_server->orgId(), rest);
    }
    // Every record of a server's first directory, in the order it lists them.
    QList<QJsonObject> firstDirectoryOf(const SandboxServer &server);
    // The one record with this userName in the directory.
    QJsonObject userNamed(const QString &userName, int directory = 0);
    static QJsonObject newUser(const QString &email, const QString &displayName = {});
    static QJsonObject patchOp(const QJsonArray &operations)
    {
        return {{u"schemas"_qs, QJsonArray{u"urn:ietf:params:scim:api:messages:2.0:PatchOp"_qs}},
                {u"Operations"_qs, operations}};
    }
    static QString filter(const QString &attribute, const QString &value)
    {
        return QString::fromLatin1(
            QUrl::toPercentEncoding(u"%1 eq \"%2\""_qs.arg(attribute, value)));
    }

    std::unique_ptr<SandboxServer> m_server;
    QList<ScimDirectoryInfo> m_directories;
    QNetworkAccessManager m_network;
};

TestSandboxScim::Answer TestSandboxScim::send(const QByteArray &verb, const QString &pathAndQuery,
                                              const QJsonObject &body, const QString &key)
{
    QNetworkRequest request(m_server->baseUrl().resolved(QUrl(pathAndQuery)));
    if (!key.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    request.setRawHeader("Accept", "application/scim+json");
    const QByteArray payload =
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (!payload.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/scim+json"));
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, payload);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.contentType = reply->rawHeader("Content-Type");
    answer.location = reply->rawHeader("Location");
    answer.json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

QJsonObject TestSandboxScim::userNamed(const QString &userName, int directory)
{
    const Answer answer =
        scim("GET", u"/Users?filter="_qs + filter(u"userName"_qs, userName), {}, directory);
    if (answer.status != 200 || answer.resources().size() != 1) {
        qWarning("no one user %s: %d", qPrintable(userName), answer.status);
        return {};
    }
    return answer.resources().first().toObject();
}

QJsonObject TestSandboxScim::newUser(const QString &email, const QString &displayName)
{
    QJsonObject user{
        {u"schemas"_qs, QJsonArray{u"urn:ietf:params:scim:schemas:core:2.0:User"_qs}},
        {u"userName"_qs, email},
        {u"emails"_qs, QJsonArray{QJsonObject{
                           {u"value"_qs, email}, {u"type"_qs, u"work"_qs}, {u"primary"_qs, true}}}},
        {u"active"_qs, true}};
    if (!displayName.isEmpty())
        user.insert(u"displayName"_qs, displayName);
    return user;
}

void TestSandboxScim::initTestCase()
{
    // About 170 people in the Okta directory: enough to page past 100.
    m_server = std::make_unique<SandboxServer>(SandboxOptions{0, 1000, 5});
    QVERIFY(m_server->start());
    m_directories = m_server->scimDirectories();
    QCOMPARE(m_directories.size(), 2);
    QCOMPARE(m_directories.at(0).name, u"Acme Labs (Okta)"_qs);
    QVERIFY(m_directories.at(1).name.contains(u"Entra"_qs));
    QVERIFY(m_directories.at(0).apiKey != m_directories.at(1).apiKey);
    QVERIFY(m_directories.at(0).apiKey != m_server->apiKey());
    // SCIM directory ids are not the org directories' ids, but each names the one it fills.
    const Answer directories =
        admin("GET", u"/admin/v2/orgs/%1/directories"_qs.arg(m_server->orgId()));
    QStringList orgDirectoryIds;
    for (const QJsonValue &directory : directories.json.value(u"data").toArray())
        orgDirectoryIds.append(directory[u"directoryId"].toString());
    for (const ScimDirectoryInfo &info : std::as_const(m_directories)) {
        QVERIFY(orgDirectoryIds.contains(info.orgDirectoryId));
        QVERIFY(!orgDirectoryIds.contains(info.directoryId));
    }
}

void TestSandboxScim::init()
{
    m_server->clearFaults();
}

void TestSandboxScim::eachDirectoryOpensWithItsOwnKeyOnly()
{
    const QString okta =
        u"/scim/directory/%1/Users?count=1"_qs.arg(m_directories.at(0).directoryId);
    const Answer own = send("GET", okta, {}, m_directories.at(0).apiKey);
    QCOMPARE(own.status, 200);
    QVERIFY2(own.contentType.startsWith("application/scim+json"), own.contentType.constData());

    for (const QString &key :
         {m_server->apiKey(), m_directories.at(1).apiKey, u"nope"_qs, QString()}) {
        const Answer refused = send("GET", okta, {}, key);
        QCOMPARE(refused.status, 401);
        QVERIFY(!refused.json.value(u"error").toString().isEmpty()); // the Failure body
    }
    // A SCIM key opens nothing of the org API, and learns that an unknown directory is unknown.
    QCOMPARE(
        send("GET", u"/admin/v1/orgs/%1"_qs.arg(m_server->orgId()), {}, m_directories.at(0).apiKey)
            .status,
        401);
    QCOMPARE(send("GET", linksPath(u"get-scim-links-for-email"_qs), {}, m_directories.at(0).apiKey)
                 .status,
             401);
    const Answer unknown =
        send("GET", u"/scim/directory/no-such-directory/Users"_qs, {}, m_directories.at(0).apiKey);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json.value(u"status").toString(), u"404"_qs);
}

void TestSandboxScim::theReadyLineListsEachDirectorysKey()
{
    QProcess process;
    process.start(QStringLiteral(ORGDESK_SANDBOX_PATH),
                  {u"--users"_qs, u"50"_qs, u"--seed"_qs, u"5"_qs});
    QVERIFY(process.waitForStarted());
    QVERIFY(QTest::qWaitFor([&] { return process.canReadLine(); }, 30000));
    const QJsonObject ready = QJsonDocument::fromJson(process.readLine()).object();
    const QJsonObject keys = ready.value(u"scimKeys").toObject();
    QCOMPARE(keys.size(), 2);
    QCOMPARE(ready.value(u"scimDirectories").toArray().size(), 2);
    const QUrl base(ready.value(u"baseUrl").toString());
    const auto status = [&](const QString &directory, const QString &key) {
        QNetworkRequest request(
            base.resolved(QUrl(u"/scim/directory/%1/Users?count=1"_qs.arg(directory))));
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
        QNetworkReply *reply = m_network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(15000);
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    };
    const QStringList directories = keys.keys();
    for (const QString &directory : directories) {
        QCOMPARE(status(directory, keys.value(directory).toString()), 200);
        const QString other = directories.at(directories.indexOf(directory) == 0 ? 1 : 0);
        QCOMPARE(status(directory, keys.value(other).toString()), 401);
        QCOMPARE(status(directory, ready.value(u"apiKey").toString()), 401);
    }
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
}

void TestSandboxScim::pagesPastAHundredWithStartIndex()
{
    const Answer capped = scim("GET", u"/Users?count=500"_qs);
    QCOMPARE(capped.status, 200);
    QCOMPARE(capped.json.value(u"schemas").toArray().first().toString(),
             u"urn:ietf:params:scim:api:messages:2.0:ListResponse"_qs);
    QCOMPARE(capped.json.value(u"itemsPerPage").toInt(), 100);
    QCOMPARE(capped.resources().size(), 100);
    const int total = capped.json.value(u"totalResults").toInt();
    QVERIFY2(total > 150, qPrintable(QString::number(total)));

    QSet<QString> seen;
    for (int start = 1; start <= total; start += 70) {
        const Answer page = scim("GET", u"/Users?startIndex=%1&count=70"_qs.arg(start));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json.value(u"startIndex").toInt(), start);
        QCOMPARE(page.json.value(u"totalResults").toInt(), total);
        QCOMPARE(page.resources().size(), qMin(70, total - start + 1));
        for (const QJsonValue &user : page.resources())
            seen.insert(user[u"id"].toString());
    }
    QCOMPARE(seen.size(), total); // every record once

    const Answer past = scim("GET", u"/Users?startIndex=%1"_qs.arg(total + 1));
    QCOMPARE(past.resources().size(), 0);
    QCOMPARE(past.json.value(u"totalResults").toInt(), total);
    // RFC 7644: a startIndex below 1 is 1; not a number is an error.
    QCOMPARE(scim("GET", u"/Users?startIndex=0&count=1"_qs).json.value(u"startIndex").toInt(), 1);
    QCOMPARE(scim("GET", u"/Users?count=many"_qs).status, 400);
}

QList<QJsonObject> TestSandboxScim::firstDirectoryOf(const SandboxServer &server)
{
    const ScimDirectoryInfo directory = server.scimDirectories().value(0);
    QList<QJsonObject> records;
    for (int start = 1;; start += 100) {
        QNetworkRequest request(server.baseUrl().resolved(
            QUrl(u"/scim/directory/%1/Users?count=100&startIndex=%2"_qs.arg(directory.directoryId)
                     .arg(start))));
        request.setRawHeader("Authorization", "Bearer " + directory.apiKey.toUtf8());
        QNetworkReply *reply = m_network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(15000);
        reply->deleteLater();
        const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
        for (const QJsonValue &record : page.value(u"Resources").toArray())
            records.append(record.toObject());
        if (page.value(u"Resources").toArray().isEmpty() ||
            start + 100 > page.value(u"totalResults").toInt())
            return records;
    }
}

void TestSandboxScim::scimRecordsFillsTheFirstDirectoryWithTheOrgsPeople()
{
    const auto started = [](int scimRecords) {
        SandboxOptions options{0, 1000, 5};
        options.scimRecords = scimRecords;
        auto server = std::make_unique<SandboxServer>(options);
        return server->start() ? std::move(server) : nullptr;
    };
    // What a record says, without its locations (they name the server's port).
    const auto ids = [](const QList<QJsonObject> &records) {
        QStringList result;
        for (const QJsonObject &record : records)
            result.append(QStringList{record.value(u"id").toString(),
                                      record.value(u"userName").toString(),
                                      record.value(u"externalId").toString(), accountOf(record),
                                      record.value(u"active").toBool() ? u"active"_qs : QString()}
                              .join(u' '));
        return result;
    };
    const auto seeded = started(0);
    const auto fewer = started(10);
    const auto filled = started(400);
    const auto again = started(400);
    QVERIFY(seeded && fewer && filled && again);
    const QList<QJsonObject> seededRecords = firstDirectoryOf(*seeded);
    const QList<QJsonObject> filledRecords = firstDirectoryOf(*filled);
    QVERIFY2(seededRecords.size() > 150 && seededRecords.size() < 400,
             qPrintable(QString::number(seededRecords.size())));

    // Never fewer than seeded; the seeded records stay as they are, the others come after them.
    QCOMPARE(ids(firstDirectoryOf(*fewer)), ids(seededRecords));
    QCOMPARE(filledRecords.size(), 400);
    QCOMPARE(ids(filledRecords.mid(0, seededRecords.size())), ids(seededRecords));
    QCOMPARE(ids(firstDirectoryOf(*again)), ids(filledRecords)); // same seed, same records
    QCOMPARE(filled->scimDirectories().value(1).directoryId,
             seeded->scimDirectories().value(1).directoryId);

    // Each added record links a different account of the org, with the account's address.
    QSet<QString> accounts;
    for (const QJsonObject &record : seededRecords)
        accounts.insert(accountOf(record));
    for (const QJsonObject &record : filledRecords.mid(seededRecords.size())) {
        const QString accountId = accountOf(record);
        QVERIFY(!accountId.isEmpty());
        QVERIFY2(!accounts.contains(accountId), qPrintable(accountId));
        accounts.insert(accountId);
        QCOMPARE(record.value(u"emails")[0][u"value"].toString(),
                 record.value(u"userName").toString());
    }
    const QJsonObject last = filledRecords.last();
    QNetworkRequest request(filled->baseUrl().resolved(QUrl(
        u"/admin/v2/orgs/%1/directories/-/users/%2"_qs.arg(filled->orgId(), accountOf(last)))));
    request.setRawHeader("Authorization", "Bearer " + filled->apiKey().toUtf8());
    QNetworkReply *reply = m_network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    reply->deleteLater();
    QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(u"data")[u"email"].toString(),
             last.value(u"userName").toString());
}

void TestSandboxScim::filters_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("results"); // -1: do not count
    QTest::newRow("userName") << u"Users"_qs << u"userName eq \"sam.okafor@acmelabs.io\""_qs << 200
                              << 1;
    QTest::newRow("userName, any case")
        << u"Users"_qs << u"USERNAME eq \"Sam.Okafor@AcmeLabs.io\""_qs << 200 << 1;
    QTest::newRow("userName, nobody")
        << u"Users"_qs << u"userName eq \"nobody@acmelabs.io\""_qs << 200 << 0;
    QTest::newRow("externalId, nobody")
        << u"Users"_qs << u"externalId eq \"00unobody\""_qs << 200 << 0;
    QTest::newRow("displayName of a group")
        << u"Groups"_qs << u"displayName eq \"okta-synced-all\""_qs << 200 << 1;
    QTest::newRow("contains") << u"Users"_qs << u"userName co \"sam\""_qs << 400 << -1;
    QTest::newRow("another attribute") << u"Users"_qs << u"title eq \"Engineer\""_qs << 400 << -1;
    QTest::newRow("displayName of a user")
        << u"Users"_qs << u"displayName eq \"Sam\""_qs << 400 << -1;
    QTest::newRow("userName of a group") << u"Groups"_qs << u"userName eq \"x\""_qs << 400 << -1;
    QTest::newRow("two conditions")
        << u"Users"_qs << u"userName eq \"a\" and externalId eq \"b\""_qs << 400 << -1;
    QTest::newRow("unquoted") << u"Users"_qs << u"userName eq sam"_qs << 400 << -1;
}

void TestSandboxScim::filters()
{
    QFETCH(QString, resource);
    QFETCH(QString, filter);
    QFETCH(int, status);
    QFETCH(int, results);
    const Answer answer =
        scim("GET", u"/%1?filter=%2"_qs.arg(resource,
                                            QString::fromLatin1(QUrl::toPercentEncoding(filter))));
    QCOMPARE(answer.status, status);
    if (status == 400) {
        QCOMPARE(answer.json.value(u"scimType").toString(), u"invalidFilter"_qs);
        QCOMPARE(answer.json.value(u"status").toString(), u"400"_qs);
        QVERIFY(!answer.json.value(u"detail").toString().isEmpty());
    }
    if (results >= 0)
        QCOMPARE(answer.json.value(u"totalResults").toInt(), results);

    // The externalId of a real record finds exactly that record.
    if (QTest::currentDataTag() == QByteArray("userName")) {
        const QJsonObject sam = answer.resources().first().toObject();
        const Answer byExternalId = scim(
            "GET", u"/Users?filter="_qs +
                       TestSandboxScim::filter(u"externalId"_qs, sam[u"externalId"].toString()));
        QCOMPARE(byExternalId.resources().size(), 1);
        QCOMPARE(byExternalId.resources().first()[u"id"], sam[u"id"]);
    }
}

void TestSandboxScim::attributesAndExcludedAttributes()
{
    const Answer some = scim("GET", u"/Users?count=3&attributes=userName,emails.value"_qs);
    QCOMPARE(some.status, 200);
    for (const QJsonValue &value : some.resources()) {
        const QJsonObject user = value.toObject();
        QStringList keys = user.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{u"emails"_qs, u"id"_qs, u"schemas"_qs, u"userName"_qs}));
        QCOMPARE(user[u"emails"][0].toObject().keys(), QStringList{u"value"_qs});
    }

    const Answer fewer =
        scim("GET", u"/Users?count=3&excludedAttributes=groups,meta,emails.type"_qs);
    QCOMPARE(fewer.status, 200);
    for (const QJsonValue &value : fewer.resources()) {
        const QJsonObject user = value.toObject();
        QVERIFY(!user.contains(u"groups") && !user.contains(u"meta"));
        QVERIFY(user.contains(u"userName") && user.contains(u"id"));
        QVERIFY(!user[u"emails"][0].toObject().contains(u"type"));
        QVERIFY(user[u"emails"][0].toObject().contains(u"value"));
    }

    const QString id = some.resources().first()[u"id"].toString();
    const Answer one = scim("GET", u"/Users/%1?attributes=name.givenName"_qs.arg(id));
    QCOMPARE(one.json.value(u"name").toObject().keys(), QStringList{u"givenName"_qs});
    const Answer both = scim("GET", u"/Users?attributes=userName&excludedAttributes=emails"_qs);
    QCOMPARE(both.status, 400);
}

void TestSandboxScim::createLinksTheAccountOrMakesOne()
{
    // Nobody has this address: a new managed account, synced, in the directory's org directory.
    const Answer made =
        scim("POST", u"/Users"_qs, newUser(u"new.hire@acmelabs.io"_qs, u"New Hire"_qs));
    QCOMPARE(made.status, 201);
    QVERIFY(made.contentType.startsWith("application/scim+json"));
    QCOMPARE(made.location, made.json.value(u"meta")[u"location"].toString().toUtf8());
    QVERIFY(made.location.endsWith(made.json.value(u"id").toString().toUtf8()));
    const QJsonObject newAccount = account(made.accountId());
    QCOMPARE(newAccount.value(u"email").toString(), u"new.hire@acmelabs.io"_qs);
    QCOMPARE(newAccount.value(u"name").toString(), u"New Hire"_qs);
    QCOMPARE(newAccount.value(u"managementSource").toString(), u"synced"_qs);
    QCOMPARE(newAccount.value(u"accountStatus").toString(), u"active"_qs);
    const Answer inDirectory = admin("POST",
                                     u"/admin/v2/orgs/%1/directories/%2/users/search"_qs.arg(
                                         m_server->orgId(), m_directories.at(0).orgDirectoryId),
                                     {{u"accountIds"_qs, QJsonArray{made.accountId()}}});
    QCOMPARE(inDirectory.json.value(u"data").toArray().size(), 1);

    // Someone invited to the main directory already: the Entra push links that account.
    const QJsonObject fatima =
        admin("POST", u"/admin/v2/orgs/%1/directories/-/users/search"_qs.arg(m_server->orgId()),
              {{u"emails"_qs, QJsonArray{u"fatima.alsayed@acme-robotics.com"_qs}}})
            .json.value(u"data")[0]
            .toObject();
    QCOMPARE(fatima.value(u"managementSource").toString(), u"invited"_qs);
    const Answer linked =
        scim("POST", u"/Users"_qs, newUser(u"fatima.alsayed@acme-robotics.com"_qs), 1);
    QCOMPARE(linked.status, 201);
    QCOMPARE(linked.accountId(), fatima.value(u"accountId").toString());
    QCOMPARE(account(linked.accountId()).value(u"managementSource").toString(), u"synced"_qs);

    // Only an address on a verified domain.
    const Answer outside = scim("POST", u"/Users"_qs, newUser(u"someone@gmail.com"_qs));
    QCOMPARE(outside.status, 400);
    QCOMPARE(outside.json.value(u"scimType").toString(), u"invalidValue"_qs);
    QJsonObject noEmail = newUser(u"no.mail@acmelabs.io"_qs);
    noEmail.remove(u"emails"_qs);
    QCOMPARE(scim("POST", u"/Users"_qs, noEmail).status, 400);
}

void TestSandboxScim::createTwiceIsUniqueness()
{
    QCOMPARE(scim("POST", u"/Users"_qs, newUser(u"twice@acmelabs.io"_qs)).status, 201);
    const Answer again = scim("POST", u"/Users"_qs, newUser(u"Twice@AcmeLabs.io"_qs));
    QCOMPARE(again.status, 409);
    QCOMPARE(again.json.value(u"scimType").toString(), u"uniqueness"_qs);
    QCOMPARE(again.json.value(u"status").toString(), u"409"_qs);
    QCOMPARE(again.json.value(u"schemas")[0].toString(),
             u"urn:ietf:params:scim:api:messages:2.0:Error"_qs);
}

void TestSandboxScim::putReplacesTheAttributes()
{
    QJsonObject body = newUser(u"put.me@acmelabs.io"_qs, u"Put Me"_qs);
    body.insert(u"title"_qs, u"Engineer"_qs);
    const Answer made = scim("POST", u"/Users"_qs, body);
    QCOMPARE(made.status, 201);
    QCOMPARE(made.json.value(u"title").toString(), u"Engineer"_qs);

    QJsonObject replacement = newUser(u"put.me@acmelabs.io"_qs);
    replacement.insert(u"nickName"_qs, u"Puck"_qs);
    const QString path = u"/Users/"_qs + made.json.value(u"id").toString();
    const Answer replaced = scim("PUT", path, replacement);
    QCOMPARE(replaced.status, 200);
    QCOMPARE(replaced.json.value(u"nickName").toString(), u"Puck"_qs);
    QVERIFY(!replaced.json.contains(u"title"));       // unspecified: cleared
    QVERIFY(!replaced.json.contains(u"displayName")); // unspecified: cleared
    QCOMPARE(scim("GET", path).json.value(u"nickName").toString(), u"Puck"_qs);

    replacement.insert(u"userName"_qs, u"new.hire@acmelabs.io"_qs); // another record's
    QCOMPARE(scim("PUT", path, replacement).status, 409);
    QCOMPARE(scim("PUT", u"/Users/no-such-user"_qs, replacement).status, 404);
}

void TestSandboxScim::patchAddsReplacesAndRemoves()
{
    const Answer made =
        scim("POST", u"/Users"_qs, newUser(u"patch.me@acmelabs.io"_qs, u"Patch Me"_qs));
    QCOMPARE(made.status, 201);
    const QString path = u"/Users/"_qs + made.json.value(u"id").toString();
    const Answer patched = scim(
        "PATCH", path,
        patchOp({QJsonObject{
                     {u"op"_qs, u"add"_qs}, {u"path"_qs, u"title"_qs}, {u"value"_qs, u"Lead"_qs}},
                 QJsonObject{{u"op"_qs, u"Replace"_qs},
                             {u"path"_qs, u"name.givenName"_qs},
                             {u"value"_qs, u"Patty"_qs}},
                 QJsonObject{{u"op"_qs, u"remove"_qs}, {u"path"_qs, u"displayName"_qs}},
                 QJsonObject{{u"op"_qs, u"add"_qs},
                             {u"path"_qs, u"phoneNumbers[type eq \"work\"].value"_qs},
                             {u"value"_qs, u"+1 555 0100"_qs}}}));
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.json.value(u"title").toString(), u"Lead"_qs);
    QCOMPARE(patched.json.value(u"name")[u"givenName"].toString(), u"Patty"_qs);
    QVERIFY(!patched.json.contains(u"displayName"));
    QCOMPARE(patched.json.value(u"phoneNumbers")[0][u"value"].toString(), u"+1 555 0100"_qs);
    QCOMPARE(patched.json.value(u"phoneNumbers")[0][u"type"].toString(), u"work"_qs);

    // Without a path, the value holds the attributes (as Entra sends them).
    const Answer noPath =
        scim("PATCH", path,
             patchOp({QJsonObject{{u"op"_qs, u"replace"_qs},
                                  {u"value"_qs, QJsonObject{{u"title"_qs, u"Head"_qs}}}}}));
    QCOMPARE(noPath.json.value(u"title").toString(), u"Head"_qs);

    const auto refused = [&](const QJsonObject &operation, const char *scimType) {
        const Answer answer = scim("PATCH", path, patchOp({operation}));
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.json.value(u"scimType").toString(), QString::fromLatin1(scimType));
    };
    refused({{u"op"_qs, u"move"_qs}, {u"path"_qs, u"title"_qs}}, "invalidSyntax");
    refused({{u"op"_qs, u"remove"_qs}}, "noTarget");
    refused({{u"op"_qs, u"replace"_qs}, {u"path"_qs, u"shoeSize"_qs}, {u"value"_qs, 44}},
            "invalidPath");
    refused({{u"op"_qs, u"remove"_qs}, {u"path"_qs, u"userName"_qs}}, "invalidValue");
    // The PatchOp schema is required.
    QCOMPARE(scim("PATCH", path, {{u"Operations"_qs, QJsonArray{}}}).status, 400);
}

void TestSandboxScim::patchActiveFalseDeactivatesTheAccount()
{
    const Answer made = scim("POST", u"/Users"_qs, newUser(u"leaver@acmelabs.io"_qs));
    QCOMPARE(made.status, 201);
    const QString path = u"/Users/"_qs + made.json.value(u"id").toString();
    QCOMPARE(account(made.accountId()).value(u"status").toString(), u"active"_qs);

    const Answer off =
        scim("PATCH", path,
             patchOp({QJsonObject{
                 {u"op"_qs, u"replace"_qs}, {u"path"_qs, u"active"_qs}, {u"value"_qs, false}}}));
    QCOMPARE(off.status, 200);
    QCOMPARE(off.json.value(u"active").toBool(true), false);
    const QJsonObject deactivated = account(made.accountId());
    QCOMPARE(deactivated.value(u"status").toString(), u"deactivated"_qs);
    QCOMPARE(deactivated.value(u"accountStatus").toString(), u"inactive"_qs);

    // Some providers send the boolean as a string.
    const Answer on =
        scim("PATCH", path,
             patchOp({QJsonObject{{u"op"_qs, u"replace"_qs},
                                  {u"value"_qs, QJsonObject{{u"active"_qs, u"True"_qs}}}}}));
    QCOMPARE(on.status, 200);
    QCOMPARE(on.json.value(u"active").toBool(false), true);
    QCOMPARE(account(made.accountId()).value(u"status").toString(), u"active"_qs);
}

void TestSandboxScim::patchedEmailMovesTheAccountAndItsLinks()
{
    const Answer made = scim("POST", u"/Users"_qs, newUser(u"renamed.before@acmelabs.io"_qs));
    QCOMPARE(made.status, 201);
    const Answer patched =
        scim("PATCH", u"/Users/"_qs + made.json.value(u"id").toString(),
             patchOp({QJsonObject{{u"op"_qs, u"replace"_qs},
                                  {u"path"_qs, u"emails[type eq \"work\"].value"_qs},
                                  {u"value"_qs, u"renamed.after@acmelabs.io"_qs}}}));
    QCOMPARE(patched.status, 200);
    QCOMPARE(account(made.accountId()).value(u"email").toString(), u"renamed.after@acmelabs.io"_qs);
    const Answer links = admin("POST", linksPath(u"get-scim-links-for-email"_qs),
                               {{u"email"_qs, u"renamed.after@acmelabs.io"_qs}});
    QCOMPARE(links.status, 200);
    const QJsonArray found = links.json.value(u"scimLinks").toArray();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0][u"scimUserId"], made.json.value(u"id"));
    QCOMPARE(found[0][u"atlassianAccountId"].toString(), made.accountId());
    QCOMPARE(found[0][u"directoryId"].toString(), m_directories.at(0).directoryId);
    QCOMPARE(found[0][u"orgId"].toString(), m_server->orgId());
}

void TestSandboxScim::deleteDeactivatesTheAccount()
{
    const Answer made = scim("POST", u"/Users"_qs, newUser(u"deleted.in.idp@acmelabs.io"_qs));
    QCOMPARE(made.status, 201);
    const QString path = u"/Users/"_qs + made.json.value(u"id").toString();
    const Answer deleted = scim("DELETE", path);
    QCOMPARE(deleted.status, 204);
    QCOMPARE(scim("GET", path).status, 404);
    QCOMPARE(scim("DELETE", path).status, 404);
    const QJsonObject gone = account(made.accountId());
    QCOMPARE(gone.value(u"status").toString(), u"deactivated"_qs);
    QCOMPARE(gone.value(u"managementSource").toString(), u"invited"_qs); // no record links it
}

void TestSandboxScim::groupMembersArePatchedOnASyncedGroup()
{
    const Answer first = scim("POST", u"/Users"_qs, newUser(u"member.one@acmelabs.io"_qs));
    const Answer second = scim("POST", u"/Users"_qs, newUser(u"member.two@acmelabs.io"_qs));
    QCOMPARE(first.status, 201);
    QCOMPARE(second.status, 201);
    const QJsonObject group{
        {u"schemas"_qs, QJsonArray{u"urn:ietf:params:scim:schemas:core:2.0:Group"_qs}},
        {u"displayName"_qs, u"scim-test-team"_qs},
        {u"members"_qs, QJsonArray{QJsonObject{{u"value"_qs, first.json.value(u"id")}}}}};
    const Answer made = scim("POST", u"/Groups"_qs, group);
    QCOMPARE(made.status, 201);
    QCOMPARE(made.json.value(u"members").toArray().size(), 1);
    QCOMPARE(scim("POST", u"/Groups"_qs, group).status, 409);
    const QString id = made.json.value(u"id").toString();
    const QString path = u"/Groups/"_qs + id;

    // The same group in Groups: synced, not modifiable there.
    const QString adminGroup =
        u"/admin/v2/orgs/%1/directories/-/groups/%2"_qs.arg(m_server->orgId(), id);
    const Answer inGroups = admin("GET", adminGroup);
    QCOMPARE(inGroups.status, 200);
    const QJsonObject shown =
        inGroups.json.contains(u"data") ? inGroups.json.value(u"data").toObject() : inGroups.json;
    QCOMPARE(shown.value(u"name").toString(), u"scim-test-team"_qs);
    QCOMPARE(shown.value(u"externalSynced").toBool(), true);
    QCOMPARE(shown.value(u"directoryId").toString(), m_directories.at(0).orgDirectoryId);
    const auto adminMembers = [&] {
        QStringList ids;
        const Answer search =
            admin("POST", u"/admin/v2/orgs/%1/directories/-/users/search"_qs.arg(m_server->orgId()),
                  {{u"groupIds"_qs, QJsonArray{id}}});
        for (const QJsonValue &user : search.json.value(u"data").toArray())
            ids.append(user[u"accountId"].toString());
        ids.sort();
        return ids;
    };
    QCOMPARE(adminMembers(), QStringList{first.accountId()});

    const Answer added = scim(
        "PATCH", path,
        patchOp({QJsonObject{
            {u"op"_qs, u"add"_qs},
            {u"path"_qs, u"members"_qs},
            {u"value"_qs, QJsonArray{QJsonObject{{u"value"_qs, second.json.value(u"id")}}}}}}));
    QCOMPARE(added.status, 200);
    QCOMPARE(added.json.value(u"members").toArray().size(), 2);
    QStringList both{first.accountId(), second.accountId()};
    both.sort();
    QCOMPARE(adminMembers(), both);
    // The user record lists its group.
    const Answer member = scim("GET", u"/Users/"_qs + second.json.value(u"id").toString());
    QCOMPARE(member.json.value(u"groups")[0][u"value"].toString(), id);

    const Answer removed =
        scim("PATCH", path,
             patchOp({QJsonObject{{u"op"_qs, u"remove"_qs},
                                  {u"path"_qs, u"members[value eq \"%1\"]"_qs.arg(
                                                   first.json.value(u"id").toString())}}}));
    QCOMPARE(removed.status, 200);
    QCOMPARE(adminMembers(), QStringList{second.accountId()});

    const Answer rename = scim("PATCH", path,
                               patchOp({QJsonObject{{u"op"_qs, u"replace"_qs},
                                                    {u"path"_qs, u"displayName"_qs},
                                                    {u"value"_qs, u"another-name"_qs}}}));
    QCOMPARE(rename.status, 400);
    QCOMPARE(rename.json.value(u"scimType").toString(), u"mutability"_qs);
    const Answer stranger =
        scim("PATCH", path,
             patchOp({QJsonObject{
                 {u"op"_qs, u"add"_qs},
                 {u"path"_qs, u"members"_qs},
                 {u"value"_qs, QJsonArray{QJsonObject{{u"value"_qs, u"no-such-user"_qs}}}}}}));
    QCOMPARE(stranger.status, 400);

    QCOMPARE(scim("DELETE", path).status, 204);
    QCOMPARE(scim("GET", path).status, 404);
    QCOMPARE(admin("GET", adminGroup).status, 404);
}

void TestSandboxScim::metadataRoutes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expect"); // a key the answer has, or an id it names
    QTest::newRow("schemas") << u"/Schemas"_qs << u"Resources"_qs;
    QTest::newRow("user schema") << u"/Schemas/urn:ietf:params:scim:schemas:core:2.0:User"_qs
                                 << u"attributes"_qs;
    QTest::newRow("group schema") << u"/Schemas/urn:ietf:params:scim:schemas:core:2.0:Group"_qs
                                  << u"attributes"_qs;
    QTest::newRow("enterprise schema")
        << u"/Schemas/urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"_qs
        << u"attributes"_qs;
    QTest::newRow("resource types") << u"/ResourceTypes"_qs << u"Resources"_qs;
    QTest::newRow("user type") << u"/ResourceTypes/User"_qs << u"endpoint"_qs;
    QTest::newRow("group type") << u"/ResourceTypes/Group"_qs << u"endpoint"_qs;
    QTest::newRow("service provider config") << u"/ServiceProviderConfig"_qs << u"patch"_qs;
}

void TestSandboxScim::metadataRoutes()
{
    QFETCH(QString, path);
    QFETCH(QString, expect);
    const Answer answer = scim("GET", path);
    QCOMPARE(answer.status, 200);
    QVERIFY2(answer.json.contains(expect), QJsonDocument(answer.json).toJson().constData());
    if (path == QLatin1String("/ServiceProviderConfig")) {
        QCOMPARE(answer.json.value(u"patch")[u"supported"].toBool(), true);
        QCOMPARE(answer.json.value(u"filter")[u"maxResults"].toInt(), 100);
        QCOMPARE(answer.json.value(u"bulk")[u"supported"].toBool(true), false);
    }
    if (path == QLatin1String("/Schemas"))
        QCOMPARE(answer.resources().size(), 3);
    QCOMPARE(scim("GET", u"/Schemas/urn:nothing"_qs).status, 404);
}

void TestSandboxScim::faultsAreRetryableScimErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("500") << 500;
    QTest::newRow("503") << 503;
}

void TestSandboxScim::faultsAreRetryableScimErrors()
{
    QFETCH(int, status);
    FaultRule rule;
    rule.pathPattern = QRegularExpression(u"^/scim/directory/[^/]+/Users$"_qs);
    rule.status = status;
    m_server->addFault(rule);
    const Answer failed = scim("GET", u"/Users?count=1"_qs);
    QCOMPARE(failed.status, status);
    QVERIFY(failed.contentType.startsWith("application/scim+json"));
    QCOMPARE(failed.json.value(u"status").toString(), QString::number(status));
    QVERIFY(failed.json.value(u"detail").toString().contains(u"retry"_qs));
    QCOMPARE(scim("GET", u"/Users?count=1"_qs).status, 200); // the fault hit once
}

void TestSandboxScim::seededBrokenCasesArePresent()
{
    // An orphaned record: it links to an account the org does not have.
    const QJsonObject orphan = userNamed(u"jordan.ellis@acmelabs.io"_qs);
    QVERIFY(!accountOf(orphan).isEmpty());
    QCOMPARE(admin("GET", u"/admin/v2/orgs/%1/directories/-/users/%2"_qs.arg(m_server->orgId(),
                                                                             accountOf(orphan)))
                 .status,
             404);

    // An unlinked record: no account at all.
    const QJsonObject unlinked = userNamed(u"sam.okafor@acmelabs.io"_qs);
    QVERIFY(!unlinked.isEmpty());
    QVERIFY(accountOf(unlinked).isEmpty());

    // One person in two directories: Wojciech Kowalski, through both identity providers.
    const QJsonObject inOkta = userNamed(u"wojciech.kowalski@acmelabs.io"_qs, 0);
    const QJsonObject inEntra = userNamed(u"wojciech.kowalski@acmelabs.io"_qs, 1);
    QVERIFY(!accountOf(inOkta).isEmpty());
    QCOMPARE(accountOf(inEntra), accountOf(inOkta));
    QVERIFY(inOkta[u"id"] != inEntra[u"id"]);

    // The e-mail conflict: Priya Sharma's account is linked to her old record, so a push of
    // her address is refused.
    const QJsonObject old = userNamed(u"priya.sharma.2019@acmelabs.io"_qs);
    QCOMPARE(account(accountOf(old)).value(u"email").toString(), u"priya.sharma@acmelabs.io"_qs);
    const Answer push = scim("POST", u"/Users"_qs, newUser(u"priya.sharma@acmelabs.io"_qs));
    QCOMPARE(push.status, 409);
    QCOMPARE(push.json.value(u"scimType").toString(), u"uniqueness"_qs);
    QVERIFY(push.json.value(u"detail").toString().contains(u"email[priya.sharma@acmelabs.io]"_qs));

    // A record whose e-mail differs from its account's: exactly one among the seeded ones, and
    // every other linked record agrees with its account (the state is one).
    QHash<QString, QString> emailOf; // account id -> its e-mail, from /admin
    QJsonObject body{{u"limit"_qs, 100}};
    for (int page = 0; page < 50; ++page) {
        const Answer found = admin("POST",
                                   u"/admin/v2/orgs/%1/directories/%2/users/search"_qs.arg(
                                       m_server->orgId(), m_directories.at(0).orgDirectoryId),
                                   body);
        QCOMPARE(found.status, 200);
        for (const QJsonValue &user : found.json.value(u"data").toArray())
            emailOf.insert(user[u"accountId"].toString(), user[u"email"].toString());
        const QString next = found.json.value(u"links")[u"next"].toString();
        if (next.isEmpty())
            break;
        body = {{u"cursor"_qs, next}};
    }
    QStringList differing;
    const int total = scim("GET", u"/Users?count=0"_qs).json.value(u"totalResults").toInt();
    for (int start = 1; start <= total; start += 100) {
        const Answer page = scim("GET", u"/Users?count=100&startIndex=%1"_qs.arg(start));
        for (const QJsonValue &value : page.resources()) {
            const QJsonObject user = value.toObject();
            const QString accountId = accountOf(user);
            if (!emailOf.contains(accountId) ||
                user[u"userName"].toString().endsWith(u".2019@acmelabs.io"_qs))
                continue; // unlinked, orphaned, made by other tests elsewhere, or the old record
            if (user[u"emails"][0][u"value"].toString().compare(emailOf.value(accountId),
                                                                Qt::CaseInsensitive) != 0)
                differing.append(user[u"emails"][0][u"value"].toString() + u" vs "_qs +
                                 emailOf.value(accountId));
        }
    }
    QVERIFY2(differing.size() == 1, qPrintable(differing.join(u", "_qs)));
}

void TestSandboxScim::linkRoutesFindRecordsByAccountAndEmail()
{
    const QJsonObject wojciech = userNamed(u"wojciech.kowalski@acmelabs.io"_qs);
    const Answer links =
        admin("GET", linksPath(u"user/%1/get-scim-links"_qs.arg(accountOf(wojciech))));
    QCOMPARE(links.status, 200);
    QSet<QString> directories;
    for (const QJsonValue &link : links.json.value(u"scimLinks").toArray()) {
        QCOMPARE(link[u"atlassianAccountId"].toString(), accountOf(wojciech));
        directories.insert(link[u"directoryId"].toString());
    }
    QCOMPARE(directories,
             (QSet<QString>{m_directories.at(0).directoryId, m_directories.at(1).directoryId}));

    const Answer byEmail = admin("POST", linksPath(u"get-scim-links-for-email"_qs),
                                 {{u"email"_qs, u"sam.okafor@acmelabs.io"_qs}});
    QCOMPARE(byEmail.status, 200);
    QCOMPARE(byEmail.json.value(u"scimLinks").toArray().size(), 1);
    QVERIFY(byEmail.json.value(u"scimLinks")[0][u"atlassianAccountId"].isNull());

    // The org key only: a SCIM key, a wrong org, a missing address.
    QCOMPARE(send("GET", linksPath(u"user/%1/get-scim-links"_qs.arg(accountOf(wojciech))), {},
                  m_directories.at(0).apiKey)
                 .status,
             401);
    QCOMPARE(admin("GET", u"/admin/user-provisioning/v1/org/nope/user/%1/get-scim-links"_qs.arg(
                              accountOf(wojciech)))
                 .status,
             404);
    QCOMPARE(admin("POST", linksPath(u"get-scim-links-for-email"_qs), {{u"x"_qs, 1}}).status, 400);
    QCOMPARE(admin("GET", linksPath(u"user/000000000000000000000000/get-scim-links"_qs)).status,
             404);
}

void TestSandboxScim::pushConflictIsFixedByUnlinkEmailChangeAndPush()
{
    const QString address = u"priya.sharma@acmelabs.io"_qs;
    QCOMPARE(scim("POST", u"/Users"_qs, newUser(address)).status, 409);

    // Find the record that holds the address, and unlink it from the account.
    const Answer links =
        admin("POST", linksPath(u"get-scim-links-for-email"_qs), {{u"email"_qs, address}});
    QCOMPARE(links.status, 200);
    const QJsonArray found = links.json.value(u"scimLinks").toArray();
    QCOMPARE(found.size(), 1);
    const QString accountId = found[0][u"atlassianAccountId"].toString();
    QVERIFY(!accountId.isEmpty());
    // While linked, the account's e-mail belongs to the identity provider.
    QCOMPARE(admin("PUT", u"/users/%1/manage/email"_qs.arg(accountId),
                   {{u"email"_qs, u"priya.sharma.old@acmelabs.io"_qs}})
                 .status,
             403);
    const Answer unlinked = admin(
        "PATCH", linksPath(u"scimDirectoryId/%1/scimUserId/%2/unlink"_qs.arg(
                     found[0][u"directoryId"].toString(), found[0][u"scimUserId"].toString())));
    QCOMPARE(unlinked.status, 200);
    QVERIFY(unlinked.json.value(u"scimLinks")[0][u"atlassianAccountId"].isNull());
    QVERIFY(accountOf(userNamed(u"priya.sharma.2019@acmelabs.io"_qs)).isEmpty());
    QCOMPARE(account(accountId).value(u"managementSource").toString(), u"invited"_qs);

    // Free the address on the old account (User management), then push again.
    QCOMPARE(admin("PUT", u"/users/%1/manage/email"_qs.arg(accountId),
                   {{u"email"_qs, u"priya.sharma.old@acmelabs.io"_qs}})
                 .status,
             204);
    const Answer pushed = scim("POST", u"/Users"_qs, newUser(address, u"Priya Sharma"_qs));
    QCOMPARE(pushed.status, 201);
    QVERIFY(pushed.accountId() != accountId);
    QCOMPARE(account(pushed.accountId()).value(u"email").toString(), address);
    QCOMPARE(account(accountId).value(u"email").toString(), u"priya.sharma.old@acmelabs.io"_qs);
}

void TestSandboxScim::onlyDeleteUserInDbRemovesEveryRecordOfTheAccount()
{
    const QJsonObject wojciech = userNamed(u"wojciech.kowalski@acmelabs.io"_qs);
    const QString accountId = accountOf(wojciech);
    QVERIFY(!accountId.isEmpty());
    QVERIFY(!wojciech[u"groups"].toArray().isEmpty()); // in synced groups through the record
    const QString path = linksPath(u"user/%1/onlyDeleteUserInDB"_qs.arg(accountId));
    const Answer deleted = admin("DELETE", path);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json.value(u"scimLinks").toArray().size(), 2);
    QCOMPARE(admin("DELETE", path).status, 404);
    QCOMPARE(admin("GET", linksPath(u"user/%1/get-scim-links"_qs.arg(accountId)))
                 .json.value(u"scimLinks")
                 .toArray()
                 .size(),
             0);
    QCOMPARE(
        scim("GET",
             u"/Users?filter="_qs + filter(u"userName"_qs, u"wojciech.kowalski@acmelabs.io"_qs), {},
             1)
            .json.value(u"totalResults")
            .toInt(),
        0);
    // The account stays, active, no longer synced, out of the synced groups until pushed again.
    const QJsonObject kept = account(accountId);
    QCOMPARE(kept.value(u"status").toString(), u"active"_qs);
    QCOMPARE(kept.value(u"managementSource").toString(), u"invited"_qs);
    const Answer groups =
        admin("POST", u"/admin/v2/orgs/%1/directories/-/groups/search"_qs.arg(m_server->orgId()),
              {{u"accountIds"_qs, QJsonArray{accountId}}});
    for (const QJsonValue &group : groups.json.value(u"data").toArray())
        QVERIFY(!group[u"externalSynced"].toBool());
    // The orphan's records go the same way, though its account is gone.
    const QString orphan = accountOf(userNamed(u"jordan.ellis@acmelabs.io"_qs));
    QCOMPARE(admin("DELETE", linksPath(u"user/%1/onlyDeleteUserInDB"_qs.arg(orphan))).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxScim)
#include "tst_sandboxscim.moc"
