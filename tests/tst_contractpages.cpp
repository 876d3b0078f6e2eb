#include "SandboxServer.h"
#include "SpecContractFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

namespace {
enum class Paging { BodyCursor, QueryCursor, FullUrl };
constexpr int MaxPages = 10;
} // namespace

// Paged answers of the server checked page after page against the official OpenAPI documents,
// and proof that the checks catch a broken answer.
class TestContractPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pages_data();
    void pages();
    void brokenAnswersAreCaught();

private:
    SpecContractFixture m_fixture;
};

void TestContractPages::initTestCase()
{
    sandbox::SandboxOptions options;
    options.users = 300;
    options.seed = 7;
    options.eventsRateLimitPerMinute = 0; // ten pages of the search in a row
    QString error;
    QVERIFY2(m_fixture.start(options, &error), qPrintable(error));
}

// Cursors walk through distinct pages, each of which validates.
void TestContractPages::pages_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("paging");
    QTest::addColumn<QString>("idField");
    auto row = [](const char *name, const char *method, const char *path, int pageSize,
                  Paging paging, const char *idField) {
        QTest::newRow(name) << QByteArray(method) << QString::fromUtf8(path) << pageSize
                            << int(paging) << QString::fromUtf8(idField);
    };
    // clang-format off
    row("users search (P2, body)", "POST", "/admin/v2/orgs/{org}/directories/-/users/search", 40, Paging::BodyCursor, "accountId");
    row("users list (P2, query)", "GET", "/admin/v2/orgs/{org}/directories/{dir}/users", 7, Paging::QueryCursor, "accountId");
    row("directories (P2, query)", "GET", "/admin/v2/orgs/{org}/directories", 1, Paging::QueryCursor, "directoryId");
    row("managed accounts (P1, URLs)", "GET", "/admin/v1/orgs/{org}/users", 100, Paging::FullUrl, "account_id");
    row("events search (P1, URLs)", "GET", "/admin/v1/orgs/{org}/events?limit=100", 100, Paging::FullUrl, "id");
    row("events stream (P1, URLs)", "GET", "/admin/v1/orgs/{org}/events-stream?limit=100", 100, Paging::FullUrl, "id");
    // clang-format on
}

void TestContractPages::pages()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, pageSize);
    QFETCH(int, paging);
    QFETCH(QString, idField);
    const QString firstPath = m_fixture.fill(path);
    const bool byBody = Paging(paging) == Paging::BodyCursor;
    // Every page of a POST search resends its filters: here, every expansion, so that all the
    // optional parts of each user get validated too.
    const auto bodyWith = [pageSize](const QString &cursor) {
        const QJsonArray expand{QStringLiteral("platformRoles"), QStringLiteral("counts.resources"),
                                QStringLiteral("productAccess"), QStringLiteral("groups")};
        QJsonObject body{{QStringLiteral("limit"), pageSize}, {QStringLiteral("expand"), expand}};
        if (!cursor.isEmpty())
            body.insert(QStringLiteral("cursor"), cursor);
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    };
    const QString sized = Paging(paging) == Paging::QueryCursor
                              ? QStringLiteral("?limit=%1").arg(pageSize)
                              : QString();
    HttpExchange exchange =
        m_fixture.send(method, firstPath + sized, byBody ? bodyWith({}) : QByteArray());
    QSet<QString> seen;
    int pages = 1;
    for (;; ++pages) {
        QCOMPARE(exchange.status, 200);
        const QStringList problems = m_fixture.contract().responseProblems(exchange);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const QJsonObject page = m_fixture.object(exchange);
        const QJsonArray data = page.value(QStringLiteral("data")).toArray();
        QVERIFY(data.size() <= pageSize);
        for (const QJsonValue &item : data) {
            const QString id = item[idField].toString();
            QVERIFY2(!id.isEmpty() && !seen.contains(id),
                     qPrintable(QStringLiteral("page %1 repeats or lacks %2").arg(pages).arg(id)));
            seen.insert(id);
        }
        const QString next = page.value(QStringLiteral("links"))[QStringLiteral("next")].toString();
        if (next.isEmpty() || pages == MaxPages)
            break;
        QVERIFY2(!data.isEmpty(), "an empty page with a next link");
        if (byBody) {
            const QStringList requestProblems =
                m_fixture.contract().requestProblems(method, firstPath, bodyWith(next));
            QVERIFY2(requestProblems.isEmpty(), qPrintable(requestProblems.join(u'\n')));
            exchange = m_fixture.send(method, firstPath, bodyWith(next));
        } else if (Paging(paging) == Paging::QueryCursor) {
            exchange = m_fixture.send(method,
                                      firstPath + QStringLiteral("?cursor=") +
                                          QString::fromLatin1(QUrl::toPercentEncoding(next)),
                                      {});
        } else {
            QVERIFY2(next.startsWith(QLatin1String("http")),
                     qPrintable(QStringLiteral("P1 links are URLs, got ") + next));
            exchange = m_fixture.send(method, next, {});
        }
    }
    QVERIFY2(pages >= 2,
             qPrintable(QStringLiteral("only %1 items: no second page to walk").arg(seen.size())));
}

// The checks above can fail: a good answer, broken in three ways, gives three precise problems.
void TestContractPages::brokenAnswersAreCaught()
{
    const SpecContract strict(m_fixture.catalog(), true);
    HttpExchange exchange = m_fixture.send(
        "POST", m_fixture.fill(QStringLiteral("/admin/v2/orgs/{org}/directories/-/users/search")),
        R"({"limit": 2})");
    QCOMPARE(strict.responseProblems(exchange), QStringList());

    QJsonObject page = m_fixture.object(exchange);
    QJsonArray data = page.value(QStringLiteral("data")).toArray();
    QJsonObject user = data.at(1).toObject();
    user.insert(QStringLiteral("status"), QStringLiteral("weird"));
    user.insert(QStringLiteral("mfaEnabled"), QStringLiteral("yes"));
    user.insert(QStringLiteral("accountID"), user.value(QStringLiteral("accountId")));
    data.replace(1, user);
    page.insert(QStringLiteral("data"), data);
    exchange.body = QJsonDocument(page).toJson();
    const QString prefix =
        QStringLiteral("POST /v2/orgs/{orgId}/directories/{directoryId}/users/search in "
                       "organizations.openapi.json 200: $.data[1].");
    const QStringList problems = strict.responseProblems(exchange);
    QCOMPARE(problems.size(), 3);
    QCOMPARE(problems.at(0),
             prefix + QStringLiteral(R"(mfaEnabled: expected boolean, got string "yes")"));
    QVERIFY2(problems.at(1).startsWith(prefix +
                                       QStringLiteral(R"(status: "weird" not in enum ["active",)")),
             qPrintable(problems.at(1)));
    QCOMPARE(problems.at(2),
             prefix + QStringLiteral("accountID: property not declared by the schema"));

    exchange.status = 418;
    QCOMPARE(strict.responseProblems(exchange),
             QStringList{QStringLiteral("status 418 is not documented for POST "
                                        "/v2/orgs/{orgId}/directories/{directoryId}/users/search "
                                        "in organizations.openapi.json")});
}

QTEST_GUILESS_MAIN(TestContractPages)
#include "tst_contractpages.moc"
