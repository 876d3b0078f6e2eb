#include "SandboxServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using sandbox::SandboxOptions;
using sandbox::SandboxServer;

namespace {
constexpr qint64 kDayMs = 86'400'000;
constexpr qint64 kRetentionMs = 180 * kDayMs;
} // namespace

// The sandbox's audit log over real loopback HTTP (CATALOG §1.6, §9.1): the four routes'
// shapes and errors, the search's own rate limit, the stream's cursor on every page, the events
// the sandbox's own writes add, the 180-day retention and the search filters.
class TestSandboxEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void actionsListTheCatalogue();
    void searchPageShapeAndOrder();
    void oneEventAndUnknownEvent();
    void badParametersAre400_data();
    void badParametersAre400();
    void searchIsLimitedTo10AMinute();
    void forbiddenAnswers403OnEveryRoute();
    void streamPagesThroughEverythingWithACursorOnTheLastPage();
    void streamDescendingKeepsItsOrderInTheCursor();
    void reusedCursorReturnsTheSuspendOnceProcessed();
    void groupCreatedThroughTheApiIsSearchable();
    void anotherKeyIsAnotherActorAndScopedKeysRead();
    void nothingOlderThan180DaysIsServed();
    void searchFilters();

private:
    struct Answer
    {
        int status = 0;
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
        QJsonArray data() const { return json.value(u"data").toArray(); }
        QString errorCode() const
        {
            return json.value(u"errors").toArray().first().toObject().value(u"code").toString();
        }
    };
    Answer send(const QByteArray &verb, const QString &pathOrUrl, const QByteArray &body = {},
                const QString &key = {});
    Answer get(const QString &pathOrUrl) { return send("GET", pathOrUrl); }
    QString org(const QString &suffix) const
    {
        return QStringLiteral("/admin/v1/orgs/%1%2").arg(m_server->orgId(), suffix);
    }
    // Every event the search serves for this query string, page after page.
    QJsonArray searchAll(const QString &query);
    // Pages the stream to its end: the events and the last page's cursor.
    QJsonArray streamAll(QString *lastCursor, const QString &query = QStringLiteral("limit=500"));
    static qint64 ms(const QJsonValue &isoTime)
    {
        return QDateTime::fromString(isoTime.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
    }
    static QJsonObject attributes(const QJsonValue &event)
    {
        return event.toObject().value(u"attributes").toObject();
    }
    qint64 nowMs() const { return m_server->clockNowSeconds() * 1000; }

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
};

TestSandboxEvents::Answer TestSandboxEvents::send(const QByteArray &verb, const QString &pathOrUrl,
                                                  const QByteArray &body, const QString &key)
{
    const QUrl url = pathOrUrl.startsWith(QLatin1String("http"))
                         ? QUrl(pathOrUrl)
                         : m_server->baseUrl().resolved(QUrl(pathOrUrl));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization",
                         "Bearer " + (key.isEmpty() ? m_server->apiKey() : key).toUtf8());
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    request.setTransferTimeout(15000);
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.json = QJsonDocument::fromJson(reply->readAll()).object();
    answer.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return answer;
}

QJsonArray TestSandboxEvents::searchAll(const QString &query)
{
    QJsonArray all;
    Answer page = get(org(QStringLiteral("/events?")) + query);
    for (int pages = 0; pages < 100; ++pages) {
        if (page.status != 200)
            return {};
        for (const QJsonValue &event : page.data())
            all.append(event);
        const QString next = page.json.value(u"links").toObject().value(u"next").toString();
        if (next.isEmpty())
            break;
        page = get(next);
    }
    return all;
}

QJsonArray TestSandboxEvents::streamAll(QString *lastCursor, const QString &query)
{
    QJsonArray all;
    Answer page = get(org(QStringLiteral("/events-stream?")) + query);
    for (int pages = 0; pages < 1000 && page.status == 200; ++pages) {
        const QString cursor = page.json.value(u"meta").toObject().value(u"next").toString();
        *lastCursor = cursor;
        if (page.data().isEmpty())
            break;
        for (const QJsonValue &event : page.data())
            all.append(event);
        page = get(org(QStringLiteral("/events-stream?cursor=")) + cursor);
    }
    return all;
}

void TestSandboxEvents::initTestCase()
{
    SandboxOptions options;
    options.users = 300;
    options.seed = 11;
    options.events = 6000;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->start());
}

void TestSandboxEvents::init()
{
    m_server->setEventsRateLimit(0);
    m_server->setEventsForbidden(false);
    m_server->setEventProcessingDelay(3000);
}

void TestSandboxEvents::actionsListTheCatalogue()
{
    const Answer answer = get(org(QStringLiteral("/event-actions")));
    QCOMPARE(answer.status, 200);
    QSet<QString> ids;
    for (const QJsonValue &item : answer.data()) {
        const QJsonObject action = item.toObject();
        ids.insert(action.value(u"id").toString());
        QCOMPARE(action.value(u"type").toString(), QStringLiteral("event-actions"));
        const QJsonObject attributes = action.value(u"attributes").toObject();
        QVERIFY(!attributes.value(u"displayName").toString().isEmpty());
        const QString group = attributes.value(u"groupDisplayName").toString();
        QVERIFY(!group.isEmpty());
        QCOMPARE(attributes.value(u"groupDisplayNames").toArray(), QJsonArray{group});
    }
    for (const char *expected : {"user_logged_in", "user_suspended", "user_added_to_group",
                                 "policy_updated", "api_key_revoked"})
        QVERIFY2(ids.contains(QLatin1String(expected)), expected);
}

void TestSandboxEvents::searchPageShapeAndOrder()
{
    const Answer first = get(org(QStringLiteral("/events?limit=5")));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.data().size(), 5);
    const QJsonObject links = first.json.value(u"links").toObject();
    const QJsonObject meta = first.json.value(u"meta").toObject();
    QVERIFY(links.value(u"self").toString().startsWith(m_server->baseUrl().toString()));
    QVERIFY(links.value(u"next").toString().startsWith(m_server->baseUrl().toString()));
    QVERIFY(!links.contains(u"prev"));
    QVERIFY(!meta.value(u"next").toString().isEmpty());
    QCOMPARE(meta.value(u"page_size").toInt(), 5);

    const Answer second = get(links.value(u"next").toString());
    QCOMPARE(second.status, 200);
    QVERIFY(second.json.value(u"links").toObject().contains(u"prev"));
    // meta.next as a bare cursor gives the same page as links.next.
    const Answer viaMeta =
        get(org(QStringLiteral("/events?cursor=")) + meta.value(u"next").toString());
    QCOMPARE(viaMeta.data(), second.data());

    QJsonArray both = first.data();
    for (const QJsonValue &event : second.data())
        both.append(event);
    QSet<QString> ids;
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const QJsonValue &value : both) {
        const QJsonObject event = value.toObject();
        QVERIFY(!ids.contains(event.value(u"id").toString()));
        ids.insert(event.value(u"id").toString());
        QCOMPARE(event.value(u"type").toString(), QStringLiteral("events"));
        const QJsonObject attrs = event.value(u"attributes").toObject();
        QVERIFY(!attrs.contains(u"processedAt")); // the search's EventModel has none
        QVERIFY(!attrs.value(u"action").toString().isEmpty());
        QVERIFY(!attrs.value(u"actor").toObject().value(u"id").toString().isEmpty());
        QVERIFY(attrs.value(u"context").isArray());
        QCOMPARE(attrs.value(u"container").toArray().first().toObject().value(u"id").toString(),
                 m_server->orgId());
        QVERIFY(!attrs.value(u"location").toObject().value(u"ip").toString().isEmpty());
        const qint64 time = ms(attrs.value(u"time"));
        QVERIFY2(time <= previous, "newest first by event time");
        previous = time;
    }
}

void TestSandboxEvents::oneEventAndUnknownEvent()
{
    const QJsonObject listed =
        get(org(QStringLiteral("/events?limit=1"))).data().first().toObject();
    const QString id = listed.value(u"id").toString();
    const Answer one = get(org(QStringLiteral("/events/")) + id);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json.value(u"data").toObject(), listed);
    QCOMPARE(
        one.json.value(u"data").toObject().value(u"links").toObject().value(u"self").toString(),
        m_server->baseUrl().toString() + org(QStringLiteral("/events/")) + id);

    QString unknown = id;
    unknown[0] = unknown.at(0) == u'0' ? u'1' : u'0';
    for (const QString &missing : {unknown, QStringLiteral("no-such-event")}) {
        const Answer answer = get(org(QStringLiteral("/events/")) + missing);
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.errorCode(), QStringLiteral("ADMIN-404-4"));
    }
}

void TestSandboxEvents::badParametersAre400_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("code");
    QTest::newRow("search, from not a number") << "/events?from=yesterday"
                                               << "ADMIN-400-3";
    QTest::newRow("search, to not a number") << "/events?to=2026-01-01"
                                             << "ADMIN-400-3";
    QTest::newRow("search, from after to") << "/events?from=2000&to=1000"
                                           << "ADMIN-400-3";
    QTest::newRow("search, limit 0") << "/events?limit=0"
                                     << "ADMIN-400-19";
    QTest::newRow("search, limit 501") << "/events?limit=501"
                                       << "ADMIN-400-19";
    QTest::newRow("search, unknown product") << "/events?product=jira,trello"
                                             << "ADMIN-400-19";
    QTest::newRow("search, bad cursor") << "/events?cursor=garbage"
                                        << "ADMIN-400-1";
    QTest::newRow("stream, limit 501") << "/events-stream?limit=501"
                                       << "ADMIN-400-19";
    QTest::newRow("stream, from not a number") << "/events-stream?from=x"
                                               << "ADMIN-400-3";
    QTest::newRow("stream, from after to") << "/events-stream?from=5&to=4"
                                           << "ADMIN-400-3";
    QTest::newRow("stream, sideways") << "/events-stream?sortOrder=sideways"
                                      << "ADMIN-400-19";
    QTest::newRow("stream, bad cursor") << "/events-stream?cursor=garbage"
                                        << "ADMIN-400-1";
}

void TestSandboxEvents::badParametersAre400()
{
    QFETCH(QString, query);
    QFETCH(QString, code);
    const Answer answer = get(org(query));
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), code);
}

void TestSandboxEvents::searchIsLimitedTo10AMinute()
{
    m_server->setEventsRateLimit(10);
    for (int i = 1; i <= 10; ++i) {
        const Answer answer = get(org(QStringLiteral("/events?limit=1")));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.header("X-RateLimit-Limit"), QByteArray("10"));
        QCOMPARE(answer.header("X-RateLimit-Remaining"), QByteArray::number(10 - i));
    }
    const Answer refused = get(org(QStringLiteral("/events?limit=1")));
    QCOMPARE(refused.status, 429);
    const int retryAfter = refused.header("Retry-After").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 60, refused.header("Retry-After").constData());
    QCOMPARE(refused.header("X-RateLimit-Limit"), QByteArray("10"));
    QCOMPARE(refused.header("X-RateLimit-Remaining"), QByteArray("0"));
    const QDateTime reset = QDateTime::fromString(
        QString::fromLatin1(refused.header("X-RateLimit-Reset")), Qt::ISODateWithMs);
    QVERIFY(reset.isValid() && reset > QDateTime::currentDateTimeUtc());
    QCOMPARE(refused.json.value(u"code").toInt(), 429); // ProxyError, as the other 429s
    QVERIFY(!refused.json.value(u"message").toString().isEmpty());
    // The limit is the search's own: the stream and the other routes still answer.
    QCOMPARE(get(org(QStringLiteral("/events-stream?limit=1"))).status, 200);
    QCOMPARE(get(org(QStringLiteral("/event-actions"))).status, 200);
}

void TestSandboxEvents::forbiddenAnswers403OnEveryRoute()
{
    const QString id = get(org(QStringLiteral("/events?limit=1"))).data().first()[u"id"].toString();
    m_server->setEventsForbidden(true);
    for (const QString &path :
         {QStringLiteral("/events"), QStringLiteral("/events-stream"),
          QStringLiteral("/events/") + id, QStringLiteral("/event-actions")}) {
        const Answer answer = get(org(path));
        QCOMPARE(answer.status, 403);
        QCOMPARE(answer.errorCode(), QStringLiteral("ADMIN-403-3"));
        const QString detail = answer.json.value(u"errors").toArray().first()[u"detail"].toString();
        QVERIFY2(detail.contains(QLatin1String("read:events:admin")), qPrintable(detail));
    }
    m_server->setEventsForbidden(false);
    QCOMPARE(get(org(QStringLiteral("/events-stream"))).status, 200);
}

void TestSandboxEvents::streamPagesThroughEverythingWithACursorOnTheLastPage()
{
    QJsonArray all;
    QSet<QString> ids;
    qint64 previous = 0;
    Answer page = get(org(QStringLiteral("/events-stream?limit=500")));
    int pages = 0;
    for (; pages < 100; ++pages) {
        QCOMPARE(page.status, 200);
        const QString next = page.json.value(u"meta").toObject().value(u"next").toString();
        const QString nextLink = page.json.value(u"links").toObject().value(u"next").toString();
        QVERIFY2(!next.isEmpty() && nextLink.endsWith(next), "a cursor on every page");
        QCOMPARE(page.json.value(u"meta").toObject().value(u"page_size").toInt(), 500);
        if (page.data().isEmpty())
            break;
        QVERIFY(page.data().size() <= 500);
        for (const QJsonValue &event : page.data()) {
            const QString id = event[u"id"].toString();
            QVERIFY2(!ids.contains(id), qPrintable(id));
            ids.insert(id);
            const qint64 processed = ms(attributes(event).value(u"processedAt"));
            QVERIFY2(processed >= previous, "sorted by processing time");
            QVERIFY(processed >= ms(attributes(event).value(u"time")));
            QVERIFY(processed <= nowMs() + 1000);
            previous = processed;
            all.append(event);
        }
        page = get(nextLink);
    }
    QVERIFY2(pages >= 2, "several pages");
    // The last page's cursor, reused, is still caught up.
    const QString last = page.json.value(u"meta").toObject().value(u"next").toString();
    QCOMPARE(get(org(QStringLiteral("/events-stream?cursor=")) + last).data().size(), 0);
    // The stream holds what the search serves, no more and no less.
    QCOMPARE(searchAll(QStringLiteral("limit=500")).size(), all.size());
}

void TestSandboxEvents::streamDescendingKeepsItsOrderInTheCursor()
{
    const Answer first = get(org(QStringLiteral("/events-stream?sortOrder=desc&limit=50")));
    QCOMPARE(first.status, 200);
    const QString cursor = first.json[u"meta"][u"next"].toString();
    const Answer second = get(org(QStringLiteral("/events-stream?cursor=")) + cursor);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.data().size(), 50);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const QJsonArray &data : {first.data(), second.data()}) {
        for (const QJsonValue &event : data) {
            const qint64 processed = ms(attributes(event).value(u"processedAt"));
            QVERIFY2(processed <= previous, "newest processed first, across pages");
            previous = processed;
        }
    }
}

void TestSandboxEvents::reusedCursorReturnsTheSuspendOnceProcessed()
{
    QString cursor;
    streamAll(&cursor);
    QVERIFY(!cursor.isEmpty());

    const QJsonObject person =
        get(QStringLiteral("/admin/v2/orgs/%1/directories/-/users?limit=1").arg(m_server->orgId()))
            .data()
            .first()
            .toObject();
    const QString accountId = person.value(u"accountId").toString();
    QCOMPARE(send("POST", QStringLiteral("/admin/v2/orgs/%1/directories/-/users/%2/suspend")
                              .arg(m_server->orgId(), accountId))
                 .status,
             204);

    // Still being processed: the stream does not show it yet.
    QCOMPARE(get(org(QStringLiteral("/events-stream?cursor=")) + cursor).data().size(), 0);
    m_server->advanceClock(4);
    const Answer later = get(org(QStringLiteral("/events-stream?cursor=")) + cursor);
    QCOMPARE(later.status, 200);
    QCOMPARE(later.data().size(), 1);
    const QJsonObject attrs = attributes(later.data().first());
    QCOMPARE(attrs.value(u"action").toString(), QStringLiteral("user_suspended"));

    // The actor is the key that called: its creator, with the key as the token used.
    const QJsonObject key =
        get(QStringLiteral("/admin/api-access/v1/orgs/%1/api-keys?q=%2")
                .arg(m_server->orgId(),
                     QString::fromLatin1(QUrl::toPercentEncoding(SandboxServer::apiKeyLabel()))))
            .data()
            .first()
            .toObject();
    const QJsonObject actor = attrs.value(u"actor").toObject();
    QCOMPARE(actor.value(u"id").toString(),
             key.value(u"createdBy").toObject().value(u"id").toString());
    QCOMPARE(actor.value(u"auth").toObject().value(u"authType").toString(),
             QStringLiteral("api-token"));
    QCOMPARE(actor.value(u"auth").toObject().value(u"tokenId").toString(),
             key.value(u"id").toString());
    QCOMPARE(actor.value(u"auth").toObject().value(u"tokenLabel").toString(),
             SandboxServer::apiKeyLabel());
    const QJsonObject context = attrs.value(u"context").toArray().first().toObject();
    QCOMPARE(context.value(u"id").toString(), accountId);
    QCOMPARE(context.value(u"attributes").toObject().value(u"email").toString(),
             person.value(u"email").toString());
    QCOMPARE(attrs.value(u"container").toArray().first()[u"id"].toString(), m_server->orgId());

    // The new cursor is caught up again; a failed write adds nothing.
    const QString after = later.json[u"meta"][u"next"].toString();
    QCOMPARE(send("POST", QStringLiteral("/admin/v2/orgs/%1/directories/-/users/nobody/suspend")
                              .arg(m_server->orgId()))
                 .status,
             404);
    m_server->advanceClock(4);
    QCOMPARE(get(org(QStringLiteral("/events-stream?cursor=")) + after).data().size(), 0);
    QCOMPARE(get(org(QStringLiteral("/events/")) + later.data().first()[u"id"].toString()).status,
             200);
}

void TestSandboxEvents::groupCreatedThroughTheApiIsSearchable()
{
    m_server->setEventProcessingDelay(0);
    const QString directory =
        get(QStringLiteral("/admin/v2/orgs/%1/directories").arg(m_server->orgId()))
            .data()
            .first()[u"directoryId"]
            .toString();
    QCOMPARE(send("POST",
                  QStringLiteral("/admin/v2/orgs/%1/directories/%2/groups")
                      .arg(m_server->orgId(), directory),
                  R"({"name": "audit-trail-testers"})")
                 .status,
             201);
    const QJsonArray found = searchAll(QStringLiteral("q=audit-trail-testers"));
    QCOMPARE(found.size(), 1);
    const QJsonObject attrs = attributes(found.first());
    QCOMPARE(attrs.value(u"action").toString(), QStringLiteral("group_created"));
    QCOMPARE(attrs.value(u"context").toArray().first()[u"attributes"][u"name"].toString(),
             QStringLiteral("audit-trail-testers"));
}

void TestSandboxEvents::anotherKeyIsAnotherActorAndScopedKeysRead()
{
    m_server->setEventProcessingDelay(0);
    const QString second = QStringLiteral("second-unscoped-key");
    const QString scoped = QStringLiteral("scoped-key-with-read-events");
    m_server->addApiKey(second, false);
    m_server->addApiKey(scoped, true);
    const QString accountId =
        get(QStringLiteral("/admin/v2/orgs/%1/directories/-/users?limit=2").arg(m_server->orgId()))
            .data()
            .last()[u"accountId"]
            .toString();
    QString cursor;
    streamAll(&cursor);
    QCOMPARE(send("POST",
                  QStringLiteral("/admin/v2/orgs/%1/directories/-/users/%2/restore")
                      .arg(m_server->orgId(), accountId),
                  {}, second)
                 .status,
             204);
    // A key with scopes reads the audit log (read:events:admin) but makes no such write.
    const Answer read =
        send("GET", org(QStringLiteral("/events-stream?cursor=")) + cursor, {}, scoped);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.data().size(), 1);
    const QJsonObject attrs = attributes(read.data().first());
    QCOMPARE(attrs[u"action"].toString(), QStringLiteral("user_restored"));
    const QString label = attrs[u"actor"][u"auth"][u"tokenLabel"].toString();
    QVERIFY(!label.isEmpty());
    QVERIFY2(label != SandboxServer::apiKeyLabel(), qPrintable(label));
    QCOMPARE(attrs[u"context"].toArray().first()[u"id"].toString(), accountId);
}

void TestSandboxEvents::nothingOlderThan180DaysIsServed()
{
    const qint64 oldest = nowMs() - kRetentionMs - 60'000; // a minute of slack for the run
    const QString everything = QStringLiteral("from=%1&limit=500").arg(nowMs() - 400 * kDayMs);
    const QJsonArray searched = searchAll(everything);
    QVERIFY(searched.size() > 1000);
    for (const QJsonValue &event : searched)
        QVERIFY(ms(attributes(event).value(u"time")) >= oldest);
    QString cursor;
    const QJsonArray streamed = streamAll(&cursor, everything);
    QCOMPARE(streamed.size(), searched.size());
    for (const QJsonValue &event : streamed)
        QVERIFY(ms(attributes(event).value(u"time")) >= oldest);
    // 400 days were seeded: the older ones exist, but no route returns them.
    const QString older = QStringLiteral("to=%1").arg(nowMs() - kRetentionMs - kDayMs);
    QCOMPARE(get(org(QStringLiteral("/events?")) + older).data().size(), 0);
    QCOMPARE(get(org(QStringLiteral("/events-stream?")) + older).data().size(), 0);
    // The oldest event served is close to the retention edge: the log goes back further.
    const qint64 oldestServed = ms(attributes(streamed.first()).value(u"time"));
    QVERIFY(oldestServed - (nowMs() - kRetentionMs) < 2 * kDayMs);
}

void TestSandboxEvents::searchFilters()
{
    const QJsonArray sample = get(org(QStringLiteral("/events?limit=200"))).data();
    QVERIFY(sample.size() == 200);
    QJsonObject login;
    for (const QJsonValue &event : sample) {
        if (attributes(event).value(u"action") == QStringLiteral("user_logged_in") &&
            attributes(event).value(u"location").toObject().contains(u"city")) {
            login = event.toObject();
            break;
        }
    }
    QVERIFY(!login.isEmpty());
    const QJsonObject actor = attributes(login).value(u"actor").toObject();
    const QJsonObject location = attributes(login).value(u"location").toObject();
    auto check = [&](const QString &query, const std::function<bool(const QJsonObject &)> &ok) {
        const QJsonArray found = searchAll(query + QStringLiteral("&limit=500"));
        QVERIFY2(!found.isEmpty(), qPrintable(query));
        for (const QJsonValue &event : found)
            QVERIFY2(ok(attributes(event)),
                     qPrintable(query + QStringLiteral(": ") +
                                QString::fromUtf8(QJsonDocument(event.toObject()).toJson())));
    };

    const QString name = actor.value(u"name").toString();
    check(QStringLiteral("q=") + QString::fromLatin1(QUrl::toPercentEncoding(name)),
          [&](const QJsonObject &a) {
              const QString text = QString::fromUtf8(QJsonDocument(a).toJson());
              return text.contains(name, Qt::CaseInsensitive);
          });
    check(QStringLiteral("action=user_logged_in"),
          [](const QJsonObject &a) { return a[u"action"] == QStringLiteral("user_logged_in"); });
    check(QStringLiteral("actor=") + actor.value(u"id").toString(),
          [&](const QJsonObject &a) { return a[u"actor"][u"id"] == actor.value(u"id"); });
    check(QStringLiteral("ip=") + location.value(u"ip").toString(),
          [&](const QJsonObject &a) { return a[u"location"][u"ip"] == location.value(u"ip"); });
    const QJsonArray where{
        QJsonObject{{QStringLiteral("city"), location.value(u"city")},
                    {QStringLiteral("countryName"), location.value(u"countryName")}}};
    check(QStringLiteral("location=") +
              QString::fromLatin1(QUrl::toPercentEncoding(
                  QString::fromUtf8(QJsonDocument(where).toJson(QJsonDocument::Compact)))),
          [&](const QJsonObject &a) { return a[u"location"][u"city"] == location.value(u"city"); });
    check(QStringLiteral("product=jira"), [](const QJsonObject &a) {
        for (const QJsonValue &object : a[u"context"].toArray()) {
            if (object[u"attributes"][u"productKey"].toString().startsWith(QLatin1String("jira")))
                return true;
        }
        return false;
    });
    const qint64 to = nowMs() - 10 * kDayMs;
    const qint64 from = to - 3 * kDayMs;
    check(QStringLiteral("from=%1&to=%2").arg(from).arg(to), [&](const QJsonObject &a) {
        const qint64 time = ms(a[u"time"]);
        return time >= from && time <= to;
    });
    // A filter that names nothing finds nothing.
    QCOMPARE(get(org(QStringLiteral("/events?actor=no-such-account"))).data().size(), 0);
    QCOMPARE(get(org(QStringLiteral("/events?q=zzzzzzzz"))).data().size(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxEvents)
#include "tst_sandboxevents.moc"
