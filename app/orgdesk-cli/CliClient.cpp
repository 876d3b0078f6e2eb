#include "CliClient.h"

#include "ApiClient.h"
#include "CliConnection.h"

#include <algorithm>

RetryPolicy cliRetryPolicy()
{
    RetryPolicy policy;
    bool isNumber = false;
    const double scale = qEnvironmentVariable("ORGDESK_RETRY_SCALE").toDouble(&isNumber);
    if (isNumber && scale > 0 && scale < 1) {
        policy.baseBackoffMs = std::max(1, int(policy.baseBackoffMs * scale));
        policy.maxBackoffMs = std::max(1, int(policy.maxBackoffMs * scale));
    }
    return policy;
}

ApiClient *makeCliClient(const CliConnection &connection, QObject *parent)
{
    auto *client = new ApiClient(connection.baseUrl, parent);
    client->setApiKey(connection.apiKey);
    client->setRetryPolicy(cliRetryPolicy());
    return client;
}
