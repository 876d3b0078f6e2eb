#pragma once

#include "ApiExchange.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace sandbox {

class OrgStore;
class Router;
struct OrgData;
struct PolicyControls;

// A resource (a site or workspace ARI) a v1 policy applies to (CATALOG §1.7).
struct PolicyResource
{
    QString id;
    QString applicationStatus; // applying, removing, applied, failed, scheduled
    qint64 settlesAtMs = 0;    // when applying/removing ends, on the sandbox clock
    QJsonObject meta;          // scheduledDate, migrationStartDateTime, ...
    QJsonObject links;         // ticket
};

// An IP allowlist or data-residency policy (org v1 and Admin Control v1).
struct SeedPolicy
{
    QString id;
    QString type; // ip-allowlist, data-residency
    QString name;
    QString status = QStringLiteral("enabled");
    QStringList rule; // rule.in: CIDR ranges or realms
    bool allowMobileBypass = false;
    bool deleting = false; // DELETE answered 202: gone once its resources are removed
    QList<PolicyResource> resources;
};

// An authentication policy (Admin Control v1 auth-policy routes); members by user index.
struct AuthPolicy
{
    QString id;
    QString name;
    QSet<int> members;
};

// One add-users run: its per-person results are decided when it starts and shown once done.
struct AuthPolicyTask
{
    QString id;
    QString policyId;
    qint64 startedMs = 0;
    qint64 doneMs = 0;
    QList<QJsonObject> results; // {user, status, accountId?}
};

struct PolicyState
{
    QList<SeedPolicy> policies;           // v1: ip-allowlist and data-residency
    QList<QJsonObject> dataSecurity;      // v2 data-security policies, as served
    QList<AuthPolicy> authPolicies;       // the first one is the org's default policy
    QHash<QString, AuthPolicyTask> tasks; // by task id
    quint64 nextId = 1;                   // for ids made by writes

    QString newId();                            // a UUID-shaped id, unique in this state
    int indexOf(const QString &policyId) const; // -1 when unknown (or deleted for good)
    // Moves applying/removing resources whose time has come to applied/failed/gone.
    void settle(qint64 nowMs, const PolicyControls &controls);
};

// The seeded policies: three IP allowlists, two data-residency policies, three
// data-security policies and three authentication policies with fixed, documented ids.
PolicyState seedPolicies(const OrgData &org);

// Rule checks (the server's own, written from the catalog).
QString cidrProblem(const QString &entry); // empty when `entry` is an IPv4/IPv6 CIDR range
const QStringList &dataResidencyRealms();  // us, eu, de, ...

QJsonObject policyJson(const SeedPolicy &policy);         // v1 PolicyModel
QJsonObject policyJsonV2(const SeedPolicy &policy);       // v2 shape
QJsonObject resourceJson(const PolicyResource &resource); // v1 Resource

void addAuthPolicyRoutes(Router &router, OrgStore &store, std::shared_ptr<PolicyState> state);

} // namespace sandbox
