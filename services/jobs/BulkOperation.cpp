#include "BulkOperation.h"

#include <QHash>

BulkOperation::Outcome BulkOperation::classify(const ApiError &error) const
{
    if (!error.isError())
        return {JobItem::State::Done, QString()};
    if (error.kind() == ApiError::Kind::Cancelled)
        return {JobItem::State::Pending, QString()};
    return {JobItem::State::Failed, error.detailedMessage()};
}

ApiRequest BulkOperation::batchRequest(const QList<JobItem> &items, const QJsonObject &params,
                                       const QString &orgId) const
{
    return request(items.value(0), params, orgId);
}

QList<BulkOperation::Outcome> BulkOperation::classifyBatch(const QList<JobItem> &items,
                                                           const QJsonObject &,
                                                           const ApiError &error,
                                                           const QJsonDocument &) const
{
    return QList<Outcome>(items.size(), classify(error));
}

namespace {

QHash<QString, std::shared_ptr<BulkOperation>> &operations()
{
    static QHash<QString, std::shared_ptr<BulkOperation>> registry;
    return registry;
}

} // namespace

void BulkOperationRegistry::add(std::unique_ptr<BulkOperation> operation)
{
    const QString key = operation->key();
    operations().insert(key, std::shared_ptr<BulkOperation>(std::move(operation)));
}

const BulkOperation *BulkOperationRegistry::find(const QString &key)
{
    return operations().value(key).get();
}
