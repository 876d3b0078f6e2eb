#pragma once

#include "ApiResult.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class ApiClient;

// One person's outcome in an add-users task (open set of statuses: ADDED, ALREADY_IN_POLICY,
// USER_NOT_FOUND, USER_NOT_MANAGED, INVALID_EMAIL, ...).
struct AuthPolicyUserResult
{
    QString user; // the e-mail address as sent
    QString accountId;
    QString status;

    bool isAdded() const { return status == QLatin1String("ADDED"); }
};

// The state of an add-users task (GET .../auth-policy/task/{taskId}: 202 while it runs, 200 when
// done).
struct AuthPolicyTask
{
    QString taskId;
    QString status; // IN_PROGRESS, COMPLETED, FAILED, ...
    int processed = 0;
    int total = 0;
    bool done = false;
    QList<AuthPolicyUserResult> results;

    static std::optional<AuthPolicyTask> fromJson(const QJsonObject &object, int httpStatus);
};

// Authentication policies (CATALOG §5, Admin Control v1). There is no route that lists them: a
// policy is named by its id (the end of its address in Atlassian Administration).
class AuthPolicyService
{
public:
    AuthPolicyService(ApiClient *client, QString orgId);

    // POST .../auth-policy/{policyId}/add-users {users: [e-mails]}: 202 {taskId, taskLink}.
    // Delivers the task id.
    ApiReply *addUsers(const QString &policyId, const QStringList &emails, const QObject *context,
                       ApiCallback<QString> callback) const;
    // GET .../auth-policy/task/{taskId}
    ApiReply *task(const QString &taskId, const QObject *context,
                   ApiCallback<AuthPolicyTask> callback) const;

private:
    ApiClient *m_client;
    QString m_orgId;
};

// Polls an add-users task to its end with a growing wait (500 ms, then x1.5 up to 5 s), within a
// bound. Deleting it stops it.
class AuthPolicyTaskPoller : public QObject
{
    Q_OBJECT

public:
    AuthPolicyTaskPoller(const AuthPolicyService *service, QString taskId,
                         QObject *parent = nullptr);
    ~AuthPolicyTaskPoller() override;

    void setFirstDelay(int ms) { m_delayMs = qMax(10, ms); }
    void setTimeLimit(int ms) { m_limitMs = ms; }
    void start();

Q_SIGNALS:
    void progress(int processed, int total);
    void finished(const AuthPolicyTask &task);
    void failed(const ApiError &error); // a read failed, or the time limit passed

private:
    void poll();

    const AuthPolicyService *m_service;
    QString m_taskId;
    QTimer m_timer;
    QPointer<ApiReply> m_inFlight;
    int m_delayMs = 500;
    int m_waitedMs = 0;
    int m_limitMs = 10 * 60 * 1000;
};
