// Policies (CATALOG §1.7 org v1, §5 Admin Control v1 and the read-only v2 data-security routes).
// Writes answer 202 and apply later: their resources read "applying" (or "removing") until the
// apply delay has passed on the sandbox clock.
#include "ApiErrors.h"
#include "OrgStore.h"
#include "PageCursor.h"
#include "PolicyControls.h"
#include "PolicyData.h"
#include "Router.h"
#include "Routes.h"
#include "SandboxClock.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

#include <variant>

namespace sandbox {
namespace {

constexpr int kPageSize = 3;

// Which family a request came through: its 403/404 bodies differ (CATALOG §0.4).
enum class Family { OrgV1, Control };

struct Context
{
    OrgStore &store;
    std::shared_ptr<PolicyState> state;
    Family family;

    const PolicyControls &controls() const { return *store.data().policyControls; }
    qint64 nowMs() const { return store.data().clock ? store.data().clock->nowMs() : 0; }
    void settle() const { state->settle(nowMs(), controls()); }
    qint64 settlesAt() const { return nowMs() + controls().applyDelayMs.load(); }
};

ApiResponse notFound(const Context &c, const QString &code, const QString &message)
{
    if (c.family == Family::Control)
        return errors::proxyError(404, message);
    return errors::applicationError(404, code, message);
}

ApiResponse policyNotFound(const Context &c, const QString &id)
{
    return notFound(c, QStringLiteral("ADMIN-404-5"),
                    QStringLiteral("No policy with id %1.").arg(id));
}

ApiResponse badRequest(const QString &code, const QStringList &details)
{
    QJsonArray list;
    for (const QString &detail : details) {
        const QJsonObject one =
            QJsonDocument::fromJson(errors::applicationError(400, code, detail).body).object();
        list.append(one.value(QStringLiteral("errors")).toArray().first());
    }
    return ApiResponse::json({{QStringLiteral("errors"), list}}, 400);
}

bool isResourceId(const QString &id)
{
    return id.startsWith(QLatin1String("ari:cloud:")) && id.count(u'/') >= 1 && !id.endsWith(u'/');
}

// A resource as the body gives it ({id, meta, links}): scheduled when it names a date.
PolicyResource resourceFrom(const QJsonObject &json, const QString &id, qint64 settlesAt)
{
    PolicyResource resource{id, QStringLiteral("applying"), settlesAt,
                            json.value(QStringLiteral("meta")).toObject(),
                            json.value(QStringLiteral("links")).toObject()};
    if (!resource.meta.value(QStringLiteral("scheduledDate")).toString().isEmpty())
        resource.applicationStatus = QStringLiteral("scheduled");
    return resource;
}

// Reads POST/PUT bodies into `policy`; the problems (one per bad entry) when it cannot.
QStringList readPolicy(const QJsonObject &body, SeedPolicy &policy, bool creating, qint64 settlesAt)
{
    const QJsonObject data = body.value(QStringLiteral("data")).toObject();
    if (data.value(QStringLiteral("type")).toString() != QLatin1String("policy"))
        return {QStringLiteral("data.type must be \"policy\"")};
    const QJsonObject attrs = data.value(QStringLiteral("attributes")).toObject();
    const QString type = attrs.value(QStringLiteral("type")).toString();
    if (type != QLatin1String("ip-allowlist") && type != QLatin1String("data-residency"))
        return {QStringLiteral("data.attributes.type must be ip-allowlist or data-residency")};
    if (!creating && type != policy.type)
        return {QStringLiteral("a policy's type cannot change")};
    const QString status = attrs.value(QStringLiteral("status")).toString(policy.status);
    if (status != QLatin1String("enabled") && status != QLatin1String("disabled"))
        return {QStringLiteral("data.attributes.status must be enabled or disabled")};
    const QJsonValue in =
        attrs.value(QStringLiteral("rule")).toObject().value(QStringLiteral("in"));
    if (!in.isArray())
        return {QStringLiteral("data.attributes.rule.in is required (a list)")};
    QStringList problems, rule;
    const QJsonArray entries = in.toArray();
    for (int i = 0; i < entries.size(); ++i) {
        const QString entry = entries.at(i).toString().trimmed();
        QString problem;
        if (type == QLatin1String("ip-allowlist"))
            problem = cidrProblem(entry);
        else if (!dataResidencyRealms().contains(entry))
            problem = QStringLiteral("\"%1\" is not a realm (%2)")
                          .arg(entry, dataResidencyRealms().join(QStringLiteral(", ")));
        if (!problem.isEmpty())
            problems.append(QStringLiteral("rule.in[%1]: %2").arg(i).arg(problem));
        rule.append(entry);
    }
    if (type == QLatin1String("data-residency") && rule.size() != 1)
        problems.append(QStringLiteral("rule.in of a data-residency policy names one realm"));
    const QJsonArray resources = attrs.value(QStringLiteral("resources")).toArray();
    for (const QJsonValue &value : resources) {
        const QString id = value.toObject().value(QStringLiteral("id")).toString();
        if (!isResourceId(id))
            problems.append(QStringLiteral("resource \"%1\" is not a resource ARI").arg(id));
    }
    if (!problems.isEmpty())
        return problems;

    const bool ruleChanged = policy.rule != rule || policy.status != status;
    policy.type = type;
    policy.name = attrs.value(QStringLiteral("name")).toString(policy.name);
    policy.status = status;
    policy.rule = rule;
    if (ruleChanged) { // every resource takes the new rule
        for (PolicyResource &resource : policy.resources) {
            if (resource.applicationStatus != QLatin1String("scheduled") &&
                resource.applicationStatus != QLatin1String("removing")) {
                resource.applicationStatus = QStringLiteral("applying");
                resource.settlesAtMs = settlesAt;
            }
        }
    }
    for (const QJsonValue &value : resources) {
        const QJsonObject json = value.toObject();
        const QString id = json.value(QStringLiteral("id")).toString();
        auto same = [&id](const PolicyResource &r) { return r.id == id; };
        if (std::none_of(policy.resources.cbegin(), policy.resources.cend(), same))
            policy.resources.append(resourceFrom(json, id, settlesAt));
    }
    return {};
}

ApiResponse listPolicies(const Context &c, const ApiRequest &request, bool v2)
{
    c.settle();
    const QString type = request.query.queryItemValue(QStringLiteral("type"));
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(type.toUtf8());
    const quint64 typeHash = qFromBigEndian<quint64>(hash.result().constData());
    int offset = 0;
    if (request.query.hasQueryItem(QStringLiteral("cursor"))) {
        const auto cursor =
            PageCursor::decode(request.query.queryItemValue(QStringLiteral("cursor")));
        if (!cursor || cursor->queryHash != typeHash)
            return errors::invalidCursor();
        offset = int(cursor->offset);
    }
    QList<QJsonObject> all;
    for (const SeedPolicy &policy : c.state->policies) {
        if (type.isEmpty() || policy.type == type)
            all.append(v2 ? policyJsonV2(policy) : policyJson(policy));
    }
    if (v2 && (type.isEmpty() || type == QLatin1String("data-security")))
        all.append(c.state->dataSecurity);
    QJsonArray data;
    for (int i = offset; i < qMin(int(all.size()), offset + kPageSize); ++i)
        data.append(all.at(i));

    auto url = [&](int at) {
        QUrlQuery query;
        if (!type.isEmpty())
            query.addQueryItem(QStringLiteral("type"), type);
        if (at > 0)
            query.addQueryItem(QStringLiteral("cursor"),
                               PageCursor{quint32(at), quint8(kPageSize), typeHash}.encode());
        const QString q = query.toString(QUrl::FullyEncoded);
        return request.origin + request.path + (q.isEmpty() ? QString() : u'?' + q);
    };
    QJsonObject links{{QStringLiteral("self"), url(offset)}};
    QJsonObject meta{{QStringLiteral("page_size"), kPageSize}};
    if (offset > 0)
        links.insert(QStringLiteral("prev"), url(qMax(0, offset - kPageSize)));
    if (offset + kPageSize < all.size()) {
        links.insert(QStringLiteral("next"), url(offset + kPageSize));
        meta.insert(QStringLiteral("next"),
                    PageCursor{quint32(offset + kPageSize), quint8(kPageSize), typeHash}.encode());
    }
    if (v2)
        links.insert(QStringLiteral("page_size"), kPageSize);
    return ApiResponse::json({{QStringLiteral("data"), data},
                              {QStringLiteral("meta"), meta},
                              {QStringLiteral("links"), links}});
}

ApiResponse getPolicy(const Context &c, const QString &id, bool v2)
{
    c.settle();
    const int index = c.state->indexOf(id);
    if (index >= 0) {
        const SeedPolicy &policy = c.state->policies.at(index);
        return ApiResponse::json(
            {{QStringLiteral("data"), v2 ? policyJsonV2(policy) : policyJson(policy)}});
    }
    for (const QJsonObject &policy : c.state->dataSecurity) {
        if (v2 && policy.value(QStringLiteral("id")).toString() == id)
            return ApiResponse::json({{QStringLiteral("data"), policy}});
    }
    return policyNotFound(c, id);
}

ApiResponse writePolicy(const Context &c, const ApiRequest &request, const QString &id)
{
    c.settle();
    const std::optional<QJsonObject> body = routes::bodyObject(request);
    if (!body)
        return errors::invalidBody(QStringLiteral("The body is not a JSON object."));
    const bool creating = id.isEmpty();
    const int index = creating ? -1 : c.state->indexOf(id);
    if (!creating && (index < 0 || c.state->policies.at(index).deleting))
        return policyNotFound(c, id);
    SeedPolicy policy = creating ? SeedPolicy{} : c.state->policies.at(index);
    if (creating)
        policy.name = QStringLiteral("Untitled policy");
    const QStringList problems = readPolicy(*body, policy, creating, c.settlesAt());
    if (!problems.isEmpty())
        return badRequest(QStringLiteral("ADMIN-400-4"), problems);
    if (creating) {
        policy.id = c.state->newId();
        c.state->policies.append(policy);
    } else {
        c.state->policies[index] = policy;
    }
    return ApiResponse::json({{QStringLiteral("data"), policyJson(policy)}}, 202);
}

ApiResponse deletePolicy(const Context &c, const QString &id)
{
    c.settle();
    const int index = c.state->indexOf(id);
    if (index < 0 || c.state->policies.at(index).deleting)
        return policyNotFound(c, id);
    SeedPolicy &policy = c.state->policies[index];
    policy.deleting = true;
    for (PolicyResource &resource : policy.resources) {
        resource.applicationStatus = QStringLiteral("removing");
        resource.settlesAtMs = c.settlesAt();
    }
    c.settle(); // without resources it goes at once
    return ApiResponse::empty(202);
}

// {policyId} and, for the resource routes, {resourceId}: the live policy and resource index.
struct Target
{
    SeedPolicy *policy = nullptr;
    int resource = -1;
};

std::variant<Target, ApiResponse> target(const Context &c, const ApiRequest &request,
                                         bool wantResource)
{
    c.settle();
    if (!c.store.isOrg(request.param(0)))
        return c.family == Family::Control ? errors::proxyError(404, QStringLiteral("No such org."))
                                           : errors::orgNotFound(request.param(0));
    const int index = c.state->indexOf(request.param(1));
    if (index < 0 || c.state->policies.at(index).deleting)
        return policyNotFound(c, request.param(1));
    Target t{&c.state->policies[index], -1};
    if (!wantResource)
        return t;
    for (int r = 0; r < t.policy->resources.size(); ++r) {
        if (t.policy->resources.at(r).id == request.param(2) &&
            t.policy->resources.at(r).applicationStatus != QLatin1String("removing"))
            t.resource = r;
    }
    if (t.resource < 0)
        return notFound(c, QStringLiteral("ADMIN-404-6"),
                        QStringLiteral("The policy has no resource %1.").arg(request.param(2)));
    return t;
}

ApiResponse addResource(const Context &c, const ApiRequest &request)
{
    auto found = target(c, request, false);
    if (auto *response = std::get_if<ApiResponse>(&found))
        return *response;
    SeedPolicy *policy = std::get<Target>(found).policy;
    const std::optional<QJsonObject> body = routes::bodyObject(request);
    const QString id = body ? body->value(QStringLiteral("id")).toString() : QString();
    if (!isResourceId(id))
        return badRequest(QStringLiteral("ADMIN-400-4"),
                          {QStringLiteral("\"%1\" is not a resource ARI "
                                          "(ari:cloud:<product>::site/<id>)")
                               .arg(id)});
    for (const PolicyResource &resource : policy->resources) {
        if (resource.id == id && resource.applicationStatus != QLatin1String("removing"))
            return badRequest(QStringLiteral("ADMIN-400-4"),
                              {QStringLiteral("%1 is already in the policy").arg(id)});
    }
    policy->resources.removeIf([&id](const PolicyResource &r) { return r.id == id; });
    policy->resources.append(resourceFrom(*body, id, c.settlesAt()));
    return ApiResponse::json({{QStringLiteral("data"), policyJson(*policy)}}, 202);
}

ApiResponse updateResource(const Context &c, const ApiRequest &request)
{
    auto found = target(c, request, true);
    if (auto *response = std::get_if<ApiResponse>(&found))
        return *response;
    const Target t = std::get<Target>(found);
    const std::optional<QJsonObject> body = routes::bodyObject(request);
    if (!body)
        return errors::invalidBody(QStringLiteral("The body is not a JSON object."));
    PolicyResource &resource = t.policy->resources[t.resource];
    resource = resourceFrom(*body, resource.id, c.settlesAt());
    return ApiResponse::json({{QStringLiteral("data"), policyJson(*t.policy)}}, 202);
}

ApiResponse removeResource(const Context &c, const ApiRequest &request)
{
    auto found = target(c, request, true);
    if (auto *response = std::get_if<ApiResponse>(&found))
        return *response;
    const Target t = std::get<Target>(found);
    PolicyResource &resource = t.policy->resources[t.resource];
    resource.applicationStatus = QStringLiteral("removing");
    resource.settlesAtMs = c.settlesAt();
    return ApiResponse::empty(204);
}

ApiResponse validatePolicy(const Context &c, const ApiRequest &request)
{
    auto found = target(c, request, false);
    if (auto *response = std::get_if<ApiResponse>(&found))
        return *response;
    const SeedPolicy *policy = std::get<Target>(found).policy;
    QStringList problems;
    if (policy->status == QLatin1String("enabled") && policy->rule.isEmpty())
        problems.append(QStringLiteral("An enabled policy needs at least one rule entry."));
    for (const PolicyResource &resource : policy->resources) {
        if (resource.applicationStatus == QLatin1String("failed"))
            problems.append(QStringLiteral("The policy failed to apply to %1.").arg(resource.id));
    }
    if (!problems.isEmpty())
        return badRequest(QStringLiteral("ADMIN-500-2"), problems);
    return ApiResponse::empty(202);
}

void addFamily(Router &router, const QString &base, const Context &c)
{
    const QString one = base + QStringLiteral("/{policyId}");
    auto orgChecked = [c](auto handler) {
        return [c, handler](const ApiRequest &request) {
            if (!c.store.isOrg(request.param(0)))
                return c.family == Family::Control
                           ? errors::proxyError(404, QStringLiteral("No such org."))
                           : errors::orgNotFound(request.param(0));
            return handler(request);
        };
    };
    router.add("GET", base,
               orgChecked([c](const ApiRequest &r) { return listPolicies(c, r, false); }));
    router.add("POST", base,
               orgChecked([c](const ApiRequest &r) { return writePolicy(c, r, QString()); }));
    router.add("GET", one,
               orgChecked([c](const ApiRequest &r) { return getPolicy(c, r.param(1), false); }));
    router.add("PUT", one,
               orgChecked([c](const ApiRequest &r) { return writePolicy(c, r, r.param(1)); }));
    router.add("DELETE", one,
               orgChecked([c](const ApiRequest &r) { return deletePolicy(c, r.param(1)); }));
    router.add("POST", one + QStringLiteral("/resources"),
               [c](const ApiRequest &r) { return addResource(c, r); });
    router.add("PUT", one + QStringLiteral("/resources/{resourceId...}"),
               [c](const ApiRequest &r) { return updateResource(c, r); });
    router.add("DELETE", one + QStringLiteral("/resources/{resourceId...}"),
               [c](const ApiRequest &r) { return removeResource(c, r); });
    router.add("GET", one + QStringLiteral("/validate"),
               [c](const ApiRequest &r) { return validatePolicy(c, r); });
}

} // namespace

void addPolicyRoutes(Router &router, OrgStore &store)
{
    if (!store.data().policyControls) // an org made without the server's controls
        store.mutableData().policyControls = std::make_shared<PolicyControls>();
    auto state = std::make_shared<PolicyState>(seedPolicies(store.data()));
    addFamily(router, QStringLiteral("/admin/v1/orgs/{orgId}/policies"),
              Context{store, state, Family::OrgV1});
    const Context control{store, state, Family::Control};
    addFamily(router, QStringLiteral("/admin/control/v1/orgs/{orgId}/policies"), control);

    // v2: read-only here (the data-security writes are deprecated upstream).
    const QString v2 = QStringLiteral("/admin/control/v2/orgs/{orgId}/policies");
    router.add("GET", v2, [control](const ApiRequest &r) {
        if (!control.store.isOrg(r.param(0)))
            return errors::proxyError(404, QStringLiteral("No such org."));
        return listPolicies(control, r, true);
    });
    router.add("GET", v2 + QStringLiteral("/{policyId}"), [control](const ApiRequest &r) {
        if (!control.store.isOrg(r.param(0)))
            return errors::proxyError(404, QStringLiteral("No such org."));
        return getPolicy(control, r.param(1), true);
    });
    addAuthPolicyRoutes(router, store, state);
}

} // namespace sandbox
