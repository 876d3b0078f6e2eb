// The API keys and API tokens models against the sandbox, under QAbstractItemModelTester: lazy
// paging, the count from /count, sorting on real values (dates as dates, by the server where it
// can), risk marks, the key in use, owners' statuses filled in, revoked tokens taken out.

#include "AccessRisk.h"
#include "AccessSortProxy.h"
#include "ApiAccessService.h"
#include "ApiClient.h"
#include "ApiKeysModel.h"
#include "ApiTokensModel.h"
#include "SandboxServer.h"
#include "TestServer.h"
#include "UserService.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <memory>

class TestAccessModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void keysPageInLazilyWithTheCount();
    void keysSortByDatesOnTheServer();
    void keyInUseIsMarked();
    void keyRisksShowInRolesAndColours();
    void tokensFillInTheirOwnersStatus();
    void tokenRowFilterLoadsAndNarrows();
    void removedTokensLeaveTheTableAndTheTotal();

private:
    TestServer m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ApiAccessService> m_service;
    std::unique_ptr<UserService> m_users;
};

void TestAccessModels::initTestCase()
{
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 1500, 4}));
    if (m_server.isExternal())
        QSKIP("Checks the seeded keys and tokens: sandbox only.");
    m_client = std::make_unique<ApiClient>(m_server.baseUrl());
    m_client->setApiKey(m_server.apiKey());
    m_service = std::make_unique<ApiAccessService>(m_client.get(), m_server.orgId());
    m_users = std::make_unique<UserService>(m_client.get(), m_server.orgId());
}

void TestAccessModels::keysPageInLazilyWithTheCount()
{
    // No model tester here: it fetches more on its own, and this test walks the pages itself.
    ApiKeysModel model(m_service.get());
    ApiKeyQuery query;
    query.pageSize = 5;
    model.setQuery(query);
    QTRY_COMPARE(model.rowCount(), 5);
    QTRY_VERIFY(model.totalCount() > 10); // from /api-keys/count, before every page is in
    const int total = model.totalCount();
    QVERIFY(model.canFetchMore());
    while (model.rowCount() < total) {
        const int rows = model.rowCount();
        QTRY_VERIFY(model.canFetchMore());
        model.fetchMore();
        QVERIFY(!model.canFetchMore()); // never while a page is in flight
        QTRY_VERIFY(model.rowCount() > rows);
    }
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(!model.hasMore());
    QCOMPARE(model.rowCount(), total);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QTRY_COMPARE(model.rowCount(), total);
}

void TestAccessModels::keysSortByDatesOnTheServer()
{
    ApiKeysModel model(m_service.get());
    AccessSortProxy proxy;
    proxy.setPagedModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery({});
    QTRY_VERIFY(model.rowCount() > 0 && !model.hasMore());
    m_server.sandbox()->clearReceivedRequests();
    proxy.sort(ApiKeysModel::Expires, Qt::DescendingOrder);
    QTRY_VERIFY(!model.isLoading() && model.rowCount() > 0 && !model.hasMore());
    QCOMPARE(model.query().sort.field, u"expiresAt"_qs);
    bool sortSent = false;
    for (const auto &request : m_server.sandbox()->receivedRequests())
        sortSent |=
            request.query.queryItemValue(u"sort"_qs, QUrl::FullyDecoded) == u"-expiresAt"_qs;
    QVERIFY(sortSent);
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const QVariant a =
            proxy.index(row - 1, ApiKeysModel::Expires).data(PagedTableModel::RawValueRole);
        const QVariant b =
            proxy.index(row, ApiKeysModel::Expires).data(PagedTableModel::RawValueRole);
        QCOMPARE(a.metaType(), QMetaType::fromType<QDateTime>());
        QVERIFY(a.toDateTime() >= b.toDateTime());
    }
    // A column the server cannot sort by is sorted locally, on the raw value.
    proxy.sort(ApiKeysModel::Status, Qt::AscendingOrder);
    for (int row = 1; row < proxy.rowCount(); ++row)
        QVERIFY(proxy.index(row - 1, ApiKeysModel::Status)
                    .data(PagedTableModel::RawValueRole)
                    .toInt() <=
                proxy.index(row, ApiKeysModel::Status).data(PagedTableModel::RawValueRole).toInt());
}

void TestAccessModels::keyInUseIsMarked()
{
    ApiKeysModel model(m_service.get());
    model.setKeyInUseLabel(sandbox::SandboxServer::apiKeyLabel());
    model.setQuery({});
    QTRY_VERIFY(model.rowCount() > 0 && !model.hasMore());
    int marked = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex label = model.index(row, ApiKeysModel::Label);
        if (!label.data(ApiKeysModel::InUseRole).toBool())
            continue;
        ++marked;
        QCOMPARE(model.keyAt(row).label, sandbox::SandboxServer::apiKeyLabel());
        QCOMPARE(model.index(row, ApiKeysModel::Status).data().toString(), u"In use by Orgdesk"_qs);
        QVERIFY(label.data(Qt::FontRole).value<QFont>().bold());
    }
    QCOMPARE(marked, 1);
}

void TestAccessModels::keyRisksShowInRolesAndColours()
{
    ApiKeysModel model(m_service.get());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    model.setClock([now] { return now; });
    model.setQuery({});
    QTRY_VERIFY(model.rowCount() > 0 && !model.hasMore());
    int fullAccess = 0, neverUsed = 0, soon = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const ApiKey key = model.keyAt(row);
        const auto risk =
            AccessRisk::Flags(model.index(row, 0).data(PagedTableModel::RiskRole).toInt());
        QCOMPARE(risk, AccessRisk::forKey(key, now));
        if (risk.testFlag(AccessRisk::FullAccess)) {
            ++fullAccess;
            QVERIFY(model.index(row, ApiKeysModel::Scopes)
                        .data()
                        .toString()
                        .contains(u"full access"_qs));
            QVERIFY(model.index(row, ApiKeysModel::Scopes).data(Qt::ForegroundRole).isValid());
        }
        if (risk.testFlag(AccessRisk::NeverUsed)) {
            ++neverUsed;
            QCOMPARE(model.index(row, ApiKeysModel::LastActive).data().toString(), u"Never"_qs);
            QVERIFY(!model.index(row, ApiKeysModel::LastActive)
                         .data(PagedTableModel::RawValueRole)
                         .toDateTime()
                         .isValid());
        }
        if (risk & (AccessRisk::ExpiresVerySoon | AccessRisk::ExpiresSoon | AccessRisk::Expired)) {
            ++soon;
            QVERIFY(model.index(row, ApiKeysModel::Expires).data(Qt::ForegroundRole).isValid());
        }
        if (key.isRevoked()) {
            QVERIFY(
                model.index(row, ApiKeysModel::Status).data().toString().startsWith(u"Revoked"_qs));
            QVERIFY(!model.index(row, ApiKeysModel::RevokedBy).data().toString().isEmpty());
        }
    }
    QVERIFY(fullAccess > 0 && neverUsed > 0 && soon > 0);
}

void TestAccessModels::tokensFillInTheirOwnersStatus()
{
    ApiTokensModel model(m_service.get(), m_users.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery({});
    QTRY_VERIFY(model.rowCount() > 0);
    model.fetchAll();
    QTRY_VERIFY_WITH_TIMEOUT(!model.hasMore() && !model.isLoading(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLookingUpOwners(), 20000);
    QCOMPARE(model.rowCount(), model.totalCount());
    int inactive = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const ApiToken token = model.tokenAt(row);
        const QString status = model.ownerStatus(token.owner.accountId);
        QVERIFY2(!status.isEmpty(), qPrintable(token.owner.accountId));
        if (AccessRisk::isInactiveStatus(status) &&
            !AccessRisk::isExpired(token.expiresAt, model.now())) { // expired: no other sign
            ++inactive;
            QVERIFY(model.riskAt(row).testFlag(AccessRisk::OwnerInactive));
            QVERIFY(
                model.index(row, ApiTokensModel::Risk).data().toString().contains(u"suspended"_qs));
        }
    }
    QVERIFY(inactive > 0);
}

void TestAccessModels::tokenRowFilterLoadsAndNarrows()
{
    ApiTokensModel model(m_service.get(), m_users.get());
    AccessSortProxy proxy;
    proxy.setPagedModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ApiTokenQuery query;
    query.pageSize = 20;
    model.setQuery(query);
    proxy.setRowFilter([&model](int row) { return !model.tokenAt(row).lastActiveAt.isValid(); });
    model.fetchAll();
    QTRY_VERIFY_WITH_TIMEOUT(!model.hasMore() && !model.isLoading(), 20000);
    int never = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        never += model.tokenAt(row).lastActiveAt.isValid() ? 0 : 1;
    QVERIFY(never > 0);
    QCOMPARE(proxy.rowCount(), never);
    proxy.setRowFilter(nullptr);
    QCOMPARE(proxy.rowCount(), model.rowCount());
}

void TestAccessModels::removedTokensLeaveTheTableAndTheTotal()
{
    ApiTokensModel model(m_service.get(), m_users.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery({});
    QTRY_VERIFY(model.totalCount() > 3 && model.rowCount() > 3);
    const int total = model.totalCount();
    const int rows = model.rowCount();
    model.removeTokens({model.tokenAt(0).id, model.tokenAt(2).id, u"not-loaded"_qs});
    QCOMPARE(model.rowCount(), rows - 2);
    QCOMPARE(model.totalCount(), total - 2);
}

QTEST_MAIN(TestAccessModels)
#include "tst_accessmodels.moc"
