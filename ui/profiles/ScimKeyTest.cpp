#include "ScimKeyTest.h"

#include "ApiClient.h"
#include "KeyProbe.h"
#include "ScimService.h"

ScimKeyTest::ScimKeyTest(const QUrl &baseUrl, const QString &directoryId, const QString &key,
                         QObject *parent)
    : QObject(parent), m_directoryId(directoryId),
      m_client(ScimService::makeClient(baseUrl, directoryId, key, this))
{
    m_client->setRetryPolicy(KeyProbe::interactivePolicy());
}

void ScimKeyTest::start()
{
    ScimService(m_client, m_directoryId)
        .serviceProviderConfig(this, [this](const ApiResult<QJsonObject> &result) {
            Q_EMIT finished(result.ok() ? QString() : result.error.userMessage());
        });
}
