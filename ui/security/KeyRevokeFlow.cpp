#include "KeyRevokeFlow.h"

#include "BulkJob.h"
#include "ConfirmDialog.h"
#include "Connection.h"
#include "JobLauncher.h"
#include "SecurityOperations.h"

KeyRevokeFlow::KeyRevokeFlow(QWidget *area, Connection *connection, JobLauncher *launcher)
    : QObject(area), m_area(area), m_connection(connection), m_launcher(launcher)
{}

void KeyRevokeFlow::revoke(const QList<ApiKey> &keys, const QSet<QString> &inUseIds)
{
    QList<ApiKey> live;
    QList<ApiKey> inUse;
    for (const ApiKey &key : keys) {
        if (key.isRevoked())
            continue;
        live.append(key);
        if (inUseIds.contains(key.id))
            inUse.append(key);
    }
    if (live.isEmpty())
        return;
    ConfirmRequest request;
    request.action = tr("Revoke");
    request.question = tr("Revoke %n admin API keys?", nullptr, int(live.size()));
    for (const ApiKey &key : live)
        request.names.append(key.label);
    request.count = int(live.size());
    request.details = tr("Every script and integration that uses them is refused from then on.");
    if (live.size() < keys.size())
        request.details +=
            u' ' + tr("%n already revoked: left out.", nullptr, int(keys.size() - live.size()));
    request.irreversible = true;
    request.destructive = true;
    ConfirmDialog::ask(m_area, request, this,
                       [this, live, inUse](const ConfirmDialog::Answer &answer) {
                           if (!answer.confirmed) {
                               Q_EMIT cancelled();
                               return;
                           }
                           if (inUse.isEmpty())
                               startJob(live);
                           else
                               warnAboutKeyInUse(live, inUse);
                       });
}

void KeyRevokeFlow::warnAboutKeyInUse(const QList<ApiKey> &keys, const QList<ApiKey> &inUse)
{
    ConfirmRequest request;
    request.action = tr("Revoke it too");
    request.question = tr("\u201c%1\u201d is the key Orgdesk is connected with. Revoke it too?")
                           .arg(inUse.first().label);
    request.count = int(inUse.size());
    request.details = tr("Right after, the organization refuses every call Orgdesk makes, "
                         "until you connect with another key. Cancel revokes nothing: to revoke "
                         "the others, take this key out of the selection.");
    request.destructive = true;
    ConfirmDialog *dialog = ConfirmDialog::ask(m_area, request, this,
                                               [this, keys](const ConfirmDialog::Answer &answer) {
                                                   if (answer.confirmed)
                                                       startJob(keys);
                                                   else
                                                       Q_EMIT cancelled();
                                               });
    dialog->setObjectName(QStringLiteral("keyInUseWarning"));
}

void KeyRevokeFlow::startJob(const QList<ApiKey> &keys)
{
    JobSpec spec;
    spec.operation = SecurityOperations::revokeApiKey();
    spec.title = tr("Revoke %n admin API keys", nullptr, int(keys.size()));
    spec.orgId = m_connection->orgId();
    spec.connection = m_connection->displayName();
    QList<JobItem> items;
    for (const ApiKey &key : keys)
        items.append({key.id, key.label});
    if (BulkJob *job = m_launcher->start(m_connection->client(), spec, items))
        Q_EMIT jobStarted(job);
}
