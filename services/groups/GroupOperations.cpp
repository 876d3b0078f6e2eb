#include "GroupOperations.h"

#include "GroupService.h"

namespace {

QString directoryOf(const QJsonObject &params)
{
    const QString directory = params.value(QLatin1String("directoryId")).toString();
    return directory.isEmpty() ? QStringLiteral("-") : directory;
}

QString groupOf(const QJsonObject &params)
{
    return params.value(QLatin1String("groupId")).toString();
}

} // namespace

QJsonObject GroupOperations::params(const QString &directoryId, const QString &groupId,
                                    const QString &groupName)
{
    return {
        {QStringLiteral("directoryId"), directoryId.isEmpty() ? QStringLiteral("-") : directoryId},
        {QStringLiteral("groupId"), groupId},
        {QStringLiteral("groupName"), groupName}};
}

QString GroupOperations::refusalInWords(const ApiError &error)
{
    const QString reason = error.serverMessage();
    switch (error.kind()) {
    case ApiError::Kind::Forbidden:
        if (reason.contains(QLatin1String("identity provider"), Qt::CaseInsensitive))
            return GroupMemberOperation::tr("The group is synced from your identity provider: "
                                            "change it there.");
        if (error.serverCode() == QLatin1String("ADMIN-403-6"))
            return GroupMemberOperation::tr("This is a product's default access group: everyone "
                                            "invited to the product gets it, so it cannot be "
                                            "deleted.");
        if (error.serverCode() == QLatin1String("ADMIN-403-7"))
            return GroupMemberOperation::tr("This group grants admin access and cannot be "
                                            "deleted. Revoke its admin roles first.");
        return error.detailedMessage();
    case ApiError::Kind::Conflict:
        if (reason.contains(QLatin1String("already a member"), Qt::CaseInsensitive))
            return GroupMemberOperation::tr("Already a member");
        if (reason.contains(QLatin1String("already exists"), Qt::CaseInsensitive))
            return GroupMemberOperation::tr("A group with this name already exists.");
        if (reason.contains(QLatin1String("licen"), Qt::CaseInsensitive))
            return GroupMemberOperation::tr("The licence limit is reached: %1").arg(reason);
        return error.detailedMessage();
    case ApiError::Kind::NotFound:
        if (error.serverCode() == QLatin1String("ADMIN-404-10"))
            return GroupMemberOperation::tr("The group no longer exists.");
        if (error.serverCode() == QLatin1String("ADMIN-404-8"))
            return GroupMemberOperation::tr("No such person (the account may have been "
                                            "removed).");
        return error.detailedMessage();
    default:
        return error.detailedMessage();
    }
}

QString GroupMemberOperation::key() const
{
    return m_add ? GroupOperations::addMember() : GroupOperations::removeMember();
}

QString GroupMemberOperation::title() const
{
    return m_add ? tr("Add to group") : tr("Remove from group");
}

QString GroupMemberOperation::inverseKey() const
{
    return m_add ? GroupOperations::removeMember() : GroupOperations::addMember();
}

ApiRequest GroupMemberOperation::request(const JobItem &item, const QJsonObject &params,
                                         const QString &orgId) const
{
    return m_add ? GroupService::addMemberRequest(orgId, directoryOf(params), groupOf(params),
                                                  item.id)
                 : GroupService::removeMemberRequest(orgId, directoryOf(params), groupOf(params),
                                                     item.id);
}

BulkOperation::Outcome GroupMemberOperation::classify(const ApiError &error) const
{
    if (!error.isError() || error.kind() == ApiError::Kind::Cancelled)
        return BulkOperation::classify(error);
    // 409 is also the licence limit (and any other conflict): only "already" is skipped.
    if (m_add && error.kind() == ApiError::Kind::Conflict &&
        error.serverMessage().contains(QLatin1String("already"), Qt::CaseInsensitive))
        return {JobItem::State::Skipped, tr("Already a member")};
    switch (error.kind()) {
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Conflict:
    case ApiError::Kind::BadRequest:
        return {JobItem::State::Failed, GroupOperations::refusalInWords(error)};
    default:
        return BulkOperation::classify(error);
    }
}

std::optional<ApiRequest> GroupMemberOperation::checkRequest(const JobItem &item,
                                                             const QJsonObject &params,
                                                             const QString &orgId) const
{
    return GroupService::membershipCheckRequest(orgId, directoryOf(params), groupOf(params),
                                                item.id);
}

bool GroupMemberOperation::isApplied(const QJsonDocument &document) const
{
    const bool member = !document.object().value(QLatin1String("data")).toArray().isEmpty();
    return member == m_add;
}

void registerGroupOperations()
{
    if (BulkOperationRegistry::find(GroupOperations::addMember()))
        return;
    BulkOperationRegistry::add(std::make_unique<GroupMemberOperation>(true));
    BulkOperationRegistry::add(std::make_unique<GroupMemberOperation>(false));
}
