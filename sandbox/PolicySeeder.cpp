// Seeded policies: IP allowlists (one enabled and applied), a data-residency policy with a move
// scheduled, data-security policies (v2, read-only here) and authentication policies.
#include "OrgData.h"
#include "PolicyData.h"
#include "SandboxClock.h"

#include <QDateTime>
#include <QJsonArray>

namespace sandbox {
namespace {

PolicyResource applied(const QString &ari)
{
    return {ari, QStringLiteral("applied"), 0, {}, {}};
}

QJsonObject dataSecurity(const QString &id, const QString &name, const QString &status,
                         const QString &coverage, const QString &description, qint64 created,
                         const OrgData &org)
{
    const QString owner = org.users.isEmpty() ? QString() : org.users.first().accountId;
    const QString ownerAri = QStringLiteral("ari:cloud:identity::user/") + owner;
    const QString createdAt = QDateTime::fromSecsSinceEpoch(created, Qt::UTC).toString(Qt::ISODate);
    const QJsonObject attributes{
        {QStringLiteral("type"), QStringLiteral("data-security")},
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("ownerId"), owner},
        {QStringLiteral("status"), status},
        {QStringLiteral("createdAt"), createdAt},
        {QStringLiteral("updatedAt"), createdAt},
        {QStringLiteral("rule"),
         QJsonObject{{QStringLiteral("export"),
                      QJsonObject{{QStringLiteral("effect"), QStringLiteral("block")}}}}},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("createdBy"), ownerAri},
                     {QStringLiteral("lastUpdatedBy"), ownerAri},
                     {QStringLiteral("description"), description},
                     {QStringLiteral("hasHadCoverage"), status != QLatin1String("draft")},
                     {QStringLiteral("policyCoverageLevel"), coverage},
                     {QStringLiteral("systemTag"), QString()}}}};
    return {{QStringLiteral("id"), id},
            {QStringLiteral("type"), QStringLiteral("policy")},
            {QStringLiteral("attributes"), attributes}};
}

} // namespace

PolicyState seedPolicies(const OrgData &org)
{
    PolicyState state;
    auto ari = [&org](Product p) {
        return p < org.products.size() ? org.products.at(p).ari : QString();
    };
    const qint64 now = org.clock ? org.clock->nowSeconds() : QDateTime::currentSecsSinceEpoch();

    SeedPolicy office{state.newId(),
                      QStringLiteral("ip-allowlist"),
                      QStringLiteral("Office networks"),
                      QStringLiteral("enabled"),
                      {QStringLiteral("203.0.113.0/24"), QStringLiteral("198.51.100.0/24"),
                       QStringLiteral("2001:db8:1200::/40")}};
    office.allowMobileBypass = true;
    office.resources = {applied(ari(JiraSoftware)), applied(ari(Confluence))};
    SeedPolicy vpn{state.newId(),
                   QStringLiteral("ip-allowlist"),
                   QStringLiteral("Finance VPN only"),
                   QStringLiteral("disabled"),
                   {QStringLiteral("192.0.2.0/28")}};
    SeedPolicy contractors{state.newId(),
                           QStringLiteral("ip-allowlist"),
                           QStringLiteral("Contractors' gateway"),
                           QStringLiteral("enabled"),
                           {QStringLiteral("100.64.0.0/16")}};
    contractors.resources = {applied(ari(Bitbucket))};

    SeedPolicy residency{state.newId(),
                         QStringLiteral("data-residency"),
                         QStringLiteral("Keep product data in the EU"),
                         QStringLiteral("enabled"),
                         {QStringLiteral("eu")}};
    PolicyResource scheduled{ari(JiraSoftware), QStringLiteral("scheduled"), 0, {}, {}};
    const QDateTime start = QDateTime::fromSecsSinceEpoch(now + 14 * 86400, Qt::UTC);
    scheduled.meta = {
        {QStringLiteral("scheduledDate"), start.date().toString(Qt::ISODate)},
        {QStringLiteral("migrationStartDateTime"), start.toString(Qt::ISODate)},
        {QStringLiteral("migrationEndDataTime"), start.addSecs(6 * 3600).toString(Qt::ISODate)}};
    scheduled.links = {{QStringLiteral("ticket"),
                        QStringLiteral("https://support.atlassian.com/requests/DR-20417")}};
    residency.resources = {applied(ari(Confluence)), scheduled};
    state.policies = {office, vpn, contractors, residency};

    state.dataSecurity = {
        dataSecurity(state.newId(), QStringLiteral("Block export of restricted pages"),
                     QStringLiteral("enabled"), QStringLiteral("CLASSIFICATION"),
                     QStringLiteral("Pages classified Restricted cannot be exported."),
                     now - 120 * 86400, org),
        dataSecurity(state.newId(), QStringLiteral("No public links for Finance"),
                     QStringLiteral("enabled"), QStringLiteral("CONTAINER"),
                     QStringLiteral("Finance spaces cannot be shared by public link."),
                     now - 60 * 86400, org),
        dataSecurity(state.newId(), QStringLiteral("Anonymous access review (draft)"),
                     QStringLiteral("draft"), QStringLiteral("UNASSIGNED"),
                     QStringLiteral("Being drafted by IT security."), now - 5 * 86400, org)};

    // Fixed ids, documented in the README: there is no route that lists authentication policies.
    state.authPolicies = {{QStringLiteral("5e7ba1d0-ca11-4e5e-9a11-000000000001"),
                           QStringLiteral("Default policy"),
                           {}},
                          {QStringLiteral("5e7ba1d0-ca11-4e5e-9a11-000000000002"),
                           QStringLiteral("Single sign-on required"),
                           {}},
                          {QStringLiteral("5e7ba1d0-ca11-4e5e-9a11-000000000003"),
                           QStringLiteral("Two-step verification enforced"),
                           {}}};
    int placed = 0;
    for (int i = 0; i < org.users.size() && placed < 12; ++i) {
        if (org.users.at(i).managed && !org.users.at(i).closed)
            state.authPolicies[1 + placed++ % 2].members.insert(i);
    }
    return state;
}

} // namespace sandbox
