#include "Settle.h"

#include "ApiClient.h"
#include "ApiRequest.h"
#include "RawCall.h"

#include <QDeadlineTimer>
#include <QTest>

bool settle(ApiClient *client, const QString &orgId, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    const RawAnswer later =
        rawCall(client, ApiRequest::get(QStringLiteral("/admin/v1/orgs/") + orgId), timeoutMs);
    if (!later.finished)
        return false;
    return QTest::qWaitFor(
        [client] { return client->requestsInFlight() == 0 && client->requestsQueued() == 0; },
        int(qMax<qint64>(0, deadline.remainingTime())));
}
