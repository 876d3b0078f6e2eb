#pragma once

#include <QString>
#include <QUrl>

#include <memory>

namespace sandbox {
class SandboxServer;
struct SandboxOptions;
} // namespace sandbox

// The server a test talks to: the in-process sandbox by default, or, when ORGDESK_E2E_BASE_URL,
// ORGDESK_E2E_ORG_ID and ORGDESK_E2E_API_KEY are set, that server (a real test organization,
// say), which end-to-end tests then use read-only.
class TestServer
{
public:
    TestServer();
    ~TestServer();

    // Starts the sandbox with these options unless an external server is configured.
    bool start(const sandbox::SandboxOptions &options);
    bool start();

    bool isExternal() const { return m_external; }
    // The in-process sandbox for test controls (faults, rate limit, received requests);
    // nullptr when the tests run against an external server.
    sandbox::SandboxServer *sandbox() const { return m_sandbox.get(); }

    QUrl baseUrl() const { return m_baseUrl; }
    QString orgId() const { return m_orgId; }
    QString apiKey() const { return m_apiKey; }

private:
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    bool m_external = false;
    QUrl m_baseUrl;
    QString m_orgId;
    QString m_apiKey;
};
