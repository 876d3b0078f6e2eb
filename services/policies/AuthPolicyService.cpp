#include "AuthPolicyService.h"

#include "ApiClient.h"

#include <QJsonArray>
#include <QUrl>

std::optional<AuthPolicyTask> AuthPolicyTask::fromJson(const QJsonObject &object, int httpStatus)
{
    AuthPolicyTask task;
    task.taskId = object.value(QLatin1String("taskId")).toString();
    task.status = object.value(QLatin1String("status")).toString();
    if (task.taskId.isEmpty() && task.status.isEmpty())
        return std::nullopt;
    const QJsonObject progress = object.value(QLatin1String("progress")).toObject();
    task.processed = progress.value(QLatin1String("processed")).toInt();
    task.total = progress.value(QLatin1String("total")).toInt();
    const QString status = task.status.toUpper();
    task.done = httpStatus == 200 || status == QLatin1String("COMPLETED") ||
                status == QLatin1String("FAILED");
    if (httpStatus == 202 && status == QLatin1String("IN_PROGRESS"))
        task.done = false;
    for (const QJsonValue &value : object.value(QLatin1String("results")).toArray()) {
        const QJsonObject one = value.toObject();
        task.results.append({one.value(QLatin1String("user")).toString(),
                             one.value(QLatin1String("accountId")).toString(),
                             one.value(QLatin1String("status")).toString()});
    }
    return task;
}

AuthPolicyService::AuthPolicyService(ApiClient *client, QString orgId)
    : m_client(client), m_orgId(std::move(orgId))
{}

ApiReply *AuthPolicyService::addUsers(const QString &policyId, const QStringList &emails,
                                      const QObject *context, ApiCallback<QString> callback) const
{
    const QString path = QStringLiteral("/admin/control/v1/orgs/%1/auth-policy/%2/add-users")
                             .arg(m_orgId, QString::fromUtf8(QUrl::toPercentEncoding(policyId)));
    const ApiRequest request = ApiRequest::post(
        path, {{QStringLiteral("users"), QJsonArray::fromStringList(emails)}}, false);
    auto parse = [](const QJsonDocument &document) -> std::optional<QString> {
        const QString id = document.object().value(QLatin1String("taskId")).toString();
        if (id.isEmpty())
            return std::nullopt;
        return id;
    };
    return deliverTo<QString>(m_client->send(request), context, parse, std::move(callback));
}

ApiReply *AuthPolicyService::task(const QString &taskId, const QObject *context,
                                  ApiCallback<AuthPolicyTask> callback) const
{
    const QString path = QStringLiteral("/admin/control/v1/orgs/%1/auth-policy/task/%2")
                             .arg(m_orgId, QString::fromUtf8(QUrl::toPercentEncoding(taskId)));
    ApiReply *reply = m_client->send(ApiRequest::get(path));
    // The HTTP status tells a running task (202) from a finished one (200).
    QObject::connect(reply, &ApiReply::finished, context, [reply, callback] {
        ApiResult<AuthPolicyTask> result;
        if (!reply->ok()) {
            result.error = reply->error();
        } else if (auto task =
                       AuthPolicyTask::fromJson(reply->json().object(), reply->httpStatus())) {
            result.value = *task;
        } else {
            result.error =
                ApiError::badResponse(QCoreApplication::translate("ApiError", "unexpected shape"));
        }
        callback(result);
    });
    return reply;
}

AuthPolicyTaskPoller::AuthPolicyTaskPoller(const AuthPolicyService *service, QString taskId,
                                           QObject *parent)
    : QObject(parent), m_service(service), m_taskId(std::move(taskId))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AuthPolicyTaskPoller::poll);
}

AuthPolicyTaskPoller::~AuthPolicyTaskPoller()
{
    m_timer.stop();
    if (m_inFlight) {
        disconnect(m_inFlight, nullptr, this, nullptr);
        m_inFlight->abort();
    }
}

void AuthPolicyTaskPoller::start()
{
    m_waitedMs = 0;
    poll();
}

void AuthPolicyTaskPoller::poll()
{
    m_inFlight = m_service->task(m_taskId, this, [this](const ApiResult<AuthPolicyTask> &result) {
        m_inFlight.clear();
        if (!result.ok()) {
            Q_EMIT failed(result.error);
            return;
        }
        Q_EMIT progress(result.value.processed, result.value.total);
        if (result.value.done) {
            Q_EMIT finished(result.value);
            return;
        }
        if (m_waitedMs >= m_limitMs) {
            Q_EMIT failed(ApiError::timeout());
            return;
        }
        m_timer.start(m_delayMs);
        m_waitedMs += m_delayMs;
        m_delayMs = qMin(5000, m_delayMs * 3 / 2);
    });
}
