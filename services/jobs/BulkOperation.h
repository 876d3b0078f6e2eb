#pragma once

#include "ApiError.h"
#include "ApiRequest.h"
#include "JobItem.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <memory>
#include <optional>

// What a bulk job does to one item: the request, how to read its outcome, and the inverse verb
// that undoes it. Operations are registered by key so a journaled job can be resumed.
class BulkOperation
{
    Q_DECLARE_TR_FUNCTIONS(BulkOperation)

public:
    struct Outcome
    {
        JobItem::State state;
        QString reason;
    };

    virtual ~BulkOperation() = default;

    virtual QString key() const = 0;
    virtual QString title() const = 0; // "Suspend access"
    virtual QString inverseKey() const { return QString(); }
    virtual ApiRequest request(const JobItem &item, const QJsonObject &params,
                               const QString &orgId) const = 0;
    // The outcome of one answer. By default: success is done, anything else failed with the
    // error in words.
    virtual Outcome classify(const ApiError &error) const;

    // For an item that was in flight when the app stopped: a read that tells whether the
    // change already took, so that resuming does nothing twice. Without one, the item is sent
    // again (the operation must then be safe to repeat).
    virtual std::optional<ApiRequest> checkRequest(const JobItem &, const QJsonObject &,
                                                   const QString &) const
    {
        return std::nullopt;
    }
    virtual bool isApplied(const QJsonDocument &) const { return false; }

    // Items sent together in one request (an invitation takes up to 25 addresses); 1 sends
    // each on its own through request() and classify(). A batched operation must be safe to
    // send again: after a restart its in-flight items are sent as they were.
    virtual int batchSize() const { return 1; }
    virtual ApiRequest batchRequest(const QList<JobItem> &items, const QJsonObject &params,
                                    const QString &orgId) const;
    // One outcome per item of the batch, in its order, from the answer's status and body.
    virtual QList<Outcome> classifyBatch(const QList<JobItem> &items, const QJsonObject &params,
                                         const ApiError &error, const QJsonDocument &body) const;
};

class BulkOperationRegistry
{
public:
    static void add(std::unique_ptr<BulkOperation> operation);
    static const BulkOperation *find(const QString &key);
};
