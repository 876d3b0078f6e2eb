// Organization policies against the sandbox over loopback HTTP: listing by type page by page,
// each write answering 202 and applying later (applying -> applied, seen by PolicyWatcher), a
// resource that fails, the server's own CIDR and realm checks, the same routes under Admin
// Control v1, and the read-only v2 data-security policies.

#include "ApiClient.h"
#include "CidrRange.h"
#include "PolicyListing.h"
#include "PolicyService.h"
#include "PolicyWatcher.h"
#include "SandboxServer.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using PolicyListing::wait;
using PolicyListing::waitDone;

class TestPoliciesService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void cidrRanges_data();
    void cidrRanges();
    void cidrLines();

    void listsByTypePageByPage();
    void getsOneAndSaysWhenUnknown();
    void serverRefusesBadCidrNamingTheEntry();
    void createdAllowlistAppliesToAddedResource();
    void editedRuleReappliesEveryResource();
    void failedResourceAndValidation();
    void dataResidencyRealmsAndScheduledResource();
    void updateAndRemoveResource();
    void deletedPolicyGoes();
    void watcherStopsWithItsOwner();
    void controlV1ServesTheSamePolicies();
    void dataSecurityIsReadOnlyV2();

private:
    Policy newAllowlist(const QString &name, const QStringList &ranges);
    // A new allowlist with one resource (applying); empty when either write failed.
    Policy allowlistWithResource(const QString &name, const QString &range,
                                 const QString &resourceId);
    QString jiraAri();

    TestServer m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<PolicyService> m_service;
};

void TestPoliciesService::initTestCase()
{
    if (!qEnvironmentVariableIsEmpty("ORGDESK_E2E_BASE_URL"))
        QSKIP("Writes policies and moves the clock: sandbox only.");
    QVERIFY(m_server.start(sandbox::SandboxOptions{0, 200, 3}));
    m_client = std::make_unique<ApiClient>(m_server.baseUrl());
    m_client->setApiKey(m_server.apiKey());
    m_service = std::make_unique<PolicyService>(m_client.get(), m_server.orgId());
}

void TestPoliciesService::init()
{
    m_server.sandbox()->setPolicyApplyDelay(300);
    m_server.sandbox()->clearReceivedRequests();
}

void TestPoliciesService::cidrRanges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical"); // empty: refused

    QTest::newRow("ipv4 range") << "203.0.113.0/24"
                                << "203.0.113.0/24";
    QTest::newRow("spaces") << "  10.0.0.0/8 "
                            << "10.0.0.0/8";
    QTest::newRow("one address") << "192.0.2.7"
                                 << "192.0.2.7/32";
    QTest::newRow("everything") << "0.0.0.0/0"
                                << "0.0.0.0/0";
    QTest::newRow("ipv6") << "2001:DB8::/32"
                          << "2001:db8::/32";
    QTest::newRow("ipv6 one") << "2001:db8::1"
                              << "2001:db8::1/128";
    QTest::newRow("octet too big") << "10.0.0.300/8"
                                   << "";
    QTest::newRow("short ipv4") << "10.1/16"
                                << "";
    QTest::newRow("prefix too long") << "10.0.0.0/33"
                                     << "";
    QTest::newRow("prefix not a number") << "10.0.0.0/x"
                                         << "";
    QTest::newRow("host bits") << "10.0.0.1/8"
                               << "";
    QTest::newRow("ipv6 prefix") << "2001:db8::/129"
                                 << "";
    QTest::newRow("words") << "office"
                           << "";
    QTest::newRow("hex ipv4") << "0x0a.0.0.0/8"
                              << "";
}

void TestPoliciesService::cidrRanges()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QString problem;
    const auto range = CidrRange::parse(text, &problem);
    if (canonical.isEmpty()) {
        QVERIFY(!range);
        QVERIFY(!problem.isEmpty());
    } else {
        QVERIFY2(range, qPrintable(problem));
        QCOMPARE(range->toString(), canonical);
    }
}

void TestPoliciesService::cidrLines()
{
    const CidrRange::Lines lines =
        CidrRange::parseLines(u"10.0.0.0/8\n\n10.0.0.0/8\n10.0.0.1/8\nfe80::/10\nnope\n"_qs);
    QCOMPARE(lines.ranges, (QStringList{u"10.0.0.0/8"_qs, u"fe80::/10"_qs}));
    QCOMPARE(lines.problems.size(), 2);
    QCOMPARE(lines.problems.at(0).first, 4);
    QVERIFY(lines.problems.at(0).second.contains(u"10.0.0.0/8"));
    QCOMPARE(lines.problems.at(1).first, 6);
}

Policy TestPoliciesService::newAllowlist(const QString &name, const QStringList &ranges)
{
    Policy policy;
    policy.type = Policy::Type::IpAllowlist;
    policy.name = name;
    policy.status = QStringLiteral("enabled");
    policy.rule = ranges;
    return policy;
}

Policy TestPoliciesService::allowlistWithResource(const QString &name, const QString &range,
                                                  const QString &resourceId)
{
    const auto created = wait<Policy>(
        [&](QObject *c, auto cb) { m_service->create(newAllowlist(name, {range}), c, cb); });
    PolicyResource resource;
    resource.id = resourceId;
    const auto added = wait<Policy>(
        [&](QObject *c, auto cb) { m_service->addResource(created.value.id, resource, c, cb); });
    return created.ok() && added.ok() ? added.value : Policy();
}

QString TestPoliciesService::jiraAri()
{
    std::unique_ptr<PolicyPager> pager(
        m_service->policies(Policy::typeKey(Policy::Type::IpAllowlist)));
    const auto listing = PolicyListing::all(pager.get());
    for (const Policy &policy : listing.items) {
        for (const PolicyResource &resource : policy.resources) {
            if (resource.id.startsWith(u"ari:cloud:jira-software::site/"))
                return resource.id;
        }
    }
    return {};
}

void TestPoliciesService::listsByTypePageByPage()
{
    std::unique_ptr<PolicyPager> every(m_service->policies(QString()));
    const auto all = PolicyListing::all(every.get());
    QVERIFY2(!all.error.isError(), qPrintable(all.error.detailedMessage()));
    QVERIFY2(all.items.size() >= 4, qPrintable(QString::number(all.items.size())));
    QVERIFY(all.pages >= 2); // pages of three
    QSet<QString> ids;
    for (const Policy &policy : all.items)
        ids.insert(policy.id);
    QCOMPARE(ids.size(), all.items.size());

    // The second page came from links.next: the cursor the first page named.
    const auto received = m_server.sandbox()->receivedRequests();
    QCOMPARE(received.size(), all.pages);
    QVERIFY(!received.first().query.hasQueryItem(u"cursor"_qs));
    QVERIFY(received.at(1).query.hasQueryItem(u"cursor"_qs));

    std::unique_ptr<PolicyPager> allowlists(
        m_service->policies(Policy::typeKey(Policy::Type::IpAllowlist)));
    const auto ip = PolicyListing::all(allowlists.get());
    QVERIFY(ip.items.size() >= 3);
    for (const Policy &policy : ip.items)
        QVERIFY(policy.type == Policy::Type::IpAllowlist);
    QCOMPARE(m_server.sandbox()->receivedRequests().last().query.queryItemValue(u"type"_qs),
             u"ip-allowlist"_qs);
    bool enabledAndApplied = false;
    for (const Policy &policy : ip.items) {
        enabledAndApplied |= policy.isEnabled() && !policy.resources.isEmpty() &&
                             policy.resources.first().applicationStatus == u"applied";
    }
    QVERIFY(enabledAndApplied);

    std::unique_ptr<PolicyPager> residency(
        m_service->policies(Policy::typeKey(Policy::Type::DataResidency)));
    const auto dr = PolicyListing::all(residency.get());
    QVERIFY(!dr.items.isEmpty());
    bool scheduled = false;
    for (const PolicyResource &resource : dr.items.first().resources)
        scheduled |=
            resource.applicationStatus == u"scheduled" && !resource.scheduledDate.isEmpty();
    QVERIFY(scheduled);
}

void TestPoliciesService::getsOneAndSaysWhenUnknown()
{
    std::unique_ptr<PolicyPager> pager(m_service->policies(QString()));
    const Policy first = PolicyListing::all(pager.get()).items.first();
    const auto one = wait<Policy>([&](QObject *c, auto cb) { m_service->policy(first.id, c, cb); });
    QVERIFY(one.ok());
    QCOMPARE(one.value.name, first.name);
    QCOMPARE(one.value.rule, first.rule);

    const auto unknown =
        wait<Policy>([&](QObject *c, auto cb) { m_service->policy(u"no-such-policy"_qs, c, cb); });
    QCOMPARE(unknown.error.kind(), ApiError::Kind::NotFound);
    QCOMPARE(unknown.error.serverCode(), u"ADMIN-404-5"_qs);
    QVERIFY(!unknown.error.userMessage().isEmpty());
}

void TestPoliciesService::serverRefusesBadCidrNamingTheEntry()
{
    // Sent as is (the client would have stopped it): the server's own check answers 400.
    const Policy bad = newAllowlist(u"Bad"_qs, {u"10.0.0.0/8"_qs, u"10.0.0.300/8"_qs});
    const auto created = wait<Policy>([&](QObject *c, auto cb) { m_service->create(bad, c, cb); });
    QCOMPARE(created.error.kind(), ApiError::Kind::BadRequest);
    QCOMPARE(created.error.httpStatus(), 400);
    QVERIFY2(created.error.serverMessage().contains(u"10.0.0.300/8"),
             qPrintable(created.error.serverMessage()));

    const auto received = m_server.sandbox()->receivedRequests();
    QCOMPARE(received.size(), 1);
    const QJsonObject sent = QJsonDocument::fromJson(received.first().body).object();
    QCOMPARE(sent[u"data"][u"attributes"][u"type"].toString(), u"ip-allowlist"_qs);
}

void TestPoliciesService::createdAllowlistAppliesToAddedResource()
{
    const auto created = wait<Policy>([&](QObject *c, auto cb) {
        m_service->create(newAllowlist(u"Branch office"_qs, {u"192.0.2.0/24"_qs}), c, cb);
    });
    QVERIFY2(created.ok(), qPrintable(created.error.detailedMessage()));
    QVERIFY(!created.value.id.isEmpty());
    QCOMPARE(created.value.rule, QStringList{u"192.0.2.0/24"_qs});
    QCOMPARE(m_server.sandbox()->receivedRequests().last().method, QByteArray("POST"));

    PolicyResource resource;
    resource.id = jiraAri();
    QVERIFY(!resource.id.isEmpty());
    const auto added = wait<Policy>(
        [&](QObject *c, auto cb) { m_service->addResource(created.value.id, resource, c, cb); });
    QVERIFY2(added.ok(), qPrintable(added.error.detailedMessage()));
    QCOMPARE(added.value.resource(resource.id).applicationStatus, u"applying"_qs);
    // The ARI's slash reached the server encoded, in the resource route's path.
    QVERIFY(m_server.sandbox()->receivedRequests().last().path.endsWith(u"/resources"));

    PolicyWatcher watcher(m_service.get(), created.value.id);
    watcher.setInterval(50);
    QSignalSpy updated(&watcher, &PolicyWatcher::updated);
    QSignalSpy settled(&watcher, &PolicyWatcher::settled);
    watcher.start();
    QVERIFY(QTest::qWaitFor([&] { return settled.size() == 1; }, 10000));
    const Policy first = updated.first().first().value<Policy>();
    QVERIFY(first.isSettling());
    QCOMPARE(first.resources.first().applicationStatus, u"applying"_qs);
    const Policy done = settled.first().first().value<Policy>();
    QCOMPARE(done.resources.size(), 1);
    QCOMPARE(done.resources.first().applicationStatus, u"applied"_qs);
    QVERIFY(updated.size() >= 2);
    QVERIFY(!watcher.isWatching());
}

void TestPoliciesService::editedRuleReappliesEveryResource()
{
    std::unique_ptr<PolicyPager> pager(
        m_service->policies(Policy::typeKey(Policy::Type::IpAllowlist)));
    Policy office;
    for (const Policy &policy : PolicyListing::all(pager.get()).items) {
        if (policy.name == u"Office networks")
            office = policy;
    }
    QVERIFY(!office.id.isEmpty());
    QVERIFY(!office.isSettling());
    office.rule.append(u"100.100.0.0/16"_qs);
    const auto updated =
        wait<Policy>([&](QObject *c, auto cb) { m_service->update(office, c, cb); });
    QVERIFY2(updated.ok(), qPrintable(updated.error.detailedMessage()));
    QVERIFY(updated.value.rule.contains(u"100.100.0.0/16"_qs));
    QVERIFY(updated.value.isSettling());
    const auto sent = m_server.sandbox()->receivedRequests().last();
    QCOMPARE(sent.method, QByteArray("PUT"));
    QVERIFY(sent.path.endsWith(office.id));

    PolicyWatcher watcher(m_service.get(), office.id);
    watcher.setInterval(50);
    QSignalSpy settled(&watcher, &PolicyWatcher::settled);
    watcher.start();
    QVERIFY(QTest::qWaitFor([&] { return settled.size() == 1; }, 10000));
    for (const PolicyResource &resource : settled.first().first().value<Policy>().resources)
        QCOMPARE(resource.applicationStatus, u"applied"_qs);
}

void TestPoliciesService::failedResourceAndValidation()
{
    const auto created = wait<Policy>([&](QObject *c, auto cb) {
        m_service->create(newAllowlist(u"Lab"_qs, {u"198.18.0.0/15"_qs}), c, cb);
    });
    QVERIFY(created.ok());
    QCOMPARE(
        waitDone([&](QObject *c, auto cb) { m_service->validate(created.value.id, c, cb); }).kind(),
        ApiError::Kind::None);

    const QString ari = u"ari:cloud:confluence::site/failing-site-1"_qs;
    m_server.sandbox()->failPolicyResource(ari);
    PolicyResource resource;
    resource.id = ari;
    QVERIFY(wait<Policy>([&](QObject *c, auto cb) {
                m_service->addResource(created.value.id, resource, c, cb);
            }).ok());
    PolicyWatcher watcher(m_service.get(), created.value.id);
    watcher.setInterval(50);
    QSignalSpy settled(&watcher, &PolicyWatcher::settled);
    watcher.start();
    QVERIFY(QTest::qWaitFor([&] { return settled.size() == 1; }, 10000));
    const Policy done = settled.first().first().value<Policy>();
    QVERIFY(done.resources.first().hasFailed());

    const ApiError invalid =
        waitDone([&](QObject *c, auto cb) { m_service->validate(created.value.id, c, cb); });
    QCOMPARE(invalid.httpStatus(), 400);
    QVERIFY2(invalid.serverMessage().contains(ari), qPrintable(invalid.serverMessage()));

    // A resource that is not an ARI is refused.
    PolicyResource junk;
    junk.id = u"my-site"_qs;
    const auto refused = wait<Policy>(
        [&](QObject *c, auto cb) { m_service->addResource(created.value.id, junk, c, cb); });
    QCOMPARE(refused.error.httpStatus(), 400);
}

void TestPoliciesService::dataResidencyRealmsAndScheduledResource()
{
    Policy policy;
    policy.type = Policy::Type::DataResidency;
    policy.name = u"Germany"_qs;
    policy.rule = {u"mars"_qs};
    const auto refused =
        wait<Policy>([&](QObject *c, auto cb) { m_service->create(policy, c, cb); });
    QCOMPARE(refused.error.httpStatus(), 400);
    QVERIFY(refused.error.serverMessage().contains(u"mars"));

    policy.rule = {u"de"_qs};
    const auto created =
        wait<Policy>([&](QObject *c, auto cb) { m_service->create(policy, c, cb); });
    QVERIFY2(created.ok(), qPrintable(created.error.detailedMessage()));
    QCOMPARE(created.value.rule, QStringList{u"de"_qs});

    PolicyResource later;
    later.id = u"ari:cloud:confluence::site/eu-move-1"_qs;
    later.scheduledDate = u"2027-01-15"_qs;
    later.ticket = u"https://support.example/DR-1"_qs;
    const auto added = wait<Policy>(
        [&](QObject *c, auto cb) { m_service->addResource(created.value.id, later, c, cb); });
    QVERIFY(added.ok());
    const PolicyResource scheduled = added.value.resource(later.id);
    QCOMPARE(scheduled.applicationStatus, u"scheduled"_qs);
    QCOMPARE(scheduled.scheduledDate, u"2027-01-15"_qs);
    QCOMPARE(scheduled.ticket, u"https://support.example/DR-1"_qs);
}

void TestPoliciesService::updateAndRemoveResource()
{
    const Policy created = allowlistWithResource(u"Moving"_qs, u"172.16.0.0/12"_qs,
                                                 u"ari:cloud:jira-software::site/moving-1"_qs);
    QVERIFY(!created.id.isEmpty());
    PolicyResource resource = created.resources.first();

    resource.ticket = u"https://support.example/T-9"_qs;
    const auto updated = wait<Policy>(
        [&](QObject *c, auto cb) { m_service->updateResource(created.id, resource, c, cb); });
    QVERIFY2(updated.ok(), qPrintable(updated.error.detailedMessage()));
    QCOMPARE(updated.value.resource(resource.id).applicationStatus, u"applying"_qs);
    const auto put = m_server.sandbox()->receivedRequests().last();
    QCOMPARE(put.method, QByteArray("PUT"));
    QVERIFY2(put.path.contains(u"site%2Fmoving-1") || put.path.endsWith(u"site/moving-1"),
             qPrintable(put.path));

    const ApiError removed = waitDone(
        [&](QObject *c, auto cb) { m_service->removeResource(created.id, resource.id, c, cb); });
    QVERIFY2(!removed.isError(), qPrintable(removed.detailedMessage()));
    const auto now =
        wait<Policy>([&](QObject *c, auto cb) { m_service->policy(created.id, c, cb); });
    QCOMPARE(now.value.resources.first().applicationStatus, u"removing"_qs);

    PolicyWatcher watcher(m_service.get(), created.id);
    watcher.setInterval(50);
    QSignalSpy settled(&watcher, &PolicyWatcher::settled);
    watcher.start();
    QVERIFY(QTest::qWaitFor([&] { return settled.size() == 1; }, 10000));
    QVERIFY(settled.first().first().value<Policy>().resources.isEmpty());

    const ApiError again = waitDone(
        [&](QObject *c, auto cb) { m_service->removeResource(created.id, resource.id, c, cb); });
    QCOMPARE(again.kind(), ApiError::Kind::NotFound);
}

void TestPoliciesService::deletedPolicyGoes()
{
    const Policy created = allowlistWithResource(u"Short-lived"_qs, u"192.0.2.128/25"_qs,
                                                 u"ari:cloud:jira-software::site/short-1"_qs);
    QVERIFY(!created.id.isEmpty());
    QVERIFY(
        !waitDone([&](QObject *c, auto cb) { m_service->remove(created.id, c, cb); }).isError());
    QCOMPARE(m_server.sandbox()->receivedRequests().last().method, QByteArray("DELETE"));

    PolicyWatcher watcher(m_service.get(), created.id);
    watcher.setInterval(50);
    QSignalSpy gone(&watcher, &PolicyWatcher::gone);
    QSignalSpy updated(&watcher, &PolicyWatcher::updated);
    watcher.start();
    QVERIFY(QTest::qWaitFor([&] { return gone.size() == 1; }, 10000));
    QVERIFY(!updated.isEmpty());
    QCOMPARE(updated.first().first().value<Policy>().resources.first().applicationStatus,
             u"removing"_qs);
}

void TestPoliciesService::watcherStopsWithItsOwner()
{
    m_server.sandbox()->setPolicyApplyDelay(60 * 1000);
    const Policy created = allowlistWithResource(u"Slow"_qs, u"198.51.100.128/25"_qs,
                                                 u"ari:cloud:jira-software::site/slow-1"_qs);
    QVERIFY(created.isSettling());
    auto owner = std::make_unique<QObject>();
    auto *watcher = new PolicyWatcher(m_service.get(), created.id, owner.get());
    watcher->setInterval(20);
    QSignalSpy updated(watcher, &PolicyWatcher::updated);
    watcher->start();
    QVERIFY(QTest::qWaitFor([&] { return updated.size() >= 2; }, 10000));
    owner.reset(); // the pane goes away: the watcher with it
    m_server.sandbox()->clearReceivedRequests();
    // Another policy watched at the same pace: by its fifth read, a live watcher of the first
    // would have read it several times too.
    const Policy other = allowlistWithResource(u"Slow too"_qs, u"198.51.100.64/26"_qs,
                                               u"ari:cloud:jira-software::site/slow-2"_qs);
    QVERIFY(other.isSettling());
    PolicyWatcher pace(m_service.get(), other.id);
    pace.setInterval(20);
    pace.setMaxPolls(5);
    QSignalSpy paced(&pace, &PolicyWatcher::gaveUp);
    pace.start();
    QVERIFY(QTest::qWaitFor([&] { return paced.size() == 1; }, 10000));
    int readsOfTheFirst = 0;
    for (const auto &request : m_server.sandbox()->receivedRequests())
        readsOfTheFirst += request.path.endsWith(created.id);
    QCOMPARE(readsOfTheFirst, 0);
    m_server.sandbox()->clearReceivedRequests();

    // Bounded: a policy that never settles is given up on after maxPolls reads.
    PolicyWatcher bounded(m_service.get(), created.id);
    bounded.setInterval(10);
    bounded.setMaxPolls(3);
    QSignalSpy gaveUp(&bounded, &PolicyWatcher::gaveUp);
    bounded.start();
    QVERIFY(QTest::qWaitFor([&] { return gaveUp.size() == 1; }, 10000));
    QCOMPARE(m_server.sandbox()->receivedRequests().size(), 3);
    QVERIFY(!bounded.isWatching());
}

void TestPoliciesService::controlV1ServesTheSamePolicies()
{
    PolicyService control(m_client.get(), m_server.orgId(), PolicyService::Api::ControlV1);
    std::unique_ptr<PolicyPager> pager(
        control.policies(Policy::typeKey(Policy::Type::IpAllowlist)));
    const auto listing = PolicyListing::all(pager.get());
    QVERIFY(!listing.error.isError());
    QVERIFY(listing.items.size() >= 3);
    QVERIFY(
        m_server.sandbox()->receivedRequests().first().path.startsWith(u"/admin/control/v1/orgs/"));

    const auto created = wait<Policy>([&](QObject *c, auto cb) {
        control.create(newAllowlist(u"Via Control"_qs, {u"2001:db8:abcd::/48"_qs}), c, cb);
    });
    QVERIFY2(created.ok(), qPrintable(created.error.detailedMessage()));
    const auto viaOrg =
        wait<Policy>([&](QObject *c, auto cb) { m_service->policy(created.value.id, c, cb); });
    QCOMPARE(viaOrg.value.name, u"Via Control"_qs);

    // Control's 404 is {code, message}.
    const auto unknown =
        wait<Policy>([&](QObject *c, auto cb) { control.policy(u"nope"_qs, c, cb); });
    QCOMPARE(unknown.error.kind(), ApiError::Kind::NotFound);
    QVERIFY(unknown.error.serverMessage().contains(u"nope"));
}

void TestPoliciesService::dataSecurityIsReadOnlyV2()
{
    std::unique_ptr<PolicyPager> pager(m_service->dataSecurityPolicies());
    const auto listing = PolicyListing::all(pager.get());
    QVERIFY2(!listing.error.isError(), qPrintable(listing.error.detailedMessage()));
    QVERIFY(listing.items.size() >= 2);
    for (const Policy &policy : listing.items) {
        QVERIFY(policy.type == Policy::Type::DataSecurity);
        QVERIFY(!policy.coverageLevel.isEmpty()); // from its metadata
        QVERIFY(!policy.description.isEmpty());
    }
    const auto received = m_server.sandbox()->receivedRequests();
    QVERIFY(received.first().path.startsWith(u"/admin/control/v2/orgs/"));
    QCOMPARE(received.first().query.queryItemValue(u"type"_qs), u"data-security"_qs);

    const Policy first = listing.items.first();
    const auto one =
        wait<Policy>([&](QObject *c, auto cb) { m_service->dataSecurityPolicy(first.id, c, cb); });
    QVERIFY(one.ok());
    QCOMPARE(one.value.name, first.name);
    QCOMPARE(one.value.exportEffect, u"block"_qs);
}

QTEST_MAIN(TestPoliciesService)
#include "tst_policiesservice.moc"
