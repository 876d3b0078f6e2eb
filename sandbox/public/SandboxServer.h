#pragma once

#include "FaultMix.h"
#include "SandboxTypes.h"

#include <QMap>
#include <QObject>
#include <QThread>
#include <QUrl>

#include <memory>

namespace sandbox {

class HttpFrontend;
struct SharedControls;

// A local, stateful implementation of the Atlassian admin APIs over an org seeded from
// SandboxOptions::seed. The HTTP server and all state live on a private thread this object
// owns, so it never stalls the caller's thread. Routes are those of api.atlassian.com:
// /admin/v1/..., /admin/v2/..., /users/..., and SCIM at /scim/directory/{id}/... (own keys)
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(const SandboxOptions &options = {}, QObject *parent = nullptr);
    ~SandboxServer() override; // stops the thread cleanly

    // Seeds the org and listens on 127.0.0.1; blocks until listening (or failed).
    bool start();

    QUrl baseUrl() const;  // http://127.0.0.1:PORT, empty before start()
    QString orgId() const; // known before start(): it depends only on the seed
    QString apiKey() const;
    // The SCIM directories and their keys; empty before start().
    QList<ScimDirectoryInfo> scimDirectories() const;
    // The label under which the admin key list shows apiKey().
    static QString apiKeyLabel();

    // Test controls: thread-safe, usable before or after start().
    // Scoped keys get 403 from User management and on the org API writes no scope covers
    // (ScopeRules).
    void addApiKey(const QString &key, bool scoped);
    void setRateLimit(int perSecond); // 0 = unlimited
    void setLatency(int ms);
    void addFault(const FaultRule &rule);
    // Fails a fraction of the writes with these kinds of fault (see FaultInjector).
    void setWriteFaults(double fraction, const QList<FaultRule> &kinds, quint32 seed = 1);
    // Faults on every route, reads and writes, that no rule or write fault hit (see FaultMix).
    void setFaultMix(const FaultMix &mix);
    // The same from a spec ("5xx=0.1,drop=0.05,slow=0.05:3000"); false, with `error` naming the
    // bad part, when the spec is refused (the mix in place stays).
    bool setFaultMix(const QString &spec, quint32 seed = 1, QString *error = nullptr);
    // How many requests met each kind of the mix's faults ("5xx", "drop"...) since it was set.
    QMap<QString, int> faultMixCounts() const;
    void clearFaults(); // the rules, the write faults and the mix
    // Moves the sandbox's clock on (a deletion's 14-day grace period, say).
    void advanceClock(qint64 seconds);
    qint64 clockNowSeconds() const;
    // Policy writes settle (applying -> applied, removing -> gone) and auth-policy tasks end
    // this long after they start, on the sandbox clock (default 3000 ms).
    void setPolicyApplyDelay(int ms);
    void failPolicyResource(const QString &resourceId); // it ends "failed" instead of "applied"
    // The audit log: a write's event shows in the stream this long after it (sandbox clock,
    // default 3000 ms; 0 = at once); every events route answers 403 (no Atlassian Guard, or a
    // key without read:events:admin); GET /events allows so many requests a minute per key
    // (default 10; 0 = unlimited).
    void setEventProcessingDelay(int ms);
    void setEventsForbidden(bool forbidden);
    void setEventsRateLimit(int perMinute);
    // Invited people accept this long after the invitation, on the sandbox clock (default
    // 20000 ms): until then Users lists them as not_invited.
    void setInviteAcceptDelay(int ms);
    // The organization has no paid subscription: invitations are refused with 402.
    void setInvitePaymentRequired(bool required);
    QList<ReceivedRequest> receivedRequests() const; // everything received so far, in order
    void clearReceivedRequests();

private:
    void stop();

    SandboxOptions m_options;
    QString m_orgId;
    QString m_apiKey;
    std::shared_ptr<SharedControls> m_controls;
    QThread m_thread;
    QObject *m_threadContext = nullptr; // lives on m_thread; runs work there
    HttpFrontend *m_frontend = nullptr; // lives on m_thread
    quint16 m_port = 0;
    QList<ScimDirectoryInfo> m_scimDirectories;
};

} // namespace sandbox
