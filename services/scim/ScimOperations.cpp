#include "ScimOperations.h"

#include "ScimService.h"

#include <QJsonArray>

namespace {

QString recordPath(const JobItem &item, const QJsonObject &params)
{
    const QString directoryId = params.value(QLatin1String("scimDirectoryId")).toString();
    return ScimService::directoryPath(directoryId) + QStringLiteral("/Users/") +
           QString::fromLatin1(QUrl::toPercentEncoding(item.id));
}

} // namespace

QJsonObject ScimOperations::params(const QString &scimDirectoryId)
{
    return {{QStringLiteral("scimDirectoryId"), scimDirectoryId}};
}

QString ScimActiveOperation::key() const
{
    return m_active ? ScimOperations::activate() : ScimOperations::deactivate();
}

QString ScimActiveOperation::title() const
{
    return m_active ? tr("Activate SCIM records") : tr("Deactivate SCIM records");
}

ApiRequest ScimActiveOperation::request(const JobItem &item, const QJsonObject &params,
                                        const QString &) const
{
    const QJsonArray operations{QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                            {QStringLiteral("path"), QStringLiteral("active")},
                                            {QStringLiteral("value"), m_active}}};
    return ApiRequest::patch(recordPath(item, params), ScimService::patchBody(operations));
}

BulkOperation::Outcome ScimActiveOperation::classify(const ApiError &error) const
{
    if (error.kind() == ApiError::Kind::NotFound)
        return {JobItem::State::Failed, tr("The record no longer exists in this directory.")};
    return BulkOperation::classify(error);
}

QString ScimDeleteRecordOperation::title() const
{
    return tr("Delete SCIM records");
}

ApiRequest ScimDeleteRecordOperation::request(const JobItem &item, const QJsonObject &params,
                                              const QString &) const
{
    return ApiRequest::del(recordPath(item, params));
}

BulkOperation::Outcome ScimDeleteRecordOperation::classify(const ApiError &error) const
{
    if (error.kind() == ApiError::Kind::NotFound)
        return {JobItem::State::Skipped, tr("Already deleted")};
    return BulkOperation::classify(error);
}

void registerScimOperations()
{
    if (BulkOperationRegistry::find(ScimOperations::deactivate()))
        return;
    BulkOperationRegistry::add(std::make_unique<ScimActiveOperation>(false));
    BulkOperationRegistry::add(std::make_unique<ScimActiveOperation>(true));
    BulkOperationRegistry::add(std::make_unique<ScimDeleteRecordOperation>());
}
