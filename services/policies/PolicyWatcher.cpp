#include "PolicyWatcher.h"

#include "ApiReply.h"
#include "PolicyService.h"

PolicyWatcher::PolicyWatcher(const PolicyService *service, QString policyId, QObject *parent)
    : QObject(parent), m_service(service), m_policyId(std::move(policyId))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PolicyWatcher::poll);
}

PolicyWatcher::~PolicyWatcher()
{
    stop();
}

void PolicyWatcher::start()
{
    stop();
    m_polls = 0;
    poll();
}

void PolicyWatcher::stop()
{
    m_timer.stop();
    if (m_inFlight) {
        disconnect(m_inFlight, nullptr, this, nullptr); // its answer is no longer wanted
        m_inFlight->abort();
    }
    m_inFlight.clear();
}

void PolicyWatcher::poll()
{
    ++m_polls;
    m_inFlight = m_service->policy(m_policyId, this, [this](const ApiResult<Policy> &result) {
        m_inFlight.clear();
        if (!result.ok()) {
            if (result.error.kind() == ApiError::Kind::NotFound)
                Q_EMIT gone();
            else if (result.error.kind() != ApiError::Kind::Cancelled)
                Q_EMIT failed(result.error);
            return;
        }
        Q_EMIT updated(result.value);
        if (!result.value.isSettling()) {
            Q_EMIT settled(result.value);
        } else if (m_polls >= m_maxPolls) {
            Q_EMIT gaveUp(result.value);
        } else {
            m_timer.start(m_intervalMs);
        }
    });
}
