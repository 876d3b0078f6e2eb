#include "Connection.h"

#include "ApiClient.h"

Connection::Connection(const QUrl &baseUrl, const QString &orgId, const QString &apiKey,
                       QObject *parent)
    : QObject(parent), m_client(new ApiClient(baseUrl, this)), m_orgs(m_client, orgId),
      m_users(m_client, orgId)
{
    m_client->setApiKey(apiKey);
}

Connection::~Connection() = default;

QUrl Connection::baseUrl() const
{
    return m_client->baseUrl();
}
