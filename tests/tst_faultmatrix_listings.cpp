// The hostile-server matrix, reads: every area's listing, through a sandbox whose every route
// answers a quarter of the time with a 5xx, a dropped connection, an answer too slow, a body that
// is not JSON, JSON cut short, JSON of the wrong shape or a burst of 429s, ends with every row
// once: the same set as a fault-free listing of the same org, nothing twice, nothing missing.
#include "AccessListing.h"
#include "ApiClient.h"
#include "Await.h"
#include "ClassificationService.h"
#include "DomainService.h"
#include "FaultMatrix.h"
#include "GroupsListing.h"
#include "PolicyListing.h"
#include "SandboxServer.h"
#include "TestServer.h"
#include "UserService.h"

#include <QTest>

#include <memory>

class TestFaultMatrixListings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void everyRowOnceUnderTheMix_data();
    void everyRowOnceUnderTheMix();
    void everyKindOfFaultWasMet();

private:
    struct Listing
    {
        QStringList ids;
        ApiError error;
    };
    Listing list(const QString &area) const;

    TestServer m_server;
    std::unique_ptr<ApiClient> m_client;
    QMap<QString, int> m_faultsMet; // over every listing under the mix
};

void TestFaultMatrixListings::initTestCase()
{
    if (!qEnvironmentVariableIsEmpty("ORGDESK_E2E_BASE_URL"))
        QSKIP("Injects faults: needs the in-process sandbox.");
    sandbox::SandboxOptions options;
    options.users = 400;
    options.seed = 15;
    options.events = 1000;
    QVERIFY(m_server.start(options));
    m_client = std::make_unique<ApiClient>(m_server.baseUrl());
    m_client->setApiKey(m_server.apiKey());
    m_client->setRetryPolicy(FaultMatrix::matrixPolicy());
}

void TestFaultMatrixListings::init()
{
    m_server.sandbox()->clearFaults();
}

template <typename T, typename Id> QStringList idsOf(const QList<T> &items, Id id)
{
    QStringList ids;
    for (const T &item : items)
        ids.append(id(item));
    return ids;
}

TestFaultMatrixListings::Listing TestFaultMatrixListings::list(const QString &area) const
{
    const QString org = m_server.orgId();
    ApiClient *client = m_client.get();
    if (area == u"users"_qs) {
        UserQuery query;
        query.limit = 20;
        std::unique_ptr<UserPager> pager(UserService(client, org).search(query));
        const auto pages = Await::allPages(pager.get(), &UserPager::usersReceived, 60000);
        return {idsOf(pages.items, [](const DirectoryUser &u) { return u.accountId; }),
                pages.error};
    }
    if (area == u"groups"_qs) {
        GroupQuery query;
        query.limit = 3;
        const auto pages = GroupsListing::allGroups(GroupService(client, org), query, 60000);
        return {idsOf(pages.items, [](const Group &g) { return g.id; }), pages.error};
    }
    if (area == u"domains"_qs) {
        const DomainService service(client, org);
        const auto result = Await::wait<QList<Domain>>(
            [&](QObject *context, auto done) { service.domains(context, done); }, 60000);
        return {idsOf(result.value, [](const Domain &d) { return d.id; }), result.error};
    }
    if (area == u"policies"_qs) {
        std::unique_ptr<PolicyPager> pager(PolicyService(client, org).policies(QString()));
        const auto pages = PolicyListing::all(pager.get(), 60000);
        return {idsOf(pages.items, [](const Policy &p) { return p.id; }), pages.error};
    }
    if (area == u"classification"_qs) {
        const ClassificationService service(client, org);
        const auto result = Await::wait<QList<ClassificationLevel>>(
            [&](QObject *context, auto done) { service.levels(context, done); }, 60000);
        return {idsOf(result.value, [](const ClassificationLevel &l) { return l.levelId; }),
                result.error};
    }
    const ApiAccessService access(client, org);
    if (area == u"api keys"_qs) {
        ApiKeyQuery query;
        query.pageSize = 2;
        const auto pages = AccessListing::allKeys(access, query, 60000);
        return {idsOf(pages.items, [](const ApiKey &k) { return k.id; }), pages.error};
    }
    ApiTokenQuery query;
    query.pageSize = 4;
    const auto pages = AccessListing::allTokens(access, query, 60000);
    return {idsOf(pages.items, [](const ApiToken &t) { return t.id; }), pages.error};
}

void TestFaultMatrixListings::everyRowOnceUnderTheMix_data()
{
    QTest::addColumn<QString>("area");
    QTest::addColumn<quint32>("seed");
    for (const char *area :
         {"users", "groups", "domains", "policies", "classification", "api keys", "api tokens"}) {
        for (quint32 seed : {1u, 2u, 3u})
            QTest::addRow("%s, seed %u", area, seed) << QString::fromLatin1(area) << seed;
    }
}

void TestFaultMatrixListings::everyRowOnceUnderTheMix()
{
    QFETCH(QString, area);
    QFETCH(quint32, seed);
    const Listing clean = list(area);
    QVERIFY2(!clean.error.isError(), qPrintable(clean.error.detailedMessage()));
    QVERIFY2(clean.ids.size() > 1, qPrintable(QString::number(clean.ids.size())));
    QVERIFY(FaultMatrix::duplicates(clean.ids).isEmpty());

    m_server.sandbox()->clearReceivedRequests();
    QString problem;
    QVERIFY2(m_server.sandbox()->setFaultMix(FaultMatrix::spec, seed, &problem),
             qPrintable(problem));
    // Three listings in a row under the same mix: small areas take only a request or two each.
    for (int round = 0; round < 3; ++round) {
        const Listing hostile = list(area);
        QVERIFY2(!hostile.error.isError(), qPrintable(hostile.error.detailedMessage()));
        const QStringList twice = FaultMatrix::duplicates(hostile.ids);
        QVERIFY2(twice.isEmpty(), qPrintable(u"listed twice: "_qs + twice.join(u", "_qs)));
        QStringList missing;
        for (const QString &id : clean.ids) {
            if (!hostile.ids.contains(id))
                missing.append(id);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(u"missing: "_qs + missing.join(u", "_qs)));
        QCOMPARE(hostile.ids.size(), clean.ids.size());
    }
    const int received = int(m_server.sandbox()->receivedRequests().size());
    m_server.sandbox()->clearFaults();
    const QMap<QString, int> met = m_server.sandbox()->faultMixCounts();
    for (auto it = met.cbegin(); it != met.cend(); ++it)
        m_faultsMet[it.key()] += it.value();
    QStringList faults;
    for (auto it = met.cbegin(); it != met.cend(); ++it)
        faults.append(u"%1 %2"_qs.arg(it.key()).arg(it.value()));
    qInfo("%s: %lld rows, %d requests under the mix (%s)", qPrintable(area),
          qlonglong(clean.ids.size()), received, qPrintable(faults.join(u", "_qs)));
}

void TestFaultMatrixListings::everyKindOfFaultWasMet()
{
    // Otherwise the listings above proved less than they say.
    for (const QString &kind : {u"5xx"_qs, u"drop"_qs, u"slow"_qs, u"malformed"_qs, u"truncated"_qs,
                                u"wrongshape"_qs, u"429burst"_qs})
        QVERIFY2(m_faultsMet.value(kind) > 0, qPrintable(kind));
}

QTEST_GUILESS_MAIN(TestFaultMatrixListings)
#include "tst_faultmatrix_listings.moc"
