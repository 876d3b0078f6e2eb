#include "TokenRevokeFlow.h"

#include "ApiAccessService.h"
#include "BulkJob.h"
#include "ConfirmDialog.h"
#include "Connection.h"
#include "JobLauncher.h"
#include "SecurityOperations.h"

namespace {

QString itemLabel(const ApiToken &token)
{
    const QString owner = token.owner.email.isEmpty() ? token.owner.name : token.owner.email;
    return owner.isEmpty()
               ? token.label
               : QCoreApplication::translate("TokenRevokeFlow", "%1 (%2)").arg(token.label, owner);
}

} // namespace

TokenRevokeFlow::TokenRevokeFlow(QWidget *area, Connection *connection, JobLauncher *launcher)
    : QObject(area), m_area(area), m_connection(connection), m_launcher(launcher)
{}

void TokenRevokeFlow::revoke(const QList<ApiToken> &tokens)
{
    if (tokens.isEmpty())
        return;
    ConfirmRequest request;
    request.action = tr("Revoke");
    request.question = tr("Revoke %n API tokens?", nullptr, int(tokens.size()));
    for (const ApiToken &token : tokens)
        request.names.append(itemLabel(token));
    request.count = int(tokens.size());
    request.details = tr("Scripts and tools that sign in with them are refused from then on; "
                         "their owners can create new tokens.");
    request.irreversible = true;
    request.destructive = true;
    ConfirmDialog::ask(m_area, request, this, [this, tokens](const ConfirmDialog::Answer &answer) {
        if (!answer.confirmed) {
            Q_EMIT cancelled();
            return;
        }
        JobSpec spec;
        spec.operation = SecurityOperations::revokeApiToken();
        spec.title = tr("Revoke %n API tokens", nullptr, int(tokens.size()));
        spec.orgId = m_connection->orgId();
        spec.connection = m_connection->displayName();
        QList<JobItem> items;
        for (const ApiToken &token : tokens) {
            JobItem item{token.id, itemLabel(token)};
            item.extra.insert(SecurityOperations::ownerKey(), token.owner.accountId);
            items.append(item);
        }
        if (BulkJob *job = m_launcher->start(m_connection->client(), spec, items))
            Q_EMIT jobStarted(job);
    });
}

void TokenRevokeFlow::revokeEveryToken(const QString &orgName, int tokenCount)
{
    ConfirmRequest request;
    request.action = tr("Revoke every token");
    request.question = tr("Revoke every API token of every managed account in %1?").arg(orgName);
    request.count = qMax(0, tokenCount);
    request.details =
        (tokenCount >= 0
             ? tr("This revokes all %n API tokens of the organization's managed accounts in one "
                  "call, not only the ones listed here.",
                  nullptr, tokenCount)
             : tr("This revokes all API tokens of the organization's managed accounts in one "
                  "call, not only the ones listed here.")) +
        u' ' +
        tr("Every script, integration and tool that signs in with one is refused from then on, "
           "and people must create new tokens. There is no result per token.");
    request.irreversible = true;
    request.destructive = true;
    request.typeToConfirm = orgName;
    ConfirmDialog *dialog =
        ConfirmDialog::ask(m_area, request, this, [this](const ConfirmDialog::Answer &answer) {
            if (!answer.confirmed) {
                Q_EMIT cancelled();
                return;
            }
            ApiAccessService service(m_connection->client(), m_connection->orgId());
            service.revokeEveryToken(
                this, [this](const ApiError &error) { Q_EMIT everyTokenRevoked(error); });
        });
    dialog->setObjectName(QStringLiteral("revokeEveryTokenDialog"));
}
