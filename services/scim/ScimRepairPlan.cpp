#include "ScimRepairPlan.h"

#include "ManageService.h"
#include "ScimLink.h"
#include "ScimService.h"

namespace {

using Kind = ScimLinkFinding::Kind;
using Repair = ScimLinkFinding::Repair;

QString linkRoute(const QString &orgId, const QString &rest)
{
    return QStringLiteral("/admin/user-provisioning/v1/org/%1%2").arg(orgId, rest);
}

QString recordName(const ScimLinkFinding &finding)
{
    return finding.userName.isEmpty() ? finding.scimUserId : finding.userName;
}

QString accountName(const ScimLinkFinding &finding)
{
    return finding.accountEmail.isEmpty() ? finding.accountId : finding.accountEmail;
}

ScimRepairStep unlinkStep(const ScimLinkFinding &finding, const ScimRepairPlan::Clients &clients)
{
    ScimRepairStep step;
    step.what = ScimRepairPlan::tr("Unlink the record \u201c%1\u201d from the account %2. Both "
                                   "stay; the account is no longer managed through this record.")
                    .arg(recordName(finding), accountName(finding));
    step.call = QStringLiteral("PATCH ") +
                linkRoute(clients.orgId, QStringLiteral("/scimDirectoryId/%1/scimUserId/%2/unlink")
                                             .arg(finding.directoryId, finding.scimUserId));
    step.send = [clients, finding](const QString &, const QObject *context,
                                   ScimRepairStep::Done done) {
        return ScimLinkService(clients.org, clients.orgId)
            .unlink(finding.directoryId, finding.scimUserId, context,
                    [done](const ApiResult<QList<ScimLink>> &result) { done(result.error); });
    };
    return step;
}

ScimRepairStep deleteAccountRecordsStep(const ScimLinkFinding &finding,
                                        const ScimRepairPlan::Clients &clients)
{
    ScimRepairStep step;
    step.what = ScimRepairPlan::tr("Delete only the SCIM records of the account %1, in every "
                                   "directory. The account stays; push the person and their "
                                   "groups again from the right identity provider afterwards.")
                    .arg(accountName(finding));
    step.call = QStringLiteral("DELETE ") +
                linkRoute(clients.orgId,
                          QStringLiteral("/user/%1/onlyDeleteUserInDB").arg(finding.accountId));
    step.send = [clients, finding](const QString &, const QObject *context,
                                   ScimRepairStep::Done done) {
        return ScimLinkService(clients.org, clients.orgId)
            .deleteRecordsOfAccount(
                finding.accountId, context,
                [done](const ApiResult<QList<ScimLink>> &result) { done(result.error); });
    };
    return step;
}

ScimRepairStep changeEmailStep(const ScimLinkFinding &finding,
                               const ScimRepairPlan::Clients &clients)
{
    ScimRepairStep step;
    step.what = ScimRepairPlan::tr("Change the account's e-mail address from %1 to a free one, so "
                                   "that the address the identity provider pushes is no longer "
                                   "held (User management; the person's sessions end).")
                    .arg(accountName(finding));
    step.inputLabel = ScimRepairPlan::tr("New address of the account:");
    step.suggestedInput = ScimRepairPlan::freedAddress(finding.accountEmail);
    const QString route = ManageService::managePath(finding.accountId) + QStringLiteral("/email");
    step.call = QStringLiteral("PUT ") + route;
    step.callWith = [route](const QString &input) {
        return QStringLiteral("PUT %1  {\"email\": \"%2\"}").arg(route, input);
    };
    step.send = [clients, finding](const QString &input, const QObject *context,
                                   ScimRepairStep::Done done) {
        return ManageService(clients.org).setEmail(finding.accountId, input, context, done);
    };
    return step;
}

ScimRepairStep pushStep(const ScimLinkFinding &finding, const ScimRepairPlan::Clients &clients)
{
    ScimRepairStep step;
    step.what = ScimRepairPlan::tr("Push the record again, as the identity provider would (or "
                                   "skip this and push from the identity provider).");
    step.inputLabel = ScimRepairPlan::tr("E-mail the identity provider pushes:");
    step.suggestedInput = finding.accountEmail;
    step.optional = true;
    const QString route =
        ScimService::directoryPath(finding.directoryId) + QStringLiteral("/Users");
    step.call = QStringLiteral("POST ") + route;
    step.callWith = [route](const QString &input) {
        return QStringLiteral("POST %1  {\"userName\": \"%2\", \"emails\": [{\"value\": \"%2\", "
                              "\"primary\": true}]}")
            .arg(route, input);
    };
    const ScimService *scim = clients.scim;
    step.send = [scim](const QString &input, const QObject *context, ScimRepairStep::Done done) {
        return scim->createUser(ScimService::newUser(input, QString()), context,
                                [done](const ApiResult<ScimUser> &result) { done(result.error); });
    };
    return step;
}

ScimRepairStep deleteRecordStep(const ScimLinkFinding &finding,
                                const ScimRepairPlan::Clients &clients)
{
    ScimRepairStep step;
    step.what = ScimRepairPlan::tr("Delete the record \u201c%1\u201d from the directory. A linked "
                                   "account is deactivated; only a new push brings the record "
                                   "back.")
                    .arg(recordName(finding));
    step.call = QStringLiteral("DELETE %1/Users/%2")
                    .arg(ScimService::directoryPath(finding.directoryId), finding.scimUserId);
    const ScimService *scim = clients.scim;
    step.send = [scim, finding](const QString &, const QObject *context,
                                ScimRepairStep::Done done) {
        return scim->deleteUser(finding.scimUserId, context, done);
    };
    return step;
}

ScimRepairStep setActiveStep(const ScimLinkFinding &finding, const ScimRepairPlan::Clients &clients)
{
    // The record says how the identity provider sees the person: applying it again brings the
    // account in line (an inactive record deactivates the account, an active one activates it).
    const bool active = finding.kind == Kind::ActiveButAccountInactive;
    ScimRepairStep step;
    step.what = active ? ScimRepairPlan::tr("Set the record \u201c%1\u201d active again, which "
                                            "activates the account %2.")
                             .arg(recordName(finding), accountName(finding))
                       : ScimRepairPlan::tr("Set the record \u201c%1\u201d inactive again, which "
                                            "deactivates the account %2.")
                             .arg(recordName(finding), accountName(finding));
    step.call = QStringLiteral("PATCH %1/Users/%2  {\"op\": \"replace\", \"path\": \"active\", "
                               "\"value\": %3}")
                    .arg(ScimService::directoryPath(finding.directoryId), finding.scimUserId,
                         active ? QStringLiteral("true") : QStringLiteral("false"));
    const ScimService *scim = clients.scim;
    step.send = [scim, finding, active](const QString &, const QObject *context,
                                        ScimRepairStep::Done done) {
        return scim->setActive(finding.scimUserId, active, context,
                               [done](const ApiResult<ScimUser> &result) { done(result.error); });
    };
    return step;
}

bool needsDirectoryKey(Repair repair)
{
    return repair == Repair::ChangeAccountEmail || repair == Repair::DeleteRecord ||
           repair == Repair::SetRecordActive;
}

} // namespace

QString ScimRepairPlan::freedAddress(const QString &email)
{
    const qsizetype at = email.lastIndexOf(u'@');
    if (at <= 0)
        return QString();
    return email.left(at) + QStringLiteral(".old") + email.mid(at);
}

QString ScimRepairPlan::whyNoSteps(const ScimLinkFinding &finding, const Clients &clients)
{
    if (finding.repair == Repair::PushFromIdentityProvider)
        return tr("Only the identity provider can fix this: assign the person to the Atlassian "
                  "app there so that it pushes a record.");
    if (needsDirectoryKey(finding.repair) && !clients.scim)
        return tr("This repair calls the directory \u201c%1\u201d, and the profile has no SCIM "
                  "key for it. Add its key first.")
            .arg(finding.directoryName.isEmpty() ? finding.directoryId : finding.directoryName);
    return QString();
}

QList<ScimRepairStep> ScimRepairPlan::stepsFor(const ScimLinkFinding &finding,
                                               const Clients &clients)
{
    if (!whyNoSteps(finding, clients).isEmpty())
        return {};
    switch (finding.repair) {
    case Repair::Unlink:
        return {unlinkStep(finding, clients)};
    case Repair::DeleteAccountRecords:
        return {deleteAccountRecordsStep(finding, clients)};
    case Repair::ChangeAccountEmail:
        return {unlinkStep(finding, clients), changeEmailStep(finding, clients),
                pushStep(finding, clients)};
    case Repair::DeleteRecord:
        return {deleteRecordStep(finding, clients)};
    case Repair::SetRecordActive:
        return {setActiveStep(finding, clients)};
    case Repair::PushFromIdentityProvider:
        break;
    }
    return {};
}
