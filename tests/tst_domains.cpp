// The Domains area: the service against the sandbox's routes (paging, errors), the pane as a
// person uses it (offscreen), and "Show users on this domain" leading to the Users area.

#include "ApiClient.h"
#include "Connection.h"
#include "DomainService.h"
#include "DomainsModel.h"
#include "DomainsPane.h"
#include "FieldListPane.h"
#include "MainWindow.h"
#include "MessagePanel.h"
#include "SandboxServer.h"
#include "Settings.h"
#include "TestServer.h"
#include "UsersModel.h"
#include "UsersPane.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <memory>

class TestDomains : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void listFollowsTheNextLinksAndHasEveryStatus();
    void oneDomainAndItsErrors_data();
    void oneDomainAndItsErrors();
    void aBadCursorIsRefused();
    void anotherOrgIsNotAllowed();
    void paneFindsTheUnverifiedDomainAndSaysWhatToDo();
    void paneShowsAFailedLoadWithRetry();
    void showUsersOpensTheUsersAreaFilteredByTheDomain();

private:
    QList<Domain> loadAll(const DomainService &service, ApiError *error = nullptr);
    int domainGets() const;

    TestServer m_server;
    std::unique_ptr<Connection> m_connection;
};

void TestDomains::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The Users area as it lists from the server; the directory cache has its own tests.
    Settings().setValue(SettingKeys::directoryCache, false);
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 300, 5}));
    if (m_server.isExternal())
        QSKIP("Checks the seeded domains and their statuses: sandbox only.");
}

void TestDomains::init()
{
    m_connection =
        std::make_unique<Connection>(m_server.baseUrl(), m_server.orgId(), m_server.apiKey());
    m_connection->setSandbox(true);
    m_server.sandbox()->clearFaults();
    m_server.sandbox()->clearReceivedRequests();
}

QList<Domain> TestDomains::loadAll(const DomainService &service, ApiError *error)
{
    bool done = false;
    QList<Domain> domains;
    service.domains(this, [&](const ApiResult<QList<Domain>> &result) {
        domains = result.value;
        if (error)
            *error = result.error;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("the domains did not come");
    return domains;
}

int TestDomains::domainGets() const
{
    int count = 0;
    for (const auto &request : m_server.sandbox()->receivedRequests())
        count += request.path.endsWith(u"/domains"_qs) ? 1 : 0;
    return count;
}

void TestDomains::listFollowsTheNextLinksAndHasEveryStatus()
{
    const DomainService service(m_connection->client(), m_server.orgId());
    ApiError error;
    const QList<Domain> domains = loadAll(service, &error);
    QVERIFY2(!error.isError(), qPrintable(error.detailedMessage()));
    QCOMPARE(domains.size(), 6);
    // The sandbox answers four a page: the second page came from links.next, with a cursor.
    QCOMPARE(domainGets(), 2);
    const auto requests = m_server.sandbox()->receivedRequests();
    QVERIFY(!requests.first().query.hasQueryItem(u"cursor"_qs));
    QVERIFY(!requests.last().query.queryItemValue(u"cursor"_qs).isEmpty());
    QSet<Domain::Status> statuses;
    QSet<Domain::ClaimType> types;
    for (const Domain &domain : domains) {
        statuses.insert(domain.status);
        types.insert(domain.claimType);
        QVERIFY(!domain.id.isEmpty());
    }
    QCOMPARE(statuses.size(), 5);
    QVERIFY(!statuses.contains(Domain::Status::Unknown));
    QCOMPARE(types, (QSet<Domain::ClaimType>{Domain::ClaimType::Dns, Domain::ClaimType::Http}));
    // The verified domains are the e-mail domains of the org's managed accounts.
    QStringList verified;
    for (const Domain &domain : domains) {
        if (domain.status == Domain::Status::Verified)
            verified.append(domain.name);
    }
    verified.sort();
    QCOMPARE(verified, (QStringList{u"acme-robotics.com"_qs, u"acmelabs.io"_qs}));
}

void TestDomains::oneDomainAndItsErrors_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("known") << u"2f6a9b14-7c3d-4e8f-a1b2-3c4d5e6f7081"_qs << 200 << QString();
    QTest::newRow("not an id") << u"not-a-domain-id"_qs << 400 << u"ADMIN-400-2"_qs;
    QTest::newRow("unknown") << u"00000000-0000-4000-8000-000000000000"_qs << 404
                             << u"ADMIN-404-3"_qs;
}

void TestDomains::oneDomainAndItsErrors()
{
    QFETCH(QString, id);
    QFETCH(int, status);
    QFETCH(QString, code);
    const DomainService service(m_connection->client(), m_server.orgId());
    std::optional<ApiResult<Domain>> answer;
    service.domain(id, this, [&](const ApiResult<Domain> &result) { answer = result; });
    QTRY_VERIFY(answer.has_value());
    if (status == 200) {
        QVERIFY(answer->ok());
        QCOMPARE(answer->value.name, u"acme-robotics.de"_qs);
        QCOMPARE(answer->value.status, Domain::Status::Unverified);
        QCOMPARE(answer->value.claimType, Domain::ClaimType::Dns);
    } else {
        QCOMPARE(answer->error.httpStatus(), status);
        QCOMPARE(answer->error.serverCode(), code);
        QVERIFY(!answer->error.userMessage().isEmpty());
    }
}

void TestDomains::aBadCursorIsRefused()
{
    QUrlQuery query;
    query.addQueryItem(u"cursor"_qs, u"garbage"_qs);
    ApiReply *reply = m_connection->client()->send(
        ApiRequest::get(u"/admin/v1/orgs/%1/domains"_qs.arg(m_server.orgId()), query));
    std::optional<ApiError> error;
    deliverDone(reply, this, [&](const ApiError &e) { error = e; });
    QTRY_VERIFY(error.has_value());
    QCOMPARE(error->httpStatus(), 400);
    QCOMPARE(error->serverCode(), u"ADMIN-400-1"_qs);
}

void TestDomains::anotherOrgIsNotAllowed()
{
    const DomainService service(m_connection->client(), u"00000000-0000-4000-8000-000000000000"_qs);
    ApiError error;
    QVERIFY(loadAll(service, &error).isEmpty());
    QCOMPARE(error.httpStatus(), 403);
    QCOMPARE(error.kind(), ApiError::Kind::Forbidden);
}

void TestDomains::paneFindsTheUnverifiedDomainAndSaysWhatToDo()
{
    DomainsPane pane(m_connection.get());
    QAbstractItemModelTester tester(pane.model());
    pane.resize(1200, 600);
    pane.show();
    QTRY_COMPARE(pane.model()->rowCount(), 6);
    QTableView *view = pane.view();
    QCOMPARE(view->model()->rowCount(), 6);
    // Every status is shown in words; problems carry a colour.
    QStringList shown;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        shown.append(view->model()->index(row, DomainsModel::Status).data().toString());
    for (const QString &word :
         {u"Verified"_qs, u"Unverified"_qs, u"Missing token"_qs, u"Superseded"_qs, u"Deleted"_qs})
        QVERIFY2(shown.contains(word), qPrintable(shown.join(u", "_qs)));
    QVERIFY(pane.countLabel()->text().contains(u"4 needing attention"_qs));

    // Done-when: find the org's unverified domain.
    pane.statusFilter()->setCurrentIndex(pane.statusFilter()->findData(u"unverified"_qs));
    QCOMPARE(view->model()->rowCount(), 1);
    const QModelIndex status = view->model()->index(0, DomainsModel::Status);
    QCOMPARE(view->model()->index(0, DomainsModel::Name).data().toString(), u"acme-robotics.de"_qs);
    QVERIFY(status.data(Qt::ForegroundRole).value<QColor>().isValid());
    QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
    view->selectRow(0);
    QCOMPARE(pane.detailPane()->title(), u"acme-robotics.de"_qs);
    QVERIFY(pane.detailPane()->value(u"What to do"_qs).contains(u"DNS TXT record"_qs));
    QVERIFY(pane.showUsersButton()->isEnabled());

    // A verified domain needs nothing; the search narrows by name.
    pane.statusFilter()->setCurrentIndex(0);
    pane.searchField()->setText(u"acmelabs.io"_qs);
    QCOMPARE(view->model()->rowCount(), 1);
    view->selectRow(0);
    QCOMPARE(pane.detailPane()->value(u"Status"_qs), u"Verified"_qs);
    QVERIFY(pane.detailPane()->value(u"What to do"_qs).isEmpty());
    QVERIFY(!view->model()->index(0, DomainsModel::Status).data(Qt::ForegroundRole).isValid());
    pane.searchField()->setText(u"nothing-like-it"_qs);
    auto *message = pane.findChild<MessagePanel *>(u"domainsMessage"_qs);
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(u"No domains match"_qs));
}

void TestDomains::paneShowsAFailedLoadWithRetry()
{
    sandbox::FaultRule fault;
    fault.pathPattern = QRegularExpression(u"/domains$"_qs);
    fault.status = 403;
    fault.count = 1;
    m_server.sandbox()->addFault(fault);
    DomainsPane pane(m_connection.get());
    pane.resize(1000, 600);
    pane.show();
    auto *message = pane.findChild<MessagePanel *>(u"domainsMessage"_qs);
    QTRY_VERIFY(message->text().contains(u"Could not load the domains"_qs));
    QVERIFY(message->isVisible());
    auto *retry = message->findChild<QPushButton *>();
    QVERIFY(retry && retry->isVisible());
    retry->click();
    QTRY_COMPARE(pane.model()->rowCount(), 6);
    QVERIFY(pane.view()->isVisible());
}

void TestDomains::showUsersOpensTheUsersAreaFilteredByTheDomain()
{
    MainWindow window;
    window.setConnection(m_connection.release());
    window.showArea(u"domains"_qs);
    window.show();
    QCOMPARE(window.currentArea(), u"domains"_qs);
    auto *pane = qobject_cast<DomainsPane *>(window.pane(u"domains"_qs));
    QVERIFY(pane);
    QTRY_COMPARE(pane->model()->rowCount(), 6);
    QVERIFY(pane->selectDomain(u"acmelabs.io"_qs));
    QVERIFY(pane->showUsersButton()->isEnabled());
    m_server.sandbox()->clearReceivedRequests();
    pane->showUsersButton()->click();

    QCOMPARE(window.currentArea(), u"users"_qs);
    auto *users = qobject_cast<UsersPane *>(window.pane(u"users"_qs));
    QVERIFY(users);
    QCOMPARE(users->filter().emailDomains, QStringList{u"acmelabs.io"_qs});
    QTRY_VERIFY(!users->model()->isLoading() && users->model()->rowCount() > 0);
    for (int row = 0; row < users->model()->rowCount(); ++row)
        QVERIFY2(users->model()->userAt(row).email.endsWith(u"@acmelabs.io"_qs),
                 qPrintable(users->model()->userAt(row).email));
    // The server was asked for that domain.
    bool asked = false;
    for (const auto &request : m_server.sandbox()->receivedRequests())
        asked = asked || (request.path.endsWith(u"/users/search"_qs) &&
                          request.body.contains("\"emailDomains\":[\"acmelabs.io\"]"));
    QVERIFY(asked);
}

QTEST_MAIN(TestDomains)
#include "tst_domains.moc"
