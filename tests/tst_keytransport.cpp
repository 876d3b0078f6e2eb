#include "ApiClient.h"
#include "SandboxServer.h"
#include "TestServer.h"

#include <QFile>
#include <QProcess>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using sandbox::FaultRule;

Q_DECLARE_METATYPE(CertificateProblem)

namespace {

// A second loopback server that writes down every byte it receives and answers 200 "{}": where
// a redirect would take the key if the client followed it.
class RecordingServer : public QTcpServer
{
public:
    QByteArray received;
    int connections = 0;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        ++connections;
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            received += socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Content-Length: 2\r\n\r\n{}");
        });
    }
};

// A loopback TLS server with a certificate of the test's own making, which no computer trusts.
class UntrustedTlsServer : public QTcpServer
{
public:
    QSslCertificate certificate;
    QSslKey key;
    QByteArray received;
    int connections = 0;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        ++connections;
        auto *socket = new QSslSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->setLocalCertificate(certificate);
        socket->setPrivateKey(key);
        connect(socket, &QSslSocket::readyRead, this,
                [this, socket] { received += socket->readAll(); });
        socket->startServerEncryption();
    }
};

} // namespace

// The key goes only to the API's own origin (scheme, host and port), and a certificate the
// computer does not trust is said as such, never retried as a network failure.
class TestKeyTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void redirectToAnotherServerIsNotFollowed_data();
    void redirectToAnotherServerIsNotFollowed();
    void redirectWithinTheApiIsFollowed();
    void untrustedCertificateIsSaidAndNotRetried();
    void certificateProblemsInWords_data();
    void certificateProblemsInWords();

private:
    QString orgPath() const { return u"/admin/v1/orgs/"_qs + m_server.orgId(); }
    static ApiError await(ApiReply *reply, int *attempts = nullptr)
    {
        bool finished = false;
        ApiError error;
        QObject::connect(reply, &ApiReply::finished, reply, [&] {
            finished = true;
            error = reply->error();
            if (attempts)
                *attempts = reply->attempts();
        });
        if (!QTest::qWaitFor([&] { return finished; }, 20000))
            qWarning("the reply never finished");
        return error;
    }

    TestServer m_server;
    std::unique_ptr<ApiClient> m_client;
};

void TestKeyTransport::initTestCase()
{
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 50, 3}));
}

void TestKeyTransport::init()
{
    m_server.sandbox()->clearFaults();
    m_server.sandbox()->clearReceivedRequests();
    m_client = std::make_unique<ApiClient>(m_server.baseUrl());
    m_client->setApiKey(m_server.apiKey());
}

void TestKeyTransport::redirectToAnotherServerIsNotFollowed_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("verb");
    QTest::newRow("302 GET") << 302 << QByteArray("GET");
    QTest::newRow("307 GET") << 307 << QByteArray("GET");
    QTest::newRow("308 GET") << 308 << QByteArray("GET");
    QTest::newRow("307 POST") << 307 << QByteArray("POST");
    QTest::newRow("301 DELETE") << 301 << QByteArray("DELETE");
}

void TestKeyTransport::redirectToAnotherServerIsNotFollowed()
{
    QFETCH(int, status);
    QFETCH(QByteArray, verb);
    RecordingServer elsewhere;
    QVERIFY(elsewhere.listen(QHostAddress::LocalHost));
    const QString target =
        QStringLiteral("http://127.0.0.1:%1/admin/v1/orgs/stolen").arg(elsewhere.serverPort());

    FaultRule redirect;
    redirect.pathPattern = QRegularExpression(QStringLiteral("^/admin/v1/orgs/"));
    redirect.kind = FaultRule::Redirect;
    redirect.status = status;
    redirect.location = target.toUtf8();
    m_server.sandbox()->addFault(redirect);

    ApiRequest request = ApiRequest::get(orgPath());
    request.verb = verb;
    request.idempotent = true; // even a call that may be retried is not sent elsewhere
    const ApiError error = await(m_client->send(request));

    QCOMPARE(error.kind(), ApiError::Kind::Redirected);
    QVERIFY2(
        error.userMessage().contains(QStringLiteral("127.0.0.1:%1").arg(elsewhere.serverPort())),
        qPrintable(error.userMessage()));
    QVERIFY(!error.isTransient());
    QTest::qWait(200); // a follow-up, were there one, would arrive by now
    QVERIFY(!elsewhere.received.contains(m_server.apiKey().toUtf8()));
    QCOMPARE(elsewhere.connections, 0);
    QCOMPARE(m_server.sandbox()->receivedRequests().size(), 1);
}

void TestKeyTransport::redirectWithinTheApiIsFollowed()
{
    FaultRule redirect;
    redirect.pathPattern = QRegularExpression(QStringLiteral("^/admin/v1/orgs/moved$"));
    redirect.kind = FaultRule::Redirect;
    redirect.status = 307;
    redirect.location = orgPath().toUtf8(); // relative: the same origin
    m_server.sandbox()->addFault(redirect);

    const ApiError error =
        await(m_client->send(ApiRequest::get(QStringLiteral("/admin/v1/orgs/moved"))));
    QVERIFY2(!error.isError(), qPrintable(error.detailedMessage()));
    const auto received = m_server.sandbox()->receivedRequests();
    QCOMPARE(received.size(), 2);
    QCOMPARE(received.at(1).path, orgPath());
    QCOMPARE(received.at(1).header("Authorization"), "Bearer " + m_server.apiKey().toUtf8());
}

void TestKeyTransport::untrustedCertificateIsSaidAndNotRetried()
{
    QTemporaryDir folder;
    const QString keyPath = folder.filePath(QStringLiteral("key.pem"));
    const QString certificatePath = folder.filePath(QStringLiteral("certificate.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certificatePath});
    QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0,
             "openssl (Debian's openssl package) makes the test's certificate");

    UntrustedTlsServer server;
    QFile certificateFile(certificatePath);
    QFile keyFile(keyPath);
    QVERIFY(certificateFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    server.certificate = QSslCertificate(&certificateFile, QSsl::Pem);
    server.key = QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem);
    QVERIFY(!server.certificate.isNull() && !server.key.isNull());
    QVERIFY(server.listen(QHostAddress::LocalHost));

    ApiClient client(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort())));
    client.setApiKey(m_server.apiKey());
    int attempts = 0;
    const ApiError error = await(client.send(ApiRequest::get(orgPath())), &attempts);

    QCOMPARE(error.kind(), ApiError::Kind::Certificate);
    QCOMPARE(error.certificateProblem(), CertificateProblem::UnknownIssuer);
    QCOMPARE(error.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(!error.isTransient());
    QCOMPARE(attempts, 1);
    QCOMPARE(server.connections, 1);
    const QString message = error.userMessage();
    QVERIFY2(message.contains(QLatin1String("127.0.0.1")) &&
                 message.contains(QLatin1String("authority this computer does not trust")) &&
                 message.contains(QLatin1String("proxy")),
             qPrintable(message));
    QVERIFY(!message.contains(QLatin1String("network connection")));
    QVERIFY(!server.received.contains(m_server.apiKey().toUtf8()));
}

void TestKeyTransport::certificateProblemsInWords_data()
{
    QTest::addColumn<QList<QSslError>>("errors");
    QTest::addColumn<CertificateProblem>("problem");
    QTest::addColumn<QString>("words");
    QTest::newRow("expired") << QList<QSslError>{QSslError(QSslError::CertificateExpired)}
                             << CertificateProblem::Expired << u"expired"_qs;
    QTest::newRow("wrong host") << QList<QSslError>{QSslError(QSslError::HostNameMismatch)}
                                << CertificateProblem::WrongHost << u"another name"_qs;
    QTest::newRow("company proxy")
        << QList<QSslError>{QSslError(QSslError::HostNameMismatch),
                            QSslError(QSslError::UnableToGetLocalIssuerCertificate)}
        << CertificateProblem::UnknownIssuer << u"does not trust"_qs;
    QTest::newRow("revoked") << QList<QSslError>{QSslError(QSslError::CertificateRevoked)}
                             << CertificateProblem::Revoked << u"revoked"_qs;
}

void TestKeyTransport::certificateProblemsInWords()
{
    QFETCH(QList<QSslError>, errors);
    QFETCH(CertificateProblem, problem);
    QFETCH(QString, words);
    QCOMPARE(certificateProblemOf(errors), problem);
    const ApiError error =
        ApiError::certificate(u"api.atlassian.com"_qs, problem, errors.first().errorString());
    QVERIFY(error.userMessage().contains(words));
    QVERIFY(error.userMessage().contains(u"api.atlassian.com"_qs));
}

QTEST_GUILESS_MAIN(TestKeyTransport)
#include "tst_keytransport.moc"
