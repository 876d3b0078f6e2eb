// The fault mix's spec (orgdesk-sandbox --faults): what it reads, what it refuses and how it
// says so, and that the same seed gives the same faults.
#include "FaultMix.h"
#include "SandboxServer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using sandbox::FaultMix;

class TestFaultMix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryKind();
    void refusesABadSpecNamingThePart_data();
    void refusesABadSpecNamingThePart();
    void theSameSeedGivesTheSameFaults();
};

void TestFaultMix::readsEveryKind()
{
    QString error;
    const std::optional<FaultMix> mix = FaultMix::parse(
        u"5xx=0.1:502, drop=0.05,slow=0.05:3000,malformed=0.02,truncated=0.02,wrongshape=0.01,"
        "429burst=0.02"_qs,
        &error);
    QVERIFY2(mix, qPrintable(error));
    QCOMPARE(mix->entries.size(), 7);
    QCOMPARE(mix->entries.at(0).kind, FaultMix::Kind::ServerError);
    QCOMPARE(mix->entries.at(0).param, 502);
    QCOMPARE(mix->entries.at(0).fraction, 0.1);
    QCOMPARE(mix->entries.at(2).param, 3000);
    QCOMPARE(mix->entries.at(6).kind, FaultMix::Kind::RateLimitBurst);
    QCOMPARE(mix->entries.at(6).param, 3); // the default burst
    QVERIFY(FaultMix::parse(QString())->isEmpty());
}

void TestFaultMix::refusesABadSpecNamingThePart_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("named");
    QTest::newRow("unknown kind") << u"5xx=0.1,boom=0.2"_qs << u"'boom=0.2': unknown fault kind"_qs;
    QTest::newRow("no fraction") << u"drop"_qs << u"'drop': expected kind=fraction"_qs;
    QTest::newRow("fraction above 1") << u"drop=1.5"_qs << u"'drop=1.5': the fraction"_qs;
    QTest::newRow("fraction not a number") << u"drop=lots"_qs << u"'drop=lots': the fraction"_qs;
    QTest::newRow("parameter where none goes")
        << u"malformed=0.1:5"_qs << u"malformed takes no parameter"_qs;
    QTest::newRow("status outside 5xx") << u"5xx=0.1:404"_qs << u"'5xx=0.1:404': the parameter"_qs;
    QTest::newRow("named twice") << u"drop=0.1,drop=0.2"_qs << u"drop is named twice"_qs;
    QTest::newRow("more than everything") << u"5xx=0.7,drop=0.4"_qs << u"add up to more than 1"_qs;
}

void TestFaultMix::refusesABadSpecNamingThePart()
{
    QFETCH(QString, spec);
    QFETCH(QString, named);
    QString error;
    QVERIFY(!FaultMix::parse(spec, &error));
    QVERIFY2(error.contains(named), qPrintable(error));
}

void TestFaultMix::theSameSeedGivesTheSameFaults()
{
    // Each GET in turn: the statuses (0 for a dropped connection) follow from the seed alone.
    auto statuses = [](quint32 seed) {
        sandbox::SandboxOptions options;
        options.users = 20;
        sandbox::SandboxServer server(options);
        if (!server.start() || !server.setFaultMix(u"5xx=0.3,drop=0.2,malformed=0.2"_qs, seed))
            return QList<int>();
        QNetworkAccessManager network;
        QList<int> seen;
        for (int i = 0; i < 30; ++i) {
            QNetworkRequest request(server.baseUrl().resolved(QUrl(u"/admin/v1/orgs"_qs)));
            request.setRawHeader("Authorization", "Bearer " + server.apiKey().toUtf8());
            std::unique_ptr<QNetworkReply> reply(network.get(request));
            if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
                return QList<int>();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const bool json = reply->readAll().startsWith('{');
            seen.append(status == 200 && !json ? -200 : status);
        }
        return seen;
    };
    const QList<int> first = statuses(7);
    QCOMPARE(first.size(), 30);
    QCOMPARE(statuses(7), first);
    QVERIFY(first.contains(503) && first.contains(-200) && first.contains(200));
    QVERIFY(statuses(8) != first);
}

QTEST_GUILESS_MAIN(TestFaultMix)
#include "tst_faultmix.moc"
