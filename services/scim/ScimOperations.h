#pragma once

#include "BulkOperation.h"

#include <QCoreApplication>

// A SCIM directory's user records as bulk operations (CATALOG §3), one item per record (id = the
// SCIM user id, label = its userName); the job's parameter "scimDirectoryId" names the directory.
// They go through the directory's own client (its SCIM key), never the organization's.
//   scim.deactivate    PATCH .../Users/{id} active: false (the linked account is deactivated)
//   scim.activate      PATCH .../Users/{id} active: true
//   scim.deleteRecord  DELETE .../Users/{id} (the account is deactivated; only a new push from
//                      the identity provider brings the record back)
// None offers an undo: the jobs view would send it with the organization's key, which SCIM routes
// refuse. Activate what was deactivated with the other action instead.
namespace ScimOperations {

inline QString deactivate()
{
    return QStringLiteral("scim.deactivate");
}
inline QString activate()
{
    return QStringLiteral("scim.activate");
}
inline QString deleteRecord()
{
    return QStringLiteral("scim.deleteRecord");
}

QJsonObject params(const QString &scimDirectoryId);

} // namespace ScimOperations

class ScimActiveOperation : public BulkOperation
{
    Q_DECLARE_TR_FUNCTIONS(ScimActiveOperation)

public:
    explicit ScimActiveOperation(bool active) : m_active(active) {}

    QString key() const override;
    QString title() const override;
    ApiRequest request(const JobItem &item, const QJsonObject &params,
                       const QString &orgId) const override;
    Outcome classify(const ApiError &error) const override;

private:
    bool m_active;
};

class ScimDeleteRecordOperation : public BulkOperation
{
    Q_DECLARE_TR_FUNCTIONS(ScimDeleteRecordOperation)

public:
    QString key() const override { return ScimOperations::deleteRecord(); }
    QString title() const override;
    ApiRequest request(const JobItem &item, const QJsonObject &params,
                       const QString &orgId) const override;
    Outcome classify(const ApiError &error) const override;
};

void registerScimOperations();
