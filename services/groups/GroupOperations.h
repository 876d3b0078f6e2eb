#pragma once

#include "BulkOperation.h"

#include <QCoreApplication>

// Group memberships as bulk operations (CATALOG §1.4), one item per person:
//   group.addMember     POST .../groups/{groupId}/memberships
//   group.removeMember  DELETE .../groups/{groupId}/memberships/{accountId}
// Each undoes the other. A JobItem is a person (id = account id, label = e-mail); the job's
// parameters name the group: "groupId", "groupName" (for people), "directoryId" ("-" default).
namespace GroupOperations {

inline QString addMember()
{
    return QStringLiteral("group.addMember");
}
inline QString removeMember()
{
    return QStringLiteral("group.removeMember");
}

QJsonObject params(const QString &directoryId, const QString &groupId, const QString &groupName);

// Words for a refusal of a group route: the server's reason for a refused deletion or change
// (synced, default-access or admin group), "already a member", "no such group"...
QString refusalInWords(const ApiError &error);

} // namespace GroupOperations

class GroupMemberOperation : public BulkOperation
{
    Q_DECLARE_TR_FUNCTIONS(GroupMemberOperation)

public:
    explicit GroupMemberOperation(bool add) : m_add(add) {}

    QString key() const override;
    QString title() const override;
    QString inverseKey() const override;
    ApiRequest request(const JobItem &item, const QJsonObject &params,
                       const QString &orgId) const override;
    // Adding someone already in the group (409 "already a member") is skipped, not failed: they
    // are in it either way. A refusal of a synced group says to change it in the identity provider.
    Outcome classify(const ApiError &error) const override;
    // Resuming: users/search for the person within the group tells whether it already took.
    std::optional<ApiRequest> checkRequest(const JobItem &item, const QJsonObject &params,
                                           const QString &orgId) const override;
    bool isApplied(const QJsonDocument &document) const override;

private:
    bool m_add;
};

// Registers both; calling it again does nothing. The app, the CLI and the tests call it at start.
void registerGroupOperations();
