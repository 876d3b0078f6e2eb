#include "AccessServiceTest.h"

#include "SandboxServer.h"

bool AccessServiceTest::startAndListEverything(QString *problem)
{
    if (!m_server.start(sandbox::SandboxOptions{0, 800, 5})) {
        *problem = QStringLiteral("the sandbox did not start");
        return false;
    }
    m_client = std::make_unique<ApiClient>(m_server.baseUrl());
    m_client->setApiKey(m_server.apiKey());
    m_service = std::make_unique<ApiAccessService>(m_client.get(), m_server.orgId());
    m_keys = allKeys().items;
    m_tokens = allTokens().items;
    if (m_keys.size() < 10 || m_tokens.size() < 40) {
        *problem = QStringLiteral("%1 keys and %2 tokens listed; expected at least 10 and 40")
                       .arg(m_keys.size())
                       .arg(m_tokens.size());
        return false;
    }
    return true;
}

void AccessServiceTest::resetSandbox()
{
    m_server.sandbox()->clearReceivedRequests();
    m_server.sandbox()->clearFaults();
    m_server.sandbox()->setRateLimit(0);
}
