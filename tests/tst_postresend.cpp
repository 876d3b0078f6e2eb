// Does Qt send a POST again on a fresh connection after the server closed the kept-alive
// connection it went out on without answering? A raw loopback server counts what arrived.
//
// The answer on Qt 6.4.2: yes. A POST with a body Qt can rewind (a QByteArray), or with no body,
// arrives twice: Qt resends it by itself, unseen by the caller, whether the connection was
// fresh or reused. For a lifecycle call (deactivate, delete...) that is a change made twice, or
// a change made and then refused as "already done". The ApiClient therefore sends a call that is
// not safe to repeat with a body Qt cannot rewind (OneShotBody): it arrives once, and the call
// fails, for the caller to check what the server holds.
#include "ApiClient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <optional>

namespace {

// Answers GET /ok with a kept-alive 200; closes the connection on any POST /drop once it has
// read it whole, without a word. Counts the POST bodies that arrived.
class DroppingServer : public QObject
{
public:
    DroppingServer()
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                QObject::connect(socket, &QTcpSocket::readyRead, this,
                                 [this, socket] { serve(socket); });
            }
        });
    }

    QUrl url(const QString &path) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_qs.arg(m_server.serverPort()).arg(path));
    }

    int posts = 0;
    int connections = 0;

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QByteArray head = buffer.left(headerEnd);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.trimmed().toLower().startsWith("content-length:"))
                    length = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
            }
            if (buffer.size() < headerEnd + 4 + length)
                return;
            buffer.remove(0, headerEnd + 4 + length);
            if (head.startsWith("POST /drop")) {
                ++posts;
                m_buffers.remove(socket);
                socket->abort();
                socket->deleteLater();
                return;
            }
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Content-Length: 2\r\nConnection: keep-alive\r\n\r\n{}");
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

class TestPostResend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void qtResendsAPostByItself_data();
    void qtResendsAPostByItself();
    void theClientSendsALifecycleCallOnce_data();
    void theClientSendsALifecycleCallOnce();
};

void TestPostResend::qtResendsAPostByItself_data()
{
    QTest::addColumn<bool>("reused");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("fresh connection, a body") << false << QByteArray("{\"message\":\"bye\"}");
    QTest::newRow("kept-alive connection, a body") << true << QByteArray("{\"message\":\"bye\"}");
    QTest::newRow("kept-alive connection, no body") << true << QByteArray();
}

void TestPostResend::qtResendsAPostByItself()
{
    QFETCH(bool, reused);
    QFETCH(QByteArray, body);
    DroppingServer server;
    QNetworkAccessManager network;
    if (reused) {
        QNetworkReply *first = network.get(QNetworkRequest(server.url(u"/ok"_qs)));
        QTRY_VERIFY(first->isFinished());
        QCOMPARE(first->error(), QNetworkReply::NoError);
        first->deleteLater();
    }
    QNetworkRequest request(server.url(u"/drop"_qs));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(request, "POST", body);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QVERIFY(reply->error() != QNetworkReply::NoError);
    // What Qt 6.4.2 does (the answer to the question this file asks): the server saw it twice.
    qInfo("POST arrived %d times over %d connections: %s", server.posts, server.connections,
          qPrintable(reply->errorString()));
    QVERIFY(server.posts >= 1);
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    QCOMPARE(server.posts, 2); // the floor version's answer; later ones may have changed it
#endif
    reply->deleteLater();
}

void TestPostResend::theClientSendsALifecycleCallOnce_data()
{
    QTest::addColumn<bool>("reused");
    QTest::addColumn<bool>("withBody");
    QTest::newRow("fresh connection, a body") << false << true;
    QTest::newRow("kept-alive connection, a body") << true << true;
    QTest::newRow("kept-alive connection, no body") << true << false;
}

void TestPostResend::theClientSendsALifecycleCallOnce()
{
    QFETCH(bool, reused);
    QFETCH(bool, withBody);
    DroppingServer server;
    ApiClient client(server.url(QString()));
    client.setApiKey(u"test-key"_qs);
    RetryPolicy fast;
    fast.baseBackoffMs = 5;
    client.setRetryPolicy(fast);
    if (reused) {
        ApiReply *first = client.send(ApiRequest::get(u"/ok"_qs));
        std::optional<bool> firstOk;
        connect(first, &ApiReply::finished, this, [first, &firstOk] { firstOk = first->ok(); });
        QTRY_VERIFY(firstOk.has_value());
        QVERIFY(*firstOk);
    }
    // As UserOperation sends a deactivation: a POST not safe to repeat.
    const ApiRequest deactivate =
        withBody ? ApiRequest::post(u"/drop"_qs, {{u"message"_qs, u"bye"_qs}}, false)
                 : ApiRequest::post(u"/drop"_qs, false);
    ApiReply *reply = client.send(deactivate);
    // Read in the signal: the reply is deleted later, and waiting deletes it.
    std::optional<ApiError> error;
    connect(reply, &ApiReply::finished, this, [reply, &error] { error = reply->error(); });
    QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 10000);
    QCOMPARE(error->kind(), ApiError::Kind::Network);
    QVERIFY(!error->userMessage().isEmpty());
    QCOMPARE(server.posts, 1);
}

QTEST_GUILESS_MAIN(TestPostResend)
#include "tst_postresend.moc"
