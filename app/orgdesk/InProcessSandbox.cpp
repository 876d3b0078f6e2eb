#include "InProcessSandbox.h"

#include "SandboxServer.h"

namespace {

class InProcessSandbox : public LocalSandbox
{
public:
    explicit InProcessSandbox(const sandbox::SandboxOptions &options) : m_server(options) {}

    bool start() { return m_server.start(); }
    QUrl baseUrl() const override { return m_server.baseUrl(); }
    QString orgId() const override { return m_server.orgId(); }
    QString apiKey() const override { return m_server.apiKey(); }
    QString apiKeyLabel() const override { return sandbox::SandboxServer::apiKeyLabel(); }
    QList<ScimDirectoryKeyHint> scimKeys() const override
    {
        QList<ScimDirectoryKeyHint> keys;
        for (const sandbox::ScimDirectoryInfo &directory : m_server.scimDirectories())
            keys.append({directory.directoryId, directory.name, directory.apiKey});
        return keys;
    }

private:
    sandbox::SandboxServer m_server;
};

} // namespace

std::unique_ptr<LocalSandbox> startInProcessSandbox(int people)
{
    sandbox::SandboxOptions options;
    options.users = people;
    options.seed = 1;
    auto server = std::make_unique<InProcessSandbox>(options);
    if (!server->start())
        return nullptr;
    return server;
}
