#pragma once

#include "BulkOperation.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// What an invitation gives everyone on it (MultidirectoryInviteApiRequest minus the e-mails),
// with the names people read in results and questions.
struct InviteSpec
{
    struct Grant
    {
        QString resource;      // the workspace's ARI
        QString role;          // "atlassian/user"
        QString workspaceName; // "acme-partners"
    };
    struct GroupRef
    {
        QString id;
        QString name;
    };
    QList<Grant> grants;
    QList<GroupRef> groups;
    bool sendNotification = false;
    QString notificationText;

    // As the job's parameters (JobSpec::params), and back.
    QJsonObject toParams() const;
    static InviteSpec fromParams(const QJsonObject &params);
    // The request body for these addresses.
    QJsonObject body(const QStringList &emails) const;
};

// Inviting people as the bulk operation "users.invite" (CATALOG §1.3, §9.3): one item per
// address (label = the address; id = the account, once the answer names it;
// extra["member"] = true when the address was already in the organization, so it gets the
// roles rather than an invitation). Addresses go `batchSize()` to a request, one job; each item
// gets its own result: invited, role or group given, or failed with the reason in words.
class InviteOperation : public BulkOperation
{
    Q_DECLARE_TR_FUNCTIONS(InviteOperation)

public:
    // MultidirectoryInviteApiRequest.emails is declared with "maximum": 25, plainly meant as
    // the most addresses one request takes.
    static constexpr int maxEmailsPerRequest = 25;

    static QString operationKey() { return QStringLiteral("users.invite"); }
    // The roles the invite takes (MultidirectoryInviteRoleAssociation.role).
    static QStringList inviteRoles();
    // Of those, the ones a workspace of this product takes (RoleCatalog::rolesFor).
    static QStringList inviteRolesFor(const QString &typeKey);
    static JobItem itemFor(const QString &email, bool alreadyMember, const QString &name = {});
    // POST /v2/orgs/{orgId}/users/invite
    static ApiRequest inviteRequest(const QString &orgId, const QStringList &emails,
                                    const InviteSpec &spec);
    // A statusReason of one role or group result in words.
    static QString reasonInWords(const QString &statusReason);

    QString key() const override { return operationKey(); }
    QString title() const override;
    ApiRequest request(const JobItem &item, const QJsonObject &params,
                       const QString &orgId) const override;
    int batchSize() const override { return maxEmailsPerRequest; }
    ApiRequest batchRequest(const QList<JobItem> &items, const QJsonObject &params,
                            const QString &orgId) const override;
    QList<Outcome> classifyBatch(const QList<JobItem> &items, const QJsonObject &params,
                                 const ApiError &error, const QJsonDocument &body) const override;

private:
    static Outcome outcomeOf(const JobItem &item, const InviteSpec &spec,
                             const QJsonObject &answer);
};

// Registers the invite operation; calling it again does nothing.
void registerInviteOperation();
