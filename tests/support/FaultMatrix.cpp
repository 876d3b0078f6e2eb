#include "FaultMatrix.h"

#include <QHash>

namespace FaultMatrix {

RetryPolicy matrixPolicy()
{
    RetryPolicy policy;
    policy.maxTransientRetries = 8;
    policy.maxRateLimitWaits = 12;
    policy.baseBackoffMs = 10;
    policy.maxBackoffMs = 100;
    policy.transferTimeoutMs = 250;
    return policy;
}

QStringList duplicates(const QStringList &ids)
{
    QHash<QString, int> seen;
    QStringList twice;
    for (const QString &id : ids) {
        if (++seen[id] == 2)
            twice.append(id);
    }
    return twice;
}

} // namespace FaultMatrix
