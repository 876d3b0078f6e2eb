// Authentication policies (CATALOG §5, Admin Control v1): add people by e-mail as an
// asynchronous task (202 {taskId, taskLink}), then the task: 202 while it runs, 200 with a
// result per person once done. The task takes the policy apply delay on the sandbox clock.
#include "ApiErrors.h"
#include "OrgStore.h"
#include "PolicyControls.h"
#include "PolicyData.h"
#include "Router.h"
#include "Routes.h"
#include "SandboxClock.h"

#include <QJsonArray>

namespace sandbox {
namespace {

constexpr int kMaxUsers = 1000;

qint64 nowMs(const OrgStore &store)
{
    return store.data().clock ? store.data().clock->nowMs() : 0;
}

int userByEmail(const OrgStore &store, const QString &email)
{
    const QList<SeedUser> &users = store.data().users;
    for (int i = 0; i < users.size(); ++i) {
        if (!users.at(i).closed && users.at(i).email.compare(email, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

// The policy a user is in: the one that lists them, else the default (the first).
int policyOf(const PolicyState &state, int user)
{
    for (int p = 1; p < state.authPolicies.size(); ++p) {
        if (state.authPolicies.at(p).members.contains(user))
            return p;
    }
    return 0;
}

QJsonObject result(const QString &email, const QString &status, const QString &accountId = {})
{
    QJsonObject json{{QStringLiteral("user"), email}, {QStringLiteral("status"), status}};
    if (!accountId.isEmpty())
        json.insert(QStringLiteral("accountId"), accountId);
    return json;
}

ApiResponse addUsers(OrgStore &store, PolicyState &state, const ApiRequest &request)
{
    if (!store.isOrg(request.param(0)))
        return errors::proxyError(404, QStringLiteral("No such org."));
    int policy = -1;
    for (int p = 0; p < state.authPolicies.size(); ++p) {
        if (state.authPolicies.at(p).id == request.param(1))
            policy = p;
    }
    if (policy < 0)
        return errors::proxyError(
            404, QStringLiteral("No authentication policy with id %1.").arg(request.param(1)));
    const std::optional<QJsonObject> body = routes::bodyObject(request);
    const QJsonValue users = body ? body->value(QStringLiteral("users")) : QJsonValue();
    if (!users.isArray() || users.toArray().isEmpty())
        return errors::applicationError(400, QStringLiteral("INVALID_REQUEST"),
                                        QStringLiteral("users must be a list of e-mail addresses"));
    if (users.toArray().size() > kMaxUsers)
        return errors::applicationError(
            400, QStringLiteral("INVALID_REQUEST"),
            QStringLiteral("At most %1 users can be added at a time.").arg(kMaxUsers));

    AuthPolicyTask task;
    task.id = state.newId();
    task.policyId = state.authPolicies.at(policy).id;
    task.startedMs = nowMs(store);
    task.doneMs = task.startedMs + store.data().policyControls->applyDelayMs.load();
    for (const QJsonValue &value : users.toArray()) {
        const QString email = value.toString().trimmed();
        const int user = email.contains(u'@') ? userByEmail(store, email) : -1;
        if (!email.contains(u'@')) {
            task.results.append(result(value.toString(), QStringLiteral("INVALID_EMAIL")));
            continue;
        }
        if (user < 0) {
            task.results.append(result(email, QStringLiteral("USER_NOT_FOUND")));
            continue;
        }
        const SeedUser &seed = store.data().users.at(user);
        if (!seed.managed) {
            task.results.append(result(email, QStringLiteral("USER_NOT_MANAGED"), seed.accountId));
        } else if (policyOf(state, user) == policy) {
            task.results.append(result(email, QStringLiteral("ALREADY_IN_POLICY"), seed.accountId));
        } else {
            for (AuthPolicy &other : state.authPolicies)
                other.members.remove(user);
            if (policy > 0)
                state.authPolicies[policy].members.insert(user);
            task.results.append(result(email, QStringLiteral("ADDED"), seed.accountId));
        }
    }
    state.tasks.insert(task.id, task);
    const QString link =
        request.origin + QStringLiteral("/admin/control/v1/orgs/%1/auth-policy/task/%2")
                             .arg(store.data().orgId, task.id);
    return ApiResponse::json(
        {{QStringLiteral("taskId"), task.id}, {QStringLiteral("taskLink"), link}}, 202);
}

ApiResponse taskStatus(OrgStore &store, const PolicyState &state, const ApiRequest &request)
{
    if (!store.isOrg(request.param(0)))
        return errors::proxyError(404, QStringLiteral("No such org."));
    const auto it = state.tasks.constFind(request.param(1));
    if (it == state.tasks.cend())
        return errors::proxyError(404, QStringLiteral("No task with id %1.").arg(request.param(1)));
    const AuthPolicyTask &task = *it;
    const qint64 now = nowMs(store);
    const int total = int(task.results.size());
    QJsonObject json{{QStringLiteral("taskId"), task.id},
                     {QStringLiteral("policyId"), task.policyId}};
    if (now < task.doneMs) {
        const double share = double(now - task.startedMs) / double(task.doneMs - task.startedMs);
        json.insert(QStringLiteral("status"), QStringLiteral("IN_PROGRESS"));
        json.insert(QStringLiteral("progress"),
                    QJsonObject{{QStringLiteral("processed"), int(total * qBound(0.0, share, 1.0))},
                                {QStringLiteral("total"), total}});
        return ApiResponse::json(json, 202);
    }
    QJsonArray results;
    for (const QJsonObject &one : task.results)
        results.append(one);
    json.insert(QStringLiteral("status"), QStringLiteral("COMPLETED"));
    json.insert(QStringLiteral("progress"), QJsonObject{{QStringLiteral("processed"), total},
                                                        {QStringLiteral("total"), total}});
    json.insert(QStringLiteral("results"), results);
    return ApiResponse::json(json);
}

} // namespace

void addAuthPolicyRoutes(Router &router, OrgStore &store, std::shared_ptr<PolicyState> state)
{
    const QString base = QStringLiteral("/admin/control/v1/orgs/{orgId}/auth-policy");
    router.add("POST", base + QStringLiteral("/{policyId}/add-users"),
               [&store, state](const ApiRequest &r) { return addUsers(store, *state, r); });
    router.add("GET", base + QStringLiteral("/task/{taskId}"),
               [&store, state](const ApiRequest &r) { return taskStatus(store, *state, r); });
}

} // namespace sandbox
