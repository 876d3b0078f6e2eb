#include "SandboxServer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using sandbox::FaultRule;
using sandbox::SandboxOptions;
using sandbox::SandboxServer;

// The sandbox server's protocol behaviour over real loopback HTTP, with a plain
// QNetworkAccessManager (never the client library): keys, error bodies, validation, rate
// limit, injected faults, latency and the request log.
class TestSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void missingOrWrongKeyIs401();
    void scopedKeyIsRefusedByUserManagementOnly();
    void unknownOrgDirectoryAndUserAre404();
    void unknownRouteIs404AndWrongMethodIs405();
    void orgsListLinksAreFullUrls();
    void searchTermWithEmailsIs400();
    void limitOutOfRangeIs400_data();
    void limitOutOfRangeIs400();
    void undecodableCursorIs400();
    void invalidBodyIs400();
    void rateLimitAnswers429WithRetryAfter();
    void faultStatusHitsCountRequestsThenStops();
    void fault429SendsRetryAfter();
    void faultDropsTheConnection();
    void faultMalformedBodyIsTruncatedJson();
    void faultMatchesMethod();
    void latencyDelaysAnswersWithoutBlockingOthers();
    void recordsEveryRequest();
    void portInUseFailsToStart();

private:
    struct Answer
    {
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        int status = 0;
        QByteArray body;
        QJsonObject json;
        QList<QNetworkReply::RawHeaderPair> headers;
        QByteArray header(const QByteArray &name) const
        {
            for (const auto &[key, value] : headers) {
                if (key.compare(name, Qt::CaseInsensitive) == 0)
                    return value;
            }
            return {};
        }
        QString errorCode() const
        {
            return json.value(u"errors").toArray().first().toObject().value(u"code").toString();
        }
    };
    Answer send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {},
                const QString &key = {});
    Answer get(const QString &pathAndQuery) { return send("GET", pathAndQuery); }
    Answer search(const QJsonObject &body)
    {
        return send("POST", usersPath() + QStringLiteral("/search"),
                    QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    QString usersPath() const
    {
        return QStringLiteral("/admin/v2/orgs/%1/directories/-/users").arg(m_server->orgId());
    }
    void addFault(FaultRule::Kind kind, const QString &pathRegex, int status = 500, int count = 1);

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
};

TestSandbox::Answer TestSandbox::send(const QByteArray &verb, const QString &pathAndQuery,
                                      const QByteArray &body, const QString &key)
{
    QNetworkRequest request(m_server->baseUrl().resolved(QUrl(pathAndQuery)));
    const QString bearer = key.isNull() ? m_server->apiKey() : key;
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    Answer answer;
    answer.error = reply->error();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.body).object();
    answer.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return answer;
}

void TestSandbox::addFault(FaultRule::Kind kind, const QString &pathRegex, int status, int count)
{
    FaultRule rule;
    rule.pathPattern = QRegularExpression(pathRegex);
    rule.kind = kind;
    rule.status = status;
    rule.count = count;
    m_server->addFault(rule);
}

void TestSandbox::initTestCase()
{
    m_server = std::make_unique<SandboxServer>(SandboxOptions{0, 300, 11});
    QVERIFY(m_server->start());
    QVERIFY(m_server->baseUrl().isValid());
    QCOMPARE(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(!m_server->apiKey().isEmpty());
}

void TestSandbox::init()
{
    m_server->clearFaults();
    m_server->setRateLimit(0);
    m_server->setLatency(0);
    m_server->clearReceivedRequests();
}

void TestSandbox::missingOrWrongKeyIs401()
{
    for (const QString &key : {QString(u""_qs), QStringLiteral("not-a-key")}) {
        const Answer answer = send("GET", QStringLiteral("/admin/v1/orgs"), {}, key);
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.json,
                 QJsonObject({{u"code"_qs, 401}, {u"message"_qs, u"Unauthorized"_qs}}));
    }
    QCOMPARE(get(QStringLiteral("/admin/v1/orgs")).status, 200);
}

void TestSandbox::scopedKeyIsRefusedByUserManagementOnly()
{
    m_server->addApiKey(QStringLiteral("scoped-key"), true);
    const Answer org =
        send("GET", QStringLiteral("/admin/v1/orgs/") + m_server->orgId(), {}, u"scoped-key"_qs);
    QCOMPARE(org.status, 200);
    const Answer profile =
        send("GET", QStringLiteral("/users/abc/manage/profile"), {}, u"scoped-key"_qs);
    QCOMPARE(profile.status, 403);
    QCOMPARE(profile.json.value(u"key").toString(), QStringLiteral("forbidden"));
}

void TestSandbox::unknownOrgDirectoryAndUserAre404()
{
    const Answer org = get(QStringLiteral("/admin/v1/orgs/00000000-0000-4000-8000-000000000000"));
    QCOMPARE(org.status, 404);
    QCOMPARE(org.errorCode(), QStringLiteral("ADMIN-404-2"));
    const QJsonObject error = org.json.value(u"errors").toArray().first().toObject();
    QCOMPARE(error.value(u"status").toString(), QStringLiteral("404"));
    QVERIFY(!error.value(u"id").toString().isEmpty());
    QVERIFY(!error.value(u"title").toString().isEmpty());
    QVERIFY(!error.value(u"detail").toString().isEmpty());

    const Answer v2 =
        send("POST", QStringLiteral("/admin/v2/orgs/nope/directories/-/users/search"), "{}");
    QCOMPARE(v2.status, 404);
    QCOMPARE(v2.errorCode(), QStringLiteral("ADMIN-404-2"));

    const Answer directory =
        get(QStringLiteral("/admin/v2/orgs/%1/directories/nope/users").arg(m_server->orgId()));
    QCOMPARE(directory.status, 404);
    QCOMPARE(directory.errorCode(), QStringLiteral("ADMIN-404-1"));

    const Answer user = get(usersPath() + QStringLiteral("/5b10ac8d82e05b22cc7d4ef5"));
    QCOMPARE(user.status, 404);
    QCOMPARE(user.errorCode(), QStringLiteral("ADMIN-404-8"));
}

void TestSandbox::unknownRouteIs404AndWrongMethodIs405()
{
    QCOMPARE(get(QStringLiteral("/admin/v9/nothing")).status, 404);
    const Answer wrong = send("DELETE", QStringLiteral("/admin/v1/orgs"));
    QCOMPARE(wrong.status, 405);
    QCOMPARE(wrong.errorCode(), QStringLiteral("ADMIN-405-1"));
}

void TestSandbox::orgsListLinksAreFullUrls()
{
    const Answer answer = get(QStringLiteral("/admin/v1/orgs"));
    QCOMPARE(answer.status, 200);
    const QJsonObject org = answer.json.value(u"data").toArray().first().toObject();
    QCOMPARE(org.value(u"id").toString(), m_server->orgId());
    QCOMPARE(org.value(u"type").toString(), QStringLiteral("orgs"));
    const QString self = answer.json.value(u"links").toObject().value(u"self").toString();
    QCOMPARE(QUrl(self).port(), m_server->baseUrl().port());
    QVERIFY(self.startsWith(u"http://"));
}

void TestSandbox::searchTermWithEmailsIs400()
{
    const Answer answer =
        search({{u"searchTerm"_qs, u"a"_qs}, {u"emails"_qs, QJsonArray{u"x@example.com"_qs}}});
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json.value(u"errors").toArray().size(), 1);
}

void TestSandbox::limitOutOfRangeIs400_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("zero") << 0;
    QTest::newRow("negative") << -1;
    QTest::newRow("above 100") << 101;
}

void TestSandbox::limitOutOfRangeIs400()
{
    QFETCH(int, limit);
    QCOMPARE(search({{u"limit"_qs, limit}}).status, 400);
    QCOMPARE(get(usersPath() + QStringLiteral("?limit=%1").arg(limit)).status, 400);
    const Answer directories = get(
        QStringLiteral("/admin/v2/orgs/%1/directories?limit=%2").arg(m_server->orgId()).arg(limit));
    QCOMPARE(directories.status, 400);
    QVERIFY(!directories.errorCode().isEmpty());
}

void TestSandbox::undecodableCursorIs400()
{
    const Answer answer = search({{u"cursor"_qs, u"not-a-cursor"_qs}});
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), QStringLiteral("ADMIN-400-1"));
    QCOMPARE(get(QStringLiteral("/admin/v1/orgs?cursor=zzz")).errorCode(),
             QStringLiteral("ADMIN-400-1"));
}

void TestSandbox::invalidBodyIs400()
{
    const QString path = usersPath() + QStringLiteral("/search");
    QCOMPARE(send("POST", path, "[1,2]").status, 400);
    QCOMPARE(send("POST", path, "{\"status\":[\"sleeping\"]}").status, 400);
    QCOMPARE(send("POST", path, "{\"status\":[]}").status, 400);
    QCOMPARE(send("POST", path, "{\"mfaEnabled\":\"yes\"}").status, 400);
    QCOMPARE(
        send("POST", path, "{\"sortBy\":[{\"field\":\"email\",\"direction\":\"asc\"}]}").status,
        400);
    QCOMPARE(send("POST", path, "{\"expand\":[\"everything\"]}").status, 400);
}

void TestSandbox::rateLimitAnswers429WithRetryAfter()
{
    m_server->setRateLimit(3);
    const QString path = QStringLiteral("/admin/v1/orgs/") + m_server->orgId();
    QList<Answer> answers;
    for (int i = 0; i < 4; ++i)
        answers.append(get(path));
    // The four requests may straddle a window boundary on a slow machine: retry once.
    if (answers.at(3).status != 429) {
        answers.clear();
        for (int i = 0; i < 4; ++i)
            answers.append(get(path));
    }
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(answers.at(i).status, 200);
        QCOMPARE(answers.at(i).header("X-RateLimit-Limit"), QByteArray("3"));
    }
    QCOMPARE(answers.at(0).header("X-RateLimit-Remaining"), QByteArray("2"));
    QCOMPARE(answers.at(2).header("X-RateLimit-Remaining"), QByteArray("0"));
    const QDateTime reset = QDateTime::fromString(
        QString::fromLatin1(answers.at(0).header("X-RateLimit-Reset")), Qt::ISODateWithMs);
    QVERIFY(reset.isValid());
    QCOMPARE(reset.timeSpec(), Qt::UTC);

    const Answer refused = answers.at(3);
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.json.value(u"code").toInt(), 429);
    QCOMPARE(refused.json.value(u"message").toString(), QStringLiteral("Too Many Requests"));
    QVERIFY(refused.header("Retry-After").toInt() >= 1);
    QCOMPARE(refused.header("X-RateLimit-Remaining"), QByteArray("0"));

    // Once the window named in X-RateLimit-Reset has ended, requests go through again.
    const QDateTime windowEnd = QDateTime::fromString(
        QString::fromLatin1(refused.header("X-RateLimit-Reset")), Qt::ISODateWithMs);
    QVERIFY(windowEnd.isValid());
    QVERIFY(QTest::qWaitFor([&] { return QDateTime::currentDateTimeUtc() >= windowEnd; }, 5000));
    QCOMPARE(get(path).status, 200);
    m_server->setRateLimit(0);
    QVERIFY(get(path).header("X-RateLimit-Limit").isEmpty());
}

void TestSandbox::faultStatusHitsCountRequestsThenStops()
{
    addFault(FaultRule::Status, QStringLiteral("/users/search$"), 503, 2);
    QCOMPARE(search({}).status, 503);
    const Answer second = search({});
    QCOMPARE(second.status, 503);
    QCOMPARE(second.errorCode(), QStringLiteral("ADMIN-500-1"));
    QCOMPARE(search({}).status, 200);
    // Other paths were never affected.
    addFault(FaultRule::Status, QStringLiteral("/users/search$"), 500, 1);
    QCOMPARE(get(QStringLiteral("/admin/v1/orgs")).status, 200);
}

void TestSandbox::fault429SendsRetryAfter()
{
    FaultRule rule;
    rule.pathPattern = QRegularExpression(QStringLiteral("/admin/v1/orgs$"));
    rule.status = 429;
    rule.retryAfter = "7";
    m_server->addFault(rule);
    const Answer answer = get(QStringLiteral("/admin/v1/orgs"));
    QCOMPARE(answer.status, 429);
    QCOMPARE(answer.header("Retry-After"), QByteArray("7"));
    QCOMPARE(answer.json.value(u"code").toInt(), 429);
}

void TestSandbox::faultDropsTheConnection()
{
    // QNetworkAccessManager silently resends a request once when a kept-alive connection
    // closes without an answer, so drop every attempt.
    addFault(FaultRule::DropConnection, QStringLiteral("/users/search$"), 0, 0);
    const Answer dropped = search({});
    QCOMPARE(dropped.status, 0);
    QVERIFY(dropped.error != QNetworkReply::NoError);
    QVERIFY(m_server->receivedRequests().size() >= 1);
    m_server->clearFaults();
    QCOMPARE(search({}).status, 200); // the server itself is fine
}

void TestSandbox::faultMalformedBodyIsTruncatedJson()
{
    addFault(FaultRule::MalformedBody, QStringLiteral("/users/search$"));
    const Answer answer = search({{u"limit"_qs, 5}});
    QCOMPARE(answer.status, 200);
    QVERIFY(!answer.body.isEmpty());
    QJsonParseError error;
    QJsonDocument::fromJson(answer.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestSandbox::faultMatchesMethod()
{
    FaultRule rule;
    rule.pathPattern = QRegularExpression(QStringLiteral("/users"));
    rule.method = "GET";
    rule.status = 502;
    m_server->addFault(rule);
    QCOMPARE(search({}).status, 200); // POST: not matched
    QCOMPARE(get(usersPath()).status, 502);
}

void TestSandbox::latencyDelaysAnswersWithoutBlockingOthers()
{
    m_server->setLatency(300);
    QElapsedTimer timer;
    timer.start();
    // Three requests in flight at once: with a timer-based delay they overlap.
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 3; ++i) {
        QNetworkRequest request(
            m_server->baseUrl().resolved(QUrl(QStringLiteral("/admin/v1/orgs"))));
        request.setRawHeader("Authorization", "Bearer " + m_server->apiKey().toUtf8());
        replies.append(m_network.get(request));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                         [](QNetworkReply *r) { return r->isFinished(); }),
                             10000);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed >= 290, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed < 850, qPrintable(QString::number(elapsed)));
    for (QNetworkReply *reply : replies) {
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }

    SandboxServer slow(SandboxOptions{0, 10, 1, QString(), 0, 200});
    QVERIFY(slow.start());
    QNetworkRequest request(slow.baseUrl().resolved(QUrl(QStringLiteral("/admin/v1/orgs"))));
    request.setRawHeader("Authorization", "Bearer " + slow.apiKey().toUtf8());
    timer.restart();
    QNetworkReply *reply = m_network.get(request);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QVERIFY(timer.elapsed() >= 190);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    delete reply;
}

void TestSandbox::recordsEveryRequest()
{
    search({{u"searchTerm"_qs, u"tanaka"_qs}});
    send("GET", QStringLiteral("/admin/v1/orgs?cursor=abc"), {}, u"wrong"_qs);
    const QList<sandbox::ReceivedRequest> received = m_server->receivedRequests();
    QCOMPARE(received.size(), 2);
    QCOMPARE(received.at(0).method, QByteArray("POST"));
    QCOMPARE(received.at(0).path, usersPath() + QStringLiteral("/search"));
    QCOMPARE(QJsonDocument::fromJson(received.at(0).body).object().value(u"searchTerm").toString(),
             QStringLiteral("tanaka"));
    QCOMPARE(received.at(0).header("authorization"), "Bearer " + m_server->apiKey().toUtf8());
    QCOMPARE(received.at(1).method, QByteArray("GET"));
    QCOMPARE(received.at(1).query.queryItemValue(QStringLiteral("cursor")), QStringLiteral("abc"));
    m_server->clearReceivedRequests();
    QVERIFY(m_server->receivedRequests().isEmpty());
}

void TestSandbox::portInUseFailsToStart()
{
    SandboxServer second(SandboxOptions{quint16(m_server->baseUrl().port()), 10, 1});
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("listen failed")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot listen")));
    QVERIFY(!second.start());
    QVERIFY(second.baseUrl().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
