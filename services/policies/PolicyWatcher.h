#pragma once

#include "ApiError.h"
#include "Policy.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class ApiReply;
class PolicyService;

// Refreshes one policy until none of its resources is applying or removing, since policy writes
// apply asynchronously (202 + applicationStatus). Bounded: it gives up after `maxPolls`. It
// stops when deleted (give it the pane as parent), and a reply in flight is then dropped.
class PolicyWatcher : public QObject
{
    Q_OBJECT

public:
    PolicyWatcher(const PolicyService *service, QString policyId, QObject *parent = nullptr);
    ~PolicyWatcher() override;

    QString policyId() const { return m_policyId; }
    void setInterval(int ms) { m_intervalMs = qMax(10, ms); }
    void setMaxPolls(int polls) { m_maxPolls = qMax(1, polls); }
    bool isWatching() const { return m_timer.isActive() || !m_inFlight.isNull(); }

    void start(); // first read now
    void stop();

Q_SIGNALS:
    void updated(const Policy &policy); // every read, settled or not
    void settled(const Policy &policy); // nothing applying or removing any more: stopped
    void gone();                        // 404: the policy was deleted: stopped
    void failed(const ApiError &error); // a read failed (not 404): stopped
    void gaveUp(const Policy &policy);  // still settling after maxPolls reads: stopped

private:
    void poll();

    const PolicyService *m_service;
    QString m_policyId;
    QTimer m_timer;
    QPointer<ApiReply> m_inFlight;
    int m_intervalMs = 1000;
    int m_maxPolls = 120;
    int m_polls = 0;
};
