#include "TestServer.h"

#include "SandboxServer.h"

TestServer::TestServer() = default;
TestServer::~TestServer() = default;

bool TestServer::start()
{
    return start(sandbox::SandboxOptions{});
}

bool TestServer::start(const sandbox::SandboxOptions &options)
{
    const QString externalUrl = qEnvironmentVariable("ORGDESK_E2E_BASE_URL");
    if (!externalUrl.isEmpty()) {
        m_external = true;
        m_baseUrl = QUrl(externalUrl);
        m_orgId = qEnvironmentVariable("ORGDESK_E2E_ORG_ID");
        m_apiKey = qEnvironmentVariable("ORGDESK_E2E_API_KEY");
        return m_baseUrl.isValid() && !m_orgId.isEmpty() && !m_apiKey.isEmpty();
    }
    m_sandbox = std::make_unique<sandbox::SandboxServer>(options);
    if (!m_sandbox->start())
        return false;
    m_baseUrl = m_sandbox->baseUrl();
    m_orgId = m_sandbox->orgId();
    m_apiKey = m_sandbox->apiKey();
    return true;
}
