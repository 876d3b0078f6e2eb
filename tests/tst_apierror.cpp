#include "ApiError.h"

#include <QTest>

// Every error body shape of CATALOG §0.4 maps to the right kind, code and message.
class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromHttp_data();
    void fromHttp();
    void scopedKeyIsExplained();
    void unclaimedDomainNamesTheDomain();
    void transientKinds();
};

void TestApiError::fromHttp_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("ProxyError 401")
        << 401 << QByteArray(R"({"code":401,"message":"Unauthorized"})")
        << ApiError::Kind::Unauthorized << u"401"_qs << u"Unauthorized"_qs;
    QTest::newRow("ApplicationErrors 404")
        << 404
        << QByteArray(
               R"({"errors":[{"id":"x","status":"404","code":"ADMIN-404-2","title":"Not Found","detail":"No such org"}]})")
        << ApiError::Kind::NotFound << u"ADMIN-404-2"_qs << u"No such org"_qs;
    QTest::newRow("Errors 400 title only")
        << 400 << QByteArray(R"({"errors":[{"code":"ADMIN-400-1","title":"Invalid cursor"}]})")
        << ApiError::Kind::BadRequest << u"ADMIN-400-1"_qs << u"Invalid cursor"_qs;
    QTest::newRow("User management key/context")
        << 403
        << QByteArray(
               R"({"key":"forbidden.action","context":{"allowed":false,"reason":{"key":"managedAccount"}}})")
        << ApiError::Kind::Forbidden << u"forbidden.action"_qs << u"managedAccount"_qs;
    QTest::newRow("field violations")
        << 400
        << QByteArray(
               R"({"key":"fieldConstraintsViolated","context":{"fieldViolations":[{"field":"nickname","violations":[{"key":"tooLong"}]}]}})")
        << ApiError::Kind::BadRequest << u"fieldConstraintsViolated"_qs << u"nickname"_qs;
    QTest::newRow("lifecycle 409 array")
        << 409
        << QByteArray(R"([{"code":"NOT_ELIGIBLE","message":"Account cannot be deactivated"}])")
        << ApiError::Kind::Conflict << u"NOT_ELIGIBLE"_qs << u"Account cannot be deactivated"_qs;
    QTest::newRow("SCIM error")
        << 409
        << QByteArray(
               R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":"409","scimType":"uniqueness","detail":"User exists"})")
        << ApiError::Kind::Conflict << u"uniqueness"_qs << u"User exists"_qs;
    QTest::newRow("Control 403") << 403 << QByteArray(R"({"code":403,"message":"Forbidden"})")
                                 << ApiError::Kind::Forbidden << u"403"_qs << u"Forbidden"_qs;
    QTest::newRow("429 no body") << 429 << QByteArray() << ApiError::Kind::RateLimited << QString()
                                 << QString();
    QTest::newRow("500 html") << 502 << QByteArray("<html>Bad gateway</html>")
                              << ApiError::Kind::Server << QString() << QString();
    QTest::newRow("418 unknown") << 418 << QByteArray("{}") << ApiError::Kind::BadResponse
                                 << QString() << QString();
}

void TestApiError::fromHttp()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, code);
    QFETCH(QString, message);

    const ApiError error = ApiError::fromHttp(status, body);
    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(error.serverCode(), code);
    QCOMPARE(error.serverMessage(), message);
    QVERIFY(error.isError());
    QVERIFY(!error.userMessage().isEmpty());
}

void TestApiError::scopedKeyIsExplained()
{
    const ApiError error = ApiError::fromHttp(
        403, R"({"key":"forbidden","context":{"message":"requires scope manage:org"}})");
    QCOMPARE(error.kind(), ApiError::Kind::Forbidden);
    const ApiError proxy = ApiError::fromHttp(
        403, R"({"code":403,"message":"The key lacks the required scope manage:org"})");
    QVERIFY2(proxy.userMessage().contains(u"without scopes"_qs), qPrintable(proxy.userMessage()));
}

void TestApiError::unclaimedDomainNamesTheDomain()
{
    const ApiError error = ApiError::fromHttp(
        403, R"({"key":"forbidden.unclaimedDomain","context":{"domain":"example.org"}})");
    QVERIFY(error.userMessage().contains(u"example.org"_qs));
}

void TestApiError::transientKinds()
{
    QVERIFY(ApiError::network(u"refused"_qs).isTransient());
    QVERIFY(ApiError::timeout().isTransient());
    QVERIFY(ApiError::fromHttp(503, {}).isTransient());
    QVERIFY(!ApiError::fromHttp(400, {}).isTransient());
    QVERIFY(!ApiError::fromHttp(401, {}).isTransient());
    QVERIFY(!ApiError::cancelled().isTransient());
    QVERIFY(!ApiError().isError());
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
