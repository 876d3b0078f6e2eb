#include "SpecCatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

// The copies of the official documents and the catalog that the contract test looks them up in.
class TestContractSpecs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void find_data();
    void find();
    void response_data();
    void response();
    void requestBody();
    void everyRefResolves_data();
    void everyRefResolves();
    void accountIdsAreNotUuids();

private:
    static QString specPath(const char *name)
    {
        return QStringLiteral(ORGDESK_TEST_DATA_DIR "/specs/") + QString::fromLatin1(name);
    }
    SpecCatalog m_catalog;
};

void TestContractSpecs::initTestCase()
{
    for (const char *name : {"organizations.openapi.json", "user-management.openapi.json",
                             "user-provisioning-2022.openapi.json"}) {
        QString error;
        QVERIFY2(m_catalog.load(specPath(name), &error), qPrintable(error));
    }
    // 47 organizations + 10 user management + 20 SCIM (2022) operations.
    QCOMPARE(m_catalog.operations().size(), 47 + 10 + 20);
}

void TestContractSpecs::find_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected"); // describe(), or empty for no operation
    QTest::addColumn<QString>("accountId");

    auto row = [](const char *name, const char *method, const char *path, const char *expected,
                  const char *accountId = "") {
        QTest::newRow(name) << QString::fromLatin1(method) << QString::fromLatin1(path)
                            << QString::fromLatin1(expected) << QString::fromLatin1(accountId);
    };
    row("orgs", "GET", "/admin/v1/orgs", "GET /v1/orgs in organizations.openapi.json");
    row("search", "post", "/admin/v2/orgs/abc/directories/-/users/search",
        "POST /v2/orgs/{orgId}/directories/{directoryId}/users/search in "
        "organizations.openapi.json");
    row("count is not an account", "GET", "/admin/v2/orgs/abc/directories/-/users/count",
        "GET /v2/orgs/{orgId}/directories/{directoryId}/users/count in organizations.openapi.json");
    row("mended user route", "GET", "/admin/v2/orgs/abc/directories/-/users/712020:2a3c",
        "GET /v2/orgs/{orgId}/directories/{directoryId}/users/{accountId} in "
        "organizations.openapi.json",
        "712020:2a3c");
    row("user management", "GET", "/users/5b10ac8d82e05b22cc7d4ef5/manage/profile",
        "GET /users/{account_id}/manage/profile in user-management.openapi.json");
    row("scim", "GET", "/scim/directory/d1/Users/u1",
        "GET /scim/directory/{directoryId}/Users/{userId} in user-provisioning-2022.openapi.json");
    row("scim literal resource type", "GET", "/scim/directory/d1/ResourceTypes/User",
        "GET /scim/directory/{directoryId}/ResourceTypes/User in "
        "user-provisioning-2022.openapi.json");
    row("without base path", "GET", "/v1/orgs", "");
    row("wrong method", "PUT", "/admin/v1/orgs", "");
    row("trailing segment", "GET", "/admin/v1/orgs/abc/nope", "");
    row("no spec (DLP)", "GET", "/admin/dlp/v1/orgs/abc/levels", "");
}

void TestContractSpecs::find()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QFETCH(QString, accountId);
    const SpecOperation operation = m_catalog.find(method, path);
    QCOMPARE(operation.isValid() ? operation.describe() : QString(), expected);
    if (!accountId.isEmpty())
        QCOMPARE(operation.pathParameters.value(QStringLiteral("accountId")), accountId);
}

void TestContractSpecs::response_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<bool>("documented");
    QTest::addColumn<QString>("schemaRef"); // the $ref of the schema, or "" for none

    QTest::newRow("200") << "/admin/v1/orgs" << 200 << "application/json" << true
                         << "#/components/schemas/OrgPage";
    QTest::newRow("401 through a response $ref")
        << "/admin/v1/orgs" << 401 << "application/json; charset=utf-8" << true
        << "#/components/schemas/ProxyError";
    QTest::newRow("undocumented status")
        << "/admin/v1/orgs" << 404 << "application/json" << false << "";
    QTest::newRow("undocumented media type")
        << "/admin/v1/orgs" << 200 << "text/html" << true << "";
    QTest::newRow("no body") << "/users/a/manage/lifecycle/enable" << 204 << "application/json"
                             << true << "";
}

void TestContractSpecs::response()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, contentType);
    QFETCH(bool, documented);
    QFETCH(QString, schemaRef);
    const QString method =
        path.contains(QLatin1String("lifecycle")) ? QStringLiteral("POST") : QStringLiteral("GET");
    const SpecResponse response =
        m_catalog.response(m_catalog.find(method, path), status, contentType);
    QCOMPARE(response.documented, documented);
    QCOMPARE(response.schema.toObject().value(QStringLiteral("$ref")).toString(), schemaRef);
    QCOMPARE(response.schema.isUndefined(), schemaRef.isEmpty());
}

void TestContractSpecs::requestBody()
{
    const SpecOperation search = m_catalog.find(
        QStringLiteral("POST"), QStringLiteral("/admin/v2/orgs/o/directories/-/users/search"));
    bool required = true;
    const QJsonValue schema =
        m_catalog.requestBody(search, QStringLiteral("application/json"), &required);
    QCOMPARE(schema.toObject().value(QStringLiteral("$ref")).toString(),
             QStringLiteral("#/components/schemas/MultiDirectoryUserSearchRequest"));
    QVERIFY(!required);
    const SpecOperation email =
        m_catalog.find(QStringLiteral("PUT"), QStringLiteral("/users/a/manage/email"));
    QVERIFY(m_catalog.requestBody(email, QStringLiteral("application/json"), &required).isObject());
    QVERIFY(required);
    QVERIFY(
        m_catalog
            .requestBody(m_catalog.find(QStringLiteral("GET"), QStringLiteral("/admin/v1/orgs")))
            .isUndefined());
}

void TestContractSpecs::everyRefResolves_data()
{
    QTest::addColumn<QString>("fileName");
    for (const QString &name : QDir(specPath("")).entryList({QStringLiteral("*.json")}))
        QTest::newRow(qPrintable(name)) << specPath("") + name;
}

void TestContractSpecs::everyRefResolves()
{
    QFETCH(QString, fileName);
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
    const JsonSchemaValidator validator(document);
    QStringList dangling;
    std::function<void(const QJsonValue &)> walk = [&](const QJsonValue &value) {
        const QJsonObject object = value.toObject();
        const QString ref = object.value(QStringLiteral("$ref")).toString();
        if (!ref.isEmpty() && validator.pointer(ref).isUndefined())
            dangling.append(ref);
        for (const QJsonValue &child : object)
            walk(child);
        for (const QJsonValue &child : value.toArray())
            walk(child);
    };
    walk(document);
    QVERIFY2(dangling.isEmpty(), qPrintable(dangling.join(QStringLiteral(", "))));
}

// The mends of README.md: an account id passes where the published documents rejected it.
void TestContractSpecs::accountIdsAreNotUuids()
{
    const SpecOperation assign = m_catalog.find(
        QStringLiteral("POST"), QStringLiteral("/admin/v1/orgs/o/users/u/roles/assign"));
    for (const QJsonValue &parameter :
         assign.operation.value(QStringLiteral("parameters")).toArray()) {
        const QJsonObject resolved = assign.spec->validator.resolve(parameter).toObject();
        if (resolved.value(QStringLiteral("name")) == QLatin1String("userId"))
            QCOMPARE(assign.spec->validator.validate(QStringLiteral("5b10ac8d82e05b22cc7d4ef5"),
                                                     resolved.value(QStringLiteral("schema"))),
                     QStringList());
    }
    const SpecOperation profile =
        m_catalog.find(QStringLiteral("GET"), QStringLiteral("/users/a/manage/profile"));
    const JsonSchemaValidator &um = profile.spec->validator;
    QCOMPARE(um.validate(QStringLiteral("712020:2a3c1d8e-0d6b-4a4b-9c1f-2b7c0e0f5a11"),
                         um.pointer(QStringLiteral("#/components/schemas/AccountId"))),
             QStringList());
}

QTEST_GUILESS_MAIN(TestContractSpecs)
#include "tst_contractspecs.moc"
