#include "SandboxServer.h"

#include "ApiAccessData.h"
#include "EventSeeder.h"
#include "HttpFrontend.h"
#include "Ids.h"
#include "OrgSeeder.h"
#include "ScimSeed.h"
#include "SharedControls.h"

#include <QHostAddress>
#include <QTcpServer>

namespace sandbox {
namespace {

// An admin-key-looking secret derived from the seed: "ATCTT3xFfGN0" + 40 hex digits.
QString keyForSeed(quint32 seed)
{
    Prng rng(Prng::derive(seed, 0, 0x6b6579)); // "key"
    return QStringLiteral("ATCTT3xFfGN0") + hexDigits(rng.next(), 16) + hexDigits(rng.next(), 16) +
           hexDigits(rng.next(), 8);
}

} // namespace

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_orgId(seededOrgId(options.seed)),
      m_apiKey(options.apiKey.isEmpty() ? keyForSeed(options.seed) : options.apiKey),
      m_controls(std::make_shared<SharedControls>())
{
    m_controls->keys.add(m_apiKey, KeyRing::Kind::Unscoped);
    m_controls->rateLimiter.setLimit(options.rateLimitPerSecond);
    m_controls->latencyMs = options.latencyMs;
    m_controls->events.searchLimiter.setLimit(options.eventsRateLimitPerMinute);
    m_thread.setObjectName(QStringLiteral("orgdesk-sandbox"));
    m_threadContext = new QObject;
    m_threadContext->moveToThread(&m_thread);
}

SandboxServer::~SandboxServer()
{
    stop();
    delete m_threadContext; // its thread has finished
}

bool SandboxServer::start()
{
    if (m_frontend)
        return true;
    if (!m_thread.isRunning())
        m_thread.start();
    const SandboxOptions options = m_options;
    const auto controls = m_controls;
    HttpFrontend *frontend = nullptr;
    quint16 port = 0;
    QList<ScimDirectoryInfo> scimDirectories;
    QMetaObject::invokeMethod(
        m_threadContext,
        [&frontend, &port, &scimDirectories, options, controls] {
            OrgData data = seedOrg(options.users, options.seed);
            data.clock = controls->clock;
            data.orgAdminDelayMs = options.orgAdminDelayMs;
            data.policyControls = controls->policyControls;
            data.inviteControls = controls->inviteControls;
            EventLog events =
                seedEvents(data, options.seed, options.events, controls->clock->nowMs());
            ScimData scim = seedScim(data, options.seed, options.scimRecords);
            for (const ScimDirectory &directory : std::as_const(scim.directories))
                scimDirectories.append({directory.id, directory.name, directory.key,
                                        data.directories.at(directory.orgDirectory).id});
            frontend =
                new HttpFrontend(controls, std::move(data), std::move(events), std::move(scim));
            port = frontend->listen(QHostAddress::LocalHost, options.port);
            if (port == 0) {
                delete frontend;
                frontend = nullptr;
            }
        },
        Qt::BlockingQueuedConnection);
    if (!frontend) {
        qWarning("orgdesk-sandbox: cannot listen on 127.0.0.1:%d", int(options.port));
        stop();
        return false;
    }
    m_frontend = frontend;
    m_port = port;
    m_scimDirectories = scimDirectories;
    return true;
}

void SandboxServer::stop()
{
    if (!m_thread.isRunning())
        return;
    HttpFrontend *frontend = std::exchange(m_frontend, nullptr);
    QMetaObject::invokeMethod(
        m_threadContext, [frontend] { delete frontend; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_port = 0;
}

QUrl SandboxServer::baseUrl() const
{
    if (m_port == 0)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QString SandboxServer::orgId() const
{
    return m_orgId;
}

QString SandboxServer::apiKey() const
{
    return m_apiKey;
}

QList<ScimDirectoryInfo> SandboxServer::scimDirectories() const
{
    return m_scimDirectories;
}

QString SandboxServer::apiKeyLabel()
{
    return sandboxKeyLabel();
}

void SandboxServer::addApiKey(const QString &key, bool scoped)
{
    m_controls->keys.add(key, scoped ? KeyRing::Kind::Scoped : KeyRing::Kind::Unscoped);
}

void SandboxServer::setRateLimit(int perSecond)
{
    m_controls->rateLimiter.setLimit(perSecond);
}

void SandboxServer::setLatency(int ms)
{
    m_controls->latencyMs = qMax(0, ms);
}

void SandboxServer::addFault(const FaultRule &rule)
{
    m_controls->faults.add(rule);
}

void SandboxServer::setWriteFaults(double fraction, const QList<FaultRule> &kinds, quint32 seed)
{
    m_controls->faults.setWriteFaults(fraction, kinds, seed);
}

void SandboxServer::setFaultMix(const FaultMix &mix)
{
    m_controls->faults.setMix(mix);
}

bool SandboxServer::setFaultMix(const QString &spec, quint32 seed, QString *error)
{
    std::optional<FaultMix> mix = FaultMix::parse(spec, error);
    if (!mix)
        return false;
    mix->seed = seed;
    setFaultMix(*mix);
    return true;
}

QMap<QString, int> SandboxServer::faultMixCounts() const
{
    return m_controls->faults.mixCounts();
}

void SandboxServer::clearFaults()
{
    m_controls->faults.clear();
}

void SandboxServer::advanceClock(qint64 seconds)
{
    m_controls->clock->advance(seconds * 1000);
}

qint64 SandboxServer::clockNowSeconds() const
{
    return m_controls->clock->nowSeconds();
}

void SandboxServer::setPolicyApplyDelay(int ms)
{
    m_controls->policyControls->applyDelayMs = qMax(0, ms);
}

void SandboxServer::failPolicyResource(const QString &resourceId)
{
    m_controls->policyControls->failResource(resourceId);
}

void SandboxServer::setEventProcessingDelay(int ms)
{
    m_controls->events.processingDelayMs = qMax(0, ms);
}

void SandboxServer::setEventsForbidden(bool forbidden)
{
    m_controls->events.forbidden = forbidden;
}

void SandboxServer::setEventsRateLimit(int perMinute)
{
    m_controls->events.searchLimiter.setLimit(perMinute);
}

void SandboxServer::setInviteAcceptDelay(int ms)
{
    m_controls->inviteControls->acceptDelayMs = qMax(0, ms);
}

void SandboxServer::setInvitePaymentRequired(bool required)
{
    m_controls->inviteControls->paymentRequired = required;
}

QList<ReceivedRequest> SandboxServer::receivedRequests() const
{
    return m_controls->log.entries();
}

void SandboxServer::clearReceivedRequests()
{
    m_controls->log.clear();
}

} // namespace sandbox
